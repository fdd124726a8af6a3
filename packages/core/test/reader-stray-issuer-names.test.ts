/**
 * A headline's words glued to a bare congress suffix by a cleaned-out space (越是艰难越向前 县十届人大三次会议) name no
 * issuer: on invented texts, the known issuer with that suffix takes the vote; a real name keeps it.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const regionOf = (text: string) => extractPlan(text).region;

describe('a headline glued to a bare 市 of a congress', () => {
  it('gives the vote to the city the body names with its congress', () => {
    const text = [
      '奋楫扬帆再出发 勇毅笃行向未来 市八届人大五次会议开幕',
      '本报讯 3月2日上午，庆阳市第八届人民代表大会第五次会议开幕。市长作政府工作报告。',
      '今年全市地区生产总值增长6%左右。',
    ].join('\n');
    expect(regionOf(text)).toBe('庆阳市');
  });

  it('does so for a county too', () => {
    const text = [
      '团结奋进谱新篇 携手共进向前 县十届人大三次会议隆重开幕',
      '2月20日，临洮县第十届人民代表大会第三次会议开幕。',
      '今年全县生产总值增长7%。',
    ].join('\n');
    expect(regionOf(text)).toBe('临洮县');
  });
});

describe("a notice's words glued to a bare 县 of a congress, no issuer named", () => {
  it('gives the vote to the county of that suffix the text names twice or more', () => {
    const text = [
      '临洮县发展和改革委员会关于印发《临洮县2025年计划草案报告》的通知',
      '各乡镇人民政府，县政府各部门：',
      '现将县十届人民代表大会第三次会议审议通过的《临洮县2025年计划草案报告》印发给你们，请认真贯彻落实。',
      '今年全县生产总值增长7%。',
    ].join('\n');
    expect(regionOf(text)).toBe('临洮县');
  });

  it('does not give it to a county of that suffix named only once', () => {
    const text = ['现将县十届人民代表大会第三次会议审议通过的报告印发给你们。', '学习临洮县经验，今年全县生产总值增长7%。'].join('\n');
    expect(regionOf(text)).not.toBe('临洮县');
  });
});

describe('names the rule must leave alone', () => {
  it('keeps a known issuer named in its headline', () => {
    const text = ['庆阳市八届人大五次会议开幕', '3月2日，庆阳市第八届人民代表大会第五次会议开幕。', '今年全市地区生产总值增长6%左右。'].join('\n');
    expect(regionOf(text)).toBe('庆阳市');
  });

  it('keeps an unknown name written twice (a county-level city the gazetteer lacks)', () => {
    const text = ['某某市十届人大三次会议开幕', '2月20日，某某市第十届人民代表大会第三次会议开幕。', '今年全市生产总值增长7%。'].join('\n');
    expect(regionOf(text)).toBe('某某市');
  });

  it('keeps an unknown name with no known issuer of its suffix beside it', () => {
    const text = ['2月20日，某某市第十届人民代表大会第三次会议开幕。', '今年全市生产总值增长7%。'].join('\n');
    expect(regionOf(text)).toBe('某某市');
  });

  it('does not fold a known county into a known city', () => {
    const text = ['2月20日，临洮县第十届人民代表大会第三次会议开幕。', '定西市领导出席。今年全县生产总值增长7%。'].join('\n');
    expect(regionOf(text)).toBe('临洮县');
  });
});
