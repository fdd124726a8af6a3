/**
 * The fuzzer inside `pnpm test`: a quick pass of 500 cases with a fixed seed (the figures are
 * printed), and every saved regression input replayed as it is. Both run each case in a child
 * process with the 10 s CPU / 512 MB limits and fail on a crash, a limit passed, an internal error
 * (exit 70) or an annotated copy whose values differ from its input.
 */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, describeSummary, fuzz, regressionCases, summarise } from './fuzz.ts';
import { runCases } from './harness.ts';

const jobs = Math.max(1, Math.min(2, availableParallelism()));

describe('fuzz', () => {
  it('500 mutated workbooks, CSV and OLE2 files (seed 18): no crash, no limit passed, no value changed', async () => {
    const summary = await fuzz({ ...DEFAULT_LIMITS, cases: 500, seed: 18, jobs, real: true, save: true });
    console.log(`[fuzz] ${describeSummary(summary, DEFAULT_LIMITS).replace(/\n/g, '\n[fuzz] ')}`);
    expect(summary.cases).toBe(500);
    expect(summary.failures.map((f) => `${f.failure!.kind}: ${f.failure!.detail} — ${f.fuzzCase.origin}`)).toEqual([]);
    // The pass must reach the annotator, not only the readers' refusals.
    expect(summary.copiesCompared).toBeGreaterThan(50);
  }, 600_000);

  it('replays every saved regression input', async () => {
    const cases = regressionCases();
    const outcomes = await runCases(cases, { ...DEFAULT_LIMITS, jobs });
    const summary = summarise(outcomes, cases.length, 0);
    expect(summary.cases).toBe(cases.length);
    expect(summary.failures.map((f) => `${f.failure!.kind}: ${f.failure!.detail} — ${f.fuzzCase.origin}`)).toEqual([]);
  }, 600_000);
});
