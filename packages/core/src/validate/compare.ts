import type { Comparator, UnitInfo } from '../model.ts';

/** What a comparison needs of a plan target or a sheet claim. */
export interface Quantity extends UnitInfo {
  comparator: Comparator;
  value: number | null;
  max: number | null;
  decline: boolean;
}

/**
 * Relative tolerance of 左右 (`~`): a value within 5% of the stated number counts as meeting it
 * (7%左右 is met by 6.65%). Applied to the plan's number when the plan says 左右, and to the
 * sheet's number when the sheet says 左右 (then its weakest reading is the number minus 5%).
 */
export const APPROX_TOLERANCE = 0.05;

export type Verdict =
  /** The claim promises at least what the plan asks. */
  | { status: 'meets' }
  /** The claim's number falls short; `gap` is in base units of the dimension, positive. */
  | { status: 'shortfall'; gap: number; direction: Direction }
  /** The same (or a barely higher) number with a weaker comparator. */
  | { status: 'weaker'; direction: Direction }
  /** Dimensions differ (% vs 百分点, 户 vs 亿元). */
  | { status: 'incomparable' }
  /** The plan or the claim is still a placeholder (**), or has no number. */
  | { status: 'unknown' };

/** A floor is a minimum to reach (以上, a bare 增长11%); a ceiling a maximum (以内, or a decline: 下降3%以上). */
export type Direction = 'floor' | 'ceiling';

/**
 * Signed value in base units: declines are negative so that "下降3%" and "增长-3%" compare alike.
 */
function signed(q: Quantity, n: number): number {
  return (q.decline ? -1 : 1) * n * q.factor;
}

/** The direction a plan target binds: which side of its number is "not enough". */
export function directionOf(plan: Quantity): Direction {
  const ceilingComparator = plan.comparator === '<=';
  return ceilingComparator !== plan.decline ? 'ceiling' : 'floor';
}

/**
 * What a quantity promises in one direction: its nominal signed number there and how firmly
 * (0 = no bound that way, 1 = approximate, 2 = inclusive, 3 = strict).
 */
export function promise(q: Quantity, direction: Direction): { nominal: number; strength: number } {
  return { nominal: nominalOf(q, direction), strength: strengthOf(q, direction) };
}

/** The signed number a quantity promises in `direction` (a range's end on that side). */
function nominalOf(q: Quantity, direction: Direction): number {
  const value = q.value ?? 0;
  if (q.comparator !== 'range') return signed(q, value);
  const max = q.max ?? value;
  // Bounds in signed terms: the low and high ends of what the range says.
  const lowEnd = q.decline ? signed(q, max) : signed(q, value);
  const highEnd = q.decline ? signed(q, value) : signed(q, max);
  return direction === 'floor' ? lowEnd : highEnd;
}

/** How firmly a quantity binds `direction`: 0 no bound, 1 approximate, 2 inclusive, 3 strict. */
function strengthOf(q: Quantity, direction: Direction): number {
  const upward = direction === 'floor' ? !q.decline : q.decline; // does the comparator bind the asked side?
  switch (q.comparator) {
    case 'range':
    case '=':
      return 2;
    case '~':
      return 1;
    case '>':
      return upward ? 3 : 0;
    case '>=':
      return upward ? 2 : 0;
    case '<=':
      return upward ? 0 : 2;
    default:
      return 0;
  }
}

// Verdicts without a figure are shared (compareToPlan runs once per claim and result).
const MEETS: Verdict = Object.freeze({ status: 'meets' });
const UNKNOWN: Verdict = Object.freeze({ status: 'unknown' });
const INCOMPARABLE: Verdict = Object.freeze({ status: 'incomparable' });

/** Dimensions that measure something physical or a rate: their units never stand for each other. */
const MEASURED = new Set(['money', 'mass', 'energy-coal', 'area', 'power', 'energy', 'length', 'percent', 'percentage-point', 'number']);

