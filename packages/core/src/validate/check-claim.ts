import type { Plan, Target } from '../model.ts';
import type { Claim } from '../sheet/types.ts';
import { compareToPlan } from './compare.ts';
import { leadsAgree } from '../text/departments.ts';
import { add, targetRef, type Context } from './findings.ts';
import { describe, formatGap, metricLabel } from './format.ts';
import { recordGauge } from './gauges.ts';
import { matchTarget, type PlanIndex } from './match.ts';
import * as msg from './messages.ts';
import { planLevel, type PlanRole } from '../check/region-fit.ts';
import { isAmount, judgePromise } from './verdict.ts';

/** A sheet claim against the plan target it takes on: shortfall, weaker promise, units, lead. */
export function checkTargetClaim(ctx: Context, claim: Claim, plan: Plan, target: Target, relation: PlanRole): void {
  // A lower level's amount (金安区 新增25家) is a part of the upper plan's (六安市 新增150户): the
  // parts are summed in checkAllocations, never compared one by one. Rates compare directly.
  // A part is neither judged nor gauged: 25户 drawn against the city's 150户 would read as failing.
  const part = isAmount(claim) && (relation === 'upper' || (claim.region !== undefined && !claim.total));
  const judged = part ? undefined : judgePromise(claim, target, ctx.tolerance);
  const verdict = judged?.verdict ?? { status: 'meets' as const };
  const leadsOk = claim.region !== undefined || claim.leads.length === 0 || leadsAgreeWith(ctx, claim.leads, target) !== false;
  if (judged && ctx.gauges) {
    const code = verdict.status === 'shortfall' ? 'shortfall' : verdict.status === 'weaker' ? 'weaker-comparator' : undefined;
    recordGauge(ctx, { claim, target, ref: targetRef(plan, target), status: judged.status, due: null, elapsed: null, code });
  }
  if (verdict.status === 'meets' || verdict.status === 'unknown') {
    if (leadsOk) return; // the common case: nothing to say, so nothing is formatted
  }
  const target_ = targetRef(plan, target);
  const expected = describe(target, ctx.locale);
  const actual = describe(claim, ctx.locale);
  // Findings are built field by field in one order (sheet, cell, metricKey, target, code, …),
  // with no spread of a shared base: a sheet can have tens of thousands of shortfalls.
  const word = msg.planWord(relation === 'upper' ? planLevel(plan) : undefined, ctx.locale);
  if (verdict.status === 'shortfall') {
    const message = msg.shortfallMessage(
      {
        metric: metricLabel(claim),
        kind: claim.kind,
        plan: word,
        expected,
        actual,
        gap: formatGap(verdict.gap, target.dimension === 'number' ? claim : target, ctx.locale),
        ceiling: verdict.direction === 'ceiling',
      },
      ctx.locale,
    );
    add(ctx, { sheet: claim.sheet, cell: claim.cell, metricKey: claim.metricKey, target: target_, code: 'shortfall', expected, actual, message });
  } else if (verdict.status === 'weaker') {
    const message = msg.weakerMessage({ metric: metricLabel(claim), kind: claim.kind, plan: word, expected, actual }, ctx.locale);
    add(ctx, { sheet: claim.sheet, cell: claim.cell, metricKey: claim.metricKey, target: target_, code: 'weaker-comparator', expected, actual, message });
  } else if (verdict.status === 'incomparable') {
    const message = msg.unitMismatchMessage({ metric: metricLabel(claim), planUnit: target.unit, sheetUnit: claim.unit }, ctx.locale);
    add(ctx, { sheet: claim.sheet, cell: claim.cell, metricKey: claim.metricKey, target: target_, code: 'unit-mismatch', expected, actual, message });
  }
  // A part is not compared on its own, so its unit is not either (金安区 "2期企业家培训" under the
  // city's "培训20场"); allocation parts meet the plan's unit in checkAllocations.
  if (!leadsOk) {
    const departments = [...target.leads, ...target.partners].join('、');
    add(ctx, {
      sheet: claim.sheet,
      cell: claim.cell,
      metricKey: claim.metricKey,
      target: target_,
      code: 'lead-mismatch',
      expected: departments,
      actual: claim.leads.join('、'),
      message: msg.leadMismatchMessage({ metric: metricLabel(claim), leads: claim.leads.join('、'), departments }, ctx.locale),
    });
  }
}

/**
 * leadsAgree against a target's leads and partners, remembered per (leads list, target) for one
 * report: a sheet's rows share one list per 牵头单位 text, so 100k rows ask a handful of questions.
 */
function leadsAgreeWith(ctx: Context, leads: readonly string[], target: Target): boolean | undefined {
  let byTarget = ctx.leadAgreement.get(leads);
  if (byTarget?.has(target)) return byTarget.get(target);
  const agrees = leadsAgree(leads, [...target.leads, ...target.partners]);
  if (!byTarget) ctx.leadAgreement.set(leads, (byTarget = new Map<Target, boolean | undefined>()));
  byTarget.set(target, agrees);
  return agrees;
}

/** Info when a target is lower than the same region's target the year before. */
export function checkPreviousYear(ctx: Context, claim: Claim, index: PlanIndex): void {
  const result = matchTarget(index, claim, index.plan.year);
  if (!result || !('target' in result)) return;
  const verdict = compareToPlan(claim, result.target, 0);
  if (verdict.status !== 'shortfall') return;
  const expected = describe(result.target, ctx.locale);
  const actual = describe(claim, ctx.locale);
  add(ctx, {
    code: 'below-previous-year',
    sheet: claim.sheet,
    cell: claim.cell,
    metricKey: claim.metricKey,
    expected,
    actual,
    target: targetRef(index.plan, result.target),
    message: msg.belowPreviousYearMessage({ metric: metricLabel(claim), kind: claim.kind, actual, expected, year: index.plan.year ?? 0 }, ctx.locale),
  });
}
