import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { assignTiers, chineseCollator, orderByNumber, effectiveCollation, numericValue, rankChange, rankFlags, rankRows, sortIndices } from './ranking.ts';

const rows = (values: (number | null)[]) => values.map((v, i) => ({ name: `r${i}`, v }));

describe('numericValue', () => {
  test('numbers and numeric strings', () => {
    expect(numericValue(7.3)).toBe(7.3);
    expect(numericValue('1,234')).toBe(1234);
    expect(numericValue('7.3%')).toBe(7.3);
    expect(numericValue(' -2 ')).toBe(-2);
    expect(numericValue('abc')).toBeNull();
    expect(numericValue('')).toBeNull();
    expect(numericValue(Number.NaN)).toBeNull();
    expect(numericValue(null)).toBeNull();
  });
});

describe('sortIndices', () => {
  const pinyin = chineseCollator('pinyin');
  test('numeric, missing last in both orders, stable', () => {
    const data = rows([3, null, 10, 3, 2]);
    expect(sortIndices(data, 'v', 'number', 'asc', pinyin)).toEqual([4, 0, 3, 2, 1]);
    expect(sortIndices(data, 'v', 'number', 'desc', pinyin)).toEqual([2, 0, 3, 4, 1]);
  });
  test('text is numeric-aware and empty goes last', () => {
    const data = [{ n: '第10组' }, { n: '第2组' }, { n: '' }, { n: '第1组' }];
    expect(sortIndices(data, 'n', 'text', 'asc', pinyin)).toEqual([3, 1, 0, 2]);
    expect(sortIndices(data, 'n', 'text', 'desc', pinyin)).toEqual([0, 1, 3, 2]);
  });
  test('pinyin and stroke order (姓氏笔画) differ', () => {
    const names = ['王', '丁', '赵', '李'].map((n) => ({ n }));
    const byPinyin = sortIndices(names, 'n', 'text', 'asc', chineseCollator('pinyin')).map((i) => names[i]!.n);
    expect(byPinyin).toEqual(['丁', '李', '王', '赵']);
    expect(effectiveCollation('stroke')).toBe('stroke');
    const byStroke = sortIndices(names, 'n', 'text', 'asc', chineseCollator('stroke')).map((i) => names[i]!.n);
    // 丁 2 strokes, 王 4, 李 7, 赵 9.
    expect(byStroke).toEqual(['丁', '王', '李', '赵']);
  });
});

test('orderByNumber equals a stable comparator sort (property)', () => {
  const value = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constant(0), fc.constant(-0));
  fc.assert(
    fc.property(fc.array(value, { maxLength: 60 }), fc.constantFrom('asc' as const, 'desc' as const), (values, order) => {
      const sign = order === 'asc' ? 1 : -1;
      const expected = values
        .map((_, i) => i)
        .sort((a, b) => {
          const va = values[a]!;
          const vb = values[b]!;
          if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || a - b;
          return sign * (va - vb) || a - b;
        });
      expect(orderByNumber(values, order)).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});

describe('rankRows', () => {
  const data = rows([9, 10, 9, 8, null, 7, 7]);
  test('competition: 1, 2, 2, 4', () => {
    const r = rankRows(data, 'v', 'desc', 'competition');
    expect(r.rank).toEqual([2, 1, 2, 4, null, 5, 5]);
    expect(r.tied).toEqual([true, false, true, false, false, true, true]);
    expect(r.rankFromBottom).toEqual([4, 6, 4, 3, null, 1, 1]);
    expect(r.ranked).toBe(6);
    expect(r.order).toEqual([1, 0, 2, 3, 5, 6, 4]);
  });
  test('dense: 1, 2, 2, 3', () => {
    const r = rankRows(data, 'v', 'desc', 'dense');
    expect(r.rank).toEqual([2, 1, 2, 3, null, 4, 4]);
    expect(r.rankFromBottom).toEqual([3, 4, 3, 2, null, 1, 1]);
  });
  test('asc ranks the smallest first', () => {
    expect(rankRows(rows([3, 1, 2]), 'v', 'asc', 'competition').rank).toEqual([3, 1, 2]);
  });
  test('empty and all-missing', () => {
    expect(rankRows([], 'v', 'desc', 'competition').rank).toEqual([]);
    expect(rankRows(rows([null, null]), 'v', 'desc', 'dense').rank).toEqual([null, null]);
  });
});

describe('flags after ties', () => {
  test('a tie at the boundary shares the flag', () => {
    const r = rankRows(rows([10, 9, 9, 8, 7, 7]), 'v', 'desc', 'competition');
    expect(rankFlags(r, 2, 1)).toEqual(['top', 'top', 'top', null, 'bottom', 'bottom']);
    expect(rankFlags(r, 1, 0)).toEqual(['top', null, null, null, null, null]);
    expect(rankFlags(r, 0, 0)).toEqual([null, null, null, null, null, null]);
  });
  test('top wins when the flags would overlap; missing values get none', () => {
    const r = rankRows(rows([3, 2, null]), 'v', 'desc', 'dense');
    expect(rankFlags(r, 2, 2)).toEqual(['top', 'top', null]);
  });
});

describe('tiers', () => {
  const data = rows([95, 80, 80, 62, 40, null]);
  const r = rankRows(data, 'v', 'desc', 'competition');
  test('cut points', () => {
    expect(assignTiers(r, ['A', 'B', 'C', 'D'], { cuts: [90, 75, 60] })).toEqual(['A', 'B', 'B', 'C', 'D', null]);
  });
  test('cut points with asc order (lower is better)', () => {
    const ra = rankRows(data, 'v', 'asc', 'competition');
    expect(assignTiers(ra, ['A', 'B'], { cuts: [70], order: 'asc' })).toEqual(['B', 'B', 'B', 'A', 'A', null]);
  });
  test('equal shares by position, ties never straddle', () => {
    // 5 ranked rows into 2 tiers: bound at position 3 (round 2.5); the 80s tie stays in A.
    expect(assignTiers(r, ['A', 'B'])).toEqual(['A', 'A', 'A', 'B', 'B', null]);
  });
  test('explicit shares', () => {
    const many = rows([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const rm = rankRows(many, 'v', 'desc', 'competition');
    expect(assignTiers(rm, ['A', 'B', 'C', 'D'], { shares: [20, 50, 20, 10] })).toEqual(['A', 'A', 'B', 'B', 'B', 'B', 'B', 'C', 'C', 'D']);
  });
  test('no tiers', () => {
    expect(assignTiers(r, [])).toEqual([null, null, null, null, null, null]);
  });
});

test('rank change', () => {
  expect(rankChange(3, 5)).toBe(2);
  expect(rankChange(3, '2')).toBe(-1);
  expect(rankChange(3, 3)).toBe(0);
  expect(rankChange(3, undefined)).toBe('new');
  expect(rankChange(3, 0)).toBe('new');
  expect(rankChange(null, 4)).toBeNull();
});
