import { describe, expect, test } from 'vitest';
import type { Comparator } from '@mubiao/core';
import { formatNumber, formatRange, formatTarget, formatValue } from './format.ts';
import '../locales/en.ts'; // English registers on import, as a portal's second script or import does

describe('formatValue', () => {
  test('scales money to 亿 and 万', () => {
    expect(formatValue(12345678, '万元')).toBe('1234.57亿元');
    expect(formatValue(3500, '万元')).toBe('3500万元');
    expect(formatValue(1.2, '亿元')).toBe('1.2亿元');
    expect(formatValue(0.5, '亿元')).toBe('5000万元');
    expect(formatValue(250000, '元')).toBe('25万元');
    expect(formatValue(980, '元')).toBe('980元');
    expect(formatValue(-12000, '万元')).toBe('-1.2亿元');
  });
  test('scales 万-prefixed physical units, leaves counts alone', () => {
    expect(formatValue(25000, '万吨')).toBe('2.5亿吨');
    expect(formatValue(150, '户')).toBe('150户');
    expect(formatValue(22434, '户')).toBe('22434户');
  });
  test('percent and percentage points', () => {
    expect(formatValue(7.3, '%')).toBe('7.3%');
    expect(formatValue(7.349, '%')).toBe('7.35%');
    expect(formatValue(2, '百分点')).toBe('2个百分点');
  });
  test('English', () => {
    expect(formatValue(12345678, '万元', 'en')).toBe('123.46 billion yuan');
    expect(formatValue(3500, '万元', 'en')).toBe('35 million yuan');
    expect(formatValue(150, '户', 'en')).toBe('150 firms');
    expect(formatValue(22434, '户', 'en')).toBe('22,434 firms');
    expect(formatValue(7.3, '%', 'en')).toBe('7.3%');
    expect(formatValue(2, '百分点', 'en')).toBe('2 pp');
    expect(formatValue(3, '个', 'en')).toBe('3');
  });
  test('non-finite values say so', () => {
    expect(formatValue(Number.NaN, '%')).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('n/a');
  });
  test('formatNumber groups only in English', () => {
    expect(formatNumber(22434)).toBe('22434');
    expect(formatNumber(22434, 'en')).toBe('22,434');
    expect(formatNumber(-0.0001)).toBe('0');
  });
});

test('formatRange writes both ends in one scale', () => {
  expect(formatRange(3, 5, '家')).toBe('3-5家');
  expect(formatRange(5000, 20000, '万元')).toBe('0.5-2亿元');
  expect(formatRange(5000, 20000, '万元', 'en')).toBe('50–200 million yuan');
  expect(formatRange(10, 15, '%', 'en')).toBe('10–15%');
  expect(formatTarget({ comparator: 'range', value: 5000, max: 20000, unit: '万元' })).toBe('0.5-2亿元');
});

describe('formatTarget', () => {
  const cases: [Comparator, number | null, number | null, string, string, string][] = [
    ['>=', 20, null, '%', '20%以上', '≥ 20%'],
    ['>', 200, null, '亿元', '超过200亿元', '> 20 billion yuan'],
    ['~', 7, null, '%', '7%左右', 'about 7%'],
    ['range', 3, 5, '家', '3-5家', '3–5 firms'],
    ['<=', 3, null, '%', '控制在3%以内', '≤ 3%'],
    ['=', 11, null, '%', '11%', '11%'],
    ['placeholder', null, null, '%', '待定', 'to be set'],
  ];
  test.each(cases)('%s %s', (comparator, value, max, unit, zh, en) => {
    expect(formatTarget({ comparator, value, max, unit })).toBe(zh);
    expect(formatTarget({ comparator, value, max, unit }, 'en')).toBe(en);
  });
  test('decline and approximate counts', () => {
    expect(formatTarget({ comparator: '>=', value: 3, unit: '%', decline: true })).toBe('下降3%以上');
    expect(formatTarget({ comparator: '>=', value: 3, unit: '%', decline: true }, 'en')).toBe('decline ≥ 3%');
    expect(formatTarget({ comparator: '~', value: 10, unit: '户' })).toBe('10户左右');
    expect(formatTarget({ comparator: '>=', value: null, unit: '%' })).toBe('待定');
  });
});
