/**
 * The year's plan figures restated in a report of the months so far, and estimates of the part of the year under way
 * (corpus Decisions 3, 31). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, reportsOnly = false) =>
  readStatements(text, { year: 2024, ...(reportsOnly ? { reportsOnly } : {}) }).map((s) =>
    s.role === 'actual'
      ? `actual${s.estimate ? ' est' : ''} ${s.value}${s.unit}${s.period?.toMonth ? ` 1-${s.period.toMonth}` : ''}`
      : `target ${s.comparator} ${s.value}${s.unit} ${s.metric}`,
  );

describe('确保目标 / 奋斗目标 after a measure: the measure’s floor and its aim', () => {
  it('确保目标增长X%，奋斗目标增长Y%', () => {
    expect(read('2024年县下达我镇规上工业增加值确保目标增长9%，奋斗目标增长11%。')).toEqual([
      'target >= 9% 县下达我镇规上工业增加值',
      'target = 11% 县下达我镇规上工业增加值',
    ]);
  });
  it('力争目标 alone after a measure', () => {
    expect(read('全镇农村居民人均可支配收入力争目标增长8%。')).toEqual(['target = 8% 全镇农村居民人均可支配收入']);
  });
  // Must not fire: a goal word with a measure of its own after 确保 keeps that measure.
  it('确保 with a measure of its own', () => {
    expect(read('确保粮食播种面积稳定在50万亩以上。')).toEqual(['target >= 50万亩 粮食播种面积']);
  });
});

describe('a quota in brackets named by its change: 增长X%（年度计划增长Y%）', () => {
  it('the bracket is the year’s plan', () => {
    expect(read('1-9月，全县固定资产投资增长6.2%（年度计划增长9%）。', true)).toEqual(['actual 6.2% 1-9', 'target = 9% 固定资产投资']);
  });
  // Must not fire: a bracket that only names the period or a base.
  it('（同比）', () => {
    expect(read('1-9月，全县固定资产投资增长6.2%（同比提高1.5个百分点）。', true).every((s) => s.startsWith('actual'))).toBe(true);
  });
});

describe('预计/预测 + a part of the year under way: an estimated result, its 将 no plan', () => {
  it('预测上半年将完成 after the months so far (a text that plans elsewhere too)', () => {
    expect(read('1-5月，全区完成工业投资21.6亿元，该批项目预测上半年将完成投资26亿元。')).toEqual(['actual 21.6亿元 1-5', 'actual est 26亿元 1-6']);
  });
  it('预计上半年将 in a text that reports', () => {
    expect(read('预计上半年全县社会消费品零售总额将增长5.5%。', true)).toEqual(['actual est 5.5% 1-6']);
  });
  it('预计到5月底 … 可开复工N个: the months to that end', () => {
    expect(read('预计到5月底，全市重点项目可开复工86个。', true)).toEqual(['actual est 86个 1-5']);
  });
  // Must not fire: 到 a month's end with no estimate word is a deadline; a plan's 预计到2025年 is its target.
  it('到5月底 alone, and 预计到2025年', () => {
    expect(read('力争到5月底，全市重点项目开复工86个。')[0]).toMatch(/^target/);
    expect(read('到2025年，全市新能源汽车产量预计达到8万辆。')[0]).toMatch(/^target/);
  });
  it('预计上半年将 in a plan with no months reported', () => {
    expect(read('今年全县计划实施重点项目60个，预计上半年将开工建设32个。')[1]).toMatch(/^target/);
  });
});
