/**
 * A results table flattened one cell per line whose header opens with 序号, on invented text (never
 * corpus text): the first row's number `1` follows the header's last cell, which is still a header
 * cell and not a row's name a figure follows.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';

const cells = (...lines: string[]): string => lines.join('\n\n');

const NUMBERED_TABLE = [
  '关于某区2021年计划执行情况与2022年计划草案的报告',
  '',
  '一、2021年计划执行情况',
  '',
  '表1  2021年某区主要目标完成情况',
  '',
  cells(
    '序号',
    '指标名称',
    '目标值',
    '预计完成情况',
    '1',
    '社会消费品零售总额增长',
    '6%左右',
    '6.4%',
    '2',
    '新增就业岗位',
    '3000个',
    '3215个',
    '3',
    '研发投入占比',
    '3%以上',
    '3.2%',
  ),
  '',
  '二、2022年主要目标',
  '',
  '全区地区生产总值增长6%左右。',
].join('\n');

describe('a flattened table whose header opens with 序号', () => {
  it('keeps the cells one a paragraph: the first row number after the header is a cell, no figure of the words around it', () => {
    // The indicator reader reads the header (序号 … 预计完成情况, its last cell before the 1) and rows by their shapes.
    expect(cleanText(NUMBERED_TABLE).text).toContain(cells('预计完成情况', '1', '社会消费品零售总额增长', '6%左右', '6.4%', '2'));
  });

  it('reads 目标值 as targets and 预计完成情况 as results of the captioned year', () => {
    const plan = extractPlan(NUMBERED_TABLE);
    const targets = plan.targets.map((t) => [t.metric, t.value, t.year]);
    expect(targets).toContainEqual(['就业岗位', 3000, 2021]);
    expect(targets).toContainEqual(['研发投入占比', 3, 2021]);
    // The 预计 column under a caption naming one year gives estimates of that year.
    const actuals = plan.actuals.map((a) => [a.metric, a.value, a.period.year, a.estimate]);
    expect(actuals).toContainEqual(['就业岗位', 3215, 2021, true]);
    expect(actuals).toContainEqual(['研发投入占比', 3.2, 2021, true]);
  });

  it('does not fire where no header opens with 序号, or what follows is no first row number', () => {
    // No 序号 first: 完成情况 followed by a figure is a row's name, and two cells head no table.
    const noNumber = cells('指标名称', '目标值', '完成情况', '1');
    expect(cleanText(noNumber).text).toBe(noNumber);
    // A figure other than 1 after the cells: no first row.
    const notOne = cells('序号', '指标名称', '目标值', '完成情况', '7');
    expect(cleanText(notOne).text).toBe(notOne);
    // 序号 alone then 1: no header of three cells.
    const lone = cells('序号', '1', '某项工作');
    expect(cleanText(lone).text).toBe(lone);
    // Prose paragraphs between numbers stay as they are.
    const prose = cells('序号', '全年完成目标任务。', '1');
    expect(cleanText(prose).text).toBe(prose);
  });
});

const PREFIXED_CELLS = [
  '某县2022年计划执行情况',
  '',
  '表1  2022年某县主要目标完成情况',
  '',
  '指标名称\t目标值\t完成情况',
  '税收收入\t增速6%以上\t7.2%',
  '户籍人口\t控制在52万人以内\t51.3万人',
  '工业用地出让面积\t控制在300亩以内\t达标',
].join('\n');

describe('a target cell that opens with 增速 or 控制在', () => {
  it('reads the figure after the word, with the cue after it', () => {
    const targets = extractPlan(PREFIXED_CELLS).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);
    expect(targets).toContainEqual(['税收收入', '>=', 6, '%']);
    expect(targets).toContainEqual(['户籍人口', '<=', 52, '万人']);
    expect(targets).toContainEqual(['工业用地出让面积', '<=', 300, '亩']);
  });

  it('does not read cells where other words stand before the figure or no figure follows', () => {
    const table = [
      '表1  2022年某县主要目标完成情况',
      '',
      '指标名称\t目标值\t完成情况',
      '税收收入\t增速快于全市1个百分点\t达标',
      '户籍人口\t控制在合理范围\t达标',
      '工业用地\t严格控制在300亩以内\t达标',
      '能耗\t控制在省下达目标以内\t达标',
    ].join('\n');
    // No row's name is read as a target's metric (prose reading of a cell's own words is another matter).
    const metrics = extractPlan(table).targets.map((t) => t.metric);
    for (const name of ['税收收入', '户籍人口', '工业用地', '能耗']) expect(metrics).not.toContain(name);
  });
});
