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

describe('N项指标 by progress after the clause naming the set they are drawn from', () => {
  const read = (text: string, context: { year: number; defaultRole?: 'target' | 'actual' } = { year: 2024, defaultRole: 'actual' }) =>
    readStatements(text, context).map((s) => `${s.role} ${s.kind} ${s.value}${s.unit}`);

  it('reads counts with 指标 after them, each of a run, as results', () => {
    const counts = read('县人大批准的40项指标中，25项指标达到或超过预期，15项指标未达预期。');
    expect(counts).toContain('actual count 25项');
    expect(counts).toContain('actual count 15项');
  });

  it('does not let the words that name how the set was set (批准的《…计划草案的报告》明确的) make the counts targets', () => {
    const text =
      '区人大三届二次会议批准的《关于某区2023年计划执行情况及2024年计划草案的报告》确定的28项指标中（含预计数）：20项指标好于预期，8项指标未达预期。';
    const counts = read(text);
    expect(counts).toContain('actual count 20项');
    expect(counts).toContain('actual count 8项');
  });

  it('does not fire on a count planned in its own clause, one that counts a list after it, or the size of the set', () => {
    expect(read('全年28项指标中，力争25项指标达到序时进度。', { year: 2024, defaultRole: 'target' })).toEqual([]);
    expect(read('2023年，30项指标中，6项指标基本符合预期，分别是地区生产总值、固定资产投资等。')).not.toContain('actual count 6项');
    expect(read('县人大批准的40项指标中，各项工作有序推进。')).toEqual([]);
    expect(read('年初确定的12项指标全部纳入考核。')).toEqual([]);
  });
});
