/**
 * 争取 with projects or funds counted right after their noun, in a passage that reports, is what was won (争取各类项目73个,
 * 争取中省资金5.2亿元), whoever gave it — the figures after it in the sentence stay results. Invented sentences; with shapes
 * where 争取 still aims.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, defaultRole: 'target' | 'actual') =>
  readStatements(text, { year: 2025, defaultRole, ...(defaultRole === 'actual' ? { defaultYear: 2024 } : {}) }).map((s) => `${s.role} ${s.value}${s.unit}`);

describe('争取 projects or funds counted, in a passage that reports', () => {
  it('reads the count and the funds after it as results', () => {
    expect(read('这一年，全区召开项目谋划会31次，争取各类项目46个，获中央预算内资金支持8.3亿元。', 'actual')).toEqual([
      'actual 31次',
      'actual 46个',
      'actual 8.3亿元',
    ]);
    expect(read('争取中省资金5.2亿元，增长12%。', 'actual')).toEqual(['actual 5.2亿元', 'actual 12%']);
  });

  it('keeps 争取 an aim for projects to start, a noun the figure does not count, and in a passage that plans', () => {
    expect(read('争取各类项目开工30个。', 'actual')).toEqual(['target 30个']);
    expect(read('争取项目早日落地，完成投资10亿元。', 'actual')).toEqual(['target 10亿元']);
    expect(read('全年争取各类项目50个以上。', 'target')).toEqual(['target 50个']);
    expect(read('下一步，争取中省资金6亿元。', 'actual')).toEqual(['target 6亿元']);
  });
});
