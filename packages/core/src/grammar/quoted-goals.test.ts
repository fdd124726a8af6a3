/**
 * A quoted list of figures that a goal word closes (确立了“…增长7%…”的预期目标) states that goal: every figure in it
 * is a target, not only the last, and the verb that sets it with its quote is no part of the first metric.
 * Invented sentences only (never corpus text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, defaultRole: 'actual' | 'target' = 'actual') =>
  readStatements(text, { year: 2025, defaultRole }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.value}${s.unit}`);

describe('every figure of a quoted list a goal word closes is a target', () => {
  it.each([
    [
      '上半年工业增长4.2%。会议确立了“工业总产值增长9%，外贸进出口增长6%，税收收入增长4%”的预期目标。',
      ['actual 上半年工业 growth 4.2%', 'target 工业总产值 growth 9%', 'target 外贸进出口 growth 6%', 'target 税收收入 growth 4%'],
    ],
    [
      '一季度税收增长3%。全区提出“农业产值增长5%，旅游收入增长12%”的发展目标。',
      ['actual 一季度税收 growth 3%', 'target 农业产值 growth 5%', 'target 旅游收入 growth 12%'],
    ],
    ['前两个月投资增长2%，明确了“零售额增长6%，外资增长8%”的年度目标。', ['actual 前两个月投资 growth 2%', 'target 零售额 growth 6%', 'target 外资 growth 8%']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a quotation that states no goal leaves its figures as they were', () => {
  it.each([
    // a quoted result praised, no goal word after the quote
    ['去年实现了“产值增长6%，利润增长9%”的好成绩。'],
    // a quoted name holding a figure, the goal word in another clause
    ['上年全县“双30%”行动收入增长5%，目标已完成。'],
    // the goal word comes after the quote's sentence has ended
    ['去年实现了“工业增长6%，投资增长7%”。全年预期目标全面完成。'],
    // a quoted trend, the goal word after a clause break
    ['一季度“产值增长6%”的势头，预期目标可期。'],
    // a quoted slogan, the goal word only in the next sentence
    ['去年喊出“投资增长10%”的口号。全年目标全面完成。'],
  ])('%s', (text) => {
    const roles = readStatements(text, { year: 2025, defaultRole: 'actual' }).map((s) => s.role);
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => r === 'actual')).toBe(true);
  });
});
