/**
 * Shape catalogue (round 28, r28t): indicator tables as real pages print them. A goal label printed over the columns it
 * splits (1), a bracketed running total to reach and a cell of named parts (2), a quoted table whose labels carry a gloss
 * and whose cells lost a bracket (3), a period named whole and an estimate of its end (4), a two-line header whose
 * second line splits a year (5), a results table with a 目标（%） column (6), footnote marks closing names (7), a table
 * printed with spaces whose rows are one width (8), a unit with its multiplier in the cell (9). Must-not-fire passages
 * after each: a goal label that heads its own column, a figure in round brackets outside a 〔累计〕 column, prose of a period,
 * prose lines wrapped at a page's width.
 * Invented passages only (云岭县, 青禾县, own figures).
 */
import { extractPlan } from './extract.ts';
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { entriesInOrder } from '../../test/entries-in-order.ts';

/** Each entry as `T metric | kind cmp value unit year attribute` or `A metric | kind value unit year label`, in text order. */
const read = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text, {}),
    (t) => `T ${t.metric} | ${t.kind} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}${t.attribute ? ` ${t.attribute}` : ''}`,
    (a) => `A ${a.metric} | ${a.kind} ${a.value}${a.unit ?? ''} ${a.period.year}${a.period.label ? ` ${a.period.label}` : ''}${a.estimate ? ' 预计' : ''}`,
  );

