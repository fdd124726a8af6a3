/**
 * 预计，全年实现…: the estimate of a year, set off by its comma, in news of a work report — results, not the
 * plan's targets (invented texts).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.metric} ${t.value}`), ...plan.actuals.map((a) => `A ${a.metric} ${a.value}${a.estimate ? ' est' : ''}`)];
};

const report = (estimate: string) =>
  [
    '1月8日上午，市十届人大三次会议开幕，市长向大会作政府工作报告。',
    estimate,
    '2024年我市经济社会发展的主要目标是：全市地区生产总值增长6%，社会消费品零售总额增长7%。',
  ].join('\n');

describe('预计，全年 (the estimate set off by a comma)', () => {
  it('reports the year’s estimated results', () => {
    const got = roles(report('预计，全年实现地区生产总值860亿元，增长4.1%左右；规上工业增加值增长5.2%左右。'));
    expect(got).toContain('A 地区生产总值 860 est');
    expect(got).toContain('A 规上工业增加值 5.2 est');
    expect(got).toContain('T 地区生产总值 6');
    expect(got.filter((r) => r.startsWith('T '))).toHaveLength(2);
  });

  it('reads as 预计全年 without the comma does', () => {
    const withComma = roles(report('预计，全年实现地区生产总值860亿元，增长4.1%左右。'));
    const without = roles(report('预计全年实现地区生产总值860亿元，增长4.1%左右。'));
    expect(withComma).toEqual(without);
  });
});

describe('must not fire', () => {
  it('leaves 全年 of a plan a target', () => {
    expect(roles(report('全年地区生产总值力争增长6.5%。')).every((r) => r.startsWith('T '))).toBe(true);
  });

  it('leaves 预计，明年 to planning', () => {
    expect(roles(report('预计，明年地区生产总值将达到900亿元。'))).not.toContain('A 地区生产总值 900 est');
  });

  it('leaves a 今年…全年 target a target', () => {
    expect(roles(report('今年，全年新增城镇就业1.2万人以上。')).every((r) => r.startsWith('T '))).toBe(true);
  });
});
