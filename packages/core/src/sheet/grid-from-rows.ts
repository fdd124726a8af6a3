import type { CellRange, Grid } from '../model.ts';
import { a1 } from './grid-view.ts';

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
      return { address: a1(row, col), row, col, value: v, text: String(v) };
    }),
  );
  return {
    sheet,
    rowCount: rows.length,
    colCount,
    cells,
    merges: (options.merges ?? []).map((m) => (typeof m === 'string' ? parseRange(m) : m)),
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

function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) throw new Error(`Not an A1 cell reference: "${ref}"`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "B2:C4" → {top: 1, left: 1, bottom: 3, right: 2}. */
export function parseRange(range: string): CellRange {
  const [from, to] = range.split(':');
  const a = parseRef(from!);
  const b = parseRef(to ?? from!);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
