/**
 * Number, unit and target formatting shared by the elements (statuses, gaps and paces are core's:
 * validate/verdict.ts, validate/gauge-text.ts). Pure functions, no DOM:
 * they are unit-tested directly and reused by the findings list.
 *
 * Conventions (zh-CN is the default locale):
 * - Money (元/万元/亿元) and units written with a 万/亿 prefix (万吨, 万千瓦时) are rescaled so a
 *   reader never counts digits: 12345678万元 → "1234.57亿元"; 3500万元 stays "3500万元".
 *   In English the same quantities read "123.46 billion yuan" / "35 million yuan".
 * - Rates written with "%" or "百分点" differ by percentage points (百分点 / pp), never by "%".
 * - With `decline` (下降/降低/减少) values and targets are magnitudes of the decrease
 *   (下降3.2% is value 3.2), so the comparator reads the same way as for increases.
 */
import type { Comparator } from '@mubiao/core';
import type { Locale } from './locale.ts';

const PERCENT_UNITS = new Set(['%', '％', '百分点', '个百分点']);

/** True when differences between two values of this unit are percentage points. */
export function isPercentUnit(unit: string | undefined | null): boolean {
  return PERCENT_UNITS.has((unit ?? '').trim());
}

/** How a unit splits into a 万/亿 multiplier and its base, e.g. 万吨 → {10000, 吨}. */
interface ScaledUnit {
  factor: number;
  base: string;
  money: boolean;
}

function splitUnit(unit: string): ScaledUnit | null {
  const u = unit.trim();
  if (u === '元') return { factor: 1, base: '元', money: true };
  const prefix = u[0];
  const factor = prefix === '万' ? 1e4 : prefix === '亿' ? 1e8 : 0;
  if (!factor || u.length < 2) return null;
  const base = u.slice(1);
  // 万人次, 万吨, 亿元 … but not "万家" style counts written as a word; any base is fine.
  return { factor, base, money: base === '元' };
}

/** Rounds to at most `digits` decimals and drops trailing zeros: 7.30 → "7.3". */
export function trimNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(digits));
  // Object.is(-0) guard: "-0" would read as a sign error.
  return String(rounded === 0 ? 0 : rounded);
}

function groupEn(value: number, digits: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(
    Number(value.toFixed(digits)) || 0,
  );
}

const EN_UNIT: Record<string, string> = {
  户: 'firms',
  家: 'firms',
  个: '',
  项: 'projects',
  人: 'people',
  人次: 'visits',
  吨: 't',
  千瓦时: 'kWh',
  亩: 'mu',
  平方米: 'm²',
  公里: 'km',
  件: 'items',
  所: 'sites',
  座: 'sites',
  条: 'lines',
  台: 'units',
  套: 'sets',
  倍: '×',
};

/** The English rendering of a base unit (unknown units stay as written). */
export function unitEn(unit: string): string {
  const u = unit.trim();
  if (isPercentUnit(u)) return u === '%' || u === '％' ? '%' : 'pp';
  if (u in EN_UNIT) return EN_UNIT[u] ?? '';
  return u;
}

/**
 * How numbers of a unit are written at a magnitude: divide the written value by `divisor`, then
 * `write` adds the unit. One scale serves both ends of a range so "0.5-2亿元" never mixes 万 and 亿.
 */
interface NumberScale {
  divisor: number;
  write: (digits: string) => string;
}

