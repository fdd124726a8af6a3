/**
 * Number formats: enough of Excel's format language to tell dates from numbers and to show a
 * value roughly as Excel does (percentages, thousands separators, fixed decimals, dates as
 * YYYY-MM-DD). Exotic formats fall back to Excel's "General" look rather than guessing.
 */

export type FormatKind = 'general' | 'number' | 'date' | 'datetime' | 'time' | 'text';

export interface NumberFormat {
  code: string;
  kind: FormatKind;
}

/** Built-in format ids (ECMA-376 §18.8.30) plus the zh-CN locale's date ids 27–36 and 50–58. */
const BUILTIN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy-mm-dd',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy-mm-dd h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export function builtinFormatCode(id: number): string | undefined {
  return BUILTIN[id];
}

/** Removes quoted literals, escapes, fill/padding and bracketed parts, leaving the placeholders. */
function placeholders(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
}

export function classifyFormat(code: string): FormatKind {
  if (code === '' || /^general$/i.test(code)) return 'general';
  const first = splitSections(code)[0] ?? '';
  if (first.trim() === '@') return 'text';
  const bare = placeholders(first)
    .toLowerCase()
    .replace(/am\/pm|a\/p|上午\/下午/g, '')
    .replace(/general/g, '');
  const dayOrYear = /[yd]/.test(bare);
  const clockPart = /[hs]/.test(bare);
  if (dayOrYear) return clockPart ? 'datetime' : 'date';
  if (clockPart) return 'time';
  if (/m/.test(bare) && !/[0#?]/.test(bare)) return 'date';
  return 'number';
}

export function makeFormat(code: string): NumberFormat {
  return { code, kind: classifyFormat(code) };
}

export const GENERAL: NumberFormat = { code: 'General', kind: 'general' };

/** Splits on ';' outside quotes and brackets. */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '\\' && !quoted) {
      current += c + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '[') bracket = true;
    else if (!quoted && c === ']') bracket = false;
    if (c === ';' && !quoted && !bracket) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

/** Excel's "General": up to 15 significant digits, exponent for very large or small magnitudes. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e11 || (abs < 1e-9 && abs > 0)) {
    const [mantissa, exponent] = n.toExponential(5).split('e') as [string, string];
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(Number(n.toPrecision(15)));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Converts an Excel serial date (1900 or 1904 system) to calendar parts. */
export function serialToDate(serial: number, date1904: boolean): DateParts | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958466) return null;
  let totalSeconds = Math.round(serial * 86400);
  const days = Math.floor(totalSeconds / 86400);
  totalSeconds -= days * 86400;
  const time = { hours: Math.floor(totalSeconds / 3600), minutes: Math.floor((totalSeconds % 3600) / 60), seconds: totalSeconds % 60 };
  if (!date1904 && days === 60) return { year: 1900, month: 2, day: 29, ...time }; // Lotus' phantom leap day
  let epoch: number;
  if (date1904) epoch = Date.UTC(1904, 0, 1);
  else if (days < 60) epoch = Date.UTC(1899, 11, 31);
  else epoch = Date.UTC(1899, 11, 30);
  if (days === 0 && !date1904) return { year: 1900, month: 1, day: 0, ...time };
  const d = new Date(epoch + days * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), ...time };
}

export function isoDate(p: DateParts): string {
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
}

function clock(p: DateParts, withSeconds: boolean): string {
  return `${pad2(p.hours)}:${pad2(p.minutes)}${withSeconds ? `:${pad2(p.seconds)}` : ''}`;
}

export interface FormattedValue {
  value: string | number;
  text: string;
}

/**
 * A numeric cell value as the user sees it. Dates become ISO strings (the typed value too);
 * everything else keeps its number and gets display text.
 */
export function formatNumber(n: number, format: NumberFormat, date1904: boolean): FormattedValue {
  switch (format.kind) {
    case 'general':
    case 'text':
      return { value: n, text: formatGeneral(n) };
    case 'date':
    case 'datetime': {
      const parts = serialToDate(n, date1904);
      if (!parts) return { value: n, text: formatGeneral(n) };
      const date = isoDate(parts);
      if (format.kind === 'date') return { value: date, text: date };
      const withSeconds = /s/i.test(placeholders(format.code));
      return { value: `${date}T${clock(parts, true)}`, text: `${date} ${clock(parts, withSeconds)}` };
    }
    case 'time': {
      const parts = serialToDate(n, date1904);
      if (!parts) return { value: n, text: formatGeneral(n) };
      const elapsed = /\[h+\]/i.test(format.code);
      const hours = elapsed ? Math.floor(n * 24) : parts.hours;
      const withSeconds = /s/i.test(placeholders(format.code));
      return { value: n, text: `${elapsed ? String(hours) : pad2(hours)}:${pad2(parts.minutes)}${withSeconds ? `:${pad2(parts.seconds)}` : ''}` };
    }
    case 'number':
      return { value: n, text: formatWithCode(n, format.code) };
  }
}

