/**
 * Office.js addresses: sheet-qualified addresses and area lists, quoting sheet names, and
 * compressing a set of cells into few rectangular areas so writes stay small ("A1:A40" instead
 * of 40 cells).
 */
import type { CellRange } from '@mubiao/core';
import { parseRange } from '@mubiao/core';

// Cell and range addresses are core's, shared with the sheet reader and the xlsx package.
export { cellAddress, columnName, parseCellAddress, parseRange, rangeRef } from '@mubiao/core';

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
