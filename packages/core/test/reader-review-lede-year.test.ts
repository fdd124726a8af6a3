/**
 * A news lede before a review part that quotes a report reviewing one year and planning the next: the targets
 * it keeps are the later year's, though the sentence names the reviewed year too. Invented texts only.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const body = '\n一、2023年国民经济和社会发展计划执行情况\n一年来，全县地区生产总值增长6%。\n二、2024年主要预期目标\n地区生产总值增长6.5%。\n';
const targetYears = (lede: string) => extractPlan(lede + body).targets.map((t) => `${t.metric} ${t.year}`);
const actualYears = (lede: string) => extractPlan(lede + body).actuals.map((a) => `${a.metric} ${a.period.year}`);

describe('a lede naming the reviewed and the planned year dates its kept targets at the later one', () => {
  it.each([
    [
      '5月10日，某县人民政府发布关于某县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告，报告指出，新建污水管网30公里，改造老旧小区12个。',
      ['污水管网 2024', '改造老旧小区 2024'],
    ],
    ['据悉，该县2023年计划执行情况与2024年计划草案的报告提出，新增绿地面积20公顷。', ['绿地面积 2024']],
  ])('%s', (lede, want) => {
    expect(targetYears(lede).filter((t) => !t.startsWith('地区生产总值'))).toEqual(want);
  });
});

describe('a lede naming only the reviewed year keeps reporting it', () => {
  it.each([
    ['5月10日，某县人民政府发布关于某县2023年国民经济和社会发展计划执行情况的报告，报告指出，新建污水管网30公里。', '污水管网 2023'],
    ['2023年，全县新建污水管网30公里。', '污水管网 2023'],
    ['报告指出，新建污水管网30公里。', '污水管网 2023'],
    ['2023年全县新增绿地面积20公顷，比2022年多5公顷。', '绿地面积 2023'],
  ])('%s', (lede, want) => {
    expect(actualYears(lede)).toContain(want);
  });
});

describe('a numbered section heading is never the title', () => {
  it.each([
    ['某县召开人代会。\n一、2023年国民经济和社会发展计划执行情况\n全县地区生产总值增长6%。\n二、2024年主要预期目标\n地区生产总值增长6.5%。\n', 2024],
    ['各位代表：\n（一）2022年计划执行情况\n全县粮食产量增长3%。\n（二）2023年计划安排\n粮食产量稳定在50万吨。\n', 2023],
  ])('%s', (text, year) => {
    const plan = extractPlan(text);
    expect(plan.title).toBe('');
    expect(plan.year).toBe(year);
  });
});

describe('an unnumbered headline that names a plan and its year stays the title', () => {
  it.each([
    ['某县2024年国民经济和社会发展计划\n全县地区生产总值增长6.5%。\n', '某县2024年国民经济和社会发展计划'],
    ['关于2024年重点工作的实施方案\n新建污水管网30公里。\n', '关于2024年重点工作的实施方案'],
    ['2024年全县重点项目计划表\n新开工项目30个。\n', '2024年全县重点项目计划表'],
  ])('%s', (text, title) => {
    expect(extractPlan(text).title).toBe(title);
  });
});

describe("a digest's heading of a year's new look under a report's name is no headline", () => {
  it.each([
    ['凝心聚力谋发展——政府工作报告摘登 |\n|||\n2021年全县发展呈现新气象\n2021年，全县地区生产总值增长6%。\n', 2022],
    ['政府工作报告摘要\n2022年城乡面貌焕发新面貌\n2022年，全市粮食产量增长2%。\n', 2023],
  ])('%s', (text, year) => {
    const plan = extractPlan(text);
    expect(plan.title).toBe('');
    expect(plan.year).toBe(year);
  });
});

describe('a year aimed at a new look, or a new look outside a report, keeps its year', () => {
  it.each([
    ['政府工作报告摘要\n2023年要展现新面貌\n今年，全市地区生产总值增长6%左右。\n', 2023],
    ['2023年乡村振兴呈现新气象\n2023年，全县粮食产量增长2%。\n', 2023],
    ['2024年全县旅游业呈现新态势\n2024年，全县接待游客增长12%。\n', 2024],
  ])('%s', (text, year) => {
    expect(extractPlan(text).year).toBe(year);
  });
});

const periods = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`);
const review = (sentence: string) => `政府工作报告\n一、2019年工作回顾\n${sentence}\n二、2020年主要预期目标\n地区生产总值增长6%。\n`;

describe('the undated start of a change after 脱贫攻坚战打响以来 is a result of 2015', () => {
  it.each([
    ['脱贫攻坚战打响以来，全县贫困人口由5000户18000人减至300户900人。', ['5000户 2015', '18000人 2015']],
    ['脱贫攻坚打响以来，全镇贫困发生率从12.5%下降到0.6%。', ['12.5% 2015']],
  ])('%s', (sentence, want) => {
    const read = periods(review(sentence));
    expect(read).toEqual(expect.arrayContaining(want));
    expect(read.filter((p) => p.endsWith(' 2015'))).toEqual(want);
  });
});

describe('a change with no such event, or a dated start, keeps its own years', () => {
  it.each([
    ['五年来，全县贫困人口由5000户减至300户。', '5000户 2015'],
    ['全县贫困人口由5000户18000人减至300户900人。', '18000人 2015'],
    ['脱贫攻坚战打响以来，贫困发生率从2016年的9%下降到0.6%。', '9% 2015'],
    ['由于脱贫攻坚战打响以来投入加大，农民收入增长9%。', '9% 2015'],
    ['全县贫困人口由5000户减至300户，脱贫攻坚战打响以来成效明显。', '5000户 2015'],
  ])('%s', (sentence, absent) => {
    expect(periods(review(sentence))).not.toContain(absent);
  });
});

const targetsIn = (sentence: string) => extractPlan(review(sentence)).targets.map((t) => `${t.value}${t.unit} ${t.year}`);

describe('a goal a review says was met N years early is due N years after the year reviewed', () => {
  it.each([
    ['全年招商到位资金800亿元，提前一年实现三年招商2000亿元目标。', '2000亿元 2020'],
    ['新建农房500户，提前两年完成五年改造3000户的任务目标。', '3000户 2021'],
  ])('%s', (sentence, want) => {
    expect(targetsIn(sentence)).toContain(want);
  });
});

describe('a goal met with no years early, or early in months, keeps its year', () => {
  it.each([
    ['全年招商到位资金800亿元，实现三年招商2000亿元目标。', '2000亿元 2020'],
    ['提前一个月完成全年招商800亿元目标。', '800亿元 2020'],
    ['提前谋划项目120个，年度计划投资300亿元。', '300亿元 2020'],
    ['提前一年实现目标，全年新增就业5000人。', '5000人 2020'],
  ])('%s', (sentence, absent) => {
    expect(targetsIn(sentence)).not.toContain(absent);
  });
});
