/**
 * Shape catalogue (round 24, r24t2): what r24t's table catalogue left — a name cell wrapped onto the next line in the
 * spaced and single-space layouts, a target cell wrapped in tabs (≥⏎90), several target years in a plan that names no
 * period, 累计 / “十四五”累计 / 年均增长 columns, a two-line header of fewer than four cells in the single-space layout —
 * and two kinds of table not yet catalogued: a 民生实事 / 重点项目 table (序号 | 项目名称 | 建设内容及规模 | 年度计划投资 |
 * 责任单位) and a progress table (指标 | 年度目标 | 1-6月完成 | 完成进度 | 责任单位), each flattened in the usual layouts.
 * Invented tables only (青禾县, own figures), each with the reading the corpus README gives it: a target per 目标值 cell
 * with the row's 属性 and its column's year, a result per base cell; a project table's figures (its content and its
 * 年度计划投资) targets of the year with the 责任单位 as lead (Decisions 8, 19); a progress table's 年度目标 a target with
 * its lead, its 完成 cell a result of the months the header names, its 完成进度 a result of kind share of those months (the
 * corpus README's "Completion ratios", 完成年计划710亿元的89.4%; r25c: m24f had made it no entry, against that convention).
 */
import { describe, expect, it } from 'vitest';
import { entriesInOrder, monthsOf } from '../../test/entries-in-order.ts';
import { extractPlan } from './extract.ts';

