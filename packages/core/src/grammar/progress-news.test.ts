/**
 * A sum crossed as a 关口 (突破4000亿元关口) and rounds already made one after another (先后三次赴…): words of work
 * plans and of a department's progress news. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('突破N亿元关口: the tier word belongs to the figure, as 大关 does', () => {
  it.each([
    ['工业总产值增长8%，奋力突破1500亿元关口。', 'target level > 1500亿元'],
    ['社会消费品零售总额力争突破300亿元关口。', 'target level > 300亿元'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });

  // Must not fire: a 关口 that is no sum (a checkpoint, a gate of review), a count before it.
  it.each(['严把项目准入关口，提升审批质量。', '前移监管关口，开展专项检查12次。', '设置防疫检查关口5个。'])('%s', (text) => {
    expect(read(text).some((s) => s.includes('亿元'))).toBe(false);
  });

  it('a count before 关口 stays a count', () => {
    expect(read('设置防疫检查关口5个。')).toEqual(['target count = 5个']);
  });
});

describe('先后N次: rounds already made, the figures after them in the sentence are results', () => {
  it('a department reports trips and what they brought', () => {
    expect(read('组织招商小分队先后三次赴沿海地区招商，共签约项目18个，到位资金2.6亿元。')).toEqual([
      'target count = 3次',
      'actual count = 18个',
      'actual level = 2.6亿元',
    ]);
  });

  // Must not fire: under 力争/计划 or after 今年, the rounds are planned; 先后顺序 is no round.
  it.each([
    ['力争先后两次组织赴外招商，签约项目20个。', 'target count = 20个'],
    ['今年先后三次举办招聘会，提供岗位5000个。', 'target count = 5000个'],
    ['按先后顺序实施项目30个。', 'target count = 30个'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });
});
