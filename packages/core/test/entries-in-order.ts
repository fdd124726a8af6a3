/** What the shape catalogues compare of a plan: each target and actual as one line, in the order their words stand. */
import type { Actual, Period, Plan, Target } from '../src/model.ts';
import { extractPlan } from '../src/reader/extract.ts';

/** A result's months as `<sep>from-to`, or nothing for a whole year. */
export const monthsOf = (p: Period, sep = '/'): string => (p.fromMonth === undefined ? '' : `${sep}${p.fromMonth}-${p.toMonth}`);

/** The plan's targets and actuals, each written by its function, sorted by where its words start. */
export function entriesInOrder(plan: Plan, target: (t: Target) => string, actual: (a: Actual) => string): string[] {
  return [...plan.targets.map((t) => ({ at: t.span[0], s: target(t) })), ...plan.actuals.map((a) => ({ at: a.span[0], s: actual(a) }))]
    .sort((a, b) => a.at - b.at)
    .map((e) => e.s);
}

/** Reads `text` (with `year` when given) into `T kind cmp value unit year` and `A kind value unit year/months` lines. */
export function readKindsInOrder(text: string, year?: number): string[] {
  return entriesInOrder(
    extractPlan(text, year === undefined ? {} : { year }),
    (t) => `T ${t.kind} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`,
    (a) => `A ${a.kind} ${a.value}${a.unit ?? ''} ${a.period.year}${monthsOf(a.period)}`,
  );
}

/** The plan's targets and actuals as `T cmp value unit year` and `A value unit year` lines, in the order their words stand. */
export function valuesInOrder(plan: Plan): string[] {
  return entriesInOrder(
    plan,
    (t) => `T ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`,
    (a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`,
  );
}

/** Reads `text` into valuesInOrder's lines. */
export const readValuesInOrder = (text: string): string[] => valuesInOrder(extractPlan(text));
