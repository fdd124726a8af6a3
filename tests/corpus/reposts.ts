/**
 * Reposts of a text that add or change no plan information (a portal's chrome, a PDF's hard line
 * breaks, a Traditional-character mirror…), and how a reading of the repost differs from the
 * reading of the text. `stability.ts` prints the figures; `stability.test.ts` holds the reader
 * to the committed ones (stability.json). No gold is needed: the reader is compared with itself.
 *
 * Each transform is a small pure function over the whole text. None adds a date, a region's name
 * or a number, none drops a line, so the plan read from it must be the plan read from the text.
 */
import { SIMPLIFIED, TRADITIONAL } from '@mubiao/core/reader/traditional';
import type { Plan } from '@mubiao/core';
import { normaliseQuantity, readCorpus } from './scoring.ts';

export interface Transform {
  name: string;
  /** What the repost does, as a line of the printed report. */
  says: string;
  apply: (text: string) => string;
}

// ------------------------------------------------------------------------------------------
// The transforms

/** A portal's breadcrumb before the article (no date, region or number in it). */
const BREADCRUMB = '您当前的位置：首页 > 政务公开 > 工作动态\n\n';
/** A portal's footer after the article. */
const FOOTER = '\n\n【打印本页】【关闭窗口】\n\n相关链接：\n政府门户网站\n\n版权所有：政府办公室　技术支持：信息中心\n';

/**
 * A figure as a PDF keeps it whole: a run of ASCII digits, points and per cent signs is set as a
 * Latin word, never broken; a unit after it is Chinese and breaks as any character does.
 */
const FIGURE_RUN = /[0-9.%]+/g;

/** Half a place for ASCII, as a printed line counts it. */
const placesOf = (ch: string) => (ch.charCodeAt(0) < 0x80 ? 0.5 : 1);

/**
 * Hard line breaks every `width` places (ASCII counting half), as a PDF's text layer gives a
 * paragraph. Lines of a table (tabs) and lines no wider than the page stay. With `keepFigures`
 * a break never falls inside a figure (digits, point, per cent): it moves to before the figure. A text whose
 * lines are wrapped already (most of its long lines stop mid-sentence: a PDF's) is left as it is:
 * a page is printed from paragraphs, not from another page's lines.
 */
export function hardWrap(text: string, width: number, keepFigures: boolean): string {
  if (wrappedAlready(text)) return text;
  return text
    .split('\n')
    .map((line) => (line.includes('\t') ? line : wrapLine(line, width, keepFigures)))
    .join('\n');
}

export function wrappedAlready(text: string): boolean {
  const long = text.split('\n').filter((line) => line.length >= 20 && !line.includes('\t'));
  return long.filter((line) => !/[。！？；：!?;:”」）)]\s*$/.test(line)).length * 2 > long.length;
}

function wrapLine(line: string, width: number, keepFigures: boolean): string {
  // Positions a break may not fall at: inside a figure run (after its first character).
  const inside = new Set<number>();
  if (keepFigures) for (const m of line.matchAll(FIGURE_RUN)) for (let i = m.index + 1; i < m.index + m[0].length; i++) inside.add(i);
  const out: string[] = [];
  let start = 0;
  let places = 0;
  for (let i = 0; i < line.length; i++) {
    places += placesOf(line[i]!);
    if (places < width || i + 1 >= line.length) continue;
    let cut = i + 1;
    while (inside.has(cut) && cut > start + 1) cut--;
    out.push(line.slice(start, cut));
    start = cut;
    places = 0;
    for (let k = cut; k <= i; k++) places += placesOf(line[k]!);
  }
  out.push(line.slice(start));
  return out.join('\n');
}

/**
 * Simplified → Traditional: the inverse of the reader's own Unihan table (not its variant forms),
 * the first Traditional form listed for a character.
 */
const TRADITIONAL_CODE = (() => {
  const inverse = new Map<number, number>();
  for (let i = 0; i < TRADITIONAL.length; i++) {
    const simplified = SIMPLIFIED.charCodeAt(i);
    if (!inverse.has(simplified)) inverse.set(simplified, TRADITIONAL.charCodeAt(i));
  }
  return inverse;
})();

export function toTraditional(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const t = TRADITIONAL_CODE.get(text.charCodeAt(i));
    out += t === undefined ? text[i] : String.fromCharCode(t);
  }
  return out;
}

