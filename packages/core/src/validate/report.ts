import type { Finding, Report } from '../model.ts';
import type { SheetTable } from '../sheet/types.ts';

/** 0-based row and column of an A1 address; findings without one ("" for a plan) sort first. */
function position(address: string): [number, number] {
  let i = 0;
  let col = 0;
  const n = address.length;
  if (address[i] === '$') i++;
  while (i < n) {
    const c = address.charCodeAt(i) & ~32; // upper-case ASCII letters
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    i++;
  }
  if (address[i] === '$') i++;
  let row = 0;
  const start = i;
  while (i < n) {
    const d = address.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
    i++;
  }
  if (col === 0 || i === start || i !== n || col > 16384 || row > 1048576) return [-1, -1];
  return [row - 1, col - 1];
}

/**
 * Orders findings deterministically — by sheet (in input order), row, column, code, then
 * message — and counts them. `valid` is true when no finding is an error.
 */
export function finishReport(
  findings: Finding[],
  tables: readonly Pick<SheetTable, 'sheet'>[],
  counts: { rows: number; claims: number; matched: number },
): Report {
  const sheetOrder = new Map<string, number>();
  for (const t of tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  const unknownSheets = [...new Set(findings.map((f) => f.sheet).filter((s) => !sheetOrder.has(s)))].sort();
  for (const s of unknownSheets) sheetOrder.set(s, sheetOrder.size);
  // One number per finding (sheet, row, column), so the sort compares numbers, not addresses.
  const keyed = findings.map((f) => {
    const [row, col] = position(f.cell);
    return { f, pos: (sheetOrder.get(f.sheet)! * 2 ** 21 + (row + 1)) * 2 ** 15 + (col + 1) };
  });
  keyed.sort(
    (a, b) =>
      a.pos - b.pos ||
      (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : 0) ||
      (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0),
  );
  const sorted = keyed.map((k) => k.f);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of sorted) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { valid: errors === 0, stats: { ...counts, errors, warnings, infos }, findings: sorted };
}
