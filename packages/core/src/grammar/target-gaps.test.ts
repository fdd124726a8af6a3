import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

/** role, value and unit, and the year of an actual's period or a target (empty: the reader dates it later). */
const roles = (text: string) =>
  readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.value}${s.unit} ${s.role === 'actual' ? (s.period?.year ?? '') : (s.year ?? '')}`);

describe('a figure followed by its gap to the target is a result (progress notices)', () => {
  it.each([
    ['3.规上工业增加值（第5项）：增长4.2%，低于目标2.8个百分点。', ['actual 4.2% 2024', 'actual 2.8百分点 2024']],
    [
      '进出口总额增长12%，高于年度目标3个百分点；税收收入下降1.5%，塌目标6.5个百分点。',
      ['actual 12% 2024', 'actual 3百分点 2024', 'actual 1.5% 2024', 'actual 6.5百分点 2024'],
    ],
    ['招商引资到位资金完成42亿元，落后目标5个百分点。', ['actual 42亿元 2024', 'actual 5百分点 2024']],
    ['实际使用外资1.2亿美元，完成年度目标的40%，低于目标10.5个百分点。', ['actual 1.2亿美元 2024', 'actual 40% 2024', 'actual 10.5百分点 2024']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});

describe('gaps that must not turn a sentence into results', () => {
  it.each([
    // A word of aim before the figure: the figure is aimed at.
    ['力争全区生产总值增长7%，高于目标1个百分点。', 'target 7% '],
    ['确保税收收入增长5%，高于全年目标2个百分点。', 'target 5% '],
    // A gap to a benchmark that is not the target: the grammar's other rules decide, not this one.
    ['今年全区生产总值增长6.5%左右，高于全省0.5个百分点。', 'target 6.5% 2024'],
    // 目标 that names the target itself, with no gap after it.
    ['规上工业增加值增长目标为8%。', 'target 8% '],
    ['目标任务：新增市场主体3000户，高于上年。', 'target 3000户 '],
    // A gap clause of its own sentence leaves the sentence before it alone.
    ['全年固定资产投资增长10%。去年低于目标2个百分点。', 'target 10% '],
  ])('%s', (text, want) => {
    expect(roles(text)[0]).toBe(want);
  });
});
