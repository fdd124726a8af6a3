/**
 * Households then their people written back to back (搬迁入住1200户4800人): two figures of one measure.
 * Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('N户M人: both figures are read', () => {
  it.each([
    ['去年，易地扶贫搬迁入住1200户4800人。', ['actual 易地扶贫搬迁入住 = 1200户', 'actual 易地扶贫搬迁入住 = 4800人']],
    ['去年全县脱贫300户1000人，贫困发生率降至0.5%。', ['actual 脱贫 = 300户', 'actual 脱贫 = 1000人', 'actual 贫困发生率 = 0.5%']],
    ['今年计划搬迁800户3000人以上。', ['target 搬迁 >= 800户', 'target 搬迁 >= 3000人']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // a single count of households, or households with a unit that counts no people
    ['去年新增农家乐经营户120户。', ['actual 农家乐经营户 = 120户']],
    ['去年改造危房500户，面积3万平方米。', ['actual 改造危房 = 500户', 'actual 面积 = 3万平方米']],
    // households and people with a mark between them stay two statements of their own as before
    ['去年帮扶困难家庭200户、残疾人150人。', ['actual 帮扶困难家庭 = 200户', 'actual 残疾人 = 150人']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('not before a quoted word: the pair sizes a risk named', () => {
    expect(read('重点防止2000户7000人“返贫”。').filter((s) => s.includes('2000户'))).toEqual([]);
  });
});
