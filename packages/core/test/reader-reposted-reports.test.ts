/**
 * Reposts of a government work report's news (a Hong Kong or Taiwan site, a mirror with debris), on
 * invented sentences (never corpus text): the year their review's results belong to, and figures
 * run together in a headline.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { readStatements } from '../src/grammar/statements.ts';

const actualsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`);

describe('a report dated by its session that only reviews', () => {
  const session = '十四届全国人大三次会议今日上午开幕，国务院总理代表国务院向大会作政府工作报告。\n';

  it('dates its undated results by the year before the one the session plans', () => {
    const plan = extractPlan(`${session}报告说，经济运行稳中有进，国内生产总值增长5.1%，城镇新增就业1250万人。`);
    expect(plan.year).toBe(2025);
    expect(plan.actuals.map((a) => `${a.value} ${a.period.year}`)).toEqual(['5.1 2024', '1250 2024']);
  });

  it('keeps 去年, 一年来 and a written year counted from the session’s year', () => {
    expect(actualsOf(`${session}一年来，全国粮食产量达到1.4万亿斤。`)).toEqual(['全国粮食产量 1.4万亿斤 2024']);
    expect(actualsOf(`${session}去年，货物进出口总额增长5%。`)).toEqual(['货物进出口总额 5% 2024']);
    expect(actualsOf(`${session}2022年，全国研发经费增长10%。`)).toEqual(['全国研发经费 10% 2022']);
  });

  it('reads expectations as a mood or a slogan as no plan, so the text still only reviews', () => {
    const text = `${session}一年来，市场预期受到扰动，我们着力稳就业、稳预期，国内生产总值增长5.1%。`;
    expect(extractPlan(text).targets).toEqual([]);
    expect(actualsOf(text)).toEqual(['国内生产总值 5.1% 2024']);
  });

  it('does not move the results of a text dated otherwise, nor of one that plans', () => {
    // No session, no delivery: a news report of results is of the year it names.
    expect(actualsOf('2024年，全国国内生产总值增长5%。')).toEqual(['全国国内生产总值 5% 2024']);
    // A report that sets targets keeps its parts as they were: the targets are of the session's year.
    const plan = extractPlan(`${session}今年发展主要预期目标是：国内生产总值增长5%左右。`);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['5 2025']);
    // 预期 that sets a figure still plans.
    expect(extractPlan(`${session}城镇调查失业率预期为5.5%左右。`).targets).toHaveLength(1);
  });
});

describe('a rate run into the level it reaches (增长5%达140万亿元)', () => {
  const figures = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.kind} ${s.value}${s.unit ?? ''}`);

  it('reads the rate and the level as two figures of one metric', () => {
    expect(figures('去年全国社会消费品零售总额增长4%达48万亿元')).toEqual(['全国社会消费品零售总额 growth 4%', '全国社会消费品零售总额 level 48万亿元']);
  });

  it('does not split at words 达 opens, nor without a figure after it', () => {
    expect(figures('新增规上企业30家，达标率95%。').map((f) => f.split(' ')[1])).toEqual(['increment', 'share']);
    expect(figures('完成投资15亿元达产后年产值30亿元。')).toHaveLength(1);
    expect(figures('产值增长8%达到预期。')).toEqual(['产值 growth 8%']);
    expect(figures('出口占比5%达成目标。')).toHaveLength(1);
  });
});
