/**
 * One status rule: for any target and any sheet value, the gauge the report carries and the
 * findings on that cell say the same thing. Generated over every comparator, units that convert
 * (万元/亿元), declines, ceilings, ranges and 左右, promises and results, with and without a
 * period or an as-of date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitInfo } from '../grammar/units.ts';
import type { Comparator, Finding, Gauge, Plan, Target, TargetKind } from '../model.ts';
import type { Claim } from '../sheet/types.ts';
import { judgePromise, judgeResult } from './verdict.ts';
import { validate } from './validate.ts';

const COMPARATORS: Comparator[] = ['>=', '>', '~', 'range', '<=', '='];
const UNITS: Record<TargetKind, string[]> = { growth: ['%'], share: ['%', '百分点'], increment: ['户', '个'], count: ['家', '个'], level: ['亿元', '万元'] };

const arbKind = fc.constantFrom<TargetKind>('growth', 'share', 'increment', 'count', 'level');
const arbNumber = fc.oneof(
  fc.integer({ min: 0, max: 400 }),
  fc.double({ min: 0, max: 400, noNaN: true }).map((x) => Math.round(x * 10) / 10),
);

interface Case {
  kind: TargetKind;
  target: { comparator: Comparator; value: number; max: number | null; unit: string; decline: boolean };
  claim: { role: 'target' | 'actual'; comparator: Comparator; value: number; max: number | null; unit: string; decline: boolean };
  period: number | null;
  asOf: string | null;
}

const arbCase: fc.Arbitrary<Case> = arbKind.chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    target: fc.record({
      comparator: fc.constantFrom(...COMPARATORS),
      value: arbNumber,
      max: fc.option(arbNumber, { nil: null }),
      unit: fc.constantFrom(...UNITS[kind]),
      decline: kind === 'growth' ? fc.boolean() : fc.constant(false),
    }),
    claim: fc.record({
      role: fc.constantFrom<'target' | 'actual'>('target', 'actual'),
      comparator: fc.constantFrom(...COMPARATORS),
      value: arbNumber,
      max: fc.option(arbNumber, { nil: null }),
      unit: fc.constantFrom(...UNITS[kind]),
      decline: kind === 'growth' ? fc.boolean() : fc.constant(false),
    }),
    period: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    asOf: fc.option(fc.constantFrom('2023-03-31', '2023-06-30', '2023-12-31', '2024-02-01'), { nil: null }),
  }),
);

function rangeFixed<T extends { comparator: Comparator; value: number; max: number | null }>(q: T): T {
  if (q.comparator !== 'range') return { ...q, max: null };
  const max = q.max !== null && q.max > q.value ? q.max : q.value + 1;
  return { ...q, max };
}

function build(c: Case): { plan: Plan; claim: Claim; asOf: string | undefined } {
  const t = rangeFixed(c.target);
  const target: Target = {
    id: 't001',
    metric: '技改投资',
    metricKey: '技改投资',
    kind: c.kind,
    comparator: t.comparator,
    value: t.value,
    max: t.max,
    decline: t.decline,
    ...unitInfo(t.unit),
    span: [0, 1],
    quote: '技改投资',
    quoteSpan: [0, 1],
    leads: [],
    partners: [],
    year: 2023,
  };
  const plan: Plan = {
    name: 'p',
    region: '六安市',
    level: 'city',
    year: 2023,
    title: '',
    source: { file: '', chars: 0 },
    targets: [target],
    actuals: [],
    tasks: [],
  };
  const q = rangeFixed(c.claim);
  const actual = c.claim.role === 'actual';
  const claim: Claim = {
    id: 's!C3#0',
    sheet: 's',
    cell: 'C3',
    row: 2,
    col: 2,
    rowKey: 'r3',
    role: c.claim.role,
    metric: '技改投资',
    metricKey: '技改投资',
    kind: c.kind,
    comparator: actual ? '=' : q.comparator,
    value: q.value,
    max: actual ? null : q.max,
    decline: q.decline,
    ...unitInfo(q.unit),
    text: '',
    span: [0, 0],
    leads: [],
    partners: [],
    year: 2023,
    ...(actual && c.period ? { period: { year: 2023, fromMonth: 1, toMonth: c.period, label: `1-${c.period}月` } } : {}),
  };
  return { plan, claim, asOf: c.asOf ?? undefined };
}

/** What the findings on the cell say, as a status, or undefined when they say nothing about the verdict. */
function agrees(gauge: Gauge | undefined, findings: readonly Finding[], role: 'target' | 'actual'): string | null {
  const codes = new Set(findings.map((f) => f.code));
  const short = role === 'target' ? codes.has('shortfall') : codes.has('behind-schedule');
  if (codes.has('unit-mismatch')) return gauge ? 'a unit-mismatch claim has a gauge' : null;
  if (!gauge) return short || codes.has('weaker-comparator') ? 'a finding without a gauge' : null;
  if ((gauge.status === 'short') !== short) return `status ${gauge.status} but findings ${[...codes].join(',') || 'none'}`;
  if (role === 'target' && (gauge.status === 'at-risk') !== codes.has('weaker-comparator'))
    return `status ${gauge.status} but findings ${[...codes].join(',') || 'none'}`;
  if ((gauge.finding !== undefined) !== (short || codes.has('weaker-comparator'))) return `gauge.finding ${gauge.finding} but findings ${[...codes].join(',')}`;
  if (gauge.status !== 'met' && /^(达到目标|处于目标区间内)$/.test(gauge.delta)) return `status ${gauge.status} with delta "${gauge.delta}"`;
  return null;
}

