/**
 * `pnpm corpus`: the plan reader against the corpus gold (README.md in this folder).
 *
 *   pnpm corpus                     the dev split: per document, per genre, overall (for tuning)
 *   pnpm corpus --split fresh|all   the fresh split, or both — only at the end of a change
 *   pnpm corpus --misses            also every miss (with what was reported over its words) and extra
 *   pnpm corpus --only c007,c011    only these documents (of the chosen split)
 *   pnpm corpus --split all --write write tests/corpus/scores.json (corpus.test.ts holds the reader to it)
 *
 * Exit status 0; 2 on bad usage. The goals are printed, not enforced: the test enforces the
 * committed figures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPlan, readStance, unreadFigures, type Stance, type UnreadFigure } from '@mubiao/core';
import {
  CORPUS_DIR,
  figuresOf,
  GOALS,
  lossesOf,
  planYearOutcomes,
  readCorpus,
  regressions,
  scoreDocument,
  scoreFile,
  splitFigures,
  type DocumentScore,
  type Entry,
  type Figures,
  type RoleTally,
  type ScoreFile,
  type SplitFigures,
} from './scoring.ts';

const args = process.argv.slice(2);
const valueOf = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = valueOf('--split') ?? 'dev';
if (!['dev', 'fresh', 'all'].includes(split)) {
  console.error(`pnpm corpus: --split ${split} is not dev, fresh or all`);
  process.exit(2);
}
if (args.includes('--write') && (split !== 'all' || valueOf('--only'))) {
  console.error('pnpm corpus: --write needs --split all and every document (scores.json holds every figure)');
  process.exit(2);
}
const only = valueOf('--only')?.split(',').filter(Boolean);

const corpus = readCorpus();
const chosen = corpus.filter((d) => (split === 'all' || d.source.split === split) && (!only || only.includes(d.source.id)));
const texts = new Map(corpus.map((d) => [d.source.id, d.text]));
const plans = chosen.map((doc) => extractPlan(doc.text));
const scores = chosen.map((doc, i) => scoreDocument(doc, plans[i]));
const unread = chosen.map((doc, i) => unreadFigures(doc.text, plans[i]!));
const stances = new Map(chosen.map((doc, i) => [doc.source.id, readStance(doc.text, plans[i]!.year).stance]));

const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
/** A percentage without its sign, for the document lines' targets / results recall and precision. */
const rate = (x: number | null) => (x === null ? '  —  ' : (x * 100).toFixed(1).padStart(5));

function documentLine(s: DocumentScore): string {
  const f = figuresOf([s]);
  const planYear =
    s.planYear.gold === s.planYear.reported ? `${s.planYear.reported ?? 'null'}` : `${s.planYear.reported ?? 'null'}≠${s.planYear.gold ?? 'null'}`;
  const region = s.region.right ? (s.region.reported ?? 'null') : `${s.region.reported ?? 'null'}≠${s.region.gold}`;
  const level = s.level.right ? s.level.reported : `${s.level.reported ?? 'null'}≠${s.level.gold}`;
  return [
    s.id.padEnd(5),
    s.split.padEnd(5),
    `gold ${String(s.gold.targets).padStart(2)}t ${String(s.gold.actuals).padStart(2)}a`,
    `read ${String(s.reported.targets).padStart(2)}t ${String(s.reported.actuals).padStart(2)}a`,
    `match ${String(s.matched).padStart(2)}`,
    `R ${pct(f.recall)}`,
    `P ${pct(f.precision)}`,
    `year ${pct(f.yearAccuracy)}`,
    `t R/P ${rate(f.targetRecall)}/${rate(f.targetPrecision)}  a R/P ${rate(f.actualRecall)}/${rate(f.actualPrecision)}`,
    `plan ${planYear.padEnd(9)}`,
    `region ${region} ${level}`,
    s.genres.join(';'),
  ].join('  ');
}

function figuresLine(label: string, f: Figures): string {
  return (
    `${label.padEnd(16)} docs ${String(f.documents).padStart(2)}  gold ${String(f.gold).padStart(3)}  read ${String(f.reported).padStart(3)}  ` +
    `match ${String(f.matched).padStart(3)}  recall ${pct(f.recall)}  precision ${pct(f.precision)}  year ${pct(f.yearAccuracy)}  ` +
    `plan year ${pct(f.planYearAccuracy)}  region ${pct(f.regionAccuracy)}  level ${pct(f.levelAccuracy)}  confusion t→a ${f.confusion.targetsAsActuals} a→t ${f.confusion.actualsAsTargets}  ` +
    `period ${pct(f.periodAccuracy)}  estimate ${pct(f.estimateAccuracy)}`
  );
}

