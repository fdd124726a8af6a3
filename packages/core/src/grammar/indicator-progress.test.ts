/**
 * A count of a plan's indicators by their progress (16项基本符合或快于预期) is a result of its own in a review (corpus
 * Decisions 25); in a passage that plans it stays no figure. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('N项 by progress: a count actual in a review', () => {
  const read = (text: string, context: { year: number; defaultRole?: 'target' | 'actual' } = { year: 2024 }) =>
    readStatements(text, context).map((s) => `${s.role} ${s.kind} ${s.value}${s.unit}`);

  it('reads the count where the sentence reports', () => {
    expect(read('2023年，规划确定的30项主要指标中，22项达到或快于预期进度。')).toContain('actual count 22项');
    expect(read('截至2023年底，24项进展超过 预期。')).toContain('actual count 24项');
  });

  it('does not fire where the sentence plans, on the list it counts, or on the size of the whole list', () => {
    expect(read('确保今年30项主要指标中20项达到序时进度。')).toEqual([]);
    expect(read('2023年，城镇化率、森林覆盖率2项达到时序进度。')).toEqual([]);
    expect(read('2023年，规划确定的30项主要指标进展顺利。')).toEqual([]);
  });
});
