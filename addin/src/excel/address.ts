/**
 * A1 addresses: column letters, cell and range parsing, Office.js area lists, and compressing a
 * set of cells into few rectangular areas so writes stay small ("A1:A40" instead of 40 cells).
 */
import type { CellRange } from '@mubiao/core';

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "B3" → {row: 2, col: 1}; null when it is not a cell address. */
export function parseCell(address: string): { row: number; col: number } | null {
  const m = CELL.exec(address.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: columnIndex(m[1]!) };
}

/** "A1:C3" or "B2" (no sheet) → 0-based inclusive range. Whole rows/columns are not used by us. */
export function parseRange(address: string): CellRange | null {
  const [a, b = a] = address.split(':');
  const from = parseCell(a!);
  const to = parseCell(b!);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

export function rangeAddress(range: CellRange): string {
  const first = cellAddress(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? first : `${first}:${cellAddress(range.bottom, range.right)}`;
}

/** Strips the sheet part of an Office.js address: "'My Sheet'!A1:B2" → "A1:B2". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

const AREA = /(?:(?:'(?:[^']|'')*'|[^'!,\s]+)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;

/** An Office.js RangeAreas address ("Sheet1!A1:B2, Sheet1!D4") → ranges. Sheet names may hold commas. */
export function parseAreas(address: string | null | undefined): CellRange[] {
  if (!address) return [];
  const out: CellRange[] = [];
  for (const m of address.matchAll(AREA)) {
    const r = parseRange(m[1]!.replace(/\$/g, ''));
    if (r) out.push(r);
  }
  return out;
}

/** Quotes a sheet name for use in an address when Excel would ("'计划 2023'!A1"). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Compresses cells into rectangles: runs along each row, then identical runs on consecutive rows
 * merge into one block. Deterministic (sorted), so the same cells always give the same areas.
 */
export function compressCells(cells: Iterable<{ row: number; col: number }>): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row) ?? [];
    cols.push(col);
    byRow.set(row, cols);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const open = new Map<string, CellRange>();
  const done: CellRange[] = [];
  for (const row of rows) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const next = new Map<string, CellRange>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      const block = open.get(key);
      if (block && block.bottom === row - 1) {
        block.bottom = row;
        next.set(key, block);
        open.delete(key);
      } else {
        next.set(key, { top: row, bottom: row, left, right });
      }
    }
    done.push(...open.values());
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
