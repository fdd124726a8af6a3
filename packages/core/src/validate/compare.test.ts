import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unitInfo } from '../grammar/units.ts';
import type { Comparator } from '../model.ts';
import { compareToPlan, type Quantity } from './compare.ts';

function q(comparator: Comparator, value: number | null, unit = '%', extra: Partial<Quantity> = {}): Quantity {
  return { comparator, value, max: null, decline: false, ...unitInfo(unit), ...extra };
}

describe('compareToPlan', () => {
  it('a floor: less is a shortfall with the gap, equal or more meets', () => {
    expect(compareToPlan(q('>=', 15), q('>=', 20))).toMatchObject({ status: 'shortfall', gap: 5, direction: 'floor' });
    expect(compareToPlan(q('>=', 20), q('>=', 20)).status).toBe('meets');
    expect(compareToPlan(q('>=', 25), q('>=', 20)).status).toBe('meets');
    expect(compareToPlan(q('=', 12), q('=', 11)).status).toBe('meets');
  });

  it('same number, weaker comparator', () => {
    expect(compareToPlan(q('~', 20), q('>=', 20)).status).toBe('weaker');
    expect(compareToPlan(q('>=', 200, '亿元'), q('>', 200, '亿元')).status).toBe('weaker');
    expect(compareToPlan(q('<=', 20), q('>=', 20)).status).toBe('weaker');
    expect(compareToPlan(q('>', 200, '亿元'), q('>', 200, '亿元')).status).toBe('meets');
  });

  it('左右 has a 5% relative tolerance', () => {
    expect(compareToPlan(q('=', 6.7), q('~', 7)).status).toBe('meets');
    expect(compareToPlan(q('=', 6.6), q('~', 7))).toMatchObject({ status: 'shortfall' });
    expect(compareToPlan(q('~', 7), q('~', 7)).status).toBe('meets');
    expect(compareToPlan(q('=', 6.6), q('~', 7), 0.1).status).toBe('meets');
  });

  it('a range: the lower bound counts on both sides', () => {
    expect(compareToPlan(q('range', 3, '家', { max: 5 }), q('>=', 3, '家')).status).toBe('meets');
    expect(compareToPlan(q('=', 2, '家'), q('range', 3, '家', { max: 5 }))).toMatchObject({ status: 'shortfall', gap: 1 });
    expect(compareToPlan(q('range', 2, '家', { max: 6 }), q('range', 3, '家', { max: 5 })).status).toBe('shortfall');
  });

  it('a <= target is a ceiling', () => {
    expect(compareToPlan(q('<=', 3), q('<=', 2))).toMatchObject({ status: 'shortfall', gap: 1, direction: 'ceiling' });
    expect(compareToPlan(q('<=', 1.5), q('<=', 2)).status).toBe('meets');
    expect(compareToPlan(q('>=', 1), q('<=', 2)).status).toBe('weaker');
  });

  it('declines compare on the signed change', () => {
    const plan = q('>=', 3, '%', { decline: true }); // 下降3%以上
    expect(compareToPlan(q('=', 2, '%', { decline: true }), plan)).toMatchObject({ status: 'shortfall', gap: 1, direction: 'ceiling' });
    expect(compareToPlan(q('>=', 4, '%', { decline: true }), plan).status).toBe('meets');
    expect(compareToPlan(q('=', 1), plan)).toMatchObject({ status: 'shortfall', gap: 4 });
  });

  it('a decline with 左右 keeps its tolerance on the size of the decline', () => {
    const plan = q('~', 3, '%', { decline: true }); // 下降3%左右
    expect(compareToPlan(q('=', 2.9, '%', { decline: true }), plan).status).toBe('meets');
    expect(compareToPlan(q('=', 2.5, '%', { decline: true }), plan)).toMatchObject({ status: 'shortfall', direction: 'ceiling' });
    expect(compareToPlan(q('>=', 3, '%', { decline: true }), plan).status).toBe('meets');
  });

  it('converts 万元 and 亿元, never mixes % and 百分点', () => {
    expect(compareToPlan(q('>=', 9000, '万元'), q('>=', 1, '亿元'))).toMatchObject({ status: 'shortfall', gap: 1e7 });
    expect(compareToPlan(q('>=', 20000, '万元'), q('>=', 1, '亿元')).status).toBe('meets');
    expect(compareToPlan(q('=', 0.5, '%'), q('=', 0.5, '百分点')).status).toBe('incomparable');
    expect(compareToPlan(q('=', 5, '户'), q('=', 5, '亿元')).status).toBe('incomparable');
  });

  it('classifiers of counted things compare with each other (2个 meets 2家, 1期 falls short of 2场)', () => {
    expect(compareToPlan(q('=', 2, '个'), q('=', 2, '家')).status).toBe('meets');
    expect(compareToPlan(q('=', 1, '期'), q('>=', 2, '场'))).toMatchObject({ status: 'shortfall', gap: 1 });
    expect(compareToPlan(q('=', 3, '座'), q('=', 3, '个')).status).toBe('meets');
    expect(compareToPlan(q('=', 3, '个'), q('=', 3, '%')).status).toBe('incomparable');
  });

  it("a bare number takes the other side's unit; placeholders are unknown", () => {
    expect(compareToPlan(q('=', 15, ''), q('>=', 20))).toMatchObject({ status: 'shortfall', gap: 5 });
    expect(compareToPlan(q('placeholder', null), q('>=', 20)).status).toBe('unknown');
    expect(compareToPlan(q('>=', 20), q('placeholder', null)).status).toBe('unknown');
  });

  it('property: raising the claim never turns meets into shortfall; equal plain numbers always meet', () => {
    const comparators: Comparator[] = ['>=', '=', '>', '~'];
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(...comparators), (a, b, cmp) => {
        const plan = q(cmp, b);
        const low = compareToPlan(q('>=', Math.min(a, b)), plan).status;
        const high = compareToPlan(q('>=', Math.max(a, b) + 1), plan).status;
        if (low === 'meets') expect(high).toBe('meets');
        expect(high).not.toBe('shortfall');
        expect(compareToPlan(q('>=', b), q('>=', b)).status).toBe('meets');
      }),
    );
  });
});

describe('shareBetween: a period elapsed at a date, never at today', () => {
  it('counts calendar days and clamps to the period', async () => {
    const { shareBetween } = await import('./schedule.ts');
    expect(shareBetween('2024-01-01', '2024-12-31', '2024-01-01')).toBe(0);
    expect(shareBetween('2024-01-01', '2024-12-31', '2025-03-01')).toBe(1);
    expect(shareBetween('2024-01-01', '2024-12-31', '2024-07-01')).toBeCloseTo(182 / 365, 5);
    expect(shareBetween('2024-01-01', 'soon', '2024-07-01')).toBeNull();
    expect(shareBetween('2024-12-31', '2024-01-01', '2024-07-01')).toBeNull();
  });
});
