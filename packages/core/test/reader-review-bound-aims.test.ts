/**
 * A bound aimed at inside a review (确保…X%以上, 力争…左右): a result is stated without 确保/力争 and without a
 * bound, so the figure stays the target the review names, of the year reviewed; the goals the cell lists after it, in
 * sentences of its paragraph with a bound and no cue of result, are targets too. Invented texts.
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

  it('carries on to the goals listed after it in the same cell, up to the results', () => {
    const text =
      '2022年县政府重点工作完成情况表\n1确保一般公共预算收入增长6%以上。工业增加值增长8%以上，农业增加值增长4%左右；文旅综合收入增长12%。招商引资到位资金50亿元以上。1-11月，全县一般公共预算收入增长6.8%，工业增加值增长9.1%。县财政局\n';
    expect(entries(text)).toEqual(['T 6% >= 2022', 'T 8% >= 2022', 'T 4% ~ 2022', 'T 12% = 2022', 'T 50亿元 >= 2022', 'A 6.8% 2022', 'A 9.1% 2022']);
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

  it('does not carry an aim past a sentence of results (the results after are the review’s)', () => {
    const line = '确保外贸进出口增长5%以上。前三季度外贸进出口增长7%。全年进出口总额突破80亿元以上。';
    expect(review(line)).toEqual(['T 5% >= 2023', 'A 7% 2023', 'A 80亿元 2023']);
  });

  it('does not carry an aim into the next line (a new cell or row)', () => {
    expect(review('确保外贸进出口增长5%以上。\n全区进出口总额增长8%左右。')).toEqual(['T 5% >= 2023', 'A 8% 2023']);
  });

  it('does not carry an aim to a sentence of plain figures with no bound', () => {
    expect(review('确保外贸进出口增长5%以上。全区进出口总额增长8.3%，其中出口增长9.1%。')).toEqual(['T 5% >= 2023', 'A 8.3% 2023', 'A 9.1% 2023']);
  });

  it('does not carry an aim after a sentence with a result in it', () => {
    expect(review('确保外贸进出口增长5%以上，已完成进出口额62亿元。服务贸易增长10%以上。').filter((e) => e.startsWith('T'))).toEqual(['T 5% >= 2023']);
  });

  it('does not start from 突破…以上 (no aim), so the bounds after it stay results', () => {
    expect(review('全年接待游客突破500万人次以上。旅游收入增长15%以上。').some((e) => e.startsWith('T'))).toBe(false);
  });

  it('does not carry an aim across a sentence of 完成了 results', () => {
    const line = '力争固定资产投资增长8%左右。全年完成了固定资产投资120亿元。工业投资增长10%以上。';
    expect(review(line).filter((e) => e.startsWith('T'))).toEqual(['T 8% ~ 2023']);
  });

  it('leaves 争取 of money a result, with or without a bound (争取上级资金3亿元以上: obtained, not aimed at)', () => {
    expect(review('争取上级补助资金3.5亿元，同比增长12%。').some((e) => e.startsWith('T'))).toBe(false);
    expect(review('共争取上级补助资金3亿元以上。').some((e) => e.startsWith('T'))).toBe(false);
  });
});
