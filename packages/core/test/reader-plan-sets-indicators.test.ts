/**
 * A five-year plan named as setting a counted set of indicators (“十五五”规划…设置了20项主要指标，包括：…) lists its targets,
 * due at the period's end — also as a Taiwan repost writes it (十五五規畫). Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const lede = '1月20日，某市第九届人民代表大会第五次会议开幕，市长某某作政府工作报告。报告显示，2025年全市地区生产总值增长5.1%，2026年预期增长5%左右。\n';
const targetYear = (text: string, value: number) => extractPlan(text).targets.find((t) => t.value === value)?.year;

describe('a five-year plan that sets counted indicators', () => {
  it('dates the indicators listed after 设置了N项主要指标，包括： at the period’s end', () => {
    const text = `${lede}市长介绍，“十五五”规划设置了20项主要指标，包括：全员劳动生产率达60万元/人左右，研发投入占比4.8%以上。\n`;
    expect(targetYear(text, 60)).toBe(2030);
    expect(targetYear(text, 4.8)).toBe(2030);
    expect(targetYear(text, 5.1)).toBeUndefined();
  });

  it('reads 规画 (Traditional 規畫) as 规划', () => {
    const text = `${lede}市長介紹十五五規畫，從創新等5個維度，設置了18項主要指標，包括：城鎮調查失業率控制在5.5%以內。\n`;
    expect(targetYear(text, 5.5)).toBe(2030);
  });

  it('leaves the year’s own target in the same news to the year (5% in 2026)', () => {
    const text = `${lede}市长介绍，“十五五”规划设置了20项主要指标，包括：全员劳动生产率达60万元/人左右。\n`;
    expect(targetYear(text, 5)).toBe(2026);
  });
});

describe('must not fire', () => {
  it('a plan named as what a year’s work carries out (深入实施“十四五”规划，…)', () => {
    const text = '某县2023年工作要点\n深入实施“十四五”规划，全年地区生产总值增长6%左右。\n';
    expect(targetYear(text, 6)).toBe(2023);
  });

  it('indicators not counted (规划设置的各项指标): the aim after them stays the year’s', () => {
    const text = '某县2024年工作要点\n对标“十四五”规划设置的各项指标，全年规上工业增加值增长8%。\n';
    expect(targetYear(text, 8)).toBe(2024);
  });

  it('a closed period’s plan (“十三五”规划确定的25项指标) in a later report sets no target', () => {
    const text = `${lede}回顾过去，“十三五”规划确定了25项主要指标，地区生产总值年均增长7.2%。\n`;
    expect(targetYear(text, 7.2)).not.toBe(2020);
  });

  it('a period named without its plan (“十五五”时期) keeps its own reading', () => {
    const text = `${lede}“十五五”时期，全市力争研发投入占比达到4%。\n`;
    expect(targetYear(text, 4)).toBe(2030);
  });

  it('indicators named in another sentence do not date this one', () => {
    const text = `${lede}市长介绍，“十五五”规划设置了20项主要指标。今年城镇新增就业3.5万人以上。\n`;
    const plan = extractPlan(text);
    const jobs = plan.targets.find((t) => t.metric.includes('就业'));
    expect(jobs?.year).not.toBe(2030);
    expect(jobs?.year).toBe(plan.year);
  });
});
