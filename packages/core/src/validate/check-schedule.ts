import type { Finding, Plan, Target, TargetKind } from '../model.ts';
import type { Claim } from '../sheet/types.ts';
import type { Quantity } from './compare.ts';
import { add, targetRef, type Context } from './findings.ts';
import { describe, formatDue, formatGap, formatShare, metricLabel } from './format.ts';
import { recordGauge } from './gauges.ts';
import * as msg from './messages.ts';
import type { PlanRole } from '../check/region-fit.ts';
import { elapsedShare } from './schedule.ts';
import { asAchieved, isAmount, judgeResult } from './verdict.ts';
import { localeWords, type ScheduleWords } from '../vocab/words.ts';

/** Chinese: built in. Other locales: registered (vocab/words.ts). */
const ZH: ScheduleWords = { soFar: '截至目前' };

/**
 * A reported result against the calendar (judgeResult): growth rates against the target itself,
 * amounts against the elapsed share of the annual target, a ceiling once it is passed. The row's
 * own target wins over the plan's; a result with no period and no as-of date is gauged (not yet
 * met) but never behind.
 */
export function checkSchedule(
  ctx: Context,
  actual: Claim,
  own: Claim | undefined,
  fromPlan: { plan: Plan; target: Target; relation: PlanRole } | undefined,
  year: number | undefined,
): void {
  const reference: (Quantity & { kind: TargetKind; year?: number | null }) | undefined =
    own ?? (fromPlan && (fromPlan.relation === 'same' || !isAmount(fromPlan.target)) ? fromPlan.target : undefined);
  if (!reference || reference.value === null || actual.value === null) return;
  // A result of another year (去年增长8%) says nothing about this year's progress.
  const referenceYear = 'year' in reference && typeof reference.year === 'number' ? reference.year : year;
  if (actual.period?.year && referenceYear && actual.period.year !== referenceYear) return;
  const elapsed = elapsedShare(actual.year ?? year, actual.period, ctx.asOf);
  const verdict = judgeResult(actual, reference, elapsed, ctx.tolerance);
  // The plan target a finding refers to, when the plan (not the row) was the reference.
  const ref = own ? undefined : fromPlan ? fromPlan.target : undefined;
  const incomparable = verdict.full.status === 'incomparable';
  if (ctx.gauges)
    recordGauge(ctx, {
      claim: actual,
      target: reference,
      ...(ref && fromPlan ? { ref: targetRef(fromPlan.plan, ref) } : {}),
      ...(own ? { targetCell: own.cell } : {}),
      status: verdict.status,
      due: verdict.due,
      elapsed,
      code: verdict.behind ? 'behind-schedule' : undefined,
    });
  // Unit trouble is said only when the calendar was asked about; a passed ceiling needs no calendar.
  if (!verdict.behind && !(incomparable && elapsed)) return;
  const expected = describe(reference, ctx.locale);
  const actualText = describe(asAchieved(actual), ctx.locale);
  if (incomparable) {
    add(
      ctx,
      finding(
        actual,
        fromPlan,
        ref,
        'unit-mismatch',
        expected,
        actualText,
        msg.unitMismatchMessage({ metric: metricLabel(actual), planUnit: reference.unit, sheetUnit: actual.unit }, ctx.locale),
      ),
    );
    return;
  }
  if (!isAmount(reference) || verdict.due === null || !elapsed) {
    const period = elapsed?.label ?? (localeWords(ctx.locale, 'schedule') ?? ZH).soFar;
    const message = msg.behindRateMessage(
      {
        metric: metricLabel(actual),
        period,
        expected,
        actual: actualText,
        gap: formatGap(verdict.gap, reference, ctx.locale),
        ceiling: verdict.direction === 'ceiling',
      },
      ctx.locale,
    );
    add(ctx, finding(actual, fromPlan, ref, 'behind-schedule', expected, actualText, message));
    return;
  }
  const unitFactor = reference.factor || 1;
  const actualInRefUnit = actual.dimension === 'number' ? actual.value : (actual.value * actual.factor) / unitFactor;
  const done = reference.value > 0 ? actualInRefUnit / reference.value : 0;
  const dueText = formatDue(verdict.due, reference, ctx.locale);
  const elapsedText = formatShare(elapsed.share);
  const message = msg.behindAmountMessage(
    {
      metric: metricLabel(actual),
      elapsed: elapsedText,
      period: elapsed.label,
      due: dueText,
      actual: actualText,
      done: formatShare(done),
      expected,
    },
    ctx.locale,
  );
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
