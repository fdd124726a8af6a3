import { describe, expect, it } from 'vitest';
import { applyCorrections, checkCorrections, type Correction } from '../src/reader/corrections.ts';
import { extractPlan } from '../src/reader/extract.ts';

const text = '一、培育企业。力争新增规上工业企业150户以上，技改投资增长20%以上（市经信局）。';
const plan = extractPlan(text, { name: 'demo-2023', region: '六安市', year: 2023 });

describe('applyCorrections', () => {
  it('sets fields on the target named by plan, metric and original words, re-keying a renamed metric', () => {
    const correction: Correction = {
      plan: 'demo-2023',
      metric: '技改投资',
      text: '技改投资增长20%以上',
      set: { metric: '技术改造投资额', comparator: '>' },
      reason: 'test',
    };
    const { plan: fixed, applied, unmatched } = applyCorrections(plan, [correction], text);
    expect(applied).toEqual([correction]);
    expect(unmatched).toEqual([]);
    const t = fixed.targets.find((x) => x.metric === '技术改造投资额')!;
    expect(t).toMatchObject({ comparator: '>', metricKey: '技术改造投资额', value: 20 });
    expect(plan.targets.find((x) => x.metric === '技改投资')!.comparator).toBe('>='); // input untouched
  });

  it('drops a target and removes it from its task', () => {
    const drop: Correction = { plan: 'demo-2023', metric: '技改投资', text: '技改投资增长20%以上', drop: true, reason: 'test' };
    const { plan: fixed } = applyCorrections(plan, [drop], text);
    expect(fixed.targets.map((t) => t.metric)).not.toContain('技改投资');
    const dropped = plan.targets.find((t) => t.metric === '技改投资')!.id;
    expect(fixed.tasks.flatMap((t) => t.targetIds)).not.toContain(dropped);
    expect(fixed.targets).toHaveLength(plan.targets.length - 1);
  });

  it('reports corrections that match nothing and ignores other plans', () => {
    const stale: Correction = { plan: 'demo-2023', metric: '技改投资', text: '技改投资增长25%以上', drop: true, reason: 'test' };
    const other: Correction = { plan: 'other-2023', metric: '技改投资', text: '技改投资增长20%以上', drop: true, reason: 'test' };
    const result = applyCorrections(plan, [stale, other], text);
    expect(result.unmatched).toEqual([stale]);
    expect(result.plan.targets).toEqual(plan.targets);
  });
});

describe('checkCorrections', () => {
  it('accepts a well-formed list', () => {
    expect(checkCorrections([{ plan: 'a', metric: 'b', text: 'c', drop: true, reason: 'd' }])).toEqual([]);
  });
  it('names each problem', () => {
    expect(checkCorrections({})).toEqual(['corrections must be an array']);
    expect(checkCorrections([{ plan: 'a', metric: 'b', text: 'c', reason: '' }])).toEqual([
      'correction 1: "reason" must be a non-empty string',
      'correction 1: give exactly one of "set" or "drop"',
    ]);
  });
});
