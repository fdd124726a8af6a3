/**
 * Plants (株), copies (份) and books or certificates (本) counted: units of their own, the 万 of 株 and 份 kept in the unit
 * (not counting units of the corpus conventions). Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) =>
  readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.comparator ?? ''} ${s.value}${s.unit}`.replace('  ', ' '));

describe('株, 份 and 本 after a number', () => {
  it.each([
    ['到2027年，全县义务植树300万株，森林覆盖率达到60%。', ['target 义务植树 = 300万株', 'target 森林覆盖率 >= 60%']],
    ['今年，全区繁育苗木80万余株。', ['target 繁育苗木 > 80万株']],
    ['今年，发放防疫物资包2.5万余份。', ['target 防疫物资包 > 2.5万份']],
    ['今年，新增各类资质证书12本以上。', ['target 各类资质证书 >= 12本']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // 一份 is an article, not a copy counted
    ['今年要交出一份满意的答卷。', []],
    // 份额 is a share of a market; 株洲 a city's name
    ['今年，长沙、株洲、湘潭3市联动发展。', []],
    // 本地, 本科: 本 opening a word
    ['今年，引进3本地龙头企业，招收2000本科生。', []],
    // a count in 个 keeps its reading beside them
    ['今年，建成苗圃5个。', ['target 苗圃 = 5个']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
