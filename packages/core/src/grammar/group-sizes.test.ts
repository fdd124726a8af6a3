/**
 * The size of a group a figure is totalled over or a count is taken from (45个产业功能县实现生产总值…, 9个县中有8个…): the
 * group's size is no figure of its own. Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.role} ${s.metric} ${s.value}${s.unit}`);

describe('places a figure is totalled over, and a group a count is taken from, give no entry', () => {
  it.each([
    ['去年，32个重点开发县实现地区生产总值5120.4亿元。', ['actual 地区生产总值 5120.4亿元']],
    ['去年，全省18个县（市）完成工业增加值860亿元。', ['actual 工业增加值 860亿元']],
    ['去年，其中6个生态县实现生产总值210亿元。', ['actual 生产总值 210亿元']],
    ['去年，全市14个乡镇中有9个财政收入增长超过10%。', ['actual 财政收入 9个']],
    ['去年，全省60个县（市、区）中，38个地区生产总值增速高于全省。', ['actual 地区生产总值增速高于全省 38个']],
    ['去年，全市15个重点项目中，已竣工11个。', ['actual 已竣工 11个']],
  ])('%s', (text, want) => {
    expect(read(text).filter((e) => !e.includes('%') || e.includes('个'))).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // a verb before the places counts them; no figure after the verb; another kind of thing
    ['去年，建成5个园区，实现产值20亿元。', ['actual 园区 5个', 'actual 产值 20亿元']],
    ['去年，新增3个省级开发区。', ['actual 省级开发区 3个']],
    ['去年，建成3个产业集中区，入驻企业20家。', ['actual 产业集中区 3个', 'actual 入驻企业 20家']],
    // (projects opening the clause before 完成投资 are the sum's scope: catalogue r27x)
    ['去年，12个项目完成投资30亿元。', ['actual 投资 30亿元']],
    ['力争培育4个特色小镇，实现旅游收入8亿元。', ['target 特色小镇 4个', 'target 旅游收入 8亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('the kinds of place a bracket adds to a noun of places are part of it (县（市）, 县（市、区）)', () => {
  it.each([
    ['去年，有15个县（市）实现两位数增长。', ['actual 县（市）实现两位数增长 15个']],
    ['去年，其中7个县（市、区）负增长。', ['actual 县（市、区）负增长 7个']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('must not fire: a bracket of anything else still ends the noun', () => {
    expect(read('去年，建成8个园区（含3个省级园区）。').map((e) => e.split(' ')[1])).toContain('园区');
    expect(read('去年，新建12个站点（村）。')).toEqual(['actual 站点 12个']);
  });
});
