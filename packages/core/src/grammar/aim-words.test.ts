/**
 * The aim words (words.ts: AIM_WORDS, 力争, 争取, 确保, 目标, 预期) and their named narrowings, one vocabulary for every test of
 * "an aim word stands before this figure": for each narrowing, a passage where it must fire and an ordinary one that looks
 * alike where it must not — the word it leaves out, or the reading it keeps. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../reader/extract.ts';
import { aimsAtNextYear, aimsAtNextYearOnly, aimsAtThisYear, plannedSeasonEnds } from '../reader/plan-year.ts';
import { readStatements } from './statements.ts';
import { plannedInClause } from './tense.ts';
import { AIM, AIM_OR_PLAN, AIM_WORDS, AIMED, AIMS_SET, PLANNED_OR_DUE, STRIVING } from './words.ts';

/** Each statement as `role value unit`, in text order. */
const roles = (text: string, year = 2025, defaultRole?: 'actual' | 'target') =>
  readStatements(text, { year, ...(defaultRole ? { defaultRole } : {}) }).map((s) => `${s.role} ${s.value}${s.unit}`);
/** The same in a passage that only reports (a total is done there unless something plans it). */
const reported = (text: string) => readStatements(text, { year: 2025, reportsOnly: true }).map((s) => `${s.role} ${s.value}${s.unit}`);

const words = (pattern: string) => pattern.split('|');

describe('the aim words: one list, the narrowings built from it', () => {
  it('AIM is the aim words; every narrowing but STRIVING holds them all', () => {
    expect(words(AIM)).toEqual([...AIM_WORDS]);
    for (const narrowing of [AIMED, AIM_OR_PLAN, PLANNED_OR_DUE, AIMS_SET]) expect(words(narrowing)).toEqual(expect.arrayContaining([...AIM_WORDS]));
  });
  it('STRIVING keeps the verbs of striving, not the nouns of the goal', () => {
    expect(words(STRIVING)).toEqual(expect.arrayContaining(['力争', '争取', '确保']));
    expect(words(STRIVING)).not.toContain('目标');
    expect(words(STRIVING)).not.toContain('预期');
  });
});

describe('AIM: 明年 with an aim word (not a bare 将) aims at the next year', () => {
  it('fires: 明年…力争', () => {
    expect(aimsAtNextYear('明年全市力争地区生产总值增长6%左右。')).toBe(true);
  });
  it('must not fire: 明年将 names a project’s year', () => {
    expect(aimsAtNextYear('某项目明年将建成投产，新增就业岗位500个。')).toBe(false);
  });
});

describe('AIM_OR_PLAN: the year under way or the new year a text goes on to plan', () => {
  it('fires: 今年…计划, 新的一年…将', () => {
    expect(aimsAtThisYear('今年全县计划新建农村公路50公里。')).toBe(true);
    expect(aimsAtNextYearOnly('今年全县计划增长6%，明年力争增长6.5%。')).toBe(false);
  });
  it('must not fire: 今年以来 reports; 今年预计 estimates the year under way, so a page whose 明年 aims plans the next year', () => {
    expect(aimsAtThisYear('今年以来，全县计划外项目完成投资5亿元。')).toBe(false);
    expect(aimsAtNextYearOnly('今年预计全市地区生产总值增长5.5%左右。明年全市力争增长6%。')).toBe(true);
  });
});

describe('AIMED: a programme’s second count or progress against the year’s plan under a will is aimed at', () => {
  it('fires: 将 before a programme and its starts; 力争 before progress against the plan', () => {
    expect(roles('今年将实施重点项目50个，开工30个。')).toEqual(['target 50个', 'target 30个']);
    expect(roles('力争全年完成投资500亿元，达到年计划的110%。', 2025, 'actual')).toEqual(['target 500亿元', 'target 110%']);
  });
  it('must not fire: 计划 only names what a count done is counted among; progress with no aim reports', () => {
    expect(roles('今年计划开工项目中，有158个已开工。')).toEqual(['actual 158个']);
    expect(roles('完成投资368.7亿元，占年计划的64.26%。')).toEqual(['actual 368.7亿元', 'actual 64.26%']);
  });
});

describe('STRIVING: a clause that strives for the goal it names plans it', () => {
  it('fires: 确保完成目标任务的100%', () => {
    expect(plannedInClause('全年确保完成目标任务', 6)).toBe(true);
    expect(roles('全年确保完成目标任务的100%。', 2024, 'actual')).toEqual(['target 100%']);
  });
  it('must not fire: a goal named (目标, 预期) before a share of it reached is no striving', () => {
    expect(roles('就业目标任务完成情况：城镇新增就业2526人，完成目标任务的103.1%。', 2024, 'actual')).toEqual(['actual 2526人', 'actual 103.1%']);
    expect(roles('预期性指标完成全年目标的105%。', 2024, 'actual')).toEqual(['actual 105%']);
  });
});

describe('PLANNED_OR_DUE: a total or a season planned, foreseen, set as a task or due by a date is no work done', () => {
  it('fires: 计划, 预期 before 共完成; a season foreseen or tasked', () => {
    expect(roles('今年计划共完成人工造林2万亩。', 2025, 'actual')).toEqual(['target 2万亩']);
    expect(roles('预期全年共完成人工造林2万亩。', 2025, 'actual')).toEqual(['target 2万亩']);
    expect(plannedSeasonEnds('2025/2026榨季，全县预计入榨糖料蔗130万吨。')).toEqual([2026]);
    expect(plannedSeasonEnds('2025/2026榨季，全县入榨任务为130万吨。')).toEqual([2026]);
  });
  it('must not fire: a total reported at a year’s end, its 任务 after it; a season only reported', () => {
    expect(reported('去年年底全县合计完成农村公路建设120公里。')).toEqual(['actual 120公里']);
    expect(reported('上半年共完成造林任务3.6万亩。')).toEqual(['actual 3.6万亩']);
    expect(plannedSeasonEnds('2023/2024榨季，全县入榨糖料蔗120万吨。')).toEqual([]);
  });
});

describe('AIMS_SET: a sentence with a 将 and any other aim word sets aims for the sentences after it', () => {
  const lede = '某市第九届人民代表大会第三次会议1月9日开幕，市长某某作政府工作报告。\n';
  const aims = '报告指出，2024年某市主要预期目标是：地区生产总值增长6%左右。\n';
  const aimsAfter = (text: string) =>
    extractPlan(text)
      .targets.map((t) => `${t.value}${t.unit ?? ''}`)
      .sort();
  it('fires: 将 with 推动 plans on', () => {
    const text = `${lede}报告提到，2023年某市旅游总收入达到96亿元。今年将推动新建景区5个。改造游客中心8个。\n`;
    expect(aimsAfter(text)).toContain('8个');
  });
  it('must not fire: 主要 holds no aim 要, its 将 only foresees', () => {
    const text = `${lede}报告提到，2023年某市文旅市场回暖，接待游客人次增长25%。冬季主要景区接待游客将突破800万人次。旅游总收入达到96亿元。\n${aims}`;
    expect(aimsAfter(text)).not.toContain('96亿元');
  });
});