/** Every entry as `T cmp value unit year [attribute] [lead]` or `A value unit year[/months]`, in text order. */
const read = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text, {}),
    (t) => [`T ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`, t.attribute, t.leads[0]].filter((s) => s !== undefined).join(' '),
    (a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}${monthsOf(a.period)}`,
  );

const PLAN = '青禾县国民经济和社会发展第十四个五年规划纲要\n表1 “十四五”时期经济社会发展主要指标\n';
const THREE_ROWS = ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'A 56.4% 2020', 'T = 63% 2025 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性'];

const PROJECTS = '2024年青禾县重点民生实事项目计划表\n';
const PROJECT_ROWS = [
  'T = 12公里 2024 县住建局',
  'T = 3500万元 2024 县住建局',
  'T = 3座 2024 县水利局',
  'T = 45公里 2024 县水利局',
  'T = 1200万元 2024 县水利局',
];
const PROGRESS = '2024年1-6月青禾县主要经济指标完成情况表\n';
const PROGRESS_ROWS = [
  'T = 6% 2024 县发改委',
  'A 5.8% 2024/1-6',
  'T = 8% 2024 县经信局',
  'A 9.1% 2024/1-6',
  'T = 120亿元 2024 县发改委',
  'A 63.5亿元 2024/1-6',
];
/** The same, with the 完成进度 cell a share of the target reached (a result of the months of 1-6月完成). */
const PROGRESS_ROWS_RATIO = [...PROGRESS_ROWS, 'A 52.9% 2024/1-6'];

const CATALOGUE: [string, string, string[]][] = [
  // 1. A name cell wrapped onto the next line outside the tabbed layout.
  [
    '1a runs of spaces, the name tail alone on the next line (figures on the first)',
    `${PLAN}序号   指标名称            单位    2020年    2025年    属性\n1      地区生产总值        亿元    312       450       预期性\n2      常住人口城镇化      %       56.4      63        预期性\n       率\n3      森林覆盖率          %       71.2      74        约束性\n`,
    THREE_ROWS,
  ],
  [
    '1b runs of spaces, the figures on the line of the name tail',
    `${PLAN}序号   指标名称            单位    2020年    2025年    属性\n1      地区生产总值        亿元    312       450       预期性\n2      常住人口城镇化\n       率                  %       56.4      63        预期性\n3      森林覆盖率          %       71.2      74        约束性\n`,
    THREE_ROWS,
  ],
  [
    '1c single spaces, the figures on the line of the name tail',
    `${PLAN}序号 指标名称 单位 2020年 2025年 属性\n1 地区生产总值 亿元 312 450 预期性\n2 常住人口城镇化\n率 % 56.4 63 预期性\n3 森林覆盖率 % 71.2 74 约束性\n`,
    THREE_ROWS,
  ],
  // 2. A target cell wrapped in tabs.
  [
    '2a tabs, a comparator and its figure split over two lines (≥⏎90)',
    `${PLAN}序号\t指标名称\t单位\t2020年\t2025年\t属性\n1\t地区生产总值\t亿元\t312\t450\t预期性\n2\t地表水优良水体比例\t%\t88\t≥\n90\t约束性\n3\t森林覆盖率\t%\t71.2\t74\t约束性\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'A 88% 2020', 'T >= 90% 2025 约束性', 'A 71.2% 2020', 'T = 74% 2025 约束性'],
  ],
  // 3. Several target years in a plan that names no period.
  [
    '3a tabs, 2022年 | 2025年 | 2030年 under a title with no plan period',
    '青禾县生态环境保护规划\n表2 主要指标\n指标名称\t单位\t2022年\t2025年\t2030年\t属性\n森林覆盖率\t%\t71.2\t74\t76\t约束性\n空气质量优良天数比例\t%\t86.5\t88\t90\t约束性\n',
    ['A 71.2% 2022', 'T = 74% 2025 约束性', 'T = 76% 2030 约束性', 'A 86.5% 2022', 'T = 88% 2025 约束性', 'T = 90% 2030 约束性'],
  ],
  [
    '3b one cell per line, 现状 | 2025年 | 2035年 with no plan period',
    '青禾县城市更新行动方案\n主要指标\n指标\n2023年\n2025年\n2035年\n属性\n城市燃气管网改造（公里）\n35\n80\n200\n约束性\n',
    ['A 35公里 2023', 'T = 80公里 2025 约束性', 'T = 200公里 2035 约束性'],
  ],
  // 4. 累计 / “十四五”累计 / 年均增长 columns.
  [
    '4b tabs, 五年累计 in brackets in the target column',
    `${PLAN}指标名称\t单位\t2020年\t2025年\t属性\n城镇新增就业\t万人\t[5.2]\t[6]\t预期性\n森林覆盖率\t%\t71.2\t74\t约束性\n`,
    ['A 5.2万人 2020', 'T = 6万人 2025 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性'],
  ],
  [
    '4c runs of spaces, a 年均增长（%） column after both years',
    `${PLAN}指标名称          单位    2020年    2025年    年均增长（%）    属性\n地区生产总值      亿元    312       450       7.6              预期性\n社会消费品零售总额    亿元    126       170       6.2              预期性\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'T = 7.6% 2025 预期性', 'A 126亿元 2020', 'T = 170亿元 2025 预期性', 'T = 6.2% 2025 预期性'],
  ],
  // 5. A two-line header of fewer than four cells, single spaces.
  [
    '5a single spaces, 指标 2020年 2025年 over 基期值 目标值',
    `${PLAN}指标 2020年 2025年\n基期值 目标值\n地区生产总值（亿元） 312 450\n森林覆盖率（%） 71.2 74\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025', 'A 71.2% 2020', 'T = 74% 2025'],
  ],
  // 6. A 民生实事 / 重点项目 table.
  // 7. A progress table: 年度目标 targets, 1-6月完成 results of the months, 完成进度 results of kind share.
  [
    '7a progress table with tabs',
    `${PROGRESS}指标\t年度目标\t1-6月完成\t完成进度\t责任单位\n地区生产总值增速（%）\t6\t5.8\t—\t县发改委\n规上工业增加值增速（%）\t8\t9.1\t—\t县经信局\n固定资产投资（亿元）\t120\t63.5\t52.9%\t县发改委\n`,
    PROGRESS_ROWS_RATIO,
  ],
  [
    '7b progress table with runs of spaces',
    `${PROGRESS}指标                      年度目标    1-6月完成    完成进度    责任单位\n地区生产总值增速（%）     6           5.8          —           县发改委\n规上工业增加值增速（%）   8           9.1          —           县经信局\n固定资产投资（亿元）      120         63.5         52.9%       县发改委\n`,
    PROGRESS_ROWS_RATIO,
  ],
  [
    '7d progress table with pipes',
    `${PROGRESS}| 指标 | 年度目标 | 1-6月完成 | 完成进度 | 责任单位 |\n|---|---|---|---|---|\n| 地区生产总值增速（%） | 6 | 5.8 | — | 县发改委 |\n| 规上工业增加值增速（%） | 8 | 9.1 | — | 县经信局 |\n| 固定资产投资（亿元） | 120 | 63.5 | 52.9% | 县发改委 |\n`,
    PROGRESS_ROWS_RATIO,
  ],
  // 8. Must not fire.
  [
    '8a a note line under a spaced table is no wrapped name',
    `${PLAN}序号   指标名称            单位    2020年    2025年    属性\n1      地区生产总值        亿元    312       450       预期性\n2      森林覆盖率          %       71.2      74        约束性\n       注：地区生产总值按当年价格计算\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性'],
  ],
  [
    '8c a 民生实事 list title counts its own items: no entry',
    '2024年青禾县十件民生实事任务一览表\n序号\t项目名称\t建设内容及规模\t责任单位\n1\t城区道路改造工程\t改造城区道路12公里\t县住建局\n',
    ['T = 12公里 2024 县住建局'],
  ],
  ['8e a spaced three-cell line with 指标 and no label line under it is no header', `${PLAN}主要指标 2020年 2025年\n地区生产总值（亿元） 312 450\n`, []],
  [
    '8f a sign left at a row end before the next row (its number) is no wrapped target',
    `${PLAN}序号\t指标名称\t单位\t2020年\t2025年\t属性\n1\t地区生产总值\t亿元\t312\t≥\n2\t森林覆盖率\t%\t71.2\t74\t约束性\n`,
    ['A 312亿元 2020', 'A 71.2% 2020', 'T = 74% 2025 约束性'],
  ],
];

/**
 * Shapes read wrong still (before and after r24t2), kept with the reading they should have: a 累计 column, the
 * project table's 年度计划投资 column, a one-cell-per-line table of 4-character cells that the page-width join takes
 * for a wrapped page, a three-year statistics table, a months table's year.
 */
CATALOGUE.push(
  // 8g (m24d): a group heading between two rows of a spaced table, with and without 序号, 一、 numbered or not.
  [
    '8g a group heading alone on its line inside a spaced table is no name tail, and the rows after it stay in the table',
    `${PLAN}序号   指标名称            单位    2020年    2025年    属性\n1      地区生产总值        亿元    312       450       预期性\n绿色生态\n2      森林覆盖率          %       71.2      74        约束性\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性'],
  ],
  [
    '8h runs of spaces, no 序号, a numbered group heading between rows',
    `${PLAN}指标名称            单位    2020年    2025年    属性\n地区生产总值        亿元    312       450       预期性\n二、绿色生态\n森林覆盖率          %       71.2      74        约束性\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性'],
  ],
  [
    '7c progress table one cell per line: its 完成进度 cell a result of kind share (r26t: read since the sheet reader no longer cuts rows at a rate column)',
    `${PROGRESS}指标\n年度目标\n1-6月完成\n完成进度\n责任单位\n地区生产总值增速（%）\n6\n5.8\n—\n县发改委\n规上工业增加值增速（%）\n8\n9.1\n—\n县经信局\n固定资产投资（亿元）\n120\n63.5\n52.9%\n县发改委\n`,
    PROGRESS_ROWS_RATIO,
  ],
  [
    '8b a statistics table of three years is results only (r26t: a year column of a text of results only is a result)',
    '青禾县2023年国民经济和社会发展统计公报\n表3 近三年主要指标\n指标\t单位\t2021年\t2022年\t2023年\n地区生产总值\t亿元\t298\t321\t352\n粮食产量\t万吨\t44.1\t44.8\t45.3\n',
    ['A 298亿元 2021', 'A 321亿元 2022', 'A 352亿元 2023', 'A 44.1万吨 2021', 'A 44.8万吨 2022', 'A 45.3万吨 2023'],
  ],
  [
    '4a tabs, a “十四五”累计 column beside the years (r26t: every cell of it a change over the period)',
    `${PLAN}指标名称\t单位\t2020年\t2025年\t“十四五”累计\t属性\n城镇新增就业\t万人\t—\t—\t6\t预期性\n单位地区生产总值能耗降低\t%\t—\t—\t14\t约束性\n`,
    ['T = 6万人 2025 预期性', 'T = 14% 2025 约束性'],
  ],
  [
    '8i tabs, a group heading between rows',
    `${PLAN}指标名称\t单位\t2020年\t2025年\t属性\n地区生产总值\t亿元\t312\t450\t预期性\n绿色生态\n森林覆盖率\t%\t71.2\t74\t约束性\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性'],
  ],
);

