import type { Finding, Plan, RegionLevel, Report, Target, TargetKind, TargetRef } from '../model.ts';
import type { Claim, SheetTable } from '../sheet/types.ts';
import { severityOf } from './codes.ts';
import { compareToPlan, directionOf, scheduleGap, APPROX_TOLERANCE, type Quantity } from './compare.ts';
import { leadsAgree } from './departments.ts';
import { describe, formatAmount, formatGap, formatShare, metricLabel, planWord, type Locale } from './format.ts';
import { indexPlan, matchTarget, type PlanIndex } from './match.ts';
import * as msg from './messages.ts';
import { levelFromDepartments, planRelation, regionLevel, type PlanRelation } from './regions.ts';
import { elapsedShare } from './schedule.ts';
import { finishReport } from './report.ts';

export interface ValidateOptions {
  /** Date the progress is judged at (YYYY-MM-DD), for behind-schedule. */
  asOf?: string;
  locale?: Locale;
  /** Relative tolerance of 左右 targets (default 0.05, see compare.ts). */
  tolerance?: number;
  /** Region, level and year of the sheets when their tables do not say. */
  region?: string;
  level?: RegionLevel;
  year?: number;
  /**
   * Report plan targets no row takes on. Default: when the input has a task (decomposition)
   * table, since a progress sheet tracks a chosen few indicators by design.
   */
  missingTargets?: boolean;
}

/** Amount kinds: allocated parts of these add up; rates and shares never do. */
const AMOUNT_KINDS = new Set<TargetKind>(['increment', 'count', 'level']);
const RATE_DIMENSIONS = new Set(['percent', 'percentage-point']);

function isAmount(q: { kind: TargetKind; dimension: string }): boolean {
  return AMOUNT_KINDS.has(q.kind) && !RATE_DIMENSIONS.has(q.dimension);
}

const refs = new WeakMap<Target, TargetRef>();

/** The reference a finding carries to a plan target; one shared object per target. */
export function targetRef(plan: Plan, t: Target): TargetRef {
  let ref = refs.get(t);
  if (!ref || ref.plan !== plan.name) {
    ref = { plan: plan.name, region: plan.region, year: t.year, targetId: t.id, metric: t.metric, quote: t.quote, span: t.span };
    refs.set(t, ref);
  }
  return ref;
}

/** A table built around loose claims, for callers that pass claims instead of read sheets. */
function tablesFromClaims(claims: readonly Claim[]): SheetTable[] {
  const bySheet = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = bySheet.get(c.sheet);
    if (list) list.push(c);
    else bySheet.set(c.sheet, [c]);
  }
  return [...bySheet].map(([sheet, list]) => {
    const years = new Set(list.map((c) => c.year).filter((y): y is number => y !== undefined));
    const table: SheetTable = {
      sheet,
      shape: list.some((c) => c.region) ? 'allocation' : 'tasks',
      headerRows: [0, 0],
      headerCell: 'A1',
      columns: [],
      rows: [],
      claims: list,
      unparsed: [],
      findings: [],
    };
    if (years.size === 1) table.year = [...years][0]!;
    return table;
  });
}

function isTables(input: readonly SheetTable[] | readonly Claim[]): input is readonly SheetTable[] {
  return input.length > 0 && 'claims' in (input[0] as object);
}

interface Context {
  locale: Locale;
  tolerance: number;
  asOf: string | undefined;
  findings: Finding[];
  seen: Set<string>;
}

function add(ctx: Context, f: Omit<Finding, 'severity'> & { severity?: Finding['severity'] }): void {
  // The same problem reached twice (two plans repeating one target, a row read twice) is said once.
  const key = `${f.code}\u0000${f.sheet}\u0000${f.cell}\u0000${f.target?.plan ?? ''}\u0000${f.target?.targetId ?? ''}\u0000${f.actual}`;
  if (ctx.seen.has(key)) return;
  ctx.seen.add(key);
  if (f.severity === undefined) f.severity = severityOf(f.code);
  ctx.findings.push(f as Finding);
}

interface ApplicablePlan {
  index: PlanIndex;
  relation: PlanRelation;
}

/**
 * Checks read sheets (or loose claims) against plans and returns the report: every shortfall on
 * the cell that states it, plan targets nobody took on, allocations that do not add up, results
 * behind the calendar. Plans apply to a sheet when they are for its year and for its region or a
 * level above (see README § Matching). Findings are ordered by sheet, row, column and code.
 */
