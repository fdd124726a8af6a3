import type { Plan, Target, TargetKind } from '../model.ts';
import { departmentCore } from './departments.ts';

/** Plan targets indexed by metric key: matching a claim is one map lookup. */
export interface PlanIndex {
  plan: Plan;
  byKey: Map<string, Target[]>;
  /** Each target's requirement signature, computed once (matching runs per claim). */
  requirement: Map<Target, string>;
  /** One result object per target, shared by every claim that matches it. */
  hit: Map<Target, { target: Target }>;
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
  return { plan, byKey, requirement, hit };
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
  year?: number | undefined;
}

export type MatchResult = { target: Target } | { ambiguous: Target[] } | null;

/** Identical requirement: two sentences repeating one target are one target for matching. */
function requirementKey(t: Target): string {
  return [t.kind, t.comparator, t.value, t.max, t.dimension, t.factor, t.decline].join('|');
}

/**
 * The plan target a claim takes on: same normalised metric key, same kind (exact kind first,
 * then the increment/count family), same year when the claim's year is known. Several
 * candidates with one requirement are one; otherwise the best by metric text, unit dimension and
 * shared departments wins, and a tie is ambiguous (reported, never guessed).
 */
export function matchTarget(index: PlanIndex, q: MatchQuery, year: number | undefined = q.year): MatchResult {
  const all = index.byKey.get(q.metricKey);
  if (!all) return null;
  // The common case, one target for the key, without allocating.
  if (all.length === 1) {
    const t = all[0]!;
    const yearOk = year === undefined || t.year === year;
    return yearOk && (t.kind === q.kind || kindFamily(t.kind) === kindFamily(q.kind)) ? index.hit.get(t)! : null;
  }
  const inYear = all.filter((t) => year === undefined || t.year === year);
  let candidates = inYear.filter((t) => t.kind === q.kind);
  if (candidates.length === 0) candidates = inYear.filter((t) => kindFamily(t.kind) === kindFamily(q.kind));
  if (candidates.length === 0) return null;
  const distinct = new Map<string, Target>();
  for (const t of candidates) {
    const key = index.requirement.get(t) ?? requirementKey(t);
    if (!distinct.has(key)) distinct.set(key, t);
  }
  if (distinct.size === 1) return { target: candidates[0]! };
  const leads = new Set(q.leads.map(departmentCore));
  const score = (t: Target) =>
    (t.metric === q.metric ? 2 : 0) +
    (t.dimension === q.dimension ? 1 : 0) +
    ([...t.leads, ...t.partners].some((d) => leads.has(departmentCore(d))) ? 1 : 0);
  const ranked = [...distinct.values()].map((t) => ({ t, s: score(t) })).sort((a, b) => b.s - a.s);
  if (ranked[0]!.s > ranked[1]!.s) return { target: ranked[0]!.t };
  return { ambiguous: ranked.filter((r) => r.s === ranked[0]!.s).map((r) => r.t) };
}
