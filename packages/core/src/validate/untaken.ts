import type { Plan, PlanNote, Target } from '../model.ts';
import type { SheetTable } from '../sheet/types.ts';
import { add, targetRef, type ApplicablePlan, type Context } from './findings.ts';
import { describe, metricLabel, type Locale } from './format.ts';
import * as msg from './messages.ts';
import { planLevel } from '../check/region-fit.ts';

/**
 * Plan targets no claim took on. With `missing`, each is a `missing-target` finding about the
 * first checked table as a whole (cell ""): no cell of the sheet is at fault, so none is painted.
 * A plan target still "**" is not the sheet's fault either: it becomes a note about the plan.
 */
export function reportUntaken(
  ctx: Context,
  tables: readonly SheetTable[],
  plans: readonly ApplicablePlan[],
  taken: ReadonlySet<Target>,
  missing: boolean,
): PlanNote[] {
  const anchor = tables.find((t) => t.headerRows !== null)!;
  const notes: PlanNote[] = [];
  for (const { index, relation } of plans) {
    const plan = index.plan;
    const word = msg.planWord(relation === 'upper' ? planLevel(plan) : undefined, ctx.locale);
    for (const t of plan.targets) {
      // A target for another year (到2025年… in a 2024 plan) is not this sheet's to take on.
      if (taken.has(t) || t.year !== plan.year) continue;
      if (t.comparator === 'placeholder' || t.value === null) {
        const message = msg.planPlaceholderMessage({ metric: metricLabel(t), plan: planName(plan, word, ctx.locale) }, ctx.locale);
        notes.push({ code: 'plan-placeholder', plan: plan.name, region: plan.region, year: plan.year, target: targetRef(plan, t), message });
      } else if (missing) {
        const expected = describe(t, ctx.locale);
        add(ctx, {
          sheet: anchor.sheet,
          cell: '',
          metricKey: t.metricKey,
          target: targetRef(plan, t),
          actual: '',
          code: 'missing-target',
          expected,
          message: msg.missingTargetMessage({ metric: metricLabel(t), kind: t.kind, expected, plan: planName(plan, word, ctx.locale) }, ctx.locale),
        });
      }
    }
  }
  return notes;
}

function planName(plan: Plan, word: string, locale: Locale): string {
  const year = plan.year ?? '';
  if (locale === 'en') return `${plan.region} ${year} (${word})`;
  return `${plan.region}${year}年${word === '计划' ? '' : `（${word}）`}`;
}
