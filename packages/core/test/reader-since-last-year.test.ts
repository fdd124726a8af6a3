/**
 * 2023年以来，全县实现地区生产总值98.6亿元 in a news item of 2024: 去年以来 written with its year — results up to the
 * year the item speaks in, labelled as written (corpus Decisions 13; invented texts).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const periods = (text: string) => extractPlan(text).actuals.map((a) => `${a.value} ${a.period?.year ?? null} ${a.period?.label ?? ''}`);

const item = (body: string) =>
  ['2024年4月12日 来源：县融媒体中心', `本报讯 4月11日，县长做客电台热线节目，介绍全县经济社会发展情况。${body}`, '今年，全县将力争地区生产总值增长6%。'].join(
    '\n',
  );

describe('a year before the item’s, then 以来', () => {
  it('dates the results at the item’s year, labelled as written', () => {
    const got = periods(item('据介绍，2023年以来，全县实现地区生产总值98.6亿元，同比增长4.2%。'));
    expect(got).toContain('98.6 2024 2023年以来');
    expect(got).toContain('4.2 2024 2023年以来');
  });
});

describe('去年以来 in the same place', () => {
  it('dates the results at the item’s year, labelled as written', () => {
    const got = periods(item('据介绍，去年以来，全县新增设施农业面积1.5万亩。'));
    expect(got).toContain('1.5 2024 去年以来');
  });

  it('leaves 去年同期 and 比去年 as they were', () => {
    const got = periods(item('据介绍，一季度全县规上工业增加值比去年同期增长7.5%。'));
    expect(got.some((p) => p.includes('去年以来'))).toBe(false);
  });
});

describe('must not fire', () => {
  it('keeps an earlier year since as it was', () => {
    const got = periods(item('据介绍，2020年以来，全县累计新增城镇就业1.2万人。'));
    expect(got.some((p) => p.includes('2023年以来') || p.includes('2020年以来'))).toBe(false);
  });

  it('keeps a record’s span (创2023年以来新高) out of the dates', () => {
    const got = periods(item('据介绍，2024年一季度，全县规上工业增加值增长9.1%，创2023年以来新高。'));
    expect(got.some((p) => p.includes('以来'))).toBe(false);
  });

  it('leaves a plain last year (2023年，…) dated at that year', () => {
    const got = periods(item('据介绍，2023年，全县实现地区生产总值98.6亿元。'));
    expect(got).toContain('98.6 2023 2023年');
  });

  it('does not date a total to date under a cue of planning at the item’s year', () => {
    const got = periods(item('今年，全县力争2023年以来累计新增市场主体5000户。'));
    expect(got.some((p) => p.includes('2023年以来'))).toBe(false);
  });

  it('leaves a review part of the year before to that year', () => {
    const plan = extractPlan(
      [
        '2024年1月10日，县十八届人大四次会议开幕，县长向大会作政府工作报告。',
        '一、2023年工作回顾',
        '2023年以来，全县实现地区生产总值98.6亿元，同比增长4.2%。',
        '去年以来，全县新增设施农业面积1.5万亩。',
        '二、2024年工作安排',
        '今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。',
      ].join('\n'),
    );
    expect(plan.actuals.map((a) => a.period?.year)).not.toContain(2024);
  });
});