const KNOWN_MISSES: [string, string, string[]][] = [
  [
    '8d a results table of the months with no target column stays results',
    '青禾县2024年1-6月主要经济指标\n指标\t1-6月\t增长（%）\n地区生产总值（亿元）\t172.3\t5.8\n固定资产投资（亿元）\t63.5\t4.2\n',
    ['A 172.3亿元 2024/1-6', 'A 5.8% 2024/1-6', 'A 63.5亿元 2024/1-6', 'A 4.2% 2024/1-6'],
  ],
  [
    '6a project table with tabs',
    `${PROJECTS}序号\t项目名称\t建设内容及规模\t年度计划投资（万元）\t责任单位\n1\t城区道路改造工程\t改造城区道路12公里\t3500\t县住建局\n2\t农村饮水安全巩固提升工程\t新建供水站3座，更新管网45公里\t1200\t县水利局\n`,
    PROJECT_ROWS,
  ],
  [
    '6b project table with runs of spaces',
    `${PROJECTS}序号    项目名称                  建设内容及规模                    年度计划投资（万元）    责任单位\n1       城区道路改造工程          改造城区道路12公里                3500                    县住建局\n2       农村饮水安全巩固提升工程  新建供水站3座，更新管网45公里     1200                    县水利局\n`,
    PROJECT_ROWS,
  ],
  [
    '6c project table one cell per line',
    `${PROJECTS}序号\n项目名称\n建设内容及规模\n年度计划投资（万元）\n责任单位\n1\n城区道路改造工程\n改造城区道路12公里\n3500\n县住建局\n2\n农村饮水安全巩固提升工程\n新建供水站3座，更新管网45公里\n1200\n县水利局\n`,
    PROJECT_ROWS,
  ],
  [
    '6d project table with single spaces',
    `${PROJECTS}序号 项目名称 建设内容及规模 年度计划投资（万元） 责任单位\n1 城区道路改造工程 改造城区道路12公里 3500 县住建局\n2 农村饮水安全巩固提升工程 新建供水站3座，更新管网45公里 1200 县水利局\n`,
    PROJECT_ROWS,
  ],
];