export function toFullWidthFigures(text: string): string {
  return text.replace(/(?<=\d)\.(?=\d)/g, '．').replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Full-width punctuation a converter writes in ASCII (，；：（）！？ → , ; : ( ) ! ?). */
export function toAsciiPunctuation(text: string): string {
  const ascii: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
  return text.replace(/[，；：（）！？]/g, (c) => ascii[c]!);
}

export const TRANSFORMS: readonly Transform[] = [
  { name: 'breadcrumb', says: 'a portal breadcrumb line before the text', apply: (t) => BREADCRUMB + t },
  { name: 'footer', says: 'a portal footer after the text (print/close, links, copyright)', apply: (t) => t + FOOTER },
  { name: 'wrap35', says: 'PDF hard wrap every 35 places, never inside a figure (digits, point, %)', apply: (t) => hardWrap(t, 35, true) },
  { name: 'wrap35raw', says: 'PDF hard wrap every 35 places, anywhere (inside figures too)', apply: (t) => hardWrap(t, 35, false) },
  { name: 'traditional', says: 'Traditional characters (the reader’s own table inverted)', apply: toTraditional },
  { name: 'corner-quotes', says: '“” ‘’ → 「」 『』', apply: (t) => t.replace(/[“”‘’]/g, (c) => ({ '“': '「', '”': '」', '‘': '『', '’': '』' })[c]!) },
  { name: 'fullwidth', says: 'full-width digits, decimal point and ％', apply: toFullWidthFigures },
  { name: 'ascii-punct', says: 'full-width ，；：（）！？ written as ASCII', apply: toAsciiPunctuation },
  { name: 'no-blank', says: 'blank lines removed', apply: (t) => t.replace(/\n[ \t\u3000]*(?=\n)/g, '') },
  { name: 'blank-doubled', says: 'a blank line after every line', apply: (t) => t.replace(/\n/g, '\n\n') },
  { name: 'indent', says: 'every line indented with two ideographic spaces', apply: (t) => t.replace(/^(?=[^\n])/gm, '\u3000\u3000') },
  { name: 'crlf', says: 'CRLF line ends', apply: (t) => t.replace(/\n/g, '\r\n') },
  { name: 'one-line', says: 'paragraphs joined into one line with spaces', apply: (t) => t.replace(/[ \t\u3000]*\n\s*/g, ' ') },
];

// ------------------------------------------------------------------------------------------
// Comparing two readings

export interface Reading {
  year: number | null;
  region: string | null;
  level: string | null;
  /** Each entry as a key: role, value, max, unit, comparator, year (spans left out). */
  entries: string[];
}

const keyOf = (role: string, q: { value: number | null; max: number | null; unit: string | null }, comparator: string, year: number | null) =>
  `${role} ${q.value}${q.max !== null ? `..${q.max}` : ''} ${q.unit ?? ''} ${comparator} ${year ?? 'null'}`;

/** Each entry's key with its span, in the order of the text (for showing where a difference is). */
export function keyedEntries(plan: Plan): { key: string; span: [number, number] }[] {
  return [
    ...plan.targets.map((t) => ({ key: keyOf('target', normaliseQuantity(t, t.kind), t.comparator, t.year), span: t.span })),
    ...plan.actuals.map((a) => ({
      key: keyOf('actual', normaliseQuantity({ value: a.value, max: null, unit: a.unit }, a.kind), '', a.period.year),
      span: a.span,
    })),
  ].sort((x, y) => x.span[0] - y.span[0]);
}

export function readingOf(plan: Plan): Reading {
  return {
    year: plan.year,
    region: plan.region || null,
    level: plan.level,
    entries: keyedEntries(plan)
      .map((e) => e.key)
      .sort(),
  };
}

export interface Difference {
  /** Entries of the text's reading the repost's reading keeps (as a multiset). */
  kept: number;
  lost: string[];
  added: string[];
  year?: [number | null, number | null];
  region?: [string | null, string | null];
  level?: [string | null, string | null];
}

export function differenceOf(before: Reading, after: Reading): Difference {
  const left = new Map<string, number>();
  for (const e of after.entries) left.set(e, (left.get(e) ?? 0) + 1);
  const lost: string[] = [];
  let kept = 0;
  for (const e of before.entries) {
    const n = left.get(e) ?? 0;
    if (n > 0) {
      left.set(e, n - 1);
      kept++;
    } else lost.push(e);
  }
  const added = [...left].flatMap(([e, n]) => Array<string>(n).fill(e));
  return {
    kept,
    lost,
    added,
    ...(before.year !== after.year ? { year: [before.year, after.year] as [number | null, number | null] } : {}),
    ...(before.region !== after.region ? { region: [before.region, after.region] as [string | null, string | null] } : {}),
    ...(before.level !== after.level ? { level: [before.level, after.level] as [string | null, string | null] } : {}),
  };
}

export const isStable = (d: Difference) => d.lost.length === 0 && d.added.length === 0 && !d.year && !d.region && !d.level;

export interface TransformFigures {
  texts: number;
  stable: number;
  entries: number;
  kept: number;
  added: number;
  year: number;
  region: number;
  level: number;
}

export function figuresOf(diffs: readonly Difference[], readings: readonly Reading[]): TransformFigures {
  return {
    texts: diffs.length,
    stable: diffs.filter(isStable).length,
    entries: readings.reduce((n, r) => n + r.entries.length, 0),
    kept: diffs.reduce((n, d) => n + d.kept, 0),
    added: diffs.reduce((n, d) => n + d.added.length, 0),
    year: diffs.filter((d) => d.year).length,
    region: diffs.filter((d) => d.region).length,
    level: diffs.filter((d) => d.level).length,
  };
}

// ------------------------------------------------------------------------------------------
// The texts and the committed figures

/** The dev texts, never the fresh split (texts being written are not in sources.tsv yet). */
export function devTexts(): { id: string; text: string }[] {
  return readCorpus()
    .filter((d) => d.source.split === 'dev')
    .map((d) => ({ id: d.source.id, text: d.text }));
}

/** What stability.json holds: per transform, the texts read stably (the test fails below it). */
export interface StabilityFile {
  $comment: string;
  stable: Record<string, number>;
  figures: Record<string, TransformFigures>;
}

export function stabilityFile(figures: Record<string, TransformFigures>): StabilityFile {
  return {
    $comment:
      'Written by `pnpm corpus:stability --write` (tests/corpus/stability.ts). stability.test.ts fails when a transform’s stable texts fall below these.',
    stable: Object.fromEntries(Object.entries(figures).map(([name, f]) => [name, f.stable])),
    figures,
  };
}
