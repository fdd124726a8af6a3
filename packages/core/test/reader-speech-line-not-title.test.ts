/**
 * A line opening with who speaks and a verb of saying set off by a comma (报告指出，2026年是实施“十五五”规划的…, an excerpt's cut
 * last line) is a sentence of the body, never the headline: the plan period it names does not date the text. And 2025年，…的
 * 主要预期目标任务是： names the year whose targets it sets, as …主要预期目标是： does (invented texts).
 */
import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';
import { extractPlan } from '../src/reader/extract.ts';

const session = [
  '某县第十届人民代表大会第三次会议开幕',
  '来源：某某网',
  '某某网讯：2月5日上午，某县第十届人民代表大会第三次会议开幕。县长代表县人民政府向大会作政府工作报告。',
  '报告回顾了2027年的工作。2027年，实现地区生产总值215亿元，同比增长5.6%；一般公共预算收入12.3亿元，同比增长4.2%。',
  '报告提出了2028年目标任务和重点工作。',
].join('\n');

describe('a line of reported speech is no headline', () => {
  it('dates the session news by the year after the one it reviews, not by the period a cut line names', () => {
    const text = `${session}\n报告指出，2028年是实施“十五五”规划的关`;
    expect(readDocumentInfo(text).year).toBe(2028);
    expect(extractPlan(text).targets).toEqual([]);
  });

  it('reads the year whose 主要预期目标任务 a line states', () => {
    const text = [
      '某市第九届人民代表大会第二次会议开幕',
      '2027-12-27 10:05 来源：某某日报',
      '本次会议应到代表300人，实到281人。',
      '会议指出，2028年，全市经济社会发展的主要预期目标任务是：地区生产总值增长5.5%左右，社会消费品零售总额增长6%。',
    ].join('\n');
    expect(readDocumentInfo(text).year).toBe(2028);
  });
});

describe('must not fire', () => {
  it('keeps a plan’s own title with its year', () => {
    expect(readDocumentInfo('某县2028年国民经济和社会发展计划\n一、主要目标\n地区生产总值增长6%。').year).toBe(2028);
  });

  it('keeps a headline with a verb of saying and no comma after it', () => {
    const info = readDocumentInfo('县政府工作报告提出2028年主要目标\n来源：某某网\n地区生产总值增长6%左右。');
    expect(info.title).toBe('县政府工作报告提出2028年主要目标');
  });

  it('keeps a headline whose speaker is too long to be a sentence opening', () => {
    const info = readDocumentInfo('某市“十五五”规划纲要草案编制工作领导小组明确，2026年启动实施行动计划\n来源：某某网\n正文。');
    expect(info.title).toBe('某市“十五五”规划纲要草案编制工作领导小组明确，2026年启动实施行动计划');
  });

  it('keeps 主要预期目标 with a year it reports met out of the years planned (2027年，全县完成主要目标任务：…)', () => {
    const info = readDocumentInfo('2027年，全县完成主要目标任务：地区生产总值增长5.6%。\n2028年，全县将继续推进高质量发展。');
    expect(info.year).not.toBe(2027);
  });
});
