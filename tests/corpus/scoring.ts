/**
 * Scores the plan reader against the corpus gold (README.md in this folder): the exact rule,
 * per document, per genre and per split. Pure functions over the texts and gold; `score.ts` prints
 * and writes the figures, `corpus.test.ts` holds the reader to the committed ones.
 *
 * The exact rule: a reported target (or actual) matches a gold target (or actual) when its span
 * overlaps the gold `words` and value, max, comparator (targets only) and unit are equal after the
 * README's normalisation (units simplified and half-width, 个百分点 → 百分点, a 万/亿 before a
 * counting unit folded into the value, ranks without a unit; fractions in words to 0.01). Each
 * gold entry matches at most one reported entry and each reported entry at most one gold entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPlan, planLevel, type Plan } from '@mubiao/core';

export const CORPUS_DIR = import.meta.dirname;

export type Split = 'dev' | 'fresh';

export interface Source {
  id: string;
  url: string;
  title: string;
  region: string;
  level: string;
  years: string;
  genres: string[];
  split: Split;
}

interface GoldEntry {
  quote: string;
  words: string;
  at: number;
  metric: string;
  kind: string;
  value: number | null;
  unit: string | null;
  note?: string;
}

export interface GoldTarget extends GoldEntry {
  comparator: string;
  max: number | null;
  year: number | null;
  attribute?: string;
}

export interface GoldActual extends GoldEntry {
  period: { year: number | null; fromMonth?: number; toMonth?: number; label: string };
  estimate?: boolean;
}

export interface Gold {
  id: string;
  planYear: number | null;
  /** The issuer's full path (陕西省宝鸡市陇县), 全国 for the nation; notes in brackets after it. */
  region: string;
  level: string;
  targets: GoldTarget[];
  actuals: GoldActual[];
}

export interface CorpusDocument {
  source: Source;
  text: string;
  gold: Gold;
}

export function readSources(dir = CORPUS_DIR): Source[] {
  const lines = readFileSync(join(dir, 'sources.tsv'), 'utf8').trimEnd().split('\n');
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((line) => {
    const cells = Object.fromEntries(line.split('\t').map((cell, i) => [header[i], cell])) as Record<string, string>;
    return {
      id: cells.id!,
      url: cells.url!,
      title: cells.title!,
      region: cells.region!,
      level: cells.level!,
      years: cells.years!,
      genres: cells.genres!.split(';').filter(Boolean),
      split: cells.split === 'fresh' ? 'fresh' : 'dev',
    };
  });
}

export function readCorpus(dir = CORPUS_DIR): CorpusDocument[] {
  return readSources(dir).map((source) => ({
    source,
    text: readFileSync(join(dir, 'texts', `${source.id}.txt`), 'utf8'),
    gold: JSON.parse(readFileSync(join(dir, 'gold', `${source.id}.json`), 'utf8')) as Gold,
  }));
}

// ------------------------------------------------------------------------------------------
// Normalisation (README "Units and values")

const COUNTING_UNITS = new Set(['户', '家', '个', '项', '人', '人次', '名', '件', '座', '场', '次', '台', '套', '头']);
/** Traditional forms of the characters units are written with. */
const UNIT_CHARS: Readonly<Record<string, string>> = {
  萬: '万',
  億: '亿',
  噸: '吨',
  戶: '户',
  個: '个',
  項: '项',
  臺: '台',
  畝: '亩',
  點: '点',
  輛: '辆',
  時: '时',
  場: '场',
  頭: '头',
  標: '标',
  準: '准',
  頃: '顷',
  裏: '里',
};

export interface Quantity {
  value: number | null;
  max: number | null;
  unit: string | null;
}

/** A unit as the README writes it: simplified, half-width, 个百分点 → 百分点, 台（套） → 台套. */
export function normaliseUnit(unit: string | null): string | null {
  if (unit === null) return null;
  let u = unit.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  u = [...u].map((c) => UNIT_CHARS[c] ?? c).join('');
  if (u === '个百分点') u = '百分点';
  if (/^台[(（]套[)）]$/.test(u)) u = '台套';
  return u === '' ? null : u;
}

