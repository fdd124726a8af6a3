/**
 * A plan's level as every verdict and every label takes it: the one test. The level is decided
 * once, where the plan is made (the reader, or plan JSON read back: check/region-fit.ts
 * `levelAsRead`), and recorded with its source (Plan.levelSource); `unknown` then means that
 * nothing gave it — not the caller, the gazetteer, the text or the region's name — and its
 * `level` is a placeholder nothing reads. No lookups here: the labels (vocab/plan-label.ts, which
 * the elements bundle) ask the same question the checks do without carrying the gazetteer.
 */
import type { Plan, RegionLevel } from '../model.ts';

/** Enough of a plan to say its level: a Plan, a plan choice of a report, a target's reference. */
export type LevelFacts = Partial<Pick<Plan, 'level'>> & { levelSource?: string | undefined };

/**
 * Whether nothing gives the plan's level: the one test behind its label (层级不详; PlanChoice.levelSource and
 * TargetRef.levelSource carry it into a report), the reason that its amounts are compared whole, and the
 * plan-against-plan note that it could not be placed.
 */
export function levelUnknown(plan: LevelFacts): boolean {
  return plan.levelSource === 'unknown';
}

/** The plan's level, or undefined when nothing gives it (levelUnknown): no verdict then rests on a level. */
export function planLevel(plan: LevelFacts): RegionLevel | undefined {
  return levelUnknown(plan) ? undefined : plan.level;
}
