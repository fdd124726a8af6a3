/**
 * Numbers as plan prose writes them: Arabic with decimals and thousands separators, full-width
 * digits, Chinese numerals (十五, 两, 五千亿), Arabic with Chinese multipliers (1.2万, 5万亿).
 * Everything here is a single left-to-right pass: no backtracking regexes.
 */
import { MULTIPLIER_THEN_CURRENCY, unitAcrossMore, unitStartingAt } from './units.ts';

/** The value of each Chinese digit character (两 and 〇 included). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const MAX_CHINESE_RUN = 16;
const DIGIT_VALUES = new Map(Object.entries(CHINESE_DIGITS));
const SMALL_VALUES = new Map(Object.entries(SMALL_MULTIPLIERS));
const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
/** MULTIPLIERS by character code: read at every character after a number, without making a string. */
const MULTIPLIER_BY_CODE = new Map(Object.entries(MULTIPLIERS).map(([ch, value]) => [ch.charCodeAt(0), value]));

/** Half-width digit value of an ASCII or full-width digit, else -1. */
export function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && digitValue(ch) >= 0;
}

const NUMERAL_CHARS = new Set([...Object.keys(CHINESE_DIGITS), ...Object.keys(MULTIPLIERS)]);

export function isChineseNumeral(ch: string | undefined): boolean {
  return ch !== undefined && NUMERAL_CHARS.has(ch);
}

/** Whether a Chinese numeral run may start with this character (not with 百/千/万/亿 alone). */
function startsChineseNumber(ch: string | undefined): boolean {
  return ch !== undefined && (DIGIT_VALUES.has(ch) || ch === '十');
}

/** Does a known unit start at `pos` whose first character is a multiplier (万元, 亿元, 千瓦…)? */
function unitStartsAt(text: string, pos: number): boolean {
  const unit = unitStartingAt(text, pos);
  // (300亿人民币: the multiplier starts a sum's unit, the currency written for 元.)
  return (unit !== null && unit.length > 1) || MULTIPLIER_THEN_CURRENCY.test(text.slice(pos, pos + 5)) || unitAcrossMore(text, pos) !== null;
}

/**
 * Value of a run of Chinese numerals, or null when the run is not a well-formed number
 * (e.g. "十四五", which is a name). All-digit runs read positionally: 二〇二四 → 2024.
 */
export function parseChineseNumeral(run: string): number | null {
  if (run.length === 0) return null;
  let allDigits = true;
  for (let i = 0; i < run.length && allDigits; i++) if (DIGIT_VALUES.get(run[i]!) === undefined) allDigits = false;
  if (allDigits) {
    let positional = 0;
    for (let i = 0; i < run.length; i++) positional = positional * 10 + DIGIT_VALUES.get(run[i]!)!;
    return positional;
  }
  let yiPart = 0; // everything already multiplied by 亿
  let wanPart = 0; // everything already multiplied by 万 (below 亿)
  let section = 0; // below 万
  let pending: number | null = null; // a digit waiting for its multiplier
  let lastSmall = Infinity; // 十/百/千 must descend inside a section
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]!;
    const digit = DIGIT_VALUES.get(ch);
    if (digit !== undefined) {
      if (pending !== null && pending !== 0 && digit !== 0) return null; // two digits in a row: 十四五
      pending = digit;
      continue;
    }
    const small = SMALL_VALUES.get(ch);
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      section += (pending ?? 1) * small;
      pending = null;
      lastSmall = small;
      continue;
    }
    if (ch === '万') {
      wanPart = (wanPart + section + (pending ?? 0)) * 1e4;
      if (wanPart === 0) wanPart = 1e4;
    } else if (ch === '亿') {
      yiPart = (yiPart + wanPart + section + (pending ?? 0)) * 1e8;
      if (yiPart === 0) yiPart = 1e8;
      wanPart = 0;
    } else {
      return null;
    }
    section = 0;
    pending = null;
    lastSmall = Infinity;
  }
  return yiPart + wanPart + section + (pending ?? 0);
}

/** A number found in text: its value and [start, end) offsets. */
export interface NumberToken {
  value: number;
  start: number;
  end: number;
  /** Written with Chinese numerals (affects what counts as a quantity: a lone 一 is an article). */
  chinese: boolean;
}

/**
 * Read one number starting exactly at `pos`, or null. Stops before a multiplier that begins a
 * unit, so 5万吨 is 5 + 万吨 and 5万亿元 is 5 + 万亿元, while 1.2万户 is 12000 + 户.
 */
export function scanNumber(text: string, pos: number): NumberToken | null {
  const first = text[pos];
  if (isDigit(first)) return scanArabic(text, pos);
  if (startsChineseNumber(first)) return vagueTens(text, pos) || vaguePair(text, pos) ? null : withChineseDecimals(text, scanChinese(text, pos));
  // 百分之○点一: a zero written as a circle starts a number only before its decimal point.
  if (first === '○' && text[pos + 1] === '点') return withChineseDecimals(text, { value: 0, start: pos, end: pos + 1, chinese: true });
  return null;
}

/** 数十家, 几百个, 数万人: "some tens", "a few hundred" — an order of size, no figure (数 and 几 before 十/百/千/万). */
const vagueTens = (text: string, pos: number): boolean => (text[pos - 1] === '数' || text[pos - 1] === '几') && /[十百千万]/.test(text[pos] ?? '');

