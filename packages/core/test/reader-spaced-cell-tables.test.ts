/**
 * A results table copied from a web page with each cell a paragraph of its own (a blank line after
 * every cell), on invented text (never corpus text): 预期目标 | 完成情况 | 全省排名 under a caption that
 * names the reviewed year.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';

const cells = (...lines: string[]): string => lines.join('\n\n');

const SPACED_TABLE = [
  '某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
  '',
  '一、2023年计划执行情况',
  '',
  '表1  某县2023年主要经济指标完成情况',
  '',
  cells(
    '指标名称',
    '预期目标',
    '完成情况',
    '全市排名',
    '规上工业增加值增长(%)',
    '7%左右',
    '6.2%',
    '3',
    '一般公共预算收入增长(%)',
    '5%',
    '5.8%',
    '11',
    '城镇调查失业率(%)',
    '5.5%以内',
    '4.9%',
    '农村居民人均可支配收入增长(%)',
    '7.5%',
    '7.9%',
    '2',
  ),
  '',
  '二、2024年主要目标',
  '',
  '全县地区生产总值增长6%左右。',
].join('\n');

describe('a table flattened one cell per paragraph', () => {
  it('keeps each cell a paragraph for the indicator reader; a row whose rank cell was left empty ends before the next name', () => {
    expect(cleanText(SPACED_TABLE).text).toContain(cells('5.5%以内', '4.9%', '农村居民人均可支配收入增长（%)'));
    const ranks = extractPlan(SPACED_TABLE).actuals.filter((a) => a.kind === 'rank');
    expect(ranks.map((a) => a.value)).toEqual([3, 11, 2]);
  });

  it('reads 预期目标 as the targets and 完成情况 as the results of the year the caption names', () => {
    const plan = extractPlan(SPACED_TABLE);
    const targets = plan.targets.map((t) => [t.metric, t.comparator, t.value, t.year]);
    expect(targets).toContainEqual(['规上工业增加值', '~', 7, 2023]);
    expect(targets).toContainEqual(['城镇调查失业率', '<=', 5.5, 2023]);
    const actuals = plan.actuals.map((a) => [a.metric, a.value, a.period.year]);
    expect(actuals).toContainEqual(['规上工业增加值', 6.2, 2023]);
    expect(actuals).toContainEqual(['一般公共预算收入', 5.8, 2023]);
    expect(actuals).toContainEqual(['城镇调查失业率', 4.9, 2023]);
    expect(actuals).toContainEqual(['农村居民人均可支配收入', 7.9, 2023]);
    // The rank column gives places reached, in the scope its header names.
    const ranks = plan.actuals.filter((a) => a.kind === 'rank').map((a) => [a.metric, a.value, a.rankScope, a.period.year]);
    expect(ranks).toEqual([
      ['规上工业增加值增长', 3, '全市', 2023],
      ['一般公共预算收入增长', 11, '全市', 2023],
      ['农村居民人均可支配收入增长', 2, '全市', 2023],
    ]);
  });

  it('leaves alone paragraphs and short lines that are not such a table', () => {
    const prose = cells('主要目标', '地区生产总值增长6%', '完成情况良好', '固定资产投资增长8%', '指标完成情况');
    expect(cleanText(prose).text).toBe(prose);
    // Header-like lines two blank lines apart are no spaced table.
    const loose = ['指标名称', '', '', '预期目标', '', '', '完成情况', '', '', '增长6%'].join('\n');
    expect(cleanText(loose).text).toBe(loose);
    // A list of targets, one a paragraph, is read as sentences.
    const list = cells('目标：', '地区生产总值增长6%左右', '一般公共预算收入增长5%');
    expect(extractPlan(list).targets.map((t) => t.value)).toEqual([6, 5]);
  });

  it('reads no rank column in a table of targets only', () => {
    const table = ['指标名称\t2025年目标\t全省排名', '地区生产总值（亿元）\t500\t5'].join('\n');
    const plan = extractPlan(table);
    expect(plan.actuals).toEqual([]);
    expect(plan.targets.map((t) => t.value)).toEqual([500]);
  });

  it('keeps a 完成情况 column as no results when no target column stands beside it', () => {
    const table = ['指标\t2022年\t2023年\t完成情况', '粮食产量（万吨）\t30\t31\t较好'].join('\n');
    const plan = extractPlan(table);
    // A text of results only (no word sets a target): each year's column holds that year's result (r26t).
    expect(plan.actuals.map((a) => [a.value, a.period.year])).toEqual([
      [30, 2022],
      [31, 2023],
    ]);
  });
});

describe('a figure at comparable prices in brackets after a cell’s own', () => {
  const table = ['指标名称\t单位\t年度目标\t全年完成', '人均产出增长率\t%\t6左右\t9.8(可比6.1)', '税收收入增长\t%\t5\t4.2(同口径5.0)'].join('\n');
  it('gives the row a second result, its metric marked 可比价; other brackets do not', () => {
    const plan = extractPlan(`某区2023年主要指标完成情况\n${table}`);
    const actuals = plan.actuals.map((a) => [a.metric, a.value]);
    expect(actuals).toContainEqual(['人均产出', 9.8]);
    expect(actuals).toContainEqual(['人均产出（可比价）', 6.1]);
    expect(actuals.some(([m]) => String(m).includes('同口径'))).toBe(false);
    // 4.2(同口径5.0): a bracket that is no comparable price leaves the cell as before, unread.
    expect(actuals.some(([, v]) => v === 5.0 || v === 4.2)).toBe(false);
  });
});
