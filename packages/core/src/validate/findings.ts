import type { Finding, Gauge, Plan, Target, TargetRef } from '../model.ts';
import { flat } from '../sheet/flat.ts';
import { severityOf } from './codes.ts';
import type { Locale } from './format.ts';
import type { PlanIndex } from './match.ts';
import type { PlanRole } from '../check/region-fit.ts';
import { levelUnknown } from '../check/plan-level.ts';

const refs = new WeakMap<Target, TargetRef>();

/**
 * The reference a finding carries to a plan target; one shared object per target. A plan of unknown level says so
 * (levelSource), so that a quote's label (planLabel) names the plan as the report's plan lines do.
 */
export function targetRef(plan: Plan, t: Target): TargetRef {
  let ref = refs.get(t);
  if (!ref || ref.plan !== plan.name) {
    ref = { plan: plan.name, region: plan.region, year: t.year, targetId: t.id, metric: t.metric, quote: t.quote, span: t.span };
    if (levelUnknown(plan)) ref.levelSource = 'unknown';
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
  /** Every value measured against a target, with its verdict; undefined when the caller wants none. */
  gauges: Gauge[] | undefined;
  /** Whether a leads list agrees with a target's departments, per list and target (this report only). */
  leadAgreement: Map<readonly string[], Map<Target, boolean | undefined>>;
}

export function add(ctx: Context, f: Omit<Finding, 'severity'> & { severity?: Finding['severity'] }): void {
  // A problem reached twice is said once: finishReport drops the repeats (repeats.ts).
  if (f.severity === undefined) f.severity = severityOf(f.code);
  flat(f.message); // messages are joined from many pieces and kept for the report's life
  ctx.findings.push(f as Finding);
}

export interface ApplicablePlan {
  index: PlanIndex;
  relation: PlanRole;
}
