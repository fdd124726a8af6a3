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
    // The months' own work (no 的 closing a noun): they keep dating it, as before.
    ['计划上半年完成投资30亿元。', ['actual 上半年']],
    // 预计 speaks of the months' own result.
    ['预计上半年全县地区生产总值增长6.5%。', ['actual 上半年']],
    // The months after 计划 open their own clause.
    ['计划上半年，全县新开工项目25个。', ['actual 上半年']],
    // Results of the months, with a plan named later in the sentence.
    ['上半年完成投资18亿元，为年计划的52%。', ['actual 上半年', 'actual 上半年']],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });
});
