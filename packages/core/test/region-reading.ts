import { planLevel } from '../src/check/plan-level.ts';
import { extractPlan } from '../src/reader/extract.ts';

/** The issuer a text is read as: the plan's region and level, null where the reader says it does not know. */
export type RegionReading = { region: string | null; level: string | null };

export const regionReadingOf = (text: string): RegionReading => {
  const plan = extractPlan(text, {});
  return { region: plan.region || null, level: planLevel(plan) ?? null };
};

export const regionAt = (region: string | null, level: string | null): RegionReading => ({ region, level });