/** Value and unit as the README records them: a 万/亿 before a counting unit goes into the value. */
export function normaliseQuantity(q: Quantity, kind: string): Quantity {
  if (kind === 'rank') return { value: q.value, max: q.max, unit: null };
  const unit = normaliseUnit(q.unit);
  if (unit && unit.length > 1 && (unit[0] === '万' || unit[0] === '亿') && COUNTING_UNITS.has(unit.slice(1))) {
    const scale = unit[0] === '万' ? 1e4 : 1e8;
    return { value: q.value === null ? null : q.value * scale, max: q.max === null ? null : q.max * scale, unit: unit.slice(1) };
  }
  return { value: q.value, max: q.max, unit };
}

function sameNumber(a: number | null, b: number | null, tolerance: number): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.max(tolerance, 1e-9 * Math.max(1, Math.abs(b)));
}

/** Fractions written in words (三分之一) are compared to 0.01 (README "Decisions", 6). */
function toleranceOf(words: string): number {
  return /[一二三四五六七八九十两]分之/.test(words) ? 0.01 : 0;
}

// ------------------------------------------------------------------------------------------
// Matching one document

export type Role = 'target' | 'actual';

/** A gold or reported entry reduced to what the exact rule compares. */
export interface Entry {
  role: Role;
  span: [number, number];
  value: number | null;
  max: number | null;
  unit: string | null;
  comparator: string | null;
  kind: string;
  metric: string;
  /** Targets: the year due. Actuals: the period's year. */
  year: number | null;
  label?: string;
  /** Actuals: given as an estimate (预计, 初步预计, a 预计值 column). */
  estimate?: boolean;
  /** Gold: the words of the number as written. */
  words?: string;
}

/** What a target states, as the exact rule compares it. */
function targetEntry(
  t: { value: number | null; max: number | null; unit: string | null; comparator: string; kind: string; metric: string; year: number | null },
  span: [number, number],
  words?: string,
): Entry {
  return {
    role: 'target',
    span,
    ...normaliseQuantity(t, t.kind),
    comparator: t.comparator,
    kind: t.kind,
    metric: t.metric,
    year: t.year,
    ...(words !== undefined ? { words } : {}),
  };
}

/** What an actual states, as the exact rule compares it (no comparator). */
function actualEntry(
  a: { value: number | null; unit: string | null; kind: string; metric: string; period: { year: number | null; label: string }; estimate?: boolean },
  span: [number, number],
  words?: string,
): Entry {
  return {
    role: 'actual',
    span,
    ...normaliseQuantity({ value: a.value, max: null, unit: a.unit }, a.kind),
    comparator: null,
    kind: a.kind,
    metric: a.metric,
    year: a.period.year,
    label: a.period.label,
    estimate: a.estimate === true,
    ...(words !== undefined ? { words } : {}),
  };
}

const byStart = (x: Entry, y: Entry) => x.span[0] - y.span[0];

export function goldEntries(gold: Gold): Entry[] {
  return [
    ...gold.targets.map((t) => targetEntry(t, [t.at, t.at + t.words.length], t.words)),
    ...gold.actuals.map((a) => actualEntry(a, [a.at, a.at + a.words.length], a.words)),
  ].sort(byStart);
}

