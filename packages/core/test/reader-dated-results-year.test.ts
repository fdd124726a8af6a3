/**
 * The year of a dated news page of results that writes no year of its own (its only year its lede's or dateline's date):
 * its results are counted from the page's day (plan-year.ts `resultsTimedFromPage`, read in document-info.ts readYear).
 * Invented passages.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { resultsTimedFromPage } from '../src/reader/plan-year.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    year: plan.year,
    targets: plan.targets.map((t) => `${t.value}${t.unit ?? ''} ${t.year ?? ''}`),
    actuals: plan.actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period?.year ?? ''}`),
  };
};

describe('resultsTimedFromPage', () => {
  it('reads results to date and of a part of the year as the page’s year', () => {
    expect(resultsTimedFromPage('截至目前，全镇已建成美丽庭院420户。')).toBe('this year');
    expect(resultsTimedFromPage('党的二十大以来，全县新增绿地面积35公顷。')).toBe('this year');
    expect(resultsTimedFromPage('1—10月，全区接待游客260万人次。')).toBe('this year');
  });
  it('reads results of 去年 alone as the year before the page’s', () => {
    expect(resultsTimedFromPage('去年，全区新增市场主体3200户。')).toBe('last year');
  });
  it('must not fire: 去年 as a base, or no time at all', () => {
    expect(resultsTimedFromPage('全区新增市场主体3200户，比去年增长12%。')).toBeNull();
    expect(resultsTimedFromPage('全区新增市场主体3200户，较去年同期增长12%。')).toBeNull();
    expect(resultsTimedFromPage('全区新增市场主体3200户。')).toBeNull();
  });
});

describe('a dated news page of results that writes no year of its own', () => {
  it('dates results to date by the page (截至目前, 至今)', () => {
    const got = read('2023年8月14日\n截至目前，全镇已累计建成美丽庭院420户，改造农村公路36公里。');
    expect(got.year).toBe(2023);
    expect(got.targets).toEqual([]);
    expect(got.actuals.sort()).toEqual(['36公里 2023', '420户 2023']);
  });
  it('dates a period’s results so far by the page (“十四五”以来, 党的二十大以来)', () => {
    const got = read('2024年5月20日 来源：某县融媒体中心\n党的二十大以来，某县累计新增绿地面积35公顷，建成口袋公园12个。');
    expect(got.year).toBe(2024);
    expect(got.actuals.sort()).toEqual(['12个 2024', '35公顷 2024']);
  });
  it('dates 去年 in an interview by the page: the year before it', () => {
    const got = read('2026年2月3日\n问：去年全区稳就业成效如何？\n答：去年全区新增城镇就业6800人，帮扶就业困难人员再就业900人。');
    expect(got.year).toBe(2025);
    expect(got.actuals.sort()).toEqual(['6800人 2025', '900人 2025']);
  });
  it('must not fire: a page that aims (力争, 目标) is read by its aims (a dated page setting a target)', () => {
    const got = read('2024年3月1日\n截至目前，全镇已建成美丽庭院420户，力争年底达到600户。');
    expect(got.year).toBe(2024);
    expect(got.targets).toEqual(['600户 2024']);
  });
  it('must not fire: a page whose results have no time of their own stays undated', () => {
    expect(read('2024年3月1日\n全镇建成美丽庭院420户，改造农村公路36公里。').year).toBeNull();
  });
  it('must not fire: a page that writes a year of its own is read by that year', () => {
    const got = read('2025年1月6日\n2024年，全镇建成美丽庭院420户。截至目前，已改造农村公路36公里。');
    expect(got.actuals).toContain('420户 2024');
  });
});
