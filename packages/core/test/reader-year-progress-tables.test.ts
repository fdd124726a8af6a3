/**
 * A mid-year report's table of the year's targets beside what the months so far reached
 * (指标名称 | 年度目标 | 上半年完成): the part-of-year column, amounts with their unit in the cell, and
 * percentages on amounts. Invented tables (never corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const progress = (header: string, rows: string[]) => ['某县2024年一季度经济运行情况报告', `${header}`, ...rows].join('\n');

const targetsOf = (text: string) =>
  extractPlan(text).targets.map((t) => `${t.metric.slice(0, 8)} ${t.kind} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`);
const actualsOf = (text: string) =>
  extractPlan(text).actuals.map(
    (a) => `${a.metric.slice(0, 8)} ${a.kind} ${a.value}${a.unit ?? ''} ${a.period.year} ${a.period.fromMonth ?? ''}-${a.period.toMonth ?? ''}`,
  );

describe('a column of a part of the year', () => {
  it('gives results over those months of the report’s own year', () => {
    const text = progress('指标名称 | 全年目标 | 一季度完成 |', ['1.农业总产值 | 7%左右 | 4.2% |', '2.固定资产投资 | 80亿元 | 21.5亿元 |']);
    expect(actualsOf(text)).toEqual(['农业总产值 growth 4.2% 2024 1-3', '固定资产投资 level 21.5亿元 2024 1-3']);
  });

  it('reads 前三季度 and 1-9月完成 as the first nine months', () => {
    const a = progress('指标名称 | 年度目标 | 前三季度 |', ['1.规上工业增加值 | 9% | 8.1% |']);
    const b = progress('指标名称 | 年度目标 | 1-9月完成 |', ['1.规上工业增加值 | 9% | 8.1% |']);
    expect(actualsOf(a)).toEqual(['规上工业增加值 growth 8.1% 2024 1-9']);
    expect(actualsOf(b)).toEqual(['规上工业增加值 growth 8.1% 2024 1-9']);
  });
});

describe('an amount with its unit written in the cell', () => {
  it('is read with that unit, as a target and as a result', () => {
    const text = progress('指标名称 | 年度目标 | 上半年完成 |', ['1.招商引资到位资金 | 120亿元 | 66.3亿元 |', '2.城镇新增就业 | 3000人以上 | 1650人 |']);
    expect(targetsOf(text)).toEqual(['招商引资到位资金 level = 120亿元 2024', '城镇新增就业 increment >= 3000人 2024']);
    expect(actualsOf(text).map((a) => a.split(' ').slice(0, 3).join(' '))).toEqual(['招商引资到位资金 level 66.3亿元', '城镇新增就业 increment 1650人']);
  });

  it('leaves a cell of a year, a date or an unknown word unread', () => {
    const text = progress('指标名称 | 年度目标 | 上半年完成 |', ['1.项目竣工 | 2024年 | 6月 |', '2.园区扩区 | 3批次 | 1批次 |']);
    expect(targetsOf(text)).toEqual([]);
    expect(actualsOf(text)).toEqual([]);
  });
});

describe('a percentage on an amount', () => {
  it('is the amount’s change when the cell writes the %', () => {
    const text = progress('指标名称 | 年度目标 | 上半年完成 |', [
      '1.地区生产总值 | 6.5%以上 | 5.9% |',
      '2.社会消费品零售总额 | 7% | 6.6% |',
      '#限额以上零售额（县属） | 8% | 9.2% |',
    ]);
    expect(targetsOf(text).map((t) => t.split(' ').slice(0, 3).join(' '))).toEqual([
      '地区生产总值 growth >=',
      '社会消费品零售总 growth =',
      '限额以上零售额 growth =',
    ]);
    expect(actualsOf(text).map((a) => a.split(' ')[1])).toEqual(['growth', 'growth', 'growth']);
  });

  it('stays a share for a rate, a proportion, a row in % or a name that is no amount', () => {
    const text = progress('指标名称 | 年度目标 | 上半年完成 |', [
      '1.城镇调查失业率 | 5.5%以内 | 5.1% |',
      '2.民间投资占固定资产投资比重 | 50% | 47.3% |',
      '3.研发投入强度 | 2.5% | 2.3% |',
      '4.森林覆盖 | 45% | 45% |',
      '5.工业总产值（%） | 9 | 8.8 |',
    ]);
    expect(targetsOf(text).map((t) => t.split(' ').slice(0, 2).join(' '))).toEqual([
      '城镇调查失业率 share',
      '民间投资占固定资 share',
      '研发投入强度 share',
      '森林覆盖 share',
      '工业总产值 share',
    ]);
  });
});