/** Every entry with its metric: `T metric cmp value unit year [attribute]` or `A metric value unit year[/months]`. */
const readNamed = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text, {}),
    (t) => [`T ${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`, t.attribute].filter((s) => s !== undefined).join(' '),
    (a) => `A ${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}${monthsOf(a.period)}`,
  );

const SPACED = `${PLAN}序号   指标名称            单位    2020年    2025年    属性\n1      地区生产总值        亿元    312       450       预期性\n2      森林覆盖率          %       71.2      74        约束性\n`;
const TWO_ROWS_NAMED = ['A 地区生产总值 312亿元 2020', 'T 地区生产总值 = 450亿元 2025 预期性', 'A 森林覆盖率 71.2% 2020', 'T 森林覆盖率 = 74% 2025 约束性'];

/** Review 24b: what the name tail, the no-horizon years, the department columns and 完成进度 must not do (m24f). */
const MUST_NOT_FIRE: [string, string, string[]][] = [
  ['9a 说明 alone under the last row is no name tail', `${SPACED}说明\n1.地区生产总值按当年价格计算。\n`, TWO_ROWS_NAMED],
  ['9b 附件 alone under the last row is no name tail', `${SPACED}附件\n青禾县重大项目表\n`, TWO_ROWS_NAMED],
  ['9c 专栏 alone at the end of the text is no name tail', `${SPACED}专栏\n`, TWO_ROWS_NAMED],
  [
    '9d a two-character group heading (民生) between rows is glued onto no name, and the table goes on over it (8g)',
    `${PLAN}序号   指标名称            单位    2020年    2025年    属性\n1      地区生产总值        亿元    312       450       预期性\n民生\n2      城镇新增就业        万人    1.2       1.5       预期性\n`,
    ['A 地区生产总值 312亿元 2020', 'T 地区生产总值 = 450亿元 2025 预期性', 'A 城镇新增就业 1.2万人 2020', 'T 城镇新增就业 = 1.5万人 2025 预期性'],
  ],
  [
    '9e two characters that complete a share word (所占 ⏎ 比重) are a name tail',
    `${PLAN}序号   指标名称            单位    2020年    2025年    属性\n1      服务业增加值所占    %       52.1      55        预期性\n       比重\n2      森林覆盖率          %       71.2      74        约束性\n`,
    ['A 服务业增加值所占比重 52.1% 2020', 'T 服务业增加值所占比重 = 55% 2025 预期性', 'A 森林覆盖率 71.2% 2020', 'T 森林覆盖率 = 74% 2025 约束性'],
  ],
  [
    '9f a 实施情况评估 table 2020年 | 2023年 | 2025年 | 属性, no horizon: 2023 is a result, not a target',
    '青禾县生态环境保护规划实施情况评估\n表1 主要指标进展\n指标名称\t单位\t2020年\t2023年\t2025年\t属性\n森林覆盖率\t%\t70\t71.2\t74\t约束性\n',
    ['A 森林覆盖率 70% 2020', 'A 森林覆盖率 71.2% 2023', 'T 森林覆盖率 = 74% 2025 约束性'],
  ],
  [
    '9g a 完成进度 column is a completion ratio: a share named 完成进度, no growth or value of the metric',
    `${PROGRESS}指标\t年度目标\t1-6月完成\t完成进度\t责任单位\n固定资产投资（亿元）\t120\t63.5\t52.9%\t县发改委\n`,
    ['T 固定资产投资 = 120亿元 2024', 'A 固定资产投资 63.5亿元 2024/1-6', 'A 固定资产投资完成进度 52.9% 2024/1-6'],
  ],
];

