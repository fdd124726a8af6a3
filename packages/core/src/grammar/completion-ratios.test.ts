import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const roles = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.value}${s.unit ?? ''}`);

describe('为…目标的N%: the share of a goal reached so far, a result (its figure in brackets a target)', () => {
  it.each([
    ['1-9月，全县完成固定资产投资45.2亿元，为年度目标的78.1%。', ['actual 45.2亿元', 'actual 78.1%']],
    ['1-6月，重点项目完成投资21.4亿元，为年度投资目标（40亿元）的53.5%。', ['actual 21.4亿元', 'target 40亿元', 'actual 53.5%']],
    ['上半年完成投资12.6亿元，为上半年投资目标(11亿元)的114.5%。', ['actual 12.6亿元', 'target 11亿元', 'actual 114.5%']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});

describe('为 and 目标 that make no completion ratio (must not fire)', () => {
  it.each([
    // A goal set: 目标为 after it.
    ['今年全县固定资产投资目标为50亿元。', ['target 50亿元']],
    // Planned: 确保 before it in the clause.
    ['确保全年投资为年度目标的100%。', ['target 100%']],
    // 作为 a goal: no share reached (the reader keeps no entry here, as before).
    ['将增长8%作为年度目标。', []],
    // 成为 a goal of the year.
    ['力争新增规上企业12家，成为年度目标的重要支撑。', ['target 12家']],
    // A bracket that is no goal's figure.
    ['全县生产总值（现价）增长6.1%。', ['target 6.1%']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});

describe('完成…任务N的X%: the goal’s size written before the share, a target of the year (its share a result)', () => {
  it.each([
    ['1-6月，全市引进到位资金85.6亿元，完成年度目标任务160亿元的53.5%。', ['actual 85.6亿元', 'target 160亿元', 'actual 53.5%']],
    ['上半年，全县新开工项目46个，完成全年目标任务80个的57.5%，同比增长12.2%。', ['actual 46个', 'target 80个', 'actual 57.5%', 'actual 12.2%']],
    ['上半年，完成全年任务80个的57.5%。', ['target 80个', 'actual 57.5%']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it('the quota takes the metric of the figure reported against it', () => {
    const read = readStatements('上半年，全县新开工项目46个，完成全年目标任务80个的57.5%。', { year: 2024 });
    expect(read[1]).toMatchObject({ role: 'target', metric: '新开工项目', kind: 'count', year: 2024 });
  });
});

describe('(任务数N) right after a result: the quota it is set beside, a target of the year', () => {
  it.each([
    ['1-9月，全区引进亿元以上项目14个(任务数12个)。', ['actual 14个', 'target 12个']],
    [
      '1-9月，实际到位资金31.2亿元（目标任务30亿元），工业到位资金占比64.9%（任务数占比60%）。',
      ['actual 31.2亿元', 'target 30亿元', 'actual 64.9%', 'target 60%'],
    ],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});

describe('goal words before a figure that make no quota (must not fire)', () => {
  it.each([
    // Planned: the share is set, not reached (力争, 确保 in the clause).
    ['力争完成全年目标任务80个的100%。', ['target 80个', 'target 100%']],
    ['确保完成年度目标任务的100%。', ['target 100%']],
    // A bracket that is no quota: a change beside the result.
    ['1-9月，全县完成投资12亿元（同比增长8%）。', ['actual 12亿元', 'actual 8%']],
    // A goal's figure with no share after it stays as read before (a 项 count of tasks is the document's structure).
    ['今年全县承担省级目标任务12项。', []],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});

describe('the share after a goal’s size takes the figure before it as its measure, never the 的 between them', () => {
  it('names no share 的', () => {
    const metrics = readStatements('1-6月，全市引进到位资金85.6亿元，完成年度目标任务160亿元的53.5%。', { year: 2024 }).map((s) => s.metric);
    expect(metrics).not.toContain('的');
    expect(metrics.at(-1)).not.toBe('');
  });
});
