import type { Finding, Plan, Target, TargetKind, TargetRef } from '../model.ts';
import { flat } from '../sheet/flat.ts';
import { severityOf } from './codes.ts';
import type { Locale } from './format.ts';
import type { PlanIndex } from './match.ts';
import type { PlanRelation } from './regions.ts';

/** Amount kinds: allocated parts of these add up; rates and shares never do. */
const AMOUNT_KINDS = new Set<TargetKind>(['increment', 'count', 'level']);
const RATE_DIMENSIONS = new Set(['percent', 'percentage-point']);

export function isAmount(q: { kind: TargetKind; dimension: string }): boolean {
  return AMOUNT_KINDS.has(q.kind) && !RATE_DIMENSIONS.has(q.dimension);
}

const refs = new WeakMap<Target, TargetRef>();

/** The reference a finding carries to a plan target; one shared object per target. */
export function targetRef(plan: Plan, t: Target): TargetRef {
  let ref = refs.get(t);
  if (!ref || ref.plan !== plan.name) {
    ref = { plan: plan.name, region: plan.region, year: t.year, targetId: t.id, metric: t.metric, quote: t.quote, span: t.span };
    refs.set(t, ref);
  }
  return ref;
}

/** What the checks share while one report is made. */
export interface Context {
  locale: Locale;
  tolerance: number;
  asOf: string | undefined;
  findings: Finding[];
  /** Findings made so far, by cell address (one finding, or several at one cell), for add's dedupe. */
  seen: Map<string, Finding | Finding[]>;
  /** Whether a leads list agrees with a target's departments, per list and target (this report only). */
  leadAgreement: Map<readonly string[], Map<Target, boolean | undefined>>;
}

/** The same problem: code, place, plan target and what the sheet says. */
function sameProblem(a: Finding, b: Omit<Finding, 'severity'>): boolean {
  return (
    a.code === b.code &&
    a.sheet === b.sheet &&
    a.actual === b.actual &&
    a.target?.plan === b.target?.plan &&
    a.target?.targetId === b.target?.targetId
  );
}

export function add(ctx: Context, f: Omit<Finding, 'severity'> & { severity?: Finding['severity'] }): void {
  // The same problem reached twice (two plans repeating one target, a row read twice) is said once.
  // Looked up by the cell's existing address string (no key string per finding: reports run to
  // 100k findings, and almost every cell has one finding).
  const there = ctx.seen.get(f.cell);
  if (there === undefined) ctx.seen.set(f.cell, f as Finding);
  else if (Array.isArray(there)) {
    for (const g of there) if (sameProblem(g, f)) return;
    there.push(f as Finding);
  } else {
    if (sameProblem(there, f)) return;
    ctx.seen.set(f.cell, [there, f as Finding]);
  }
  if (f.severity === undefined) f.severity = severityOf(f.code);
  flat(f.message); // messages are joined from many pieces and kept for the report's life
  ctx.findings.push(f as Finding);
}

export interface ApplicablePlan {
  index: PlanIndex;
  relation: PlanRelation;
}