describe('one status rule: gauges and findings agree', () => {
  it('for every generated target and sheet value', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { plan, claim, asOf } = build(c);
        const report = validate([claim], [plan], { gauges: true, missingTargets: false, region: '六安市', year: 2023, ...(asOf ? { asOf } : {}) });
        const gauge = report.gauges?.find((g) => g.cell === 'C3');
        const problem = agrees(
          gauge,
          report.findings.filter((f) => f.cell === 'C3'),
          c.claim.role,
        );
        expect(problem, JSON.stringify(c)).toBeNull();
      }),
      { numRuns: 2000, seed: 20231204 },
    );
  });

  it("the element's own judgement (judgePromise / judgeResult) is the validator's", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { plan, claim, asOf } = build(c);
        const report = validate([claim], [plan], { gauges: true, missingTargets: false, region: '六安市', year: 2023, ...(asOf ? { asOf } : {}) });
        const gauge = report.gauges?.find((g) => g.cell === 'C3');
        if (!gauge) return;
        const target = plan.targets[0]!;
        const status = claim.role === 'target' ? judgePromise(claim, target).status : judgeResult(claim, target, gauge.elapsed).status;
        expect(status, JSON.stringify(c)).toBe(gauge.status);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});

describe('the rule by example', () => {
  const q = (comparator: Comparator, value: number | null, unit: string, max: number | null = null, decline = false) => ({
    comparator,
    value,
    max,
    decline,
    ...unitInfo(unit),
  });
  const rate = (comparator: Comparator, value: number | null, max: number | null = null) => ({ ...q(comparator, value, '%', max), kind: 'growth' as const });
  const firms = (comparator: Comparator, value: number) => ({ ...q(comparator, value, '户'), kind: 'increment' as const });
  const half = { share: 0.5, label: '1-6月' };

  // [target, result, elapsed, status]: a result below its target is "not yet" until a date says it is behind.
  it.each([
    [rate('>=', 20), 20, null, 'met'],
    [rate('>=', 20), 25, null, 'met'],
    [rate('>=', 20), 15, null, 'at-risk'],
    [rate('>=', 20), 15, half, 'short'],
    [rate('>', 20), 20, half, 'at-risk'], // 突破 at the number: not met, not behind
    [rate('>', 20), 20.1, half, 'met'],
    [rate('~', 7), 6.7, half, 'met'], // within 5% of 7
    [rate('~', 7), 6.6, half, 'short'],
    [rate('range', 3, 5), 4, half, 'met'],
    [rate('range', 3, 5), 2.5, half, 'short'],
    [rate('<=', 3), 3.1, null, 'short'], // a ceiling passed needs no date
    [rate('<=', 3), 2, null, 'met'],
    [firms('>=', 150), 80, half, 'at-risk'], // 时间过半、任务过半: 80 of 150 by mid-year is on pace
    [firms('>=', 150), 60, half, 'short'],
    [firms('>=', 150), 150, half, 'met'],
    [rate('placeholder', null), 5, null, 'no-target'],
  ] as const)('target %j, result %s, elapsed %j → %s', (target, value, elapsed, status) => {
    expect(judgeResult(q('=', value, target.unit), target, elapsed).status).toBe(status);
  });

  it.each([
    [rate('>=', 20), q('>=', 15, '%'), 'short'],
    [rate('>=', 20), q('>=', 20, '%'), 'met'],
    [rate('>=', 20), q('~', 20, '%'), 'at-risk'], // 以上 became 左右: a weaker promise
    [rate('>', 200), q('>=', 200, '%'), 'at-risk'],
    [{ ...q('>=', 20, '亿元'), kind: 'level' as const }, q('>=', 200000, '万元'), 'met'], // 20亿元 = 200000万元
    [rate('>=', 3, null), q('>=', 3, '百分点'), null], // % and 百分点 never compare
  ] as const)('target %j, promise %j → %s', (target, promise, status) => {
    expect(judgePromise(promise, target).status).toBe(status);
  });
});