/** Department columns of an indicator table read as a 分解表's: a plain list led by its first name, 配合单位 partners. */
const DEPARTMENTS: [string, string, { leads: string[]; partners: string[] }[]][] = [
  [
    '10a a lone 责任单位 column: the first name leads, the others are partners',
    `${PROGRESS}指标\t年度目标\t1-6月完成\t责任单位\n固定资产投资（亿元）\t120\t63.5\t县发改委、县住建局\n`,
    [{ leads: ['县发改委'], partners: ['县住建局'] }],
  ],
  [
    '10b 牵头单位 | 配合单位: every lead name leads, the partner column gives partners',
    `${PROGRESS}指标\t年度目标\t1-6月完成\t牵头单位\t配合单位\n固定资产投资（亿元）\t120\t63.5\t县发改委、县住建局\t县财政局\n`,
    [{ leads: ['县发改委', '县住建局'], partners: ['县财政局'] }],
  ],
  [
    '10c ▲ marks the lead in a 责任单位 cell',
    `${PROGRESS}指标\t年度目标\t1-6月完成\t责任单位\n固定资产投资（亿元）\t120\t63.5\t县住建局、▲县发改委\n`,
    [{ leads: ['县发改委'], partners: ['县住建局'] }],
  ],
];

describe('must-not-fire r24t2 (review 24b, m24f)', () => {
  it.each(MUST_NOT_FIRE)('%s', (_name, text, expected) => {
    expect(readNamed(text)).toEqual(expected);
  });
  it.each(DEPARTMENTS)('%s', (_name, text, expected) => {
    expect(extractPlan(text, {}).targets.map((t) => ({ leads: t.leads, partners: t.partners }))).toEqual(expected);
  });
});

