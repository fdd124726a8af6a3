/**
 * `pnpm fuzz [--cases N] [--seed S] [--jobs J] [--time-ms T] [--memory-mb M] [--no-real] [--no-save]`
 *
 * Mutates the seed sheets and the real fixtures and runs read, check and annotate on each case in
 * a child process with a time and memory limit (default 500 cases, seed 18, 10 s of CPU, 512 MB resident, one
 * worker per core). Fails (exit 1) on any crash, any case over a limit, any internal error (exit
 * 70) and any annotated copy whose values differ from its input; failing inputs are saved under
 * tests/fuzz/regressions/ and replayed by `pnpm test`.
 */
import { availableParallelism } from 'node:os';
import { DEFAULT_LIMITS, describeSummary, fuzz } from './fuzz.ts';

const args = process.argv.slice(2);
const value = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(n) || n < 0) {
    console.error(`pnpm fuzz: ${name} needs a number`);
    process.exit(2);
  }
  return n;
};
const limits = { timeMs: value('--time-ms', DEFAULT_LIMITS.timeMs), memoryMb: value('--memory-mb', DEFAULT_LIMITS.memoryMb) };
const opts = {
  ...limits,
  cases: value('--cases', 500),
  seed: value('--seed', 18),
  jobs: value('--jobs', Math.max(1, availableParallelism())),
  real: !args.includes('--no-real'),
  save: !args.includes('--no-save'),
};
let done = 0;
const summary = await fuzz({
  ...opts,
  onOutcome: (o) => {
    done++;
    if (o.failure) console.log(`FAIL ${o.failure.kind}: ${o.failure.detail} — ${o.fuzzCase.origin}`);
    if (done % 500 === 0) console.log(`… ${done} of ${opts.cases}`);
  },
});
console.log(describeSummary(summary, limits));
process.exitCode = summary.failures.length > 0 ? 1 : 0;
