import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const paragraphMonths = { year: 2024, fromMonth: 1, toMonth: 8, label: '1-8月' };
const periods = (text: string) => readStatements(text, { year: 2024, defaultPeriod: paragraphMonths }).map((s) => `${s.role} ${s.period?.label ?? ''}`);

describe('months a plan had set for what is counted date no result (计划上半年开工的…)', () => {
  it.each([
    ['计划上半年开工的36个项目已开工31个。', ['actual 1-8月', 'actual 1-8月']],
    ['收尾项目已建成9个，计划三季度建成的5个项目已完工3个，其余进展缓慢。', ['actual 1-8月', 'actual 1-8月', 'actual 1-8月']],
    ['其中，原定于二季度投产的7个项目已投产6个。', ['actual 1-8月', 'actual 1-8月']],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });
});

describe('months that still date their figures (must not fire)', () => {
  it.each([
    // No plan word before the months: they date what follows.
    ['上半年开工的36个项目已开工31个。', ['actual 上半年', 'actual 上半年']],
    // 预计 speaks of the months' own result.
    ['预计上半年全县地区生产总值增长6.5%。', ['actual 上半年']],
    // Results of the months, with a plan named later in the sentence.
    ['上半年完成投资18亿元，为年计划的52%。', ['actual 上半年', 'actual 上半年']],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });
});

const labels = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.period?.label ?? ''}`);

describe('the span of a goal a completion ratio is measured against dates no result (为上半年投资目标的…%)', () => {
  it.each([
    ['1-6月，完成投资12.6亿元，为上半年投资目标的114.5%。', ['actual 1-6月', 'actual 1-6月']],
    ['1-9月，新增就业3200人，完成前三季度目标任务的105%。', ['actual 1-9月', 'actual 1-9月']],
    ['1-6月，完成投资12.6亿元，为上半年投资目标（11亿元）的114.5%。', ['actual 1-6月', 'target ', 'actual 1-6月']],
  ])('%s', (text, want) => {
    expect(labels(text)).toEqual(want);
  });
});

describe('a goal’s span with no completion ratio after it (must not fire)', () => {
  it.each([
    // 为 of purpose: the months date the sentence, as before.
    ['为上半年目标任务打下基础，全县完成投资12.6亿元。', ['actual 上半年']],
    // No goal word after the months.
    ['上半年完成投资12.6亿元，为年计划的52%。', ['actual 上半年', 'actual 上半年']],
  ])('%s', (text, want) => {
    expect(labels(text)).toEqual(want);
  });
});

describe('计划/拟 right before the months plans their own work: a target of the year, even in a progress report', () => {
  it.each([
    ['计划上半年完成投资30亿元。', ['target ']],
    ['计划上半年，全县新开工项目25个。', ['target ']],
    ['拟于三季度建成投用充电桩120个。', ['target ']],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });
  it.each([
    // The year's plan named as a yardstick: the months date the result.
    ['上半年完成投资18亿元，为年计划的52%。', ['actual 上半年', 'actual 上半年']],
    ['完成年度计划上半年目标的110%。', ['actual 2024年']],
  ])('must not fire: %s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });
});
