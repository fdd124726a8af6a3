/** What the reader tests compare of a plan: its year, and each target and actual as one line. */
import { extractPlan } from '../src/reader/extract.ts';

export interface PlanSummary {
  year: number | null;
  targets: string[];
  actuals: string[];
}

/** Reads `text` and lists its targets (metric, comparator, value, unit, year) and actuals (metric, value, unit, period year). */
export function summarisePlan(text: string): PlanSummary {
  const plan = extractPlan(text);
  return {
    year: plan.year,
    targets: plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year ?? ''}`),
    actuals: plan.actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period?.year ?? ''}`),
  };
}
