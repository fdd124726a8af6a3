/**
 * The plan year of an undated text whose only years are deadlines (Decisions 18, c252): on invented texts, the nearest
 * year its figures are due; never a text dated by a day, nor one writing a year otherwise.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;

describe('an undated text whose every year is a deadline (到2026年)', () => {
  it('speaks for the year its figures are due', () => {
    const text = '日前,某省印发《关于加快数字经济发展的实施方案》。方案提出,到2026年,全省数字经济核心产业增加值突破3000亿元,培育10家以上龙头企业。';
    expect(yearOf(text)).toBe(2026);
  });

  it('takes the nearest deadline when a vision year follows (到2026年…到2035年)', () => {
    const text = '某市出台《生态旅游发展行动方案》。到2026年,全市接待游客5000万人次,旅游总收入达到600亿元。到2035年,全面建成生态旅游强市。';
    expect(yearOf(text)).toBe(2026);
  });

  it('reads a Traditional repost the same way', () => {
    const text = '3月5日,某省發布《關于推進先進制造業發展的實施方案》。提出到2027年,全省先進制造業產值占規上工業比重超過50%。';
    expect(yearOf(text)).toBe(2027);
  });
});

describe('texts the rule must not date by their deadline', () => {
  it('keeps a text dated by a day with its issue year', () => {
    const text = '2024年3月5日,某省印发实施方案。到2027年,全省数字经济核心产业增加值突破3000亿元。';
    expect(yearOf(text)).toBe(2024);
  });

  // (Round 21, r21pa: a base year, 比2020年, is no year the text speaks for — Decisions 18, 20 — so it no longer keeps the rule
  // off; see the round-21 base-year catalogue. The start of a change, 由2020年的…, an actual of that year, still does.)
  it('does not fire on a text that writes the start of a change (由2020年的…)', () => {
    const text = '某市印发实施方案。到2026年,全市单位GDP能耗由2020年的0.5吨标准煤下降到0.4吨标准煤。';
    expect(yearOf(text)).not.toBe(2026);
  });

  it('does not fire on a text that writes a year of results', () => {
    const text = '2023年,全市地区生产总值增长6%。到2026年,全市地区生产总值突破1000亿元。';
    expect(yearOf(text)).not.toBe(2026);
  });

  it('leaves a text with no year at all undated', () => {
    const text = '某市印发实施方案,全市数字经济核心产业增加值突破300亿元。';
    expect(yearOf(text)).toBeNull();
  });

  it('does not read 截至2026年 as a deadline', () => {
    const text = '截至2026年底,全市累计建成5G基站3000个。';
    expect(yearOf(text)).not.toBe(2027);
  });
});

// Settled in round 21 by corpus Decisions 18 and 26 (these three had expected null): a text that writes no issue year speaks for
// the year its figures are due, the first of two — two deadlines in one sentence, a plan document titled on its first line
// (its issue year is not written) and a 到2026年目标： heading alike. No dev text was read otherwise.
describe('texts whose only years are deadlines, whatever their layout (Decisions 18, 26)', () => {
  it.each([
    // figures due in two years, in one sentence: the first
    ['某省提出,到2025年数字化车间达到50个,到2030年达到120个。', 2025],
    // a plan document of its own, its first line its name: the one year its figures are due
    ['某市数字经济发展三年行动方案\n到2026年,全市数字经济核心产业增加值突破300亿元。', 2026],
    // a bare 到2026年目标： heading a meeting's goals: the one year the text speaks for
    ['5月6日,某县召开会议。到2026年目标:\n生产总值增长6%', 2026],
  ])('%s', (text, year) => {
    expect(yearOf(text)).toBe(year);
  });
});

describe('an undated text whose figures fall due in two years (corpus Decisions 26)', () => {
  it('speaks for the first of them, as a multi-year plan takes its first year', () => {
    const text = '某市印发《社区养老服务提升方案》。\n到2025年底前,全市建成示范养老服务中心80个。\n到2027年底前,确保60%的街道建成综合养老服务体。';
    expect(yearOf(text)).toBe(2025);
  });

  it('takes the first when the figures follow each deadline in sentences of their own', () => {
    const text = '某部印发《关于推动新材料产业发展的意见》。到2025年,新材料产业全面发展。培育百家骨干企业。到2027年,产业综合实力显著提升。';
    expect(yearOf(text)).toBe(2025);
  });

  it('leaves a single figureless vision year alone (到2035年 with figures elsewhere)', () => {
    const text = '某市印发方案,全市增加值突破300亿元。到2035年,全面建成现代化产业体系。';
    expect(yearOf(text)).not.toBe(2035);
  });

  it.each([
    // dated by a day: its issue year
    ['2024年6月3日,某市印发方案。\n到2025年,全市建成示范中心80个。\n到2027年,60%的街道建成服务体。', 2024],
    // a year of results besides the deadlines
    ['2023年,全市建成示范中心40个。\n到2025年,全市建成示范中心80个。\n到2027年,60%的街道建成服务体。', null],
    // a base year besides the deadlines: no year the text speaks for (Decisions 18, 20; r21pa), the first deadline
    ['到2025年,全市能耗比2020年下降13%。\n到2027年,60%的街道建成服务体。', 2025],
    // a plan document of its own, its first line its name, writing no issue year: the first (Decisions 26, "a plan text")
    ['某市社区养老服务提升方案\n到2025年,全市建成示范中心80个。\n到2027年,60%的街道建成服务体。', 2025],
  ])('%s', (text, year) => {
    if (year === null) expect(yearOf(text)).not.toBe(2025);
    else expect(yearOf(text)).toBe(year);
  });
});

describe('a staged plan whose first stage states no figure (corpus Decisions 31)', () => {
  it.each([
    // the first stage builds mechanisms, the second sets figures: the plan runs from the first stage's year
    ['某市智慧农业发展实施方案\n到2021年,初步建立智慧农业工作机制。\n到2024年,建成数字农场30个,智慧农业产值达到50亿元。', 2021],
    // three stages, figures only in the last
    ['某县印发方案。到2022年,全面启动美丽乡村建设。到2025年,乡村面貌明显改善。到2028年,建成示范村120个。', 2022],
    // (must not move) figures in the first stage and a figureless vision after it: still the first
    ['某市印发方案。到2026年,全市建成充电桩5000个。到2035年,全面建成绿色交通体系。', 2026],
  ])('%s', (text, year) => expect(yearOf(text)).toBe(year));

  it.each([
    // (must not fire) a text dated by a day: its issue year
    ['2023年4月8日,某市印发方案。到2024年,初步建立工作机制。到2026年,建成数字农场30个。', 2023],
  ])('%s', (text, year) => expect(yearOf(text)).toBe(year));

  it('(must not fire) leaves a text writing a year of results besides the stages', () => {
    const text = '2023年,全市建成数字农场12个。到2024年,初步建立工作机制。到2026年,建成数字农场30个。';
    expect(yearOf(text)).not.toBe(2024);
  });
});
