/**
 * The plan year of a text whose own words give none (no title, no date, no 今年 with a year) while its sentences date
 * their targets: the year most of those targets are due is the year it plans for (extract.ts yearTheTargetsShare), and
 * its undated targets take it. On invented passages, with the cases it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan, yearTheTargetsShare } from '../src/reader/extract.ts';

const read = (text: string) => extractPlan(text);
const years = (text: string) => read(text).targets.map((t) => t.year);

describe('a plan year taken from the year its targets share', () => {
  it('dates a work-meeting item by the year its programme sentences give, and its undated targets with it', () => {
    const text = [
      '3月2日，记者从全县水利工作会议上获悉，我县2026年水利项目计划完成投资8亿元。',
      '其中，新建小型水库2座，改造灌区渠道45公里，治理水土流失面积20平方公里。',
    ].join('\n');
    expect(read(text).year).toBe(2026);
    expect(read(text).yearSource).toBe('text');
    expect(new Set(years(text))).toEqual(new Set([2026]));
  });

  it('dates an agriculture meeting whose year opens the sentence of its year goals', () => {
    const text = [
      '一、总结成绩。2020年，我县农林牧渔业增加值实现30亿元，增长5%。',
      '2021年，要实现粮食产量稳定在20万吨以上、出栏生猪50万头、农村居民人均可支配收入增长9%以上的年度目标。',
    ].join('\n');
    expect(read(text).year).toBe(2021);
  });

  it('leaves a text that dates no target unknown', () => {
    const text = '全县新建小型水库2座，改造灌区渠道45公里，治理水土流失面积20平方公里。';
    expect(read(text).year).toBeNull();
    expect(years(text).every((y) => y === null)).toBe(true);
  });

  it('leaves a text of results alone (it has no targets to date it)', () => {
    const text = '2023年，全县地区生产总值增长6.1%，新建小型水库2座，改造灌区渠道45公里。';
    expect(read(text).targets).toEqual([]);
    expect(read(text).year).toBe(2023);
  });

  it('does not overrule a year the caller states, nor one the text gives', () => {
    const text = '2026年全县计划完成水利投资8亿元，新建小型水库2座。';
    expect(extractPlan(text, { year: 2027 }).year).toBe(2027);
    expect(read(`某县2025年水利工作要点\n${text}`).year).toBe(2025);
  });
});

describe('yearTheTargetsShare', () => {
  const planned = (year: number | null, quote = `${year}年，全县计划完成投资8亿元`) => ({ year, quote });
  it('takes the year most targets planned in their own sentences share, the earliest on a tie', () => {
    expect(yearTheTargetsShare([planned(2013), planned(2012), planned(2013), planned(null)], new Set())).toBe(2013);
    expect(yearTheTargetsShare([planned(2027), planned(2025)], new Set())).toBe(2025);
    expect(yearTheTargetsShare([planned(null)], new Set())).toBeNull();
    expect(yearTheTargetsShare([], new Set())).toBeNull();
  });

  it('must not count a deadline, a base, a start, a sentence that does not plan, or a year the text gives as a deadline', () => {
    expect(yearTheTargetsShare([planned(2026, '力争到2026年青稞产量突破20万吨')], new Set())).toBeNull();
    expect(yearTheTargetsShare([planned(2026, '能耗由2026年的1.2吨下降到1.0吨，计划如此')], new Set())).toBeNull();
    expect(yearTheTargetsShare([planned(2026, '2026年以来，计划完成投资8亿元')], new Set())).toBeNull();
    expect(yearTheTargetsShare([planned(2026, '2026年，全州牦牛存栏达到80万头')], new Set())).toBeNull();
    expect(yearTheTargetsShare([planned(2025, '目标：2025年羊乳产业产值突破千亿元')], new Set([2025]))).toBeNull();
  });

  it('leaves unknown targets that are deadlines, and counts the year’s own beside one deadline', () => {
    const deadlines = (...quotes: [number, string][]) => quotes.map(([year, quote]) => ({ year, quote }));
    expect(
      yearTheTargetsShare(
        deadlines([2020, '到2020年，苹果面积1200万亩'], [2020, '到2020年，产值1000亿元'], [2025, '到2025年，产值突破千亿元']),
        new Set([2020, 2025]),
      ),
    ).toBeNull();
    expect(yearTheTargetsShare([planned(2026), planned(null), { year: 2027, quote: '到2027年，建成水库3座' }], new Set([2027]))).toBe(2026);
  });
});
