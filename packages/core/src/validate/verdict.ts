/**
 * The verdict on one sheet value against the target it is measured by — the single rule behind a
 * finding in the list, a gauge's status and its pace marker. validate makes its findings from
 * these verdicts and records them as the report's gauges; `<mb-target-gauge>` computes the same
 * verdict from its attributes. Nothing else in the project compares a value with a target.
 */
import type { GaugeStatus, TargetKind } from '../model.ts';
import { APPROX_TOLERANCE, compareToPlan, directionOf, promise, scheduleGap, type Direction, type Quantity, type Verdict } from './compare.ts';

/*
 * Statuses (GaugeStatus, model.ts): met — the target is reached (or, for a promise, promised in
 * full); at-risk — not (yet): a result below its target but on pace or with no date to judge it
 * by, or a promise with a weaker comparator; short — a promise below the target, a result behind
 * the pace, a rate below its target, an amount over its ceiling; no-target — the target is still
 * "**"; no-value — the sheet gives no number.
 */
export type { GaugeStatus };

import type { Elapsed } from './schedule.ts';

export type { Elapsed };

/** Amount kinds: allocated parts of these add up and accrue over the year; rates and shares do not. */
const AMOUNT_KINDS = new Set<TargetKind>(['increment', 'count', 'level']);
const RATE_DIMENSIONS = new Set(['percent', 'percentage-point']);

/** True for amounts (新增150户, 培育10家, 产值200亿元); false for rates and shares (增长7%, 占比30%). */
export function isAmount(q: { kind: TargetKind | 'rank'; dimension: string }): boolean {
  return AMOUNT_KINDS.has(q.kind as TargetKind) && !RATE_DIMENSIONS.has(q.dimension);
}

/** A promise in the sheet (技改投资增长15%以上) against the plan target it takes on. */
export interface PromiseVerdict {
  /** null: the units do not compare, so nothing can be drawn (a unit-mismatch finding says so). */
  status: GaugeStatus | null;
  verdict: Verdict;
}

export function judgePromise(claim: Quantity, target: Quantity, tolerance = APPROX_TOLERANCE): PromiseVerdict {
  const verdict = compareToPlan(claim, target, tolerance);
  return { status: promiseStatus(verdict, claim, target), verdict };
}

function promiseStatus(verdict: Verdict, claim: Quantity, target: Quantity): GaugeStatus | null {
  switch (verdict.status) {
    case 'meets':
      return 'met';
    case 'weaker':
      return 'at-risk';
    case 'shortfall':
      return 'short';
    case 'incomparable':
      return null;
    default:
      return target.comparator === 'placeholder' || target.value === null ? 'no-target' : claim.value === null ? 'no-value' : 'no-target';
  }
}

/** A result reported in the sheet (完成值, 1-9月完成) against its target at a point of the year. */
export interface ResultVerdict {
  /** null: the units do not compare (a unit-mismatch finding says so). */
  status: GaugeStatus | null;
  /** Off track (a behind-schedule finding): behind the pace, a rate below target, an amount over its ceiling. */
  behind: boolean;
  /** The value due by now, in the target's written unit and sign (a pace marker); null without one. */
  due: number | null;
  /** How far off track, in the dimension's base units (positive); 0 when on track. */
  gap: number;
  direction: Direction;
  /** The result against the whole year's target. */
  full: Verdict;
}

export type KindedQuantity = Quantity & { kind: TargetKind | 'rank' };

/**
 * Judges a result: a rate is measured against the target itself, an amount against the elapsed
 * share of it (时间过半、任务过半); a ceiling amount (能耗 以内) is off track only once over the
 * ceiling. Without `elapsed` (no period in the sheet, no as-of date) a result below its target is
 * not yet met, never behind: there is no calendar to judge it by.
 */
export function judgeResult(result: Quantity, target: KindedQuantity, elapsed: Elapsed | null, tolerance = APPROX_TOLERANCE): ResultVerdict {
  const achieved = asAchieved(result);
  const full = compareToPlan(achieved, target, tolerance);
  const direction = directionOf(target);
  const base = { behind: false, due: null, gap: 0, direction, full };
  if (full.status === 'unknown') return { ...base, status: target.comparator === 'placeholder' || target.value === null ? 'no-target' : 'no-value' };
  if (full.status === 'incomparable') return { ...base, status: null };
  if (full.status === 'meets') return { ...base, status: 'met', due: elapsed ? dueValue(target, elapsed) : null };
  if (!isAmount(target) || direction === 'ceiling') {
    // A rate is judged whole at any date; a ceiling is broken as soon as it is passed.
    const over = full.status === 'shortfall' && (direction === 'ceiling' || elapsed !== null);
    const due = elapsed && !isAmount(target) ? target.value : null;
    return over ? { ...base, status: 'short', behind: true, gap: full.gap, due } : { ...base, status: 'at-risk', due };
  }
  if (!elapsed) return { ...base, status: 'at-risk' };
  const due = dueValue(target, elapsed);
  const gap = scheduleGap(achieved, target, due) ?? 0;
  return gap > 0 ? { ...base, status: 'short', behind: true, due, gap } : { ...base, status: 'at-risk', due };
}

/** The part of an amount target due at `elapsed` (the whole target for rates), in its written unit. */
function dueValue(target: KindedQuantity, elapsed: Elapsed): number {
  const value = target.value ?? 0;
  return isAmount(target) && directionOf(target) === 'floor' ? value * elapsed.share : value;
}

/**
 * A result read as the exact value achieved, whatever comparator its cell was written with. A
 * result already written as a plain figure (every typed number) is its own reading: no copy.
 */
export function asAchieved(q: Quantity): Quantity {
  if (q.comparator === '=') return q;
  return { comparator: '=', value: q.value, max: q.max, decline: q.decline, unit: q.unit, dimension: q.dimension, factor: q.factor };
}

/**
 * Where on a gauge's scale the target is met, in the target's written unit and sign: the number
 * itself for a floor or a ceiling (a range's low end for a floor), less the 左右 tolerance for a
 * `~` target. A drawing aid that follows compareToPlan; the status never comes from it.
 */
export function metBound(target: Quantity, tolerance = APPROX_TOLERANCE): number {
  const direction = directionOf(target);
  const { nominal } = promise(target, direction);
  const written = ((target.decline ? -1 : 1) * nominal) / (target.factor || 1);
  if (target.comparator !== '~') return written;
  const slack = tolerance * Math.abs(written);
  return direction === 'floor' ? written - slack : written + slack;
}
