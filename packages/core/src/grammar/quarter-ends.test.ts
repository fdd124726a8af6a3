import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const months = (text: string) =>
  readStatements(text, { year: 2025 }).map((s) => (s.period ? `${s.role} ${s.period.fromMonth ?? ''}-${s.period.toMonth ?? ''}` : `${s.role}`));

describe('截至 a quarter’s end: the year’s results up to it', () => {
  it.each([
    ['截至三季度末，全县已完成重点项目投资36.2亿元。', ['actual 1-9']],
    ['截止二季度末，全市新登记市场主体8200户。', ['actual 1-6']],
    ['截至2025年第一季度末，全区规上企业达到412家。', ['actual 1-3']],
  ])('%s', (text, want) => {
    expect(months(text)).toEqual(want);
  });
});

describe('quarters that are not run up to (must not fire)', () => {
  it.each([
    // No 截至: the quarter alone.
    ['三季度末，全市金融机构存款余额增长6%。', ['actual 7-9']],
    ['三季度，全市规上工业增加值增长5.2%。', ['actual 7-9']],
    // A deadline: 前 after the end.
    ['截至三季度末前完成投资20亿元。', ['actual 7-9']],
    // Under a cue of planning, 截至 sets a deadline: no run up to.
    ['力争截至三季度末，全市完成投资20亿元。', ['actual 7-9']],
    // 前三季度 is months 1-9 already.
    ['前三季度，全市生产总值增长5.6%。', ['actual 1-9']],
  ])('%s', (text, want) => {
    expect(months(text)).toEqual(want);
  });
});
