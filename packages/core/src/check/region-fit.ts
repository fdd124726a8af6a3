/**
 * How a plan's region stands to a sheet's: the same region, a region above it, below it, another
 * one — or unknown, when neither the gazetteer nor the plans say enough to tell. "Unknown" is
 * never read as a fit by itself: it is said in the report.
 */
import type { Plan, RegionLevel } from '../model.ts';
import { findRegion } from '../reader/regions.ts';
import { levelFromRegion, regionLevel } from '../validate/regions.ts';
import { levelUnknown, planLevel } from './plan-level.ts';

export { levelFromRegion, levelUnknown, planLevel };

export type RegionRelation = 'same' | 'upper' | 'lower' | 'other' | 'unknown';

/** Where a plan is: its region, level (and how it was found) and (when it says) the region above it. */
export type PlanPlace = Pick<Plan, 'region' | 'level' | 'parentRegion' | 'levelSource'>;

/**
 * How an applied plan checks a sheet: as the plan of the sheet's own region (`same`: amounts are
 * compared whole) or of a region above it (`upper`: amounts are parts of its total).
 */
export type PlanRole = 'same' | 'upper';

const RANK: Record<RegionLevel, number> = { national: -1, province: 0, city: 1, district: 2 };

/** The gazetteer's full name of a region (六安 → 六安市), else the name as written. */
export function canonicalRegion(name: string): string {
  const trimmed = name.trim();
  return findRegion(trimmed)?.name ?? trimmed;
}

/**
 * The level of a plan read back from JSON, as Plan fields: as the file states it, with its levelSource; a file
 * without a level, or one whose levelSource is `unknown` (written before `name` existed, when the region's name was
 * read at check time), takes its region's (levelFromRegion) — so older plan JSON is checked and labelled as before.
 */
export function levelAsRead(plan: Partial<Pick<Plan, 'level' | 'levelSource'>> & Pick<Plan, 'region'>): Pick<Plan, 'level' | 'levelSource'> {
  if (plan.level === undefined || levelUnknown(plan)) return levelFromRegion(plan.region);
  return plan.levelSource === undefined ? { level: plan.level } : { level: plan.level, levelSource: plan.levelSource };
}

function levelOf(name: string, plans: readonly PlanPlace[]): RegionLevel | undefined {
  // The plans are searched only when the gazetteer does not know the name; a placeholder level is never lent.
  return findRegion(name)?.level ?? plans.find((p) => planLevel(p) !== undefined && canonicalRegion(p.region) === name)?.level ?? regionLevel(name);
}

/** The regions above `name`, nearest first: from the gazetteer, else from what the plans say of their parents. */
export function ancestorsOf(name: string, plans: readonly PlanPlace[]): string[] {
  const out: string[] = [];
  let next = parentOf(name, plans);
  while (next && !out.includes(next) && next !== name) {
    out.push(next);
    next = parentOf(next, plans);
  }
  return out;
}

function parentOf(name: string, plans: readonly PlanPlace[]): string | undefined {
  const known = findRegion(name)?.parent;
  if (known) return known;
  const said = plans.find((p) => canonicalRegion(p.region) === name && p.parentRegion)?.parentRegion;
  return said ? canonicalRegion(said) : undefined;
}

/** How `plan` stands to a sheet about `sheetRegion` (undefined: the sheet does not say). */
export function regionRelation(sheetRegion: string | undefined, plan: PlanPlace, plans: readonly PlanPlace[]): RegionRelation {
  if (!sheetRegion || !plan.region) return 'unknown';
  const sheet = canonicalRegion(sheetRegion);
  const planRegion = canonicalRegion(plan.region);
  if (sheet === planRegion) return 'same';
  // The plan's level is its own (planLevel): one nothing gave is not lent from another plan of its region.
  const ownLevel = planLevel(plan);
  // The nation's plan (国务院, 全国) is above every region of it.
  if (ownLevel === 'national' || planRegion === '全国') return 'upper';
  const sheetUp = ancestorsOf(sheet, plans);
  if (sheetUp.includes(planRegion)) return 'upper';
  const planUp = ancestorsOf(planRegion, plans);
  if (planUp.includes(sheet)) return 'lower';
  const sheetLevel = levelOf(sheet, plans);
  if (!sheetLevel || !ownLevel) return 'unknown';
  if (RANK[ownLevel] === RANK[sheetLevel]) return 'other';
  // The lower one's known ancestor at the higher one's level settles it; without one we cannot tell.
  const [lowerUp, higherLevel] = RANK[ownLevel] < RANK[sheetLevel] ? [sheetUp, ownLevel] : [planUp, sheetLevel];
  return lowerUp.some((r) => levelOf(r, plans) === higherLevel) ? 'other' : 'unknown';
}

/**
 * The role of a plan applied to a sheet, from its relation: `upper` when it is a region above;
 * when the relation is unknown, `upper` when the sheet's level (its region's name, else its
 * departments' prefixes: 区经信局) is below the plan's known level (planLevel); `same` otherwise —
 * also when the plan's level is unknown: its amounts are then compared whole, never passed over
 * as parts of a total on a guessed level.
 */
export function planRole(relation: RegionRelation | 'previous-year', plan: PlanPlace, sheetLevel: () => RegionLevel | undefined): PlanRole {
  if (relation === 'upper') return 'upper';
  if (relation !== 'unknown') return 'same';
  const own = planLevel(plan);
  if (own === undefined) return 'same';
  const level = sheetLevel();
  return level !== undefined && RANK[level] > RANK[own] ? 'upper' : 'same';
}

/**
 * Whether `upper` is the plan of a region above `lower`'s: known to be, or a level above where the tree is not known
 * (both levels known). Undefined when it cannot be told because the tree does not place them and a level is unknown
 * (levelUnknown): validatePlan says so rather than passing over it.
 */
export function planAbove(lower: PlanPlace, upper: PlanPlace, plans: readonly PlanPlace[]): boolean | undefined {
  const relation = regionRelation(lower.region, upper, [lower, ...plans]);
  if (planRole(relation, upper, () => planLevel(lower)) === 'upper') return true;
  return relation === 'unknown' && (levelUnknown(lower) || levelUnknown(upper)) ? undefined : false;
}

/** Whether `upper` is known to be the plan of a region above `lower`'s (planAbove). */
export function isPlanAbove(lower: PlanPlace, upper: PlanPlace, plans: readonly PlanPlace[]): boolean {
  return planAbove(lower, upper, plans) === true;
}
