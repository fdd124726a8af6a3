/**
 * Number, unit, target and status formatting shared by the elements. Pure functions, no DOM:
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
import type { Comparator, TargetKind } from '@mubiao/core';
import type { Locale } from './locale.ts';

/**
 * met: the target is reached; at-risk: not yet, but on pace or within the margin; short: below
 * (or, for a ceiling, above) the target; no-target: placeholder or no number; no-value: a target
 * without an actual yet.
 */
export type GaugeStatus = 'met' | 'at-risk' | 'short' | 'no-target' | 'no-value';

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

/**
 * Tolerance of a "~" (左右/约) target, in the target's unit: 0.5 percentage points for rates,
 * else 5% of the target. Values within it below the target count as met.
 */
export function defaultTolerance(target: number, unit?: string | null): number {
  return isPercentUnit(unit) ? 0.5 : Math.abs(target) * 0.05;
}

/**
 * Margin below the met threshold that still counts as at-risk when no pace is known: 1
 * percentage point for rates, else 10% of the target.
 */
export function defaultMargin(target: number, unit?: string | null): number {
  return isPercentUnit(unit) ? 1 : Math.abs(target) * 0.1;
}

export interface StatusInput {
  value: number | null;
  target: number | null;
  comparator: Comparator;
  /** Upper bound of a range target. */
  max?: number | null;
  unit?: string | null;
  /** Pace: the value expected by now (时间过半、任务过半); when given it replaces the margin. */
  expected?: number | null;
  /** Override of defaultTolerance for "~". */
  tolerance?: number | null;
  /** Override of defaultMargin. 0 turns margin-based at-risk off. */
  margin?: number | null;
}

const isNum = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * The status of an actual against a target.
 *
 * - `>=`, `=`, `range` (lower bound), `~` (lower bound minus tolerance): at or above is met;
 *   `>` (突破/超过) needs strictly more. Exceeding a bare `=` goal or a range's upper bound is
 *   still met: plans set floors for growth, not caps.
 * - `<=` is a ceiling (控制在…以内): at or under is met, over is short. It is at-risk when a pace
 *   is known and the value already runs ahead of it, or (without pace) when an explicit `margin`
 *   is given and the value is within it below the ceiling.
 * - Below a floor: at-risk when a pace is given and the value is at or above it, or when no pace
 *   is given and the value is within the margin of the threshold; otherwise short.
 * - placeholder or no target number: no-target; a target without a value: no-value.
 */
export function gaugeStatus(input: StatusInput): GaugeStatus {
  const { value, target, comparator, unit } = input;
  if (comparator === 'placeholder' || !isNum(target)) return 'no-target';
  if (!isNum(value)) return 'no-value';
  const expected = isNum(input.expected) ? input.expected : null;
  if (comparator === '<=') {
    if (value > target + 1e-9) return 'short';
    if (expected !== null) return value > expected + 1e-9 ? 'at-risk' : 'met';
    // Without pace, only an explicit margin makes a nearly-full ceiling at-risk: a default
    // would flag every CPI that is merely close to its cap.
    const ceilingMargin = isNum(input.margin) ? Math.abs(input.margin) : 0;
    return ceilingMargin > 0 && value > target - ceilingMargin + 1e-9 ? 'at-risk' : 'met';
  }
  const margin = isNum(input.margin) ? Math.abs(input.margin) : defaultMargin(target, unit);
  const threshold = metThreshold(input);
  const met = comparator === '>' ? value > threshold + 1e-9 : value >= threshold - 1e-9;
  if (met) return 'met';
  if (expected !== null) return value >= expected - 1e-9 ? 'at-risk' : 'short';
  return margin > 0 && value >= threshold - margin - 1e-9 ? 'at-risk' : 'short';
}

/** The value at which a floor target counts as met (the lower bound, less a "~" tolerance). */
export function metThreshold(input: Pick<StatusInput, 'target' | 'comparator' | 'unit' | 'tolerance'>): number {
  const target = input.target ?? 0;
  if (input.comparator === '~') {
    const tol = isNum(input.tolerance) ? Math.abs(input.tolerance) : defaultTolerance(target, input.unit);
    return target - tol;
  }
  return target;
}

