/**
 * Sheets flattened one cell per line whose rows are not as wide as their header (`sheet-rows.ts`), on invented
 * text (never corpus or probe text): a group cell merged over rows written once, a name and a target wrapped over
 * two lines, departments stacked one a line, a Traditional progress sheet under a 序號 header — and the shapes it
 * must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';
import { identityText } from '../src/reader/mapped-text.ts';
import { gatherSheetRows } from '../src/reader/sheet-rows.ts';

const cells = (lines: readonly string[]) => lines.join('\n\n');

const MID_YEAR_SHEET = cells([
  '某区2024年上半年计划执行情况',
  '表2：上半年主要指标完成情况',
  '类别',
  '指标名称',
  '年度目标',
  '完成情况',
  '责任部门',
  '经济发展',
  '1、区级一般公共预算收入增长率',
  '5%以上',
  '7.2%',
  '区财政局',
  '2、战略性新兴产业产值占工业总产值',
  '比重',
  '提高2个',
  '百分点',
  '提高1.5个百分点',
  '区经委',
  '区统计局',
  '区投促办',
  '3、新增市级专精特新企业',
  '40家',
  '年度指标',
  '区经委',
  '社会民生',
  '4、城镇登记失业人数',
  '控制在',
  '9000人以内',
  '6200人',
  '区人社局',
  '5、新建养老床位',
  '300张',
  '120张',
]);

describe('a mid-year sheet whose rows run to more or fewer lines than its header', () => {
  it('joins each row on one line, its group cell first, wrapped cells whole and departments in one cell', () => {
    const lines = cleanText(MID_YEAR_SHEET)
      .text.split('\n')
      .filter((l) => l.includes('\t'));
    expect(lines).toEqual([
      '类别\t指标名称\t年度目标\t完成情况\t责任部门',
      '经济发展\t1、区级一般公共预算收入增长率\t5%以上\t7.2%\t区财政局',
      '2、战略性新兴产业产值占工业总产值比重\t提高2个百分点\t提高1.5个百分点\t区经委、区统计局、区投促办',
      '3、新增市级专精特新企业\t40家\t年度指标\t区经委',
      '社会民生\t4、城镇登记失业人数\t控制在9000人以内\t6200人\t区人社局',
      '5、新建养老床位\t300张\t120张',
    ]);
  });

  it('reads each row: the year’s target and what was done, the last row cut by the text’s end included', () => {
    const plan = extractPlan(MID_YEAR_SHEET);
    expect(plan.targets.map((t) => [t.value, t.comparator, t.unit])).toEqual(
      expect.arrayContaining([
        [5, '>=', '%'],
        [2, '=', '百分点'],
        [40, '=', '家'],
        [9000, '<=', '人'],
        [300, '=', '张'],
      ]),
    );
    expect(plan.actuals.map((a) => [a.value, a.unit])).toEqual(
      expect.arrayContaining([
        [7.2, '%'],
        [1.5, '百分点'],
        [6200, '人'],
        [120, '张'],
      ]),
    );
  });
});

const PROGRESS_SHEET = cells([
  '某縣2024年重點工作任務前三季度完成情況',
  '序號',
  '重點工作任務',
  '完  成  情  況',
  '牽頭責任單位',
  '1',
  '規模以上工業增加值增長9%。',
  '1-9月，全縣規模以上工業增加值同比增長7.1%。',
  '縣經信局',
  '2',
  '新增城鎮就業4500人以上。',
  '前三季度，全縣城鎮新增就業3800人。',
  '縣人社局',
]);

describe('a sheet whose last column is a completion rate, group cells written once', () => {
  it('reads each row: its name lines, then a figure for each value column and the rate', () => {
    const text = [
      '某县2024年1-9月主要指标完成情况',
      '类别',
      '指标名称',
      '年度目标',
      '1-9月完成',
      '完成率',
      '工业',
      '规上工业总产值（亿元）',
      '150',
      '108.6',
      '72.4%',
      '规上工业增加值增速（%）',
      '8',
      '7.3',
      '—',
      '消费',
      '社会消费品零售总额（亿元）',
      '88',
      '64.1',
      '72.8%',
    ].join('\n');
    // The indicator reader reads the rows by the shapes of their cells (table-cells.ts): group cells, then a name, then
    // a figure or a blank for each column.
    const read = (plan: ReturnType<typeof extractPlan>) => [
      ...plan.targets.map((t) => `T ${t.value}${t.unit} ${t.year}`),
      ...plan.actuals.map((a) => `A ${a.kind} ${a.value}${a.unit} ${a.period.year}/${a.period.fromMonth}-${a.period.toMonth}`),
    ];
    expect(read(extractPlan(text))).toEqual([
      'T 150亿元 2024',
      'T 8% 2024',
      'T 88亿元 2024',
      'A level 108.6亿元 2024/1-9',
      'A share 72.4% 2024/1-9',
      'A growth 7.3% 2024/1-9',
      'A level 64.1亿元 2024/1-9',
      'A share 72.8% 2024/1-9',
    ]);
  });

  it('leaves a rate sheet whose value cells are no figures (sentences, words) to the other readings', () => {
    const text = cells(['指标名称', '年度目标', '完成情况', '完成率', '招商引资', '全年引进项目30个', '已引进21个', '70%']);
    expect(gatherSheetRows(identityText(text)).text).toBe(text);
  });
});

describe('department cells of collective bodies', () => {
  it('ends a row at 各镇（街道）, 市直有关部门 or 各县区政府 as at a named department', () => {
    const text = cells([
      '指标名称',
      '年度目标',
      '完成情况',
      '责任单位',
      '1、新增城镇就业',
      '5000人',
      '2810人',
      '县人社局',
      '各镇（街道）',
      '2、农村生活污水治理率',
      '提高5个',
      '百分点',
      '提高3个百分点',
      '市直有关部门',
      '各县区政府',
    ]);
    const lines = gatherSheetRows(identityText(text))
      .text.split('\n')
      .filter((l) => l.includes('\t'));
    expect(lines).toEqual([
      '指标名称\t年度目标\t完成情况\t责任单位',
      '1、新增城镇就业\t5000人\t2810人\t县人社局、各镇（街道）',
      '2、农村生活污水治理率\t提高5个百分点\t提高3个百分点\t市直有关部门、各县区政府',
    ]);
  });
});

describe('a Traditional progress sheet flattened one cell per line', () => {
  it('reads the task column as targets and the 完成情况 column as results', () => {
    const plan = extractPlan(PROGRESS_SHEET);
    expect(plan.targets.map((t) => [t.value, t.unit])).toEqual(
      expect.arrayContaining([
        [9, '%'],
        [4500, '人'],
      ]),
    );
    expect(plan.actuals.map((a) => [a.value, a.unit])).toEqual(
      expect.arrayContaining([
        [7.1, '%'],
        [3800, '人'],
      ]),
    );
    expect(plan.targets.some((t) => t.value === 7.1 || t.value === 3800)).toBe(false);
  });
});

const FIVE_YEAR_SHEET = cells([
  '某县“十五五”规划主要指标',
  '类别',
  '指标',
  '单位',
  '2025年',
  '2030年',
  '年均增长',
  '属性',
  '经济发展',
  '1.地区生产总值',
  '亿元',
  '410',
  '560',
  '6.5%',
  '预期性',
  '2.规模以上工业增加值',
  '亿元',
  '96',
  '135',
  '7%',
  '预期性',
  '生态环境',
  '3.森林覆盖率',
  '%',
  '38.5',
  '40',
  '—',
  '约束性',
]);

describe('a five-year indicator sheet whose group cells are written once', () => {
  it('ends each row at its 属性 cell, the unit column read as a unit and no department', () => {
    const plan = extractPlan(FIVE_YEAR_SHEET);
    expect(plan.targets.map((t) => t.attribute)).toEqual(['预期性', '预期性', '预期性', '预期性', '约束性']);
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual(
      expect.arrayContaining([
        [560, '亿元', 2030],
        [135, '亿元', 2030],
        [40, '%', 2030],
      ]),
    );
  });
});

describe('shapes the uneven-row gathering leaves alone', () => {
  it('a header whose last column marks no row end (no department, rate or attribute column)', () => {
    const text = cells(['指标名称', '年度目标', '完成情况', '地区生产总值增长', '6%', '5.1%']);
    expect(cleanText(text).text).not.toMatch(/年度目标\t完成情况\t/);
  });

  it('a list of departments under a heading that is no sheet header', () => {
    const text = cells(['责任单位', '区发改委', '区财政局', '区统计局']);
    expect(cleanText(text).text).not.toContain('\t');
  });

  it('a sheet of tasks written in sentences with no department column (read as prose, cell by cell)', () => {
    const text = cells(['目标名称', '考核内容', '完成情况', '完成率', '招商引资', '全年引进亿元以上项目30个。', '1-9月，引进亿元以上项目21个。', '70%']);
    expect(cleanText(text).text).not.toMatch(/招商引资\t/);
  });

  it('a header no row follows (the text ends, or prose comes next)', () => {
    const text = cells([
      '类别',
      '指标名称',
      '年度目标',
      '责任部门',
      '全区上下要坚定信心，确保全年目标任务圆满完成，为实现“十五五”良好开局打下坚实基础，奋力谱写新篇章。',
    ]);
    expect(cleanText(text).text).not.toContain('\t');
  });

  it('a bare 单位 column, which holds units, never ends a row as a department column would', () => {
    const text = cells(['指标名称', '单位', '年度目标', '完成情况', '粮食产量', '万吨', '52', '53.1']);
    // Left to the fixed-width reading, which joins it as it always did.
    expect(gatherSheetRows(identityText(text)).text).toBe(text);
  });

  it('a department column followed by a progress column (序号 | 目标任务 | 责任单位 | 推进情况): not the end of its rows', () => {
    const text = cells(['序号', '目标任务', '责任单位', '推进情况', '1', '新增就业2600人。', '县人社局', '新增就业1520人。']);
    expect(gatherSheetRows(identityText(text)).text).toBe(text);
  });

  it('prose paragraphs that end with a department word', () => {
    const text = ['会议由区政府办公室主持。', '', '参会单位：区发改委', '', '区财政局', '', '区统计局'].join('\n');
    expect(cleanText(text).text).not.toContain('\t');
  });
});

describe('a 完成情况 column under a caption that names a part of the year', () => {
  const sheet = (caption: string) => `某区2024年计划执行情况\n${caption}\n指标名称\t年度目标\t完成情况\n固定资产投资增长率\t8%\t5.6%\n`;
  const periodOf = (caption: string) => extractPlan(sheet(caption)).actuals.find((a) => a.value === 5.6)?.period;

  it('reads the column as results over those months of the plan’s year (上半年, 1-9月, 前三季度)', () => {
    expect(periodOf('表2：上半年主要指标完成情况')).toMatchObject({ year: 2024, fromMonth: 1, toMonth: 6, label: '上半年' });
    expect(periodOf('附表 1-9月主要指标执行情况')).toMatchObject({ year: 2024, fromMonth: 1, toMonth: 9 });
    expect(periodOf('前三季度主要指标完成情况')).toMatchObject({ fromMonth: 1, toMonth: 9, label: '前三季度' });
  });

  it('keeps a caption that names no part of the year, or names it in no results caption, as before', () => {
    expect(periodOf('表2：主要指标完成情况')?.fromMonth).toBeUndefined();
    expect(periodOf('上半年经济运行平稳')?.fromMonth).toBeUndefined();
    expect(periodOf('表2：2023年主要指标完成情况')?.fromMonth).toBeUndefined();
  });
});