/** Formats a number with a numeric format code (sections, literals, %, grouping, decimals, E). */
export function formatWithCode(n: number, code: string): string {
  const sections = splitSections(code);
  let section = sections[0] ?? '';
  let value = n;
  let sign = n < 0 ? '-' : '';
  if (n < 0 && sections.length >= 2 && sections[1] !== undefined) {
    section = sections[1];
    value = -n;
    sign = '';
  } else if (n === 0 && sections.length >= 3 && sections[2] !== undefined) {
    section = sections[2];
  } else {
    value = Math.abs(n);
  }
  // Tokenise the section into literals and one numeric pattern.
  let prefix = '';
  let pattern = '';
  let suffix = '';
  let percent = 0;
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    let literal: string;
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (c === '\\') {
      literal = section[i + 1] ?? '';
      i++;
    } else if (c === '_') {
      literal = ' ';
      i++;
    } else if (c === '*') {
      i++;
      literal = '';
    } else if (c === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      // [$¥-804] carries a currency symbol; [Red] and [>=100] carry none.
      literal = inner.startsWith('$') ? (inner.slice(1).split('-')[0] ?? '') : '';
      i = end < 0 ? section.length : end;
    } else if ('0#?.,'.includes(c) || ((c === 'E' || c === 'e') && pattern !== '' && /[+-]/.test(section[i + 1] ?? ''))) {
      if (suffix !== '') {
        // Placeholders after a literal: keep it simple and treat the rest as literal text.
        suffix += c;
        continue;
      }
      pattern += c;
      if (c === 'E' || c === 'e') {
        pattern += section[i + 1];
        i++;
      }
      continue;
    } else {
      literal = c;
      if (c === '%') percent++;
    }
    if (pattern === '') prefix += literal;
    else suffix += literal;
  }
  if (pattern.replace(/[.,]/g, '') === '') {
    // A section of literals only ("—" for zero), or one built around General ("¥"General).
    const general = /general/i.exec(prefix);
    if (general) return sign + prefix.slice(0, general.index) + formatGeneral(value * 100 ** percent) + prefix.slice(general.index + 7) + suffix;
    return prefix + pattern + suffix;
  }
  value *= 100 ** percent;
  return sign + prefix + renderPattern(value, pattern) + suffix;
}

function renderPattern(value: number, pattern: string): string {
  const expAt = pattern.search(/[Ee][+-]/);
  if (expAt >= 0) {
    const mantissa = pattern.slice(0, expAt);
    const decimals = (mantissa.split('.')[1] ?? '').replace(/[^0#?]/g, '').length;
    const expDigits = pattern.slice(expAt + 2).replace(/[^0]/g, '').length || 1;
    const [m, e] = value.toExponential(decimals).split('e') as [string, string];
    const exp = Number(e);
    return `${m}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(expDigits, '0')}`;
  }
  // Trailing commas scale by a thousand each.
  let p = pattern;
  while (p.endsWith(',')) {
    value /= 1000;
    p = p.slice(0, -1);
  }
  const dot = p.indexOf('.');
  const intPart = dot < 0 ? p : p.slice(0, dot);
  const fracPart = dot < 0 ? '' : p.slice(dot + 1);
  const maxDecimals = fracPart.replace(/[^0#?]/g, '').length;
  const minDecimals = fracPart.replace(/[^0]/g, '').length;
  const grouping = intPart.includes(',');
  const minInt = intPart.replace(/[^0]/g, '').length;
  let fixed = roundHalfAway(value, maxDecimals);
  let [intDigits, fracDigits = ''] = fixed.split('.') as [string, string?];
  while (fracDigits.length > minDecimals && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  if (grouping) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  fixed = intDigits + (fracDigits !== '' ? `.${fracDigits}` : dot >= 0 && maxDecimals === 0 ? '' : '');
  return fixed === '' ? '0' : fixed;
}

/** toFixed rounds binary fractions (1.005 → "1.00"); Excel rounds the decimal the user typed. */
function roundHalfAway(value: number, decimals: number): string {
  const shifted = Number(`${Number(value.toPrecision(15))}e${decimals}`);
  const rounded = Math.round(shifted);
  return Number(`${rounded}e-${decimals}`).toFixed(decimals);
}
