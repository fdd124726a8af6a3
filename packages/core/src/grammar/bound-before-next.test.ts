/**
 * A bound word between a count's noun and the next figure (N个…投资不低于M亿元): the next figure's comparator, no part of
 * the count's object. Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('the bound word goes to the figure after it', () => {
  it.each([
    // the projects opening the clause are the scope of their own investment, no count (corpus Decisions 25, catalogue r30x)
    ['今年，全县52个在建项目投资不低于80亿元。', ['target 52个在建项目投资 >= 80亿元']],
    ['今年，12个重点园区能耗控制在30万吨标准煤。', ['target 重点园区能耗 = 12个', 'target 重点园区能耗 <= 30万吨标准煤']],
    ['今年，6个新开工项目投资不少于20亿元。', ['target 6个新开工项目投资 >= 20亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // a bound written after the figure is read as before; the projects opening the clause are the sum's scope (catalogue r27x)
    ['今年，全县20个项目投资30亿元以上。', ['target 20个项目投资 >= 30亿元']],
    // a verb of completion still ends the object; the projects are the scope of the sum (catalogue r27x)
    ['今年，全县15个续建项目完成投资40亿元。', ['target 投资 = 40亿元']],
    // 签约 ends in 约 but is a verb, not 约 (about)
    ['今年，全县8个项目签约30亿元。', ['target 项目签约 = 8个', 'target 项目签约 = 30亿元']],
    // a one-character word ending the noun (附近) is no bound of the next figure
    ['今年，建成5个服务站附近2公里内全覆盖。', ['target 服务站附近 = 5个']],
    // no figure after the noun: nothing moves
    ['今年，全县建成10个示范村。', ['target 示范村 = 10个']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
