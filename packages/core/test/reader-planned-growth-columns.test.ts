/**
 * A mid-year report's table whose target column is a growth the header says is aimed at (预期增长(%))
 * beside a part-of-year column whose header writes the unit in brackets (上半年完成(%)), and the same
 * table flattened one `cell |` per line. Invented tables (never corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const targetsOf = (text: string) =>
  extractPlan(text).targets.map((t) => `${t.metric.slice(0, 8)} ${t.kind} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`);
const actualsOf = (text: string) =>
  extractPlan(text).actuals.map(
    (a) => `${a.metric.slice(0, 8)} ${a.kind} ${a.value}${a.unit ?? ''} ${a.period.year} ${a.period.fromMonth ?? ''}-${a.period.toMonth ?? ''}`,
  );

const TITLE = '关于某县2024年上半年计划执行情况的报告';
const CAPTION = '2024年主要预期目标完成情况';

describe('a growth column headed 预期 or 目标 in a table of results', () => {
  const text = [
    TITLE,
    CAPTION,
    '指标名称\t预期增长(%)\t上半年完成(%)',
    '农业总产值\t5左右\t3.2',
    '工业用电量\t7以上\t-1.5',
    '城镇新增就业\t4500人以上\t2300人',
  ].join('\n');

  it('gives the year’s targets, a cell’s own unit winning over the header’s', () => {
    expect(targetsOf(text)).toEqual(['农业总产值 growth ~ 5% 2024', '工业用电量 growth >= 7% 2024', '城镇新增就业 increment >= 4500人 2024']);
  });

  it('reads the part of the year under a header that writes its unit, as results of those months', () => {
    expect(actualsOf(text)).toEqual(['农业总产值 growth 3.2% 2024 1-6', '工业用电量 growth -1.5% 2024 1-6', '城镇新增就业 increment 2300人 2024 1-6']);
  });

  it('reads the same table flattened one cell per line under a line of pipes', () => {
    const flat = [
      TITLE,
      CAPTION,
      '|',
      '指标名称 |',
      '预期增长(%) |',
      '上半年完成(%) |',
      '|',
      '农业总产值 |',
      '5左右 |',
      '3.2 |',
      '|',
      '工业用电量 |',
      '7以上 |',
      '-1.5 |',
      '|',
      '下面是正文。',
    ].join('\n');
    expect(targetsOf(flat)).toEqual(['农业总产值 growth ~ 5% 2024', '工业用电量 growth >= 7% 2024']);
    expect(actualsOf(flat)).toEqual(['农业总产值 growth 3.2% 2024 1-6', '工业用电量 growth -1.5% 2024 1-6']);
  });
});

describe('must not fire', () => {
  it('keeps a plain growth column of a table of results a result', () => {
    const text = ['某县2023年统计公报', '主要指标完成情况', '指标名称\t2023年\t增长(%)', '农业总产值\t120亿元\t4.1'].join('\n');
    expect(targetsOf(text)).toEqual([]);
  });

  it('keeps a growth column headed 实际 a result beside a part of the year', () => {
    const text = [TITLE, CAPTION, '指标名称\t实际增长(%)\t上半年完成(%)', '农业总产值\t4.8\t3.2'].join('\n');
    expect(targetsOf(text)).toEqual([]);
  });

  it('lets the row’s own unit win over the header’s', () => {
    const text = [TITLE, CAPTION, '指标名称\t年度目标\t上半年完成(%)', '粮食产量（万吨）\t30\t12'].join('\n');
    expect(actualsOf(text).map((a) => a.split(' ')[2])).toEqual(['12万吨']);
  });

  it('does not take a bracket that is no unit (按可比价计算) as the header’s unit', () => {
    const text = [TITLE, CAPTION, '指标名称\t年度目标\t上半年完成(按可比价计算)', '农业总产值\t5%\t3'].join('\n');
    expect(actualsOf(text).every((a) => !a.includes('%'))).toBe(true);
  });
});

const metricsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''}`);

describe('a cell that gives the gap to the target', () => {
  const text = (cell: string) => [TITLE, CAPTION, '指标名称\t预期增长(%)\t上半年完成(%)', `居民消费价格涨幅\t3左右\t${cell}`].join('\n');

  it('names the gap in the metric (低于控制目标2.1个百分点)', () => {
    expect(metricsOf(text('低于控制目标1.2个百分点'))).toEqual(['居民消费价格涨幅低于控制目标 1.2百分点']);
    expect(metricsOf(text('高于目标0.3个百分点'))).toEqual(['居民消费价格涨幅高于目标 0.3百分点']);
  });

  it('must not read other words before a figure, nor change a plain cell’s metric', () => {
    expect(metricsOf(text('低于全省1.2个百分点'))).toEqual([]);
    expect(metricsOf(text('1.8'))).toEqual(['居民消费价格涨幅 1.8%']);
  });
});