export function validate(input: readonly SheetTable[] | readonly Claim[], plans: readonly Plan[], options: ValidateOptions = {}): Report {
  const tables = isTables(input) ? [...input] : tablesFromClaims(input as readonly Claim[]);
  const ctx: Context = {
    locale: options.locale ?? 'zh-CN',
    tolerance: options.tolerance ?? APPROX_TOLERANCE,
    asOf: options.asOf,
    findings: [],
    seen: new Set(),
  };
  const indexes = plans.map(indexPlan);
  const taken = new Set<string>(); // plan name + target id
  const usedPlans = new Map<string, ApplicablePlan>();
  let matchedClaims = 0;
  let rows = 0;
  let claimCount = 0;
  const checked = tables.some((t) => t.headerRows !== null);

  for (const table of tables) {
    for (const f of table.findings) {
      if (f.code === 'no-header') {
        // Said in the report's locale, whatever locale the sheet was read with.
        const message = msg.noHeaderMessage({ sheet: f.sheet }, ctx.locale);
        add(ctx, { ...f, message, severity: checked ? 'warning' : 'error' });
      } else add(ctx, { ...f });
    }
    if (table.headerRows === null) continue;
    rows += table.rows.length || new Set(table.claims.map((c) => c.rowKey)).size;
    claimCount += table.claims.length;
    for (const u of table.unparsed) {
      add(ctx, { code: 'unparsed', sheet: u.sheet, cell: u.cell, expected: '', actual: u.text, message: msg.unparsedMessage({ text: u.text, reason: u.reason }, ctx.locale) });
    }

    const region = table.region ?? options.region;
    // Without a year of its own, a sheet is read as of the latest year the plans are for.
    const year = table.year ?? options.year ?? latestYear(plans);
    const level =
      options.level ?? regionLevel(region) ?? levelFromDepartments(table.claims.flatMap((c) => c.leads));
    const current: ApplicablePlan[] = [];
    const previous: ApplicablePlan[] = [];
    for (const index of indexes) {
      const relation = planRelation({ region, level }, index.plan);
      if (relation === 'lower' || relation === 'other') continue;
      if (year !== undefined && index.plan.year === year - 1 && relation === 'same' && region === index.plan.region) {
        previous.push({ index, relation });
      }
      if (year !== undefined && index.plan.year !== year) continue;
      current.push({ index, relation });
      usedPlans.set(index.plan.name, { index, relation });
    }

    // The row's own target for each metric, so a 完成 cell is judged against its row first.
    const rowTargets = new Map<string, Map<string, Claim>>();
    for (const c of table.claims) {
      if (c.role === 'target' && c.comparator !== 'placeholder') {
        let row = rowTargets.get(c.rowKey);
        if (!row) rowTargets.set(c.rowKey, (row = new Map()));
        if (!row.has(c.metricKey)) row.set(c.metricKey, c);
      }
    }

    for (const claim of table.claims) {
      if (claim.comparator === 'placeholder') {
        add(ctx, {
          code: 'placeholder', sheet: claim.sheet, cell: claim.cell, metricKey: claim.metricKey,
          expected: '', actual: describe(claim, ctx.locale), message: msg.sheetPlaceholderMessage({ metric: metricLabel(claim) }, ctx.locale),
        });
      }
      let matched = false;
      let planTarget: { plan: Plan; target: Target; relation: PlanRelation } | undefined;
      for (const { index, relation } of current) {
        const result = matchTarget(index, claim, claim.year ?? year);
        if (!result) continue;
        if ('ambiguous' in result) {
          const options = result.ambiguous.map((t) => `${metricLabel(t)} ${describe(t, ctx.locale)}`).join(ctx.locale === 'en' ? '; ' : '；');
          add(ctx, {
            code: 'ambiguous-match', sheet: claim.sheet, cell: claim.cell, metricKey: claim.metricKey,
            expected: options, actual: describe(claim, ctx.locale), message: msg.ambiguousMessage({ metric: metricLabel(claim), options }, ctx.locale),
            target: targetRef(index.plan, result.ambiguous[0]!),
          });
          for (const t of result.ambiguous) taken.add(`${index.plan.name}\u0000${t.id}`);
          matched = true;
          continue;
        }
        matched = true;
        taken.add(`${index.plan.name}\u0000${result.target.id}`);
        planTarget ??= { plan: index.plan, target: result.target, relation };
        if (claim.role === 'target') checkTargetClaim(ctx, claim, index.plan, result.target, relation);
      }
      if (matched) matchedClaims++;
      if (claim.role === 'target') {
        for (const { index } of previous) checkPreviousYear(ctx, claim, index);
      } else {
        const own = rowTargets.get(claim.rowKey)?.get(claim.metricKey);
        checkSchedule(ctx, claim, own, planTarget, year);
      }
    }
    checkAllocations(ctx, table, current);
  }

  const wantMissing = options.missingTargets ?? tables.some((t) => t.shape === 'tasks');
  if (wantMissing && checked) reportUntaken(ctx, tables, [...usedPlans.values()], taken);
  return finishReport(ctx.findings, tables, { rows, claims: claimCount, matched: matchedClaims });
}

