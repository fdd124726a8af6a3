/**
 * 狠抓, 抓好 said harder, governs the count of projects pushed along as 抓好 and 推进 do, the first item of a 、 list
 * included. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('狠抓 before a count of projects: things done this year', () => {
  const context = { year: 2025 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

  it('狠抓N个…项目, also after 和 and as the first item of a list', () => {
    expect(read('全年狠抓45个市重点项目建设。')).toEqual(['target 市重点项目建设 = 45个']);
    expect(read('狠抓项目招引和16个省重点项目、210个县级重点项目建设。')).toEqual(['target 省重点项目 = 16个', 'target 县级重点项目建设 = 210个']);
  });

  it('does not fire on lines of work or measures that are the plan’s own frame', () => {
    expect(read('今年要狠抓6个方面工作。')).toEqual([]);
    expect(read('狠抓8条措施落地见效。')).toEqual([]);
    expect(read('狠抓三大攻坚战。')).toEqual([]);
    expect(read('狠抓落实，确保各项工作取得实效。')).toEqual([]);
  });
});
