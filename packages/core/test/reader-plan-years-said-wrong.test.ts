/**
 * Shape catalogue, round 22 (plan years said wrong): invented passages in the shapes Chinese news and plan prose date a plan
 * by, each with the plan year the corpus conventions give it — or null where the words leave it open (a wrong year silently
 * checks a sheet against the wrong year's plan; an unknown one is asked for).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const year = (text: string) => extractPlan(text).year;

describe('plan years: a year whose sentence says what is expected of a figure', () => {
  it('reads 2025年，…预期增长6% after the results of 2024 in news of a session as the year planned', () => {
    const text = [
      '本报讯 昨日，某市第八届人民代表大会第三次会议开幕。市长代表市政府作工作报告。',
      '报告指出，初步统计2024年全市实现地区生产总值1820亿元、增长6.5%。',
      '2025年，全市地区生产总值预期增长6%左右，一般公共预算收入预期增长5%。今年还将新建学校8所。',
    ].join('');
    expect(year(text)).toBe(2025);
  });

  it('reads the later year when a year of results and a year expected share a sentence', () => {
    expect(year('报告显示，2025年全县地区生产总值增长5.1%，2026年预期增长5%左右。')).toBe(2026);
  });

  it('reads a year whose sentence expects a figure to be reached (预期达到) as the year planned', () => {
    expect(year('2026年，全县粮食产量预期达到25万吨，农村居民人均可支配收入预期增长7%。')).toBe(2026);
  });

  it('does not read a result weighed against what was expected as a year planned', () => {
    // 2023's results, one of them above expectation, then 今年: the year after them.
    const text = '2023年，全区地区生产总值增长6.2%，高于预期目标，完成预期增长任务。今年，全区将继续扩大有效投资。';
    expect(year(text)).toBe(2024);
  });

  it("does not read a deadline's year or a base year as a year planned", () => {
    // (到2027年…预期达到: a deadline; its year is the horizon, not a year's own target sentence.)
    const text = '到2027年，全市数字经济核心产业增加值预期达到600亿元，比2024年预期增长40%。';
    expect(year(text)).toBe(2027);
  });
});

describe('plan years: targets dated by the year they share', () => {
  it('dates a programme item by its one year', () => {
    expect(year('记者从全市交通工作会议上获悉，我市2026年计划完成交通投资30亿元，新改建农村公路200公里。')).toBe(2026);
  });

  it('leaves unknown an undated feature whose targets run to two deadlines besides a headline year of its own', () => {
    const text = [
      '目标：2030年茶产业综合产值突破500亿元',
      '省农业农村厅介绍，全省将实施茶产业提升行动，到2027年，茶园面积达到450万亩，综合产值400亿元；',
      '到2030年，茶产业综合产值突破500亿元。去年以来，全省新建标准化茶园20万亩。',
    ].join('\n');
    expect(year(text)).toBeNull();
  });

  it('dates a plan document of deadlines alone by its first deadline (corpus Decisions 26)', () => {
    const text = '近日，某市印发《数字乡村建设行动方案》。到2026年，建成数字乡村示范村50个；到2028年，示范村达到120个。';
    expect(year(text)).toBe(2026);
  });
});
