/**
 * Which plans apply to a sheet, and why. A plan the user chose applies when it is for the
 * sheet's region or a region above it and for the sheet's year; a plan that does not fit is not
 * applied and becomes a `plan-mismatch` finding. Without a choice, plans are picked from the
 * available ones by the sheet's region and year — and only when the sheet says both.
 */
import type { Plan, PlanChoice, RegionLevel } from '../model.ts';
import type { Locale } from '../vocab/locale.ts';
import { planLabel } from '../vocab/plan-label.ts';
import type { ChoiceReason as Reason } from '../vocab/words.ts';
import { levelUnknown, planRole, regionRelation, type PlanPlace, type PlanRole, type RegionRelation } from './region-fit.ts';
import * as why from './why.ts';

/** What the sheet says about itself. */
export interface SheetPlace {
  region: string | undefined;
  year: number | undefined;
}

/** One reason a sheet could not be checked against a plan (or any plan): a plan-mismatch finding. */
export interface Misfit {
  /** The plan concerned, when there is one. */
  plan?: Plan;
  message: string;
}

export interface SheetPlans {
  current: Plan[];
  previous: Plan[];
  choices: PlanChoice[];
  misfits: Misfit[];
  /** How each applied plan (current or previous) stands to the sheet. */
  relations: Map<Plan, RegionRelation | 'previous-year'>;
}

/** A plan applied to a sheet, and the role it checks it in. */
export interface AppliedPlan {
  plan: Plan;
  role: PlanRole;
}

/** The plans applied to one table, as validate takes them, and the year to read it as when it names none. */
export interface TablePlans {
  current: readonly AppliedPlan[];
  previous: readonly AppliedPlan[];
  year?: number | undefined;
}

/** The decision for one sheet as validate takes it: each applied plan with its role (planRole). */
export function tablePlans(plans: SheetPlans, sheetLevel: () => RegionLevel | undefined, year: number | undefined): TablePlans {
  // Read once at most (from a large sheet's departments it is a pass over every claim).
  let level: { value: RegionLevel | undefined } | undefined;
  const levelOnce = () => (level ??= { value: sheetLevel() }).value;
  const applied = (list: readonly Plan[]) => list.map((plan) => ({ plan, role: planRole(plans.relations.get(plan) ?? 'unknown', plan, levelOnce) }));
  return { current: applied(plans.current), previous: applied(plans.previous), year };
}

/** The user's plans against one sheet. */
export function choosePlans(place: SheetPlace, chosen: readonly Plan[], pool: readonly PlanPlace[], locale: Locale): SheetPlans {
  const out: SheetPlans = { current: [], previous: [], choices: [], misfits: [], relations: new Map() };
  for (const plan of chosen) {
    const relation = regionRelation(place.region, plan, pool);
    const verdict = judge(place, plan, relation);
    out.choices.push(choice(plan, verdict.relation, verdict.applied, 'user', why.ofChoice(place, plan, verdict.reason, locale)));
    if (verdict.applied !== 'no') out.relations.set(plan, verdict.relation);
    if (verdict.applied === 'current') out.current.push(plan);
    else if (verdict.applied === 'previous') out.previous.push(plan);
    else out.misfits.push({ plan, message: why.misfitMessage(place, plan, verdict.reason, locale) });
  }
  if (out.current.length === 0 && out.misfits.length === 0) {
    out.misfits.push({ message: why.noCurrentPlanMessage(place, locale) });
  }
  return out;
}

/** Plans picked for one sheet from `available` by its region and year. */
export function pickPlans(place: SheetPlace, available: readonly Plan[], locale: Locale): SheetPlans {
  const out: SheetPlans = { current: [], previous: [], choices: [], misfits: [], relations: new Map() };
  if (!place.region || !place.year) {
    out.misfits.push({ message: why.cannotPickMessage(place, locale) });
    return out;
  }
  for (const plan of available) {
    const relation = regionRelation(place.region, plan, available);
    const verdict = judge(place, plan, relation);
    // Only plans that fit are listed: six seeded plans of other cities are not news to the reader.
    if (verdict.applied === 'no' || verdict.relation === 'unknown') continue;
    out.choices.push(choice(plan, verdict.relation, verdict.applied, 'auto', why.ofChoice(place, plan, verdict.reason, locale)));
    out.relations.set(plan, verdict.relation);
    if (verdict.applied === 'current') out.current.push(plan);
    else out.previous.push(plan);
  }
  if (out.current.length === 0) out.misfits.push({ message: why.noPlanForMessage(place, available, locale) });
  return out;
}

/** The plans of `available` that would fit the sheet, named for a suggestion. */
export function fittingPlans(place: SheetPlace, available: readonly Plan[], locale: Locale): string[] {
  if (!place.region || !place.year) return [];
  return available
    .filter((p) => p.year === place.year && ['same', 'upper'].includes(regionRelation(place.region, p, available)))
    .map((p) => planLabel(p, locale));
}

interface Judged {
  applied: 'current' | 'previous' | 'no';
  relation: PlanChoice['relation'];
  reason: Reason;
}

function judge(place: SheetPlace, plan: Plan, relation: RegionRelation): Judged {
  if (relation === 'other') return { applied: 'no', relation, reason: 'other-region' };
  if (relation === 'lower') return { applied: 'no', relation, reason: 'lower-region' };
  if (plan.year === null) return { applied: 'no', relation, reason: 'plan-year-unknown' };
  if (place.year !== undefined && plan.year !== place.year) {
    return relation === 'same' && plan.year === place.year - 1
      ? { applied: 'previous', relation: 'previous-year', reason: 'previous-year' }
      : { applied: 'no', relation, reason: 'other-year' };
  }
  if (relation === 'unknown') return { applied: 'current', relation, reason: unplacedReason(place, plan) };
  if (place.year === undefined) return { applied: 'current', relation, reason: 'sheet-year-unknown' };
  return { applied: 'current', relation, reason: relation };
}

/** Why a plan could not be placed against the sheet: the sheet names no region, the plan none, or neither tree says. */
function unplacedReason(place: SheetPlace, plan: Plan): Reason {
  if (!place.region) return 'region-unknown';
  return plan.region.trim() ? 'region-unverified' : 'plan-region-unknown';
}

function choice(plan: Plan, relation: PlanChoice['relation'], applied: Judged['applied'], chosenBy: PlanChoice['chosenBy'], text: string): PlanChoice {
  const said: PlanChoice = {
    plan: plan.name,
    region: plan.region,
    year: plan.year,
    title: plan.title,
    relation,
    applied: applied !== 'no',
    chosenBy,
    why: text,
  };
  // Carried by the one test the checks and planLabel use (levelUnknown), so a host labels the choice as the plan.
  return levelUnknown(plan) ? { ...said, levelSource: 'unknown' } : said;
}
