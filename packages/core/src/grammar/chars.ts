/**
 * Character classes as a lookup table over UTF-16 code units, so the per-character passes
 * (clause and sentence boundaries, name quotes) cost one array read per character.
 */
import { PERIOD_WORDS } from './words.ts';

export const CLAUSE = 1;
export const SENTENCE = 2;
export const PAREN_OPEN = 4;
export const PAREN_CLOSE = 8;
/** Characters the lexical pass must look at: digits, numerals, 第, 百分之, stars and mask letters (X亿元), period words. */
export const LEXICAL = 16;

const table = new Uint8Array(0x10000);
const mark = (chars: string, flag: number) => {
  for (const ch of chars) table[ch.charCodeAt(0)]! |= flag;
};
mark('，,；;。！？!?：:\n\r\t（(）)', CLAUSE);
mark('。！？!?\n\r\t', SENTENCE);
mark('（(', PAREN_OPEN);
mark('）)', PAREN_CLOSE);
mark('0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿第*＊Xx×半', LEXICAL);
mark(PERIOD_WORDS.map(([word]) => word[0]!).join(''), LEXICAL);

export function charFlags(code: number): number {
  // charCodeAt of an index inside the string is always below 0x10000.
  return table[code]!;
}

/**
 * The largest of `values` (-Infinity for none), as Math.max gives it, without spreading them into call arguments: a
 * text that writes a year some hundred thousand times would overflow the stack.
 */
export function largest(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The marks a list or digest opens its lines with (■ 2024年成绩单, ●2023年…, ◎ 重点工作): the cleaner and the reader's passes share them. */
export const BULLET_MARKS = '■□●○◆◇▲△★☆·•◎';
