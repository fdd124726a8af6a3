/**
 * News of a year's project start ceremony (某县2024年重点项目集中开工仪式): the year it names is the programme's, the
 * one the text's 今年 plans — not a year of results before it.
 */
import { describe, expect, it } from 'vitest';
import { readYear } from '../src/reader/document-info.ts';
import { extractPlan } from '../src/reader/extract.ts';

describe('the year a project start ceremony names', () => {
  it.each([
    ['3月10日，某县2024年重点项目集中开工仪式举行。今年，该县计划实施项目52项，总投资86亿元。', 2024],
    ['4月2日，某区2021年建设工程项目开（复）工仪式在园区举行。今年，该区梳理计划实施项目40项，年度计划投资12亿元。', 2021],
    ['某市2025年度第一批重点项目开工活动启动。今年全市计划新开工项目120个。', 2025],
  ])('is the plan year: %s', (text, year) => {
    expect(readYear('', text).year).toBe(year);
    expect(extractPlan(text).targets.length).toBeGreaterThan(0);
  });

  it.each([
    // A year of results set off by its comma, before the ceremony it held.
    ['2023年，某县重点项目集中开工仪式后，共建成项目40个。今年，该县计划实施项目52项。', 2024],
    // A ceremony dated by its month: the year reviewed.
    ['某县在2023年3月举行项目集中开工仪式，全年建成项目40个。今年计划实施项目52项。', 2024],
    // No ceremony: the year of results before 今年.
    ['2023年全县完成投资80亿元。今年，该县计划实施项目52项，年度计划投资30亿元。', 2024],
    // A year's projects named without their start.
    ['2022年重点项目建设情况：全年完成投资80亿元。今年，该县计划实施项目52项。', 2023],
  ])('leaves other years alone: %s', (text, year) => {
    expect(readYear('', text).year).toBe(year);
  });
});
