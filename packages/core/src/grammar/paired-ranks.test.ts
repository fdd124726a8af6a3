/**
 * 存贷款 with 均/双双 names deposits and loans apart; 总量和增速均居… ranks the total and its rate apart.
 * Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('存贷款 with 均 or 双双: two measures', () => {
  it.each([
    ['去年，全县银行业存贷款余额双双突破500亿元。', ['actual 银行业存款余额 level = 500亿元', 'actual 银行业贷款余额 level = 500亿元']],
    ['去年，工业增长7%；存贷款增量均居全省第2位。', ['actual 工业 growth = 7%', 'actual 存款增量 rank = 2位', 'actual 贷款增量 rank = 2位']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('总量和增速均居: the total and its rate both rank', () => {
  it('ranks each', () => {
    expect(read('去年，全市实现地区生产总值4200亿元，增长6.1%，总量和增速均居全省第3位。')).toEqual([
      'actual 地区生产总值 level = 4200亿元',
      'actual 地区生产总值 growth = 6.1%',
      'actual 地区生产总值 rank = 3位',
      'actual 地区生产总值增速 rank = 3位',
    ]);
  });
});

describe('must not fire', () => {
  it.each([
    // one figure of 存贷款 with no 均/双双: one measure
    ['去年，全县存贷款余额达到800亿元。', ['actual 存贷款余额 level = 800亿元']],
    // a ratio named with 存贷款
    ['去年，全县存贷比为75%。', ['actual 存贷比 share = 75%']],
    // 增速均居 alone ranks the rate only, as before
    [
      '去年，全市地区生产总值4200亿元，增长6.1%，增速均居全省第3位。',
      ['actual 地区生产总值 level = 4200亿元', 'actual 地区生产总值 growth = 6.1%', 'actual 地区生产总值 rank = 3位'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
