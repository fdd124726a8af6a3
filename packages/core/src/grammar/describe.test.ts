import { describe, expect, it } from 'vitest';
import type { Comparator } from '../model.ts';
import { describeTarget, formatPlainNumber } from './describe.ts';
import '../locales/en.ts'; // English words register on import, as the package index does

describe('describeTarget', () => {
  it.each<[Comparator, number | null, number | null, string, string, string]>([
    ['>=', 20, null, '%', '20%以上', '≥ 20%'],
    ['>', 200, null, '亿元', '超过200亿元', '> 200 亿元'],
    ['~', 10, null, '户', '10户左右', '≈ 10 户'],
    ['range', 3, 5, '家', '3-5家', '3–5 家'],
    ['<=', 1, null, '%', '不超过1%', '≤ 1%'],
    ['=', 11, null, '%', '11%', '= 11%'],
    ['placeholder', null, null, '个', '**个（待定）', '** 个 (to be set)'],
    ['placeholder', null, null, '%', '**%（待定）', '**% (to be set)'],
  ])('%s %s', (comparator, value, max, unit, zh, en) => {
    const t = { comparator, value, max, unit, decline: false, kind: 'growth' as const };
    expect(describeTarget(t)).toBe(zh);
    expect(describeTarget(t, 'zh-CN')).toBe(zh);
    expect(describeTarget(t, 'en')).toBe(en);
  });

  it('says declines and ranks', () => {
    expect(describeTarget({ comparator: '>=', value: 5, max: null, unit: '%', decline: true, kind: 'growth' })).toBe('下降5%以上');
    expect(describeTarget({ comparator: '>=', value: 5, max: null, unit: '%', decline: true, kind: 'growth' }, 'en')).toBe('decline ≥ 5%');
    expect(describeTarget({ comparator: '=', value: 7, max: null, unit: '位', decline: false, kind: 'rank' })).toBe('第7位');
  });

  it('prints numbers without float noise', () => {
    expect(formatPlainNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatPlainNumber(8e10)).toBe('80000000000');
    expect(formatPlainNumber(3.66)).toBe('3.66');
  });
});
