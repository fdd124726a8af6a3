/**
 * 小于/大于 alone before a figure (a ceiling, a strict floor), and a floor held: 保住/守住 before the figure, 底线 after it.
 * Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('小于 and 大于 bind the figure after them', () => {
  it.each([
    ['今年，城镇登记失业率小于4%，粮食产量稳定在20万吨。', ['target 城镇登记失业率 share <= 4%', 'target 粮食产量 level ~ 20万吨']],
    ['到2027年，森林覆盖率大于45%。', ['target 森林覆盖率 share > 45%']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a floor held: 保住/守住 … 底线', () => {
  it.each([
    ['全年地区生产总值增长保住5%底线、争取6%。', ['target 地区生产总值 growth >= 5%', 'target 地区生产总值 growth = 6%']],
    ['今年规上工业增加值增长守住4%的底线。', ['target 规上工业增加值 growth >= 4%']],
    ['今年粮食总产量保住50万吨。', ['target 粮食总产量 level >= 50万吨']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // 不小于 and 小于等于 keep their own longer words
    ['今年绿地率不小于35%，用水量小于等于20万吨。', ['target 绿地率 share >= 35%', 'target 用水量 level <= 20万吨']],
    // a red line or a floor with no figure of its own, and one before the noun it sizes
    ['今年要守住不发生规模性返贫的底线。', []],
    // 底线 after a count's unit is a line's name, no floor (1条底线)
    ['今年坚持1条底线。', []],
    // a figure before 保住 is read as before
    ['去年全市粮食产量120万吨，保住了基本盘。', ['actual 粮食产量 level = 120万吨']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('至少 before the verb that counts the figure', () => {
  it.each([
    ['今年，每个乡镇至少新建村级服务站3个。', ['target 村级服务站 increment >= 3个']],
    ['今年，全县至少新增规上企业10家。', ['target 规上企业 increment >= 10家']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // no 至少: a bare figure
    ['今年，全县新增规上企业10家。', ['target 规上企业 increment = 10家']],
    // a bound after the figure still wins
    ['今年，全县至少新增规上企业10家左右。', ['target 规上企业 increment ~ 10家']],
  ])('must not fire: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
