import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const months = (text: string) =>
  readStatements(text, { year: 2025 }).map((s) =>
    s.period ? `${s.role} ${s.period.fromMonth ?? ''}-${s.period.toMonth ?? ''} ${s.period.label}` : `${s.role}`,
  );

describe('前N月: the first N months of the year, as 前N个月', () => {
  it.each([
    ['前8月，全县社会消费品零售总额增长6.1%。', ['actual 1-8 前8月']],
    ['全区前10月规上工业增加值增长4.3%，增速居全市第二位。', ['actual 1-10 前10月', 'actual 1-10 前10月']],
    ['前5月份，全市完成外贸进出口额52.6亿元。', ['actual 1-5 前5月']],
  ])('%s', (text, want) => {
    expect(months(text)).toEqual(want);
  });
});

describe('months that are not the first N (must not fire)', () => {
  it.each([
    // A single month: no 前 before it.
    ['8月，全县社会消费品零售总额增长6.1%。', ['actual 8-8 8月']],
    // 提前 a month: a span of time gained, not the year's first months (the month alone, as before).
    ['项目提前1月完工，完成投资3.2亿元。', ['actual 1-1 1月']],
    // A range keeps its own months.
    ['1-8月，全县社会消费品零售总额增长6.1%。', ['actual 1-8 1-8月']],
    // 前 a month's end: a deadline, as 8月底 is.
    ['全县前8月底完成投资3.2亿元。', ['target']],
    // 前N个月 is read as before.
    ['前8个月，全县社会消费品零售总额增长6.1%。', ['actual 1-8 前8个月']],
  ])('%s', (text, want) => {
    expect(months(text)).toEqual(want);
  });
});
