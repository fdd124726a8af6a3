import type { Comparator, RegionLevel, UnitInfo } from '../model.ts';
import { describeTarget, formatPlainNumber } from '../grammar/describe.ts';

export type Locale = 'zh-CN' | 'en';

/** What describing a requirement needs; a Target or a Claim fits. */
export interface Describable {
  comparator: Comparator;
  value: number | null;
  max: number | null;
  unit: string;
  decline?: boolean;
}

const described = new Map<string, string>();

/**
 * "20%以上" (zh-CN) / "≥ 20%" (en): the expected and actual texts of findings. Memoised: a
 * sheet repeats the same few requirements, and a report of 100k findings must stay fast.
 */
export function describe(q: Describable, locale: Locale): string {
  const key = `${locale}|${q.comparator}|${q.value}|${q.max}|${q.unit}|${q.decline ? 1 : 0}`;
  const hit = described.get(key);
  if (hit !== undefined) return hit;
  if (described.size > 10_000) described.clear();
  let text = describeTarget({ comparator: q.comparator, value: q.value, max: q.max, unit: q.unit, decline: q.decline ?? false }, locale);
  // As people write them: "0.5个百分点"; a plain figure in English without "= ".
  if (locale === 'zh-CN') text = text.replace(/(\d)百分点/g, '$1个百分点');
  else if (q.comparator === '=') text = text.replace(/^= /, '');
  described.set(key, text);
  return text;
}

/** Decimal text without float noise or exponent; the common range avoids Intl (55 µs a call). */
function plainNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e21 || abs < 1e-6)) return formatPlainNumber(n);
  return String(Number(n.toPrecision(12)));
}

/** A number rounded for people: at most 4 decimals, no float noise. */
export function roundForDisplay(n: number): string {
  return plainNumber(Number(n.toFixed(4)));
}

/**
 * A difference in base units as people say it: rates in 百分点 / percentage points (never "%"),
 * money in 亿元 or 万元 by size, other quantities in the unit the plan wrote.
 */
export function formatGap(base: number, unit: UnitInfo, locale: Locale): string {
  if (unit.dimension === 'percent' || unit.dimension === 'percentage-point') {
    const n = roundForDisplay(base);
    return locale === 'en' ? `${n} percentage point${n === '1' ? '' : 's'}` : `${n}个百分点`;
  }
  if (unit.dimension === 'money') {
    const abs = Math.abs(base);
    const [factor, name] = abs >= 1e8 ? [1e8, '亿元'] : abs >= 1e4 ? [1e4, '万元'] : [1, '元'];
    const n = roundForDisplay(base / factor);
    return locale === 'en' ? `${n} ${name}` : `${n}${name}`;
  }
  const n = roundForDisplay(base / (unit.factor || 1));
  return locale === 'en' && unit.unit ? `${n} ${unit.unit}` : `${n}${unit.unit}`;
}

/** A plain amount in a unit ("12.5户"), for schedule messages. */
export function formatAmount(value: number, unit: string, locale: Locale): string {
  const n = roundForDisplay(value);
  return locale === 'en' && unit && unit !== '%' ? `${n} ${unit}` : `${n}${unit}`;
}

/** A share as a percentage: 0.5 → "50%". */
export function formatShare(share: number): string {
  return `${plainNumber(Number((share * 100).toFixed(1)))}%`;
}

/** How a message names the plan compared against: 省级/市级/区级 when it is a level above, else 计划. */
export function planWord(level: RegionLevel | undefined, locale: Locale): string {
  if (locale === 'en') {
    return level === 'province' ? 'the provincial plan' : level === 'city' ? 'the city plan' : level === 'district' ? 'the district plan' : 'the plan';
  }
  return level === 'province' ? '省级' : level === 'city' ? '市级' : level === 'district' ? '区级' : '计划';
}

/**
 * A metric as messages name it: an increment keeps its verb (新增规上工业企业), since the grammar
 * strips it from the metric and "规上工业企业 25户" alone reads as a stock.
 */
export function metricLabel(q: { metric: string; kind: string }): string {
  return q.kind === 'increment' && !/^(新|净增)/.test(q.metric) ? `新增${q.metric}` : q.metric;
}
