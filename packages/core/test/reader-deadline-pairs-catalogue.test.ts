/**
 * Round 21 catalogue: undated news of a plan whose figures fall due at two or three deadlines, written in one sentence
 * (到2026年，…；到2028年，…), and the texts the rule must leave alone. Every passage is invented. Readings by corpus
 * Decisions 18 and 26: the plan year is the first deadline with figures; each target is due at its own deadline.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return { year: plan.year, due: plan.targets.map((t) => `${t.value}:${t.year}`) };
};

describe('two deadlines in one sentence: the plan speaks for the first (Decisions 26)', () => {
  it.each([
    [
      '近日,某省出台《关于加快冰雪旅游发展的意见》。《意见》提出,到2026年,全省冰雪旅游人数达到8000万人次;到2028年,冰雪旅游收入突破2000亿元。',
      2026,
      ['8000:2026', '2000:2028'],
    ],
    ['某市印发方案,到2025年建成智慧工厂20家,到2027年建成智慧工厂50家。', 2025, ['20:2025', '50:2027']],
    ['某县发布行动计划,提出到2026年,全县农产品加工产值达到120亿元;到2028年,达到160亿元。到2035年,全面建成农业强县。', 2026, ['120:2026', '160:2028']],
    ['某省印發《關於推進低空經濟發展的實施方案》,提出到2026年,全省低空經濟規模突破800億元;到2030年,突破1500億元。', 2026, ['800:2026', '1500:2030']],
  ])('%s', (text, year, due) => {
    const got = read(text);
    expect(got.year).toBe(year);
    expect(got.due).toEqual(due);
  });

  // 至 as 到: the plan year is read, but the grammar takes the first 至2025年 clause for results up to that year (an actual
  // 3000张), a matter of tense left open in round 21.
  const byZhi = '某市出台意见,至2025年,全市新增养老床位3000张;至2027年,新增养老床位6000张。';
  it('dates a 至…；至… pair by its first deadline', () => {
    expect(read(byZhi).year).toBe(2025);
  });
  it.fails('reads both 至 clauses as targets due at their deadlines', () => {
    expect(read(byZhi).due).toEqual(['3000:2025', '6000:2027']);
  });
});

describe('texts the first-deadline rule must not date', () => {
  it('keeps a text dated by a day with its issue year', () => {
    expect(read('2024年9月26日,某省出台意见。到2026年,全省冰雪旅游人数达到8000万人次;到2028年,冰雪旅游收入突破2000亿元。').year).toBe(2024);
  });

  // (A base year, 比2020年, is no year the text speaks for — Decisions 18, 20; round 21's c826, c827 — so it no longer keeps the
  // rule off, r21pa: a change's start 由2020年的…, an actual of that year, still does.)
  it('does not date a text that writes the start of a change (由2020年的…)', () => {
    expect(read('某市印发方案,到2026年,全市能耗由2020年的1.2吨标准煤下降到1.0吨;到2028年下降到0.9吨。').year).not.toBe(2026);
  });

  it('does not date a text that writes a year of results', () => {
    expect(read('2023年,全省接待游客6亿人次。到2026年,全省接待游客8亿人次;到2028年,接待游客10亿人次。').year).not.toBe(2026);
  });

  it('does not take 截至 for a deadline', () => {
    expect(read('截至2023年底,全省累计建成5G基站8万个;到2026年达到12万个。').year).not.toBe(2026);
  });

  it('leaves a text that writes no year at all undated, never today', () => {
    expect(read('某省出台意见,全省冰雪旅游人数达到8000万人次,冰雪旅游收入突破2000亿元。').year).toBeNull();
  });
});
