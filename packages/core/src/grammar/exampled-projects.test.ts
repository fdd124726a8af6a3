/**
 * 总投资N亿元的甲、乙等M个项目: the total investment of projects counted after the examples a 、 list names, as
 * 总投资N亿元的M个项目 is. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('总投资…的甲、乙等N个项目: the total of the projects counted after their examples', () => {
  const context = { year: 2024 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

  it('reads the sum beside the count, in a plan and in a review', () => {
    expect(read('今年重点推进总投资86亿元的光伏组件、储能电池等12个重点项目。')).toEqual([
      'target 重点项目总投资 level = 86亿元',
      'target 重点项目 count = 12个',
    ]);
    expect(read('2023年，总投资21.5亿元的冷链物流园、农机装备等4个项目建成投产。')[0]).toBe('actual 项目总投资 level = 21.5亿元');
  });

  it('does not fire on a bound, a single project, names in quotes, or a list past a clause break', () => {
    // (Whatever else reads these sums, none is the total of the projects counted.)
    const total = (text: string) => read(text).some((s) => s.includes('总投资 level'));
    expect(total('今年引进总投资10亿元以上的光伏、储能等5个项目。')).toBe(false);
    expect(total('今年推进总投资12亿元的新材料产业园建设。')).toBe(false);
    expect(total('今年推进总投资30亿元的“智造谷”、“数字港”等3个项目。')).toBe(false);
    expect(total('今年推进总投资30亿元的产业园，光伏、储能等3个项目开工。')).toBe(false);
    expect(total('今年推进总投资30亿元的光伏、储能等3家企业。')).toBe(false);
    // A comparator before the sum bounds each project (达 states the total: below).
    expect(total('今年推进总投资超10亿元的焦化苯、煤焦油等16个重点项目。')).toBe(false);
    expect(total('今年推进总投资均超过5亿元的光伏、储能等12个项目。')).toBe(false);
    expect(total('今年推进总投资不低于1亿元的光伏、储能等8个项目。')).toBe(false);
    expect(total('今年推进总投资达100亿元的光伏、储能等16个项目。')).toBe(true);
  });
});
