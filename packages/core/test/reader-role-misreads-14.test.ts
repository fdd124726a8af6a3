/**
 * Whole texts or passages whose role was misread in round 14's texts: a five-year plan's proposal whose adoption line
 * was taken for its headline (so its review of the period before read as targets). Invented texts in those shapes.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} ${t.year}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`)];
};

describe('a proposal for a five-year plan named by its ordinal, under its adoption line', () => {
  const proposal = (title: string, adopted: string) =>
    `${title}\n${adopted}\n某县委全体会议就制定某县“十五五”规划提出以下建议。\n` +
    '一、“十五五”时期是某县加快发展的关键时期\n1.“十四五”时期某县发展取得新成就。五年来，全县经济稳步增长。2025年地区生产总值实现210亿元，规上工业总产值突破90亿元。\n';

  it('the title names the period, so the plan is of its first year and the review reports results', () => {
    const text = proposal('中共某县委关于制定某县国民经济和社会发展第十五个五年规划的建议', '（2025年11月28日中国共产党某县第十届委员会第八次全体会议通过）');
    expect(readDocumentInfo(text).year).toBe(2026);
    expect(roles(text)).toEqual(['A 210亿元 2025', 'A 90亿元 2025']);
  });

  it('the adoption line in ASCII brackets is no headline either', () => {
    const text = proposal('关于制定某市第十四个五年规划和二〇三五年远景目标的建议', '(2020年12月2日中国共产党某市第七届委员会第十一次全体会议通过)');
    expect(readDocumentInfo(text).title).not.toMatch(/通过/);
  });

  it('a dated headline that is no adoption line still dates the text (must not fire)', () => {
    const info = readDocumentInfo('(2024年3月5日)某市召开经济工作推进会\n会议要求，全年地区生产总值增长6%。\n');
    expect(info.title).toMatch(/推进会/);
  });

  it('a bracketed line that adopted nothing is read as before (must not fire)', () => {
    const info = readDocumentInfo('（2023年全市经济运行情况）\n全年地区生产总值增长5%。\n');
    expect(info.year).toBe(2023);
  });

  it('a line naming a plan by ordinal without a document word is no title (must not fire)', () => {
    const info = readDocumentInfo('第十四个五年时期回顾\n2024年某区人代会召开\n全年地区生产总值增长5%。\n');
    expect(info.title).toBe('2024年某区人代会召开');
  });
});

describe('a year named after 提出 with aims worded as aims', () => {
  const news = (proposal: string) => `1月6日，某市八届人大三次会议开幕。政府工作报告数据显示，2023年，某市化工产值预计达900亿元，增长12%。\n${proposal}\n`;

  it('报告提出，2024年，…力争…达… names the year planned, so the year before reports results', () => {
    const text = news('报告提出，2024年，某市将加快转型，力争化工产值达1000亿元、医药产值突破300亿元。');
    expect(readDocumentInfo(text).year).toBe(2024);
    expect(roles(text)).toEqual(['T 1000亿元 2024', 'T 300亿元 2024', 'A 900亿元 2023', 'A 12% 2023']);
  });

  it('a year after 提出 with no aim word sets nothing (must not fire)', () => {
    const text = '报告提出，2023年，全市化工产值增长12%。\n';
    expect(readDocumentInfo(text).year).not.toBe(2024);
    expect(readDocumentInfo(text).year).toBe(2023);
  });

  it('a year after 提出 with an aim but no figure to reach dates nothing (must not fire)', () => {
    const text = '会议提出，2024年，全市将持续优化营商环境。2022年，全市地区生产总值增长5%。\n';
    expect(readDocumentInfo(text).year).toBe(readDocumentInfo(text.replace('会议提出，', '')).year);
  });
});

describe('a sentence closing on a record set reports results', () => {
  const news = (line: string) =>
    `1月8日，某市九届人大四次会议开幕。报告显示，2023年，某市工业产值预计达1800亿元。\n${line}\n报告提出，2024年，某市将力争工业产值达2000亿元。\n`;

  // (In a passage that plans, the record is the year before the plan's, as 去年 is.)
  const kinds = roles;

  it('…分别达…，均创历史新高 counts what happened', () => {
    expect(kinds(news('全市全年新签约、新开工亿元以上项目分别达40个、25个，均创历史新高。'))).toEqual([
      'T 2000亿元 2024',
      'A 1800亿元 2023',
      'A 40个 2023',
      'A 25个 2023',
    ]);
  });

  it('…新增里程300公里，居全省前列 counts what happened', () => {
    expect(kinds(news('多条高速建成通车，新增高速公路里程300公里，居全省前列。'))).toEqual(['T 2000亿元 2024', 'A 1800亿元 2023', 'A 300公里 2023']);
  });

  it('a record aimed at is a target (must not fire)', () => {
    expect(roles(news('全市力争新签约项目60个，创历史新高。'))).toContain('T 60个 2024');
  });

  it('a standing the plan means to reach is a target (must not fire)', () => {
    expect(roles(news('到2026年，全市研发投入强度达到3%，居全省前列。'))).toContain('T 3% 2026');
  });

  it('a record named mid-sentence, the sentence going on to plan, is no result cue (must not fire)', () => {
    expect(roles(news('在去年创历史新高的基础上，今年新开工项目将达到50个。'))).toContain('T 50个 2024');
  });

  it('a sentence with no record leaves the passage as it was (must not fire)', () => {
    expect(roles(news('全市新签约亿元以上项目45个。'))).toContain('T 45个 2024');
  });
});

describe('the start ratio of a change in a five-year review opened by a paragraph', () => {
  const actuals = (text: string) => extractPlan(text).actuals.map((a) => `${a.value} ${a.period.year}${a.estimate === true ? ' 预计' : ''}`);
  const proposal = (review: string) => `中共某县委关于制定某县国民经济和社会发展第十五个五年规划的建议\n一、“十五五”时期是某县加快发展的关键时期\n${review}\n`;

  it('由A:B:C调整为… under 五年来 and 2025年(预计,下同) starts the year before the five years, no estimate', () => {
    const text = proposal('1.“十四五”时期某县发展取得新成就。五年来，全县经济稳步增长。2025年(预计,下同)三次产业结构由14.2:33.1:52.7调整为10.1:34.6:55.3。');
    expect(actuals(text)).toEqual(['14.2 2020', '33.1 2020', '52.7 2020', '10.1 2025 预计', '34.6 2025 预计', '55.3 2025 预计']);
  });

  it('a ratio stated alone is of the year reviewed (must not fire)', () => {
    const text = proposal('1.“十四五”时期某县发展取得新成就。五年来，全县经济稳步增长。2025年(预计,下同)三次产业结构为10.1:34.6:55.3。');
    expect(actuals(text)).toEqual(['10.1 2025 预计', '34.6 2025 预计', '55.3 2025 预计']);
  });

  it('a ratio changed in a year’s review of a yearly report keeps the year reviewed (must not fire)', () => {
    const text =
      '某县2025年政府工作报告\n一年来，全县经济稳步增长。三次产业结构由14.2:33.1:52.7调整为13.9:33.5:52.6。\n今年主要预期目标是：地区生产总值增长6%。\n';
    // (The start ratio is the year before the end ratio's — corpus Decisions 26 — not moved back five years.)
    const [start, end] = [actuals(text)[0]!, actuals(text)[5]!].map((a) => Number(a.split(' ')[1]));
    expect(end! - start!).toBe(1);
    expect(actuals(text)).toHaveLength(6);
  });
});
