/**
 * 全省第1、第3和第2: the next items of a list of ranks, joined to a rank by 、 or 和 with no noun after them, are ranks
 * at its scope. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('第N、第M和第K after a rank: each a rank', () => {
  const ranks = (text: string) =>
    readStatements(text, { year: 2024 })
      .filter((s) => s.kind === 'rank')
      .map((s) => s.value);

  it('reads every rank of the list', () => {
    expect(ranks('1-5月，限上批发、零售、餐饮分别为全市第4、第1和第6，增势良好。')).toEqual([4, 1, 6]);
    expect(ranks('2023年，出口、进口分别为全省第2、第7。')).toEqual([2, 7]);
  });

  it('does not fire on ordinals of things, a list with no rank before it, or past a clause break', () => {
    expect(ranks('组织开展第1、第2批次评审。')).toEqual([]);
    expect(ranks('2023年，新建第1、第2污水处理厂。')).toEqual([]);
    expect(ranks('2023年，增速全省第1，第3季度回落。')).toEqual([1]);
    expect(ranks('2023年，全省第1、第2家企业上市。')).toEqual([]);
  });
});
