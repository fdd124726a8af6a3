/**
 * A paragraph opening that says what a past year was (2022年是…极为重要的一年) reviews that year: the undated results in
 * the paragraphs after it are that year's, not targets of the plan year (a Hong Kong commentary on a work report whose
 * lede names the report's 预期目标).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const entries = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} ${t.year}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period?.year}`)];
};

const LEDE = '某报 2023-03-06 08:13\n总理发表政府工作报告,回顾过去一年的工作,并提出今年发展主要预期目标。\n';

describe('a paragraph opening 2022年是…的一年', () => {
  it('reviews that year, after an attribution, over the paragraph after it', () => {
    const text = `${LEDE}总理在政府工作报告中指出,2022年是极为重要的一年。\n成绩来之不易。全年国内生产总值增长3%,城镇新增就业1206万人。`;
    expect(entries(text)).toEqual(['A 3% 2022', 'A 1206万人 2022']);
  });

  it('reviews it without an attribution too, in Traditional characters', () => {
    const text = `${LEDE}2022年是極為重要的一年。\n全年國內生產總值增長3%。`;
    expect(entries(text)).toEqual(['A 3% 2022']);
  });
});

describe('openings the rule must leave alone', () => {
  it.each([
    // the plan's own year: it plans
    ['2025年2月1日\n2025年是“十四五”规划收官之年。今年全市地区生产总值力争增长6%左右。', ['T 6% 2025']],
    // a year ahead, framed
    ['2025年12月20日\n会议提出明年目标。2026年是“十五五”开局之年。全市地区生产总值增长6%左右。', ['T 6% 2026']],
    // a plan cue in the next paragraph turns back to targets
    [`${LEDE}2022年是极为重要的一年。\n今年国内生产总值增长5%左右。`, ['T 5% 2023']],
    // a past year's anniversary, no 一年/之年
    [`${LEDE}2022年是新中国成立73周年。\n全年国内生产总值增长5%左右。`, ['T 5% 2023']],
  ])('%s', (text, expected) => {
    expect(entries(text)).toEqual(expected);
  });
});
