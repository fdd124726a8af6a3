/**
 * Results given as estimates (corpus Decisions 3): 预计, 初步预计, 预估, 估计 and 有望 mark the results they
 * govern with `estimate: true`, on invented sentences and texts. 初步统计 and a 左右 do not; a base of a
 * change is known, not estimated; a ；-joined list is governed by a word at its head, an item by its own.
 */
import { describe, expect, it } from 'vitest';
import { describeActual } from '../src/grammar/describe.ts';
import { readStatements } from '../src/grammar/statements.ts';
import { extractPlan } from '../src/reader/extract.ts';

const review = (text: string) => readStatements(text, { year: 2024, defaultRole: 'actual' }).map((s) => `${s.value}${s.unit}${s.estimate ? ' 预计' : ''}`);

describe('an estimate word governs the results after it in its sentence', () => {
  it('预计全年 and 初步预计 make estimates; 初步统计 and 左右 do not', () => {
    expect(review('预计全年地区生产总值增长5%左右，一般公共预算收入增长3%。')).toEqual(['5% 预计', '3% 预计']);
    expect(review('初步预计，全县地区生产总值达到210亿元。')).toEqual(['210亿元 预计']);
    expect(review('初步统计，全年地区生产总值增长5%左右。')).toEqual(['5%']);
    expect(review('全年地区生产总值增长5%左右，一般公共预算收入增长3%。')).toEqual(['5%', '3%']);
  });

  it('预估, 估计 and 有望 are estimates too; figures before the word are not', () => {
    expect(review('规上工业增加值增长6%，预估全年工业投资增长9%。')).toEqual(['6%', '9% 预计']);
    expect(review('全年接待游客估计突破1200万人次。')).toEqual(['1200万人次 预计']);
    expect(review('省级园区由5个增加到7个，年内有望达到8个。')).toEqual(['5个', '7个', '8个 预计']);
  });

  it('the estimate a result is compared with, and the real figure after an estimate, are no estimates', () => {
    expect(review('全年地区生产总值增长6.2%，好于预计，规上工业增加值增长8%。')).toEqual(['6.2%', '8%']);
    expect(review('全年地区生产总值增长6.2%，高于预计增速0.5个百分点，规上工业增加值增长8%。')).toEqual(['6.2%', '0.5百分点', '8%']);
    expect(review('全年地区生产总值原预计增长5%，实际增长6.2%。')).toEqual(['5% 预计', '6.2%']);
    // Must still fire: 实际 naming a measure, and 预计 as the verb.
    expect(review('预计全年实际利用外资增长10%。')).toEqual(['10% 预计']);
    expect(review('全年地区生产总值预计突破500亿元，同比增长6%。')).toEqual(['500亿元 预计', '6% 预计']);
  });

  it('ranks take the estimate of their sentence', () => {
    expect(review('预计全年地区生产总值增速居全省第2位。')).toEqual(['2位 预计']);
  });
});

describe('lists and changes', () => {
  it('a word at the head of a ；-joined list governs every item; one inside an item only that item', () => {
    expect(review('预计全年地区生产总值增长5%；一般公共预算收入增长3%；城镇新增就业1.2万人。')).toEqual(['5% 预计', '3% 预计', '1.2万人 预计']);
    expect(review('地区生产总值增长5%；预计一般公共预算收入增长3%；城镇新增就业1.2万人。')).toEqual(['5%', '3% 预计', '1.2万人']);
  });

  it('the base a change starts from is known, only where it arrives is estimated', () => {
    const got = readStatements('预计外贸进出口总额从2017年的2.01万亿元增加到2.9万亿元以上。', { year: 2021, defaultRole: 'actual' });
    expect(got.map((s) => `${s.value}${s.unit}${s.estimate ? ' 预计' : ''}`)).toEqual(['2.01万亿元', '2.9万亿元 预计']);
  });

  it('an aside right after a figure (（预计）) marks that figure; with 下同 the ones after it too', () => {
    expect(review('全年地区生产总值增长3%左右（预计），一般公共预算收入增长2%。')).toEqual(['3% 预计', '2%']);
    expect(review('全年地区生产总值增长3%左右（预计，下同），一般公共预算收入增长2%。')).toEqual(['3% 预计', '2% 预计']);
    expect(review('全年地区生产总值增长3%左右（预计数，下同），一般公共预算收入增长2%。')).toEqual(['3% 预计', '2% 预计']);
  });
});

describe('in a plan text', () => {
  const text = [
    '某县2024年政府工作报告',
    '一、2023年工作回顾',
    '初步预计，全县地区生产总值增长5.2%。一般公共预算收入增长3.1%。',
    '城镇新增就业1.2万人。',
    '二、2024年主要预期目标',
    '地区生产总值增长6%左右。',
  ].join('\n');

  it('a lead-in (初步预计，…) governs the sentences of its paragraph, not the next paragraph', () => {
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}${a.estimate ? ' 预计' : ''}`)).toEqual(['5.2% 预计', '3.1% 预计', '1.2万人']);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2024']);
  });

  it('an estimate is said as one when a host shows it', () => {
    const [first] = extractPlan(text).actuals;
    expect(describeActual(first!)).toBe('5.2%（预计）');
    expect(describeActual(first!, 'en')).toBe('5.2% (estimated)');
    expect(describeActual({ value: 2, unit: '', decline: false, kind: 'rank', rankScope: '全省' })).toBe('全省第2位');
  });

  it('a 预计值 column of an indicator table gives estimates, a 基期值 column known results', () => {
    const plan = extractPlan(
      ['某县2026年国民经济和社会发展计划', '指标 | 单位 | 2024年基期值 | 2025年预计值 | 2026年目标值 |', '地区生产总值 | 亿元 | 200 | 210 | 225 |'].join('\n'),
    );
    expect(plan.actuals.map((a) => `${a.value} ${a.period.year}${a.estimate ? ' 预计' : ''}`)).toEqual(['200 2024', '210 2025 预计']);
  });
});

describe('（预计，下同）: the review’s results after it are estimates, across its paragraphs', () => {
  const marks = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.unit ?? ''}${a.estimate ? ' 预计' : ''}`);

  it('carries to the next paragraph of the review, not into the plan', () => {
    const text =
      '某县2025年政府工作报告\n一、2024年工作回顾\n（一）经济平稳运行。全年地区生产总值突破180亿元（预计，下同），增长5.1%。\n新增规上工业企业12家。\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。\n';
    expect(marks(text)).toEqual(['180亿元 预计', '5.1% 预计', '12家 预计']);
  });

  it('an aside without 下同, or 下同 of a currency, stays with its figure (must not fire)', () => {
    const text =
      '某县2025年政府工作报告\n一、2024年工作回顾\n（一）经济平稳运行。全年地区生产总值突破180亿元（预计），增长5.1%。\n（二）项目建设提速。新增规上工业企业12家。\n';
    expect(marks(text)).not.toContain('12家 预计');
    const yuan = '某县2025年政府工作报告\n一、2024年工作回顾\n（一）全年实际利用外资2.1亿美元（人民币，下同）。\n（二）新增规上工业企业12家。\n';
    expect(marks(yuan)).not.toContain('12家 预计');
  });
});
