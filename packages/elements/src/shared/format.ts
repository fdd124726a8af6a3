/**
 * Number, unit and target formatting shared by the elements (statuses, gaps and paces are core's:
 * validate/verdict.ts, validate/gauge-text.ts). Pure functions, no DOM:
 * they are unit-tested directly and reused by the findings list.
 *
 * Conventions (zh-CN is the default locale):
 * - Money (元/万元/亿元) and units written with a 万/亿 prefix (万吨, 万千瓦时) are rescaled so a
 *   reader never counts digits: 12345678万元 → "1234.57亿元"; 3500万元 stays "3500万元".
 *   In English (src/locales/en.ts) the same quantities read "123.46 billion yuan" / "35 million yuan".
 * - Rates written with "%" or "百分点" differ by percentage points (百分点 / pp), never by "%".
 * - With `decline` (下降/降低/减少) values and targets are magnitudes of the decrease
 *   (下降3.2% is value 3.2), so the comparator reads the same way as for increases.
 */
import type { Comparator } from '@mubiao/core';
import { localeWords } from '@mubiao/core/vocab/words';
import type { Locale } from './locale.ts';

const PERCENT_UNITS = new Set(['%', '％', '百分点', '个百分点']);

/** True when differences between two values of this unit are percentage points. */
export function isPercentUnit(unit: string | undefined | null): boolean {
  return PERCENT_UNITS.has((unit ?? '').trim());
}

/** How a unit splits into a 万/亿 multiplier and its base, e.g. 万吨 → {10000, 吨}. */
export interface ScaledUnit {
  factor: number;
  base: string;
  money: boolean;
}

export function splitUnit(unit: string): ScaledUnit | null {
  const u = unit.trim();
  if (u === '元') return { factor: 1, base: '元', money: true };
  const prefix = u[0];
  const factor = prefix === '万' ? 1e4 : prefix === '亿' ? 1e8 : 0;
  if (!factor || u.length < 2) return null;
  const base = u.slice(1);
  // 万人次, 万吨, 亿元 … but not "万家" style counts written as a word; any base is fine.
  return { factor, base, money: base === '元' };
}

/** A unit as `FormatWords.scale` gets it: whether it counts in percentage points, and its 万/亿 split. */
export interface UnitKind {
  percent: boolean;
  scaled: ScaledUnit | null;
}

const unitKind = (unit: string): UnitKind => ({ percent: isPercentUnit(unit), scaled: splitUnit(unit) });

/** Rounds to at most `digits` decimals and drops trailing zeros: 7.30 → "7.3". */
export function trimNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(digits));
  // Object.is(-0) guard: "-0" would read as a sign error.
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * How numbers of a unit are written at a magnitude: divide the written value by `divisor`, then
 * `write` adds the unit. One scale serves both ends of a range so "0.5-2亿元" never mixes 万 and 亿.
 */
export interface NumberScale {
  divisor: number;
  write: (digits: string) => string;
}

/**
 * How a locale writes numbers and targets. zh-CN is built in (below); other locales register
 * theirs (src/locales/en.ts), so the zh-CN single file carries no English unit names.
 */
export interface FormatWords {
  /** A plain number as the locale writes it (en groups thousands; zh-CN does not). */
  number: (value: number, digits: number) => string;
  /**
   * The scale numbers of a unit are written in at a magnitude: 万/亿, million/billion. `kind` is
   * the unit taken apart by the shared code, so a locale module does not carry its own copy.
   */
  scale: (magnitude: number, unit: string, kind: UnitKind) => NumberScale;
  /** Between the ends of a range: "3-5家" / "3–5 firms". */
  rangeDash: string;
  /** A value that is not a number: "—" / "n/a". */
  notANumber: string;
  /** A target without a number: 待定 / to be set. */
  toBeSet: string;
  /** A target as a plan writes it; `range` is the range's text, or null when it has no upper end. */
  target: (comparator: Comparator, value: string, decline: boolean, range: string | null) => string;
}

declare module '@mubiao/core/vocab/words' {
  interface LocaleWords {
    /** Numbers, units and targets in the elements (shared/format.ts). */
    format: FormatWords;
  }
}

const plainScale = (suffix: string): NumberScale => ({ divisor: 1, write: (d) => `${d}${suffix}` });

