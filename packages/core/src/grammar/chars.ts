/**
 * Character classes as a lookup table over UTF-16 code units, so the per-character passes
 * (clause and sentence boundaries, name quotes) cost one array read per character.
 */

export const CLAUSE = 1;
export const SENTENCE = 2;
export const PAREN_OPEN = 4;
export const PAREN_CLOSE = 8;

const table = new Uint8Array(0x10000);
const mark = (chars: string, flag: number) => {
  for (const ch of chars) table[ch.charCodeAt(0)]! |= flag;
};
mark('，,；;。！？!?：:\n\r\t（(）)', CLAUSE);
mark('。！？!?\n\r\t', SENTENCE);
mark('（(', PAREN_OPEN);
mark('）)', PAREN_CLOSE);

export function charFlags(code: number): number {
  return table[code] ?? 0;
}
