/**
 * Mid-year reports on a plan (1—6月计划执行情况 to a standing committee) and completion ratios against the
 * year's plan, on invented sentences (never corpus text): results of the plan year's months so far.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const targetsOf = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`);
const actualsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period.year} ${a.period.label}`);

describe('a completion ratio against the year’s plan (完成全年计划目标的X%)', () => {
  it('keeps the figures after it results', () => {
    const text = '某市2023年前三季度经济运行情况\n今年前三季度，全市完成地区生产总值512.6亿元，完成全年计划目标的71.2%，增长6.4%；财政收入38.5亿元，增长9.1%。';
    expect(targetsOf(text)).toEqual([]);
    expect(actualsOf(text)).toEqual(expect.arrayContaining(['71.2% 2023 前三季度', '6.4% 2023 前三季度', '9.1% 2023 前三季度']));
  });

  it('reads 占年度目标的 and 达到全年目标的 as results too', () => {
    expect(targetsOf('1-8月，全县固定资产投资完成86亿元，占年度目标的66.2%，同比增长12%。')).toEqual([]);
    expect(targetsOf('上半年，全区税收收入达到全年目标的52.3%，同比增长4.8%。')).toEqual([]);
  });

  it('does not fire where the ratio is aimed at or no ratio follows', () => {
    expect(targetsOf('2024年要确保完成全年目标的100%，地区生产总值增长6%左右。').length).toBeGreaterThan(0);
    expect(targetsOf('2024年全县主要预期目标是：完成全年计划目标，地区生产总值增长6%左右。')).toContain('地区生产总值 ~ 6% 2024');
    expect(targetsOf('2024年全县主要预期目标是：达到年度目标，规上工业增加值增长8%。').length).toBe(1);
  });
});

describe('a review heading of the plan year’s months so far', () => {
  const report = (heading: string) =>
    [
      '2019年7月26日在某市第十五届人民代表大会常务委员会第二十次会议上',
      '现将全市2019年上半年国民经济和社会发展计划执行情况报告如下。',
      heading,
      '（一）农业生产总体稳定',
      '第一产业增加值完成86.4亿元，增长3.1%。夏粮总产量42.6万吨，增长1.2%。',
    ].join('\n');

  it('dates the undated results under it by those months of the plan year', () => {
    expect(actualsOf(report('一、关于2019年1—6月国民经济和社会发展计划执行情况'))).toEqual([
      '86.4亿元 2019 1—6月',
      '3.1% 2019 1—6月',
      '42.6万吨 2019 1—6月',
      '1.2% 2019 1—6月',
    ]);
    expect(actualsOf(report('一、上半年国民经济和社会发展计划执行情况'))).toContain('86.4亿元 2019 上半年');
  });

  it('leaves a heading of a past year or of the whole year to the year before', () => {
    const annual = (heading: string) =>
      [
        '2019年1月20日在某市第十五届人民代表大会第四次会议上',
        heading,
        '第一产业增加值完成160.2亿元，增长3.5%。',
        '二、2019年国民经济和社会发展计划',
        '地区生产总值增长7%左右。',
      ].join('\n');
    expect(actualsOf(annual('一、2018年国民经济和社会发展计划执行情况'))[0]).toBe('160.2亿元 2018 2018年');
    expect(actualsOf(annual('一、2018年1—11月国民经济和社会发展计划执行情况'))[0]).toMatch(/^160\.2亿元 2018/);
    expect(actualsOf(annual('一、关于国民经济和社会发展计划执行情况'))[0]).toBe('160.2亿元 2018 2018年');
  });
});

describe('a department’s review of the year under way (一、今年以来工作情况)', () => {
  const review = [
    '某县交通运输局2023年工作总结',
    '今年以来，我局在县委、县政府的领导下扎实工作。',
    '一、今年以来工作情况',
    '（一）主要指标完成情况',
    '1、全年完成农村公路提质改造46.5公里，完成投资2.3亿元。',
    '（二）争资争项成效明显',
    '今年，我局积极做好争资争项工作，成效明显。向上争取省级以上项目12个，争取上级补助资金3.65亿元。',
    '二、明年工作计划',
    '明年，力争完成农村公路提质改造50公里，争取上级资金4亿元以上。',
  ].join('\n');

  it('reads the review’s figures as results, its 今年 and 向上争取 included', () => {
    const plan = extractPlan(review);
    expect(plan.actuals.map((a) => a.value)).toEqual([46.5, 2.3, 12, 3.65]);
  });

  it('must not fire: the plan part after it still plans, 争取 of funds included', () => {
    const plan = extractPlan(review);
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['50公里', '4亿元']);
  });

  it('must not fire: 今年 and 争取 outside such a review still plan', () => {
    expect(targetsOf('今年，全县要新建农村公路50公里，争取上级补助资金3亿元。')).toHaveLength(2);
    expect(targetsOf('2024年工作要点\n一、主要目标\n今年，全区地区生产总值增长6%，向上争取项目资金10亿元以上。')).toHaveLength(2);
    // a heading that reviews a past year does not make 今年 a result
    const pastReview = '2023年全县工作总结\n一、2023年工作回顾\n全县完成投资45亿元。\n二、2024年工作安排\n今年，全县力争完成投资50亿元。';
    expect(targetsOf(pastReview)).toHaveLength(1);
  });
});

describe('a review heading with a word of scope before 情况 (执行总体情况, 完成基本情况)', () => {
  const report = (heading: string) =>
    [
      '关于2021年1-6月某县国民经济和社会发展计划执行情况的报告',
      heading,
      '——1-6月地区生产总值增长4.1%；',
      '——社会消费品零售总额增长6.3%；',
      '——城镇登记失业率控制在3.8%以内。',
      '二、下半年工作安排',
      '下半年，力争全年规上工业增加值增长8%以上。',
    ].join('\n');

  it('reads the undated dash lines under it as results of the months so far', () => {
    for (const heading of ['一、上半年全县经济社会发展主要指标执行总体情况', '一、上半年主要指标完成基本情况', '一、上半年计划落实整体情况']) {
      expect(targetsOf(report(heading))).toEqual(['规上工业增加值 >= 8% 2021']);
      expect(actualsOf(report(heading))).toEqual(['4.1% 2021 1-6月', '6.3% 2021 上半年', '3.8% 2021 上半年']);
    }
  });

  it('does not fire on a heading of scope alone or of a task to complete', () => {
    for (const heading of ['一、上半年总体情况', '一、总体要求', '一、确保全年目标任务完成']) {
      expect(targetsOf(report(heading))).toContain('规上工业增加值 >= 8% 2021');
      expect(targetsOf(report(heading)).length).toBeGreaterThan(1);
    }
  });
});
