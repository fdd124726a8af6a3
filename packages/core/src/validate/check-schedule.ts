import type { Finding, Plan, Target, TargetKind } from '../model.ts';
import type { Claim } from '../sheet/types.ts';
import { compareToPlan, directionOf, scheduleGap, type Quantity } from './compare.ts';
import { add, isAmount, targetRef, type Context } from './findings.ts';
import { describe, formatAmount, formatGap, formatShare, metricLabel } from './format.ts';
import * as msg from './messages.ts';
import type { PlanRelation } from './regions.ts';
import { elapsedShare } from './schedule.ts';

/**
 * A reported result against the calendar. Growth rates are judged against the target itself;
 * amounts (counts, increments, levels) against the elapsed share of the annual target. The
 * row's own target wins over the plan's; a result with no period and no asOf is not judged.
 */
export function checkSchedule(
  ctx: Context,
  actual: Claim,
  own: Claim | undefined,
  fromPlan: { plan: Plan; target: Target; relation: PlanRelation } | undefined,
  year: number | undefined,
): void {
  const reference: Quantity & { kind: TargetKind } | undefined = own ?? (fromPlan && fromPlan.relation === 'same' ? fromPlan.target : fromPlan && !isAmount(fromPlan.target) ? fromPlan.target : undefined);
  if (!reference || reference.value === null || actual.value === null) return;
  // A result of another year (去年增长8%) says nothing about this year's progress.
  const referenceYear = 'year' in reference && typeof reference.year === 'number' ? reference.year : year;
  if (actual.period?.year && referenceYear && actual.period.year !== referenceYear) return;
  const elapsed = elapsedShare(actual.year ?? year, actual.period, ctx.asOf);
  if (!elapsed) return;
  // Texts are made only for a finding: most results are on schedule.
  const ref = own ? undefined : fromPlan ? fromPlan.target : undefined;
  if (!isAmount(reference)) {
    const achieved = asAchieved(actual); // one quantity for the comparison and the text
    const verdict = compareToPlan(achieved, reference, ctx.tolerance);
    if (verdict.status !== 'incomparable' && verdict.status !== 'shortfall') return;
    const expected = describe(reference, ctx.locale);
    const actualText = describe(achieved, ctx.locale);
    if (verdict.status === 'incomparable') {
      add(ctx, finding(actual, fromPlan, ref, 'unit-mismatch', expected, actualText, msg.unitMismatchMessage({ metric: metricLabel(actual), planUnit: reference.unit, sheetUnit: actual.unit }, ctx.locale)));
    } else if (verdict.status === 'shortfall') {
      const message = msg.behindRateMessage({ metric: metricLabel(actual), period: elapsed.label, expected, actual: actualText, gap: formatGap(verdict.gap, reference, ctx.locale) }, ctx.locale);
      add(ctx, finding(actual, fromPlan, ref, 'behind-schedule', expected, actualText, message));
    }
    return;
  }
  // Ceilings (能耗 以内) are not pro-rated: a part-year amount under a yearly cap says nothing yet.
  if (directionOf(reference) === 'ceiling') return;
  const due = reference.value * elapsed.share;
  const gap = scheduleGap(actual, reference, due);
  if (gap !== null && gap <= 0) return;
  const expected = describe(reference, ctx.locale);
  const actualText = describe(asAchieved(actual), ctx.locale);
  if (gap === null) {
    add(ctx, finding(actual, fromPlan, ref, 'unit-mismatch', expected, actualText, msg.unitMismatchMessage({ metric: metricLabel(actual), planUnit: reference.unit, sheetUnit: actual.unit }, ctx.locale)));
    return;
  }
  const unitFactor = reference.factor || 1;
  const actualInRefUnit = actual.dimension === 'number' ? actual.value : (actual.value * actual.factor) / unitFactor;
  const done = reference.value > 0 ? actualInRefUnit / reference.value : 0;
  const dueText = formatAmount(due, reference.unit, ctx.locale);
  const elapsedText = formatShare(elapsed.share);
  const message = msg.behindAmountMessage({
    metric: metricLabel(actual), elapsed: elapsedText, period: elapsed.label, due: dueText, actual: actualText, done: formatShare(done), expected,
  }, ctx.locale);
  add(ctx, finding(actual, fromPlan, ref, 'behind-schedule', `${dueText} (${elapsedText})`, actualText, message));
}

/** A finding on a result's cell, referring to the plan target when the plan (not the row) was the reference. */
function finding(
  actual: Claim,
  fromPlan: { plan: Plan } | undefined,
  ref: Target | undefined,
  code: 'unit-mismatch' | 'behind-schedule',
  expected: string,
  actualText: string,
  message: string,
): Omit<Finding, 'severity'> {
  // Fields in the order the other checks give them (JSON output stays byte-identical).
  if (ref && fromPlan) {
    const target = targetRef(fromPlan.plan, ref);
    return { sheet: actual.sheet, cell: actual.cell, metricKey: actual.metricKey, target, code, expected, actual: actualText, message };
  }
  return { sheet: actual.sheet, cell: actual.cell, metricKey: actual.metricKey, code, expected, actual: actualText, message };
}

/**
 * A result read as the exact value achieved, whatever comparator its cell was written with. A
 * result already written as a plain figure (every typed number) is its own reading: no copy.
 */
function asAchieved(q: Claim): Quantity {
  if (q.comparator === '=') return q;
  return { comparator: '=', value: q.value, max: q.max, decline: q.decline, unit: q.unit, dimension: q.dimension, factor: q.factor };
}

