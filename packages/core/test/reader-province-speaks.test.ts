/**
 * A province's text that speaks as the province (我省) while it names one of its cities more often (a reading of the
 * province's report for that city): on invented texts, the province stays the region; a city's text that quotes 我省 keeps its city.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const regionOf = (text: string) => extractPlan(text).region;

const forCity = [
  '昨日，省发改委向大会提交了计划报告。全省地区生产总值增长6.5%。全省固定资产投资增长7%。',
  '报告提出支持泉州打造先进制造业城市。泉州要发展数字经济。泉州将建设港口。泉州将扩大开放。',
];

describe('a province’s report read for one of its cities', () => {
  it('stays the province when the text says 我省', () => {
    expect(regionOf([...forCity, '今年我省要强化创新驱动。'].join('\n'))).toBe('福建省');
  });
});

describe('texts the rule must leave alone', () => {
  it('keeps a city whose text quotes 我省 once', () => {
    const text = ['泉州市召开会议。全市地区生产总值增长6%。全市固定资产投资增长7%。', '会议指出，我省经济稳中向好，全市要抓好落实。'].join('\n');
    expect(regionOf(text)).toBe('泉州市');
  });

  it('keeps a city’s own 我市 out of it (a county-level city under a prefecture)', () => {
    const text = ['我市地区生产总值增长6%。全市固定资产投资增长7%。', '晋江坚持创新。晋江市将建设园区。晋江市扩大开放。泉州市领导出席。'].join('\n');
    expect(regionOf(text)).not.toBe('福建省');
  });
});
