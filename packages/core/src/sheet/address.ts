/**
 * A1 addresses, the one implementation every host uses (the sheet reader, the xlsx reader and
 * patcher, the Excel add-in): column letters, cell and range parsing and formatting. 0-based
 * rows and columns throughout, as in the Grid.
 */
import type { CellRange } from '../model.ts';

export interface CellPosition {
  row: number;
  col: number;
}

/** 0-based column index → letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(col: number): string {
  let name = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

const COLUMN_NAMES: string[] = [];

/** 0-based row and column → "B3". Column names are made once per column: readers call this per cell. */
export function cellAddress(row: number, col: number): string {
  let name = COLUMN_NAMES[col];
  if (name === undefined) {
    name = columnName(col);
    if (col < 1024) COLUMN_NAMES[col] = name;
  }
  return name + (row + 1);
}

/**
 * Parses "B3", "$B$3" or "b3" into a 0-based position, or null when it is not a cell reference
 * inside Excel's grid (XFD1048576). Hand-written rather than a regex because readers call it
 * once per cell.
 */
export function parseCellAddress(ref: string): CellPosition | null {
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++; // $
  let col = 0;
  const colStart = i;
  while (i < n) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    i++;
  }
  if (i === colStart || i - colStart > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    i++;
  }
  if (i !== n || i === rowStart || row < 1 || col > 16384 || row > 1048576) return null;
  return { row: row - 1, col: col - 1 };
}

/** "A1:C3" (or a single "B2", either corner first) → a range; null when malformed. */
export function parseRange(ref: string): CellRange | null {
  const colon = ref.indexOf(':');
  const first = parseCellAddress(colon < 0 ? ref : ref.slice(0, colon));
  const last = colon < 0 ? first : parseCellAddress(ref.slice(colon + 1));
  if (!first || !last) return null;
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.col, last.col),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.col, last.col),
  };
}

/** A range → "A1:C3", or "B2" for a single cell. */
export function rangeRef(range: CellRange): string {
  const a = cellAddress(range.top, range.left);
  const b = cellAddress(range.bottom, range.right);
  return a === b ? a : `${a}:${b}`;
}

/** Letters of a column name → 0-based index ("C" → 2), or -1. */
export function parseColumnName(letters: string): number {
  const pos = parseCellAddress(`${letters}1`);
  return pos ? pos.col : -1;
}
