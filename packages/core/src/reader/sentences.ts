/** What may follow a placeholder's stars: a unit, a multiplier, a decimal point, a comparator word. */
const PLACEHOLDER_UNIT_START = /[.．%％万亿千百元个家户项人台套件座辆名次场期吨亩平公千以左多余]/;

const FULL_OPEN = '（'.charCodeAt(0);
const ASCII_OPEN = '('.charCodeAt(0);
const FULL_CLOSE = '）'.charCodeAt(0);
const ASCII_CLOSE = ')'.charCodeAt(0);
const LINE_BREAK = '\n'.charCodeAt(0);
const STAR = '*'.charCodeAt(0);
const FULL_STOP = '。'.charCodeAt(0);
const FULL_EXCLAMATION = '！'.charCodeAt(0);
const FULL_QUESTION = '？'.charCodeAt(0);
/** Every character splitSentences reads: the brackets, a line break, a star, and the stops that end a sentence. */
const SENTENCE_MARKS = /[（()）\n*。！？]/g;

/** A sentence's [start, end) in the string it was split from. */
export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * Adds [start, end) without the whitespace around it, if anything is left; returns `end`, where the next sentence
 * starts. (Module-level, not a closure per call: the reader splits every region of a document.)
 */
function pushTrimmed(out: SentenceRange[], text: string, start: number, end: number): number {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
  return end;
}

/**
 * Splits prose into sentences at 。！？, line breaks and a run of stars before a space (******). A 。 inside parentheses does not end
 * the sentence ("（责任单位：…市产投公司。）" stays whole, and ends at its closing bracket), so a
 * department list that follows its sentence's 。 becomes a sentence of its own. Whitespace
 * around sentences is left out.
 */
export function splitSentences(text: string, from = 0, to = text.length): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = from;
  let depth = 0;
  // Only brackets, breaks, stars and stops change anything, and most characters are none: a native search jumps from one
  // to the next (a loop in JavaScript, reading every character, cost several times the search).
  const marks = SENTENCE_MARKS;
  marks.lastIndex = from;
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    if (i >= to) break;
    const ch = text.charCodeAt(i);
    if (ch === FULL_OPEN || ch === ASCII_OPEN) depth++;
    else if ((ch === FULL_CLOSE || ch === ASCII_CLOSE) && depth > 0) {
      depth--;
      // "（责任单位：…。）" closes a sentence even though its 。 sits inside the brackets.
      if (depth === 0 && text[i - 1] === '。') {
        start = pushTrimmed(out, text, start, i + 1);
        continue;
      }
    }
    if (ch === LINE_BREAK) {
      depth = 0;
      start = pushTrimmed(out, text, start, i + 1);
    } else if (ch === STAR && text.startsWith('**', i + 1) && text[i - 1] !== '*') {
      // A run of three or more stars not followed by a unit (a reposted headline's ****** before
      // its body) separates; a placeholder (**个, ***亿元) stands before its unit.
      let j = i;
      while (j < to && text[j] === '*') j++;
      if (j < to && !PLACEHOLDER_UNIT_START.test(text[j]!)) {
        depth = 0;
        pushTrimmed(out, text, start, i);
        start = j;
        marks.lastIndex = j;
      }
    } else if (depth === 0 && (ch === FULL_STOP || ch === FULL_EXCLAMATION || ch === FULL_QUESTION)) {
      start = pushTrimmed(out, text, start, i + 1);
    }
  }
  pushTrimmed(out, text, start, to);
  return out;
}
