import { describe, expect, test } from 'vitest';
import { unitInfo } from '../grammar/units.ts';
import type { Comparator, GaugeStatus } from '../model.ts';
import { gaugeDelta } from './gauge-text.ts';
import '../locales/en.ts'; // English words register on import, as the package index does

const delta = (
  value: number,
  target: number,
  comparator: Comparator,
  unit: string,
  status: GaugeStatus,
  more: { max?: number; decline?: boolean; valueComparator?: Comparator } = {},
  locale: 'zh-CN' | 'en' = 'zh-CN',
) =>
  gaugeDelta(
    {
      value,
      valueComparator: more.valueComparator ?? '=',
      status,
      target: { comparator, value: target, max: more.max ?? null, decline: more.decline ?? false, ...unitInfo(unit) },
    },
    locale,
  );

describe('gaugeDelta: the gap in words, from the verdict', () => {
  test('percentage points for rates', () => {
    expect(delta(7.3, 7, '~', '%', 'met')).toBe('高于目标0.3个百分点');
    expect(delta(7.3, 7, '~', '%', 'met', {}, 'en')).toBe('0.3 percentage points above target');
    expect(delta(15, 20, '>=', '%', 'short')).toBe('低于目标5个百分点');
  });
  test('amounts in the unit, money by size', () => {
    expect(delta(18.8, 20, '>=', '亿元', 'at-risk')).toBe('低于目标1.2亿元');
    expect(delta(18.8, 20, '>=', '亿元', 'at-risk', {}, 'en')).toBe('120 million yuan below target');
    expect(delta(140, 150, '>=', '户', 'short')).toBe('低于目标10户');
  });
  test('equal, strict, ceiling, range and decline', () => {
    expect(delta(20, 20, '>=', '%', 'met')).toBe('达到目标');
    expect(delta(20, 20, '>=', '%', 'met', {}, 'en')).toBe('on target');
    // 突破200亿元 at 200 is not yet met, and the words must not say it is.
    expect(delta(200, 200, '>', '亿元', 'at-risk')).toBe('与目标持平，尚未超过');
    expect(delta(3.4, 3, '<=', '%', 'short')).toBe('超出上限0.4个百分点');
    expect(delta(3, 3, '<=', '%', 'met')).toBe('与上限持平');
    expect(delta(4, 3, 'range', '家', 'met', { max: 5 })).toBe('处于目标区间内');
    expect(delta(7, 3, 'range', '家', 'met', { max: 5 })).toBe('高于目标上限2家');
    expect(delta(2, 3, 'range', '家', 'short', { max: 5 }, 'en')).toBe('1 家 below the lower bound');
    expect(delta(3.2, 3, '>=', '%', 'met', { decline: true })).toBe('降幅高于目标0.2个百分点');
    expect(delta(2.5, 3, '>=', '%', 'short', { decline: true }, 'en')).toBe('decline 0.5 percentage points less than the target');
  });
  test('a weaker promise says so', () => {
    expect(delta(20, 20, '>=', '%', 'at-risk', { valueComparator: '~' })).toBe('与目标数值相同，表述弱于目标');
    expect(delta(4, 3, 'range', '家', 'at-risk', { max: 5, valueComparator: '~' })).toBe('处于目标区间内，表述弱于目标');
  });
  test('says nothing without a target or a value', () => {
    expect(delta(1, 0, 'placeholder', '%', 'no-target')).toBe('');
  });
});