/**
 * Do two units compare? Within one dimension always (万元 ↔ 亿元). Classifiers of counted things
 * (户, 家, 个, 项, 场, 期, 座…) also compare with each other: the claim and the target already share
 * a metric key, so they count the same things, and documents switch between 2家 and 2个 for one
 * 企业技术中心. Rates, money and physical quantities never mix.
 */
export function comparableDimensions(a: string, b: string): boolean {
  return a === b || (isCounted(a) && isCounted(b));
}

/** A dimension of counted things (户, 家, 个, 项, 场…): whole numbers, never 16.5 of them. */
export function isCounted(dimension: string): boolean {
  return !MEASURED.has(dimension);
}

/** True when a bare number (no unit anywhere) may borrow the other side's unit. */
function bare(q: UnitInfo): boolean {
  return q.dimension === 'number';
}

/** A bare number read in another quantity's unit: only the fields a comparison reads (not a copy of a whole claim). */
function inUnitOf(q: Quantity, other: UnitInfo): Quantity {
  return { comparator: q.comparator, value: q.value, max: q.max, decline: q.decline, unit: other.unit, dimension: other.dimension, factor: other.factor };
}

/**
 * Does `claim` (a sheet's promise) meet `plan` (the target it takes on)? Comparator-aware:
 * a `<=` target is a ceiling, a decline is a ceiling on the signed change, a range's lower bound
 * counts, and 左右 has the `tolerance` band. A bare number is read in the other side's unit.
 */
export function compareToPlan(claim: Quantity, plan: Quantity, tolerance = APPROX_TOLERANCE): Verdict {
  if (plan.comparator === 'placeholder' || plan.value === null) return UNKNOWN;
  if (claim.comparator === 'placeholder' || claim.value === null) return UNKNOWN;
  const c: Quantity = bare(claim) && !bare(plan) ? inUnitOf(claim, plan) : claim;
  const p: Quantity = bare(plan) && !bare(c) ? inUnitOf(plan, c) : plan;
  if (!comparableDimensions(c.dimension, p.dimension)) return INCOMPARABLE;

  const direction = directionOf(p);
  const orient = direction === 'floor' ? 1 : -1;
  const planStrength = strengthOf(p, direction);
  const claimStrength = strengthOf(c, direction);
  const need = orient * nominalOf(p, direction);
  const have = orient * nominalOf(c, direction);
  const eps = Math.max(Math.abs(need), Math.abs(have), 1) * 1e-9;

  if (p.comparator === '~') {
    const least = need - tolerance * Math.abs(need);
    if (have < least - eps) return { status: 'shortfall', gap: need - have, direction };
    return claimStrength === 0 ? { status: 'weaker', direction } : MEETS;
  }
  if (have < need - eps) return { status: 'shortfall', gap: need - have, direction };
  if (Math.abs(have - need) <= eps) {
    return claimStrength < planStrength ? { status: 'weaker', direction } : MEETS;
  }
  if (claimStrength === 0) return { status: 'weaker', direction };
  if (claimStrength === 1 && have - tolerance * Math.abs(have) < need - eps) return { status: 'weaker', direction };
  return MEETS;
}

/**
 * Compares an achieved value against what is due by now. `due` is in the target's units and
 * sign (already scaled by the elapsed share for amounts). Returns the shortfall in base units,
 * or 0 when the result is on schedule.
 */
export function scheduleGap(actual: Quantity, target: Quantity, dueValue: number): number | null {
  if (actual.value === null || target.value === null) return null;
  const a: Quantity = bare(actual) && !bare(target) ? inUnitOf(actual, target) : actual;
  if (!comparableDimensions(a.dimension, target.dimension)) return null;
  const direction = directionOf(target);
  const orient = direction === 'floor' ? 1 : -1;
  const have = orient * signed(a, a.value!);
  const need = orient * (target.decline ? -1 : 1) * dueValue * target.factor;
  const eps = Math.max(Math.abs(need), Math.abs(have), 1) * 1e-9;
  return have < need - eps ? need - have : 0;
}
