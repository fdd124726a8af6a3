import type { Plan, Target, TargetKind } from '../model.ts';
import { departmentCore } from '../text/departments.ts';

/** Plan targets indexed by metric key: matching a claim is one map lookup. */
export interface PlanIndex {
  plan: Plan;
  byKey: Map<string, Target[]>;
  /** Each target's requirement signature, computed once (matching runs per claim). */
  requirement: Map<Target, string>;
  /** One result object per target, shared by every claim that matches it. */
  hit: Map<Target, { target: Target }>;
  /** The candidates of a key's targets for a year and kind, found once (see `candidatesOf`). */
  candidates: Map<Target[], Map<number | null | undefined, Map<TargetKind, Candidates | null>>>;
}

/** The targets a claim of one metric key, year and kind may take on. */
interface Candidates {
  /** The first candidate: the match when all candidates state one requirement. */
  first: Target;
  /** One target per distinct requirement, in plan order; two or more means scoring decides. */
  distinct: Target[];
  /** Level-free cores of each distinct target's leads and partners, for the shared-department score. */
  departments: string[][];
}

export function indexPlan(plan: Plan): PlanIndex {
  const byKey = new Map<string, Target[]>();
  const requirement = new Map<Target, string>();
  const hit = new Map<Target, { target: Target }>();
  for (const t of plan.targets) {
    const list = byKey.get(t.metricKey);
    if (list) list.push(t);
    else byKey.set(t.metricKey, [t]);
    requirement.set(t, requirementKey(t));
    hit.set(t, { target: t });
  }
  return { plan, byKey, requirement, hit, candidates: new Map() };
}

/**
 * Kinds that may stand for each other: 新增X户 and 培育X户 both add things (increment, count).
 * Growth, share and level never match another kind.
 */
function kindFamily(kind: TargetKind | 'rank'): string {
  return kind === 'increment' || kind === 'count' ? 'added' : kind;
}

/** What a claim needs for matching. */
export interface MatchQuery {
  metric: string;
  metricKey: string;
  kind: TargetKind;
  dimension: string;
  leads: readonly string[];
  year?: number | null | undefined;
}

export type MatchResult = { target: Target } | { ambiguous: Target[] } | null;

/** Identical requirement: two sentences repeating one target are one target for matching. */
function requirementKey(t: Target): string {
  return [t.kind, t.comparator, t.value, t.max, t.dimension, t.factor, t.decline].join('|');
}

/**
 * Same year (when known) and same kind, else the same kind family; several with one
 * requirement are one. Depends only on the key's targets, the year and the kind, so it is worked
 * out once per plan index for each: a 100k-row sheet asks the same few questions 200k times.
 */
function candidatesOf(index: PlanIndex, all: Target[], year: number | null | undefined, kind: TargetKind): Candidates | null {
  let byYear = index.candidates.get(all);
  if (!byYear) index.candidates.set(all, (byYear = new Map<number | null | undefined, Map<TargetKind, Candidates | null>>()));
  let byKind = byYear.get(year);
  if (!byKind) byYear.set(year, (byKind = new Map<TargetKind, Candidates | null>()));
  let found = byKind.get(kind);
  if (found !== undefined) return found;
  const inYear = all.filter((t) => year == null || t.year === year);
  let candidates = inYear.filter((t) => t.kind === kind);
  if (candidates.length === 0) candidates = inYear.filter((t) => kindFamily(t.kind) === kindFamily(kind));
  found = null;
  if (candidates.length > 0) {
    const distinct = new Map<string, Target>();
    for (const t of candidates) {
      const key = index.requirement.get(t) ?? requirementKey(t);
      if (!distinct.has(key)) distinct.set(key, t);
    }
    const targets = [...distinct.values()];
    found = { first: candidates[0]!, distinct: targets, departments: targets.map((t) => [...t.leads, ...t.partners].map(departmentCore)) };
  }
  byKind.set(kind, found);
  return found;
}

/** Does one of the claim's leads share a level-free core with one of the target's departments? */
function sharesDepartment(leads: readonly string[], targetDepartments: readonly string[]): boolean {
  for (const lead of leads) if (targetDepartments.includes(departmentCore(lead))) return true;
  return false;
}

/** How well a candidate fits: identical metric text (+2), same unit dimension (+1), a shared department (+1). */
function scoreOf(t: Target, departments: readonly string[], q: MatchQuery): number {
  return (t.metric === q.metric ? 2 : 0) + (t.dimension === q.dimension ? 1 : 0) + (sharesDepartment(q.leads, departments) ? 1 : 0);
}

/**
 * The plan target a claim takes on: same normalised metric key, same kind (exact kind first,
 * then the increment/count family), same year when the claim's year is known. Several
 * candidates with one requirement are one; otherwise the best by metric text, unit dimension and
 * shared departments wins, and a tie is ambiguous (reported, never guessed).
 */
export function matchTarget(index: PlanIndex, q: MatchQuery, year: number | null | undefined = q.year): MatchResult {
  const all = index.byKey.get(q.metricKey);
  if (!all) return null;
  // The common case, one target for the key, without allocating.
  if (all.length === 1) {
    const t = all[0]!;
    const yearOk = year == null || t.year === year;
    return yearOk && (t.kind === q.kind || kindFamily(t.kind) === kindFamily(q.kind)) ? index.hit.get(t)! : null;
  }
  const found = candidatesOf(index, all, year, q.kind);
  if (!found) return null;
  const { distinct, departments } = found;
  if (distinct.length === 1) return index.hit.get(found.first)!;
  // Scored without a list per claim: the best score wins when it is alone, else every target
  // with it is a tie (in plan order).
  let best = -1;
  let bestCount = 0;
  let bestTarget = distinct[0]!;
  for (let i = 0; i < distinct.length; i++) {
    const score = scoreOf(distinct[i]!, departments[i]!, q);
    if (score > best) {
      best = score;
      bestCount = 1;
      bestTarget = distinct[i]!;
    } else if (score === best) bestCount++;
  }
  if (bestCount === 1) return index.hit.get(bestTarget)!;
  return { ambiguous: distinct.filter((t, i) => scoreOf(t, departments[i]!, q) === best) };
}
