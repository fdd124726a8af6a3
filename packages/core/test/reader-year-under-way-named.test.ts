/**
 * A text that names the first months of its own year as reported (2023年1—6月…计划执行情况, 2023年上半年) speaks while that
 * year is under way: its 今年以来 reviews that year, not the year before. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const years = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`);
const review = '今年以来，某市经济稳步恢复，产业体系加快构建。上半年，地区生产总值完成2130.5亿元，增长6.1%。\n';
const ahead = '下一阶段，某市将新建公办幼儿园12所。\n';

describe('今年以来 in a text that names its own year’s first months', () => {
  it('reviews that year', () => {
    const text = `某市人大常委会听取2023年1—6月计划执行情况报告\n会议听取了市政府关于2023年1—6月国民经济和社会发展计划执行情况的报告。\n${review}${ahead}`;
    expect(years(text)).toEqual(['2130.5亿元 2023', '6.1% 2023']);
  });

  it('reviews that year when it is named by 上半年', () => {
    const text = `某市召开会议\n会议通报了2023年上半年经济运行情况。\n${review}${ahead}`;
    expect(years(text)).toEqual(['2130.5亿元 2023', '6.1% 2023']);
  });
});

describe('must not fire', () => {
  it('keeps a yearly plan’s 今年以来 the year before when no part of the plan year is named', () => {
    const text = `某市2024年国民经济和社会发展计划\n${review}${ahead}`;
    expect(years(text)).toEqual(['2130.5亿元 2023', '6.1% 2023']);
  });

  it('does not take a part of another year for the plan year’s', () => {
    const text = `某市2024年国民经济和社会发展计划\n与2023年上半年相比，形势好转。\n${review}${ahead}`;
    expect(years(text)).toEqual(['2130.5亿元 2023', '6.1% 2023']);
  });

  it('does not take a month day (2024年1月15日) for a part of the year', () => {
    const text = `某市2024年国民经济和社会发展计划\n2024年1月15日，市人代会开幕。\n${review}${ahead}`;
    expect(years(text)).toEqual(['2130.5亿元 2023', '6.1% 2023']);
  });
});
