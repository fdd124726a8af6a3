import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const roles = (text: string) => readStatements(text, { year: 2022 }).map((s) => `${s.role} ${s.value}${s.unit}`);

describe('a report’s proposed figure set against what actually came about', () => {
  it.each([
    ['工作报告提出全市城镇新增就业5万人以上，而实际全年城镇新增就业5.6万人。', ['target 5万人', 'actual 5.6万人']],
    ['报告提出地区生产总值增长6%左右，实际增幅为6.3%。', ['target 6%', 'actual 6.3%']],
    ['实际全年完成固定资产投资320亿元。', ['actual 320亿元']],
    ['报告提出居民消费价格涨幅控制在3%左右，但实际涨幅为1.8%。', ['target 3%', 'actual 1.8%']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});

describe('实际 and 报告提出 that must not fire', () => {
  it.each([
    // 实际 naming a measure, or real growth: the passage's tense stands.
    ['今年力争实际利用外资1.5亿美元。', 'target 1.5亿美元'],
    ['力争城乡居民人均可支配收入实际增长6%。', 'target 6%'],
    ['今年实际使用外资增长5%。', 'target 5%'],
    // 结合实际, 在实际工作中: no result.
    ['结合实际，今年新增规上工业企业30家。', 'target 30家'],
    ['经济增长5%左右，在实际工作中努力争取更好结果。', 'target 5%'],
    // 报告提出的 refers back to a proposal, no new one: the sentence's own cue decides.
    ['去年，按照报告提出的要求，全市生产总值增长6.2%。', 'actual 6.2%'],
  ])('%s', (text, want) => {
    expect(roles(text)[0] ?? '').toBe(want);
  });
});
