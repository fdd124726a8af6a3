/**
 * Rows of an indicator table that say less than the header: a row with no unit cell, and a figure
 * with a minus sign in a % row. Invented tables (never corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const actualsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric.slice(0, 8)} ${a.kind} ${a.value}${a.unit ?? ''} ${a.period.label}`);

const monitoring = (rows: string[]) => ['2023年某县主要经济指标监测', '分类 | 监测指标 | 单位 | 1-6月 |', ...rows].join('\n');

describe('a row that leaves its unit cell out', () => {
  it('reads the figure under the unit column as the first value, with no unit', () => {
    const text = monitoring(['民生 | 1.居民人均可支配收入增长率 | % | 6.8 |', '2.城乡居民收入倍差（以农村居民为1） | 2.41 |']);
    // (The kind of a unitless ratio is the grammar's to say; what this rule settles is the figure and its unit.)
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => `${a.metric.slice(0, 8)} ${a.value} ${a.unit || 'none'} ${a.period.label}`)).toEqual([
      '居民人均可支配收 6.8 % 1-6月',
      '城乡居民收入倍差 2.41 none 1-6月',
    ]);
  });

  it('still reads a row whose unit cell is there, and a row of words alone as no figure', () => {
    const text = monitoring(['效益 | 3.规上工业企业利润总额 | 亿元 | 45.2 |', '4.重点项目进展 | 顺利 | |']);
    expect(actualsOf(text)).toEqual(['规上工业企业利润 level 45.2亿元 1-6月']);
  });
});

describe('a % cell with a minus sign', () => {
  it('is a change when the row names an amount', () => {
    const text = monitoring(['绿色 | 5.单位地区生产总值能耗 | % | -2.6 |', '6.化学需氧量排放总量 | % | -1.5 | |']);
    expect(actualsOf(text)).toEqual(['单位地区生产总值 growth -2.6% 1-6月', '化学需氧量排放总 growth -1.5% 1-6月']);
  });

  it('stays a level for a rate or a proportion, and without a minus sign', () => {
    const text = monitoring([
      '效益 | 7.规上工业企业营业收入利润率 | % | -0.8 |',
      '8.民间投资占固定资产投资比重 | % | 48.2 | |',
      '9.单位地区生产总值能耗 | % | 2.6 | |',
    ]);
    expect(actualsOf(text).map((a) => a.split(' ')[1])).toEqual(['share', 'share', 'share']);
  });
});
