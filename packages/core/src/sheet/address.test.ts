import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAddress, columnName, parseCellAddress, parseColumnName, parseRange, rangeRef } from './address.ts';

describe('addresses', () => {
  it('converts columns both ways', () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 0, max: 1048575 }), (c, r) => {
        expect(parseCellAddress(cellAddress(r, c))).toEqual({ row: r, col: c });
      }),
    );
  });
  it('rejects what is not an address', () => {
    for (const bad of ['', 'A', '1', 'A0', 'AAAA1', 'A1B', 'XFE1', 'A1048577']) expect(parseCellAddress(bad), bad).toBeNull();
    expect(parseCellAddress('$b$3')).toEqual({ row: 2, col: 1 });
    expect(parseRange('C3:A1')).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
  });
});

describe('ranges', () => {
  it('formats a range, and a single cell without a colon', () => {
    expect(rangeRef({ top: 0, left: 0, bottom: 2, right: 3 })).toBe('A1:D3');
    expect(rangeRef({ top: 4, left: 27, bottom: 4, right: 27 })).toBe('AB5');
    expect(parseRange(rangeRef({ top: 1, left: 2, bottom: 40, right: 2 }))).toEqual({ top: 1, left: 2, bottom: 40, right: 2 });
  });
  it('rejects a malformed range', () => {
    for (const bad of ['A1:', ':B2', 'A1:B', 'A1-B2']) expect(parseRange(bad), bad).toBeNull();
  });
  it('reads column letters alone', () => {
    expect(['A', 'z', 'AB', 'XFD'].map(parseColumnName)).toEqual([0, 25, 27, 16383]);
    expect(parseColumnName('1')).toBe(-1);
  });
});
