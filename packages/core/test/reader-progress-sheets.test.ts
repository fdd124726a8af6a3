/**
 * Task sheets and progress sheets as web pages copy them, on invented text (never corpus or probe
 * text): cells each closed by a pipe under a 序号 header, a department cell longer than its target,
 * a lone 责任单位 column whose first name leads, a 完成情况 column of results beside the targets, and
 * department names with brackets of their own.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { splitNames, trailingDepartments } from '../src/reader/departments.ts';
import { extractPlan } from '../src/reader/extract.ts';
import { readDecompositionTable } from '../src/reader/table.ts';

const CLOSED_CELLS = [
  '序号 | 主 要 任 务 | 责任单位 |',
  '1 | 全县生产总值增长5.5%左右。 | 县发改局 |',
  '2 | 新增规上工业企业20家。 | *县经信局（县中小企业局）、县统计局 |',
  '3 | 农村公路提档升级120公里以上。 | 县交通运输局、县财政局 |',
].join('\n');

describe('a 分解表 whose cells each close with a pipe', () => {
  it('reads as a table copied with tabs', () => {
    const lines = cleanText(CLOSED_CELLS).text.split('\n');
    expect(lines[0]).toBe('序号\t主要任务\t责任单位');
    expect(lines[1]).toBe('1\t全县生产总值增长5.5%左右。\t县发改局');
  });

  it('gives each target its row, in a text that names no year, led by the marked or first name', () => {
    const plan = extractPlan(CLOSED_CELLS);
    expect(plan.year).toBeNull();
    const by = (metric: string) => plan.targets.find((t) => t.metric === metric);
    expect(by('生产总值')).toMatchObject({ kind: 'growth', comparator: '~', value: 5.5, leads: ['县发改局'], partners: [] });
    // The department cell is longer than the target: the header, not the length, says which is which.
    expect(by('规上工业企业')).toMatchObject({ kind: 'increment', value: 20, leads: ['县经信局（县中小企业局）'], partners: ['县统计局'] });
    expect(by('农村公路提档升级')).toMatchObject({ value: 120, leads: ['县交通运输局'], partners: ['县财政局'] });
  });

  it('leaves lines ending in pipes that no 序号 header opens (a page index, a menu)', () => {
    const text = ['索 引 号 | 00123/2024-001 | 公开方式 | 主动公开 |', '发布机构 | 某县人民政府 |', '全年生产总值增长6%。'].join('\n');
    expect(cleanText(text).text.split('\n')[1]).toBe('发布机构|某县人民政府|');
  });

  it('leaves a 牵头单位 column as it says: every name in it leads', () => {
    const text = ['序号\t目标任务\t牵头单位\t配合单位', '1\t城镇新增就业3000人。\t县人社局、县就业中心\t各乡镇'].join('\n');
    expect(readDecompositionTable(text)!.rows[0]).toMatchObject({ leads: ['县人社局', '县就业中心'], partners: ['各乡镇'] });
  });

  it('does not lay out by the header a row whose department cell is a sentence (a row of another table)', () => {
    const text = ['序号\t年度目标\t责任单位', '1\t服务业增加值增长7%。\t县发改局', '1\t建设产业园\t引进企业12家，完成投资5亿元'].join('\n');
    const rows = readDecompositionTable(text)!.rows;
    expect(rows[1]!.content.text).toBe('引进企业12家，完成投资5亿元');
  });
});

const PROGRESS = [
  '序号\t工作内容\t完成情况\t责任单位',
  '1\t确保全区固定资产投资增长8%以上。\t1-9月，全区固定资产投资增长9.6%，高于全市平均1.2个百分点；全年预计增长9%左右，新开工项目46个，其中亿元以上项目12个。\t区发改局',
  '2\t培育国家高新技术企业15家。\t已认定11家。\t区科技局',
].join('\n');

describe('a progress sheet with a 完成情况 column beside the targets', () => {
  const plan = extractPlan(`某区2023年政府工作报告重点工作完成情况\n${PROGRESS}`);

  it('reads the target cell as targets, led by the row', () => {
    const t = plan.targets.find((x) => x.metric === '固定资产投资');
    expect(t).toMatchObject({ kind: 'growth', comparator: '>=', value: 8, year: 2023, leads: ['区发改局'] });
  });

  it('reads the 完成情况 cell as results of the year, never as targets', () => {
    expect(plan.actuals.find((a) => a.value === 9.6)).toMatchObject({ kind: 'growth', period: { year: 2023, fromMonth: 1, toMonth: 9 } });
    expect(plan.actuals.find((a) => a.value === 46)).toMatchObject({ kind: 'count', period: { year: 2023 } });
    expect(plan.targets.some((t) => [9.6, 9, 46, 12, 1.2].includes(t.value ?? -1))).toBe(false);
  });

  it('keeps a row cut off after its target, before its results, a target', () => {
    const cut = extractPlan(`某区2023年重点工作完成情况\n${PROGRESS.split('\n').slice(0, 1).join('\n')}\n1\t城镇新增就业2000人以上。`);
    expect(cut.targets.map((t) => [t.metric, t.value])).toEqual([['城镇新增就业', 2000]]);
  });
});

describe('department names with brackets of their own', () => {
  it('are not cut inside their brackets', () => {
    expect(splitNames('区发改局，各镇（街道、园区）')).toEqual(['区发改局', '各镇（街道、园区）']);
    expect(splitNames('市委宣传部（市文明办）、市文广旅局')).toEqual(['市委宣传部（市文明办）', '市文广旅局']);
  });

  it('still drop the brackets that enclose a whole list', () => {
    expect(splitNames('（市经信局、市发改委）')).toEqual(['市经信局', '市发改委']);
    expect(splitNames('(区商务局,区统计局)')).toEqual(['区商务局', '区统计局']);
  });
});

describe('who answers for a target, as a 责任分解 writes it', () => {
  it('reads past a note on which name leads (列第一位者为牵头单位) to the list before it', () => {
    const text = ['2022年重点工作责任分解', '1.全年新增城镇就业2.5万人。', '责任单位：区人社局、区财政局、各街道（列第一位者为牵头单位，下同）'].join('\n');
    const t = extractPlan(text).targets[0]!;
    expect(t).toMatchObject({ metric: '城镇就业', value: 2.5, leads: ['区人社局'], partners: ['区财政局', '各街道'] });
  });

  it('still reads a bracket that is the list itself, and one naming a first-listed department as a name', () => {
    expect(trailingDepartments('粮食产量稳定在30万吨以上（区农业农村局、区水利局）。')).toMatchObject({
      leads: ['区农业农村局'],
      partners: ['区水利局'],
    });
    expect(trailingDepartments('城镇新增就业3000人（第一人民医院、区卫健局）')).toMatchObject({ leads: ['第一人民医院'] });
  });

  it('never lets every department of a scope lead (市政府各部门负责, 市级其他有关单位)', () => {
    expect(trailingDepartments('城镇化率达到60%以上。（县政府各部门负责）')).toMatchObject({ leads: [], partners: ['县政府各部门'] });
    expect(trailingDepartments('增长7%左右。（市发改委、市级其他有关单位）')).toMatchObject({ leads: ['市发改委'], partners: ['市级其他有关单位'] });
    // A department whose own name ends so is no collective: 办公室, 督查室.
    expect(trailingDepartments('增长7%左右。（市政府办公室、市财政局）')).toMatchObject({ leads: ['市政府办公室'] });
  });

  it('keeps an aside in angle brackets with its name', () => {
    expect(splitNames('市财政局、各区县政府<含开发区、度假区管委会>')).toEqual(['市财政局', '各区县政府<含开发区、度假区管委会>']);
  });
});

describe('a 序号 flattened onto a line of its own between two items', () => {
  it('is the next item’s number, not the first figure of the target after it', () => {
    const lines = cleanText('做好节庆活动清理工作。\n3\n一般公共预算收入增长5%左右。').text.split('\n');
    expect(lines).toEqual(['做好节庆活动清理工作。', '3', '一般公共预算收入增长5%左右。']);
  });

  it('still joins a number to the unit or the words that continue it', () => {
    expect(cleanText('全年工作顺利完成。\n12\n家企业入选省级名单。').text).toBe('全年工作顺利完成。\n12家企业入选省级名单。');
    expect(cleanText('规上工业增加值增长\n8\n%以上。').text).toBe('规上工业增加值增长8%以上。');
  });
});

describe('tables with pipes the new rules must leave as they were', () => {
  it('still reads a piped indicator table under a 序号 header as an indicator table', () => {
    const text = [
      '某县“十四五”规划主要指标',
      '序号 | 指标名称 | 2020年 | 2025年 | 属性 |',
      '1 | 地区生产总值增速（%） | 3.2 | 6 | 预期性 |',
      '2 | 森林覆盖率（%） | 58 | 60 | 约束性 |',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => [t.metric, t.value, t.year])).toEqual([
      ['地区生产总值', 6, 2025],
      ['森林覆盖率', 60, 2025],
    ]);
    expect(plan.actuals.map((a) => [a.metric, a.value])).toEqual([
      ['地区生产总值', 3.2],
      ['森林覆盖率', 58],
    ]);
  });
});

describe('a progress sheet of the months so far, its columns flattened with spaces', () => {
  const SHEET = [
    '2024年县政府工作报告目标任务前三季度推进情况汇总表',
    '序号 目标任务 责任单位 前三季度推进情况',
    '一、主要预期目标',
    '1 全县生产总值增长6.5%左右。 县发展改革局 全县生产总值同比增长5.1%。',
    '2 规上工业增加值增长8%。 县工业和信息化局',
    '县统计局',
    '规上工业增加值同比下降1.2%。',
  ].join('\n');

  it('reads the 同比 clause beside each target as a result of the sheet’s months, the target as the year’s', () => {
    const plan = extractPlan(SHEET);
    expect(plan.year).toBe(2024);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual(['~ 6.5% 2024', '= 8% 2024']);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period?.year} ${a.period?.toMonth}`)).toEqual(['5.1% 2024 9', '1.2% 2024 9']);
  });

  it.each([
    // a clause that aims at a change on the year before still plans, even on a sheet; an estimate stays one
    ['2024年县政府工作报告目标任务上半年推进情况汇总表\n1 力争全县生产总值同比增长6%。 县发展改革局', ['T 6% 2024']],
    ['2024年县政府工作报告目标任务上半年推进情况汇总表\n1 全年目标：固定资产投资同比增长10%。 县发展改革局', ['T 10% 2024']],
    ['2024年县政府工作报告目标任务上半年推进情况汇总表\n1 预计全年一般公共预算收入同比增长5%。 县财政局', ['A 5% 2024/']],
    // a sheet whose head names no months so far gives 同比 no months
    ['2024年县政府工作报告目标任务分解表\n1 全县生产总值同比增长6%。 县发展改革局', ['T 6% 2024']],
    // no sheet at the head: a report, a mid-year review turning to the second half
    ['2024年县政府工作报告\n今年全县生产总值同比增长6%左右。', ['T 6% 2024']],
    ['2024年上半年经济运行情况\n上半年，全县生产总值同比增长5.8%。下半年，要确保全县生产总值同比增长6%。', ['T 6% 2024', 'A 5.8% 2024/6']],
    // a clause dated a later year than the sheet's
    ['2023年县政府工作报告目标任务上半年推进情况汇总表\n1 2024年全县生产总值同比增长6%。', ['T 6% 2024']],
  ])('leaves the ordinary reading alone: %s', (text, expected) => {
    const plan = extractPlan(text);
    const all = [
      ...plan.targets.map((t) => `T ${t.value}${t.unit} ${t.year}`),
      ...plan.actuals.map((a) => `A ${a.value}${a.unit} ${a.period?.year}/${a.period?.toMonth ?? ''}`),
    ];
    expect(all).toEqual(expected);
  });
});

describe('a year’s progress sheet: 实际完成 beside 全年任务目标, one cell per line', () => {
  const sheet = (headers: string[]) =>
    ['某县2022年为民办实事项目公示表', '', '指标名称', '', ...headers.flatMap((h) => [h, '']), '新建乡镇幼儿园', '', '6', '', '5', '', '83%'].join('\n');
  const actuals = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period.year}`);

  it('dates what was done by the target’s year, not the year before', () => {
    // 完成进度 is the share of the target reached (5 of 6): a result of kind share of the 实际完成 column's year (the corpus
    // README's "Completion ratios"; r25c — m24f had left it unread, against that convention).
    expect(actuals(sheet(['全年任务目标(所)', '实际完成(所)', '完成进度']))).toEqual(['5所 2022', '83% 2022']);
    expect(actuals(sheet(['年度目标(所)', '实际完成数(所)', '完成率']))).toEqual(expect.arrayContaining(['5所 2022']));
  });

  it('must not fire: a dated or a base column keeps its year', () => {
    expect(actuals(sheet(['全年任务目标(所)', '2021年完成(所)', '完成进度']))).toEqual(expect.arrayContaining(['5所 2021']));
    expect(actuals(sheet(['全年任务目标(所)', '基期值(所)', '增长']))).not.toContain('5所 2022');
  });

  it('must not fire: a target of no whole year (目标值) leaves 完成值 the year before', () => {
    expect(actuals(sheet(['目标值(所)', '完成值(所)', '完成进度']))).not.toContain('5所 2022');
    expect(actuals(sheet(['2025年目标(所)', '实际完成(所)', '完成进度']))).not.toContain('5所 2022');
  });
});
