import type { Finding, Report } from '../model.ts';
import type { SheetTable } from '../sheet/types.ts';

/** 0-based row and column of an A1 address; findings without one ("" for a plan) sort first. */
function position(address: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) return [-1, -1];
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
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
  const keyed = findings.map((f) => ({ f, pos: position(f.cell), sheet: sheetOrder.get(f.sheet) ?? sheetOrder.size }));
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      (a.sheet === sheetOrder.size ? a.f.sheet.localeCompare(b.f.sheet) : 0) ||
      a.pos[0] - b.pos[0] ||
      a.pos[1] - b.pos[1] ||
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
