import { CHINESE_DIGITS as DIGITS } from '../grammar/numbers.ts';

/**
 * The value of a section-number numeral: "三" → 3, "十二" → 12, "二十" → 20, "二十三" → 23,
 * "12" → 12. Only what section and item numbers use (up to 99); NaN otherwise. Target numbers
 * are the grammar's job, not this.
 */
export function sectionNumberValue(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const ten = numeral.indexOf('十');
  if (ten === -1) return numeral.length === 1 && numeral in DIGITS ? DIGITS[numeral]! : NaN;
  const tens = ten === 0 ? 1 : DIGITS[numeral.slice(0, ten)];
  const rest = numeral.slice(ten + 1);
  const ones = rest === '' ? 0 : DIGITS[rest];
  if (tens === undefined || ones === undefined || ten > 1 || rest.length > 1) return NaN;
  return tens * 10 + ones;
}

/** A year written digit by digit in Chinese numerals: "二〇二二" → 2022; null when it is not one. */
export function chineseYear(numeral: string): number | null {
  let year = 0;
  for (const ch of numeral) {
    const d = ch === '○' ? 0 : DIGITS[ch];
    if (d === undefined) return null;
    year = year * 10 + d;
  }
  return numeral.length === 4 ? year : null;
}
