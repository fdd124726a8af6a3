/**
 * The years of report excerpts (round 19): what a page of a long report says of its own year, and where it says nothing.
 * A year an event runs from (1998年…第一次会议以来) is no year of results; a template that masks its own year (20xx年) is
 * dated by no stamp a site put on it; a page opening inside a new term's aims, before the part on the term's first year,
 * holds targets due at the term's end. Invented texts in the shapes of report-collection pages.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { EVENT_SINCE, masksOwnYear } from '../src/reader/plan-year.ts';
import { termAimsDue } from '../src/reader/structure.ts';

const targets = (text: string) => extractPlan(text).targets.map((t) => `${t.value}${t.unit ?? ''} ${t.year}`);

describe('2001年某县第十届人民代表大会第一次会议以来: a year an event runs from', () => {
  const review =
    '某县人民政府工作报告\n各位代表：回顾过去五年，2001年县第十届人民代表大会第一次会议以来，全县人民团结奋斗，开创了良好局面。一、综合实力明显增强。XX年，实现地区生产总值52.3亿元，年均增长9.2%。\n';

  it('does not date the report by the year its term began', () => {
    expect(extractPlan(review).year).toBeNull();
  });

  it('matches the event between the year and 以来 only (must not fire on a year with 年 or a break after it)', () => {
    const since = (s: string) => [...s.matchAll(EVENT_SINCE)].map((m) => m[0]);
    expect(since('自2016年市委提出建设某某的部署以来')).toEqual(['2016年市委提出建设某某的部署以来']);
    expect(since('2020年和今年以来工作回顾')).toEqual([]);
    expect(since('2023年及“十四五”以来工作回顾')).toEqual([]);
    expect(since('2020年，全县经济稳步增长。以来')).toEqual([]);
    expect(since('2020年3月以来')).toEqual([]);
  });

  it('a year of results in the same shape still dates the text (must not fire)', () => {
    const text = '某县2019年经济运行情况\n2019年，全县实现地区生产总值88.2亿元，增长6.1%。\n';
    expect(extractPlan(text).year).toBe(2019);
  });
});

describe('20xx年政府工作回顾 under a site’s 时间:2023.6.8: a template’s masked year', () => {
  const template = '某县政府工作报告范文\n时间:2023.6.8\n一、20xx年政府工作回顾\n20xx年，全县上下奋发有为。据统计，我县去年完成财政总收入4.2亿元，增长6.3%。\n';

  it('leaves the plan year unknown rather than take the upload stamp', () => {
    expect(extractPlan(template).year).toBeNull();
  });

  it('reads a masked year only where no year of the text is written (must not fire)', () => {
    expect(masksOwnYear('一、20xx年工作回顾')).toBe(true);
    expect(masksOwnYear('二、20XX年工作安排')).toBe(true);
    expect(masksOwnYear('xxxx年底，全镇完成…')).toBe(true);
    expect(masksOwnYear('发布时间：2023年6月8日\n一、20xx年工作回顾')).toBe(true);
    expect(masksOwnYear('2022年工作回顾\n对202*年工作进行了安排')).toBe(false);
    expect(masksOwnYear('2022年工作回顾')).toBe(false);
    expect(masksOwnYear('截至2023年6月8日，全县完成…')).toBe(false);
  });

  it('a dated page whose year is not masked keeps its date (must not fire)', () => {
    const text = '某县召开经济工作会议\n2023-06-08\n会议提出，今年全县地区生产总值增长6%以上。\n';
    expect(extractPlan(text).year).toBe(2023);
  });
});

describe('…累计新增就业8万人。⏎三、2027年主要工作⏎2027年是新一届政府的开局之年: a new term’s aims on a cut page', () => {
  const page =
    '五是着力增进民生福祉。实施就业优先战略，累计新增就业8万人，城镇老旧小区改造120个。\n三、2027年主要工作\n2027年是新一届政府的开局之年。全区经济社会发展主要预期目标是：地区生产总值增长6%，一般公共预算收入增长4%。\n';

  it('dates the term’s aims at the term’s end and the year’s goals at the year', () => {
    expect(extractPlan(page).year).toBe(2027);
    expect(targets(page)).toEqual(['8万人 2031', '120个 2031', '6% 2027', '4% 2027']);
  });

  it('今年 naming the term’s first year reads the same', () => {
    const text = page.replace('三、2027年主要工作\n2027年是', '三、2027年主要工作\n今年是');
    expect(targets(text).slice(0, 2)).toEqual(['8万人 2031', '120个 2031']);
  });

  it('needs the term’s first year, the plan year’s heading and an undated page before it (must not fire)', () => {
    const at = page.indexOf('三、');
    expect(termAimsDue(page, at, 2027)).toBe(2031);
    // No new term: the year's part is an ordinary year's.
    expect(termAimsDue(page.replace('新一届政府的开局之年', '承上启下的关键之年'), at, 2027)).toBeNull();
    // The page before names a time of its own (a review of 去年, a 今年 aim).
    const reviewed = '去年，全区新增就业1.6万人。\n' + page.slice(page.indexOf('三、'));
    expect(termAimsDue(reviewed, reviewed.indexOf('三、'), 2027)).toBeNull();
    // The heading names another year, or the plan year is unknown.
    expect(termAimsDue(page, at, 2028)).toBeNull();
    expect(termAimsDue(page, at, null)).toBeNull();
    // No page before the heading.
    expect(termAimsDue(page.slice(at), 0, 2027)).toBeNull();
  });

  it('an ordinary year’s report keeps the plan year on the aims before its part (must not fire)', () => {
    const text = page.replace('新一届政府的开局之年', '承上启下的关键之年');
    expect(targets(text)).toEqual(['8万人 2027', '120个 2027', '6% 2027', '4% 2027']);
  });
});

describe('…到2030年突破800亿元。二是…达到65%。⏎二、2026年重点工作: a deadline inside a term’s aims', () => {
  const page =
    '一是综合实力迈上新台阶，地区生产总值年均增长6%左右，到2030年突破800亿元。二是城乡面貌焕然一新，常住人口城镇化率达到65%。\n二、2026年重点工作\n今年是本届政府的开局之年，全市主要预期目标是：地区生产总值增长6.5%。\n';

  it('the sentence after a deadline is the term’s again, not the plan year’s', () => {
    expect(targets(page)).toEqual(['6% 2030', '800亿元 2030', '65% 2030', '6.5% 2026']);
  });

  it('a year before the plan year or past the term dates the page (must not fire)', () => {
    const at = page.indexOf('二、2026');
    expect(termAimsDue(page, at, 2026)).toBe(2030);
    expect(termAimsDue(page.replace('到2030年', '到2035年'), at, 2026)).toBeNull();
    expect(termAimsDue(page.replace('到2030年', '比2020年'), at, 2026)).toBeNull();
  });
});

describe('…2021年是“十四五”开局之年: a period’s aims before the part on its first year', () => {
  const page =
    '——创新能力显著提升，研发经费投入强度达到2.8%，高新技术企业达到300家。\n三、2021年重点工作\n2021年是“十四五”开局之年。全县主要预期目标是：地区生产总值增长8%。\n';

  it('dates the aims at the period’s end', () => {
    expect(targets(page)).toEqual(['2.8% 2025', '300家 2025', '8% 2021']);
  });

  it('a period whose first year is not the plan year gives none (must not fire)', () => {
    const text = page.replace('2021年是“十四五”开局之年', '2021年是“十三五”收官之年后的第一年');
    expect(termAimsDue(text, text.indexOf('三、'), 2021)).toBeNull();
  });
});

describe('…增长6.8%。⏎二、2025年工作安排: a page opening inside the review', () => {
  const page =
    '城镇居民人均可支配收入达到41200元，增长5.6%；新建城乡道路86公里。\n二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n';
  const periods = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period.year}`);

  it('reads the text before part two as results of the year before the plan’s', () => {
    expect(extractPlan(page).year).toBe(2025);
    expect(periods(page)).toEqual(['41200元 2024', '5.6% 2024', '86公里 2024']);
    expect(targets(page)).toEqual(['6% 2025']);
  });

  it('not before 三、 (part two may be a term’s aims) nor before 一、 (must not fire)', () => {
    expect(periods(page.replace('二、2025年工作安排', '三、2025年工作安排'))).toEqual([]);
    expect(periods(page.replace('二、2025年工作安排', '一、2025年工作安排'))).toEqual([]);
  });
});
