/**
 * Money written without 元 whose bare 亿 is closed by a comparator word (以上, 左右, 以内) ending its clause, after the
 * sum it measures: the sum in 亿元, bounded by that word. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('a bare 亿 after a sum of money, closed by a comparator word, is that sum in 亿元', () => {
  const context = { year: 2024 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

  it('投资300亿以上。, 产值120亿左右: a target sum with its bound', () => {
    expect(read('今年全区计划完成固定资产投资300亿以上。')).toEqual(['target 固定资产投资 >= 300亿元']);
    expect(read('全年规上工业产值120亿左右，增长9%。')).toEqual(['target 规上工业产值 ~ 120亿元', 'target 规上工业产值 = 9%']);
    expect(read('全年财政赤字控制在35亿以内。')).toEqual(['target 财政赤字 <= 35亿元']);
  });

  it('a result in a review reads the same way', () => {
    expect(read('2023年，全县完成固定资产投资86亿以上。')).toEqual(['actual 固定资产投资 = 86亿元']);
  });

  it('does not fire on a size bound, a count of people, a gap, or money already in 元', () => {
    expect(read('全年实施投资10亿以上项目6个。')).toEqual(['target 投资10亿以上项目 = 6个']);
    expect(read('全年引进投资5亿以上的产业项目。')).toEqual([]);
    expect(read('到2030年，全省常住人口保持在1亿以上。')).toEqual([]);
    expect(read('两县经济总量相差50亿左右。')).toEqual([]);
    expect(read('今年完成固定资产投资300亿元以上。')).toEqual(['target 固定资产投资 >= 300亿元']);
    expect(read('全年接待游客2亿以上人次。')).toEqual([]);
    expect(read('全年粮食产量稳定在12亿斤以上。')).toEqual(['target 粮食产量 >= 12亿斤']);
  });
});
