import type { Period } from '../model.ts';

/** How much of the year a result covers, and how that was decided. */
export interface Elapsed {
  /** 0..1 */
  share: number;
  /** "1-6月" or "截至2024-07-15". */
  label: string;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year (1-based month), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Parses YYYY-MM-DD strictly; null when it is not a real date. */
export function parseAsOf(asOf: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const fromPeriod = new Map<string, Elapsed>();

/**
 * Share of the target year a result should reflect. A result's own period wins (a 1-6月完成
 * column is judged against half a year whatever the date); otherwise `asOf` gives the share of
 * days elapsed in the target year (0 before it starts, 1 after it ends). Null when neither says.
 */
export function elapsedShare(year: number | undefined, period: Period | undefined, asOf: string | undefined): Elapsed | null {
  if (period && period.toMonth) {
    // Every 完成 cell of a column shares its period object: look it up by identity first.
    const same = byPeriod.get(period);
    if (same) return same;
    const key = `${period.fromMonth ?? 1}-${period.toMonth}-${period.label}`;
    const known = fromPeriod.get(key);
    const computed = known ?? shareOfPeriod(period.fromMonth ?? 1, period.toMonth, period.label);
    if (fromPeriod.size < 1000) fromPeriod.set(key, computed);
    byPeriod.set(period, computed);
    return computed;
  }
  if (year === lastAsOf.year && asOf === lastAsOf.asOf) return lastAsOf.elapsed;
  const elapsed = shareAsOf(year, asOf);
  lastAsOf = { year, asOf, elapsed };
  return elapsed;
}

const byPeriod = new WeakMap<Period, Elapsed>();
/** The last asOf share computed: a report asks the same (year, date) for every result. */
let lastAsOf: { year: number | undefined; asOf: string | undefined; elapsed: Elapsed | null } = { year: NaN, asOf: undefined, elapsed: null };

function shareOfPeriod(from: number, to: number, label: string): Elapsed {
  const months = Math.max(0, to - from + 1);
  return { share: Math.min(1, months / 12), label: label || `${from}-${to}月` };
}

function shareAsOf(year: number | undefined, asOf: string | undefined): Elapsed | null {
  if (!asOf) return null;
  const d = parseAsOf(asOf);
  if (!d) return null;
  const targetYear = year ?? d.year;
  if (d.year < targetYear) return { share: 0, label: asOf };
  if (d.year > targetYear) return { share: 1, label: asOf };
  const cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  const leap = isLeap(d.year);
  const dayOfYear = cumulative[d.month - 1]! + d.day + (leap && d.month > 2 ? 1 : 0);
  return { share: dayOfYear / (leap ? 366 : 365), label: asOf };
}

/**
 * Share of a period [start, end] elapsed at `asOf` (all YYYY-MM-DD), by calendar days, 0..1; null
 * when a date does not parse or the period is empty. For a gauge a portal feeds with its own
 * period and date; there is no default date (never today).
 */
export function shareBetween(start: string, end: string, asOf: string): number | null {
  const s = dayNumber(start);
  const e = dayNumber(end);
  const a = dayNumber(asOf);
  if (s === null || e === null || a === null || e <= s) return null;
  return Math.min(1, Math.max(0, (a - s) / (e - s)));
}

function dayNumber(text: string): number | null {
  const d = parseAsOf(text);
  return d ? Date.UTC(d.year, d.month - 1, d.day) / 86_400_000 : null;
}
