/**
 * A five-year period reviewed on a page dated inside it (round 19): the date of a meeting or of the page, and a count of the
 * plan's own indicators said met, are no aims in the period's sentence, and a period said to be closing (即将收官) is looked
 * back on — so one date or one count does not make a review of the period a plan for its first year; nor does the idiom
 * 力争上游 make news of results a plan. Invented texts, with
 * cases where the rule must not fire.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;
const roles = (text: string) => {
  const plan = extractPlan(text);
  return [
    ...plan.targets.map((t) => `target ${t.value}${t.unit ?? ''} ${t.year}`),
    ...plan.actuals.map((a) => `actual ${a.value}${a.unit ?? ''} ${a.period.year}`),
  ];
};

describe('a review of a period on a page dated in its last year', () => {
  const body =
    '\n6月18日，某市召开“‘十四五’成就巡礼”新闻发布会。\n“十四五”即将收官，规划确定的各项任务全面落地。“十四五”以来，全市新增高新技术企业420家，建成省级智能工厂15个。';

  it('is of that year, its figures results, though the headline counts indicators met and the lede names a day', () => {
    const text = `7项指标超预期，“十四五”期间某市发展稳中向好\n2025-06-19 10:30 某某网${body}`;
    expect(yearOf(text)).toBe(2025);
    expect(roles(text)).toEqual(['actual 420家 2025', 'actual 15个 2025']);
  });

  it('must not fire: a period aimed at in a dated sentence, or a page planning the period', () => {
    expect(yearOf('3月2日，某市印发“十四五”规划，提出地区生产总值年均增长6%。\n到2025年，全市新增高新技术企业400家。')).toBe(2021);
    expect(yearOf('某市“十四五”发展新蓝图\n2021-03-02 10:30 某某网\n“十四五”期间，全市新增高新技术企业400家，建成省级智能工厂15个。')).toBe(2021);
    expect(yearOf('“十四五”即将收官。面向“十五五”，力争全市地区生产总值年均增长6%，新增高新技术企业500家。')).toBe(2026);
  });
});

describe('力争上游, an idiom of striving, sets no plan', () => {
  const results = '2024年一季度，全县实现地区生产总值28.5亿元，同比增长5.1%，规上工业增加值同比增长7.2%。';

  it('leaves news of a quarter’s results dated by its year', () => {
    const text = `4月26日，某县召开2024年一季度经济形势分析会，要求确保二季度迎头赶上、力争上游。${results}`;
    expect(yearOf(text)).toBe(2024);
    expect(roles(text)).toEqual(['actual 28.5亿元 2024', 'actual 5.1% 2024', 'actual 7.2% 2024']);
  });

  it('must not fire: 力争 with an aim of its own beside the idiom still plans', () => {
    const text = `${results}全县上下要力争上游，力争上半年地区生产总值增长6%。`;
    // (Round 30: the one year the text writes with figures, 2024年一季度, dates it — text-stance.ts's soleYearWithFigures — so
    // the half-year aimed at is 2024's; it was undated before.)
    expect(roles(text)).toContain('target 6% 2024');
  });
});
