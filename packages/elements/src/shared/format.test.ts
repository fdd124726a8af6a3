import { describe, expect, test } from 'vitest';
import type { Comparator } from '@mubiao/core';
import {
  elapsedShare,
  formatDelta,
  formatNumber,
  formatRange,
  formatTarget,
  formatValue,
  gaugeStatus,
  paceExpected,
  statusIcon,
  statusText,
  type GaugeStatus,
} from './format.ts';

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

describe('formatDelta', () => {
  test('percentage points for rates', () => {
    expect(formatDelta({ value: 7.3, target: 7, comparator: '~', unit: '%' })).toBe('高于目标0.3个百分点');
    expect(formatDelta({ value: 7.3, target: 7, comparator: '~', unit: '%' }, 'en')).toBe('0.3 pp above target');
    expect(formatDelta({ value: 15, target: 20, comparator: '>=', unit: '%' })).toBe('低于目标5个百分点');
  });
  test('amounts in the unit with 万/亿', () => {
    expect(formatDelta({ value: 18.8, target: 20, comparator: '>=', unit: '亿元' })).toBe('低于目标1.2亿元');
    expect(formatDelta({ value: 18.8, target: 20, comparator: '>=', unit: '亿元' }, 'en')).toBe(
      '120 million yuan below target',
    );
    expect(formatDelta({ value: 140, target: 150, comparator: '>=', unit: '户' })).toBe('低于目标10户');
  });
  test('equal, ceiling, range and decline', () => {
    expect(formatDelta({ value: 20, target: 20, comparator: '>=', unit: '%' })).toBe('达到目标');
    expect(formatDelta({ value: 20, target: 20, comparator: '>=', unit: '%' }, 'en')).toBe('on target');
    expect(formatDelta({ value: 3.4, target: 3, comparator: '<=', unit: '%' })).toBe('高于上限0.4个百分点');
    expect(formatDelta({ value: 3, target: 3, comparator: '<=', unit: '%' })).toBe('与上限持平');
    expect(formatDelta({ value: 4, target: 3, max: 5, comparator: 'range', unit: '家' })).toBe('处于目标区间内');
    expect(formatDelta({ value: 7, target: 3, max: 5, comparator: 'range', unit: '家' })).toBe('高于目标上限2家');
    expect(formatDelta({ value: 2, target: 3, max: 5, comparator: 'range', unit: '家' }, 'en')).toBe(
      '1 firm below the lower bound',
    );
    expect(formatDelta({ value: 3.2, target: 3, comparator: '>=', unit: '%', decline: true })).toBe(
      '降幅高于目标0.2个百分点',
    );
    expect(formatDelta({ value: 2.5, target: 3, comparator: '>=', unit: '%', decline: true }, 'en')).toBe(
      'decline 0.5 pp less than the target',
    );
  });
});

