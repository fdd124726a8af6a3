/**
 * A paragraph opening 今年以来，… reviews the year under way: the paragraphs it governs report that year, their 今年 and the
 * year written being its time, not cues of planning; a purpose that frames the work (以建设农业强市为目标) sets no target,
 * and a total won (共争取…项目) in a passage that reports was obtained. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''}`)].sort();
};

const head = '某州农业丰收节将于本月开幕\n编辑：某某 2024-09-18\n本报讯 记者从州农业农村局了解到，丰收节主会场布置正有序推进。\n';
const opening = '今年以来，某州以全面推进乡村振兴为抓手，以建设农业强州为目标，狠抓耕地和种子两个要害，农业农村工作取得显著成效。\n';

describe('a review of the year under way', () => {
  it('reads the paragraphs after 今年以来，… as results, the year and 今年 written there too', () => {
    const text = `${head}${opening}某州2024年粮食播种面积520.6万亩，预计粮食总产量310万吨；今年某州共争取高标准农田建设项目96.5万亩，制种面积达到41.2万亩。\n申报省级示范村12个。\n`;
    const got = roles(text);
    for (const a of ['A 520.6万亩', 'A 310万吨', 'A 96.5万亩', 'A 41.2万亩', 'A 12个']) expect(got).toContain(a);
    expect(got.filter((r) => r.startsWith('T '))).toEqual([]);
  });

  it('reads the results as of the year under way', () => {
    const text = `${head}${opening}某州2024年粮食播种面积520.6万亩，今年共争取高标准农田建设项目96.5万亩。\n`;
    const plan = extractPlan(text);
    expect(plan.actuals.find((a) => a.value === 96.5)?.period.year).toBe(2024);
  });
});

describe('must not fire', () => {
  it('keeps a purpose that names its figure a cue of planning (以粮食总产量突破300万吨为目标)', () => {
    const text = `${head}${opening}某州2024年粮食播种面积520.6万亩。\n下半年，某州以粮食总产量突破300万吨为目标，新建高标准农田30万亩。\n`;
    const got = roles(text);
    expect(got).toContain('A 520.6万亩');
    expect(got).toContain('T 30万亩');
  });

  it('turns back to aims at a cue of planning after the review (下一步…力争)', () => {
    const text = `${head}${opening}某州2024年粮食播种面积520.6万亩。\n下一步，某州将力争新建高标准农田30万亩。\n`;
    const got = roles(text);
    expect(got).toContain('A 520.6万亩');
    expect(got).toContain('T 30万亩');
  });

  it('leaves 今年 a cue of planning in a paragraph no review opened', () => {
    const text = `${head}今年，某州将新建高标准农田30万亩，争取新增省级示范村12个。\n`;
    const got = roles(text);
    expect(got).toContain('T 30万亩');
    expect(got).toContain('T 12个');
  });

  it('keeps 争取 with no total before it an aim in a plan (今年争取…)', () => {
    const text = `${head}今年，某州争取高标准农田建设项目50万亩。\n`;
    expect(roles(text)).toContain('T 50万亩');
  });

  it('keeps a total to win under 力争 an aim (力争共争取上级资金5亿元)', () => {
    const text = `${head}今年，某州力争共争取上级资金5亿元。\n`;
    expect(roles(text)).toContain('T 5亿元');
  });
});

describe('an estimate word heading a ；-list', () => {
  const estimated = (text: string) =>
    extractPlan(text)
      .actuals.filter((a) => a.estimate)
      .map((a) => `${a.value}${a.unit ?? ''}`)
      .sort();

  it('does not govern an item that opens with a time of its own (；今年…)', () => {
    const text = `${head}${opening}某州2024年粮食播种面积520.6万亩，预计粮食总产量310万吨；今年某州共争取高标准农田建设项目96.5万亩；制种面积达到41.2万亩。\n`;
    expect(estimated(text)).toEqual(['310万吨']);
  });

  it('still governs the items of its list that name no time (初步预计，…；…；…)', () => {
    const text = '2024年某市经济运行情况\n初步预计，全年地区生产总值增长5.6%；一般公共预算收入增长6%；社会消费品零售总额增长7%。\n';
    expect(estimated(text)).toEqual(['5.6%', '6%', '7%']);
  });

  it('still governs a later item after one that names no time of its own', () => {
    const text = '2024年某市经济运行情况\n预计全年地区生产总值增长5.6%；规上工业增加值增长8%。\n';
    expect(estimated(text)).toEqual(['5.6%', '8%']);
  });
});
