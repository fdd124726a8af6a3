import type { TargetRef } from '../model.ts';
import type { ClaimSource } from '../sheet/claim-store.ts';
import type { SheetTable, Claim } from '../sheet/types.ts';
import { compareToPlan, type Quantity } from './compare.ts';
import { add, targetRef, type ApplicablePlan, type Context } from './findings.ts';
import { isAmount } from './verdict.ts';
import { describe, formatGap, metricLabel } from './format.ts';
import { matchTarget } from './match.ts';
import * as msg from './messages.ts';

/** `metricKey kind dimension` of a claim, made once per distinct triple (not once per claim). */
class GroupKeys {
  private readonly keys = new Map<string, Map<string, Map<string, string>>>();

  of(c: Claim): string {
    let byKind = this.keys.get(c.metricKey);
    if (!byKind) this.keys.set(c.metricKey, (byKind = new Map<string, Map<string, string>>()));
    let byDimension = byKind.get(c.kind);
    if (!byDimension) byKind.set(c.kind, (byDimension = new Map<string, string>()));
    let key = byDimension.get(c.dimension);
    if (key === undefined) byDimension.set(c.dimension, (key = `${c.metricKey}\u0000${c.kind}\u0000${c.dimension}`));
    return key;
  }
}

/**
 * Allocation tables: the parts (one per district or department row) of an amount must add up to
 * the total: the sheet's own 合计 row when it has one (the total row is then checked against the
 * plan like any target), else the plan target of the region being divided.
 * Growth rates and shares are never summed; a group with a placeholder part is not summed.
 */
export function checkAllocations(ctx: Context, table: SheetTable, claims: ClaimSource, plans: readonly ApplicablePlan[]): void {
  // Claim indices, not claims: a store's claims are views reused from one claim to the next.
  const groups = new Map<string, number[]>();
  const totals = new Map<string, number>();
  const keys = new GroupKeys();
  // An index loop: a for-of here ran unoptimised (once per table) and made a result object per claim.
  for (let i = 0; i < claims.length; i++) {
    const c = claims.at(i, 0);
    if (c.role !== 'target' || !isAmount(c)) continue;
    const key = keys.of(c);
    if (c.total) {
      if (!totals.has(key)) totals.set(key, i);
    } else if (c.region !== undefined) {
      const list = groups.get(key);
      if (list) list.push(i);
      else groups.set(key, [i]);
    }
  }
  for (const [key, parts] of groups) {
    if (parts.length < 2) continue;
    let summable = true;
    let sumBase = 0;
    for (const p of parts) {
      const c = claims.at(p, 0);
      if (c.value === null || c.comparator === 'placeholder' || c.comparator === '<=') {
        summable = false;
        break;
      }
      sumBase += c.value * c.factor;
    }
    if (!summable) continue;
    // The first part in slot 1 and the total in slot 0: both are read below.
    const first = claims.at(parts[0]!, 1);
    const sum: Quantity = {
      comparator: '>=',
      value: sumBase / first.factor,
      max: null,
      decline: false,
      unit: first.unit,
      dimension: first.dimension,
      factor: first.factor,
    };
    const totalIndex = totals.get(key);
    const total = totalIndex === undefined ? undefined : claims.at(totalIndex, 0);
    const column = table.columns.find((c) => c.col === first.col);
    const cell = total?.cell ?? column?.address ?? first.cell;
    const sumText = describe({ ...sum, comparator: '=' }, ctx.locale);
    if (total) {
      const verdict = compareToPlan(sum, total, ctx.tolerance);
      if (verdict.status === 'shortfall') {
        addShortfall(ctx, { sheet: table.sheet, cell, first, sumText, parts: parts.length, required: total, gap: verdict.gap, against: 'total' });
      }
    }
    // With a total row, the total itself is checked against the plan (a shortfall on its cell),
    // so the parts only need to reach the total.
    if (total) continue;
    for (const { index, relation } of plans) {
      if (relation !== 'same') continue;
      const result = matchTarget(index, first, first.year ?? table.year);
      if (!result || !('target' in result)) continue;
      const verdict = compareToPlan(sum, result.target, ctx.tolerance);
      const expected = describe(result.target, ctx.locale);
      if (verdict.status === 'incomparable') {
        add(ctx, {
          code: 'unit-mismatch',
          sheet: table.sheet,
          cell,
          metricKey: first.metricKey,
          expected,
          actual: sumText,
          target: targetRef(index.plan, result.target),
          message: msg.unitMismatchMessage({ metric: metricLabel(first), planUnit: result.target.unit, sheetUnit: first.unit }, ctx.locale),
        });
      }
      if (verdict.status !== 'shortfall') continue;
      const target = targetRef(index.plan, result.target);
      addShortfall(ctx, { sheet: table.sheet, cell, first, sumText, parts: parts.length, required: result.target, gap: verdict.gap, against: 'plan', target });
    }
  }
}

/** The parts of a total add up to less than what they must reach: the sheet's own total, or the plan's target. */
function addShortfall(
  ctx: Context,
  s: {
    sheet: string;
    cell: string;
    first: Claim;
    sumText: string;
    parts: number;
    required: Quantity;
    gap: number;
    against: 'total' | 'plan';
    target?: TargetRef;
  },
): void {
  const expected = describe(s.required, ctx.locale);
  add(ctx, {
    code: 'allocation-shortfall',
    sheet: s.sheet,
    cell: s.cell,
    metricKey: s.first.metricKey,
    expected,
    actual: s.sumText,
    ...(s.target ? { target: s.target } : {}),
    message: msg.allocationMessage(
      { metric: metricLabel(s.first), sum: s.sumText, expected, gap: formatGap(s.gap, s.required, ctx.locale), parts: s.parts, against: s.against },
      ctx.locale,
    ),
  });
}
