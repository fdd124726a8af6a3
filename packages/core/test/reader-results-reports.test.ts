/**
 * Texts that report results (经济运行 news, 十年来 reviews, digests of a report's review), on invented
 * sentences (never corpus text): words that look like cues of planning but name a measure or a goal of
 * history, and the year and period such a text's results belong to.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const targetsOf = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`);
const actualsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period.year} ${a.period.label}`);

describe('预期 in a measure’s name is no cue of planning', () => {
  it('reads a monthly index of expectations in a results report as results', () => {
    const text = [
      '2023年某省工业经济运行情况',
      '一季度，全省规模以上工业增加值同比增长5.1%。',
      '按门类分，采矿业增长3.2%，制造业增长5.6%。',
      '3月份，企业经营预期指数为53.1%，比上月上升0.4个百分点。',
    ].join('\n');
    expect(targetsOf(text)).toEqual([]);
    expect(actualsOf(text)).toContain('53.1% 2023 3月');
  });

  it('reads life expectancy in a ten-year review as a result of its year', () => {
    const text = '十年来，全市城乡面貌焕然一新。人均预期寿命从2013年的76.1岁提高到2022年的78.4岁，城镇新增就业年均超过8万人。';
    expect(targetsOf(text)).toEqual([]);
    expect(extractPlan(text).year).toBe(2022);
    expect(actualsOf(text)).toContain('78.4岁 2022 2022年');
  });

  it('still plans with 预期 before a target', () => {
    expect(targetsOf('今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。')).toHaveLength(1);
    const plan = extractPlan('到2027年，全县人均预期寿命达到80岁以上，每千人口执业医师数达到3.2人。');
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['80 2027', '3.2 2027']);
  });

  it('keeps 预期 of expected growth as planning', () => {
    expect(targetsOf('2024年全区预期增长7%，固定资产投资增长10%。').length).toBeGreaterThan(0);
  });
});

describe('goals of history and goals set before are no targets set', () => {
  it('reads a five-year review that names the 百年奋斗目标 as results', () => {
    const text = [
      '某市2023年政府工作报告',
      '过去五年',
      '我们如期实现第一个百年奋斗目标，开启向第二个百年奋斗目标进军新征程。',
      '地区生产总值增加到5600亿元，五年年均增长6.1%。',
      '粮食产量连年稳定在600万吨以上。',
    ].join('\n');
    expect(targetsOf(text)).toEqual([]);
    expect(extractPlan(text).actuals.map((a) => a.value)).toEqual([5600, 6.1, 600]);
  });

  it('reads 实现既定的增长目标 as a goal reported met', () => {
    const text = '五年来，面对多重冲击，全省仍稳步实现既定的增长目标，经济总量从4.1万亿元增长到5.5万亿元以上。';
    expect(targetsOf(text)).toEqual([]);
  });

  it('still plans when the goal is set by the text', () => {
    expect(targetsOf('为实现第二个百年奋斗目标，今年力争地区生产总值增长6%。')).toHaveLength(1);
    expect(targetsOf('2025年，确保完成既定目标任务，力争规上工业增加值增长8%。')).toHaveLength(1);
    expect(targetsOf('今年的奋斗目标是：一般公共预算收入增长5%。')).toHaveLength(1);
  });
});

describe('a change to a year’s figure is no deadline', () => {
  it('dates a review of ten years by its latest year', () => {
    const text = '十年来，全省经济总量连跨两个万亿元台阶，从2013年的2.1万亿元增长到2022年的4.3万亿元。';
    expect(extractPlan(text).year).toBe(2022);
    expect(targetsOf(text)).toEqual([]);
    expect(actualsOf(text)).toEqual(['2.1万亿元 2013 2013年', '4.3万亿元 2022 2022年']);
  });

  it('still reads 到2027年 with its figure as a deadline', () => {
    const text = '全市地区生产总值从2020年的2500亿元增长到2022年的3100亿元。到2027年，全市地区生产总值达到4000亿元。';
    expect(targetsOf(text)).toContain('地区生产总值 >= 4000亿元 2027');
  });
});

describe('the parts of a year date results', () => {
  const periodsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.value} ${a.period.fromMonth}-${a.period.toMonth} ${a.period.label}`);

  it('dates figures by the quarter or half-year they name', () => {
    const text =
      '2023年上半年，全市地区生产总值同比增长5.2%。其中，二季度地区生产总值同比增长4.8%。第三季度，社会消费品零售总额增长3.1%。下半年，出口增长2.5%。';
    expect(periodsOf(text)).toEqual(['5.2 1-6 上半年', '4.8 4-6 二季度', '3.1 7-9 第三季度', '2.5 7-12 下半年']);
  });

  it('still reads 前三季度 whole and ranks after 第 as ranks', () => {
    const text = '2023年前三季度，全县规上工业增加值增长6.4%，增速居全市第三位。';
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => `${a.value} ${a.period.label}`)).toEqual(['6.4 前三季度', '3 前三季度']);
  });

  it('gives months listed before 分别 to the figures after it in order', () => {
    const text = '2024年二季度，全省规模以上工业增加值同比增长7.1%，其中4月、5月和6月分别增长6.2%、7.0%、8.1%。';
    expect(periodsOf(text)).toEqual(['7.1 4-6 二季度', '6.2 4-4 4月', '7 5-5 5月', '8.1 6-6 6月']);
  });

  it('keeps the last period when the figures are not distributed over the list', () => {
    // No 分别: 1-5月 and 1-6月 name one span each, the last dates what follows.
    expect(periodsOf('2024年1-5月、1-6月累计，全市出口增长3.3%。')).toEqual(['3.3 1-6 1-6月']);
    // 分别 over metrics, not periods: the one period dates every figure.
    expect(periodsOf('2024年上半年，全市工业投资、技改投资分别增长12%和9%。')).toEqual(['12 1-6 上半年', '9 1-6 上半年']);
  });
});

describe('a base period named in a comparison', () => {
  const periodsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.value} ${a.period.year} ${a.period.label}`);

  it('reads the rate of the base period as last year’s result', () => {
    const text = '2025年上半年，全县规上工业增加值同比增长6.1%，比上年全年增长6.8%回落0.7个百分点，比上年同期增长5.9%加快0.2个百分点。';
    expect(periodsOf(text)).toEqual(['6.1 2025 上半年', '6.8 2024 上年全年', '0.7 2025 上半年', '5.9 2024 上年同期', '0.2 2025 上半年']);
  });

  it('does not date the change by the base’s 全年', () => {
    expect(periodsOf('2025年一季度，全市出口增长4.4%，比上年全年回落1.1个百分点。')).toEqual(['4.4 2025 一季度', '1.1 2025 一季度']);
  });

  it('keeps growth over last year as the year’s own', () => {
    // 比上年增长 closing the figure's own statement: the growth of the year written, no base rate.
    expect(periodsOf('2024年全市地区生产总值2800亿元，比上年增长5.6%。')).toEqual(['2800 2024 2024年', '5.6 2024 2024年']);
    expect(periodsOf('2024年全市地区生产总值比上年增长5.6%，增速比上年提高0.3个百分点。')).toEqual(['5.6 2024 2024年', '0.3 2024 2024年']);
    // A 全年 of its own still dates the figure.
    expect(periodsOf('2024年1—11月，全市出口增长3%，全年实现外贸进出口500亿元。')).toEqual(['3 2024 1—11月', '500 2024 全年']);
  });
});

describe('a result word naming no time keeps the paragraph’s months', () => {
  it('dates a breakdown after a month period opening the paragraph', () => {
    const text = '2024年1—9月，全市在建重点项目完成投资520亿元，为年计划的76%。按类别分，产业项目完成投资210亿元，为年计划的80%。';
    expect(extractPlan(text).actuals.map((a) => `${a.value} ${a.period.label}`)).toEqual(['520 1—9月', '76 1—9月', '210 1—9月', '80 1—9月']);
  });

  it('does not carry months into a new paragraph or past a year of its own', () => {
    const text = '2024年1—9月，全市完成投资520亿元，为年计划的76%。\n2023年，全市完成投资610亿元，为年计划的101%。';
    expect(extractPlan(text).actuals.map((a) => `${a.value} ${a.period.label}`)).toEqual(['520 1—9月', '76 1—9月', '610 2023年', '101 2023年']);
  });
});

describe('a report that looks back on a whole period (回望“十四五”) is given the year after it', () => {
  it('dates the plan year after the period and its 今年 targets by it, though the text writes no year', () => {
    const text = [
      '1月20日，某市第十六届人民代表大会第六次会议开幕，市长作政府工作报告。',
      '回望“十四五”，报告提到，全市形成5个产值超千亿元的产业集群。',
      '报告提到，“十四五”期间，全市综合实力稳居全省第二。',
      '报告提到，今年全市主要预期目标是，地区生产总值增长5%左右。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2026);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['5% 2026']);
    expect(actualsOf(text)[0]).toBe('5个 2025 “十四五”时期');
  });

  it('must not fire: a period named without looking back on it still dates nothing of its own', () => {
    const text = '1月20日，某市召开会议，市长作政府工作报告。\n报告提到，今年全市主要预期目标是，地区生产总值增长5%左右。';
    expect(extractPlan(text).year).toBeNull();
  });
});

describe('a national congress session dates its government work report', () => {
  const yearOf = (text: string) => extractPlan(text).year;

  it('reads the year from the congress and session numbers', () => {
    expect(yearOf('3月5日上午，十四届全国人大四次会议开幕，国务院总理作政府工作报告。报告回顾了过去五年的工作。')).toBe(2026);
    expect(yearOf('十三届全国人大五次会议在京开幕，国务院总理作政府工作报告，今年发展主要预期目标是国内生产总值增长5.5%左右。')).toBe(2022);
    expect(yearOf('十二届全国人大一次会议听取政府工作报告，过去五年国内生产总值年均增长9.3%。')).toBe(2013);
  });

  it('a province’s report dated on its cover is of its own year, though its review names a national session', () => {
    const text = [
      '政府工作报告',
      '——2021年1月20日在某省第十三届人民代表大会第四次会议上',
      '一、2020年工作回顾',
      '总书记5月22日参加十三届全国人大三次会议某省代表团审议。',
      '一年来，全省经济稳定恢复。初步核算，全省生产总值增长3.1%。',
    ].join('\n');
    expect(yearOf(text)).toBe(2021);
    expect(actualsOf(text)).toEqual(['3.1% 2020 2020年']);
  });

  it('must not fire: with no cover date, the national session still dates the report', () => {
    expect(yearOf('政府工作报告\n在十四届全国人大四次会议上，国务院总理作政府工作报告。今年发展主要预期目标是经济增长4.5%—5%。')).toBe(2026);
    expect(yearOf('2026年3月5日，十四届全国人大四次会议开幕，国务院总理作政府工作报告。')).toBe(2026);
  });

  it('does not read a standing committee’s meeting or a deputy as a session', () => {
    const committee = '十四届全国人大常委会第七次会议审议政府工作报告落实情况，2023年国内生产总值增长5.2%。';
    expect(yearOf(committee)).toBe(2023);
    expect(yearOf('全国人大代表、某县县长在审议政府工作报告时说，2024年全县生产总值增长6%。')).toBe(2024);
  });
});

describe('a digest of a government work report headed 过去一年', () => {
  it('plans for the year after the one its review opens with', () => {
    const text = ['解读政府工作报告', '', '过去一年', '', '2024年是极不平凡的一年。', '', '全年地区生产总值增长5.1%', '', '城镇新增就业6.2万人'].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2025);
    expect(plan.actuals.map((a) => `${a.value} ${a.period.year}`)).toEqual(['5.1 2024', '6.2 2024']);
  });

  it('is no review when the year does not open the part, or no report is named', () => {
    // 过去一年 with a later sentence naming a year: not the heading's year.
    expect(extractPlan(['解读政府工作报告', '过去一年', '全市经济回升向好，2024年地区生产总值增长5.1%。'].join('\n')).year).not.toBe(2025);
    // No 政府工作报告: a year's review in a yearbook stays of its year.
    expect(extractPlan(['过去一年', '2024年是极不平凡的一年。', '全年地区生产总值增长5.1%。'].join('\n')).year).toBe(2024);
  });
});

describe('the key projects an investment is counted over are its scope', () => {
  const countsOf = (text: string) => {
    const plan = extractPlan(text);
    return [...plan.targets, ...plan.actuals].filter((e) => e.unit === '个').map((e) => e.value);
  };

  it('reads no count for the whole’s key projects or the parts a breakdown names', () => {
    const text = [
      '2024年1—9月，全市156个在建重点项目完成投资320亿元，为年计划的78%。',
      '按阶段划分，其中38个新开工项目完成投资60亿元；118个续建项目完成投资260亿元。',
      '按行业划分，20个工业项目完成投资90亿元，15个民生项目完成投资40亿元。',
    ].join('\n');
    expect(countsOf(text)).toEqual([]);
    expect(extractPlan(text).actuals.map((a) => a.value)).toEqual([320, 78, 60, 260, 90, 40]);
    // 为年计划的78% measures progress against the plan: the text sets nothing, so the lines after report too.
    expect(extractPlan(text).targets).toEqual([]);
  });

  it('still counts projects named as what was done or planned', () => {
    expect(countsOf('2024年全市新开工重点项目150个，完成投资320亿元。')).toEqual([150]);
    expect(countsOf('2025年，全市开工建设120个重点项目，完成投资300亿元以上。')).toEqual([120]);
    expect(countsOf('按计划，全市实施重点项目150个。')).toEqual([150]);
    expect(countsOf('2024年，分领域看，全市新开工项目120个，完成投资50亿元。')).toEqual([120]);
  });
});

describe('the year’s target named as what results so far serve', () => {
  it('reads 为实现全年增长X%的预期目标 as the year’s target', () => {
    const text = '2024年上半年，全市生产总值同比增长5.8%，为实现全年增长6%左右的预期目标奠定了基础。';
    expect(targetsOf(text).map((t) => t.split(' ').slice(1).join(' '))).toEqual(['~ 6% 2024']);
    expect(actualsOf(text)).toEqual(['5.8% 2024 上半年']);
  });

  it('does not fire on a result measured against a target or on a plain plan', () => {
    // 低于…的预期目标: a back-reference the result is measured against, no entry.
    expect(targetsOf('2024年全市生产总值增长5.2%，低于5.5%的预期目标。')).toEqual([]);
    // 为实现全年目标 with no figure before 的目标: the figure after is an ordinary target.
    expect(targetsOf('为实现全年目标，2024年下半年全市力争生产总值增长6%。')).toHaveLength(1);
    // A figure of results before 为…: still a result.
    expect(actualsOf('2024年1—5月，全市出口增长9%，为完成全年任务打下基础。')).toEqual(['9% 2024 1—5月']);
  });
});

describe('a results report led by a part of the year so far', () => {
  const labelsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.value} ${a.period.label}`);

  it('dates the undated results of its later paragraphs by the lead’s months', () => {
    const text = ['2024年上半年全省规上工业增加值同比增长6.2%', '分门类看，采矿业增长4.1%，制造业增长6.9%。', '6月份，规上工业增加值增长5.3%。'].join('\n');
    expect(labelsOf(text)).toEqual(['6.2 上半年', '4.1 上半年', '6.9 上半年', '5.3 6月']);
  });

  it('carries nothing from a lead of no months, a whole year or a plan', () => {
    expect(labelsOf(['2024年全省经济运行稳中向好', '采矿业增长4.1%，制造业增长6.9%。'].join('\n'))).toEqual(['4.1 2024年', '6.9 2024年']);
    // 1—12月 is the whole year: no span so far to carry.
    expect(labelsOf(['2024年1—12月全省出口增长3%', '制造业增长6.9%。'].join('\n'))).toEqual(['3 1—12月', '6.9 2024年']);
    // A text that plans (力争) keeps each paragraph to itself.
    const plan = extractPlan(['2024年上半年全省出口增长3%', '下半年力争制造业增长6.9%。'].join('\n'));
    expect(plan.targets.map((t) => t.value)).toEqual([6.9]);
  });
});

describe('a report that announces its own contents, and a completion ratio against the year’s target', () => {
  const report = [
    '过去一年，区统计局围绕全区发展大局扎实工作。本文将系统总结局机关一年来的工作成效、存在不足及下一步工作打算。',
    '一、主要指标完成情况',
    '2023年，全区规上工业总产值完成88.6亿元，同比增长5.2%，增速排名全市第三。社会消费品零售总额完成31.4亿元，同比增长4.1%。',
    '城镇新增就业1830人，完成目标任务的102.4%。',
  ].join('\n');

  it('reads such a report as results of its year: plan year and every period', () => {
    const plan = extractPlan(report);
    expect(plan.targets).toEqual([]);
    expect(plan.year).toBe(2023);
    expect(plan.actuals.map((a) => a.period.year)).toEqual(plan.actuals.map(() => 2023));
  });

  it('reads 完成全年目标的N% and 完成市下达目标任务的N% as progress, no plan', () => {
    const text = '2022年，全县固定资产投资完成45.2亿元，完成市下达目标任务的108.3%；招商到位资金12亿元，完成全年目标的96%。';
    expect(targetsOf(text)).toEqual([]);
    expect(extractPlan(text).year).toBe(2022);
  });

  it('must not fire: plans stated in the text still make it a plan', () => {
    expect(targetsOf(`${report}\n二、下一步工作打算\n2024年，力争规上工业总产值增长8%。`)).toEqual(['规上工业总产值 = 8% 2024']);
    // a contents sentence that names the year it plans for keeps that year
    const named = '现将2023年工作总结和2024年工作计划报告如下：\n一、2023年工作总结\n全区地区生产总值增长6%。';
    expect(extractPlan(named).year).toBe(2024);
    // the ratio names the target but the sentence sets one too
    expect(targetsOf('今年力争固定资产投资增长10%，一季度完成全年目标的25%以上。').length).toBeGreaterThan(0);
  });

  it('must not fire: 目标 and 计划 that set figures are not yardsticks', () => {
    expect(targetsOf('全年目标：地区生产总值增长6%。')).toHaveLength(1);
    expect(targetsOf('本报告提出今后五年的主要目标：到2028年地区生产总值达到800亿元。')).toEqual(['地区生产总值 >= 800亿元 2028']);
    expect(targetsOf('完成目标任务：新增规上企业12家。').length).toBeGreaterThan(0);
  });
});

describe('a page’s translation into English gives no entries', () => {
  it('reads the Chinese figures only', () => {
    const text = [
      '2023年，全市地区生产总值达到4520亿元，增长6.1%。',
      'In 2023, the city’s GDP reached RMB 452 billion, an increase of 6.1%, and its fiscal revenue grew by 3.2%.',
    ].join('\n');
    expect(extractPlan(text).actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['4520亿元', '6.1%']);
  });

  it('must not fire: Latin letters inside Chinese sentences, and short Latin rows, are still read', () => {
    expect(extractPlan('2023年，全市GDP增长6.1%，R&D经费投入强度达到2.9%。').actuals).toHaveLength(2);
    expect(extractPlan('2023年，全市PM2.5平均浓度为28μg/m3。').actuals).toHaveLength(1);
    expect(extractPlan('2023年全市主要指标\nGDP 6.1%').actuals.length).toBeGreaterThan(0);
  });
});
