import type { Span } from '../model.ts';

/**
 * Text derived from an original document, with every character traceable to the original
 * characters it came from. `starts[i]`/`ends[i]` are the [start, end) original offsets behind
 * character i: a copied character covers one original code unit, a replacement character covers
 * the whole original match it replaced, a deleted run leaves no characters at all.
 */
export interface MappedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** The identity mapping over an original text. */
export function identityText(original: string): MappedText {
  const n = original.length;
  // One buffer 0…n: starts is its first n entries and ends its last n (ends[i] = i + 1), half
  // the work and memory of two arrays; maps are never written after they are made.
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) offsets[i] = i;
  return { text: original, starts: offsets.subarray(0, n), ends: offsets.subarray(1) };
}

/**
 * The original span behind derived characters [start, end). Because it runs from the first
 * character's origin to the last one's, it includes whatever was removed in between (a page
 * header spliced into a sentence stays inside the span, as the original reads).
 */
export function originalSpan(mapped: MappedText, start: number, end: number): Span {
  const n = mapped.text.length;
  if (n === 0) return [0, 0];
  const s = Math.max(0, Math.min(start, n));
  const e = Math.max(s, Math.min(end, n));
  if (s === e) {
    const at = s < n ? mapped.starts[s]! : mapped.ends[n - 1]!;
    return [at, at];
  }
  const first = mapped.starts[s]!;
  const last = mapped.ends[e - 1]!;
  return first <= last ? [first, last] : coveringSpan(mapped, s, e);
}

/**
 * The original span that covers every character of [start, end), for text whose pieces cleaning put in another order
 * than the original's (a table's cells moved into reading order): the first character's origin may then lie after the
 * last one's. Rare, so the characters are read one by one only here.
 */
function coveringSpan(mapped: MappedText, start: number, end: number): Span {
  let from = mapped.starts[start]!;
  let to = mapped.ends[start]!;
  for (let i = start + 1; i < end; i++) {
    from = Math.min(from, mapped.starts[i]!);
    to = Math.max(to, mapped.ends[i]!);
  }
  return [from, to];
}

/**
 * A piece of a mapped text, keeping its mapping. The maps are views, not copies (a copy per
 * sentence was the reader's largest allocation): no MappedText's maps are written after creation.
 */
export function sliceMapped(mapped: MappedText, start: number, end: number): MappedText {
  return {
    text: mapped.text.slice(start, end),
    starts: mapped.starts.subarray(start, end),
    ends: mapped.ends.subarray(start, end),
  };
}

/** Pieces joined in order (e.g. a table cell continued on the next page). */
export function joinMapped(pieces: readonly MappedText[]): MappedText {
  const length = pieces.reduce((sum, p) => sum + p.text.length, 0);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let at = 0;
  for (const piece of pieces) {
    starts.set(piece.starts, at);
    ends.set(piece.ends, at);
    at += piece.text.length;
  }
  return { text: pieces.map((p) => p.text).join(''), starts, ends };
}

/** Removes leading and trailing whitespace, keeping the mapping. */
export function trimMapped(mapped: MappedText): MappedText {
  const text = mapped.text;
  let s = 0;
  let e = text.length;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s === 0 && e === text.length ? mapped : sliceMapped(mapped, s, e);
}

/**
 * Rewrites every match of `pattern` (must be global) with `replace(match)`. A replacement of
 * the same length maps character for character; any other replacement maps each new character
 * to the whole matched original range; an empty replacement deletes.
 */
export function rewrite(mapped: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  if (!pattern.global) throw new Error('rewrite needs a global pattern');
  const { text } = mapped;
  const edits: { start: number; end: number; text: string }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replace(m);
    if (replacement !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, text: replacement });
  }
  return applyEdits(mapped, edits);
}

/** Applies sorted, non-overlapping edits. */
export function applyEdits(mapped: MappedText, edits: readonly { start: number; end: number; text: string }[]): MappedText {
  if (edits.length === 0) return mapped;
  if (edits.every((e) => e.text.length === e.end - e.start)) return replaceInPlace(mapped, edits);
  // One pass: size the result, then copy kept runs and write replacements into fresh arrays.
  const kept: { start: number; end: number; text: string }[] = [];
  let at = 0;
  let length = mapped.text.length;
  for (const edit of edits) {
    if (edit.start < at) continue; // overlapping edit: the earlier one wins
    kept.push(edit);
    length += edit.text.length - (edit.end - edit.start);
    at = edit.end;
  }
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const parts: string[] = [];
  let from = 0;
  let to = 0;
  for (const edit of kept) {
    copyRun(mapped, from, edit.start, starts, ends, to);
    parts.push(mapped.text.slice(from, edit.start), edit.text);
    to += edit.start - from;
    const n = edit.text.length;
    if (n === edit.end - edit.start) {
      copyRun(mapped, edit.start, edit.end, starts, ends, to);
    } else {
      // Each new character maps to the whole matched original range.
      starts.fill(mapped.starts[edit.start] ?? 0, to, to + n);
      ends.fill(mapped.ends[edit.end - 1] ?? 0, to, to + n);
    }
    to += n;
    from = edit.end;
  }
  copyRun(mapped, from, mapped.text.length, starts, ends, to);
  parts.push(mapped.text.slice(from));
  return { text: parts.join(''), starts, ends };
}

/**
 * Copies the maps of characters [from, end) to `at`. A short run is copied by hand: a pass
 * makes thousands of edits, and a subarray view per run was most of its allocation.
 */
function copyRun(mapped: MappedText, from: number, end: number, starts: Int32Array, ends: Int32Array, at: number): void {
  if (end - from > 64) {
    starts.set(mapped.starts.subarray(from, end), at);
    ends.set(mapped.ends.subarray(from, end), at);
    return;
  }
  for (let i = from; i < end; i++) {
    starts[at] = mapped.starts[i]!;
    ends[at++] = mapped.ends[i]!;
  }
}

/** Same-length replacements change characters, not offsets: the maps are shared, not copied. */
function replaceInPlace(mapped: MappedText, edits: readonly { start: number; end: number; text: string }[]): MappedText {
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    parts.push(mapped.text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(mapped.text.slice(at));
  return { text: parts.join(''), starts: mapped.starts, ends: mapped.ends };
}