function latestYear(plans: readonly Plan[]): number | undefined {
  let latest: number | undefined;
  for (const p of plans) if (latest === undefined || p.year > latest) latest = p.year;
  return latest;
}

/** A sheet claim against the plan target it takes on: shortfall, weaker promise, units, lead. */
function checkTargetClaim(ctx: Context, claim: Claim, plan: Plan, target: Target, relation: PlanRelation): void {
  // A lower level's amount (金安区 新增25家) is a part of the upper plan's (六安市 新增150户): the
  // parts are summed in checkAllocations, never compared one by one. Rates compare directly.
  const part = isAmount(claim) && (relation === 'upper' || (claim.region !== undefined && !claim.total));
  const verdict = part ? ({ status: 'meets' } as const) : compareToPlan(claim, target, ctx.tolerance);
  const leadsOk =
    claim.region !== undefined || claim.leads.length === 0 || leadsAgree(claim.leads, [...target.leads, ...target.partners]) !== false;
  if (verdict.status === 'meets' || verdict.status === 'unknown') {
    if (leadsOk) return; // the common case: nothing to say, so nothing is formatted
  }
  const base = { sheet: claim.sheet, cell: claim.cell, metricKey: claim.metricKey, target: targetRef(plan, target) };
  const expected = describe(target, ctx.locale);
  const actual = describe(claim, ctx.locale);
  {
    const word = planWord(relation === 'upper' ? plan.level : undefined, ctx.locale);
    if (verdict.status === 'shortfall') {
      add(ctx, {
        ...base, code: 'shortfall', expected, actual,
        message: msg.shortfallMessage({
          metric: metricLabel(claim), kind: claim.kind, plan: word, expected, actual,
          gap: formatGap(verdict.gap, target.dimension === 'number' ? claim : target, ctx.locale), ceiling: verdict.direction === 'ceiling',
        }, ctx.locale),
      });
    } else if (verdict.status === 'weaker') {
      add(ctx, { ...base, code: 'weaker-comparator', expected, actual, message: msg.weakerMessage({ metric: metricLabel(claim), kind: claim.kind, plan: word, expected, actual }, ctx.locale) });
    } else if (verdict.status === 'incomparable') {
      add(ctx, { ...base, code: 'unit-mismatch', expected, actual, message: msg.unitMismatchMessage({ metric: metricLabel(claim), planUnit: target.unit, sheetUnit: claim.unit }, ctx.locale) });
    }
  }
  // A part is not compared on its own, so its unit is not either (金安区 "2期企业家培训" under the
  // city's "培训20场"); allocation parts meet the plan's unit in checkAllocations.
  if (!leadsOk) {
    const departments = [...target.leads, ...target.partners].join('、');
    add(ctx, {
      ...base, code: 'lead-mismatch', expected: departments, actual: claim.leads.join('、'),
      message: msg.leadMismatchMessage({ metric: metricLabel(claim), leads: claim.leads.join('、'), departments }, ctx.locale),
    });
  }
}

/** Info when a target is lower than the same region's target the year before. */
function checkPreviousYear(ctx: Context, claim: Claim, index: PlanIndex): void {
  const result = matchTarget(index, claim, index.plan.year);
  if (!result || !('target' in result)) return;
  const verdict = compareToPlan(claim, result.target, 0);
  if (verdict.status !== 'shortfall') return;
  const expected = describe(result.target, ctx.locale);
  const actual = describe(claim, ctx.locale);
  add(ctx, {
    code: 'below-previous-year', sheet: claim.sheet, cell: claim.cell, metricKey: claim.metricKey, expected, actual,
    target: targetRef(index.plan, result.target),
    message: msg.belowPreviousYearMessage({ metric: metricLabel(claim), kind: claim.kind, actual, expected, year: index.plan.year }, ctx.locale),
  });
}

