/** Round 25 (r25y): the pieces of evidence plan-year.ts reads for the plan year's framings, each with must-not-fire cases. */
import { describe, expect, it } from 'vitest';
import { aimsAtNextYearOnly, aimsAtThisYear, documentNumberYear, plannedSeasonEnds, reportedDone } from '../src/reader/plan-year.ts';

describe('documentNumberYear: a document’s own number on a line of its own', () => {
  it('reads the year of a number alone on its line', () => {
    expect(documentNumberYear('某政办发〔2023〕12号\n关于印发某方案的通知')).toBe(2023);
    expect(documentNumberYear('某县人民政府文件\n  某农〔2020〕5号  \n各乡镇：')).toBe(2020);
    expect(documentNumberYear('文号：某政函[2021]第7号\n标题：某某')).toBe(2021);
  });
  it('must not fire: a number cited in a sentence, or a line with more words', () => {
    expect(documentNumberYear('根据《某省实施意见》（某政发〔2019〕3号）精神，制定本方案。')).toBeNull();
    expect(documentNumberYear('按照某政发〔2019〕3号文件要求')).toBeNull();
    expect(documentNumberYear('今年，全县力争地区生产总值增长6%。')).toBeNull();
  });
});

describe('plannedSeasonEnds: a season planned is of the year it ends', () => {
  it('reads a slash, a dash or 至 between the years, before the season’s word and a word that plans', () => {
    expect(plannedSeasonEnds('2023/2024榨季，某县计划入榨甘蔗200万吨。')).toEqual([2024]);
    expect(plannedSeasonEnds('2024—2025学年，某市将新增公办学位8000个。')).toEqual([2025]);
    expect(plannedSeasonEnds('2025至2026年度雪季，某区力争接待游客50万人次。')).toEqual([2026]);
  });
  it('must not fire: a season only reported, years not consecutive, or a span of years', () => {
    expect(plannedSeasonEnds('2022/2023榨季，某县入榨甘蔗180万吨。')).toEqual([]);
    expect(plannedSeasonEnds('2021—2025年，全市将新建学校30所。')).toEqual([]);
    expect(plannedSeasonEnds('2023/2025学年，某市将…')).toEqual([]);
  });
});

describe('reportedDone: a plan its own clause reports done', () => {
  it('reads 已全面完成, 圆满完成 and 胜利收官 right after the plan', () => {
    expect(reportedDone('已全面完成，今年…')).toBe(true);
    expect(reportedDone('圆满完成。新的一年…')).toBe(true);
    expect(reportedDone('胜利收官')).toBe(true);
  });
  it('must not fire: a plan still to be done, or done only in a later clause', () => {
    expect(reportedDone('，确保全面完成。')).toBe(false);
    expect(reportedDone('要求各地抓好落实。全年任务已完成')).toBe(false);
  });
});

describe('aimsAtNextYearOnly: 明年 aims, 今年 aims at nothing', () => {
  it('reads a year-end meeting that sets 明年', () => {
    expect(aimsAtNextYearOnly('会议指出，今年全市经济运行稳中有进。会议提出，明年全市地区生产总值增长6%左右。')).toBe(true);
    expect(aimsAtNextYearOnly('部署明年工作。明年全县力争地区生产总值增长7%。')).toBe(true);
  });
  it('must not fire: a text whose 今年 aims too, or whose 明年 aims at nothing', () => {
    expect(aimsAtNextYearOnly('今年全县力争增长6%，明年力争增长6.5%。')).toBe(false);
    expect(aimsAtNextYearOnly('今年全市经济运行稳中有进，明年是“十五五”开局之年。')).toBe(false);
  });
});

describe('aimsAtThisYear: 今年 with what it aims at', () => {
  it('reads 今年 with 力争, 目标 or 将', () => {
    expect(aimsAtThisYear('今年全县力争完成投资50亿元。')).toBe(true);
    expect(aimsAtThisYear('今年的主要预期目标是：增长6%。')).toBe(true);
  });
  it('must not fire: 今年 of results, or 今年以来 reporting', () => {
    expect(aimsAtThisYear('今年全市经济运行稳中有进。')).toBe(false);
    expect(aimsAtThisYear('今年以来，全县完成投资40亿元。')).toBe(false);
    // (今年以来 is results to date even when its clause goes on to 将.)
    expect(aimsAtThisYear('今年以来，全县将项目建设作为重点，完成投资40亿元。')).toBe(false);
  });
});
