import type { Finding, Plan, Report, Target } from '../model.ts';
import { severityOf } from './codes.ts';
import { compareToPlan, APPROX_TOLERANCE } from './compare.ts';
import { describe, formatGap, metricLabel, type Locale } from './format.ts';
import { indexPlan, matchTarget } from './match.ts';
import * as msg from './messages.ts';
import { levelUnknown, planAbove, planLevel } from '../check/region-fit.ts';
import { planLabel } from '../vocab/plan-label.ts';
import { finishReport } from './report.ts';
import { targetRef } from './findings.ts';
import { isAmount } from './verdict.ts';

export interface ValidatePlanOptions {
  locale?: Locale;
  tolerance?: number;
}

/**
 * Checks a plan against the plans of the levels above it (same year: a lower level's target must
 * not fall below the upper one for the same metric; amounts are parts of the upper total and are
 * not compared one by one) and against the same region's previous-year plan (`below-previous-year`,
 * info). Findings stand on the plan itself: `sheet` is the plan's name, `cell` is "", and
 * `subject` holds the checked target with its quote and span. A plan of the same year that cannot
 * be placed above or below it because a level is unknown (planAbove) is not compared, and that is
 * said: a `plan-mismatch` on each target it would have been compared on — a warning while the plan
 * was compared with some other plan, an error when it was compared with none.
 */
export function validatePlan(plan: Plan, against: readonly Plan[], options: ValidatePlanOptions = {}): Report {
  const locale = options.locale ?? 'zh-CN';
  const tolerance = options.tolerance ?? APPROX_TOLERANCE;
  const findings: Finding[] = [];
  const sameYear = against.filter((p) => p !== plan && p.year === plan.year);
  const placed = sameYear.map((p) => planAbove(plan, p, against));
  const uppers = sameYear.filter((_, i) => placed[i] === true).map(indexPlan);
  const unplaced = sameYear.filter((_, i) => placed[i] === undefined).map(indexPlan);
  const previous = plan.year === null ? [] : against.filter((p) => p !== plan && p.region === plan.region && p.year === plan.year! - 1).map(indexPlan);
  let matched = 0;

  const push = (t: Target, f: Omit<Finding, 'severity' | 'sheet' | 'cell' | 'subject'>) =>
    findings.push({ ...f, severity: severityOf(f.code), sheet: plan.name, cell: '', subject: targetRef(plan, t) });

  for (const t of plan.targets) {
    const actual = describe(t, locale);
    if (t.comparator === 'placeholder' || t.value === null) {
      push(t, {
        code: 'placeholder',
        metricKey: t.metricKey,
        expected: '',
        actual,
        message: msg.planPlaceholderMessage({ metric: metricLabel(t), plan: `${plan.region}${plan.year}` }, locale),
      });
      continue;
    }
    let hit = false;
    for (const index of uppers) {
      const result = matchTarget(index, t, plan.year);
      if (!result) continue;
      hit = true;
      if ('ambiguous' in result) {
        const opts = result.ambiguous.map((u) => `${metricLabel(u)} ${describe(u, locale)}`).join(locale === 'en' ? '; ' : '；');
        push(t, {
          code: 'ambiguous-match',
          metricKey: t.metricKey,
          expected: opts,
          actual,
          target: targetRef(index.plan, result.ambiguous[0]!),
          message: msg.ambiguousMessage({ metric: metricLabel(t), options: opts }, locale),
        });
        continue;
      }
      const upper = result.target;
      const expected = describe(upper, locale);
      const ref = targetRef(index.plan, upper);
      const amount = isAmount(t);
      // Amounts are parts of the upper total: neither their numbers nor their units compare.
      if (amount) continue;
      const verdict = compareToPlan(t, upper, tolerance);
      if (verdict.status === 'incomparable') {
        push(t, {
          code: 'unit-mismatch',
          metricKey: t.metricKey,
          expected,
          actual,
          target: ref,
          message: msg.unitMismatchMessage({ metric: metricLabel(t), planUnit: upper.unit, sheetUnit: t.unit }, locale),
        });
        continue;
      }
      const word = msg.planWord(planLevel(index.plan), locale);
      if (verdict.status === 'shortfall') {
        push(t, {
          code: 'shortfall',
          metricKey: t.metricKey,
          expected,
          actual,
          target: ref,
          message: msg.shortfallMessage(
            {
              metric: metricLabel(t),
              kind: t.kind,
              plan: word,
              expected,
              actual,
              gap: formatGap(verdict.gap, upper, locale),
              ceiling: verdict.direction === 'ceiling',
            },
            locale,
          ),
        });
      } else if (verdict.status === 'weaker') {
        push(t, {
          code: 'weaker-comparator',
          metricKey: t.metricKey,
          expected,
          actual,
          target: ref,
          message: msg.weakerMessage({ metric: metricLabel(t), kind: t.kind, plan: word, expected, actual }, locale),
        });
      }
    }
    // Only a target that would have been compared (not an amount, a part of an upper total) is said to be left out.
    const notCompared = isAmount(t) ? [] : unplaced.filter((index) => matchTarget(index, t, plan.year));
    if (notCompared.length > 0) {
      const only = notCompared.length === 1 ? matchTarget(notCompared[0]!, t, plan.year) : null;
      const upper = only && 'target' in only ? only.target : undefined;
      push(t, {
        code: 'plan-mismatch',
        metricKey: t.metricKey,
        expected: upper ? describe(upper, locale) : '',
        actual,
        ...(upper ? { target: targetRef(notCompared[0]!.plan, upper) } : {}),
        message: msg.unplacedMessage(
          {
            metric: metricLabel(t),
            plans: notCompared.map((index) => planLabel(index.plan, locale)).join(locale === 'en' ? '; ' : '、'),
            own: levelUnknown(plan),
            many: notCompared.length > 1,
          },
          locale,
        ),
      });
    }
    for (const index of previous) {
      const result = matchTarget(index, t, index.plan.year);
      if (!result || !('target' in result)) continue;
      hit = true;
      const verdict = compareToPlan(t, result.target, 0);
      if (verdict.status !== 'shortfall') continue;
      const expected = describe(result.target, locale);
      push(t, {
        code: 'below-previous-year',
        metricKey: t.metricKey,
        expected,
        actual,
        target: targetRef(index.plan, result.target),
        message: msg.belowPreviousYearMessage({ metric: metricLabel(t), kind: t.kind, actual, expected, year: index.plan.year ?? 0 }, locale),
      });
    }
    if (hit) matched++;
  }
  // A target left uncompared is a warning while the plan was compared with some plan; when it was compared with none,
  // nothing was checked and the report does not pass (plan-mismatch's error, as for a sheet no plan fits).
  if (matched > 0) for (const f of findings) if (f.code === 'plan-mismatch') f.severity = 'warning';
  return finishReport(findings, [{ sheet: plan.name }], { rows: plan.targets.length, claims: plan.targets.length, matched });
}
