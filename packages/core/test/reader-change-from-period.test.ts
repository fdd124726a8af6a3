/**
 * 产业投资占比从“十三五”末的42%提升至60%以上。: a closed period a change starts from, with no cue before it in its
 * sentence, dates the start figure only — the end figure and the sentences after it keep the passage's year
 * (invented texts).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const years = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric.slice(0, 4)} ${a.value} ${a.period?.year ?? null}`);

const report = (review: string) =>
  ['2024年1月9日，市十七届人大三次会议开幕，市长向大会作政府工作报告。', review, '今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。'].join('\n');

describe('a change from a closed period, no cue before it', () => {
  it('dates the start figure by the period, the end figure and the next sentence by the passage', () => {
    const got = years(report('2023年，全市地区生产总值增长6%。产业投资占比从“十三五”末的42%提升至60%以上。民间投资占比保持在50%以上。'));
    expect(got).toContain('产业投资 42 2020');
    expect(got).toContain('产业投资 60 2023');
    expect(got).toContain('民间投资 50 2023');
  });

  it('reads 由 as 从', () => {
    const got = years(report('2023年，全市地区生产总值增长6%。城镇化率由“十三五”末的55%提高到61%。'));
    expect(got).toContain('城镇化率 61 2023');
  });
});

describe('must not fire', () => {
  it('keeps a period compared with (比“十三五”末) out of the dates', () => {
    const got = years(report('2023年，全市地区生产总值增长6%。研发投入强度比“十三五”末提高0.8个百分点。'));
    expect(got).toContain('研发投入 0.8 2023');
  });

  it('keeps the period of a sentence that reviews it (“十三五”时期) for its figures', () => {
    const got = years(
      [
        '2021年1月8日，市十六届人大五次会议开幕，市长向大会作政府工作报告。',
        '“十三五”时期，全市地区生产总值年均增长7%。',
        '今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。',
      ].join('\n'),
    );
    expect(got).toContain('地区生产 7 2020');
  });
});
