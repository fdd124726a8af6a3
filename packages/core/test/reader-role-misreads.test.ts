/**
 * Whole texts or passages whose role was misread (results read as targets): news of a year's results that
 * names difficulties 超预期, and a report's lead into its review items closed by a clause of praise.
 * Invented texts in the shapes round 10 met.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} ${t.year}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`)];
};

describe('超预期: expectations a result went past, no plan', () => {
  it('news of a year’s results that met 超预期 shocks reports results', () => {
    const text =
      '某市晒出2024年经济成绩单\n2024年，面对诸多超预期因素冲击，全市上下迎难而上，经济运行稳中向好。\n全年实现地区生产总值2310亿元增长5.2%\n规上工业增加值增长6.1%\n';
    expect(roles(text)).toEqual(['A 2310亿元 2024', 'A 5.2% 2024', 'A 6.1% 2024']);
  });

  it('a text that also sets a goal still plans (must not fire)', () => {
    const text = '某县2025年工作要点\n去年克服了超预期困难。今年主要预期目标是：地区生产总值增长6%左右。\n';
    expect(roles(text)).toEqual(['T 6% 2025']);
  });

  it('预期 without 超 before it is still a cue (must not fire)', () => {
    expect(roles('某区经济工作会议召开\n会议提出，全年预期地区生产总值增长5.5%。\n')[0]).toMatch(/^T 5.5%/);
  });
});

describe('a lead into review items closed by a clause of praise', () => {
  const report = (lead: string) =>
    `图解2025年某县政府工作报告\n1月10日，某县第十届人民代表大会第三次会议召开。报告指出，做好今年政府工作意义重大。\n${lead}\n1.经济运行稳中有进\n地方一般公共预算收入完成8.6亿元，同比增长12.3%\n招引落地企业21家\n`;

  it('the items under 过去一年，…做了…工作，交出…答卷： report the year before', () => {
    expect(roles(report('过去一年，全县上下团结奋斗，重点做了以下六个方面的工作，交出了一份亮眼的答卷：'))).toEqual([
      'A 8.6亿元 2024',
      'A 12.3% 2024',
      'A 21家 2024',
    ]);
  });

  it('a lead whose clause after 工作 is a sentence of its own does not open a review (must not fire)', () => {
    const lead = '过去一年，全县上下团结奋斗，做了大量工作。今年要重点抓好以下工作：';
    expect(roles(report(lead))).toContain('T 21家 2025');
  });
});

describe('news of last year’s results that turns to the next step with a figure', () => {
  const page = (closing: string) =>
    `2024年全省完成植树造林超80万亩\n发布时间：2025-01-16 09:12\n记者从15日召开的全省林业工作会议上获悉，2024年全省完成植树造林82.6万亩，森林覆盖率达到41.2%。\n${closing}\n`;

  it('plans the year after its results: the headline’s year is the year reviewed', () => {
    const plan = extractPlan(page('下一步，省林业局将继续推进国土绿化，确保每年完成造林60万亩以上。'));
    expect(plan.year).toBe(2025);
    expect(roles(page('下一步，省林业局将继续推进国土绿化，确保每年完成造林60万亩以上。'))).toEqual([
      'T 60万亩 2025',
      'A 80万亩 2024',
      'A 82.6万亩 2024',
      'A 41.2% 2024',
    ]);
  });

  it('a 下一步 with no figure leaves news of results of its year (must not fire)', () => {
    const plan = extractPlan(page('下一步，省林业局将继续推进国土绿化，巩固提升生态成果。'));
    expect(plan.year).toBe(2024);
    expect(plan.targets).toEqual([]);
  });

  it('a headline of results on a page that plans nothing ahead keeps its year (must not fire)', () => {
    const text = '2024年全市实现地区生产总值1520亿元\n发布时间：2025-01-20\n2024年，全市实现地区生产总值1520亿元，增长5.3%。\n';
    expect(extractPlan(text).year).toBe(2024);
  });

  it('a plan’s title with its year keeps it, though the page is dated later (must not fire)', () => {
    const text = '某县2024年国民经济和社会发展计划\n发布时间：2025-03-02\n下一步，全县将确保地区生产总值增长6%。\n';
    expect(extractPlan(text).year).toBe(2024);
  });
});

describe('同比 in a sentence no cue or part reads: a change measured, a result', () => {
  it('a mayor’s quoted results in news that also sets a goal are results', () => {
    const text =
      '某市市长谈经济\n发布时间：2023-03-10\n发布会上，某市明确今年地区生产总值增长6%的目标。\n市长李某：“全市光伏产业产值达到120亿元，同比增长18.5%。”\n';
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['6%']);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['120亿元', '18.5%']);
  });

  it('a progress sheet’s column of 同比 results beside its targets', () => {
    const text = '某区2025年目标任务上半年推进情况\n1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长3.1%。\n';
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['6%']);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['3.1%']);
  });

  it('同比 after a cue of planning in its sentence or paragraph stays a target (must not fire)', () => {
    const targetsOf = (text: string) => extractPlan(text).targets.map((t) => `${t.value}${t.unit}`);
    expect(targetsOf('某县工业会议召开\n会议提出，力争规上工业增加值同比增长9%。\n')).toEqual(['9%']);
    expect(targetsOf('某县工业会议召开\n方案明确，全年工业增加值完成420亿元以上。民营经济增加值实现190亿元，同比增长9%以上。\n')).toEqual([
      '420亿元',
      '190亿元',
      '9%',
    ]);
    expect(targetsOf('某县2025年工作安排\n规上工业增加值同比增长8%。\n')).toEqual(['8%']);
    expect(targetsOf('某县经济工作会议召开\n今年，全县社会消费品零售总额同比增长7%。\n')).toEqual(['7%']);
    expect(targetsOf('某县经济工作会议召开\n到2027年，全县规上工业产值同比增长10%。\n')).toEqual(['10%']);
    expect(targetsOf('某区召开经济工作会议\n会议明确，全区上下要紧盯目标。规上工业增加值同比增长8%。\n')).toEqual(['8%']);
    expect(targetsOf('某区2025年国民经济和社会发展计划\n主要指标：\n规上工业增加值同比增长8%。\n')).toEqual(['8%']);
    expect(targetsOf('某区召开经济工作会议\n会议指出，新的一年，全区地区生产总值同比增长6%，一般公共预算收入同比增长5%。\n')).toEqual(['6%', '5%']);
  });
});

describe('news of a report: the year written before its aim dates the plan', () => {
  it('a lede’s 2025年…力争 after results opened by 2024年， plans 2025', () => {
    const text =
      '1月6日上午，某市第八届人民代表大会第三次会议上的市政府工作报告提出，2025年全市经济总量力争实现3200亿元，增长6%左右。\n2024年，全市经济回升向好，预计全年地区生产总值增长5.5%左右。\n';
    const plan = extractPlan(text);
    expect(plan.year).toBe(2025);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['3200亿元 2025', '6% 2025']);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['5.5% 2024']);
  });

  it('a year with no aim in its clause dates no plan (must not fire)', () => {
    const text = '2024年，全市经济回升向好，地区生产总值增长5.5%。\n2024年全市规上工业增加值增长7%，全市将力争保持稳定。\n';
    expect(extractPlan(text).year).not.toBe(2025);
  });
});

describe('news headlined by a year’s results whose aims name no figure', () => {
  const news = (aims: string) =>
    `2024年全省完成高标准农田建设达320万亩\n新华社1月20日电 记者从全省农业农村工作会议上获悉，2024年全省完成高标准农田建设320万亩，新增耕地灌溉面积45万亩。\n${aims}\n`;

  it('reports results: an aim with no figure sets no target', () => {
    const plan = extractPlan(news('会议指出，各地要坚持数量质量并重，努力打造农业现代化示范区。'));
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['320万亩', '320万亩', '45万亩']);
  });

  it('an aim with a figure still plans (must not fire)', () => {
    const plan = extractPlan(news('今年，全省将新建高标准农田300万亩。'));
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toContain('300万亩');
  });

  it('a plan’s lead with no figure still heads its targets under another title (must not fire)', () => {
    const plan = extractPlan('某县政府工作报告\n今年要重点抓好以下工作。\n1.新建学校3所。\n2.新增就业1200人。\n');
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['3所', '1200人']);
  });
});

describe('a quotation of figures named as goals right after it', () => {
  it('is targets of the year named there, whatever the sentence before said', () => {
    const text =
      '某市两会闭幕\n2025年是“十四五”收官之年。征程已开启，方向已明确。“地区生产总值增长6%左右，一般公共预算收入增长3%……”2025年某市的主要预期目标已经确定，催人奋进。\n';
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2025', '3% 2025']);
    expect(plan.actuals).toEqual([]);
  });

  it('a quotation of results said to meet the goals stays results (must not fire)', () => {
    const text = '某市2024年经济成绩单\n过去一年，全市迎难而上。“地区生产总值增长6.2%，一般公共预算收入增长4%”，全年目标任务全面完成。\n';
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['6.2%', '4%']);
  });

  it('a quotation with no goal named after it keeps the passage’s tense (must not fire)', () => {
    const text = '某市2024年经济成绩单\n过去一年，全市迎难而上。“地区生产总值增长6.2%”，这是全市人民拼出来的。\n';
    expect(extractPlan(text).targets).toEqual([]);
  });
});

describe('目标完成率, 计划完成率: the goal as the yardstick in a measure’s name, no plan', () => {
  it('news of a year’s results naming a 目标完成率 reports results', () => {
    const text = '某市2024年数字经济成绩单\n2024年，全市新建5G基站1200个，中小企业数字化改造目标完成率达136.4%，位居全省前列。\n';
    expect(roles(text)).toEqual(['A 1200个 2024', 'A 136.4% 2024']);
  });

  it('a 目标 or 计划 that is not a completion rate’s yardstick still plans (must not fire)', () => {
    expect(roles('某区经济工作会议召开\n会议提出，今年的目标是地区生产总值增长6%左右。\n')[0]).toMatch(/^T 6%/);
    expect(roles('某县2025年工作计划\n全年计划完成固定资产投资80亿元。\n')[0]).toMatch(/^T 80亿元/);
    expect(roles('某区2025年工作要点\n力争全年目标任务完成，规上工业增加值增长7%。\n')[0]).toMatch(/^T 7%/);
    expect(roles('某市2025年民生实事\n确保年度目标完成率达到100%，新建养老床位500张。\n').every((r) => r.startsWith('T '))).toBe(true);
    expect(roles('某县2025年农业工作要点\n目标：粮食播种面积稳定在80万亩，计划新建高标准农田5万亩。\n').every((r) => r.startsWith('T '))).toBe(true);
  });
});

describe('今年 with the measure between it and its estimate (今年…预计/有望): the year under way estimated, no plan', () => {
  it('late-year news whose lead estimates the year reports its review of the period', () => {
    const text =
      '某市今年全市生产总值预计突破980亿元\n2025-11-20 09:00\n“十四五”期间，某市经济总量稳步攀升。全市规上工业增加值年均增长8.1%，建成绿色矿山12座，森林覆盖率达到38.5%。\n';
    expect(roles(text).every((r) => r.startsWith('A '))).toBe(true);
  });

  it('an aim, a target or a figure between 今年 and 预计 still plans (must not fire)', () => {
    const plans = (text: string) => roles(text).some((r) => r.startsWith('T '));
    expect(plans('某县2025年工作要点\n今年力争地区生产总值预计增长6%左右，新建高标准农田3万亩。\n')).toBe(true);
    expect(plans('某区2025年工作安排\n今年目标地区生产总值增长6.5%，预计一般公共预算收入增长5%。\n')).toBe(true);
    expect(plans('某市2025年工作计划\n今年计划新建学校5所，预计新增学位4000个。\n')).toBe(true);
    expect(plans('某县2025年重点工作\n今年将新开工项目50个，确保全年固定资产投资增长10%。\n')).toBe(true);
    expect(plans('某市经济工作会议召开\n会议提出，今年全市地区生产总值增长6%左右，规上工业增加值增长7%。\n')).toBe(true);
  });
});

describe('完成年度计划N%: the share of the year’s plan reached, a result (no quota)', () => {
  it('a review’s completion share of the year’s plan is a result', () => {
    const text = '某县2025年政府工作报告\n一、2024年工作回顾\n2024年，15个市级重点项目全部开工，完成投资28.6亿元，完成年度计划124.3%。\n';
    expect(roles(text)).toContain('A 124.3% 2024');
    expect(roles(text).some((r) => r.startsWith('T '))).toBe(false);
  });

  it('an aimed share, or the plan’s own size, is no result (must not fire)', () => {
    expect(roles('某县2025年工作要点\n力争全年完成投资60亿元，完成年度计划110%。\n').every((r) => r.startsWith('T '))).toBe(true);
    expect(roles('某县2025年工作要点\n确保完成年度计划100%以上。\n').every((r) => r.startsWith('T '))).toBe(true);
    expect(roles('某县2025年工作要点\n全县年度计划投资120亿元，新开工项目40个。\n').every((r) => r.startsWith('T '))).toBe(true);
  });
});
