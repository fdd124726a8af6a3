/**
 * Meaning-preserving variants of a corpus text (README "Variants"): the same plan written another year, without its
 * headline, in the other width of punctuation and digits, run onto one line, broken as PDF extraction breaks it, or
 * with spaces between characters. Each variant returns the new text and an offset map so the gold's `at`/`words`
 * follow the text. Pure and deterministic (the random ones are seeded by the text's id).
 */
import type { CorpusDocument, Gold } from './scoring.ts';

/**
 * Where each original character went: `starts[i]`..`ends[i]` is the new text that original character `i` became
 * (empty when it was removed). Text inserted between two characters belongs to neither.
 */
export interface OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
}

export interface VariantText {
  text: string;
  map: OffsetMap;
  /** Offsets in the new text where a character was inserted (pdf-breaks: the breaks; spaced: the spaces). */
  inserted: Set<number>;
}

/** Builds a variant left to right: each original character kept, replaced or dropped, and text inserted between. */
class VariantBuilder {
  private readonly out: string[] = [];
  private length = 0;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  readonly inserted = new Set<number>();

  constructor(private readonly original: string) {
    this.starts = new Int32Array(original.length);
    this.ends = new Int32Array(original.length);
  }

  /** Original characters [from, to) become `replacement` (spread over them: the first takes all, the rest nothing). */
  replace(from: number, to: number, replacement: string): void {
    for (let i = from; i < to; i++) {
      this.starts[i] = this.length + (i === from ? 0 : replacement.length);
      this.ends[i] = this.length + replacement.length;
    }
    this.push(replacement);
  }

  /** Original characters [from, to) replaced one for one by `replacement` (same length): offsets stay per character. */
  replaceEach(from: number, replacement: string): void {
    for (let k = 0; k < replacement.length; k++) {
      this.starts[from + k] = this.length + k;
      this.ends[from + k] = this.length + k + 1;
    }
    this.push(replacement);
  }

  keep(i: number): void {
    this.replaceEach(i, this.original[i]!);
  }

  insert(s: string): void {
    for (let k = 0; k < s.length; k++) this.inserted.add(this.length + k);
    this.push(s);
  }

  private push(s: string): void {
    this.out.push(s);
    this.length += s.length;
  }

  done(): VariantText {
    return { text: this.out.join(''), map: { starts: this.starts, ends: this.ends }, inserted: this.inserted };
  }
}

/** The new span of original span [from, to): from its first character's start to its last character's end. */
export function mapSpan(map: OffsetMap, from: number, to: number): [number, number] {
  return [map.starts[from]!, map.ends[to - 1]!];
}

// ------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32 over a hash of the text id: the same id gives the same variant on every run. */
export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------------------------------------
// years+5

const SHIFT = 5;
const CN_DIGITS = '〇一二三四五六七八九';
const PERIODS = ['九五', '十五', '十一五', '十二五', '十三五', '十四五', '十五五', '十六五'];

/** 2023 (half or full width) or 二〇二三 (〇/零/○ for nought) as a number, or null. */
function yearValue(s: string): number | null {
  const half = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d{4}$/.test(half)) return Number(half);
  const cn = s.replace(/[零○]/g, '〇');
  if ([...cn].every((c) => CN_DIGITS.includes(c))) return Number([...cn].map((c) => CN_DIGITS.indexOf(c)).join(''));
  return null;
}

/** The year written as the original was: same digits (half, full width or Chinese, same nought). */
function writeYearLike(original: string, year: number): string {
  const digits = String(year);
  if (/^\d{4}$/.test(original)) return digits;
  if (/^[０-９]{4}$/.test(original)) return digits.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const nought = original.match(/[〇零○]/)?.[0] ?? '〇';
  return [...digits].map((c) => (c === '0' ? nought : CN_DIGITS[Number(c)]!)).join('');
}

const DIGIT = '0-9０-９';
/** A four-digit run standing alone (no digit, decimal point or thousands comma on either side). */
const FOUR_DIGITS = new RegExp(`(?<![${DIGIT}])(?<![${DIGIT}][.．,])[${DIGIT}]{4}(?![${DIGIT}]|[.．,][${DIGIT}])`, 'g');
const CN_YEAR = /[一二][〇零○一二三四五六七八九]{3}(?=年)/g;
/** After a year: 年, a range dash or 至 with another year, a date's month (2023-12, 2023.12, 2023/12), a bracket. */
const YEAR_AFTER = new RegExp(`^(?:\\s*年|\\s*[-—–~～至到]\\s*(?:[${DIGIT}]{4}|[${DIGIT}]{2}年)|[-./／][${DIGIT}]{1,2}(?![${DIGIT}])|[〕\\]］）)】])`);
/** Before a year: a range dash from another year, or a document number's bracket (〔2023〕). */
const YEAR_BEFORE = new RegExp(`(?:[${DIGIT}]{4}\\s*[-—–~～至到]\\s*|[〔\\[［（(【])$`);