/**
 * The row under an overall or genre line: targets and results scored apart (the product checks sheets against targets;
 * results only give context), each recall (matched / gold) and precision (matched / read), and the results read as targets.
 */
function rolesLine(f: Figures): string {
  const role = (name: string, t: RoleTally, recall: number | null, precision: number | null) =>
    `${name} R ${pct(recall)} ${`(${t.matched}/${t.gold})`.padEnd(13)} P ${pct(precision)} ${`(${t.matched}/${t.reported})`.padEnd(13)}`;
  return (
    `${''.padEnd(17)}${role('targets', f.targets, f.targetRecall, f.targetPrecision)}  ·  ` +
    `${role('results', f.actuals, f.actualRecall, f.actualPrecision)}  ·  results read as targets ${f.confusion.actualsAsTargets}`
  );
}

function describe(e: Entry): string {
  const bound = e.role === 'actual' ? `${e.value}` : e.comparator === 'range' ? `${e.value}..${e.max}` : `${e.comparator} ${e.value}`;
  const when = e.role === 'target' ? `year ${e.year ?? 'null'}` : `${e.year ?? ''} ${e.label ?? ''}`.trim();
  return `${e.role} ${e.metric} | ${e.kind} ${bound} ${e.unit ?? ''} | ${when}`;
}

function context(text: string, span: [number, number]): string {
  return `${text.slice(Math.max(0, span[0] - 14), span[0])}【${text.slice(span[0], span[1])}】${text.slice(span[1], span[1] + 8)}`.replace(/\s+/g, ' ');
}

/**
 * The stance the gold implies (only actuals: reports; only targets: plans; both: both; neither: none), against the reader's
 * (readStance): the whole-text decision measured on its own.
 */
function stanceLine(splitScores: readonly DocumentScore[]): string {
  const goldStance = (s: DocumentScore): Stance | null =>
    s.gold.targets > 0 && s.gold.actuals > 0 ? 'both' : s.gold.targets > 0 ? 'plans' : s.gold.actuals > 0 ? 'reports' : null;
  const kinds: Stance[] = ['plans', 'reports', 'both'];
  const counts = new Map<string, number>();
  let right = 0;
  let scored = 0;
  for (const s of splitScores) {
    const gold = goldStance(s);
    const read = stances.get(s.id);
    if (gold === null || read === undefined) continue;
    scored++;
    if (gold === read) right++;
    else {
      counts.set(`${gold}→${read}`, (counts.get(`${gold}→${read}`) ?? 0) + 1);
      if (args.includes('--stances')) console.log(`  stance ${s.id} gold ${gold} read ${read}`);
    }
  }
  const wrong = kinds.flatMap((g) => kinds.filter((r) => r !== g).map((r) => `${g}→${r} ${counts.get(`${g}→${r}`) ?? 0}`));
  return `  stance: ${right}/${scored} right (${pct(scored ? right / scored : null)})  gold→read: ${wrong.join(' · ')}`;
}

function printSplit(name: string, figures: SplitFigures, splitScores: readonly DocumentScore[]): void {
  console.log(`\n${name}`);
  console.log(figuresLine('  overall', figures));
  console.log(rolesLine(figures));
  console.log(stanceLine(splitScores));
  const years = planYearOutcomes(splitScores);
  console.log(`  plan years: ${years.right} right · ${years.unknown} said unknown (the gold gives one) · ${years.wrong} wrong`);
  const l = lossesOf(splitScores);
  console.log(
    `  losses: unread ${l.unread} · other role ${l.role} · comparator ${l.comparator} · unit ${l.unit} · other figure ${l.figure}` +
      ` · extras where the gold has none ${l.extrasAlone}`,
  );
  for (const [genre, f] of Object.entries(figures.genres)) {
    console.log(figuresLine(`  ${genre}`, f));
    console.log(rolesLine(f));
  }
}

function goalLines(name: string, f: SplitFigures): string[] {
  // A split with no documents meets no goal: nothing was shown.
  const mark = (ok: boolean) => (ok && f.documents > 0 ? 'met ' : 'MISS');
  const lines = [
    `${mark((f.recall ?? 0) >= GOALS.recall)} ${name} recall ${pct(f.recall)} ≥ ${GOALS.recall}`,
    `${mark((f.precision ?? 0) >= GOALS.precision)} ${name} precision ${pct(f.precision)} ≥ ${GOALS.precision}`,
    `${mark((f.yearAccuracy ?? 0) >= GOALS.yearAccuracy)} ${name} target-year accuracy ${pct(f.yearAccuracy)} ≥ ${GOALS.yearAccuracy}`,
  ];
  const low = Object.entries(f.genres).filter(([, g]) => (g.recall ?? 1) < GOALS.genre || (g.precision ?? 1) < GOALS.genre);
  lines.push(`${mark(low.length === 0)} ${name} every genre ≥ ${GOALS.genre}${low.length ? ` (below: ${low.map(([g]) => g).join(', ')})` : ''}`);
  const asTargets = f.confusion.actualsAsTargets;
  lines.push(`${mark(asTargets <= GOALS.actualsAsTargets)} ${name} results read as targets (gold actuals, a→t) ${asTargets} ≤ ${GOALS.actualsAsTargets}`);
  return lines;
}

