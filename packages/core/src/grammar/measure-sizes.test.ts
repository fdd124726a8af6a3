/**
 * Measures their own words make figures, and a binding target a review names: a size before a noun that is itself a measure of that size (…面积,
 * …里程, …长度) is the measure's amount, not a bound picking the things counted; a coefficient needs no unit.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('a size before a noun that is its own measure (…面积, …里程) is that measure’s amount', () => {
  const context = { year: 2024 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

  it('50平方公里以上建设用地面积达到…要求: the area is the target', () => {
    expect(read('到2026年底，全县30平方公里以上城区面积达到海绵城市建设标准。')).toEqual(['target 城区面积 >= 30平方公里']);
    expect(read('到2027年，全市120公里以上绿道里程实现贯通。')).toEqual(['target 绿道里程 >= 120公里']);
  });

  it('a size before things counted, or before a noun that is no measure of it, stays a bound', () => {
    expect(read('到2026年，建成500亩以上种植基地8个。')).toEqual(['target 500亩以上种植基地 = 8个']);
    expect(read('到2026年，新建5公里以上绿道3条。')).toEqual(['target 5公里以上绿道 = 3条']);
    expect(read('全年改造100亩以上连片农田。')).toEqual([]);
    expect(read('到2026年，1000平方米以上公共建筑全部实施节能改造。')).toEqual([]);
  });
});

describe('a coefficient is a measure without a unit, as an index is', () => {
  const context = { year: 2021 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

  it('差异系数, 基尼系数 reached or bound by a comparator', () => {
    expect(read('到2025年，区域人均可支配收入差异系数缩小到0.35左右。')).toEqual(['target 区域人均可支配收入差异系数 ~ 0.35']);
    expect(read('到2025年，全省基尼系数降至0.45以下。')).toEqual(['target 基尼系数 <= 0.45']);
  });

  it('a coefficient named with no figure it reaches gives none', () => {
    expect(read('全县安全系数较高的水库有12座。')).toEqual(['target 安全系数较高的水库 = 12座']);
    expect(read('按照1.2的调整系数计算补助。')).toEqual([]);
  });
});

describe('a binding target named in a review (完成84.5%的约束性目标) is a quota', () => {
  const context = { year: 2020, defaultRole: 'actual' as const };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('the figure of the 约束性目标 a review names is a target, the result beside it an actual', () => {
    expect(read('1-10月，全市优良天数比例为88.1%，预计全年可完成85%的约束性目标。')).toEqual(['actual 88.1%', 'target 85%']);
  });

  it('a yardstick a result is measured against is no entry, and a bare 约束性 indicator count is none', () => {
    expect(read('全年PM2.5平均浓度为31微克/立方米，低于35微克/立方米的约束性目标。')).toEqual(['actual 31微克/立方米']);
  });
});

describe('a mass a verb of producing hands over (贡献了6亿吨煤炭, 生产80万吨水泥) is the amount of the material', () => {
  const read = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.metric} ${s.value}${s.unit}`);
  it.each([
    ['去年，全市为全省贡献了3亿吨原煤。', ['原煤 3亿吨']],
    ['去年，全县生产80万吨水泥。', ['水泥 80万吨']],
    ['去年，全市外运了2亿吨原煤、300万吨焦炭。', ['原煤 2亿吨', '焦炭 300万吨']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it('must not fire: a mass that sizes a plant, a store or another noun stays a qualifier', () => {
    expect(read('去年，新建5万吨冷库2座。')).toEqual(['5万吨冷库 2座']);
    expect(read('去年，年生产5万吨以上企业达到12家。')).toEqual(['年生产5万吨以上企业 12家']);
    expect(read('去年，全县生产企业达到20家。')).toEqual(['生产企业 20家']);
  });
});