export interface YearShift {
  /** The text with every year 2000–2035 and every five-year period moved on; null when unsafe. */
  variant: VariantText | null;
  /** Why it was skipped: the first year-shaped number that is not plainly a year. */
  unsafe?: string;
}

export function shiftYears(text: string): YearShift {
  const edits: { from: number; to: number; to_: string }[] = [];
  for (const m of text.matchAll(FOUR_DIGITS)) {
    const year = yearValue(m[0]);
    if (year === null || year < 2000 || year > 2035) continue;
    const at = m.index;
    const after = text.slice(at + 4, at + 12);
    const before = text.slice(Math.max(0, at - 8), at);
    if (!YEAR_AFTER.test(after) && !YEAR_BEFORE.test(before)) return { variant: null, unsafe: text.slice(Math.max(0, at - 10), at + 10) };
    edits.push({ from: at, to: at + 4, to_: writeYearLike(m[0], year + SHIFT) });
  }
  for (const m of text.matchAll(CN_YEAR)) {
    const year = yearValue(m[0])!;
    if (year < 2000 || year > 2035) continue;
    edits.push({ from: m.index, to: m.index + 4, to_: writeYearLike(m[0], year + SHIFT) });
  }
  // 十三五 → 十四五, 第十三个五年 → 第十四个五年 (the longest period name first: 十五五 before 十五).
  const names = [...PERIODS].sort((a, b) => b.length - a.length).join('|');
  for (const m of text.matchAll(
    new RegExp(`(${names})(?=[”"」』]?(?:规划|时期|期间|期末|末|以来|计划|目标|初|中期|开局|收官|[”"」』]))|第(十[一二三四五])个五年`, 'g'),
  )) {
    if (m[1]) {
      const i = PERIODS.indexOf(m[1]);
      edits.push({ from: m.index, to: m.index + m[1].length, to_: PERIODS[i + 1]! });
    } else {
      const i = PERIODS.indexOf(`${m[2]!}五`);
      edits.push({ from: m.index + 1, to: m.index + 1 + m[2]!.length, to_: PERIODS[i + 1]!.slice(0, -1) });
    }
  }
  edits.sort((a, b) => a.from - b.from);
  const b = new VariantBuilder(text);
  let i = 0;
  for (const e of edits) {
    if (e.from < i) continue;
    while (i < e.from) b.keep(i++);
    if (e.to - e.from === e.to_.length) b.replaceEach(e.from, e.to_);
    else b.replace(e.from, e.to, e.to_);
    i = e.to;
  }
  while (i < text.length) b.keep(i++);
  return { variant: b.done() };
}

/** A label's years moved on (2022年 → 2027年, 十三五 → 十四五); a label with none is kept. */
export function shiftLabel(label: string): string {
  return shiftYears(label).variant?.text ?? label;
}

// ------------------------------------------------------------------------------------------
// no-title

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The first non-empty line, when the headline (sources.tsv's title) is on it: its offsets, line break included. */
export function headlineLine(text: string, title: string): [number, number] | null {
  const m = /^[\s\u3000]*([^\n]+)\n?/.exec(text);
  if (!m) return null;
  const line = squeeze(m[1]!);
  const t = squeeze(title);
  if (line.length < 4 || t.length < 4 || !(line.includes(t) || t.includes(line))) return null;
  return [0, m[0].length];
}

export function dropTitle(text: string, title: string): VariantText | null {
  const line = headlineLine(text, title);
  if (!line) return null;
  const b = new VariantBuilder(text);
  b.replace(line[0], line[1], '');
  for (let i = line[1]; i < text.length; i++) b.keep(i);
  return b.done();
}

// ------------------------------------------------------------------------------------------
// width

const HALF_PUNCT = ',;:()%!?';
const FULL_PUNCT = '，；：（）％！？';
const toFull = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);
const toHalf = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * Punctuation and digits in the other width: `full` writes ASCII , ; : ( ) % ! ? and digits (and a decimal point
 * between digits) full width; `half` writes their full-width forms ASCII. A thousands comma between digits stays.
 */
export function changeWidth(text: string, to: 'full' | 'half'): VariantText {
  const b = new VariantBuilder(text);
  const isDigit = (c: string | undefined) => c !== undefined && /[0-9０-９]/.test(c);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const between = isDigit(text[i - 1]) && isDigit(text[i + 1]);
    let r = c;
    if (to === 'full') {
      if (/[0-9]/.test(c) || (c === '.' && between) || (HALF_PUNCT.includes(c) && !(c === ',' && between))) r = toFull(c);
    } else if (/[０-９]/.test(c) || (c === '．' && between) || FULL_PUNCT.includes(c)) {
      r = toHalf(c);
    }
    b.replaceEach(i, r);
  }
  return b.done();
}

// ------------------------------------------------------------------------------------------
// one-line, pdf-breaks, spaced

/** Every line break removed: paragraphs run together as scraped pages print them. */
export function oneLine(text: string): VariantText {
  const b = new VariantBuilder(text);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || text[i] === '\r') b.replace(i, i + 1, '');
    else b.keep(i);
  }
  return b.done();
}

