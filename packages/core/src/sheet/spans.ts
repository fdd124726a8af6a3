import type { Span } from '../model.ts';

/**
 * One frozen [start, end) tuple per span: a 100k-row sheet has 200k claims but only a few
 * hundred distinct spans (a column of cells of one length, one sentence repeated per row), and
 * each claim's own two-element array was ~60 bytes the garbage collector had to copy.
 */
const spans = new Map<number, Span>();

export function sharedSpan(start: number, end: number): Span {
  // Cells longer than 64k characters get their own tuple (no key clash, no unbounded cache).
  if (start < 0 || end < 0 || start >= 65_536 || end >= 65_536) return [start, end];
  const key = start * 65_536 + end;
  let span = spans.get(key);
  if (!span) {
    span = Object.freeze([start, end]) as unknown as Span;
    if (spans.size >= 100_000) spans.clear();
    spans.set(key, span);
  }
  return span;
}
