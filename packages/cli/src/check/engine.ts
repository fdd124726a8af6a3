import type { Grid, Locale, Plan, Report } from '@mubiao/core';
import { checkWorkbook } from '@mubiao/core';
import { seededPlans } from '@mubiao/seeds';

export interface EngineOptions {
  asOf?: string | undefined;
  locale: Locale;
  /** The --plan plans; empty: each sheet gets the seeded plans of its region and year. */
  plans: readonly Plan[];
}

/** Core's one check of a workbook; the CLI only says which plans the user gave. */
export function checkSheets(sheets: readonly Grid[], options: EngineOptions): Report {
  const auto = options.plans.length === 0;
  return checkWorkbook(sheets, auto ? seededPlans : options.plans, {
    locale: options.locale,
    pick: auto ? 'auto' : 'chosen',
    suggest: seededPlans,
    gauges: false,
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
}