/**
 * Line breaks as a PDF's extraction prints them: a line broken wherever it reaches the page's width (inside numbers
 * too), counted in full-width places (an ASCII character takes half). `page`: one width for the text, seeded in
 * 28–40, as one document's pages have; `ragged`: a new seeded width in 28–40 for every line (a harsher shape: no
 * common width for the reader to find).
 */
export function pdfBreaks(text: string, seed: string, widths: 'page' | 'ragged' = 'page'): VariantText {
  const random = seededRandom(seed);
  const b = new VariantBuilder(text);
  const next = () => 28 + Math.floor(random() * 13);
  let run = 0;
  let width = next();
  for (let i = 0; i < text.length; i++) {
    b.keep(i);
    if (text[i] === '\n') {
      run = 0;
      continue;
    }
    run += text.charCodeAt(i) < 0x80 ? 0.5 : 1;
    if (run >= width && i + 1 < text.length && text[i + 1] !== '\n') {
      b.insert('\n');
      run = 0;
      if (widths === 'ragged') width = next();
    }
  }
  return b.done();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A space between every two CJK characters, in a seeded fifth of the paragraphs (lines). */
export function spaced(text: string, seed: string): VariantText {
  const random = seededRandom(seed);
  const b = new VariantBuilder(text);
  let chosen = random() < 0.2;
  for (let i = 0; i < text.length; i++) {
    b.keep(i);
    if (text[i] === '\n') chosen = random() < 0.2;
    else if (chosen && CJK.test(text[i]!) && CJK.test(text[i + 1] ?? '')) b.insert(' ');
  }
  return b.done();
}

// ------------------------------------------------------------------------------------------
// The variants of a corpus document, with the gold moved along

export const VARIANTS = ['years+5', 'no-title', 'width-full', 'width-half', 'one-line', 'pdf-breaks', 'pdf-ragged', 'spaced'] as const;
export type VariantName = (typeof VARIANTS)[number];

export interface VariantDocument {
  doc: CorpusDocument;
  variant: VariantText;
  /** For each original gold entry (targets then actuals, in gold order): its index in the variant gold, or null when dropped. */
  kept: (number | null)[];
}

export type VariantResult = { ok: VariantDocument } | { skipped: string };

/** The variant of one document, or why it was skipped (years+5 unsafe, no headline on the first line). */
export function variantOf(doc: CorpusDocument, name: VariantName): VariantResult {
  const { text } = doc;
  const id = doc.source.id;
  let v: VariantText | null;
  if (name === 'years+5') {
    const s = shiftYears(text);
    if (!s.variant) return { skipped: `unsafe: ${s.unsafe}` };
    if ([...doc.gold.targets, ...doc.gold.actuals].some((e) => /(?<![0-9.])20[0-3][0-9](?![0-9])/.test(e.words) && !/年/.test(e.words)))
      return { skipped: 'a gold figure is year-shaped' };
    v = s.variant;
  } else if (name === 'no-title') {
    v = dropTitle(text, doc.source.title);
    if (!v) return { skipped: 'no headline on the first line' };
  } else if (name === 'width-full' || name === 'width-half') v = changeWidth(text, name === 'width-full' ? 'full' : 'half');
  else if (name === 'one-line') v = oneLine(text);
  else if (name === 'pdf-breaks' || name === 'pdf-ragged') v = pdfBreaks(text, id, name === 'pdf-breaks' ? 'page' : 'ragged');
  else v = spaced(text, id);
  return { ok: moveGold(doc, v, name === 'years+5') };
}

/** The gold over the variant text: spans through the map, words re-read, years moved when the variant moved them. */
function moveGold(doc: CorpusDocument, v: VariantText, years: boolean): VariantDocument {
  const year = (y: number | null) => (years && y !== null && y >= 2000 && y <= 2035 ? y + SHIFT : y);
  const kept: (number | null)[] = [];
  const place = <T extends { at: number; words: string }>(e: T, list: T[]): void => {
    const [from, to] = mapSpan(v.map, e.at, e.at + e.words.length);
    if (to <= from) {
      kept.push(null);
      return;
    }
    kept.push(list.length);
    list.push({ ...e, at: from, words: v.text.slice(from, to) });
  };
  const targets: Gold['targets'] = [];
  const actuals: Gold['actuals'] = [];
  for (const t of doc.gold.targets) place({ ...t, year: year(t.year) }, targets);
  for (const a of doc.gold.actuals)
    place({ ...a, period: { ...a.period, year: year(a.period.year), label: years ? shiftLabel(a.period.label) : a.period.label } }, actuals);
  // Variant indices of actuals count after the variant's targets.
  const nTargets = doc.gold.targets.length;
  const keptAll = kept.map((k, i) => (k === null ? null : i < nTargets ? k : targets.length + k));
  const gold: Gold = { ...doc.gold, planYear: year(doc.gold.planYear), targets, actuals };
  return { doc: { ...doc, text: v.text, gold }, variant: v, kept: keptAll };
}
