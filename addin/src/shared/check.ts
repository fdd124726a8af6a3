/**
 * The check, the same for Excel and the web checker: the grids go to core's one checkWorkbook,
 * with the plans the user chose or, when none is chosen, the seeded plans of each sheet's region
 * and year. Host-free: it gets grids and returns core's report; hosts read, write and render.
 */
import { checkWorkbook, type Grid, type Locale, type Plan, type Report } from '@mubiao/core';
import { HostError } from '../excel/errors.ts';

export interface CheckOptions {
  /** YYYY-MM-DD the user set; without it each sheet's own period columns decide (never today). */
  asOf?: string;
  locale: Locale;
  /** The plans the user chose; when absent, each sheet gets the seeded plans of its region and year. */
  plans?: readonly Plan[];
}

function isEmpty(grid: Grid): boolean {
  return grid.cells.every((row) => !row || row.every((c) => !c || (c.text === '' && c.value === null)));
}

/** Core's report for the workbook; a workbook with no data at all is a HostError (nothing to check). */
export function runCheck(grids: readonly Grid[], available: readonly Plan[], options: CheckOptions): Report {
  if (grids.every(isEmpty)) throw new HostError('empty-sheet', '工作簿中没有数据。', 'The workbook has no data.');
  const chosen = options.plans;
  return checkWorkbook(grids, chosen ?? available, {
    locale: options.locale,
    pick: chosen ? 'chosen' : 'auto',
    suggest: available,
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
}
