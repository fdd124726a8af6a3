import type { CellRange, Grid } from '../model.ts';
import { cellAddress, parseRange } from './address.ts';

/**
 * A Grid from a 2-D array of values, e.g. a table pasted as tab-separated text or a table built
 * in a test. Strings are cell text, numbers typed values (text is their decimal form), null or
 * '' an empty cell. A1 ranges ("B2:B4") or CellRanges give the merges.
 */
export function gridFromRows(
  sheet: string,
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  options: { merges?: (string | CellRange)[]; hiddenRows?: number[]; hiddenCols?: number[] } = {},
): Grid {
  const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const cells = rows.map((r, row) =>
    Array.from({ length: colCount }, (_, col) => {
      const v = r[col];
      if (v === null || v === undefined || v === '') return undefined;
      return { address: cellAddress(row, col), row, col, value: v, text: String(v) };
    }),
  );
  return {
    sheet,
    rowCount: rows.length,
    colCount,
    cells,
    merges: (options.merges ?? []).map((m) => (typeof m === 'string' ? rangeOrThrow(m) : m)),
    hiddenRows: options.hiddenRows ?? [],
    hiddenCols: options.hiddenCols ?? [],
  };
}

/** Tab-separated text (as copied from Excel or WPS) to rows of strings. */
export function rowsFromTsv(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => line.split('\t'));
}

/** A merge written by the caller ("B2:C4"): a malformed one is a programming error, so it throws. */
function rangeOrThrow(range: string): CellRange {
  const parsed = parseRange(range.trim());
  if (!parsed) throw new Error(`Not an A1 cell range: "${range}"`);
  return parsed;
}
