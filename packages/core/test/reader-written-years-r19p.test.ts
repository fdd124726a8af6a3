/**
 * Years a text writes in shortened or run-together forms (round 19): a span of work ahead in a text whose only year is its
 * horizon; a plan's period in brackets without 年 (方案(2026-2028)); a session's year without 年 (2023“两会”); the year's
 * goals without 年 (冲刺2025全年目标); a review heading run into the prose (…提出意见。一、2023年工作回顾今年以来). Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { readDocumentInfo } from '../src/reader/document-info.ts';
import { closingTense } from '../src/grammar/tense.ts';

const targets = (text: string) => extractPlan(text).targets.map((t) => `${t.value}${t.unit ?? ''} ${t.year}`);

describe('未来五年的主要目标是…到2027年: a span of work ahead in a text whose only year is its horizon', () => {
  const page =
    '未来五年的主要目标是：全县地区生产总值达到420亿元以上，年均增长8%以上；城镇居民人均可支配收入年均增长7%以上。\n' +
    '未来五年，我们要全面建设现代农业强县。到2027年，力争新培育市级龙头企业30家，茶叶综合产值达到60亿元。\n';

  it('dates the plan by the horizon and the undated five-year aims at it, not five years past it', () => {
    const plan = extractPlan(page);
    expect(plan.year).toBe(2027);
    expect(targets(page)).toEqual(['420亿元 2027', '8% 2027', '7% 2027', '30家 2027', '60亿元 2027']);
  });

  it('counts the span to the horizon only when told so (the span cue of a plan year keeps year + N − 1)', () => {
    expect(closingTense('未来五年，全县地区生产总值年均增长8%', { year: 2022 })?.year).toBe(2026);
    expect(closingTense('未来五年，全县地区生产总值年均增长8%', { year: 2027, spanEnd: 2027 })?.year).toBe(2027);
  });

  it('a report that writes its own year keeps the span counted from it (must not fire)', () => {
    const report = '2023年某县政府工作报告\n今后五年的主要目标是：全县地区生产总值年均增长8%以上。到2025年，规模以上工业企业达到150家。\n';
    expect(extractPlan(report).year).toBe(2023);
    expect(targets(report)).toContain('8% 2027');
  });

  it('a text of two deadlines is no horizon of one year (must not fire)', () => {
    expect(readDocumentInfo('未来五年，某县将全力推进产业升级。到2025年，茶叶产值达到40亿元；到2027年，茶叶产值达到60亿元。').horizon).toBeUndefined();
  });
});

describe('《…行动方案(2026-2028)》: a plan period in brackets without 年', () => {
  it('reads the period of the plan a news item names: the plan year is its first year, targets due at its end', () => {
    const news =
      '某区：到2028年，智能装备产业产值力争达到300亿元\n某区人民政府办公室印发《某区智能装备产业发展行动方案(2026-2028)》。其中提到，到2028年，产业产值力争达到300亿元。在2-3个细分领域形成领先优势。\n';
    const plan = extractPlan(news);
    expect(plan.year).toBe(2026);
    expect(targets(news)).toContain('300亿元 2028');
  });

  it('needs a plan’s name before the brackets (must not fire)', () => {
    expect(readDocumentInfo('某市完成《某市新兴产业研究报告(2021-2023)》编制工作。全年新增企业120家。').period).toBeUndefined();
    expect(readDocumentInfo('某区智能装备产业产值(2021-2024)年均增长12%，到2028年力争达到300亿元。').period).toBeUndefined();
  });
});

describe('2023“两会”解读政府工作报告: a session’s year written without 年 in the headline', () => {
  const digest =
    '2023“两会”解读政府工作报告要点之一：2022年工作回顾\n2022年，是某县发展历程中极不平凡的一年。\n这一年，全县地区生产总值达到356.4亿元，一般公共预算收入完成21.4亿元。\n';

  it('dates the digest by the session, not by the year it reviews', () => {
    expect(extractPlan(digest).year).toBe(2023);
    expect(extractPlan(digest).actuals.map((a) => `${a.value} ${a.period.year}`)).toContain('356.4 2022');
  });

  it('reads a year only right before 两会 (must not fire)', () => {
    const year = (title: string) => readDocumentInfo(`${title}\n今年全县地区生产总值力争增长5%。\n`).year;
    expect(year('2024全国两会特稿|某县政府工作报告解读')).toBe(2024);
    expect(year('2024省两会解读政府工作报告要点之二')).toBe(2024);
    expect(year('第12023期两会解读政府工作报告要点之二')).toBeNull();
    expect(year('某县政府工作报告解读之二')).toBeNull();
  });
});

describe('冲刺2025全年目标: the year’s goals with the year written without 年', () => {
  it('dates a news item that writes no other year', () => {
    const news = '某新区：28个项目集中签约\n3月27日，某新区举行冲刺2026全年目标动员大会。一季度，计划新开工项目40个，总投资180亿元。\n';
    expect(extractPlan(news).year).toBe(2026);
    expect(targets(news)).toEqual(expect.arrayContaining(['40个 2026', '180亿元 2026']));
  });

  it('reads no year from a number or an amount before 全年 (must not fire)', () => {
    expect(readDocumentInfo('某新区工作动态\n完成投资12026全年目标的一半。').year).toBeNull();
  });
});

describe('…提出意见。一、2023年工作回顾今年以来: a review heading run into the prose', () => {
  const preview =
    '2023年某区政府工作报告(20231227).docx\n1、2023年某区政府工作报告各位代表：现在，我代表区人民政府，向大会报告政府工作，请予审议。一、2023年工作回顾今年以来，我们全力抓好稳增长各项工作。初步预计，全年实现地区生产总值增长6%。\n';

  it('takes the title’s year as the one reviewed: the report is for the next', () => {
    expect(extractPlan(preview).year).toBe(2024);
  });

  it('needs the numbered heading after a sentence’s end, and no plan joined to it (must not fire)', () => {
    const year = (body: string) => readDocumentInfo(`2023年某区政府工作报告\n${body}\n`).year;
    expect(year('各位代表：现在我代表区政府报告工作。一、2023年工作回顾与2024年工作安排。全年地区生产总值增长6%。')).toBe(2023);
    expect(year('各位代表：区政府对2023年工作回顾如下，全年地区生产总值增长6%。')).toBe(2023);
  });
});
