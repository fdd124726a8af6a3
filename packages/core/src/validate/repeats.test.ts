import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../model.ts';
import { sameProblem, withoutRepeats } from './repeats.ts';

/** The rule as first written: every finding compared with every earlier-added one of its run. */
function pairwise(findings: readonly Finding[], order: readonly number[], place: ArrayLike<number>, before: number): number[] {
  return order.filter((a, k) => {
    if (a >= before) return true;
    for (let m = k - 1; m >= 0 && place[order[m]!] === place[a]; m--) if (order[m]! < a && sameProblem(findings[order[m]!]!, findings[a]!)) return false;
    for (let m = k + 1; m < order.length && place[order[m]!] === place[a]; m++)
      if (order[m]! < a && sameProblem(findings[order[m]!]!, findings[a]!)) return false;
    return true;
  });
}

const finding = (cell: string, actual: string, plan?: string, targetId = 't1', code: Finding['code'] = 'shortfall'): Finding => ({
  code,
  severity: 'error',
  sheet: '表',
  cell,
  expected: '',
  actual,
  message: '',
  ...(plan ? { target: { plan, targetId, quote: '' } as Finding['target'] } : {}),
});

describe('withoutRepeats', () => {
  it('drops the same problems as the pair-by-pair rule, in short runs and long ones', () => {
    const arbitrary = fc.record({
      parts: fc.array(
        fc.record({
          cell: fc.constantFrom('A1', 'B2', ''),
          actual: fc.constantFrom('1', '2', '3'),
          plan: fc.constantFrom(undefined, 'p', 'q'),
          targetId: fc.constantFrom('t1', 't2'),
          code: fc.constantFrom<Finding['code']>('shortfall', 'unparsed'),
        }),
        { maxLength: 120 },
      ),
      before: fc.nat(130),
      seed: fc.nat(),
    });
    fc.assert(
      fc.property(arbitrary, ({ parts, before, seed }) => {
        const findings = parts.map((p) => finding(p.cell, p.actual, p.plan, p.targetId, p.code));
        const place = findings.map((f) => ['A1', 'B2', ''].indexOf(f.cell));
        // Sorted by place, added order shuffled within a place as the report's sort may leave it.
        const order = findings.map((_, i) => i).sort((a, b) => place[a]! - place[b]! || ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        expect(withoutRepeats(findings, order, place, before)).toEqual(pairwise(findings, order, place, before));
      }),
      { numRuns: 300 },
    );
  });

  it('takes time linear in the findings of one cell (a cell stating thousands of figures was quadratic)', () => {
    const run = (n: number) => {
      const findings = Array.from({ length: n }, (_, i) => finding('C3', String(i % (n / 2)), 'p'));
      const order = findings.map((_, i) => i);
      const place = new Int32Array(n);
      const started = process.cpuUsage();
      const kept = withoutRepeats(findings, order, place);
      const used = process.cpuUsage(started);
      expect(kept.length).toBeLessThan(n);
      return (used.user + used.system) / 1000;
    };
    run(4000);
    const best = (n: number) => Math.min(run(n), run(n), run(n));
    expect(best(32000) / Math.max(5, best(8000))).toBeLessThan(10);
  }, 30_000);
});
