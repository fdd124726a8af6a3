import type { Comparator, UnitInfo } from '../model.ts';
import { describeTarget, formatPlainNumber } from '../grammar/describe.ts';
import { isCounted } from './compare.ts';

import type { Locale } from '../vocab/locale.ts';
import { localeWords, type LocaleTag, type QuantityWords } from '../vocab/words.ts';

export type { Locale };

/** What describing a requirement needs; a Target or a Claim fits. */
export interface Describable {
  comparator: Comparator;
  value: number | null;
  max: number | null;
  unit: string;
  decline?: boolean;
}

interface DescribedText {
  comparator: Comparator;
  max: number | null;
  decline: boolean;
  locale: Locale;
  text: string;
}

/** Texts made so far, by unit and then by value (no key string per call). */
const described = new Map<string, Map<number | null, DescribedText[]>>();
let describedCount = 0;

/**
 * "20%以上" (zh-CN) / "≥ 20%" (en): the expected and actual texts of findings. Memoised: a
 * sheet repeats the same few requirements, and a report of 100k findings must stay fast.
 */
export function describe(q: Describable, locale: Locale): string {
  const decline = q.decline ?? false;
  let byValue = described.get(q.unit);
  const known = byValue?.get(q.value);
  if (known) {
    for (const d of known) if (d.comparator === q.comparator && d.max === q.max && d.decline === decline && d.locale === locale) return d.text;
  }
  let text = describeTarget({ comparator: q.comparator, value: q.value, max: q.max, unit: q.unit, decline }, locale);
  // As people write them: "0.5个百分点"; a plain figure in English without "= ".
  if (locale === 'zh-CN') text = text.replace(/(\d)百分点/g, '$1个百分点');
  else if (q.comparator === '=') text = text.replace(/^= /, '');
  if (describedCount > 10_000) {
    described.clear();
    describedCount = 0;
    byValue = undefined;
  }
  if (!byValue) described.set(q.unit, (byValue = new Map<number | null, DescribedText[]>()));
  const entry: DescribedText = { comparator: q.comparator, max: q.max, decline, locale, text };
  const list = byValue.get(q.value);
  if (list) list.push(entry);
  else byValue.set(q.value, [entry]);
  describedCount++;
  return text;
}

/** Decimal text without float noise or exponent; the common range avoids Intl (55 µs a call). */
function plainNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e21 || abs < 1e-6)) return formatPlainNumber(n);
  return String(Number(n.toPrecision(12)));
}

/** Remembers a number's text: reports repeat the same figures (targets, shares) many times. */
function memoNumber(cache: Map<number, string>, n: number, make: (n: number) => string): string {
  let text = cache.get(n);
  if (text === undefined) {
    text = make(n);
    if (cache.size >= 10_000) cache.clear();
    cache.set(n, text);
  }
  return text;
}

const rounded = new Map<number, string>();
const shares = new Map<number, string>();
const roundedText = (n: number) => plainNumber(Number(n.toFixed(4)));
const shareText = (share: number) => `${plainNumber(Number((share * 100).toFixed(1)))}%`;

/** A number rounded for people: at most 4 decimals, no float noise. */
export function roundForDisplay(n: number): string {
  return memoNumber(rounded, n, roundedText);
}

/** Chinese: built in. Other locales: registered (vocab/words.ts). */
const ZH_QUANTITY: QuantityWords = {
  points: (n) => `${n}个百分点`,
  money: [
    [1e8, '亿元'],
    [1e4, '万元'],
    [1, '元'],
  ],
  withUnit: (n, unit) => `${n}${unit}`,
};

const quantityWords = (locale: LocaleTag): QuantityWords => localeWords(locale, 'quantity') ?? ZH_QUANTITY;

/**
 * A difference in base units as people say it: rates in 百分点 / percentage points (never "%"),
 * money in 亿元 or 万元 by size, other quantities in the unit the plan wrote.
 */
export function formatGap(base: number, unit: UnitInfo, locale: LocaleTag): string {
  const words = quantityWords(locale);
  if (unit.dimension === 'percent' || unit.dimension === 'percentage-point') return words.points(roundForDisplay(base));
  if (unit.dimension === 'money') {
    const abs = Math.abs(base);
    const [factor, name] = words.money.find(([f]) => abs >= f) ?? words.money[words.money.length - 1]!;
    return words.withUnit(roundForDisplay(base / factor), name);
  }
  return words.withUnit(roundForDisplay(base / (unit.factor || 1)), unit.unit);
}

/**
 * What is due by now, as people write it: counted things in whole numbers, rounded up (75户 × 21%
 * is "16户" due, not 15.75); money and measures to 2 decimals.
 */
export function formatDue(value: number, unit: UnitInfo, locale: LocaleTag): string {
  const n = isCounted(unit.dimension) ? String(Math.ceil(value - 1e-9)) : plainNumber(Number(value.toFixed(2)));
  return quantityWords(locale).withUnit(n, unit.unit);
}

/** A share as a percentage: 0.5 → "50%". */
export function formatShare(share: number): string {
  return memoNumber(shares, share, shareText);
}

/**
 * A metric as messages name it: an increment keeps its verb (新增规上工业企业), since the grammar
 * strips it from the metric and "规上工业企业 25户" alone reads as a stock.
 */
export function metricLabel(q: { metric: string; kind: string }): string {
  if (q.kind !== 'increment') return q.metric;
  let label = incrementLabels.get(q.metric);
  if (label === undefined) {
    label = /^(新|净增)/.test(q.metric) ? q.metric : `新增${q.metric}`;
    if (incrementLabels.size >= 10_000) incrementLabels.clear();
    incrementLabels.set(q.metric, label);
  }
  return label;
}

const incrementLabels = new Map<string, string>();
