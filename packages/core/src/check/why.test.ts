import { describe, expect, it } from 'vitest';
import '../locales/en-check.ts';
import { extractPlan } from '../reader/extract.ts';
import { yearContradictedMessage } from './why.ts';

const TITLED = '六安市2023年工业发展工作要点\n一、主要目标\n技改投资同比增长20%以上。';
const UNTITLED = '技改投资同比增长20%以上。';

describe('a year stated against the title (the rule behind --year and the year box)', () => {
  it('is noted on the plan, which is read as stated, and said in both locales', () => {
    const plan = extractPlan(TITLED, { year: 2024 });
    expect(plan).toMatchObject({ year: 2024, yearSource: 'option', titleYear: 2023 });
    expect(yearContradictedMessage(plan, 'zh-CN')).toBe('所填年份 2024 与计划标题中的 2023 年不符：请去掉或改正年份，或换用对应年份的计划。');
    expect(yearContradictedMessage(plan, 'en')).toBe(
      "The year given, 2024, is not the plan title's 2023: drop or correct the year, or give the plan of that year.",
    );
  });

  it('is no conflict when the year agrees with the title, fills a text without one, or is not stated', () => {
    for (const plan of [extractPlan(TITLED, { year: 2023 }), extractPlan(UNTITLED, { year: 2024 }), extractPlan(TITLED)]) {
      expect(plan.titleYear).toBeUndefined();
      expect(yearContradictedMessage(plan, 'zh-CN')).toBeNull();
    }
  });
});