export function reportedEntries(plan: Plan): Entry[] {
  return [...plan.targets.map((t) => targetEntry(t, t.span)), ...plan.actuals.map((a) => actualEntry(a, a.span))].sort(byStart);
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Same number, max and unit over the same words (comparator and role not compared). */
function sameFigure(gold: Entry, reported: Entry, tolerance: number): boolean {
  return (
    overlaps(gold.span, reported.span) &&
    sameNumber(gold.value, reported.value, tolerance) &&
    sameNumber(gold.max, reported.max, tolerance) &&
    gold.unit === reported.unit
  );
}

function exactMatch(gold: Entry, reported: Entry, tolerance: number): boolean {
  return gold.role === reported.role && sameFigure(gold, reported, tolerance) && (gold.role === 'actual' || gold.comparator === reported.comparator);
}

export interface DocumentScore {
  id: string;
  split: Split;
  genres: string[];
  gold: { targets: number; actuals: number };
  reported: { targets: number; actuals: number };
  /** Gold entries matched exactly (= reported entries matched, one to one). */
  matched: number;
  /** Matched gold targets whose reported year is the gold year. */
  yearsRight: number;
  matchedTargets: number;
  matchedActuals: number;
  /** Matched gold actuals whose reported period has the gold period's year. */
  periodsRight: number;
  /** Matched gold actuals reported as an estimate exactly when the gold says one. */
  estimatesRight: number;
  /** Gold targets reported as actuals, gold actuals reported as targets (same figure, other role). */
  confusion: { targetsAsActuals: number; actualsAsTargets: number };
  planYear: { gold: number | null; reported: number | null };
  /** The issuing region and level, and whether the reader's are the gold's (README "Scoring"). */
  region: { gold: string; reported: string | null; right: boolean };
  level: { gold: string; reported: string | null; right: boolean };
  misses: Miss[];
  extras: Entry[];
  /** Extras over words where the gold has no entry (a figure read that is nobody's target or result). */
  extrasAlone: number;
  /** Matched actuals whose period year or estimate flag is not the gold's. */
  slips: Slip[];
  /** Each matched gold entry with the reported entry it matched (variants.ts compares them across variants). */
  matches: { gold: Entry; reported: Entry }[];
}

export interface Slip {
  gold: Entry;
  reported: Entry;
  wrong: ('period' | 'estimate')[];
}

export interface Miss {
  gold: Entry;
  /** What the reader reported over the same words, if anything (why it is not a match). */
  near: Entry[];
  /** Why, in one word: the first difference between the gold entry and what was read over its words. */
  why: MissKind;
}

/**
 * Why a gold entry was missed, by the first difference the exact rule finds in what was read over its words: nothing
 * read (`unread`); its figure read in the other role (`role`); the same figure and role under another comparator
 * (`comparator`) or unit (`unit`); another figure over its words (`figure`: a number merged with the next, a span run
 * onto another entry). Counted across fresh splits, it says which kind of loss recurs (the corpus README's ledger).
 */
export type MissKind = 'unread' | 'role' | 'comparator' | 'unit' | 'figure';

function missKind(gold: Entry, near: readonly Entry[], tolerance: number): MissKind {
  if (near.length === 0) return 'unread';
  const sameNumbers = (r: Entry) => sameNumber(gold.value, r.value, tolerance) && sameNumber(gold.max, r.max, tolerance);
  if (near.some((r) => r.role !== gold.role && sameFigure(gold, r, tolerance))) return 'role';
  if (near.some((r) => r.role === gold.role && sameFigure(gold, r, tolerance))) return 'comparator';
  if (near.some((r) => sameNumbers(r) && r.unit !== gold.unit)) return 'unit';
  return 'figure';
}

export function scoreDocument(doc: CorpusDocument, plan: Plan = extractPlan(doc.text)): DocumentScore {
  const gold = goldEntries(doc.gold);
  const reported = reportedEntries(plan);
  const taken = new Set<Entry>();
  const matchedGold = new Map<Entry, Entry>();
  for (const g of gold) {
    const tolerance = toleranceOf(g.words ?? '');
    // Among exact matches, the one whose span ends closest to the words' end (spans end at the number).
    let best: Entry | undefined;
    for (const r of reported) {
      if (taken.has(r) || !exactMatch(g, r, tolerance)) continue;
      if (!best || Math.abs(r.span[1] - g.span[1]) < Math.abs(best.span[1] - g.span[1])) best = r;
    }
    if (best) {
      taken.add(best);
      matchedGold.set(g, best);
    }
  }
  const unmatchedReported = reported.filter((r) => !taken.has(r));
  const confusion = { targetsAsActuals: 0, actualsAsTargets: 0 };
  const misses: Miss[] = [];
  for (const g of gold) {
    if (matchedGold.has(g)) continue;
    const tolerance = toleranceOf(g.words ?? '');
    const other = unmatchedReported.find((r) => r.role !== g.role && sameFigure(g, r, tolerance));
    if (other && g.role === 'target') confusion.targetsAsActuals++;
    if (other && g.role === 'actual') confusion.actualsAsTargets++;
    const near = reported.filter((r) => overlaps(r.span, g.span));
    misses.push({ gold: g, near, why: missKind(g, near, tolerance) });
  }
  const matchedTargets = [...matchedGold].filter(([g]) => g.role === 'target');
  const matchedActuals = [...matchedGold].filter(([g]) => g.role === 'actual');
  return {
    id: doc.source.id,
    split: doc.source.split,
    genres: doc.source.genres,
    gold: { targets: doc.gold.targets.length, actuals: doc.gold.actuals.length },
    reported: { targets: plan.targets.length, actuals: plan.actuals.length },
    matched: matchedGold.size,
    matchedTargets: matchedTargets.length,
    yearsRight: matchedTargets.filter(([g, r]) => g.year === r.year).length,
    matchedActuals: matchedActuals.length,
    periodsRight: matchedActuals.filter(([g, r]) => g.year === r.year).length,
    estimatesRight: matchedActuals.filter(([g, r]) => g.estimate === r.estimate).length,
    confusion,
    planYear: { gold: doc.gold.planYear, reported: plan.year },
    region: { gold: doc.gold.region, reported: plan.region || null, right: sameRegion(doc.gold.region, plan.region || null) },
    // Core's level (a placeholder the reader writes when nothing gave one is no level: it scores as wrong, never by chance).
    level: { gold: doc.gold.level, reported: planLevel(plan) ?? null, right: doc.gold.level === planLevel(plan) },
    misses,
    extras: unmatchedReported,
    extrasAlone: unmatchedReported.filter((r) => !gold.some((g) => overlaps(g.span, r.span))).length,
    slips: matchedActuals.map(([g, r]) => slipOf(g, r)).filter((s) => s.wrong.length > 0),
    matches: [...matchedGold].map(([g, r]) => ({ gold: g, reported: r })),
  };
}

function slipOf(gold: Entry, reported: Entry): Slip {
  const wrong: Slip['wrong'] = [];
  if (gold.year !== reported.year) wrong.push('period');
  if (gold.estimate !== reported.estimate) wrong.push('estimate');
  return { gold, reported, wrong };
}

/** The part of a gold region before its notes: 武汉市（另含…） → 武汉市, 高邮市（县级市） → 高邮市. */
function goldPath(region: string): string {
  return region.replace(/[（(].*$/, '').trim();
}

/**
 * A read region is the gold's when it is the gold path's last component or the whole path
 * (陇县 or 陕西省宝鸡市陇县 for 陕西省宝鸡市陇县; not 宝鸡市, and not 城区 for 涪城区). A gold
 * region the text never names (不详) is matched by reading none.
 */
export function sameRegion(gold: string, reported: string | null): boolean {
  const path = goldPath(gold);
  if (path === '不详') return reported === null;
  if (reported === null) return false;
  if (path === reported) return true;
  return path.endsWith(reported) && /[省市州盟区县旗]$/.test(path.slice(0, path.length - reported.length));
}

// ------------------------------------------------------------------------------------------
// Figures

export interface Figures {
  documents: number;
  gold: number;
  reported: number;
  matched: number;
  /** matched / gold, null when there is no gold entry. */
  recall: number | null;
  /** matched / reported, null when nothing was reported. */
  precision: number | null;
  /** Matched targets with the gold year / matched targets, null when none matched. */
  yearAccuracy: number | null;
  /** Documents whose Plan.year is the gold planYear / documents. */
  planYearAccuracy: number | null;
  /** Matched actuals with the gold period's year / matched actuals, null when none matched. */
  periodAccuracy: number | null;
  /** Matched actuals whose estimate flag is the gold's / matched actuals, null when none matched. */
  estimateAccuracy: number | null;
  /** Documents whose Plan.region is the gold region (sameRegion) / documents. */
  regionAccuracy: number | null;
  /** Documents whose Plan.level is the gold level / documents. */
  levelAccuracy: number | null;
  confusion: { targetsAsActuals: number; actualsAsTargets: number };
  /** Targets alone, as the product uses them (a sheet is checked against a plan's targets): gold, read, matched exactly. */
  targets: RoleTally;
  /** Results (actuals) alone, the same. */
  actuals: RoleTally;
  /** Gold targets matched exactly / gold targets, null when the gold has none. */
  targetRecall: number | null;
  /**
   * Read targets matching a gold target exactly / read targets, null when none was read: a result read as a target and a
   * figure no gold holds read as a target both count against it.
   */
  targetPrecision: number | null;
  /** Gold actuals matched exactly / gold actuals, null when the gold has none. */
  actualRecall: number | null;
  /** Read actuals matching a gold actual exactly / read actuals, null when none was read. */
  actualPrecision: number | null;
}

/** One role's entries: in the gold, read, and matched exactly (one to one, so matched gold = matched read). */
export interface RoleTally {
  gold: number;
  reported: number;
  matched: number;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole);
}

export function figuresOf(scores: readonly DocumentScore[]): Figures {
  const sum = (f: (s: DocumentScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const gold = sum((s) => s.gold.targets + s.gold.actuals);
  const reported = sum((s) => s.reported.targets + s.reported.actuals);
  const matched = sum((s) => s.matched);
  const matchedTargets = sum((s) => s.matchedTargets);
  const matchedActuals = sum((s) => s.matchedActuals);
  const targets: RoleTally = { gold: sum((s) => s.gold.targets), reported: sum((s) => s.reported.targets), matched: matchedTargets };
  const actuals: RoleTally = { gold: sum((s) => s.gold.actuals), reported: sum((s) => s.reported.actuals), matched: matchedActuals };
  return {
    documents: scores.length,
    gold,
    reported,
    matched,
    recall: gold === 0 ? null : round(matched / gold),
    precision: reported === 0 ? null : round(matched / reported),
    yearAccuracy: matchedTargets === 0 ? null : round(sum((s) => s.yearsRight) / matchedTargets),
    planYearAccuracy: scores.length === 0 ? null : round(sum((s) => (s.planYear.gold === s.planYear.reported ? 1 : 0)) / scores.length),
    periodAccuracy: matchedActuals === 0 ? null : round(sum((s) => s.periodsRight) / matchedActuals),
    estimateAccuracy: matchedActuals === 0 ? null : round(sum((s) => s.estimatesRight) / matchedActuals),
    regionAccuracy: scores.length === 0 ? null : round(sum((s) => (s.region.right ? 1 : 0)) / scores.length),
    levelAccuracy: scores.length === 0 ? null : round(sum((s) => (s.level.right ? 1 : 0)) / scores.length),
    confusion: {
      targetsAsActuals: sum((s) => s.confusion.targetsAsActuals),
      actualsAsTargets: sum((s) => s.confusion.actualsAsTargets),
    },
    targets,
    actuals,
    targetRecall: ratio(targets.matched, targets.gold),
    targetPrecision: ratio(targets.matched, targets.reported),
    actualRecall: ratio(actuals.matched, actuals.gold),
    actualPrecision: ratio(actuals.matched, actuals.reported),
  };
}

/**
 * How the plan years went, document by document: right; said unknown (null) where the gold gives a year — the user is
 * told the year is unknown; or wrong — a year the gold does not give (also a year where the gold says null), which the
 * user is not told. The accuracy counts the last two alike; this tells them apart.
 */
export function planYearOutcomes(scores: readonly DocumentScore[]): { right: number; unknown: number; wrong: number } {
  const outcomes = { right: 0, unknown: 0, wrong: 0 };
  for (const { planYear } of scores) {
    if (planYear.gold === planYear.reported) outcomes.right++;
    else if (planYear.reported === null) outcomes.unknown++;
    else outcomes.wrong++;
  }
  return outcomes;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** The misses of some documents by kind, and the extras read where the gold has no entry at all (no counterpart of a miss). */
export function lossesOf(scores: readonly DocumentScore[]): Record<MissKind, number> & { extrasAlone: number } {
  const losses = { unread: 0, role: 0, comparator: 0, unit: 0, figure: 0, extrasAlone: 0 };
  for (const s of scores) {
    for (const m of s.misses) losses[m.why]++;
    losses.extrasAlone += s.extrasAlone;
  }
  return losses;
}

export interface SplitFigures extends Figures {
  genres: Record<string, Figures>;
}

export function splitFigures(scores: readonly DocumentScore[]): SplitFigures {
  const genres = [...new Set(scores.flatMap((s) => s.genres))].sort();
  return {
    ...figuresOf(scores),
    genres: Object.fromEntries(genres.map((g) => [g, figuresOf(scores.filter((s) => s.genres.includes(g)))])),
  };
}

/** What scores.json holds: every figure the test compares with the next run. */
export interface ScoreFile {
  $comment: string;
  splits: Record<'dev' | 'fresh' | 'all', SplitFigures>;
  documents: Record<string, DocumentFigures>;
}

/** The rates held per document (corpus.test.ts): none may fall below the committed one; a split holds these and five more. */
const DOCUMENT_RATES = ['recall', 'precision', 'yearAccuracy', 'targetRecall', 'targetPrecision', 'actualRecall', 'actualPrecision'] as const;

/** A document's figures in scores.json. */
export interface DocumentFigures extends Record<(typeof DOCUMENT_RATES)[number], number | null> {
  split: Split;
}

export function scoreFile(scores: readonly DocumentScore[]): ScoreFile {
  return {
    $comment: 'Written by `pnpm corpus --split all --write` (tests/corpus/score.ts). corpus.test.ts fails when a figure falls below these.',
    splits: {
      dev: splitFigures(scores.filter((s) => s.split === 'dev')),
      fresh: splitFigures(scores.filter((s) => s.split === 'fresh')),
      all: splitFigures(scores),
    },
    documents: Object.fromEntries(
      scores.map((s) => {
        const f = figuresOf([s]);
        const figures = { split: s.split, ...Object.fromEntries(DOCUMENT_RATES.map((k) => [k, f[k]])) } as DocumentFigures;
        return [s.id, figures];
      }),
    ),
  };
}

/** Every figure of `committed` that `current` falls below, as "where: committed → current". */
export function regressions(committed: ScoreFile, current: ScoreFile): string[] {
  const out: string[] = [];
  const compare = (where: string, before: number | null | undefined, now: number | null | undefined) => {
    if (typeof before !== 'number') return;
    // (A rate of 0 that has none now cannot have fallen: a precision of 0 where nothing is read any more — every wrong entry of a
    // text whose gold has none is gone.)
    if (typeof now !== 'number' ? before > 0 : now < before - 1e-9) out.push(`${where}: ${before} → ${now ?? 'none'}`);
  };
  const rates = [...DOCUMENT_RATES, 'planYearAccuracy', 'periodAccuracy', 'estimateAccuracy', 'regionAccuracy', 'levelAccuracy'] as const;
  for (const split of ['dev', 'fresh', 'all'] as const) {
    const before = committed.splits[split];
    const now = current.splits[split];
    for (const k of rates) compare(`${split} ${k}`, before[k], now?.[k]);
    for (const [genre, figures] of Object.entries(before.genres)) {
      for (const k of rates) compare(`${split} ${genre} ${k}`, figures[k], now?.genres[genre]?.[k]);
    }
  }
  for (const [id, before] of Object.entries(committed.documents)) {
    const now = current.documents[id];
    for (const k of DOCUMENT_RATES) compare(`${id} ${k}`, before[k], now?.[k]);
  }
  return out;
}

/** The goals, checked on a split's figures. */
export const GOALS = {
  recall: 0.95,
  precision: 0.95,
  genre: 0.9,
  yearAccuracy: 0.97,
  /** Results never reported as targets in a passage that reports results: gold actuals read as targets (a→t), at most. */
  actualsAsTargets: 0,
} as const;
