/**
 * The period of results in 经济运行 news and 公报 (issue 15, periods), on invented sentences (never
 * corpus text): a month period or year a change is measured from is a base, not the date of the figure.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const actualsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period.year} ${a.period.label}`);

describe('months compared with keep the paragraph’s own months', () => {
  it('dates a change over an earlier quarter by the half year its paragraph reports', () => {
    const text = [
      '2023年上半年，全县经济稳步回升。',
      '上半年，全县粮食播种面积增长1.2%。生猪存栏下降3.5%，降幅比一季度收窄2.4个百分点，牛羊出栏降幅分别收窄1.1个和0.8个百分点。',
    ].join('\n');
    const read = actualsOf(text);
    expect(read).toContain('2.4百分点 2023 上半年');
    expect(read).toContain('1.1百分点 2023 上半年');
    expect(read).toContain('0.8百分点 2023 上半年');
  });

  it('keeps the months after 比1-N月 in the rest of its sentence', () => {
    const text = [
      '2022年1-9月，全市工业平稳运行。',
      '1-9月，全市规模以上工业增加值增长6.1%。分门类看，采矿业增长2.2%，比1-8月回落0.5个百分点；制造业增长7.4%。',
    ].join('\n');
    const read = actualsOf(text);
    expect(read).toContain('0.5百分点 2022 1-9月');
    expect(read).toContain('7.4% 2022 1-9月');
  });
});

describe('a year compared with is no date of the figure', () => {
  it('比2019年1-8月 is a base: the growth over it is of the text’s own months and year', () => {
    const text = '2021年1-8月，全省规模以上工业增加值同比增长9.8%，比2019年1-8月增长12.1%，两年平均增长5.9%。';
    const read = actualsOf(text);
    expect(read).toContain('12.1% 2021 1-8月');
    expect(read).toContain('5.9% 2021 1-8月');
    expect(read.some((r) => r.includes(' 2019 '))).toBe(false);
  });
});

describe('must not fire: months and years that date figures', () => {
  it.each([
    ['2023年一季度，全市地区生产总值增长4.5%。', '4.5% 2023 一季度'],
    ['2022年1-11月，全县固定资产投资增长8.2%。', '8.2% 2022 1-11月'],
    ['2023年某区经济运行简况\n上半年，全区社会消费品零售总额下降2.1%，降幅比一季度收窄3.3个百分点。', '3.3百分点 2023 上半年'],
    ['2021年，全市实现地区生产总值520亿元，比2020年增长7.1%。', '7.1% 2021 2021年'],
    ['2019年1-8月，全省规上工业增加值增长6.6%。', '6.6% 2019 1-8月'],
    ['2023年某区经济运行简况\n1-5月，重点项目完成投资45亿元，较1-4月提高12个百分点。', '12百分点 2023 1-5月'],
  ])('%s', (text, expected) => {
    expect(actualsOf(text)).toContain(expected);
  });
});

describe('a figureless sentence naming the year so far dates the figures after it', () => {
  it('今年上半年，…势头明显。 dates the undated results of its paragraph by the half year', () => {
    const text = [
      '2022-07-20 10:00:00',
      '今年上半年，全县装备工业回升势头明显。全县规模以上装备工业增加值增长6.2%，比一季度加快1.4个百分点，对工业增长的贡献率达到31.5%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(actualsOf(text)).toEqual(['6.2% 2022 上半年', '1.4百分点 2022 上半年', '31.5% 2022 上半年']);
  });

  it.each([
    // 下半年 is no span of the year so far: what follows plans.
    ['2022年全市工作要点。下半年，全市要加快项目建设。力争全年固定资产投资增长8%。', 'target'],
    // A 目标 of the year after the half year's sentence still plans.
    ['2022年全市工作要点。今年上半年，全市经济运行平稳。全年目标是地区生产总值增长6%。', 'target'],
  ])('must not fire: %s', (text, role) => {
    const plan = extractPlan(text);
    expect(role === 'target' ? plan.targets.length : plan.actuals.length).toBe(1);
  });

  it('must not fire: months compared with in a figureless sentence give no months', () => {
    const text = '2022年1-9月，全市工业平稳。增速比上半年有所回落。全年规模以上工业增加值增长5.5%。';
    expect(actualsOf(text).some((a) => a.includes('上半年'))).toBe(false);
  });
});

describe('a review heading of the year so far reviews the plan’s own year', () => {
  const opening = '关于2024年上半年工作情况和下半年工作打算的报告';
  it('一、上半年工作总结 dates its results and the year’s goal it names by the year under way', () => {
    const text = [
      opening,
      '一、上半年工作总结',
      '（一）经济运行稳中有进。围绕全年地区生产总值增长7%目标任务，狠抓项目建设，上半年全区固定资产投资增长9.1%。',
      '二、下半年工作打算',
      '（一）抓好项目建设。力争全年新开工项目60个。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2024);
    expect(actualsOf(text)).toContain('9.1% 2024 上半年');
    expect(plan.targets.map((t) => `${t.value}${t.unit ?? ''} ${t.year}`)).toEqual(['7% 2024', '60个 2024']);
  });

  it.each([
    ['一、2023年工作总结', '（一）经济运行稳中有进。全年地区生产总值增长6.2%。', '6.2% 2023'],
    ['一、过去一年工作回顾', '（一）项目建设加快。全区固定资产投资增长8%。', '8% 2023'],
  ])('must not fire: %s still reviews the year before', (heading, body, expected) => {
    const text = ['2024年政府工作报告', heading, body, '二、2024年工作安排', '（一）稳增长。力争地区生产总值增长6%。'].join('\n');
    expect(extractPlan(text).actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period.year}`)).toContain(expected);
  });
});

describe('a 公报 issued early in the next year that measures results against a plan’s target', () => {
  it('超出“十三五”计划目标 is a yardstick: the bulletin is of the year it reports, its results results', () => {
    const text = [
      '某县统计局',
      '2021年3月10日',
      '2020年，全县上下攻坚克难，经济社会平稳发展。',
      '一、综合',
      '初步核算，全年实现地区生产总值186.4亿元，比上年增长3.6%。',
      '“十三五”期间，全县地区生产总值年均增长7.2%，超出“十三五”计划目标0.7个百分点。',
      '居民消费价格比上年上涨2.1%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2020);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => a.period.year)).not.toContain(2021);
    expect(actualsOf(text)).toContain('2.1% 2020 2020年');
  });

  it.each(['2021年全县计划：地区生产总值增长6%，力争超出省定计划目标1个百分点。', '今年要确保规上工业增加值增长8%，全面完成计划目标。'])(
    'must not fire: a text that sets its own targets still plans (%s)',
    (text) => {
      expect(extractPlan(text).targets.length).toBeGreaterThan(0);
    },
  );
});

describe('a five-year plan whose goals a text says were achieved (实现了) is reviewed', () => {
  it('a headline that the period’s goals were achieved dates the review at the period’s last year', () => {
    const text = [
      '全省经济总量迈上新台阶，提前一年实现了“十四五”规划目标',
      '这五年，全省地区生产总值年均增长5.8%。今年上半年，全省地区生产总值增长5.9%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2025);
    expect(actualsOf(text)).toContain('5.9% 2025 上半年');
  });

  it.each([
    ['全区确保实现“十四五”规划目标的实施方案', 2021],
    ['为实现“十四五”规划目标打下坚实基础的行动计划', 2021],
  ])('must not fire: %s still plans for the period', (title, year) => {
    const text = [title, '到2025年，全区地区生产总值达到800亿元。'].join('\n');
    expect(extractPlan(text).year).toBe(year);
  });
});

describe('这五年 of a report dates its figures by the five years’ last year', () => {
  it('in a report planning the year after a plan period, 这五年 is the period just ended', () => {
    const text = [
      '2021年全市经济社会发展主要预期目标是地区生产总值增长6%左右。',
      '这五年是全市发展最快的五年，地区生产总值年均增长7.1%，一般公共预算收入突破80亿元。',
    ].join('\n');
    expect(actualsOf(text)).toEqual(['7.1% 2020 这五年', '80亿元 2020 这五年']);
  });

  it('in a plan period’s last year, 这五年 runs up to that year', () => {
    const text = ['2020年11月全省发展成就综述', '这五年，全省地区生产总值年均增长6.8%。今年力争地区生产总值增长3%。'].join('\n');
    expect(actualsOf(text)).toContain('6.8% 2020 这五年');
  });

  it('must not fire: 今后这五年 is no span just ended', () => {
    const text = '2021年全市工作报告。今后这五年，全市地区生产总值年均增长6%左右。';
    expect(actualsOf(text).some((a) => a.includes('这五年') || a.includes(' 2020 '))).toBe(false);
  });

  it('must not fire: “十五五”这五年 is that period', () => {
    const text = '2026年全市工作报告。“十五五”这五年，全市力争地区生产总值年均增长6%左右。';
    expect(extractPlan(text).targets.map((t) => t.year)).toEqual([2030]);
  });
});

describe('the months a paragraph reports survive scope, yardsticks and same-period bases', () => {
  it('takes the months of a lead sentence whose only figure is the scope of its results', () => {
    const text = '2023年某区经济运行情况\n前三季度，我区85个重点技改项目运行良好，有力带动了全区工业增长。项目企业实现产值312.4亿元，同比增长9.1%。';
    expect(actualsOf(text)).toEqual(['312.4亿元 2023 前三季度', '9.1% 2023 前三季度']);
  });

  it('keeps the months on a completion ratio of the year’s target and on a rise over the same months last year', () => {
    const text =
      '2023年某区经济运行情况\n上半年，全县市场主体培育成效明显。全县新增市场主体1260户，完成全年目标的58.3%，超序时进度8.3个百分点；其中新增企业310户，比去年同期增加42户。';
    const read = actualsOf(text);
    expect(read).toContain('58.3% 2023 上半年');
    expect(read).toContain('8.3百分点 2023 上半年');
    expect(read).toContain('42户 2023 上半年');
  });

  it('must not fire: 全年, a whole past year and the year’s own figures still date by the year', () => {
    const text = '2023年某区经济运行情况\n上半年，全市工业投资增长6.2%。全年完成工业投资180亿元。去年全年工业投资增长4.1%。';
    const read = actualsOf(text);
    expect(read[0]).toBe('6.2% 2023 上半年');
    expect(read[1]).toMatch(/^180亿元 2023 全年/);
    expect(read[2]).not.toMatch(/上半年/);
  });

  it('must not fire: a lead sentence of scope that plans gives no months', () => {
    const text = '今年，全区计划实施重点项目85个，完成投资120亿元。';
    expect(extractPlan(text).actuals).toEqual([]);
  });
});

describe('a year whose level a figure is compared with dates nothing', () => {
  it('leaves a page that writes no year of its own undated, and its results undated', () => {
    const text = ['上半年，全省网上零售额突破了3000亿元，接近2021年全年水平。', '上半年，全省居民人均可支配收入增长5.8%。'].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBeNull();
    expect(actualsOf(text)).toEqual(['3000亿元 null 上半年', '5.8% null 上半年']);
  });

  it('leaves the text’s own year to date its results (恢复到…同期水平)', () => {
    const text = '2023年上半年，全市接待游客1200万人次，恢复到2019年同期水平。全市旅游收入增长35%。';
    expect(extractPlan(text).year).toBe(2023);
    expect(actualsOf(text).every((a) => a.includes(' 2023 '))).toBe(true);
  });

  it('must not fire: a year of results, a base of a change and a deadline keep their meaning', () => {
    expect(extractPlan('2022年全市地区生产总值达到2019年的1.3倍，增长5%。').year).toBe(2022);
    expect(actualsOf('2021年，全县粮食产量达到35万吨，比2020年增长3%。')).toContain('35万吨 2021 2021年');
  });

  it('dates a target by its deadline, not by the year whose level it doubles', () => {
    expect(extractPlan('到2025年，全市数字经济规模达到2020年水平的2倍。').targets.map((t) => t.year)).toEqual([2025]);
  });
});

describe('the lead of a page whose first lines are its furniture', () => {
  const PAGE = (lead: string) =>
    [
      '通版阅读请点击：',
      '展开通版',
      '2023年09月20日 星期三',
      '当前版：02版',
      '县域工业增速加快',
      lead,
      '从区域看，北部县域工业增加值增长9.1%，有12个县实现两位数增长。',
    ].join('\n');

  it('is its news lede (本报讯, 记者…获悉) that first states a figure: its months date the later paragraphs', () => {
    expect(actualsOf(PAGE('本报讯 记者从省统计局获悉，1-8月，全省县域工业增加值同比增长5.2%。'))).toEqual([
      '5.2% 2023 1-8月',
      '9.1% 2023 1-8月',
      '12个 2023 1-8月',
    ]);
  });

  it('must not fire: a lede of a whole year or of one month, or a first figure that is no lede, gives no months', () => {
    expect(actualsOf('2023年某县统计公报\n1-6月，全县工业增加值增长8.2%。\n全县粮食产量42.1万吨。')).toEqual(['8.2% 2023 1-6月', '42.1万吨 2023 2023年']);
    expect(actualsOf(PAGE('本报讯 2023年，全省县域工业增加值同比增长5.2%。'))).toEqual(['5.2% 2023 2023年', '9.1% 2023 2023年', '12个 2023 2023年']);
    expect(actualsOf(PAGE('本报讯 8月份，全省县域工业增加值同比增长5.2%。')).slice(1)).not.toContain('9.1% 2023 8月份');
  });
});
