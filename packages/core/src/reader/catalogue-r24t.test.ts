/**
 * Shape catalogue (round 24, r24t): indicator and task tables in the layouts public pages flatten them into — cells
 * separated by tabs, runs of spaces, pipes, one cell per line, single spaces; wrapped cells; a header over two lines;
 * headers naming the base and target years in their usual ways, columns in any order, group cells written once, units
 * in a column or in brackets, blank cells, several target years; a 任务分解 table in the same layouts — with the
 * must-not-fire cases: a numbered list of prose lines, a statistics bulletin's 指标 | 增幅 rows (results), a 目录.
 * One invented table per shape (own names and figures), each with the reading the corpus README's conventions give it:
 * a target per 目标值 cell with the row's 属性 and its column's year, a result per base cell with its year, `≥`/`≤`
 * signs per Decisions 32. Invented passages only.
 */
import { describe, expect, it } from 'vitest';
import { entriesInOrder } from '../../test/entries-in-order.ts';
import { extractPlan } from './extract.ts';

/** Every entry as `T cmp value unit year [attribute] [lead]` or `A value unit year`, in text order. */
const read = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text, {}),
    (t) => [`T ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`, t.attribute, t.leads[0]].filter((s) => s !== undefined).join(' '),
    (a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`,
  );

const PLAN = '青禾县国民经济和社会发展第十四个五年规划纲要\n表1 “十四五”时期经济社会发展主要指标\n';
const TASKS = '2024年青禾县政府工作报告重点任务分解表\n';

/** The reading of the three rows most indicator shapes below share (base 2020, target 2025). */
const THREE_ROWS = ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'A 56.4% 2020', 'T = 63% 2025 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性'];

const CATALOGUE: [string, string, string[]][] = [
  // 1. Separators.
  [
    '1a tabs, 序号 and 单位 columns',
    `${PLAN}序号\t指标名称\t单位\t2020年\t2025年\t属性\n1\t地区生产总值\t亿元\t312\t450\t预期性\n2\t常住人口城镇化率\t%\t56.4\t63\t预期性\n3\t森林覆盖率\t%\t71.2\t74\t约束性\n`,
    THREE_ROWS,
  ],
  [
    '1b runs of spaces',
    `${PLAN}序号   指标名称            单位    2020年    2025年    属性\n1      地区生产总值        亿元    312       450       预期性\n2      常住人口城镇化率    %       56.4      63        预期性\n3      森林覆盖率          %       71.2      74        约束性\n`,
    THREE_ROWS,
  ],
  [
    '1c pipes closing each cell, no rule',
    `${PLAN}| 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性 |\n| 1 | 地区生产总值 | 亿元 | 312 | 450 | 预期性 |\n| 2 | 常住人口城镇化率 | % | 56.4 | 63 | 预期性 |\n| 3 | 森林覆盖率 | % | 71.2 | 74 | 约束性 |\n`,
    THREE_ROWS,
  ],
  [
    '1d one cell per line',
    `${PLAN}序号\n指标名称\n单位\n2020年\n2025年\n属性\n1\n地区生产总值\n亿元\n312\n450\n预期性\n2\n常住人口城镇化率\n%\n56.4\n63\n预期性\n3\n森林覆盖率\n%\n71.2\n74\n约束性\n`,
    THREE_ROWS,
  ],
  [
    '1e a whole row per line with single spaces',
    `${PLAN}序号 指标名称 单位 2020年 2025年 属性\n1 地区生产总值 亿元 312 450 预期性\n2 常住人口城镇化率 % 56.4 63 预期性\n3 森林覆盖率 % 71.2 74 约束性\n`,
    THREE_ROWS,
  ],
  // 2. Wrapping.
  [
    '2a a name cell wrapped onto the next line (tabs)',
    `${PLAN}序号\t指标名称\t单位\t2020年\t2025年\t属性\n1\t地区生产总值\t亿元\t312\t450\t预期性\n2\t常住人口城镇化\n率\t%\t56.4\t63\t预期性\n3\t森林覆盖率\t%\t71.2\t74\t约束性\n`,
    THREE_ROWS,
  ],
  [
    '2b a header over two lines (2020年 / 基期值, 2025年 / 目标值)',
    `${PLAN}指标名称\t单位\t2020年\t2025年\t属性\n\t\t基期值\t目标值\t\n地区生产总值\t亿元\t312\t450\t预期性\n常住人口城镇化率\t%\t56.4\t63\t预期性\n森林覆盖率\t%\t71.2\t74\t约束性\n`,
    THREE_ROWS,
  ],
  [
    '2c header cells split over two lines, one cell per line',
    `${PLAN}指标名称\n单位\n2020年\n基期值\n2025年\n目标值\n属性\n地区生产总值\n亿元\n312\n450\n预期性\n常住人口城镇化率\n%\n56.4\n63\n预期性\n森林覆盖率\n%\n71.2\n74\n约束性\n`,
    THREE_ROWS,
  ],
  // 3. Header words and column order.
  [
    '3a 现状值 / 规划目标 / 指标属性, unit in brackets in the name',
    `${PLAN}指标\t现状值\t规划目标\t指标属性\n地区生产总值（亿元）\t312\t450\t预期性\n常住人口城镇化率（%）\t56.4\t63\t预期性\n森林覆盖率（%）\t71.2\t74\t约束性\n`,
    THREE_ROWS,
  ],
  [
    '3b 2020年基数 / 2025年目标 / 指标性质 first among the values',
    `${PLAN}指标名称\t指标性质\t2020年基数\t2025年目标\n地区生产总值（亿元）\t预期性\t312\t450\n常住人口城镇化率（%）\t预期性\t56.4\t63\n森林覆盖率（%）\t约束性\t71.2\t74\n`,
    THREE_ROWS,
  ],
  [
    '3c 类别 group cell on the group first row only, 类型 column',
    `${PLAN}类别\t序号\t指标\t单位\t基期值\t预期目标\t类型\n经济发展\t1\t地区生产总值\t亿元\t312\t450\t预期性\n\t2\t常住人口城镇化率\t%\t56.4\t63\t预期性\n绿色生态\t3\t森林覆盖率\t%\t71.2\t74\t约束性\n`,
    THREE_ROWS,
  ],
  [
    '3d 年均增长 column and ≥ / ≤ signs and blank cells',
    `${PLAN}指标名称\t单位\t2020年\t2025年\t年均增长（%）\t属性\n一般公共预算收入\t亿元\t18.6\t—\t6\t预期性\n城镇调查失业率\t%\t-\t≤5.5\t\t预期性\n地表水优良水体比例\t%\t88\t≥90\t—\t约束性\n`,
    ['A 18.6亿元 2020', 'T = 6% 2025 预期性', 'T <= 5.5% 2025 预期性', 'A 88% 2020', 'T >= 90% 2025 约束性'],
  ],
  // 4. Several target years.
  [
    '4a 2025年 | 2030年',
    `${PLAN}指标名称\t单位\t2020年\t2025年\t2030年\t属性\n地区生产总值\t亿元\t312\t450\t620\t预期性\n森林覆盖率\t%\t71.2\t74\t76\t约束性\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'T = 620亿元 2030 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性', 'T = 76% 2030 约束性'],
  ],
  [
    '4b 2027年目标 | 2035年远景',
    '青禾县国土空间规划实施方案（2023—2027年）\n表1 主要指标\n指标\t2022年\t2027年目标\t2035年远景\t属性\n耕地保有量（万亩）\t42.5\t42.5\t42.5\t约束性\n城镇开发边界（平方公里）\t30.2\t31\t33\t预期性\n',
    [
      'A 42.5万亩 2022',
      'T = 42.5万亩 2027 约束性',
      'T = 42.5万亩 2035 约束性',
      'A 30.2平方公里 2022',
      'T = 31平方公里 2027 预期性',
      'T = 33平方公里 2035 预期性',
    ],
  ],
  // 5. A 任务分解 table in the same layouts.
  [
    '5a 任务分解 with tabs',
    `${TASKS}序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t新增城镇就业1.2万人\t县人社局\t各乡镇\t2024年12月\n2\t完成造林绿化2.5万亩\t县林业局\t各乡镇\t2024年10月\n`,
    ['T = 1.2万人 2024 县人社局', 'T = 2.5万亩 2024 县林业局'],
  ],
  [
    '5b 任务分解 with runs of spaces',
    `${TASKS}序号    重点任务                  牵头单位    配合单位    完成时限\n1       新增城镇就业1.2万人       县人社局    各乡镇      2024年12月\n2       完成造林绿化2.5万亩       县林业局    各乡镇      2024年10月\n`,
    ['T = 1.2万人 2024 县人社局', 'T = 2.5万亩 2024 县林业局'],
  ],
  [
    '5c 任务分解 one cell per line',
    `${TASKS}序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n新增城镇就业1.2万人\n县人社局\n各乡镇\n2024年12月\n2\n完成造林绿化2.5万亩\n县林业局\n各乡镇\n2024年10月\n`,
    ['T = 1.2万人 2024 县人社局', 'T = 2.5万亩 2024 县林业局'],
  ],
  [
    '5d 任务分解 with pipes',
    `${TASKS}| 序号 | 目标 | 牵头单位 | 配合单位 | 完成时限 |\n| 1 | 新增城镇就业1.2万人 | 县人社局 | 各乡镇 | 2024年12月 |\n| 2 | 完成造林绿化2.5万亩 | 县林业局 | 各乡镇 | 2024年10月 |\n`,
    ['T = 1.2万人 2024 县人社局', 'T = 2.5万亩 2024 县林业局'],
  ],
  // 7. The same headers and rows crossed with the other layouts.
  [
    '7a one cell per line, 类别 group cells on a group first row, unit in brackets, no 单位 column',
    `${PLAN}类别\n指标\n2020年\n2025年\n属性\n经济发展\n地区生产总值（亿元）\n312\n450\n预期性\n常住人口城镇化率（%）\n56.4\n63\n预期性\n绿色生态\n森林覆盖率（%）\n71.2\n74\n约束性\n`,
    THREE_ROWS,
  ],
  [
    '7b one cell per line, several target years and a blank base',
    `${PLAN}指标名称\n单位\n2020年\n2025年\n2035年\n属性\n地区生产总值\n亿元\n312\n450\n800\n预期性\n城镇调查失业率\n%\n—\n5.5\n5\n预期性\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'T = 800亿元 2035 预期性', 'T = 5.5% 2025 预期性', 'T = 5% 2035 预期性'],
  ],
  [
    '7c single spaces, 基期值 / 目标值 / 指标属性, ≥ in a cell',
    `${PLAN}序号 指标 单位 基期值 目标值 指标属性\n1 地区生产总值 亿元 312 450 预期性\n2 常住人口城镇化率 % 56.4 ≥63 预期性\n3 森林覆盖率 % 71.2 74 约束性\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'A 56.4% 2020', 'T >= 63% 2025 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性'],
  ],
  [
    '7d Markdown pipes with a rule, 现状值 / 2025年目标 / 属性',
    `${PLAN}| 指标 | 单位 | 现状值 | 2025年目标 | 属性 |\n|---|---|---|---|---|\n| 地区生产总值 | 亿元 | 312 | 450 | 预期性 |\n| 常住人口城镇化率 | % | 56.4 | 63 | 预期性 |\n| 森林覆盖率 | % | 71.2 | 74 | 约束性 |\n`,
    THREE_ROWS,
  ],
  [
    '7e runs of spaces, a header over two lines',
    `${PLAN}指标名称            单位    2020年    2025年    属性\n                            基期值    目标值\n地区生产总值        亿元    312       450       预期性\n常住人口城镇化率    %       56.4      63        预期性\n森林覆盖率          %       71.2      74        约束性\n`,
    THREE_ROWS,
  ],
  [
    '7f tabs, attribute before the years, 序号 last-free, 2025年 | 2030年 with 规划目标 words',
    `${PLAN}序号\t指标\t属性\t单位\t2020年\t2025年\t2030年\n1\t地区生产总值\t预期性\t亿元\t312\t450\t620\n2\t森林覆盖率\t约束性\t%\t71.2\t74\t76\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'T = 620亿元 2030 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性', 'T = 76% 2030 约束性'],
  ],
  [
    '7g 任务分解 with single spaces and 责任单位 only',
    `${TASKS}序号 重点任务 责任单位 完成时限\n1 新增城镇就业1.2万人 县人社局 2024年12月\n2 完成造林绿化2.5万亩 县林业局 2024年10月\n`,
    ['T = 1.2万人 2024 县人社局', 'T = 2.5万亩 2024 县林业局'],
  ],
  [
    '7h 任务分解 with tabs, 完成时限 before the departments',
    `${TASKS}序号\t目标任务\t完成时限\t牵头单位\t配合单位\n1\t新增城镇就业1.2万人\t2024年12月\t县人社局\t各乡镇\n2\t完成造林绿化2.5万亩\t2024年10月\t县林业局\t各乡镇\n`,
    ['T = 1.2万人 2024 县人社局', 'T = 2.5万亩 2024 县林业局'],
  ],
  // 6. Must not fire as a table.
  [
    '6a a numbered list of prose lines is prose',
    '2024年青禾县政府工作报告\n今年主要预期目标是：\n1 地区生产总值增长6%左右\n2 城镇新增就业1.2万人\n3 粮食产量稳定在45万吨\n',
    ['T ~ 6% 2024', 'T = 1.2万人 2024', 'T ~ 45万吨 2024'],
  ],
  [
    '6b a bulletin 指标 | 增幅 rows are results',
    '青禾县2023年国民经济和社会发展统计公报\n表1 2023年主要经济指标\n指标\t绝对数\t增幅（%）\n地区生产总值（亿元）\t352\t5.6\n一般公共预算收入（亿元）\t19.8\t4.1\n',
    ['A 352亿元 2023', 'A 5.6% 2023', 'A 19.8亿元 2023', 'A 4.1% 2023'],
  ],
  [
    '6d one cell per line, 基期值 after a name cell is a header cell of its own (no year to carry it)',
    `${PLAN}指标名称\n基期值\n目标值\n属性\n地区生产总值（亿元）\n312\n450\n预期性\n森林覆盖率（%）\n71.2\n74\n约束性\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'A 71.2% 2020', 'T = 74% 2025 约束性'],
  ],
  [
    '6e a spaced line of prose after a blank line under a spaced table is prose',
    `${PLAN}指标名称    单位    2020年    2025年    属性\n地区生产总值    亿元    312    450    预期性\n\n到2025年 全县森林覆盖率 达到74% 以上 。\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'T >= 74% 2025'],
  ],
  [
    '6f a row one cell short is no wrapped row (its figures on the line)',
    `${PLAN}指标\t单位\t2020年\t2025年\t属性\n地区生产总值（亿元）\t312\t450\t预期性\n城镇化率\t%\t56.4\t63\t预期性\n`,
    ['A 312亿元 2020', 'T = 450亿元 2025 预期性', 'A 56.4% 2020', 'T = 63% 2025 预期性'],
  ],
  [
    '6c a 目录 of chapter titles with page numbers',
    `青禾县国民经济和社会发展第十四个五年规划纲要\n目  录\n第一章  发展基础  1\n第二章  主要目标  5\n第三章  产业体系  12\n第四章  保障措施  30\n`,
    [],
  ],
];

describe('shape catalogue r24t: tables in any layout', () => {
  it.each(CATALOGUE)('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
