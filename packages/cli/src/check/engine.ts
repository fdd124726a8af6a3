import type { Grid, Plan, Report, Locale } from '@mubiao/core';
import { readSheet, validate } from '@mubiao/core';

export interface EngineOptions {
  asOf?: string | undefined;
  locale: Locale;
}

/** Every sheet of a workbook read into claims and validated against the plans in one report. */
export function checkWorkbook(sheets: readonly Grid[], plans: readonly Plan[], options: EngineOptions): Report {
  const tables = sheets.map((grid) => readSheet(grid, { locale: options.locale }));
  return validate(tables, plans, { locale: options.locale, ...(options.asOf ? { asOf: options.asOf } : {}) });
}