function zhScale(magnitude: number, u: string, { percent, scaled }: UnitKind): NumberScale {
  if (percent) return plainScale(u === '百分点' ? '个百分点' : u);
  if (!scaled) return plainScale(u);
  const base = Math.abs(magnitude) * scaled.factor;
  // Scale up to 亿 from 1亿; to 万 from 1万 (for money and units already written in 万).
  if (base >= 1e8) return { divisor: 1e8 / scaled.factor, write: (d) => `${d}亿${scaled.base}` };
  if (base >= 1e4 && (scaled.money || scaled.factor === 1e4)) {
    return { divisor: 1e4 / scaled.factor, write: (d) => `${d}万${scaled.base}` };
  }
  if (scaled.factor === 1) return plainScale(scaled.base);
  return plainScale(u);
}

function zhTarget(comparator: Comparator, v: string, decline: boolean, range: string | null): string {
  const lead = decline ? '下降' : '';
  switch (comparator) {
    case '>=':
      return `${lead}${v}以上`;
    case '>':
      return decline ? `下降超过${v}` : `超过${v}`;
    case '~':
      return `${lead}${v}左右`;
    case '<=':
      return decline ? `下降${v}以内` : `控制在${v}以内`;
    case 'range':
      return range === null ? `${lead}${v}以上` : `${lead}${range}`;
    default:
      return `${lead}${v}`;
  }
}

const ZH_FORMAT: FormatWords = {
  number: trimNumber,
  scale: zhScale,
  rangeDash: '-',
  notANumber: '—',
  toBeSet: '待定',
  target: zhTarget,
};

const formatWords = (locale: Locale): FormatWords => localeWords(locale, 'format') ?? ZH_FORMAT;

/**
 * A number with its unit, scaled for reading. `digits` caps decimals (default 2).
 * zh-CN: "7.3%", "150户", "1234.57亿元", "3500万元"; en: "7.3%", "150 firms", "123.46 billion yuan".
 */
export function formatValue(value: number, unit: string | undefined | null, locale: Locale = 'zh-CN', digits = 2): string {
  const words = formatWords(locale);
  if (!Number.isFinite(value)) return words.notANumber;
  const u = (unit ?? '').trim();
  const scale = words.scale(value, u, unitKind(u));
  return scale.write(words.number(value / scale.divisor, digits));
}

/** A range in one scale, the unit once: "3-5家", "0.5-2亿元"; en "3–5 firms", "50–200 million yuan". */
export function formatRange(low: number, high: number, unit: string | undefined | null, locale: Locale = 'zh-CN', digits = 2): string {
  const words = formatWords(locale);
  const u = (unit ?? '').trim();
  const scale = words.scale(Math.max(Math.abs(low), Math.abs(high)), u, unitKind(u));
  return `${words.number(low / scale.divisor, digits)}${words.rangeDash}${scale.write(words.number(high / scale.divisor, digits))}`;
}

/** A plain number for tables: locale grouping in en, none in zh-CN (as Chinese documents write). */
export function formatNumber(value: number, locale: Locale = 'zh-CN', digits = 2): string {
  const words = formatWords(locale);
  return Number.isFinite(value) ? words.number(value, digits) : words.notANumber;
}

/** What a target asks, written as a plan would write it. */
export interface TargetSpec {
  comparator: Comparator;
  value: number | null;
  max?: number | null;
  unit?: string | null;
  decline?: boolean;
}

/**
 * zh-CN: "20%以上", "超过200亿元", "7%左右", "3-5家", "3%以内", "11%", "下降3%以上", "待定".
 * en: "≥ 20%", "> 20 billion yuan", "about 7%", "3–5 firms", "≤ 3%", "11%", "decline ≥ 3%", "to be set".
 */
export function formatTarget(spec: TargetSpec, locale: Locale = 'zh-CN'): string {
  const { comparator, value, max, unit, decline } = spec;
  const words = formatWords(locale);
  if (comparator === 'placeholder' || value === null || !Number.isFinite(value)) return words.toBeSet;
  const range = comparator === 'range' && max !== null && max !== undefined ? formatRange(value, max, unit, locale) : null;
  return words.target(comparator, formatValue(value, unit, locale), decline ?? false, range);
}
