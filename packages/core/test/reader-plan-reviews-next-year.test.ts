/**
 * A review of a year's plan published the year after (a 落实情况 notice, a 成绩单 news item), on invented text: its
 * 去年 is the year the title names, not the year before it; pages that are no such review keep the usual reading.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const periods = (text: string) => extractPlan(text).actuals.map((a) => `${a.value} ${a.period?.year ?? ''}`);

describe('a review of a year’s plan on a page of the next year', () => {
  it('dates 去年 by the year reviewed (落实情况)', () => {
    const text = [
      '某省公布2021年《政府工作报告》指标任务落实情况',
      '2022-04-12 10:20 来源：某省日报',
      '报告提出全省生产总值增长7%左右的目标，落实结果显示，去年全省生产总值增长7.4%，城镇新增就业62万人。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2021);
    expect(periods(text)).toEqual(['7.4 2021', '62 2021']);
  });

  it('dates 去年 by the year reviewed (成绩单)', () => {
    const text = ['2020年市政府工作报告“成绩单”出炉', '发布时间：2021-02-03', '去年，全市规上工业增加值增长5.1%，完成年度目标。'].join('\n');
    expect(extractPlan(text).year).toBe(2020);
    expect(periods(text)).toEqual(['5.1 2020']);
  });
});

describe('pages that are no review published the year after (must not fire)', () => {
  it('keeps 去年 the year before a review dated in its own year', () => {
    const text = ['2021年《政府工作报告》指标任务上半年落实情况', '2021-07-20 09:00', '去年全市生产总值增长3.1%，上半年增长8.2%。'].join('\n');
    expect(periods(text)[0]).toBe('3.1 2020');
  });

  it('keeps 去年 the year before in a work report reposted the next year', () => {
    const text = ['2021年政府工作报告', '2022-01-05 发布', '去年全市生产总值增长3.1%。今年全市生产总值增长6%左右。'].join('\n');
    expect(periods(text)[0]).toBe('3.1 2020');
  });

  it('keeps a notice issuing a 分解表 to its own year', () => {
    const text = [
      '关于印发2022年政府工作报告任务分解表的通知',
      '2022-01-25',
      '一、主要预期目标',
      '1.全区地区生产总值增长6.5%左右。',
      '牵头单位：区发改局',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2022);
    expect(plan.targets[0]).toMatchObject({ value: 6.5, year: 2022 });
  });
});
