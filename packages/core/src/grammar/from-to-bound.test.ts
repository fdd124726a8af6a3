/**
 * 从A到突破B: a change's start figure before a bare 到 and the bound word of its end figure is a statement of its own,
 * the end's metric borrowed from it; 接近 before a figure is about it. Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) =>
  readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.max !== null ? '-' + s.max : ''}${s.unit}`);

describe('从A到突破B: two figures of one measure', () => {
  it.each([
    ['过去五年，全市工业总产值从800亿元到首次突破1200亿元。', ['actual 工业总产值 = 800亿元', 'actual 工业总产值 = 1200亿元']],
    ['五年来，全县财政收入从接近10亿元到超过15亿元。', ['actual 财政收入 = 10亿元', 'actual 财政收入 = 15亿元']],
    // in a plan the start is where things stand now, the end the target
    ['力争数字经济规模从300亿元到突破500亿元。', ['actual 数字经济规模 = 300亿元', 'target 数字经济规模 > 500亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // a range with both units stays one quantity
    ['今年新增企业从3家到5家。', ['target 企业 range 3-5家']],
    // 到 before a place after the figure, no bound word: read as before (no start of a change)
    ['去年从外地引进资金50亿元到本地。', ['actual 到本地 = 50亿元']],
    // 接近 alone: about the figure
    ['到2027年，全市常住人口接近300万人。', ['target 常住人口 ~ 300万人']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('the start of an undated change in a sentence reviewing N years is of N years before', () => {
  const periods = (text: string) =>
    readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year ?? ''} ${s.period?.label ?? ''}`);
  it.each([
    ['去年是丰收的一年。五年来，全市工业总产值从800亿元到首次突破1200亿元。', ['actual 800亿元 2018 五年前', 'actual 1200亿元 2023 五年来']],
    ['过去五年，全市工业总产值从800亿元增加到1200亿元。', ['actual 800亿元 2018 五年前', 'actual 1200亿元 2023 过去五年']],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });

  it.each([
    // no span of years in the sentence: the start keeps the sentence's year
    ['去年全市工业总产值从800亿元增加到1200亿元。', ['actual 800亿元 2023 2023年', 'actual 1200亿元 2023 2023年']],
    // a start dated by its own year keeps it
    ['五年来，城镇化率由2019年的50%提高到55%。', ['actual 50% 2019 2019年', 'actual 55% 2023 2023年']],
    // a planned change's start is where things stand now
    ['到2027年，力争城镇化率从50%提高到55%。', ['actual 50% 2024 目前', 'target 55%  ']],
  ])('must not fire: %s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });
});
