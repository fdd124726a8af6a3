/**
 * Read benchmark: reads every seed document with the plan reader many times on one core and
 * prints characters/s, MB/s (UTF-8 bytes of plan text) and targets/s, next to baselines measured
 * in the same run on the same text (UTF-8 decoding, a trivial number-scanning regex), so the
 * figures can be compared across machines. Goal: ≥ 1 MB of plan text per second.
 *
 *   npx tsx tests/bench/read.ts [--seconds N] [--strict]
 *
 * --strict exits 1 when the goal is missed (for CI on a quiet machine).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText, extractPlan } from '@mubiao/core';

const root = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'seeds/manifest.json'), 'utf8')) as {
  plans: { name: string; file: string; part: 'body' | 'table' }[];
};
const docs = manifest.plans.map((p) => {
  const bytes = readFileSync(join(root, 'seeds', p.file));
  return { ...p, bytes, text: new TextDecoder().decode(bytes) };
});
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3;
const chars = docs.reduce((n, d) => n + d.text.length, 0);
const bytes = docs.reduce((n, d) => n + d.bytes.length, 0);

interface Measure {
  rounds: number;
  ms: number;
  /** Work units per round (targets for the reader). */
  units: number;
}

/** Runs `round` repeatedly for about `budget` seconds after a short warm-up. */
function measure(round: () => number, budget: number): Measure {
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) round();
  let rounds = 0;
  let units = 0;
  const start = performance.now();
  const end = start + budget * 1000;
  while (performance.now() < end) {
    units = round();
    rounds++;
  }
  return { rounds, ms: performance.now() - start, units };
}

const perSecond = (m: Measure, amount: number) => (amount * m.rounds) / (m.ms / 1000);
const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1));

let sink = 0;
const reader = measure(() => docs.reduce((n, d) => n + extractPlan(d.text, { part: d.part }).targets.length, 0), seconds);
const cleaning = measure(() => docs.reduce((n, d) => n + cleanText(d.text).text.length, 0), seconds / 3);
const decoder = new TextDecoder();
const decoding = measure(() => docs.reduce((n, d) => n + decoder.decode(d.bytes).length, 0), seconds / 3);
const scanning = measure(() => docs.reduce((n, d) => n + (d.text.match(/\d+(?:\.\d+)?%?/g)?.length ?? 0), 0), seconds / 3);
sink += reader.units + cleaning.units + decoding.units + scanning.units;

const readerBytes = perSecond(reader, bytes);
const rows: [string, Measure, string][] = [
  ['plan reader (extractPlan)', reader, `${fmt(perSecond(reader, reader.units))}targets/s`],
  ['  of which cleaning only', cleaning, ''],
  ['baseline: UTF-8 decode', decoding, ''],
  ['baseline: number regex scan', scanning, ''],
];
console.log(`Seeds: ${docs.length} plans from ${new Set(docs.map((d) => d.file)).size} documents, ${chars} characters, ${(bytes / 1024).toFixed(1)} KiB UTF-8; ${reader.units} targets per round`);
console.log(`${'stage'.padEnd(30)} ${'rounds'.padStart(7)} ${'ms/round'.padStart(9)} ${'chars/s'.padStart(10)} ${'MB/s'.padStart(8)}  ${'vs reader'.padStart(9)}`);
for (const [label, m, extra] of rows) {
  const mbs = perSecond(m, bytes) / 1e6;
  console.log(
    `${label.padEnd(30)} ${String(m.rounds).padStart(7)} ${(m.ms / m.rounds).toFixed(3).padStart(9)} ${fmt(perSecond(m, chars)).padStart(10)} ${mbs.toFixed(2).padStart(8)}  ${(perSecond(m, bytes) / readerBytes).toFixed(1).padStart(8)}×  ${extra}`,
  );
}
const met = readerBytes >= 1e6;
console.log(`Goal ≥ 1 MB/s of plan text on one core: ${(readerBytes / 1e6).toFixed(2)} MB/s — ${met ? 'met' : 'NOT met'}${sink < 0 ? '' : ''}`);
if (!met && process.argv.includes('--strict')) process.exitCode = 1;
