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
