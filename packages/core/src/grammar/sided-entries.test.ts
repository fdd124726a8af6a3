/**
 * Round 21: figures the grammar saw but split, dated or sided wrongly — months after 其中 that split a goal just set, 预计
 * of the year under way after earlier years' results, an area before the land a place must keep, and a ratio of two
 * parts. Invented sentences, each rule with cases it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const context = { year: 2024 };
const read = (text: string) =>
  readStatements(text, context).map(
    (s) => `${s.role} ${s.comparator} ${s.value}${s.unit}${s.role === 'actual' ? ` ${s.period?.year ?? ''}${s.estimate ? '~' : ''}` : ''}`,
  );

describe('months after 其中 split the goal their sentence has just set (goalThenPart)', () => {
  it('增长目标为6%，其中一季度为6.5%左右，…分别增长…: targets of the plan year', () => {
    expect(read('全县地区生产总值增长目标为6%，其中一季度为6.5%左右，一二三产增加值分别增长4%、8%、6%左右。')).toEqual([
      'target = 6%',
      'target ~ 6.5%',
      'target ~ 4%',
      'target ~ 8%',
      'target ~ 6%',
    ]);
    expect(read('规上工业增加值预期增长8%，其中上半年增长7.5%以上。')).toEqual(['target = 8%', 'target >= 7.5%']);
    // 年度 / 年初 name the goal being set; only after a yardstick verb (完成年度目标) is it a yardstick.
    expect(read('全县地区生产总值年度目标为增长6%，其中一季度增长6.5%左右。')).toEqual(['target = 6%', 'target ~ 6.5%']);
  });

  it('does not fire after a goal named as a yardstick, nor without a goal word', () => {
    expect(read('2023年全县地区生产总值增长5.8%，高于预期目标0.3个百分点，其中一季度增长6.1%。')).toEqual([
      'actual = 5.8% 2023',
      'actual = 0.3百分点 2023',
      'actual = 6.1% 2023',
    ]);
    expect(read('全县地区生产总值增长5.8%，其中一季度增长6.1%。')).toEqual(['target = 5.8%', 'actual = 6.1% 2024']);
  });
});

describe('预计…全年 of the year under way after earlier years’ results is an estimate (yearEstimatedAfterResults)', () => {
  it('a result of that year, estimated, up to the sentence’s end', () => {
    expect(read('2022年规上工业完成产值510亿元，预计2024年全年工业产值有望突破600亿元，近三年每年增长超过80亿元。')).toEqual([
      'actual = 510亿元 2022',
      'actual = 600亿元 2024~',
      'actual = 80亿元 2024~',
    ]);
  });

  it('does not fire under a word of aim, with no earlier year, or for another year', () => {
    expect(read('2022年产值510亿元，力争预计2024年全年工业产值突破600亿元。').at(-1)).toBe('target > 600亿元');
    expect(read('全年规上工业总产值达到600亿元，预计2024年全年增长15%。')).toEqual(['target >= 600亿元', 'target = 15%']);
    expect(read('2022年产值510亿元，预计2025年全年工业产值突破700亿元。').at(-1)).toBe('target > 700亿元');
  });

  it('要 inside a noun (主要, 重要) is no word of aim', () => {
    expect(read('2022年规上工业完成产值510亿元，主要产品产量稳定，预计2024年全年工业产值突破600亿元。').at(-1)).toBe('actual = 600亿元 2024~');
  });
});

describe('an area before the land a place must keep is that land’s quota (LAND_KEPT)', () => {
  it('耕地保有量, 永久基本农田保护任务, 耕地红线: targets, also named in a review', () => {
    expect(read('严格落实全县45.6万亩耕地保有量和38.2万亩永久基本农田保护任务。')).toEqual(['target = 45.6万亩', 'target = 38.2万亩']);
    expect(read('坚决守住全市120万亩耕地保护红线。')).toEqual(['target = 120万亩']);
    expect(read('2023年，全县守牢55.1万亩耕地红线，完成造林1.2万亩。')).toEqual(['target = 55.1万亩', 'actual = 1.2万亩 2023']);
  });

  it('does not fire on land a figure only sizes', () => {
    expect(read('对全县45.6万亩耕地开展土壤普查。')).toEqual([]);
    expect(read('在3万亩耕地上推广测土配方施肥。')).toEqual([]);
    expect(read('建设100亩以上连片基地。')).not.toContain('target = 100亩');
  });
});

describe('a ratio of two parts adding up to 100 that its clause names (twoPartRatio)', () => {
  it('轻重工业比由A:B增加到C:D: the start is now, the end the target, one figure per part', () => {
    expect(read('到2026年，全县轻重工业比由4.1:95.9增加到6:94。')).toEqual(['actual = 4.1 2024', 'actual = 95.9 2024', 'target = 6', 'target = 94']);
    expect(read('内外资比例调整为30:70。')).toEqual(['target = 30', 'target = 70']);
  });

  it('does not fire on a time, a score, a comparison or parts that do not add up to 100', () => {
    expect(read('会议于10:30召开。')).toEqual([]);
    expect(read('比分3:97。')).toEqual([]);
    expect(read('男女比例为1:1.2。')).toEqual([]);
    expect(read('投入产出为40:60。')).toEqual([]);
    // 比 of a comparison (比上年) is no ratio word.
    expect(read('比上年的45:55有所提高。')).toEqual([]);
  });
});
