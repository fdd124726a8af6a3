/**
 * Whether data read from a plan file (JSON a user saved, edited or wrote by hand) is a plan the
 * validator can use. The validator trusts its Plan: a target whose kind it does not know, whose
 * factor is 0 or whose year is a string is silently matched to nothing, and a shortfall against
 * it disappears; a lead that is not a string throws deep inside. So every host that reads a plan
 * from outside asks here first, and refuses the file with the first problem named.
 */
import type { Comparator, PlanLevelSource, RegionLevel, TargetKind } from '../model.ts';

const KINDS: readonly TargetKind[] = ['growth', 'level', 'increment', 'share', 'count'];
const COMPARATORS: readonly Comparator[] = ['>=', '>', '~', 'range', '<=', '=', 'placeholder'];
const LEVELS: readonly RegionLevel[] = ['national', 'province', 'city', 'district'];
const LEVEL_SOURCES: readonly PlanLevelSource[] = ['option', 'gazetteer', 'text', 'name', 'unknown'];

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
/** A year as plans write one: four digits. */
const isYear = (value: unknown) => Number.isInteger(value) && (value as number) >= 1000 && (value as number) <= 9999;
const isStringList = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');
const quoted = (value: unknown) => JSON.stringify(value)?.slice(0, 40) ?? String(value);

/**
 * The first reason `data` is not a usable plan, as a short phrase naming the field
 * ("targets[2].kind is \"bogus\", not one of growth, level, …"), or null when it is one.
 * Optional fields (leads, partners, max, year, level, levelSource, actuals, tasks) may be absent; a plan without a
 * level is read with its region's, else with its level unknown (region-fit.ts levelAsRead).
 */
export function planShapeProblem(data: unknown): string | null {
  if (!isObject(data)) return 'expected a JSON object';
  if (!Array.isArray(data.targets)) return 'no "targets" array';
  if (typeof data.region !== 'string') return 'no "region"';
  if (data.year !== null && !isYear(data.year)) return `"year" is ${quoted(data.year)}, not a four-digit year or null`;
  if (data.level !== undefined && !LEVELS.includes(data.level as RegionLevel)) return `"level" is ${quoted(data.level)}, not one of ${LEVELS.join(', ')}`;
  const levelProblem = levelSourceProblem(data);
  if (levelProblem) return levelProblem;
  for (const [i, target] of data.targets.entries()) {
    const problem = targetProblem(target);
    if (problem) return `targets[${i}]${problem}`;
  }
  for (const key of ['actuals', 'tasks'] as const) {
    if (data[key] === undefined) continue;
    if (!Array.isArray(data[key])) return `"${key}" is not an array`;
    const bad = data[key].findIndex((x) => !isObject(x));
    if (bad >= 0) return `${key}[${bad}] is not an object`;
  }
  const actuals = (data.actuals ?? []) as Fields[];
  const badActual = actuals.findIndex((a) => typeof a.metricKey !== 'string' || !isFiniteNumber(a.value) || !isFiniteNumber(a.factor));
  if (badActual >= 0) return `actuals[${badActual}] lacks a metricKey, a finite value or a factor`;
  return null;
}

/**
 * `levelSource` (absent in older plan JSON: the level is then taken as stated) must be one the reader writes, and
 * anything but `unknown` needs the level it says was found. Older plan JSON stays valid: `unknown` where the reader
 * now writes `name` is read back with its region's level (region-fit.ts levelAsRead).
 */
function levelSourceProblem(data: Fields): string | null {
  if (data.levelSource === undefined) return null;
  if (!LEVEL_SOURCES.includes(data.levelSource as PlanLevelSource))
    return `"levelSource" is ${quoted(data.levelSource)}, not one of ${LEVEL_SOURCES.join(', ')}`;
  if (data.levelSource !== 'unknown' && data.level === undefined) return `"levelSource" is "${data.levelSource as string}" but there is no "level"`;
  return null;
}

/** What is wrong with one target, as the rest of a phrase after `targets[i]`, or null. */
function targetProblem(t: unknown): string | null {
  if (!isObject(t)) return ' is not an object';
  for (const key of ['id', 'metric', 'metricKey', 'kind', 'comparator', 'unit', 'dimension', 'quote'] as const) {
    if (typeof t[key] !== 'string') return `.${key} is missing`;
  }
  if (t.metric === '' || t.metricKey === '') return '.metric is empty';
  if (!KINDS.includes(t.kind as TargetKind)) return `.kind is ${quoted(t.kind)}, not one of ${KINDS.join(', ')}`;
  if (!COMPARATORS.includes(t.comparator as Comparator)) return `.comparator is ${quoted(t.comparator)}, not one of ${COMPARATORS.join(' ')}`;
  if (!isFiniteNumber(t.factor) || t.factor <= 0) return `.factor is ${quoted(t.factor)}, not a positive number`;
  if (t.comparator === 'placeholder') {
    if (t.value !== null) return '.value must be null for a placeholder';
  } else if (!isFiniteNumber(t.value)) return '.value must be a number or null';
  if (t.max !== undefined && t.max !== null && !isFiniteNumber(t.max)) return `.max is ${quoted(t.max)}, not a number or null`;
  if (t.comparator === 'range' && !(isFiniteNumber(t.max) && t.max >= (t.value as number))) return '.max must be a number at least .value for a range';
  // Compared in the dimension's base unit: a value that overflows there compares as nothing.
  for (const key of ['value', 'max'] as const) {
    if (isFiniteNumber(t[key]) && !Number.isFinite(t[key] * t.factor)) return `.${key} times .factor is past the largest number`;
  }
  if (t.year !== undefined && t.year !== null && !isYear(t.year)) return `.year is ${quoted(t.year)}, not a four-digit year or null`;
  if (t.decline !== undefined && typeof t.decline !== 'boolean') return '.decline is not true or false';
  for (const key of ['leads', 'partners'] as const) {
    if (t[key] !== undefined && !isStringList(t[key])) return `.${key} is not a list of department names`;
  }
  return null;
}
