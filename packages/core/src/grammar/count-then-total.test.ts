import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

/** Metric, comparator, value and unit of each money statement read. */
const sums = (text: string) =>
  readStatements(text, { year: 2024 })
    .filter((s) => s.unit.endsWith('元'))
    .map((s) => `${s.metric} ${s.comparator ?? ''}${s.value}${s.unit}`);

describe('the total investment written between a count of projects and their noun', () => {
  it.each([
    ['2023年，全市签约落地新能源装备等27个总投资610亿元项目，带动就业5000人。', '项目总投资 =610亿元'],
    ['2023年，集中开工18个总投资73亿元的产业项目。', '产业项目总投资 =73亿元'],
    ['今年计划新开工9个总投资约42亿元的重点项目。', '重点项目总投资 ~42亿元'],
  ])('%s', (text, want) => {
    expect(sums(text).map((s) => s.replace(/^.*?(\S*项目总投资)/, '$1'))).toContain(want);
  });
});

describe('sums that are no total of the counted projects', () => {
  it.each([
    // A bound on each project, not their total.
    ['今年实施15个总投资10亿元以上项目。', []],
    // 投资 alone, no 总投资.
    ['今年新建15个投资30亿元项目。', []],
    // No projects after the sum.
    ['今年新增15个总投资30亿元的产业园。', []],
    // A clause break between the count and 总投资: the sum is read on its own, not as this rule's.
    ['今年新建厂房15个，总投资30亿元。', []],
  ])('%s', (text, want) => {
    expect(sums(text).filter((s) => s.includes('项目总投资'))).toEqual(want);
  });
});
