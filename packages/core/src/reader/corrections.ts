import { metricKey } from '../grammar/index.ts';
import type { Plan, Target } from '../model.ts';

/**
 * A reviewed fix for a target the reader knowingly gets wrong. It names the target by plan,
 * metric and the original characters its span covers (so it keeps pointing at the same words
 * even when ids shift), and either sets fields or drops the target — always with a reason.
 */
export interface Correction {
  plan: string;
  /** The target's metric as the reader reports it. */
  metric: string;
  /** The original text at the target's span, exactly. */
  text: string;
  /** Fields to set; mutually exclusive with drop. */
  set?: Partial<
    Pick<Target, 'metric' | 'metricKey' | 'kind' | 'comparator' | 'value' | 'max' | 'unit' | 'dimension' | 'factor' | 'decline' | 'leads' | 'partners' | 'year'>
  >;
  drop?: boolean;
  reason: string;
}

export interface CorrectionResult {
  plan: Plan;
  applied: Correction[];
  /** Corrections for this plan that matched no target: stale, and worth a look. */
  unmatched: Correction[];
}

/**
 * Applies the corrections meant for `plan` (others are ignored). `original` is the document text
 * the plan was read from, used to compare span text. Returns a new plan; the input is untouched.
 */
export function applyCorrections(plan: Plan, corrections: readonly Correction[], original: string): CorrectionResult {
  const mine = corrections.filter((c) => c.plan === plan.name);
  const applied: Correction[] = [];
  const unmatched: Correction[] = [];
  let targets = plan.targets.map((t) => ({ ...t }));
  for (const correction of mine) {
    const hits = targets.filter((t) => t.metric === correction.metric && original.slice(t.span[0], t.span[1]) === correction.text);
    if (hits.length === 0) {
      unmatched.push(correction);
      continue;
    }
    applied.push(correction);
    if (correction.drop) {
      targets = targets.filter((t) => !hits.includes(t));
    } else if (correction.set) {
      for (const hit of hits) {
        Object.assign(hit, correction.set);
        // A renamed metric gets its key from the lexicon unless the correction names one.
        if (correction.set.metric && !correction.set.metricKey) hit.metricKey = metricKey(correction.set.metric);
      }
    }
  }
  const kept = new Set(targets.map((t) => t.id));
  const tasks = plan.tasks.map((task) => ({ ...task, targetIds: task.targetIds.filter((id) => kept.has(id)) }));
  return { plan: { ...plan, targets, tasks }, applied, unmatched };
}

/** Checks the shape of a corrections file; returns one message per problem. */
export function checkCorrections(value: unknown): string[] {
  if (!Array.isArray(value)) return ['corrections must be an array'];
  const problems: string[] = [];
  value.forEach((c, i) => {
    const where = `correction ${i + 1}`;
    if (typeof c !== 'object' || c === null) return problems.push(`${where}: not an object`);
    const o = c as Record<string, unknown>;
    for (const key of ['plan', 'metric', 'text', 'reason']) {
      if (typeof o[key] !== 'string' || o[key].trim() === '') problems.push(`${where}: "${key}" must be a non-empty string`);
    }
    if (Boolean(o.drop) === Boolean(o.set)) problems.push(`${where}: give exactly one of "set" or "drop"`);
    return undefined;
  });
  return problems;
}