describe('shape catalogue r24t2: more tables in any layout', () => {
  it.each(CATALOGUE)('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each(KNOWN_MISSES)('not yet: %s', (_name, text, expected) => {
    expect(read(text)).not.toEqual(expected);
  });
});

/** Every entry with its metric: `T metric cmp value unit year [attribute]` or `A metric value unit year`. */
const readMetrics = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text, {}),
    (t) => [`T ${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`, t.attribute].filter((s) => s !== undefined).join(' '),
    (a) => `A ${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`,
  );

// Must-not-fire (review24 items 9, 10 and 8g): invented after the review's probes T2c, T5b.
describe('tables: what no table rule may take (m24d)', () => {
  it('9 one cell per line: 2022年 ⏎ 预计 are two columns when the first row is four cells wide', () => {
    const entries = readMetrics('青禾县2023年工作要点\n主要指标\n\n指标名称\n2022年\n预计\n2023年目标\n地区生产总值增速（%）\n6.1\n6.0\n6.5\n');
    expect(entries).toContain('T 地区生产总值 = 6.5% 2023');
    expect(entries).toContain('A 地区生产总值 6.1% 2022');
    expect(entries.filter((e) => e.startsWith('T '))).toEqual(['T 地区生产总值 = 6.5% 2023']);
  });
  it('9 one cell per line: 2020年 ⏎ 基期值 still one cell when the rows are as wide as the joined header', () => {
    const text = `${PLAN}指标名称\n单位\n2020年\n基期值\n2025年\n目标值\n属性\n地区生产总值\n亿元\n312\n450\n预期性\n森林覆盖率\n%\n71.2\n74\n约束性\n`;
    expect(readMetrics(text)).toEqual([
      'A 地区生产总值 312亿元 2020',
      'T 地区生产总值 = 450亿元 2025 预期性',
      'A 森林覆盖率 71.2% 2020',
      'T 森林覆盖率 = 74% 2025 约束性',
    ]);
  });
  it('10 a spaced prose line with a verb between its cells right after a spaced table stays prose', () => {
    const text = `${PLAN}指标  2020年  2025年  属性\n地区生产总值（亿元）  312  450  预期性\n全县 GDP 达到 500亿元\n`;
    expect(readMetrics(text)).toEqual(['A 地区生产总值 312亿元 2020', 'T 地区生产总值 = 450亿元 2025 预期性', 'T GDP >= 500亿元 2025']);
  });
  it('10 a 完成 status cell after the figures is a cell, not a verb: the row stays in the table', () => {
    const text =
      '青禾县“十三五”规划主要指标完成情况\n序号 指标名称 2020年目标值 2020年完成值 完成情况\n1 地区生产总值(亿元) 400 412 完成\n2 森林覆盖率(%) 70 71.2 完成\n';
    const entries = readMetrics(text);
    expect(entries).toContain('A 地区生产总值 412亿元 2020');
    expect(entries).toContain('A 森林覆盖率 71.2% 2020');
  });
  it('8g a short heading after a spaced table followed by prose ends the table', () => {
    const text = `${PLAN}指标名称    单位    2020年    2025年    属性\n地区生产总值    亿元    312    450    预期性\n主要任务\n全县 GDP 达到 500亿元\n`;
    expect(readMetrics(text)).toEqual(['A 地区生产总值 312亿元 2020', 'T 地区生产总值 = 450亿元 2025 预期性', 'T GDP >= 500亿元 2025']);
  });
});
