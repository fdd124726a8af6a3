/**
 * Every match of a global `pattern` in `text`, exactly as `text.matchAll(pattern)` gives them (from the pattern's
 * lastIndex, which is left as it was; an empty match steps one character, or one code point under u/v), gathered
 * before the caller looks at any, so the pattern may be used again inside the caller's loop.
 * Why not matchAll: it copies the pattern on every call (a new RegExp through its species), which on a sentence costs
 * several times the search itself, and the grammar runs dozens of patterns per sentence.
 * (A module of its own, importing nothing, as stop-finder.ts: the grammar and the reader both use it.)
 */
export function matchesOf(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchesOf needs a global pattern (as matchAll does)');
  const saved = pattern.lastIndex;
  let m = pattern.exec(text);
  // (Most searches find nothing — it runs about a hundred times per sentence read — so they share one empty answer.)
  if (!m) {
    pattern.lastIndex = saved;
    return NO_MATCHES;
  }
  const found: RegExpExecArray[] = [];
  for (; m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex = stepOver(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = saved;
  return found;
}

/** The answer of every search that finds nothing (frozen: callers read it, never add to it). */
const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * matchesOf, searched only when `text` holds `word`, which every match of `pattern` holds: looking for one word costs a
 * fraction of what trying a pattern at every character does, and most sentences hold none of a rare pattern's words.
 */
export function matchesHolding(word: string, pattern: RegExp, text: string): readonly RegExpExecArray[] {
  return text.includes(word) ? matchesOf(pattern, text) : NO_MATCHES;
}

/**
 * The first match of a non-global `pattern` in `text`, tried only when `text` holds one of `words`, one of which every
 * match holds (the same saving as matchesHolding, for a pattern looked for once).
 */
export function firstHolding(words: string | readonly string[], pattern: RegExp, text: string): RegExpExecArray | null {
  if (pattern.global || pattern.sticky) throw new TypeError('firstHolding needs a pattern without g or y (exec keeps no state then)');
  return holdsAny(text, words) ? pattern.exec(text) : null;
}

/** `text.replace(pattern, replacer)`, tried only when `text` holds `word`, which every match holds; else `text` itself. */
export function replaceHolding(word: string, pattern: RegExp, text: string, replacer: (match: string) => string): string {
  return text.includes(word) ? text.replace(pattern, replacer) : text;
}

function holdsAny(text: string, words: string | readonly string[]): boolean {
  if (typeof words === 'string') return text.includes(words);
  // (A loop, not words.some with a closure: this runs on every sentence, and the closure costs more than the includes.)
  for (let i = 0; i < words.length; i++) if (text.includes(words[i]!)) return true;
  return false;
}

/** The index after `at`: past a whole surrogate pair when the pattern reads code points (AdvanceStringIndex). */
function stepOver(text: string, at: number, codePoints: boolean): number {
  if (!codePoints || at + 1 >= text.length) return at + 1;
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? at + 2 : at + 1;
}
