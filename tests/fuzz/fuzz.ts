/**
 * The fuzz run itself, shared by `pnpm fuzz` (run.ts) and the quick pass in `pnpm test`
 * (fuzz.test.ts): makes the cases from a seed, runs them through the harness, saves failures
 * and sums up the figures issue 18 asks for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedCorpus, extensionFor, kindOf } from './corpus.ts';
import { REGRESSIONS, runCases, saveRegression, type CaseOutcome, type FuzzCase, type Limits } from './harness.ts';
import { mutate, rand } from './mutate.ts';

export interface FuzzOptions extends Limits {
  cases: number;
  seed: number;
  jobs: number;
  /** Mutate the real fixtures too, when they are present. */
  real: boolean;
  save: boolean;
  onOutcome?: (o: CaseOutcome) => void;
}

export interface FuzzSummary {
  cases: number;
  seeds: number;
  exits: Record<string, number>;
  failures: CaseOutcome[];
  copiesCompared: number;
  slowest: CaseOutcome | undefined;
  peakRssMb: number;
  wallMs: number;
  saved: string[];
}

export const DEFAULT_LIMITS: Limits = { timeMs: 10_000, memoryMb: 512 };

function* generate(opts: FuzzOptions, corpusSize: { n: number }): Generator<FuzzCase> {
  const corpus = seedCorpus(opts.real);
  corpusSize.n = corpus.length;
  for (let id = 0; id < opts.cases; id++) {
    const r = rand(opts.seed, id);
    const seed = corpus[r.int(corpus.length)]!;
    const { bytes, steps } = mutate(seed.bytes, seed.kind, r);
    yield {
      id,
      name: `case${id}${extensionFor(seed.kind, seed.name)}`,
      bytes,
      origin: `pnpm fuzz --seed ${opts.seed}, case ${id}: ${seed.name}; ${steps.join('; ') || 'unchanged'}`,
    };
  }
}

export async function fuzz(opts: FuzzOptions): Promise<FuzzSummary> {
  const started = performance.now();
  const corpusSize = { n: 0 };
  const outcomes = await runCases(generate(opts, corpusSize), opts);
  return summarise(outcomes, corpusSize.n, performance.now() - started, opts.save ? (o) => saveRegression(o, `s${opts.seed}-c${o.fuzzCase.id}`) : undefined);
}

/** The saved regression inputs, replayed as they are (no mutation). */
export function regressionCases(): FuzzCase[] {
  let files: string[];
  try {
    files = readdirSync(REGRESSIONS)
      .filter((f) => /\.(xlsx|xlsm|csv|bin)$/i.test(f))
      .sort();
  } catch {
    return [];
  }
  return files.map((f, id) => {
    const bytes = new Uint8Array(readFileSync(join(REGRESSIONS, f)));
    const kind = kindOf(f, bytes);
    return { id, name: `regression${id}${extensionFor(kind, f)}`, bytes, origin: `regressions/${f}` };
  });
}

export function summarise(outcomes: CaseOutcome[], seeds: number, wallMs: number, save?: (o: CaseOutcome) => string): FuzzSummary {
  const exits: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.result ? String(o.result.code) : o.failure!.kind;
    exits[key] = (exits[key] ?? 0) + 1;
  }
  const failures = outcomes.filter((o) => o.failure);
  const finished = outcomes.filter((o) => o.result);
  return {
    cases: outcomes.length,
    seeds,
    exits,
    failures,
    copiesCompared: finished.filter((o) => o.result!.copied).length,
    slowest: [...outcomes].sort((a, b) => b.cpuMs - a.cpuMs)[0],
    peakRssMb: Math.max(0, ...outcomes.map((o) => o.peakRssMb)),
    wallMs,
    saved: save ? failures.map(save) : [],
  };
}

export function describeSummary(s: FuzzSummary, limits: Limits): string {
  const count = (kind: string) => s.failures.filter((f) => f.failure!.kind === kind).length;
  const lines = [
    `${s.cases} cases from ${s.seeds} seed files in ${(s.wallMs / 1000).toFixed(1)} s; limits ${limits.timeMs / 1000} s of CPU and ${limits.memoryMb} MB per case`,
    `exit statuses: ${Object.entries(s.exits)
      .sort()
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ')}`,
    `crashes ${count('crash')} · over time ${count('time')} · over memory ${count('memory')} · internal errors (exit 70) ${count('internal-error')} · value changes ${count('value-change')}`,
    `annotated copies compared with their input: ${s.copiesCompared}`,
    `slowest case ${s.slowest ? `${(s.slowest.cpuMs / 1000).toFixed(2)} s CPU, ${(s.slowest.ms / 1000).toFixed(2)} s wall (${s.slowest.fuzzCase.origin})` : '–'}; peak resident memory ${s.peakRssMb} MB`,
  ];
  for (const f of s.failures.slice(0, 20)) lines.push(`FAIL ${f.failure!.kind}: ${f.failure!.detail} — ${f.fuzzCase.origin}`);
  if (s.saved.length) lines.push(`saved ${s.saved.length} failing input${s.saved.length > 1 ? 's' : ''} under tests/fuzz/regressions/`);
  return lines.join('\n');
}