console.log('Plan reader against the corpus gold (exact rule: span over the words; value, max, comparator, unit)\n');
for (const s of scores) console.log(documentLine(s));
const scoresOf = { dev: scores.filter((s) => s.split === 'dev'), fresh: scores.filter((s) => s.split === 'fresh'), all: scores };
const bySplit = { dev: splitFigures(scoresOf.dev), fresh: splitFigures(scoresOf.fresh), all: splitFigures(scoresOf.all) };
if (split !== 'fresh') printSplit('dev split', bySplit.dev, scoresOf.dev);
if (split !== 'dev') printSplit('fresh split', bySplit.fresh, scoresOf.fresh);
if (split === 'all') printSplit('whole corpus', bySplit.all, scoresOf.all);

console.log(`\n${unreadLine(scores, unread)}`);

/**
 * The figures no target or result was read from (core's unreadFigures, what hosts list to the user): how many, and
 * whether the gold targets the reader missed are among them — a missed target a host cannot point to is silent.
 */
function unreadLine(documents: readonly DocumentScore[], figures: readonly UnreadFigure[][]): string {
  const count = figures.reduce((n, f) => n + f.length, 0);
  let missed = 0;
  let listed = 0;
  let readOtherwise = 0;
  documents.forEach((s, i) => {
    for (const m of s.misses) {
      if (m.gold.role !== 'target') continue;
      missed++;
      const [start, end] = m.gold.span;
      if (figures[i]!.some((f) => f.span[0] < end && f.span[1] > start)) listed++;
      else if (m.near.length > 0) readOtherwise++;
    }
  });
  const mean = documents.length ? (count / documents.length).toFixed(1) : '0';
  return (
    `unread figures: ${count} in all (mean ${mean} per text); missed gold targets listed as unread: ${listed} of ${missed}` +
    ` (${readOtherwise} of the rest read over their words as another target or result)`
  );
}

if (args.includes('--misses')) {
  for (const s of scores) {
    const text = texts.get(s.id)!;
    if (s.misses.length === 0 && s.extras.length === 0) continue;
    console.log(`\n${s.id}`);
    for (const m of s.misses) {
      console.log(`  miss   ${String(m.gold.span[0]).padStart(5)} ${context(text, m.gold.span)}  → ${describe(m.gold)}`);
      for (const n of m.near) console.log(`           read: ${describe(n)}`);
    }
    for (const e of s.extras) console.log(`  extra  ${String(e.span[1]).padStart(5)} ${context(text, e.span)}  → ${describe(e)}`);
  }
}

// Matched actuals whose period year or estimate flag is not the gold's.
if (args.includes('--slips')) {
  for (const s of scores) {
    if (s.slips.length === 0) continue;
    console.log(`\n${s.id}`);
    for (const slip of s.slips) {
      const said = (e: Entry) => `${e.year ?? 'null'} ${e.label ?? ''}${e.estimate ? ' 预计' : ''}`;
      const where = `${String(slip.gold.span[0]).padStart(5)} ${context(texts.get(s.id)!, slip.gold.span)}`;
      console.log(`  ${slip.wrong.join('+').padEnd(15)} ${where}  gold ${said(slip.gold)} / read ${said(slip.reported)}`);
    }
  }
}

console.log('\nGoals');
const goalSplits: ['dev' | 'fresh' | 'all', string][] =
  split === 'dev'
    ? [['dev', 'dev']]
    : split === 'fresh'
      ? [['fresh', 'fresh']]
      : [
          ['all', 'whole corpus'],
          ['fresh', 'fresh'],
        ];
for (const [key, label] of goalSplits) for (const line of goalLines(label, bySplit[key])) console.log(`  ${line}`);

const file = join(CORPUS_DIR, 'scores.json');
if (split === 'all' && !only) {
  const current = scoreFile(scores);
  if (existsSync(file)) {
    const fallen = regressions(JSON.parse(readFileSync(file, 'utf8')) as ScoreFile, current);
    console.log(
      fallen.length ? `\nBelow the committed figures (scores.json):\n  ${fallen.join('\n  ')}` : '\nNo figure below the committed ones (scores.json).',
    );
  }
  if (args.includes('--write')) {
    writeFileSync(file, `${JSON.stringify(current, null, 1)}\n`);
    console.log(`wrote ${file}`);
  }
}
