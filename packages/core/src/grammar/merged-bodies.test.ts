/**
 * 整合 before a count of bodies merged (整合4家国有企业): a count, as 组建 and 成立 count the bodies set up.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('整合N家…: the bodies merged, counted', () => {
  const context = { year: 2024 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

  it('优化整合4家市属国有企业 in a review, 整合5个乡镇卫生院 in a plan', () => {
    expect(read('2023年，优化整合4家市属国有企业。')).toEqual(['actual 市属国有企业 = 4家']);
    expect(read('今年整合5个乡镇卫生院。')).toEqual(['target 乡镇卫生院 = 5个']);
  });

  it('does not fire on an amount merged, the plan’s own frame, or 整合 with no count after it', () => {
    expect(read('今年整合涉农资金8亿元。')).toEqual(['target 涉农资金 = 8亿元']);
    expect(read('今年整合3个方面力量。')).toEqual([]);
    expect(read('整合资源，形成合力。')).toEqual([]);
    expect(read('整合“三大”平台功能。')).toEqual([]);
  });
});
