/**
 * A bound aimed at inside a review (确保…X%以上, 力争…左右): a result is stated without 确保/力争 and without a
 * bound, so the figure stays the target the review names, of the year reviewed. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const entries = (text: string) => {
  const plan = extractPlan(text);
  return [
    ...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} ${t.comparator} ${t.year}`),
    ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`),
  ];
};

describe('a bound aimed at in a review', () => {
  it('stays a target in a completion sheet’s task cell (确保…以上 before the result)', () => {
    const text = '2023年区政府重点工作完成情况表\n1确保社会消费品零售总额增长6%以上。前三季度,全区社会消费品零售总额增长7.2%。区商务局\n';
    expect(entries(text)).toEqual(['T 6% >= 2023', 'A 7.2% 2023']);
  });

  it('stays a target with 力争…左右', () => {
    const text = '2022年县政府工作任务完成情况\n力争一般公共预算收入增长5%左右。1-11月,全县一般公共预算收入增长6.1%。\n';
    expect(entries(text)).toContain('T 5% ~ 2022');
    expect(entries(text)).toContain('A 6.1% 2022');
  });
});

describe('must not fire', () => {
  const review = (line: string) => entries(`2023年区政府重点工作完成情况表\n${line}\n`);

  it('leaves a result stated with a bound but no aim a result (突破…以上 is no aim)', () => {
    expect(review('全年接待游客突破500万人次以上。').some((e) => e.startsWith('T'))).toBe(false);
  });

  it('leaves a result after 确保 in an earlier clause a result', () => {
    expect(review('确保了重点项目顺利推进，完成投资45亿元。')).toEqual(['A 45亿元 2023']);
  });

  it('leaves 确保 with a bare figure (no bound) a result of the review', () => {
    expect(review('确保粮食播种面积120万亩，全面完成任务。').some((e) => e.startsWith('T'))).toBe(false);
  });

  it('leaves a plain completion with 以上 a result', () => {
    expect(review('城镇新增就业1.2万人以上，超额完成年度任务。').some((e) => e.startsWith('T'))).toBe(false);
  });

  it('leaves 争取 of money a result, with or without a bound (争取上级资金3亿元以上: obtained, not aimed at)', () => {
    expect(review('争取上级补助资金3.5亿元，同比增长12%。').some((e) => e.startsWith('T'))).toBe(false);
    expect(review('共争取上级补助资金3亿元以上。').some((e) => e.startsWith('T'))).toBe(false);
  });
});