describe('gaugeStatus', () => {
  // [comparator, value, target, max, expected status] with the default tolerance and margin:
  // % units: tolerance 0.5 pp, margin 1 pp.
  const table: [Comparator, number | null, number | null, number | null, GaugeStatus][] = [
    ['>=', 20, 20, null, 'met'],
    ['>=', 25, 20, null, 'met'],
    ['>=', 19.5, 20, null, 'at-risk'],
    ['>=', 19, 20, null, 'at-risk'],
    ['>=', 15, 20, null, 'short'],
    ['>', 20, 20, null, 'at-risk'],
    ['>', 20.1, 20, null, 'met'],
    ['>', 10, 20, null, 'short'],
    ['=', 11, 11, null, 'met'],
    ['=', 12, 11, null, 'met'],
    ['=', 10.5, 11, null, 'at-risk'],
    ['=', 9, 11, null, 'short'],
    ['~', 7.3, 7, null, 'met'],
    ['~', 6.6, 7, null, 'met'],
    ['~', 6.5, 7, null, 'met'],
    ['~', 6, 7, null, 'at-risk'],
    ['~', 5, 7, null, 'short'],
    ['range', 3, 3, 5, 'met'],
    ['range', 4, 3, 5, 'met'],
    ['range', 9, 3, 5, 'met'],
    ['range', 2.5, 3, 5, 'at-risk'],
    ['range', 1, 3, 5, 'short'],
    ['<=', 2, 3, null, 'met'],
    ['<=', 3, 3, null, 'met'],
    ['<=', 3.1, 3, null, 'short'],
    ['placeholder', 5, null, null, 'no-target'],
    ['>=', 5, null, null, 'no-target'],
    ['>=', null, 20, null, 'no-value'],
    ['<=', null, 3, null, 'no-value'],
  ];
  test.each(table)('%s value %s target %s max %s → %s', (comparator, value, target, max, status) => {
    expect(gaugeStatus({ comparator, value, target, max, unit: '%' })).toBe(status);
  });

  test('every comparator yields each of its reachable statuses', () => {
    const comparators: Comparator[] = ['>=', '>', '~', 'range', '<=', '=', 'placeholder'];
    for (const comparator of comparators) {
      const seen = new Set<GaugeStatus>();
      for (let v = 0; v <= 40; v += 0.25) {
        seen.add(gaugeStatus({ comparator, value: v, target: comparator === 'placeholder' ? null : 20, max: 25, unit: '%' }));
      }
      if (comparator === 'placeholder') expect([...seen]).toEqual(['no-target']);
      else if (comparator === '<=') expect([...seen].sort()).toEqual(['met', 'short']);
      else expect([...seen].sort()).toEqual(['at-risk', 'met', 'short']);
    }
  });

  test('amount margin is 10% of the target', () => {
    expect(gaugeStatus({ comparator: '>=', value: 135, target: 150, unit: '户' })).toBe('at-risk');
    expect(gaugeStatus({ comparator: '>=', value: 134, target: 150, unit: '户' })).toBe('short');
    expect(gaugeStatus({ comparator: '>=', value: 149, target: 150, unit: '户', margin: 0 })).toBe('short');
  });

  test('pace replaces the margin', () => {
    // 时间过半: 80 of 150 by mid-year with 75 expected is on pace.
    expect(gaugeStatus({ comparator: '>=', value: 80, target: 150, unit: '户', expected: 75 })).toBe('at-risk');
    expect(gaugeStatus({ comparator: '>=', value: 60, target: 150, unit: '户', expected: 75 })).toBe('short');
    expect(gaugeStatus({ comparator: '>=', value: 150, target: 150, unit: '户', expected: 75 })).toBe('met');
    // A ceiling running ahead of its pace is at risk of being exceeded.
    expect(gaugeStatus({ comparator: '<=', value: 60, target: 100, unit: '万吨', expected: 50 })).toBe('at-risk');
    expect(gaugeStatus({ comparator: '<=', value: 40, target: 100, unit: '万吨', expected: 50 })).toBe('met');
    expect(gaugeStatus({ comparator: '<=', value: 2.8, target: 3, unit: '%', margin: 0.5 })).toBe('at-risk');
  });

  test('tolerance override', () => {
    expect(gaugeStatus({ comparator: '~', value: 6.6, target: 7, unit: '%', tolerance: 0.2 })).toBe('at-risk');
  });
});

describe('pace', () => {
  test('elapsed share by days', () => {
    expect(elapsedShare('2024-01-01', '2024-12-31', '2024-01-01')).toBe(0);
    expect(elapsedShare('2024-01-01', '2024-12-31', '2025-03-01')).toBe(1);
    expect(elapsedShare('2024-01-01', '2024-12-31', '2024-07-01')).toBeCloseTo(182 / 365, 5);
    expect(elapsedShare('2024-01-01', 'soon', '2024-07-01')).toBeNull();
    expect(elapsedShare('2024-12-31', '2024-01-01', '2024-07-01')).toBeNull();
  });
  test('expected value by kind', () => {
    expect(paceExpected(150, 'increment', 0.5)).toBe(75);
    expect(paceExpected(7, 'growth', 0.5)).toBe(7);
    expect(paceExpected(1400, 'level', 0.5, 1200)).toBe(1300);
  });
});

test('status words and shapes in both locales', () => {
  const all: GaugeStatus[] = ['met', 'at-risk', 'short', 'no-target', 'no-value'];
  expect(all.map((s) => statusText(s))).toEqual(['达标', '有风险', '未达标', '目标待定', '暂无数据']);
  expect(all.map((s) => statusText(s, 'en'))).toEqual(['Met', 'At risk', 'Short', 'No target yet', 'No data']);
  expect(new Set(all.map(statusIcon)).size).toBe(all.length);
});
