/**
 * Human text for a target's requirement: "20%以上" (zh-CN) / "≥ 20%" (en), "3-5家", "**（待定）".
 * Used by findings (expected vs actual) and by the CLI's table.
 */
import type { Locale } from '../vocab/locale.ts';
import type { Comparator, TargetKind } from '../model.ts';

export interface DescribableTarget {
  comparator: Comparator;
  value: number | null;
  max: number | null;
  unit: string;
  decline?: boolean;
  kind?: TargetKind | 'rank';
}

/** Built once: constructing a NumberFormat per call costs ~50 µs. */
const PLAIN = /* @__PURE__ */ new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 10 });

/** A number without floating-point noise: 0.1 + 0.2 prints as 0.3, 8e10 as 80000000000. */
export function formatPlainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(12));
  if (Math.abs(rounded) >= 1e21) return String(rounded);
  return PLAIN.format(rounded);
}

/** Units that read as a word in English output need a space before them; % does not. */
function withUnit(number: string, unit: string, locale: Locale): string {
  if (locale === 'en' && unit !== '' && unit !== '%') return `${number} ${unit}`;
  return `${number}${unit}`;
}

export function describeTarget(t: DescribableTarget, locale: Locale = 'zh-CN'): string {
  const unit = t.unit ?? '';
  if (t.kind === 'rank') {
    const n = t.value === null ? '**' : formatPlainNumber(t.value);
    return locale === 'en' ? `rank ${n}` : `第${n}位`;
  }
  if (t.comparator === 'placeholder' || t.value === null) {
    return locale === 'en' ? `${withUnit('**', unit, locale)} (to be set)` : `**${unit}（待定）`;
  }
  const v = formatPlainNumber(t.value);
  const max = t.max === null ? null : formatPlainNumber(t.max);
  const decline = t.decline === true;
  if (locale === 'en') {
    const core = describeEn(t.comparator, v, max, unit);
    return decline ? `decline ${core}` : core;
  }
  const core = describeZh(t.comparator, v, max, unit);
  return decline ? `下降${core}` : core;
}

/** What a reported result says: "增长8%（预计）", "全省第2位" (zh-CN) / "8% (estimated)", "rank 2 in 全省" (en). */
export function describeActual(
  a: { value: number; unit: string; decline: boolean; kind: TargetKind | 'rank'; rankScope?: string; estimate?: boolean },
  locale: Locale = 'zh-CN',
): string {
  const said =
    a.kind === 'rank'
      ? locale === 'en'
        ? `rank ${formatPlainNumber(a.value)}${a.rankScope ? ` in ${a.rankScope}` : ''}`
        : `${a.rankScope ?? ''}第${formatPlainNumber(a.value)}位`
      : locale === 'en'
        ? `${a.decline ? 'decline ' : ''}${withUnit(formatPlainNumber(a.value), a.unit, 'en')}`
        : describeTarget({ comparator: '=', value: a.value, max: null, unit: a.unit, decline: a.decline });
  if (!a.estimate) return said;
  return locale === 'en' ? `${said} (estimated)` : `${said}（预计）`;
}

function describeZh(c: Comparator, v: string, max: string | null, unit: string): string {
  switch (c) {
    case '>=':
      return `${v}${unit}以上`;
    case '>':
      return `超过${v}${unit}`;
    case '~':
      return `${v}${unit}左右`;
    case 'range':
      return `${v}-${max ?? v}${unit}`;
    case '<=':
      return `不超过${v}${unit}`;
    case '=':
      return `${v}${unit}`;
    default:
      return `${v}${unit}`;
  }
}

function describeEn(c: Comparator, v: string, max: string | null, unit: string): string {
  const en = (n: string) => withUnit(n, unit, 'en');
  switch (c) {
    case '>=':
      return `≥ ${en(v)}`;
    case '>':
      return `> ${en(v)}`;
    case '~':
      return `≈ ${en(v)}`;
    case 'range':
      return en(`${v}–${max ?? v}`);
    case '<=':
      return `≤ ${en(v)}`;
    case '=':
      return `= ${en(v)}`;
    default:
      return en(v);
  }
}
