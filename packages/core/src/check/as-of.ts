/**
 * The date a sheet's progress is judged at, and where it came from: the caller's date (--as-of,
 * the date control) first, else the period the sheet's result columns name (1-9月完成 → the 30th
 * of September of the sheet's year), else none. Never today: a 2023 sheet read in 2026 is not a
 * sheet whose year is over unless it says so.
 */
import type { FactSource } from '../model.ts';
import type { SheetTable } from '../sheet/types.ts';
import { daysInMonth } from '../validate/schedule.ts';

export interface SheetAsOf {
  date: string | null;
  source: FactSource;
  /** The period as the sheet writes it ("1-9月"), when the date came from its columns. */
  label?: string;
}

/**
 * `year` is the year the sheet is read as (its own, or the plan's when it names none); without
 * one a period still judges its own cells, but no date can be written for the sheet.
 */
export function sheetAsOf(table: SheetTable, optionDate: string | undefined, year: number | undefined): SheetAsOf {
  if (optionDate) return { date: optionDate, source: 'option' };
  let latest: { toMonth: number; label: string; year: number } | undefined;
  for (const c of table.columns) {
    const p = c.period;
    if (!p?.toMonth || (c.role !== 'actual' && c.role !== 'rate' && c.valueRole !== 'actual')) continue;
    const y = p.year || year;
    if (!y) continue;
    if (!latest || y > latest.year || (y === latest.year && p.toMonth > latest.toMonth)) latest = { toMonth: p.toMonth, label: p.label, year: y };
  }
  if (!latest) return { date: null, source: 'unknown' };
  const mm = String(latest.toMonth).padStart(2, '0');
  const dd = String(daysInMonth(latest.year, latest.toMonth)).padStart(2, '0');
  return { date: `${latest.year}-${mm}-${dd}`, source: 'columns', label: latest.label };
}
