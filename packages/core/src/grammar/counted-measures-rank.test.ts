/**
 * 甲、乙、丙等3项经济指标增速排名全市第一: a 、 list of measures closed by a count of them and 指标 ranks each item (with the measure
 * word written after 指标); the count is no figure. Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.value}${s.unit}`);

describe('a counted list of measures before one rank', () => {
  it.each([
    [
      '去年，全县税收收入、工业投资、外贸进出口总额等3项经济指标增速排名全市第一。',
      ['actual 税收收入增速 rank 1位', 'actual 工业投资增速 rank 1位', 'actual 外贸进出口总额增速 rank 1位'],
    ],
    ['去年，地方财政收入、金融机构存款余额两项指标增速全省第二。', ['actual 地方财政收入增速 rank 2位', 'actual 金融机构存款余额增速 rank 2位']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // a count that is not the list's own (3 items, 5 counted): one rank of the whole subject, as before
    ['去年，税收收入、工业投资、外贸进出口总额等5项指标增速排名全市第一。', 1],
    // indicators counted with no list before them stay as before
    ['去年全市12项主要经济指标增速高于全省。', 1],
  ])('%s', (text, count) => {
    expect(read(text)).toHaveLength(count);
  });

  it('a list ranked with 均 and no count keeps its reading', () => {
    expect(read('去年，全县税收收入、工业投资增速均居全市第一。')).toEqual(['actual 全县税收收入 rank 1位', 'actual 工业投资增速 rank 1位']);
  });
});