/** Status word: zh-CN 达标/有风险/未达标/待定/暂无数据; en Met/At risk/Short/No target/No data. */
export function statusText(status: GaugeStatus, locale: Locale = 'zh-CN'): string {
  const zh = { met: '达标', 'at-risk': '有风险', short: '未达标', 'no-target': '目标待定', 'no-value': '暂无数据' };
  const en = { met: 'Met', 'at-risk': 'At risk', short: 'Short', 'no-target': 'No target yet', 'no-value': 'No data' };
  return (locale === 'en' ? en : zh)[status];
}

/** A shape per status so it never rests on colour alone: ✓ ! ✕ – ?. */
export function statusIcon(status: GaugeStatus): string {
  return { met: '✓', 'at-risk': '!', short: '✕', 'no-target': '–', 'no-value': '?' }[status];
}

export interface DeltaInput {
  value: number;
  target: number;
  comparator: Comparator;
  max?: number | null;
  unit?: string | null;
  decline?: boolean;
}

/**
 * The gap between actual and target as a phrase: "高于目标0.3个百分点" / "0.3 pp above target",
 * "低于目标1.2亿元" / "120 million yuan below target", "达到目标" / "on target". A `<=` target is
 * called an upper limit (上限); a range reports against whichever bound the value is outside of.
 * With `decline` the phrases speak of the decrease (降幅).
 */
export function formatDelta(input: DeltaInput, locale: Locale = 'zh-CN'): string {
  const { value, target, comparator, unit, decline } = input;
  const max = isNum(input.max) ? input.max : null;
  let ref = target;
  let refWord: 'target' | 'ceiling' | 'lower' | 'upper' = comparator === '<=' ? 'ceiling' : 'target';
  if (comparator === 'range' && max !== null) {
    if (value >= target - 1e-9 && value <= max + 1e-9) {
      return locale === 'en' ? 'within the target range' : '处于目标区间内';
    }
    if (value > max) {
      ref = max;
      refWord = 'upper';
    } else refWord = 'lower';
  }
  const diff = value - ref;
  const pp = isPercentUnit(unit);
  const amount = Math.abs(diff);
  if (amount < 1e-9) {
    return locale === 'en'
      ? refWord === 'ceiling'
        ? 'at the upper limit'
        : 'on target'
      : refWord === 'ceiling'
        ? '与上限持平'
        : '达到目标';
  }
  const size =
    locale === 'en'
      ? pp
        ? `${trimNumber(amount)} pp`
        : formatValue(amount, unit, 'en')
      : pp
        ? `${trimNumber(amount)}个百分点`
        : formatValue(amount, unit, 'zh-CN');
  const above = diff > 0;
  if (locale === 'en') {
    const what = { target: 'target', ceiling: 'the upper limit', lower: 'the lower bound', upper: 'the upper bound' }[
      refWord
    ];
    if (decline) return `decline ${size} ${above ? 'more' : 'less'} than ${what === 'target' ? 'the target' : what}`;
    return `${size} ${above ? 'above' : 'below'} ${what}`;
  }
  const what = { target: '目标', ceiling: '上限', lower: '目标下限', upper: '目标上限' }[refWord];
  if (decline) return `降幅${above ? '高于' : '低于'}${what}${size}`;
  return `${above ? '高于' : '低于'}${what}${size}`;
}

/** Delta kinds that read in percentage points regardless of the unit written. */
export function isRateKind(kind: TargetKind | undefined): boolean {
  return kind === 'growth' || kind === 'share';
}

/**
 * Share of a period elapsed at `asOf` (0..1), by calendar days; null when the dates do not parse
 * or the period is empty. Used for the 时间过半 pace marker.
 */
export function elapsedShare(start: string, end: string, asOf: string | Date): number | null {
  const s = parseDay(start);
  const e = parseDay(end);
  const a = asOf instanceof Date ? asOf.getTime() : parseDay(asOf);
  if (s === null || e === null || a === null || e <= s) return null;
  return Math.min(1, Math.max(0, (a - s) / (e - s)));
}

function parseDay(text: string): number | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t;
}

/**
 * The value expected by now for a target, from the elapsed share: amounts and counts accrue
 * (target × share); a level grows from `reference` when known; rates (growth, share) are paced
 * at the target itself, since a rate is already per-period. A ceiling paces the same way.
 */
export function paceExpected(
  target: number,
  kind: TargetKind | undefined,
  share: number,
  reference?: number | null,
): number {
  if (isRateKind(kind)) return target;
  if (kind === 'level' && isNum(reference)) return reference + (target - reference) * share;
  return target * share;
}
