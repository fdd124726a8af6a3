import type { Plan, Target } from '../model.ts';
import type { SheetTable } from '../sheet/types.ts';
import { add, targetRef, type ApplicablePlan, type Context } from './findings.ts';
import { describe, metricLabel, planWord, type Locale } from './format.ts';
import * as msg from './messages.ts';

/**
 * Plan targets no claim took on: `missing-target` (or `placeholder` for a target still "**"),
 * standing on the first checked table's header cell so an annotated workbook shows them where
 * the table starts.
 */
export function reportUntaken(ctx: Context, tables: readonly SheetTable[], plans: readonly ApplicablePlan[], taken: ReadonlySet<Target>): void {
  const anchor = tables.find((t) => t.headerRows !== null)!;
  for (const { index, relation } of plans) {
    const plan = index.plan;
    const word = planWord(relation === 'upper' ? plan.level : undefined, ctx.locale);
    for (const t of plan.targets) {
      // A target for another year (到2025年… in a 2024 plan) is not this sheet's to take on.
      if (taken.has(t) || t.year !== plan.year) continue;
      const base = { sheet: anchor.sheet, cell: anchor.headerCell, metricKey: t.metricKey, target: targetRef(plan, t), actual: '' };
      if (t.comparator === 'placeholder' || t.value === null) {
        add(ctx, { ...base, code: 'placeholder', expected: describe(t, ctx.locale), message: msg.planPlaceholderMessage({ metric: metricLabel(t), plan: planName(plan, word, ctx.locale) }, ctx.locale) });
      } else {
        const expected = describe(t, ctx.locale);
        add(ctx, { ...base, code: 'missing-target', expected, message: msg.missingTargetMessage({ metric: metricLabel(t), kind: t.kind, expected, plan: planName(plan, word, ctx.locale) }, ctx.locale) });
      }
    }
  }
}

function planName(plan: Plan, word: string, locale: Locale): string {
  if (locale === 'en') return `${plan.region} ${plan.year} (${word})`;
  return `${plan.region}${plan.year}年${word === '计划' ? '' : `（${word}）`}`;
}