/** Cells one a line, each closed by a pipe as a reposted page's table is. */
const piped = (...cells: string[]): string => cells.map((c) => `${c} |`).join('\n');
/** Rows of cells between tabs. */
const tabs = (...rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');
/** Rows of cells between runs of spaces. */
const spaces = (...rows: string[][]): string => rows.map((r) => r.join('    ')).join('\n');

const FYP = '云岭县“十四五”农业农村现代化规划（2021—2025年）\n专栏 主要指标\n';
const SPACED_ROWS: [string, string][] = [
  ['农业总产值', '亿元'],
  ['粮食产量', '万吨'],
  ['农产品加工产值', '亿元'],
  ['乡村旅游收入', '亿元'],
  ['农村网络零售额', '亿元'],
  ['家庭农场数量', '家'],
  ['农民合作社数量', '家'],
];

export const CATALOGUE: [string, string, string[]][] = [
  [
    '1a one label a line with pipes: “十四五”目标 over 2025年 | 年均[累计], each row a 序号 and two value cells',
    '表：青禾县“十四五”规划主要指标\n' +
      piped('序号', '指 标', '单位', '属性', '“十四五”目标', '', '2025年', '年均[累计]') +
      '\n||||\n' +
      piped(
        '1',
        '地区生产总值年均增长率',
        '%',
        '预期性',
        '-',
        '6左右',
        '2',
        '农业劳动生产率',
        '万元/人',
        '预期性',
        '8左右',
        '-',
        '3',
        '城镇调查失业率',
        '%',
        '预期性',
        '-',
        '<5.5',
      ),
    ['T 地区生产总值 | growth ~ 6% 2025 预期性', 'T 农业劳动生产率 | level ~ 8万元/人 2025 预期性', 'T 城镇调查失业率 | share <= 5.5% 2025 预期性'],
  ],
  [
    '1b must-not-fire: a goal label with no year after it heads its own column',
    FYP + piped('指标', '“十四五”目标', '属性', '森林覆盖率（%）', '62', '约束性', '粮食产量（万吨）', '12', '约束性'),
    ['T 森林覆盖率 | share = 62% 2025 约束性', 'T 粮食产量 | level = 12万吨 2025 约束性'],
  ],
  [
    '1c one label a line: 规划目标 over 2025年 | 年均增长（%）, after 2020年 — no value word of the year above it',
    FYP +
      [
        '指标',
        '2020年',
        '规划目标',
        '2025年',
        '年均增长（%）',
        '属性',
        '地区生产总值（亿元）',
        '265',
        '380',
        '7.5',
        '预期性',
        '粮食产量（万吨）',
        '30',
        '32',
        '1.3',
        '约束性',
      ].join('\n'),
    [
      'A 地区生产总值 | level 265亿元 2020 2020年',
      'T 地区生产总值 | level = 380亿元 2025 预期性',
      'T 地区生产总值 | growth = 7.5% 2025 预期性',
      'A 粮食产量 | level 30万吨 2020 2020年',
      'T 粮食产量 | level = 32万吨 2025 约束性',
      'T 粮食产量 | growth = 1.3% 2025 约束性',
    ],
  ],
  [
    '2a a running total to reach in the cumulative column’s brackets: a level >= of the period’s end',
    '表：青禾县“十四五”规划主要指标\n' +
      piped('序号', '指标', '单位', '属性', '“十四五”目标', '', '2025年', '年均[累计]') +
      '\n' +
      piped('1', '高新技术企业数量', '家', '预期性', '-', '[累计达到300]', '2', '亩均工业增加值提升', '%', '预期性', '-', '[15]'),
    ['T 高新技术企业数量 | level >= 300家 2025 预期性', 'T 亩均工业增加值 | growth = 15% 2025 预期性'],
  ],
  [
    '2b a cell of named parts, each with its five-year total: a figure a part, named by it',
    '表：青禾县“十四五”规划主要指标\n' +
      piped('序号', '指标', '单位', '属性', '“十四五”目标', '', '2025年', '年均[累计]') +
      '\n' +
      piped('1', '老旧小区改造面积', '万平 方米', '约束性', '-', '[成片:五年累计约60 零星:五年累计约12]', '2', '森林覆盖率', '%', '约束性', '45', '-'),
    [
      'T 老旧小区改造面积（成片） | level ~ 60万平方米 2025 约束性',
      'T 老旧小区改造面积（零星） | level ~ 12万平方米 2025 约束性',
      'T 森林覆盖率 | share = 45% 2025 约束性',
    ],
  ],
  [
    '3a a quoted table: labels glossed in brackets, 年均增(5年累计), 一 for an empty cell, brackets the page mismatched',
    '材料一：某规划的主要指标，部分如下图所示：\n' +
      piped(
        '指标',
        '2020年基期值(起始日期用作比较的数据)',
        '2025年目标值(各项目标应达到的水平)',
        '年均增(5年累计)',
        '水产品产量(万吨)',
        '一',
        '>80',
        '一',
        '农机化率(%)',
        '70',
        '76',
        '[6)',
        '高标准农田面积(万亩)',
        '40',
        '52',
        '(12)',
      ),
    [
      'T 水产品产量 | level > 80万吨 2025',
      'A 农机化率 | share 70% 2020 2020年',
      'T 农机化率 | share = 76% 2025',
      'T 农机化率 | share = 6百分点 2025',
      'A 高标准农田面积 | level 40万亩 2020 2020年',
      'T 高标准农田面积 | level = 52万亩 2025',
      'T 高标准农田面积 | increment = 12万亩 2025',
    ],
  ],
  [
    '3b must-not-fire: a figure in round brackets under a plain target column (a note’s number) gives nothing',
    FYP + tabs(['指标', '2020年', '2025年', '属性'], ['地区生产总值（亿元）', '265', '(3)', '预期性'], ['森林覆盖率（%）', '60', '62', '约束性']),
    ['A 地区生产总值 | level 265亿元 2020 2020年', 'A 森林覆盖率 | share 60% 2020 2020年', 'T 森林覆盖率 | share = 62% 2025 约束性'],
  ],
  [
    '4a “十四五”期间: the changes over the period, due at its end; the 2020 column beside it a base',
    FYP +
      tabs(
        ['指标', '2020年', '“十四五”期间', '属性'],
        ['地区生产总值年均增长（%）', '3.5', '7左右', '预期性'],
        ['城镇新增就业（万人）', '0.7', '〔3.5〕', '预期性'],
      ),
    [
      'A 地区生产总值 | growth 3.5% 2020 2020年',
      'T 地区生产总值 | growth ~ 7% 2025 预期性',
      'A 城镇新增就业 | increment 0.7万人 2020 2020年',
      'T 城镇新增就业 | increment = 3.5万人 2025 预期性',
    ],
  ],
  [
    '4b 预计“十四五”末 in a mid-term review: an estimate of 2025',
    '云岭县“十四五”规划实施中期评估报告\n' +
      tabs(['指标', '2020年', '2022年', '预计“十四五”末', '属性'], ['地区生产总值（亿元）', '250', '300', '385', '预期性']),
    ['A 地区生产总值 | level 250亿元 2020 2020年', 'A 地区生产总值 | level 300亿元 2022 2022年', 'A 地区生产总值 | level 385亿元 2025 2025年 预计'],
  ],
  [
    '4c must-not-fire: prose of the period keeps its reading',
    '云岭县“十四五”规划纲要\n“十四五”期间，全县地区生产总值年均增长7%左右，城镇新增就业累计达到3.5万人。',
    ['T 地区生产总值 | growth ~ 7% 2025', 'T 城镇新增就业 | increment >= 3.5万人 2025'],
  ],
  [
    '5a a two-line header: 2025年 over 绝对值 | 年均增长（%）',
    FYP +
      tabs(
        ['指标', '2020年', '2025年', '', '属性'],
        ['', '', '绝对值', '年均增长（%）', ''],
        ['地区生产总值（亿元）', '265', '380', '7.5', '预期性'],
        ['一般公共预算收入（亿元）', '20', '27', '6', '预期性'],
      ),
    [
      'A 地区生产总值 | level 265亿元 2020 2020年',
      'T 地区生产总值 | level = 380亿元 2025 预期性',
      'T 地区生产总值 | growth = 7.5% 2025 预期性',
      'A 一般公共预算收入 | level 20亿元 2020 2020年',
      'T 一般公共预算收入 | level = 27亿元 2025 预期性',
      'T 一般公共预算收入 | growth = 6% 2025 预期性',
    ],
  ],
  [
    '6a a results table under its caption: 增长 reached, 目标（%） the growth aimed at',
    '云岭县2024年政府工作报告\n表1 2023年主要指标完成情况\n' +
      tabs(['指标', '绝对值', '增长（%）', '目标（%）'], ['地区生产总值（亿元）', '265', '6.1', '6'], ['固定资产投资（亿元）', '120', '8.2', '8']),
    [
      'A 地区生产总值 | level 265亿元 2023 2023年',
      'A 地区生产总值 | growth 6.1% 2023 2023年',
      'T 地区生产总值 | growth = 6% 2023',
      'A 固定资产投资 | level 120亿元 2023 2023年',
      'A 固定资产投资 | growth 8.2% 2023 2023年',
      'T 固定资产投资 | growth = 8% 2023',
    ],
  ],
  [
    '7a footnote marks closing names (①, [2]) are no part of the metric',
    FYP +
      tabs(['指标', '2020年', '2025年', '属性'], ['全员劳动生产率①（万元/人）', '10', '13', '预期性'], ['数字经济核心产业占比[2]（%）', '6', '9', '预期性']),
    [
      'A 全员劳动生产率 | level 10万元/人 2020 2020年',
      'T 全员劳动生产率 | level = 13万元/人 2025 预期性',
      'A 数字经济核心产业占比 | share 6% 2020 2020年',
      'T 数字经济核心产业占比 | share = 9% 2025 预期性',
    ],
  ],
  [
    '8a a table printed with spaces, seven rows of one width: no page wrap joins them',
    FYP +
      spaces(
        ['序号', '指标', '单位', '2020年', '2025年', '属性'],
        ...SPACED_ROWS.map(([name, unit], k) => [String(k + 1), name, unit, String(30 + k), String(40 + k), '预期性']),
      ),
    SPACED_ROWS.flatMap(([name, unit], k) => [`A ${name} | level ${30 + k}${unit} 2020 2020年`, `T ${name} | level = ${40 + k}${unit} 2025 预期性`]),
  ],
  [
    '8b must-not-fire: prose wrapped at a page’s width still joins (single spaces only)',
    '云岭县2024年政府工作报告\n' +
      [
        '今年全县经济社会发展的主要预期目标是：地区生产总值增',
        '长6%左右，一般公共预算收入增长5%，固定资产投资增长',
        '8%，社会消费品零售总额增长7%，城乡居民人均可支配收',
        '入分别增长6%和7.5%，粮食产量稳定在30万吨以上，单位',
        '地区生产总值能耗完成市下达任务，各项工作取得新成效。',
        '全县上下要坚定信心，真抓实干，确保各项目标任务圆满',
        '完成，为全面建设社会主义现代化国家作出新的更大贡献。',
      ].join('\n'),
    [
      'T 地区生产总值 | growth ~ 6% 2024',
      'T 一般公共预算收入 | growth = 5% 2024',
      'T 固定资产投资 | growth = 8% 2024',
      'T 社会消费品零售总额 | growth = 7% 2024',
      'T 城镇居民人均可支配收入 | growth = 6% 2024',
      'T 农村居民人均可支配收入 | growth = 7.5% 2024',
      'T 粮食产量 | level >= 30万吨 2024',
    ],
  ],
  [
    '9a a unit written with its multiplier in the cell (亿人次): the multiplier on the figure',
    FYP + tabs(['指标', '2020年', '2025年', '属性'], ['乡村旅游接待人数', '1.2亿人次', '1.6亿人次', '预期性']),
    ['A 乡村旅游接待人数 | level 120000000人次 2020 2020年', 'T 乡村旅游接待人数 | level = 160000000人次 2025 预期性'],
  ],
];

/** Shapes the reader does not read yet, pinned to today's reading (none). */
const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('catalogue r28t: indicator tables as real pages print them', CATALOGUE, PENDING, read);
