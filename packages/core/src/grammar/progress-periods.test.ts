/**
 * The months a half-year progress sheet reports over: an item number glued to its months (2.1-6月) and a
 * stock given 截至N月底 (months 1..N). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { scanTokens } from './scan.ts';

const periods = (text: string) => scanTokens(text).periods.map((p) => `${p.fromMonth}-${p.toMonth} ${p.label}`);
const amounts = (text: string) => scanTokens(text).quantities.map((q) => `${q.value}${q.unit ?? ''}`);

describe('an item number glued to the months that open its item', () => {
  it.each([
    ['3.1-9月，全区技改投资完成42.6亿元。', ['1-9 1-9月']],
    ['12.1至11月，新登记市场主体8650户。', ['1-11 1至11月']],
    ['  4.1—5月，外贸进出口总额增长7.2%。', ['1-5 1—5月']],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
    expect(amounts(text).some((a) => a.startsWith('3.1') || a.startsWith('12.1') || a.startsWith('4.1'))).toBe(false);
  });

  // Must not fire: a decimal inside a sentence, a day, a range that does not start in January, no line start.
  it.each([
    ['增速为2.1-3%。', []],
    ['报名时间为6.1-6月30日。', []],
    ['2.3-6月，开展专项整治。', []],
    ['全年增长2.1-6月持平。', []],
    ['人均收入增长2.1%，1-6月持平。', ['1-6 1-6月']],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });

  it('a decimal that opens a line stays a number when no months follow', () => {
    expect(amounts('2.1万户完成改造。')).toContain('21000户');
  });
});

describe('截至N月底: the months from January up to N', () => {
  it.each([
    ['截至2025年9月底，全县民生支出完成18.2亿元。', ['1-9 截至2025年9月底']],
    ['截止8月末，贷款余额达到620亿元。', ['1-8 截止8月末']],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });

  // Must not fire: a deadline (前, or under 力争/确保), a month alone, a day.
  it.each([
    ['力争截至6月底完成征地1200亩。', []],
    ['截至10月底前完成全部验收。', []],
    ['9月份新增就业320人。', ['9-9 9月']],
    ['截至7月15日，已完成招标。', []],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });
});
