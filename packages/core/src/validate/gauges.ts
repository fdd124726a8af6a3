/**
 * Records a verdict as a gauge of the report: the sheet value, what it was measured against and
 * the status, from the very verdict the finding on that cell was made from.
 */
import type { FindingCode, GaugeStatus, TargetKind, TargetRef } from '../model.ts';
import type { Claim } from '../sheet/types.ts';
import { directionOf, promise, type Quantity } from './compare.ts';
import type { Context } from './findings.ts';
import { metricLabel } from './format.ts';
import { gaugeDelta } from './gauge-text.ts';
import { asAchieved, type Elapsed } from './verdict.ts';

export interface GaugeEntry {
  claim: Claim;
  target: Quantity & { kind: TargetKind; year?: number | null };
  /** The plan target, when a plan is the reference. */
  ref?: TargetRef;
  /** The row's own target cell, when the row is the reference. */
  targetCell?: string;
  status: GaugeStatus | null;
  due: number | null;
  elapsed: Elapsed | null;
  code: FindingCode | undefined;
}

/** Adds a gauge for a verdict that can be drawn (units compare, both sides have a number). */
export function recordGauge(ctx: Context, e: GaugeEntry): void {
  const { claim, target, status } = e;
  if (!ctx.gauges || status === null || claim.value === null || target.value === null) return;
  const value = gaugeValue(claim, target);
  const valueComparator = claim.role === 'actual' ? '=' : claim.comparator;
  const gaugeTarget = {
    comparator: target.comparator,
    value: target.value,
    max: target.max,
    kind: target.kind,
    decline: target.decline,
    unit: target.unit,
    dimension: target.dimension,
    factor: target.factor,
    ...(typeof target.year === 'number' ? { year: target.year } : {}),
  };
  ctx.gauges.push({
    sheet: claim.sheet,
    cell: claim.cell,
    role: claim.role,
    label: metricLabel(claim),
    metricKey: claim.metricKey,
    value,
    valueComparator,
    target: gaugeTarget,
    ...(e.ref ? { ref: e.ref } : {}),
    ...(e.targetCell ? { targetCell: e.targetCell } : {}),
    status,
    due: e.due,
    elapsed: e.elapsed ? { share: e.elapsed.share, label: e.elapsed.label } : null,
    ...(e.code ? { finding: e.code } : {}),
    delta: gaugeDelta({ value, valueComparator, target: gaugeTarget, status }, ctx.locale),
  });
}

/**
 * The number the verdict weighed, in the target's written unit and sign convention: 5000万元
 * against a target in 亿元 is 0.5; "增长-3%" against a 下降 target is a decline of 3; a promised
 * range (3-5家) against a floor is its low end, against a ceiling its high end.
 */
function gaugeValue(claim: Claim, target: Quantity): number {
  const own: Quantity = claim.role === 'actual' ? asAchieved(claim) : claim;
  // A bare number is read in the target's unit, as compareToPlan reads it.
  const q =
    own.dimension === 'number' && target.dimension !== 'number' ? { ...own, unit: target.unit, dimension: target.dimension, factor: target.factor } : own;
  const { nominal } = promise(q, directionOf(target));
  return ((target.decline ? -1 : 1) * nominal) / (target.dimension === 'number' ? 1 : target.factor || 1) + 0;
}
