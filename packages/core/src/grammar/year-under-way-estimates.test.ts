/**
 * 今年 under an estimate (今年预计, 预计今年, 今年…预计, 今年有望): the year under way estimated, a result given as an
 * estimate (corpus Decisions 3), whatever else the text plans — up to its clause's end. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, thisYear?: number) =>
  readStatements(text, { year: 2025, ...(thisYear !== undefined ? { thisYear } : {}) }).map((s) =>
    s.role === 'actual' ? `actual${s.estimate ? ' est' : ''} ${s.value}${s.unit}` : `target ${s.comparator} ${s.value}${s.unit}`,
  );

describe('今年 under an estimate: results of the year under way, as estimates', () => {
  it.each([
    ['“十四五”期间，经济总量连续跨越三个台阶，今年预计可以达到140万亿元左右。', 'actual est 140万亿元'],
    ['预计今年底城镇居民人均可支配收入能够达到42600元。', 'actual est 42600元'],
    ['会议指出，今年全市地区生产总值预计增长5.6%。', 'actual est 5.6%'],
    ['全市旅游总收入今年有望突破500亿元。', 'actual est 500亿元'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });

  it('a December item that plans 明年 keeps 今年’s estimate a result and 明年’s aim a target', () => {
    expect(read('今年全县地区生产总值预计增长5.6%。明年全县地区生产总值增长6%左右。', 2024)).toEqual(['actual est 5.6%', 'target ~ 6%']);
  });

  // Must not fire: an estimate that names the year's goal, a project's investment for the year, the budget after the
  // estimate's comma, 今年 set off by a comma before 预计, and 今年 with no estimate at all.
  it.each([
    ['今年全省预计实现生产总值增长6.5%左右目标。', 'target ~ 6.5%'],
    ['项目总投资12亿元，今年预计投资4亿元。', 'target = 4亿元'],
    ['预计今年财政收入继续恢复增长，一般公共预算支出规模30.5万亿元。', 'target = 30.5万亿元'],
    ['今年全县地区生产总值增长6%左右。', 'target ~ 6%'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
    expect(read(text).some((s) => s.startsWith('actual'))).toBe(false);
  });
});

describe('“十四五”以来 before the period’s last year: results to date of the year the text speaks of', () => {
  const yearOf = (text: string, reportsOnly: boolean) =>
    readStatements(text, { year: 2024, reportsOnly }).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year ?? ''}`);

  it('a text that reports: the year it speaks in', () => {
    expect(yearOf('“十四五”以来，全县累计实施重点项目320个。', true)).toEqual(['actual 320个 2024']);
  });

  it('a text that plans the year: the year before it (its review)', () => {
    expect(yearOf('“十四五”以来，全县累计实施重点项目320个。', false)).toEqual(['actual 320个 2023']);
  });

  // Must not fire: a period already over keeps its last year; 力争…以来 plans.
  it('a closed period and a planned total to date', () => {
    expect(yearOf('“十三五”以来，全县累计实施重点项目320个。', false)).toEqual(['actual 320个 2020']);
    expect(yearOf('力争“十四五”以来累计降低10%。', false).every((s) => s.startsWith('target'))).toBe(true);
  });
});
