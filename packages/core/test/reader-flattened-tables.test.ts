/**
 * Tables and headlines as web pages flatten them, on invented text (never corpus text): a table
 * copied with one `cell |` per line and a line of pipes closing each row is a table; a table of
 * 完成 columns reports results; a run of stars separates a headline from its body.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';
import { splitSentences } from '../src/reader/sentences.ts';

const PIPE_TABLE = [
  '某县国民经济和社会发展第十四个五年规划纲要',
  '表1 “十三五”主要指标',
  '指 标 |', '2015年 完成 |', '2020年 完成 |', '“十三五”年均增长(%) |', '指标属性 |', '|',
  '一、经济发展 |', '|||||',
  '地区生产总值(亿元) |', '120.5 |', '180.2 |', '8.4 |', '预期性 |', '|',
  '服务业增加值比重(%) |', '35.1 |', '42.3 |', '提高7.2个百分点 |', '预期性 |', '|',
  '林木蓄积量(万立方米) |', '/ |', '3.15 |', '/ |', '|',
  '“十三五”时期，全县经济稳步发展。',
].join('\n');

describe('a table flattened with | and one cell per line', () => {
  it('joins each row\'s cells onto one tab-separated line, a group heading too', () => {
    const lines = cleanText(PIPE_TABLE).text.split('\n');
    const cells = (prefix: string) => lines.find((l) => l.startsWith(prefix))?.split(/\s*[\t|]+\s*/).filter((c) => c !== '');
    expect(lines[1]).toBe('表1“十三五”主要指标');
    expect(cells('指标')).toEqual(['指标', '2015年完成', '2020年完成', '“十三五”年均增长（%)', '指标属性']);
    expect(cells('地区生产总值')).toEqual(['地区生产总值（亿元）', '120.5', '180.2', '8.4', '预期性']);
    expect(cells('一、经济发展')).toEqual(['一、经济发展']);
  });

  it('reads a table whose dated columns say 完成 as results, its growth column included', () => {
    const plan = extractPlan(PIPE_TABLE);
    expect(plan.year).toBe(2021);
    expect(plan.targets).toEqual([]);
    const actuals = plan.actuals.map((a) => [a.metric, a.value, a.unit, a.period.year]);
    expect(actuals).toEqual([
      ['地区生产总值', 120.5, '亿元', 2015],
      ['地区生产总值', 180.2, '亿元', 2020],
      ['地区生产总值', 8.4, '%', 2020],
      ['服务业增加值比重', 35.1, '%', 2015],
      ['服务业增加值比重', 42.3, '%', 2020],
      ['服务业增加值比重', 7.2, '百分点', 2020],
      ['林木蓄积量', 3.15, '万立方米', 2020],
    ]);
  });
});

describe('a run of stars', () => {
  it('separates a reposted headline from its body; a placeholder\'s stars do not', () => {
    const text = '某市今年目标增长6%以上****** 本报讯 全市新增**家企业。';
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['某市今年目标增长6%以上', '本报讯 全市新增**家企业。']);
  });
});
