/**
 * `pnpm corpus:variants`: the plan reader on meaning-preserving variants of the corpus texts (README "Variants").
 *
 *   pnpm corpus:variants                    every variant on the dev split (as `pnpm corpus`: never the fresh split)
 *   pnpm corpus:variants --only c007,c011   only these documents
 *   pnpm corpus:variants --variant spaced   only these variants (comma-separated)
 *   pnpm corpus:variants --misses           also each entry matched on the original and lost on the variant, and the
 *                                           texts whose plan year the variant lost (id gold→read)
 *
 * Per variant: the exact rule's figures on the variant (its gold moved along), and against the original's reading the
 * entries matched there and lost here (a brittleness), those lost only where the variant put a character inside their
 * words (a break or a space inside a number: counted apart), the entries gained, the target years and plan years lost.
 */
import { extractPlan } from '@mubiao/core';
import { figuresOf, readCorpus, scoreDocument, type CorpusDocument, type DocumentScore, type Entry } from './scoring.ts';
import { VARIANTS, variantOf, type VariantDocument, type VariantName } from './variants.ts';

const args = process.argv.slice(2);
const valueOf = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = valueOf('--only')?.split(',').filter(Boolean);
const chosenVariants = (valueOf('--variant')?.split(',') ?? [...VARIANTS]) as VariantName[];
for (const v of chosenVariants) {
  if (!VARIANTS.includes(v)) {
    console.error(`pnpm corpus:variants: no variant ${v} (${VARIANTS.join(', ')})`);
    process.exit(2);
  }
}

// The dev split only, as `pnpm corpus` tunes on: a fresh split is read once, at the end of a change (README).
const docs = readCorpus().filter((d) => (only ? only.includes(d.source.id) : d.source.split === 'dev'));

const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** A gold entry of a document in gold order (targets, then actuals), as the scorer's Entry keys it. */
const keyOf = (role: string, from: number, to: number) => `${role}:${from}:${to}`;
function goldKeys(doc: CorpusDocument): string[] {
  return [
    ...doc.gold.targets.map((t) => keyOf('target', t.at, t.at + t.words.length)),
    ...doc.gold.actuals.map((a) => keyOf('actual', a.at, a.at + a.words.length)),
  ];
}
/** The matched gold entries of a score by key, with whether the target's year was right. */
function matchedByKey(s: DocumentScore): Map<string, { yearRight: boolean; reported: Entry }> {
  return new Map(
    s.matches.map((m) => [keyOf(m.gold.role, m.gold.span[0], m.gold.span[1]), { yearRight: m.gold.year === m.reported.year, reported: m.reported }]),
  );
}

const original = docs.map((doc) => scoreDocument(doc, extractPlan(doc.text)));

interface Lost {
  id: string;
  text: string;
  gold: Entry;
  near: Entry[];
  inside: boolean;
  /** one-line: the entry stood on a table row (a line with a tab, a | or two cell gaps), whose rows a joined line loses. */
  row: boolean;
}

/** A table row of the original text: a tab, a |, or two gaps of two spaces or more between cells. */
function onTableRow(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end);
  return /[\t|]/.test(line) || (line.match(/\S[ \u3000]{2,}(?=\S)/g) ?? []).length >= 2;
}

function context(text: string, span: [number, number]): string {
  return `${text.slice(Math.max(0, span[0] - 16), span[0])}【${text.slice(span[0], span[1])}】${text.slice(span[1], span[1] + 10)}`.replace(/\n/g, '⏎');
}
function describe(e: Entry): string {
  const bound = e.role === 'actual' ? `${e.value}` : e.comparator === 'range' ? `${e.value}..${e.max}` : `${e.comparator} ${e.value}`;
  return `${e.role} ${e.metric} | ${e.kind} ${bound} ${e.unit ?? ''} | ${e.year ?? 'null'}`;
}

console.log(`Plan reader on variants of ${docs.length} corpus texts (README "Variants")\n`);
const originalFigures = figuresOf(original);
console.log(
  `original         docs ${docs.length}  recall ${pct(originalFigures.recall)}  precision ${pct(originalFigures.precision)}  year ${pct(originalFigures.yearAccuracy)}  plan year ${pct(originalFigures.planYearAccuracy)}`,
);