/**
 * A reported result against the calendar. Growth rates are judged against the target itself;
 * amounts (counts, increments, levels) against the elapsed share of the annual target. The
 * row's own target wins over the plan's; a result with no period and no asOf is not judged.
 */
function checkSchedule(
  ctx: Context,
  actual: Claim,
  own: Claim | undefined,
  fromPlan: { plan: Plan; target: Target; relation: PlanRelation } | undefined,
  year: number | undefined,
): void {
  const reference: Quantity & { kind: TargetKind } | undefined = own ?? (fromPlan && fromPlan.relation === 'same' ? fromPlan.target : fromPlan && !isAmount(fromPlan.target) ? fromPlan.target : undefined);
  if (!reference || reference.value === null || actual.value === null) return;
  // A result of another year (去年增长8%) says nothing about this year's progress.
  const referenceYear = 'year' in reference && typeof reference.year === 'number' ? reference.year : year;
  if (actual.period?.year && referenceYear && actual.period.year !== referenceYear) return;
  const elapsed = elapsedShare(actual.year ?? year, actual.period, ctx.asOf);
  if (!elapsed) return;
  // Texts are made only for a finding: most results are on schedule.
  const texts = () => {
    const ref = own ? undefined : fromPlan ? targetRef(fromPlan.plan, fromPlan.target) : undefined;
    return {
      base: { sheet: actual.sheet, cell: actual.cell, metricKey: actual.metricKey, ...(ref ? { target: ref } : {}) },
      expected: describe(reference, ctx.locale),
      actualText: describe(asAchieved(actual), ctx.locale),
    };
  };
  if (!isAmount(reference)) {
    const verdict = compareToPlan(asAchieved(actual), reference, ctx.tolerance);
    if (verdict.status !== 'incomparable' && verdict.status !== 'shortfall') return;
    const { base, expected, actualText } = texts();
    if (verdict.status === 'incomparable') {
      add(ctx, { ...base, code: 'unit-mismatch', expected, actual: actualText, message: msg.unitMismatchMessage({ metric: metricLabel(actual), planUnit: reference.unit, sheetUnit: actual.unit }, ctx.locale) });
    } else if (verdict.status === 'shortfall') {
      add(ctx, {
        ...base, code: 'behind-schedule', expected, actual: actualText,
        message: msg.behindRateMessage({ metric: metricLabel(actual), period: elapsed.label, expected, actual: actualText, gap: formatGap(verdict.gap, reference, ctx.locale) }, ctx.locale),
      });
    }
    return;
  }
  // Ceilings (能耗 以内) are not pro-rated: a part-year amount under a yearly cap says nothing yet.
  if (directionOf(reference) === 'ceiling') return;
  const due = reference.value * elapsed.share;
  const gap = scheduleGap(actual, reference, due);
  if (gap !== null && gap <= 0) return;
  const { base, expected, actualText } = texts();
  if (gap === null) {
    add(ctx, { ...base, code: 'unit-mismatch', expected, actual: actualText, message: msg.unitMismatchMessage({ metric: metricLabel(actual), planUnit: reference.unit, sheetUnit: actual.unit }, ctx.locale) });
    return;
  }
  const unitFactor = reference.factor || 1;
  const actualInRefUnit = actual.dimension === 'number' ? actual.value : (actual.value * actual.factor) / unitFactor;
  const done = reference.value > 0 ? actualInRefUnit / reference.value : 0;
  add(ctx, {
    ...base, code: 'behind-schedule', expected: `${formatAmount(due, reference.unit, ctx.locale)} (${formatShare(elapsed.share)})`, actual: actualText,
    message: msg.behindAmountMessage({
      metric: metricLabel(actual), elapsed: formatShare(elapsed.share), period: elapsed.label,
      due: formatAmount(due, reference.unit, ctx.locale), actual: actualText, done: formatShare(done), expected,
    }, ctx.locale),
  });
}

/** A result read as the exact value achieved, whatever comparator its cell was written with. */
function asAchieved(q: Claim): Quantity {
  return { comparator: '=', value: q.value, max: q.max, decline: q.decline, unit: q.unit, dimension: q.dimension, factor: q.factor };
}

