/**
 * Runs fuzz cases in child processes with a time and a memory limit. Each worker (worker.ts)
 * takes cases one at a time; the parent watches its resident memory while a case runs and kills
 * it past the limit, kills it past the time limit, and counts a worker that dies (a signal, or
 * exit 133/134/137 from V8) as a crash of the case it was running. Exit 70 (the CLI's internal
 * error) and any value changed in an annotated copy are failures too. Failing inputs are saved
 * under regressions/ with a note of how they were made, and replayed by fuzz.test.ts.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CaseResult } from './worker.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const REGRESSIONS = join(here, 'regressions');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface FuzzCase {
  /** Case number (or a regression file's index). */
  id: number;
  /** File name the case is written under (its extension decides CSV or workbook). */
  name: string;
  bytes: Uint8Array;
  /** How it was made, for the failure note. */
  origin: string;
}

export interface Limits {
  /** CPU time a case may take (user + system of its worker): a loaded machine does not inflate it. */
  timeMs: number;
  memoryMb: number;
}

/** Wall-clock backstop for a worker that waits instead of working: this many times the CPU limit. */
const WALL_FACTOR = 6;

export type FailureKind = 'crash' | 'time' | 'memory' | 'internal-error' | 'value-change';

export interface CaseOutcome {
  fuzzCase: FuzzCase;
  /** Wall-clock and CPU milliseconds of the case. */
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  result?: CaseResult;
  failure?: { kind: FailureKind; detail: string };
}

/** CPU milliseconds (user + system) a process has used, from /proc (0 where there is none). */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

function rssMb(pid: number): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return (pages * 4096) / 1048576;
  } catch {
    return 0;
  }
}

class Worker {
  private child!: ChildProcess;
  private ready!: Promise<void>;

  constructor(private readonly limits: Limits) {
    this.start();
  }

  private start(): void {
    this.child = fork(join(here, 'worker.ts'), [], {
      execArgv: ['--import', tsx, `--max-old-space-size=${this.limits.memoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child.stderr?.resume();
    this.ready = new Promise((done, fail) => {
      this.child.once('message', () => done());
      this.child.once('exit', (code) => fail(new Error(`fuzz worker did not start (exit ${code})`)));
    });
    // A worker stopped before it was ready is not an error of its own; run() still sees it.
    this.ready.catch(() => undefined);
  }

  restart(): void {
    this.child.kill('SIGKILL');
    this.start();
  }

  async run(fuzzCase: FuzzCase): Promise<CaseOutcome> {
    await this.ready;
    const child = this.child;
    const started = performance.now();
    const cpuStart = cpuMsOf(child.pid!);
    let cpu = 0;
    let peak = rssMb(child.pid!);
    return new Promise<CaseOutcome>((done) => {
      let settled = false;
      const finish = (outcome: Omit<CaseOutcome, 'fuzzCase' | 'ms' | 'cpuMs' | 'peakRssMb'>, restart: boolean) => {
        if (settled) return;
        settled = true;
        cpu = Math.max(cpu, cpuMsOf(child.pid!) - cpuStart);
        clearInterval(watch);
        clearTimeout(timer);
        child.removeListener('message', onMessage);
        child.removeListener('exit', onExit);
        if (restart) this.restart();
        done({ fuzzCase, ms: performance.now() - started, cpuMs: cpu, peakRssMb: Math.round(peak), ...outcome });
      };
      const onMessage = (result: CaseResult) => {
        peak = Math.max(peak, result.rssMb);
        const failure =
          result.code === 70
            ? { kind: 'internal-error' as const, detail: result.firstError }
            : result.valueChanges > 0
              ? { kind: 'value-change' as const, detail: `${result.valueChanges} changes, first ${result.firstChange}` }
              : undefined;
        // A worker grown large would make the next case's memory look like its own: start afresh.
        finish({ result, ...(failure ? { failure } : {}) }, peak > this.limits.memoryMb * 0.6);
      };
      const onExit = (code: number | null, signal: string | null) =>
        finish({ failure: { kind: 'crash', detail: `worker ended: ${signal ?? `exit ${code}`}` } }, true);
      const watch = setInterval(() => {
        peak = Math.max(peak, rssMb(child.pid!));
        cpu = cpuMsOf(child.pid!) - cpuStart;
        if (peak > this.limits.memoryMb) finish({ failure: { kind: 'memory', detail: `${Math.round(peak)} MB resident` } }, true);
        else if (cpu > this.limits.timeMs) finish({ failure: { kind: 'time', detail: `over ${this.limits.timeMs} ms of CPU` } }, true);
      }, 20);
      const wall = this.limits.timeMs * WALL_FACTOR;
      const timer = setTimeout(() => finish({ failure: { kind: 'time', detail: `over ${wall} ms of wall-clock time` } }, true), wall);
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ id: fuzzCase.id, name: fuzzCase.name, bytes: fuzzCase.bytes });
    });
  }

  stop(): void {
    this.child.kill('SIGKILL');
  }
}

/** Runs the cases on `jobs` workers; `onOutcome` sees each as it ends (for progress). */
export async function runCases(
  cases: AsyncIterable<FuzzCase> | Iterable<FuzzCase>,
  opts: Limits & { jobs: number; onOutcome?: (o: CaseOutcome) => void },
): Promise<CaseOutcome[]> {
  const workers = Array.from({ length: opts.jobs }, () => new Worker(opts));
  const outcomes: CaseOutcome[] = [];
  const iterator = Symbol.asyncIterator in cases ? cases[Symbol.asyncIterator]() : cases[Symbol.iterator]();
  const take = async () => await iterator.next();
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let next = await take(); !next.done; next = await take()) {
          const outcome = await worker.run(next.value);
          outcomes.push(outcome);
          opts.onOutcome?.(outcome);
        }
      }),
    );
  } finally {
    for (const w of workers) w.stop();
  }
  return outcomes.sort((a, b) => a.fuzzCase.id - b.fuzzCase.id);
}

/** Saves a failing input and a note of how it was made; returns the file's path. */
export function saveRegression(outcome: CaseOutcome, tag: string): string {
  mkdirSync(REGRESSIONS, { recursive: true });
  const ext = outcome.fuzzCase.name.match(/\.[a-z]+$/i)?.[0] ?? '.bin';
  const file = join(REGRESSIONS, `${tag}-${outcome.failure!.kind}${ext}`);
  writeFileSync(file, outcome.fuzzCase.bytes);
  writeFileSync(`${file}.txt`, `${outcome.fuzzCase.origin}\n${outcome.failure!.kind}: ${outcome.failure!.detail}\n`);
  return file;
}