const lostLines: string[] = [];
for (const name of chosenVariants) {
  const started = Date.now();
  const variantScores: DocumentScore[] = [];
  const originalScores: DocumentScore[] = [];
  const skips = new Map<string, number>();
  const lost: Lost[] = [];
  const lostTexts = new Map<string, number>();
  let gained = 0;
  let yearsLost = 0;
  let plansLost = 0;
  let plansUnknown = 0;
  const plansLostIds: string[] = [];
  let dropped = 0;
  docs.forEach((doc, di) => {
    const result = variantOf(doc, name);
    if ('skipped' in result) {
      const why = result.skipped.startsWith('unsafe') ? 'a year-shaped number not plainly a year' : result.skipped;
      skips.set(why, (skips.get(why) ?? 0) + 1);
      return;
    }
    const v: VariantDocument = result.ok;
    const vs = scoreDocument(v.doc, extractPlan(v.doc.text));
    const os = original[di]!;
    variantScores.push(vs);
    originalScores.push(os);
    const before = matchedByKey(os);
    const after = matchedByKey(vs);
    const keys = goldKeys(doc);
    const vKeys = goldKeys(v.doc);
    keys.forEach((k, i) => {
      const vi = v.kept[i];
      if (vi === null || vi === undefined) {
        dropped++;
        return;
      }
      const vk = vKeys[vi]!;
      const was = before.get(k);
      const now = after.get(vk);
      if (was && !now) {
        const [from, to] = vk.split(':').slice(1).map(Number) as [number, number];
        let inside = false;
        for (let o = from; o < to; o++) if (v.variant.inserted.has(o)) inside = true;
        const miss = vs.misses.find((m) => keyOf(m.gold.role, m.gold.span[0], m.gold.span[1]) === vk);
        const row = name === 'one-line' && onTableRow(doc.text, Number(k.split(':')[1]));
        lost.push({ id: doc.source.id, text: v.doc.text, gold: miss?.gold ?? was.reported, near: miss?.near ?? [], inside: inside || row, row });
        if (!inside && !row) lostTexts.set(doc.source.id, (lostTexts.get(doc.source.id) ?? 0) + 1);
      } else if (!was && now) gained++;
      else if (was && now && was.yearRight && !now.yearRight) yearsLost++;
    });
    if (os.planYear.gold === os.planYear.reported && vs.planYear.gold !== vs.planYear.reported) {
      if (vs.planYear.reported === null) plansUnknown++;
      else plansLost++;
      plansLostIds.push(`${doc.source.id} ${vs.planYear.gold}→${vs.planYear.reported}`);
    }
  });
  const f = figuresOf(variantScores);
  const o = figuresOf(originalScores);
  const rows = lost.filter((l) => l.row).length;
  const inside = lost.filter((l) => l.inside).length - rows;
  const skipped = [...skips].map(([why, n]) => `${n} skipped (${why})`).join(', ');
  console.log(
    `\n${name.padEnd(16)} docs ${variantScores.length}${skipped ? `, ${skipped}` : ''}${dropped ? `; ${dropped} gold entries in the removed text left out` : ''}  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(
    `  variant        recall ${pct(f.recall)}  precision ${pct(f.precision)}  year ${pct(f.yearAccuracy)}  plan year ${pct(f.planYearAccuracy)}  (read ${f.reported}, match ${f.matched} of ${f.gold})`,
  );
  console.log(
    `  same texts     recall ${pct(o.recall)}  precision ${pct(o.precision)}  year ${pct(o.yearAccuracy)}  plan year ${pct(o.planYearAccuracy)}  (read ${o.reported}, match ${o.matched} of ${o.gold})`,
  );
  console.log(
    `  lost ${lost.length - inside - rows} entries in ${lostTexts.size} texts` +
      `${inside ? ` + ${inside} with a character put inside their words` : ''}${rows ? ` + ${rows} on table rows run together` : ''}; gained ${gained}; target years lost ${yearsLost}; ` +
      `plan years lost ${plansLost} wrong + ${plansUnknown} unknown`,
  );
  const worst = [...lostTexts].sort((a, b) => b[1] - a[1]).slice(0, 12);
  if (worst.length) console.log(`  most lost: ${worst.map(([id, n]) => `${id} ${n}`).join(' · ')}`);
  if (args.includes('--misses') && plansLostIds.length) console.log(`  plan years lost: ${plansLostIds.join(' · ')}`);
  for (const l of lost) {
    lostLines.push(
      `${name.padEnd(11)} ${l.id.padEnd(6)}${l.row ? ' row' : l.inside ? ' inside' : ''} ${context(l.text, l.gold.span)}  → ${describe(l.gold)}` +
        l.near.map((n) => `\n${' '.repeat(19)}read: ${describe(n)}`).join(''),
    );
  }
}

if (args.includes('--misses') && lostLines.length) {
  console.log('\nLost on the variant (matched on the original)');
  for (const line of lostLines) console.log(line);
}
