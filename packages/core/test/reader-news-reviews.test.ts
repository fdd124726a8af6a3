/**
 * News of a year's review on invented texts: where a passage announces that it reports (a speaker's 一年来，…,
 * 回顾过去五年，…, a figureless 五年来，… inside a paragraph, targets said met) and where it turns to aims again.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { readYear } from '../src/reader/document-info.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    targets: plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''}`),
    actuals: plan.actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''}`),
  };
};

describe('a review opening after a speaker’s attribution', () => {
  it('opens the review for the item paragraphs under it (某市长指出，一年来，…)', () => {
    const text = [
      '发布时间：2024-01-15 10:00',
      '某市人大会议今天开幕，市长王某作政府工作报告。',
      '王某指出，一年来，全市经济运行稳中向好。',
      '一是工业加快增长。规模以上工业增加值增长8.1%，工业投资增长12%。',
      '二是民生持续改善。城镇新增就业3.2万人，城镇登记失业率为2.9%。',
      '王某提出，今年全市地区生产总值增长6%左右。',
    ].join('\n');
    const { targets, actuals } = read(text);
    expect(targets).toEqual(['地区生产总值 ~ 6%']);
    expect(actuals).toEqual(expect.arrayContaining(['规模以上工业增加值 8.1%', '工业投资 12%']));
    expect(actuals.some((a) => a.startsWith('城镇登记失业率'))).toBe(true);
  });

  it('reads 报告指出，过去一年，… the same way', () => {
    const text = [
      '发布时间：2024-01-15 10:00',
      '报告指出，过去一年，全县发展取得新成绩。',
      '农业稳定发展。粮食产量达到42万吨。',
      '报告提出，今年力争粮食产量达到43万吨。',
    ].join('\n');
    expect(read(text)).toEqual({ targets: ['粮食产量 >= 43万吨'], actuals: ['粮食产量 42万吨'] });
  });

  it('leaves aims after an attribution as targets (市长表示，今年…; 他强调，要确保…)', () => {
    const text = ['市长表示，今年全市地区生产总值增长6%左右。', '规模以上工业增加值增长7%。', '他强调，要确保固定资产投资增长8%。'].join('\n');
    const { targets, actuals } = read(text);
    expect(actuals).toEqual([]);
    expect(targets).toEqual(['地区生产总值 ~ 6%', '规模以上工业增加值 = 7%', '固定资产投资 = 8%']);
  });
});

describe('回顾 before 过去五年 / 过去一年', () => {
  it('opens a review (回顾过去五年，…) that the next paragraph’s figures report', () => {
    const text = [
      '发布时间：2024-01-15 10:00',
      '某省人大会议开幕，省长作政府工作报告，对今年工作作出部署。',
      '回顾过去五年，报告说，全省经受住了多重考验。',
      '报告称，全省生产总值增加到5.2万亿元，年均增长6.1%。',
    ].join('\n');
    const { targets, actuals } = read(text);
    expect(targets).toEqual([]);
    expect(actuals).toEqual(expect.arrayContaining(['生产总值 5.2万亿元']));
  });

  it('still plans after 回顾 that names no past span (回顾历史，今年力争…)', () => {
    const text = ['回顾历史，我们信心更足。', '今年力争全县地区生产总值增长6.5%。'].join('\n');
    expect(read(text).targets).toEqual(['地区生产总值 = 6.5%']);
  });
});

describe('a figureless review sentence inside a paragraph', () => {
  const text = [
    '某县县长作政府工作报告（2024年1月12日）。',
    '2023年各项任务全面收官。过去五年是全县发展极不平凡的五年。五年来，全县上下团结奋进。',
    '“稳”的基础更加牢固。预计地区生产总值年均增长6.5%，粮食产量达到30万吨。',
  ].join('\n');

  it('opens the review for the paragraphs after it, until a cue of planning', () => {
    const { targets, actuals } = read(`${text}\n今年，力争地区生产总值增长6%。`);
    expect(targets).toEqual(['地区生产总值 = 6%']);
    expect(actuals).toEqual(expect.arrayContaining(['地区生产总值 6.5%', '粮食产量 30万吨']));
  });

  it('does not open one when the sentence states a figure of its own (去年实际增长7.3%)', () => {
    const plan = ['某市2017年主要预期目标：', '地区生产总值增长7%左右。去年实际增长7.3%。', '一般公共预算收入增长6%。'].join('\n');
    expect(read(plan).targets).toEqual(['地区生产总值 ~ 7%', '一般公共预算收入 = 6%']);
  });

  it('does not open one inside a paragraph that plans (今年…。过去五年的成绩…) when a plan cue follows', () => {
    const plan = ['今年是关键之年。一年来的经验弥足珍贵。今年力争实现地区生产总值增长5%。', '固定资产投资增长8%。'].join('\n');
    expect(read(plan).targets).toEqual(expect.arrayContaining(['地区生产总值 = 5%', '固定资产投资 = 8%']));
  });
});

describe('过去5年 inside a paragraph, in a page of a plan period’s last year', () => {
  it('dates the results after it in that year, the period now closing', () => {
    const text = [
      '某市“十四五”发展报告：多项指标超额完成',
      '某市地处省境东部，是区域交通枢纽。过去5年，某市全力推动“十四五”规划目标任务落地。',
      '产业发展成效明显。规上工业企业数量达320户，全社会研发经费投入突破3亿元。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2025);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value} ${a.period?.year}`)).toEqual(['320 2025', '3 2025']);
  });

  it('dates them in the year before a report that plans the next period (a 2026 report’s 五年来)', () => {
    const text = [
      '某市人大会议开幕，市长作政府工作报告（2026年1月10日）。',
      '各项任务全面完成。过去五年是极不平凡的五年。五年来，全市上下团结奋进。',
      '“强”的基础更牢。预计人均地区生产总值突破2万美元。',
      '2026年主要预期目标：地区生产总值增长5%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => `${a.value} ${a.period?.year}`)).toEqual(['2 2025']);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['5 2026']);
  });
});

describe('a figureless sentence inside a paragraph that must not open a review', () => {
  const targetsOf = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.value}`);

  it('not after a figure in its paragraph (…增长7%。过去一年极不平凡。)', () => {
    const text = ['2024年主要预期目标：', '全县地区生产总值增长7%。过去一年极不平凡。', '规模以上工业增加值增长8%。'].join('\n');
    expect(targetsOf(text)).toEqual(['地区生产总值 7', '规模以上工业增加值 8']);
  });

  it('not a bare 去年 (去年受疫情影响较大)', () => {
    const text = ['2024年主要预期目标：', '全县发展面临新形势。去年受疫情影响较大。', '规模以上工业增加值增长8%。'].join('\n');
    expect(targetsOf(text)).toEqual(['规模以上工业增加值 8']);
  });

  it('not one that turns to aims (一年来的经验表明，今年要…)', () => {
    const text = ['2024年主要预期目标：', '形势依然复杂。一年来的经验表明，今年要稳中求进。', '城镇新增就业5000人。'].join('\n');
    expect(targetsOf(text)).toEqual(['城镇新增就业 5000']);
  });
});

describe('targets reported met after their 目标', () => {
  it('reads “三年见效”目标基本实现，预计… as results', () => {
    const text = ['发布时间：2024-01-15 10:00', '新区“三年见效”目标基本实现，预计新区生产总值年均增长12%左右。', '今年，力争新区生产总值增长10%。'].join('\n');
    const { targets, actuals } = read(text);
    expect(targets).toEqual(['新区生产总值 = 10%']);
    expect(actuals).toEqual(['新区生产总值 12%']);
  });

  it('keeps work striving for a target to be met a plan (奋力实现全年目标圆满完成，…)', () => {
    const text = ['2025年主要预期目标：', '奋力实现全年目标圆满完成，规模以上工业增加值增长6%。'].join('\n');
    expect(read(text).targets).toEqual(['规模以上工业增加值 = 6%']);
  });

  it('keeps a plan that a target shall be met (确保全年目标如期实现)', () => {
    const text = '确保全年目标如期实现，地区生产总值增长6%。';
    expect(read(text).targets).toEqual(['地区生产总值 = 6%']);
  });
});

describe('the year a report reviews, as news words it', () => {
  it('reads 回顾了2022年的政府工作 as a review of 2022: the report is for 2023', () => {
    const text = '今年的《政府工作报告》不仅回顾了2022年的政府工作，还回顾了过去五年的工作。';
    expect(readYear('', text).year).toBe(2023);
  });

  it('still reads a year’s 政府工作 the text plans (部署了2024年政府工作任务) as that year', () => {
    const text = '《政府工作报告》部署了2024年政府工作任务：今年地区生产总值增长5%左右。';
    expect(readYear('', text).year).toBe(2024);
  });
});

describe('the plan year written before 预计全省 (2024年，某省将坚持…，预计…)', () => {
  const text = [
    '某省人大会议开幕，省长作政府工作报告。',
    '2024年，某省将坚持稳中求进，预计全省地区生产总值增长5.5%左右。',
    '去年全省地区生产总值增长4.9%。',
  ].join('\n');

  it('dates the report by the year its 将坚持 plans', () => {
    expect(readYear('', text).year).toBe(2024);
  });

  it('reads 预计全省… after the plan year as the year’s aim, and 去年 as a result', () => {
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value} ${t.year}`)).toEqual(['地区生产总值 ~ 5.5 2024']);
    expect(plan.actuals.map((a) => `${a.value} ${a.period?.year}`)).toEqual(['4.9 2023']);
  });

  it('keeps 预计全市… after a year before the plan year an estimate of that year', () => {
    const review = ['2024年全市主要预期目标：地区生产总值增长6%。', '2023年，全市坚持稳中求进，预计全市地区生产总值增长5%。'].join('\n');
    const plan = extractPlan(review);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['6 2024']);
    expect(plan.actuals.map((a) => `${a.value} ${a.period?.year} ${a.estimate === true}`)).toEqual(['5 2023 true']);
  });
});

describe('恢复到2019年的113%: the earlier year is the base of the share', () => {
  it('dates the shares and the sentence after them by the sentence’s own 去年', () => {
    const text = [
      '2024年主要预期目标：旅游总收入增长10%。',
      '报告指出，去年全省旅游人次、旅游总收入分别恢复到2019年的108%、112%。社会消费品零售总额增长6.1%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => `${a.value} ${a.period?.year}`)).toEqual(['108 2023', '112 2023', '6.1 2023']);
  });

  it('still reads 2019年 that dates its own figure (2019年全省旅游总收入达到900亿元)', () => {
    const text = ['2024年主要预期目标：旅游总收入增长10%。', '2019年全省旅游总收入达到900亿元。'].join('\n');
    expect(extractPlan(text).actuals.map((a) => `${a.value} ${a.period?.year}`)).toEqual(['900 2019']);
  });
});

describe('报告提出，… turns news of a report to its aims', () => {
  it('reads the figures after 报告提出，要… as targets, though a 了 of priorities closed the sentence before', () => {
    const text = [
      '某市人大会议今天开幕，报告回顾了2025年的发展成就，过去一年全市生产总值增长5.2%。',
      '报告也明确了今年的重点，扩大内需被放在了首位。报告提出，要更大力度提振消费。新建15个社区消费中心。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.metric} ${t.value}${t.unit}`)).toEqual(['社区消费中心 15个']);
    expect(plan.actuals.map((a) => a.value)).toEqual([5.2]);
  });

  it('does not plan a report’s targets said met (完成了报告提出的目标任务，…增长6.2%)', () => {
    const text = ['2024年主要预期目标：地区生产总值增长6%。', '去年，全市完成了政府工作报告提出的各项目标任务，地区生产总值增长6.2%。'].join('\n');
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => a.value)).toEqual([6.2]);
    expect(plan.targets.map((t) => t.value)).toEqual([6]);
  });
});

describe('a turning year said of the year just past (刚刚过去的一年，是“十四五”的…开局之年)', () => {
  it('makes the text the next year’s, whatever date a repost gives the page', () => {
    const text = ['2025-06-01 某资讯网', '刚刚过去的一年，是“十四五”的谋篇之年、开局之年。全市生产总值达到420亿元。', '今年是关键的一年。'].join('\n');
    expect(readYear('', text).year).toBe(2022);
  });

  it('reads 去年是“十三五”收官之年 as the year before the text’s', () => {
    expect(readYear('', '去年是“十三五”规划收官之年，全县经济稳中有进。').year).toBe(2021);
  });

  it('reads 明年是“十五五”开局之年 as the year after the text’s (misfire review)', () => {
    expect(readYear('某县政府工作报告', '明年是“十五五”开局之年。今年全县地区生产总值增长5.5%左右。').year).toBe(2025);
    expect(readYear('', '明年将是“十四五”收官之年，全县要做好衔接。').year).toBe(2024);
  });

  it('keeps 今年是“十四五”的攻坚之年、收官之年 the year itself', () => {
    expect(readYear('', '今年是“十四五”的攻坚之年、收官之年，要全力以赴。').year).toBe(2025);
  });

  it('keeps a turning year not said of the year just past (过去的一年，我们…。2021年是“十四五”开局之年)', () => {
    expect(readYear('', '过去的一年，我们砥砺前行。“十四五”开局之年，全县继续奋斗。').year).toBe(2021);
  });
});