function scaleFor(magnitude: number, u: string, locale: Locale): NumberScale {
  const plain = (suffix: string): NumberScale => ({ divisor: 1, write: (d) => `${d}${suffix}` });
  const abs = Math.abs(magnitude);
  const scaled = splitUnit(u);
  if (locale === 'en') {
    if (u === '%' || u === '％') return plain('%');
    if (isPercentUnit(u)) return plain(' pp');
    const word = scaled ? (scaled.money ? 'yuan' : unitEn(scaled.base)) : unitEn(u);
    const factor = scaled?.factor ?? 1;
    const base = abs * factor;
    const [divisor, size] = scaled && base >= 1e9 ? [1e9, ' billion'] : scaled && base >= 1e6 ? [1e6, ' million'] : [1, ''];
    return {
      divisor: divisor / factor,
      write: (d) => {
        const text = `${d}${size}`;
        if (!word) return text;
        if (word === '×') return `${text}×`;
        // "1 firm", "2 firms": only the plural words of EN_UNIT end in s.
        return `${text} ${text === '1' && /[a-z]s$/.test(word) && word !== 'kWh' ? word.slice(0, -1) : word}`;
      },
    };
  }
  if (isPercentUnit(u)) return plain(u === '百分点' ? '个百分点' : u);
  if (!scaled) return plain(u);
  const base = abs * scaled.factor;
  // Scale up to 亿 from 1亿; to 万 from 1万 (for money and units already written in 万).
  if (base >= 1e8) return { divisor: 1e8 / scaled.factor, write: (d) => `${d}亿${scaled.base}` };
  if (base >= 1e4 && (scaled.money || scaled.factor === 1e4)) {
    return { divisor: 1e4 / scaled.factor, write: (d) => `${d}万${scaled.base}` };
  }
  if (scaled.factor === 1) return plain(scaled.base);
  return plain(u);
}

function writeNumber(value: number, locale: Locale, digits: number): string {
  return locale === 'en' ? groupEn(value, digits) : trimNumber(value, digits);
}

/**
 * A number with its unit, scaled for reading. `digits` caps decimals (default 2).
 * zh-CN: "7.3%", "150户", "1234.57亿元", "3500万元"; en: "7.3%", "150 firms", "123.46 billion yuan".
 */
export function formatValue(
  value: number,
  unit: string | undefined | null,
  locale: Locale = 'zh-CN',
  digits = 2,
): string {
  if (!Number.isFinite(value)) return locale === 'en' ? 'n/a' : '—';
  const scale = scaleFor(value, (unit ?? '').trim(), locale);
  return scale.write(writeNumber(value / scale.divisor, locale, digits));
}

/** A range in one scale, the unit once: "3-5家", "0.5-2亿元"; en "3–5 firms", "50–200 million yuan". */
export function formatRange(
  low: number,
  high: number,
  unit: string | undefined | null,
  locale: Locale = 'zh-CN',
  digits = 2,
): string {
  const scale = scaleFor(Math.max(Math.abs(low), Math.abs(high)), (unit ?? '').trim(), locale);
  const lo = writeNumber(low / scale.divisor, locale, digits);
  return `${lo}${locale === 'en' ? '–' : '-'}${scale.write(writeNumber(high / scale.divisor, locale, digits))}`;
}

/** A plain number for tables: locale grouping in en, none in zh-CN (as Chinese documents write). */
export function formatNumber(value: number, locale: Locale = 'zh-CN', digits = 2): string {
  if (!Number.isFinite(value)) return locale === 'en' ? 'n/a' : '—';
  return locale === 'en' ? groupEn(value, digits) : trimNumber(value, digits);
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
  if (comparator === 'placeholder' || value === null || !Number.isFinite(value)) {
    return locale === 'en' ? 'to be set' : '待定';
  }
  const v = formatValue(value, unit, locale);
  if (locale === 'en') {
    const lead = decline ? 'decline ' : '';
    switch (comparator) {
      case '>=':
        return `${lead}≥ ${v}`;
      case '>':
        return `${lead}> ${v}`;
      case '~':
        return `${lead}about ${v}`;
      case '<=':
        return `${lead}≤ ${v}`;
      case 'range': {
        if (max === null || max === undefined) return `${lead}≥ ${v}`;
        return `${lead}${formatRange(value, max, unit, 'en')}`;
      }
      default:
        return `${lead}${v}`;
    }
  }
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
    case 'range': {
      if (max === null || max === undefined) return `${lead}${v}以上`;
      return `${lead}${formatRange(value, max, unit, locale)}`;
    }
    default:
      return `${lead}${v}`;
  }
}
