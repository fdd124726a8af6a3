/**
 * A five-year period a text names only as what this year's aims are matched to (…与“十四五”规划目标相衔接): the year's
 * frame, so a news item of 今年's targets that writes no year is no plan of the period (its targets are not due at the
 * period's end). Invented texts; the second block holds texts where the period is the plan and must stay so.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;
const targetYears = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''} ${t.year}`);

describe('a period named only as what the year’s aims are matched to', () => {
  const news = [
    '全县今年经济增长目标定为8%以上',
    '今年，县政府工作报告提出的主要预期目标是：全县生产总值增长8%以上，规上工业增加值增长9%。',
    '这些目标与县委全会和“十四五”规划目标相衔接，经过了反复测算。',
  ].join('\n');

  it('does not make a news item of 今年’s targets a plan of the period', () => {
    expect(yearOf(news)).toBeNull();
  });

  it('leaves the year’s targets undated rather than due at the period’s end', () => {
    expect(targetYears(news).every((t) => t.endsWith(' null'))).toBe(true);
  });

  it('reads 同…“十四五”…对接 the same way', () => {
    const text = ['今年全市的目标是：地区生产总值力争增长6%，固定资产投资增长10%。', '年度目标同“十四五”发展目标对接。'].join('\n');
    expect(yearOf(text)).toBeNull();
  });
});

describe('a period that is the plan stays the plan', () => {
  it('when the period is also named on its own (“十四五”时期，…)', () => {
    const text = ['“十四五”时期，全区力争地区生产总值年均增长7%。', '今年的目标与“十四五”规划相衔接，全区生产总值增长7%。'].join('\n');
    expect(yearOf(text)).toBe(2021);
  });

  it('when an aim is dated by a deadline (到2025年)', () => {
    const text = ['今年目标与“十四五”规划相衔接：全市生产总值增长6%。', '到2025年，全市生产总值突破3000亿元。'].join('\n');
    expect(yearOf(text)).not.toBeNull();
  });

  it('when the text sets no aims of 今年 (a plan matched to another plan)', () => {
    const text = ['本规划与国家“十四五”规划纲要相衔接。', '全市数字经济核心产业增加值年均增长12%。'].join('\n');
    expect(yearOf(text)).toBe(2021);
  });

  it('when a year is written, that year decides (2023年…与“十四五”…相衔接)', () => {
    const text = ['2023年全市主要预期目标是：地区生产总值增长6%左右。', '今年的目标与“十四五”规划目标相衔接。'].join('\n');
    expect(yearOf(text)).toBe(2023);
  });

  it('when 衔接 is said of something else than the period (与周边城市相衔接)', () => {
    const text = ['“十四五”期间，全市力争新增高速公路200公里，今年的目标是通车50公里，与周边城市路网相衔接。'].join('\n');
    expect(yearOf(text)).toBe(2021);
  });
});

describe('a later period a review of results only looks toward (面向“十五五”，…将持续…)', () => {
  const review = [
    '提前完成“十四五”主要指标 某区交出发展答卷',
    '某区日报 2025-11-20 08:10',
    '“十四五”以来，某区新增市场主体1.2万户，建成口袋公园30座。',
    '面向“十五五”，某区将持续深化改革，推动城乡融合发展再上新台阶。',
  ].join('\n');

  it('does not make the review a plan of the later period', () => {
    expect(yearOf(review)).not.toBe(2026);
  });

  it('dates a page issued in the reviewed period’s last year by that year', () => {
    expect(yearOf(review)).toBe(2025);
  });

  it('still plans the later period when its sentence aims (力争…“十五五”…, a figure)', () => {
    const aimed = review.replace('面向“十五五”，某区将持续深化改革，推动城乡融合发展再上新台阶。', '“十五五”时期，某区力争地区生产总值年均增长6%。');
    expect(yearOf(aimed)).toBe(2026);
  });

  it('keeps a page without a date from taking the later period either', () => {
    const undated = review.split('\n').slice(2).join('\n');
    expect(yearOf(undated)).not.toBe(2026);
  });
});
