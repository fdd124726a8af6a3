/**
 * Size-doubling benchmark (issue 18): check time (readSheet + validate against the seeded 六安市
 * 2023 plan) must grow linearly in rows and in cell length. Each shape is measured at n, 2n, 4n
 * and 8n; the ratio of each doubling is printed beside the same ratio for a baseline measured in
 * the same run (one linear pass copying every cell's text), with the goal: at most 2.5× per
 * doubling. Every row and cell text is distinct, so no cache hides the work.
 *
 *   pnpm bench:scaling [--repeat N] [--strict]
 *
 * Timings are CPU medians of N runs (default 5), garbage collected between runs. A single
 * doubling is noisy on a shared machine, so each shape also prints its mean per doubling over
 * the whole range, which is what the goal is judged on. --strict exits 1 when that mean passes
 * 2.5 (for a quiet machine; the test suite asserts no timings).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Grid } from '@mubiao/core';
import { gridFromRows, readSheet, validate } from '@mubiao/core';
import { seededPlan } from '@mubiao/seeds';

const GOAL_RATIO = 2.5;
const args = process.argv.slice(2);
const repeat = Number(args[args.indexOf('--repeat') + 1]) || 5;
const strict = args.includes('--strict');
const plan = seededPlan('luan-2023')!;
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const HEADER = ['序号', '重点任务', '内容和要求', '牵头单位', '配合单位'];

interface Shape {
  name: string;
  unit: string;
  sizes: number[];
  /** `run` makes every run's texts its own, so no cache of an earlier run answers for it. */
  make: (n: number, run: number) => Grid;
}

const clause = (i: number, run: number) =>
  `第${run}轮新增规上工业企业${i + 1}户以上，技改投资增长${(i % 90) + 10}.${i % 7}%以上，占地${(i % 9) + 1}亩以上项目${i}个`;

const shapes: Shape[] = [
  {
    name: 'unnumbered task rows (each row its own task)',
    unit: 'rows',
    sizes: [5000, 10000, 20000, 40000],
    make: (n, run) => gridFromRows('表', [HEADER, ...Array.from({ length: n }, (_, i) => ['', `任务${i}`, clause(i, run), i % 3 ? '' : '区经信局', ''])]),
  },
  {
    name: 'one numbered task continued over every row (a page-broken row)',
    unit: 'rows',
    sizes: [2500, 5000, 10000, 20000],
    make: (n, run) =>
      gridFromRows('表', [
        HEADER,
        ['1', '稳定增长', clause(0, run), '区经信局', ''],
        ...Array.from({ length: n - 1 }, (_, i) => ['', '', clause(i + 1, run), '', '']),
      ]),
  },
  {
    name: 'one cell of prose without clause breaks',
    unit: 'chars',
    sizes: [250_000, 500_000, 1_000_000, 2_000_000],
    make: (n, run) => {
      const parts: string[] = [`第${run}轮`];
      for (let i = 0, length = 0; length < n; i++) {
        const piece = `技改投资增长${(i % 90) + 10}%以上和占地${(i % 9) + 1}亩以上项目${i}个和`;
        parts.push(piece);
        length += piece.length;
      }
      return gridFromRows('表', [HEADER, ['1', '稳定增长', parts.join('').slice(0, n), '区经信局', '']]);
    },
  },
];

function cpuMs(fn: () => void): number {
  gc(); // an earlier run's garbage is not this run's work
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The baseline: one pass over every cell's text, as linear as anything can be. */
function copyTexts(grid: Grid): void {
  let chars = 0;
  for (const row of grid.cells) for (const cell of row) if (cell) chars += String(cell.text).split('').length;
  if (chars < 0) throw new Error('unreachable');
}

let worst = 0;
let worstMean = 0;
console.log(`size-doubling: CPU ms, median of ${repeat} runs; goal ≤ ${GOAL_RATIO}× per doubling`);
for (const shape of shapes) {
  console.log(`\n${shape.name}`);
  console.log(`  ${shape.unit.padStart(9)}  ${'check ms'.padStart(9)}  ${'×'.padStart(6)}  ${'baseline ms'.padStart(11)}  ${'×'.padStart(6)}`);
  let previous: { check: number; base: number } | undefined;
  let first: number | undefined;
  let last = 0;
  for (const n of shape.sizes) {
    validate([readSheet(shape.make(n, 0))], [plan]); // warm-up: the first run pays for compilation
    const grids = Array.from({ length: repeat }, (_, run) => shape.make(n, run + 1));
    const check = median(grids.map((grid) => cpuMs(() => validate([readSheet(grid)], [plan]))));
    const base = median(grids.map((grid) => cpuMs(() => copyTexts(grid))));
    const ratio = previous ? check / Math.max(previous.check, 1) : undefined;
    const baseRatio = previous ? base / Math.max(previous.base, 0.5) : undefined;
    if (ratio !== undefined) worst = Math.max(worst, ratio);
    console.log(
      `  ${n.toLocaleString('en-US').padStart(9)}  ${check.toFixed(0).padStart(9)}  ${ratio === undefined ? '     –' : `${ratio.toFixed(2)}×`.padStart(6)}  ${base.toFixed(1).padStart(11)}  ${baseRatio === undefined ? '     –' : `${baseRatio.toFixed(2)}×`.padStart(6)}`,
    );
    previous = { check, base };
    first ??= check;
    last = check;
  }
  // One doubling on a shared machine is noisy; the mean over the range is the steadier figure.
  const mean = (last / Math.max(first!, 1)) ** (1 / (shape.sizes.length - 1));
  worstMean = Math.max(worstMean, mean);
  console.log(`  per doubling over the range: ${mean.toFixed(2)}×`);
}
const ok = worstMean <= GOAL_RATIO;
console.log(
  `\nworst mean per doubling ${worstMean.toFixed(2)}× — ${ok ? 'within' : 'OVER'} the ${GOAL_RATIO}× goal (worst single doubling ${worst.toFixed(2)}×)`,
);
if (strict && !ok) process.exitCode = 1;
