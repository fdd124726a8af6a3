import type { Finding, Report } from '../model.ts';
import type { SheetTable } from '../sheet/types.ts';
import { parseCellAddress } from '../sheet/address.ts';
import { withoutRepeats } from './repeats.ts';

/**
 * Where an A1 address sorts within its sheet: (row + 1) · 2^15 + (column + 1), 0-based row and
 * column; findings without one ("" for a plan or a whole sheet) get 0 and sort first.
 */
function cellOrder(address: string): number {
  const at = address ? parseCellAddress(address) : null;
  return at ? (at.row + 1) * 2 ** 15 + at.col + 1 : 0;
}

/**
 * Orders findings deterministically — by sheet (in input order), row, column, code, then
 * message — and counts them. `valid` is true when no finding is an error. With `dropRepeats`,
 * a finding repeating an earlier one's problem at its cell is left out (repeats.ts); only the
 * findings before `repeatsBefore` (default: all) can be left out so.
 */
export function finishReport(
  findings: Finding[],
  tables: readonly Pick<SheetTable, 'sheet'>[],
  counts: { rows: number; claims: number; matched: number },
  options: { dropRepeats?: boolean; repeatsBefore?: number } = {},
): Report {
  const sheetOrder = new Map<string, number>();
  for (const t of tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  const unknown = new Set<string>(); // sheets no table names (a plan's findings), in name order after the tables
  for (const f of findings) if (!sheetOrder.has(f.sheet)) unknown.add(f.sheet);
  const unknownSheets = [...unknown].sort();
  for (const s of unknownSheets) sheetOrder.set(s, sheetOrder.size);
  // One number per finding (sheet, row, column), so the sort compares numbers, not addresses.
  // Kept in a typed array beside an index order, not in a wrapper object per finding: a report
  // runs to 65k findings, and those wrappers were garbage the collector had to trace.
  const n = findings.length;
  const pos = new Float64Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i]!;
    pos[i] = sheetOrder.get(f.sheet)! * 2 ** 36 + cellOrder(f.cell);
    order[i] = i;
  }
  order.sort((a, b) => {
    const d = pos[a]! - pos[b]!;
    if (d !== 0) return d;
    const fa = findings[a]!;
    const fb = findings[b]!;
    return (fa.code < fb.code ? -1 : fa.code > fb.code ? 1 : 0) || (fa.message < fb.message ? -1 : fa.message > fb.message ? 1 : 0);
  });
  const sorted = (options.dropRepeats ? withoutRepeats(findings, order, pos, options.repeatsBefore) : order).map((i) => findings[i]!);
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
