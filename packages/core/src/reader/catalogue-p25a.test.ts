/**
 * Shape catalogue (round 25, p25a): indicator tables turned on their side — a wide web table flattened block by
 * block, a line labelled 指标 naming the indicators, then a line per value header (目标值, 基期值, 属性), each label
 * before its cells or alone on the line above them, cells split by `|` or tabs. Must-not-fire: a menu of pipes, prose
 * lines with pipes, a normal table's header. Invented tables only.
 */
import { describe, expect, it } from 'vitest';
import { entriesInOrder } from '../../test/entries-in-order.ts';
import { extractPlan } from './extract.ts';

const read = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text, {}),
    (t) => [`T ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`, t.attribute].filter((s) => s !== undefined).join(' '),
    (a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`,
  );

const PLAN = '青禾县乡村产业发展规划（2021—2025年）\n';

const CATALOGUE: [string, string, string[]][] = [
  [
    '1a label alone above each line of cells, pipes closing cells',
    `${PLAN}核 心 指 标 |\n果蔬加工转化率 | 农村电商覆盖率 | 休闲农庄数量 |\n2025 年 目 标 值 |\n72% | 88% | 140个 |\n属 性 | 预期性 | 约束性 | 预期性 |\n`,
    ['T = 72% 2025 预期性', 'T = 88% 2025 约束性', 'T = 140个 2025 预期性'],
  ],
  [
    '1b label opening each line (指标 | a | b)',
    `${PLAN}指标 | 果蔬加工转化率 | 农村电商覆盖率\n2020年基期值 | 55% | 61%\n2025年目标值 | 72% | 88%\n属性 | 预期性 | 约束性\n`,
    ['A 55% 2020', 'A 61% 2020', 'T = 72% 2025 预期性', 'T = 88% 2025 约束性'],
  ],
  [
    '1c tabs, with a ≥ sign in a cell, the attribute line cut',
    `${PLAN}主要指标\n高标准农田占比\t农机化率\n2025年目标值\n≥65%\t80%\n`,
    ['T >= 65% 2025', 'T = 80% 2025'],
  ],
  ['2a must not fire: a menu of pipes under a line naming 指标', `${PLAN}统计指标 |\n首页 | 新闻 | 政务公开 | 互动交流 |\n网站地图 | 联系我们 |\n`, []],
  ['2b must not fire: prose lines with pipes', `${PLAN}指标说明 |\n本表数据来源于县统计局 | 部分数据为初步统计 |\n今年以来 | 全县上下 | 扎实推进 |\n`, []],
];

describe('shape catalogue p25a: indicator tables turned on their side', () => {
  it.each(CATALOGUE)('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
