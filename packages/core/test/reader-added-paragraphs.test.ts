/**
 * A paragraph opening with 此外，/另外，/与此同时， adds to the paragraph before: after a paragraph of results its figures are
 * results too, not the plan's targets. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''}`)].sort();
};

const lede = '2025年06月10日\n某县“十四五”发展成就发布\n本报讯 6月5日，某县召开发布会，展示“十四五”期间发展成就。\n';
const review = '数据显示，2020年至2024年间，某县地区生产总值年均增长5.1%，累计实施重点项目320个。\n';
const ahead = '接下来，某县将力争到2030年实现经济总量翻番，规上工业企业达到200家。\n';

describe('a paragraph that adds to results before it', () => {
  it('reads 此外，… after a paragraph of results as results', () => {
    const text = `${lede}${review}此外，某县肉牛产业链条完整，存栏量达12.5万头，全产业链产值突破30亿元。\n${ahead}`;
    const got = roles(text);
    expect(got).toContain('A 12.5万头');
    expect(got).toContain('A 30亿元');
    expect(got).toContain('T 200家');
  });

  it('takes its tense, not the span the paragraph before named (2020年至2024年间 → the page’s year for a stock of now)', () => {
    const text = `${lede}${review}此外，某县肉牛产业链条完整，存栏量达12.5万头。\n${ahead}`;
    const stock = extractPlan(text).actuals.find((a) => a.value === 12.5);
    expect(stock?.period.year).toBe(2025);
  });

  it('reads 另外，… the same way', () => {
    const text = `${lede}${review}另外，森林覆盖率达58%，空气优良天数增加20天。\n${ahead}`;
    expect(roles(text)).toContain('A 58%');
  });
});

describe('must not fire', () => {
  it('leaves 此外，… after a paragraph of aims a target', () => {
    const text = `${lede}${ahead}此外，力争森林覆盖率达到62%。\n`;
    expect(roles(text)).toContain('T 62%');
  });

  it('leaves a paragraph with no such opening its part’s tense (a plan’s aims after results)', () => {
    const text = `${lede}${review}${ahead}`;
    expect(roles(text)).toContain('T 200家');
  });

  it('does not carry results past a cue of planning inside the added paragraph (此外，…力争到2030年…)', () => {
    const text = `${lede}${review}此外，某县力争到2030年规上工业企业达到200家。\n`;
    expect(roles(text)).toContain('T 200家');
  });

  it('leaves 此外 inside a sentence (not opening the paragraph) to the sentence’s own reading', () => {
    const text = `${lede}${ahead}今年将新建公园3个，此外还将改造老旧小区15个。\n`;
    const got = roles(text);
    expect(got).toContain('T 3个');
    expect(got).toContain('T 15个');
  });

  it('leaves a plan’s 此外，… a target in a plan of the year', () => {
    const text = '某县2025年工作要点\n一、全年地区生产总值增长6%左右。\n此外，新增城镇就业3000人。\n';
    expect(roles(text)).toContain('T 3000人');
  });
});