/**
 * Allocation tables: the parts (one per district or department row) of an amount must add up to
 * the total: the sheet's own 合计 row when it has one (the total row is then checked against the
 * plan like any target), else the plan target of the region being divided.
 * Growth rates and shares are never summed; a group with a placeholder part is not summed.
 */
function checkAllocations(ctx: Context, table: SheetTable, plans: readonly ApplicablePlan[]): void {
  const groups = new Map<string, Claim[]>();
  const totals = new Map<string, Claim>();
  for (const c of table.claims) {
    if (c.role !== 'target' || !isAmount(c)) continue;
    const key = `${c.metricKey}\u0000${c.kind}\u0000${c.dimension}`;
    if (c.total) {
      if (!totals.has(key)) totals.set(key, c);
    } else if (c.region !== undefined) {
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
  }
  for (const [key, parts] of groups) {
    if (parts.length < 2 || parts.some((p) => p.value === null || p.comparator === 'placeholder' || p.comparator === '<=')) continue;
    const first = parts[0]!;
    const sumBase = parts.reduce((s, p) => s + p.value! * p.factor, 0);
    const sum: Quantity = { comparator: '>=', value: sumBase / first.factor, max: null, decline: false, unit: first.unit, dimension: first.dimension, factor: first.factor };
    const total = totals.get(key);
    const column = table.columns.find((c) => c.col === first.col);
    const cell = total?.cell ?? column?.address ?? first.cell;
    const sumText = describe({ ...sum, comparator: '=' }, ctx.locale);
    if (total) {
      const verdict = compareToPlan(sum, total, ctx.tolerance);
      if (verdict.status === 'shortfall') {
        const expected = describe(total, ctx.locale);
        add(ctx, {
          code: 'allocation-shortfall', sheet: table.sheet, cell, metricKey: first.metricKey, expected, actual: sumText,
          message: msg.allocationMessage({ metric: metricLabel(first), sum: sumText, expected, gap: formatGap(verdict.gap, total, ctx.locale), parts: parts.length, against: 'total' }, ctx.locale),
        });
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
          code: 'unit-mismatch', sheet: table.sheet, cell, metricKey: first.metricKey, expected, actual: sumText, target: targetRef(index.plan, result.target),
          message: msg.unitMismatchMessage({ metric: metricLabel(first), planUnit: result.target.unit, sheetUnit: first.unit }, ctx.locale),
        });
      }
      if (verdict.status !== 'shortfall') continue;
      add(ctx, {
        code: 'allocation-shortfall', sheet: table.sheet, cell, metricKey: first.metricKey, expected, actual: sumText,
        target: targetRef(index.plan, result.target),
        message: msg.allocationMessage({ metric: metricLabel(first), sum: sumText, expected, gap: formatGap(verdict.gap, result.target, ctx.locale), parts: parts.length, against: 'plan' }, ctx.locale),
      });
    }
  }
}

/**
 * Plan targets no claim took on: `missing-target` (or `placeholder` for a target still "**"),
 * standing on the first checked table's header cell so an annotated workbook shows them where
 * the table starts.
 */
function reportUntaken(ctx: Context, tables: readonly SheetTable[], plans: readonly ApplicablePlan[], taken: Set<string>): void {
  const anchor = tables.find((t) => t.headerRows !== null)!;
  for (const { index, relation } of plans) {
    const plan = index.plan;
    const word = planWord(relation === 'upper' ? plan.level : undefined, ctx.locale);
    for (const t of plan.targets) {
      if (taken.has(`${plan.name}\u0000${t.id}`)) continue;
      const base = { sheet: anchor.sheet, cell: anchor.headerCell, metricKey: t.metricKey, target: targetRef(plan, t), actual: '' };
      if (t.comparator === 'placeholder' || t.value === null) {
        add(ctx, { ...base, code: 'placeholder', expected: describe(t, ctx.locale), message: msg.planPlaceholderMessage({ metric: metricLabel(t), plan: planName(plan, word, ctx.locale) }, ctx.locale) });
      } else {
        const expected = describe(t, ctx.locale);
        add(ctx, { ...base, code: 'missing-target', expected, message: msg.missingTargetMessage({ metric: metricLabel(t), kind: t.kind, expected, plan: planName(plan, word, ctx.locale) }, ctx.locale) });
      }
    }
  }
}

function planName(plan: Plan, word: string, locale: Locale): string {
  if (locale === 'en') return `${plan.region} ${plan.year} (${word})`;
  return `${plan.region}${plan.year}年${word === '计划' ? '' : `（${word}）`}`;
}
