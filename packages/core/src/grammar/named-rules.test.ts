/**
 * A number that is part of a set of rules' name (八项规定精神): no count of rules. Sentences written for
 * this test (never corpus text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.kind} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('a set of rules named by its number', () => {
  it('reads nothing in 八项规定精神', () => {
    expect(read('今年以来，全县扎实开展深入贯彻中央八项规定精神学习教育，作风建设持续加强。')).toEqual([]);
    expect(read('严格落实中央八项规定精神，持续纠治“四风”。')).toEqual([]);
  });
});

describe('must not fire', () => {
  it('still counts rules issued or revised', () => {
    expect(read('今年要出台3项规定，完善招商引资制度。')).toEqual(['target count 规定 = 3项']);
    expect(read('今年制定8项规定，规范审批流程。')).toEqual(['target count 规定 = 8项']);
    expect(read('年内出台惠企规定10项。')).toEqual(['target count 惠企规定 = 10项']);
  });

  it('still counts projects', () => {
    expect(read('今年新开工重点项目50项。').length).toBe(1);
  });
});
