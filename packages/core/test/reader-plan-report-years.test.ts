/**
 * The year a yearly report plans, on invented sentences (never corpus text): a plan report named by the year it
 * reviews and the year it drafts, a work report whose speaker 报告政府工作, and a report cut to its body that opens
 * with its review heading. Each with sentences where the rule must not fire.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;

describe('a plan report names the year it reviews and the year it drafts', () => {
  it('plans the drafted year, not the reviewed year its first heading names', () => {
    const text = [
      '受县人民政府委托，现将全县2021年国民经济和社会发展计划执行情况和2022年国民经济和社会发展计划草案提请审议。',
      '一、2021年国民经济和社会发展计划执行情况',
      '预计全县地区生产总值增长6.5%，规上工业增加值增长8%。',
    ].join('\n');
    expect(yearOf(text)).toBe(2022);
  });

  it('reads the short name with 及 and 草案 as well', () => {
    const text = ['关于2019年计划执行情况及2020年计划草案的报告', '一、2019年计划执行情况', '全年粮食产量达到52万吨。'].join('\n');
    expect(yearOf(text)).toBe(2020);
  });

  it('does not fire on an execution report alone, nor on years not one apart', () => {
    const alone = ['一、2021年国民经济和社会发展计划执行情况', '全年地区生产总值增长6.5%。'].join('\n');
    expect(yearOf(alone)).not.toBe(2022);
    const apart = '对比2018年计划执行情况和2021年计划目标，全市财政收入增长7%。';
    expect(yearOf(apart)).not.toBe(2021 + 1);
    expect(yearOf(apart)).not.toBe(2019);
  });
});

describe('a speaker who 报告政府工作 gives a work report', () => {
  it('plans the year after the reviewed one', () => {
    const text = ['各位代表：', '现在，我代表县人民政府，向大会报告政府工作，请予审议。', '一、2022年工作回顾', '全年完成地区生产总值210亿元，增长5.1%。'].join(
      '\n',
    );
    expect(yearOf(text)).toBe(2023);
  });

  it('does not take a review heading for a report where no one reports to a congress', () => {
    const text = ['县文旅局关于工作情况的说明', '二、2022年工作回顾与问题', '全年接待游客增长12%。'].join('\n');
    expect(yearOf(text)).not.toBe(2023);
  });
});

describe('a report cut to its body thanks its congress for oversight', () => {
  it('plans the year after the review heading’s year', () => {
    const text = ['一、2023年工作回顾', '2023年，在州人大及其常委会的监督支持下，全州上下攻坚克难，全年完成地区生产总值420亿元，同比增长5.8%。'].join('\n');
    expect(yearOf(text)).toBe(2024);
  });

  it('does not fire without those words, nor on oversight of other bodies', () => {
    const bare = ['一、2023年工作回顾', '2023年，全州完成地区生产总值420亿元，同比增长5.8%。'].join('\n');
    expect(yearOf(bare)).toBe(2023);
    const audit = ['一、2023年工作回顾', '2023年，在审计部门的监督指导下，局机关完成营业收入20亿元。'].join('\n');
    expect(yearOf(audit)).toBe(2023);
    const inspection = ['一、2023年工作回顾', '2023年，人大代表监督检查项目12个，全年完成投资50亿元。'].join('\n');
    expect(yearOf(inspection)).toBe(2023);
  });
});

describe('今年 naming the campaign a year opened', () => {
  it('dates the text to the year whose campaign 今年 names', () => {
    const text = [
      '2022年，某县围绕农业、文旅两大领域，持续开展招商引资提升年活动，以项目促发展。',
      '县长介绍，在今年的招商引资提升年活动中，全县计划引进亿元以上项目40个。',
    ].join('\n');
    expect(yearOf(text)).toBe(2022);
  });

  it('does not fire when the year’s sentence reports figures, nor when 今年 names something else', () => {
    const results = ['2022年，某县开展招商引资提升年活动，引进项目35个。', '在今年的招商引资提升年活动中，全县计划引进亿元以上项目40个。'].join('\n');
    expect(yearOf(results)).toBe(2023);
    const other = ['2022年，某县围绕农业、文旅两大领域，持续开展招商引资提升年活动。', '今年的重点项目建设中，全县计划引进亿元以上项目40个。'].join('\n');
    expect(yearOf(other)).not.toBe(2022);
  });
});

describe('a plan execution report given to a congress plans the year after it reviews', () => {
  it('reads the heading line alone with the congress thanked for its oversight', () => {
    const text = [
      '一、2030年国民经济和社会发展计划执行情况',
      '一年来，在县人大依法监督和县政协民主监督下，全县上下攻坚克难，地区生产总值增长5.8%，一般公共预算收入增长4%。',
    ].join('\n');
    expect(yearOf(text)).toBe(2031);
  });

  it('does not fire on a half-year execution heading, an execution report with no congress, or oversight of something else', () => {
    const halfYear = ['一、2030年上半年国民经济和社会发展计划执行情况', '在县人大依法监督和县政协民主监督下，地区生产总值增长5.8%。'].join('\n');
    expect(yearOf(halfYear)).not.toBe(2031);
    const noCongress = ['一、2030年国民经济和社会发展计划执行情况', '全县地区生产总值增长5.8%，粮食产量达到12万吨。'].join('\n');
    expect(yearOf(noCongress)).not.toBe(2031);
    const inSentence = ['2030年国民经济和社会发展计划执行情况良好。', '在县人大依法监督和县政协民主监督下，地区生产总值增长5.8%。'].join('\n');
    expect(yearOf(inSentence)).not.toBe(2031);
    const otherOversight = ['一、2030年国民经济和社会发展计划执行情况', '在群众监督和舆论监督下，全县地区生产总值增长5.8%。'].join('\n');
    expect(yearOf(otherOversight)).not.toBe(2031);
  });
});

describe('a column tag opening the headline names its year without 年', () => {
  it('dates the aims under a 【place+year】 tag by that year, not the year after', () => {
    const text = [
      '【江南2031】某市市长：全年要实现地区生产总值增长7%',
      '某市市长表示，2031年，只争朝夕。新的一年，全市将加快建设重大项目，全年实现地区生产总值增长7%。',
    ].join('\n');
    expect(yearOf(text)).toBe(2031);
  });

  it('does not fire on a tag without a year, a year with more digits, or a bracket later in the line', () => {
    const noYear = ['【聚焦两会】某市市长：全年要实现地区生产总值增长7%', '某市市长表示，2031年，只争朝夕。新的一年，全市将全年实现地区生产总值增长7%。'].join(
      '\n',
    );
    expect(yearOf(noYear)).not.toBe(2031);
    const code = ['【编号20315】某市市长：全年要实现地区生产总值增长7%', '某市市长表示，2031年，只争朝夕。新的一年，全市将全年实现地区生产总值增长7%。'].join(
      '\n',
    );
    expect(yearOf(code)).not.toBe(2031);
    const later = ['某市市长谈发展【江南2031】', '某市市长表示，2031年，只争朝夕。新的一年，全市将全年实现地区生产总值增长7%。'].join('\n');
    expect(yearOf(later)).not.toBe(2031);
  });
});

describe('a year heading under the story’s first paragraph is no headline', () => {
  const lede =
    '近日，中共某县委全体会议暨县委经济工作会议召开，会议全面总结了过去一年的经济工作，分析了当前面临的形势，安排部署了新一年的经济工作和各项重点任务。';
  it('dates the story by its aims, not by the heading of the part that reviews', () => {
    const text = [
      '奋楫争先 行稳致远',
      '',
      lede,
      '',
      '2030年亮点纷呈',
      '全县地区生产总值增长6.1%。',
      '2031年目标明确',
      '2031年全县经济发展的主要预期目标是：地区生产总值增长6.5%左右。',
    ].join('\n');
    expect(yearOf(text)).toBe(2031);
  });

  it('still takes a year headline above the first paragraph, and a page with no long paragraph keeps its year line', () => {
    const above = ['2030年全县经济亮点纷呈', '', lede, '', '全县地区生产总值增长6.1%。'].join('\n');
    expect(yearOf(above)).toBe(2030);
    const short = ['2030年全县经济亮点纷呈', '全县地区生产总值增长6.1%。'].join('\n');
    expect(yearOf(short)).toBe(2030);
  });
});