/**
 * 三四个, 七八十家, 两三千人, 十七八家: two numerals next to each other, the second one more, say "three or four" — an
 * approximation, no figure (read whole it would be 34 or 78). At the pair's first numeral or its second.
 */
function vaguePair(text: string, pos: number): boolean {
  const here = DIGIT_VALUES.get(text[pos] ?? '');
  if (here === undefined) return false;
  const next = DIGIT_VALUES.get(text[pos + 1] ?? '');
  const previous = DIGIT_VALUES.get(text[pos - 1] ?? '');
  return next === here + 1 || (previous !== undefined && here === previous + 1);
}

/** Digits after a decimal point in words: 点 and one digit character each (五点六七 → 5.67, ○点一 → 0.1). */
const DECIMAL_DIGITS: ReadonlyMap<string, number> = new Map<string, number>([...DIGIT_VALUES, ['○', 0] as const].filter(([ch]) => ch !== '两'));

/**
 * A Chinese numeral read on past its decimal point (百分之五点四 → 5.4, 五点六七兆元 → 5.67). Not when a
 * 十/百/千 follows the digits (十点三十分 is a time of day) or when the integer carries a multiplier.
 */
function withChineseDecimals(text: string, token: NumberToken | null): NumberToken | null {
  if (!token || text[token.end] !== '点' || !Number.isInteger(token.value) || token.value >= 1e4) return token;
  let i = token.end + 1;
  let digits = '';
  for (let d = DECIMAL_DIGITS.get(text[i] ?? ''); d !== undefined && digits.length < 8; d = DECIMAL_DIGITS.get(text[i] ?? '')) {
    digits += String(d);
    i++;
  }
  if (digits === '' || SMALL_VALUES.has(text[i] ?? '')) return token;
  return { value: Number(`${token.value}.${digits}`), start: token.start, end: i, chinese: true };
}

function scanArabic(text: string, pos: number): NumberToken | null {
  let i = pos;
  const run = digitRun(text, i);
  let intDigits = run.digits;
  i = run.end;
  // Thousands separators: ASCII comma followed by exactly three digits, repeated.
  while (text[i] === ',' && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4])) {
    intDigits += text.slice(i + 1, i + 4).replace(/[０-９]/g, (d) => String(digitValue(d)));
    i += 4;
  }
  let fraction = '';
  if ((text[i] === '.' || text[i] === '．') && isDigit(text[i + 1])) {
    const run = digitRun(text, i + 1);
    fraction = run.digits;
    i = run.end;
  }
  let value = Number(fraction ? `${intDigits}.${fraction}` : intDigits);
  while (i < text.length) {
    const m = MULTIPLIER_BY_CODE.get(text.charCodeAt(i));
    if (m === undefined || unitStartsAt(text, i)) break;
    // 2.18亿 is 218000000, not 218000000.00000003: a written number has far fewer than 15 digits.
    value = Number((value * m).toPrecision(15));
    i++;
  }
  if (!Number.isFinite(value)) return null;
  return { value, start: pos, end: i, chinese: false };
}

/**
 * The digits from `pos` on, as half-width digits, and where they end. An ASCII run is one slice
 * (no string built digit by digit); full-width digits are converted.
 */
function digitRun(text: string, pos: number): { digits: string; end: number } {
  let i = pos;
  let ascii = true;
  for (let c = text.charCodeAt(i); (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19); c = text.charCodeAt(++i)) {
    if (c > 57) ascii = false;
  }
  if (ascii) return { digits: text.slice(pos, i), end: i };
  let digits = '';
  for (let k = pos; k < i; k++) digits += String(digitValue(text[k]!));
  return { digits, end: i };
}

function scanChinese(text: string, pos: number): NumberToken | null {
  let i = pos;
  // Real numerals are short; the cap keeps the back-off below linear-time per character.
  const limit = Math.min(text.length, pos + MAX_CHINESE_RUN);
  while (i < limit && isChineseNumeral(text[i])) {
    if (i > pos && MULTIPLIER_BY_CODE.has(text.charCodeAt(i)) && unitStartsAt(text, i)) break;
    i++;
  }
  // Back off trailing characters until the run parses (二十大 → 二十; 十四五 → none).
  for (let end = i; end > pos; end--) {
    const value = parseChineseNumeral(text.slice(pos, end));
    if (value !== null) return { value, start: pos, end, chinese: true };
  }
  return null;
}

/**
 * The number a whole string spells, or null: "1.2万" → 12000, "五千亿" → 5e11, "１５" → 15,
 * "3,200" → 3200, "两" → 2, "-5" → -5; "**" (a placeholder) and anything with other text → null.
 */
export function parseNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  let sign = 1;
  let body = trimmed;
  if (body.startsWith('-') || body.startsWith('－') || body.startsWith('+') || body.startsWith('＋')) {
    sign = body.startsWith('-') || body.startsWith('－') ? -1 : 1;
    body = body.slice(1);
  }
  if (body === '') return null;
  const token = scanNumber(body, 0);
  if (!token || token.end !== body.length) return null;
  return sign * token.value;
}
