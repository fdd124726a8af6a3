import type { Finding, Plan, RegionLevel, Report, Target } from '../model.ts';
import type { Claim, SheetTable } from '../sheet/types.ts';
import { claimSource } from '../sheet/table-claims.ts';
import type { ClaimSource } from '../sheet/claim-store.ts';
import { checkAllocations } from './check-allocations.ts';
import { checkPreviousYear, checkTargetClaim } from './check-claim.ts';
import { checkSchedule } from './check-schedule.ts';
import { APPROX_TOLERANCE } from './compare.ts';
import { add, targetRef, type ApplicablePlan, type Context } from './findings.ts';
import { describe, metricLabel, type Locale } from './format.ts';
import { indexPlan, matchTarget } from './match.ts';
import * as msg from './messages.ts';
import { levelFromLeads, regionLevel } from './regions.ts';
import { choosePlans, tablePlans, type AppliedPlan, type TablePlans } from '../check/plan-choice.ts';
import type { PlanRole } from '../check/region-fit.ts';
import { finishReport } from './report.ts';
import { parseAsOf } from './schedule.ts';
import { reportUntaken } from './untaken.ts';

export interface ValidateOptions {
  /** Date the progress is judged at (YYYY-MM-DD), for behind-schedule. */
  asOf?: string;
  locale?: Locale;
  /** Relative tolerance of 左右 targets (default 0.05, see compare.ts). */
  tolerance?: number;
  /** Region, level and year of the sheets when their tables do not say. */
  region?: string;
  level?: RegionLevel;
  /** The sheet region's parent (六安市 for 金安区) when no plan for the sheet's region names it. */
  parentRegion?: string;
  year?: number;
  /**
   * Report plan targets no row takes on. Default: when the input has a task (decomposition)
   * table, since a progress sheet tracks a chosen few indicators by design.
   */
  missingTargets?: boolean;
  /** Record every value measured against a target as a gauge of the report (report.gauges). */
  gauges?: boolean;
  /**
   * The plans that apply to each table and in which role, as checkWorkbook decided them
   * (core/check/plan-choice.ts). Without it, the same decision is made here with every plan as
   * chosen: those for the table's year and for its region or one above it.
   */
  plansFor?: (table: SheetTable) => TablePlans;
  /** The date each table's progress is judged at (its own 1-9月 columns); overrides `asOf` per table. */
  asOfFor?: (table: SheetTable) => string | undefined;
  /** Told each checked table's counts, for the caller's own judgement of fit. */
  onTable?: (table: SheetTable, counts: { rows: number; claims: number; matched: number }) => void;
  /**
   * Findings the caller adds once every table is checked (checkWorkbook's plan-mismatch, judged
   * from the counts onTable gave it): ordered with the rest in the report's one sort, and never
   * dropped as repeats (two plans that do not fit one sheet are two findings).
   */
  afterTables?: () => Finding[];
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

/**
 * Checks read sheets (or loose claims) against plans and returns the report: every shortfall on
 * the cell that states it, plan targets nobody took on, allocations that do not add up, results
 * behind the calendar. Plans apply to a sheet when they are for its year and for its region or a
 * level above (see README § Matching). Findings are ordered by sheet, row, column and code.
 */
export function validate(input: readonly SheetTable[] | readonly Claim[], plans: readonly Plan[], options: ValidateOptions = {}): Report {
  if (options.asOf !== undefined && !parseAsOf(options.asOf)) {
    // A caller's mistake, not a finding about the sheet: say exactly what was expected.
    throw new RangeError(`validate: asOf must be a real date written YYYY-MM-DD (e.g. 2024-06-30), got "${options.asOf}"`);
  }
  const tables = isTables(input) ? [...input] : tablesFromClaims(input);
  const ctx: Context = {
    locale: options.locale ?? 'zh-CN',
    tolerance: options.tolerance ?? APPROX_TOLERANCE,
    asOf: options.asOf,
    findings: [],
    gauges: options.gauges ? [] : undefined,
    leadAgreement: new Map(),
  };
  const indexes = new Map(plans.map((p) => [p, indexPlan(p)]));
  const indexed = ({ plan, role }: AppliedPlan): ApplicablePlan => ({ index: indexes.get(plan) ?? indexPlan(plan), relation: role });
  const taken = new Set<Target>(); // targets some claim took on (object identity: no key strings)
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
    // Before the header test: a damaged cell is said on a sheet without a header too (it may be the header's).
    for (const u of table.unparsed) {
      add(ctx, {
        code: 'unparsed',
        sheet: u.sheet,
        cell: u.cell,
        expected: '',
        actual: u.text,
        message: msg.unparsedMessage({ text: u.text, reason: u.reason }, ctx.locale),
        // Nothing of a cell the file could not give was read: an error, so the check cannot pass over it.
        ...(u.reason === 'damaged-cell' ? { severity: 'error' as const } : {}),
      });
    }
    if (table.headerRows === null) continue;
    // The store while nobody has read table.claims: no claim objects are made to check a sheet.
    const claims = claimSource(table);
    const tableRows = table.rows.length || new Set(table.claims.map((c) => c.rowKey)).size;
    rows += tableRows;
    claimCount += claims.length;

    const chosen = options.plansFor?.(table) ?? decidePlans(table, claims, plans, options);
    // Without a year of its own, a sheet is read as of its plans' year (the caller's, else the latest).
    const year = table.year ?? chosen.year ?? options.year ?? latestYear(plans);
    const current = chosen.current.map(indexed);
    const previous = chosen.previous.map(indexed);
    const matchedBefore = matchedClaims;
    for (const p of current) usedPlans.set(p.index.plan.name, p);
    ctx.asOf = options.asOfFor?.(table) ?? options.asOf;

    // The row's own target for each metric, so a 完成 cell is judged against its row first.
    const rowTargets = hasResults(claims) ? rowTargetsOf(table, claims) : undefined;

    for (let i = 0; i < claims.length; i++) {
      const claim = claims.at(i, 0);
      if (claim.comparator === 'placeholder') {
        add(ctx, {
          code: 'placeholder',
          sheet: claim.sheet,
          cell: claim.cell,
          metricKey: claim.metricKey,
          expected: '',
          actual: describe(claim, ctx.locale),
          message: msg.sheetPlaceholderMessage({ metric: metricLabel(claim) }, ctx.locale),
        });
      }
      let matched = false;
      let planTarget: { plan: Plan; target: Target; relation: PlanRole } | undefined;
      // Index loops: destructuring for-of made an iterator and a result object per claim.
      for (let k = 0; k < current.length; k++) {
        const { index, relation } = current[k]!;
        const result = matchTarget(index, claim, claim.year ?? year);
        if (!result) continue;
        if ('ambiguous' in result) {
          const options = result.ambiguous.map((t) => `${metricLabel(t)} ${describe(t, ctx.locale)}`).join(ctx.locale === 'en' ? '; ' : '；');
          add(ctx, {
            code: 'ambiguous-match',
            sheet: claim.sheet,
            cell: claim.cell,
            metricKey: claim.metricKey,
            expected: options,
            actual: describe(claim, ctx.locale),
            message: msg.ambiguousMessage({ metric: metricLabel(claim), options }, ctx.locale),
            target: targetRef(index.plan, result.ambiguous[0]!),
          });
          for (const t of result.ambiguous) taken.add(t);
          matched = true;
          continue;
        }
        matched = true;
        taken.add(result.target);
        // Only a result is judged against its plan target (checkSchedule): no object for a target claim.
        if (claim.role === 'actual') planTarget ??= { plan: index.plan, target: result.target, relation };
        if (claim.role === 'target') checkTargetClaim(ctx, claim, index.plan, result.target, relation);
      }
      if (matched) matchedClaims++;
      if (claim.role === 'target') {
        for (let k = 0; k < previous.length; k++) checkPreviousYear(ctx, claim, previous[k]!.index);
      } else {
        const own = rowTargets?.of(i);
        checkSchedule(ctx, claim, own === undefined || own < 0 ? undefined : claims.at(own, 1), planTarget, year);
      }
    }
    checkAllocations(ctx, table, claims, current);
    options.onTable?.(table, { rows: tableRows, claims: claims.length, matched: matchedClaims - matchedBefore });
  }

  const wantMissing = options.missingTargets ?? tables.some((t) => t.shape === 'tasks');
  const planNotes = checked ? reportUntaken(ctx, tables, [...usedPlans.values()], taken, wantMissing) : [];
  const checkedCount = ctx.findings.length;
  const findings = options.afterTables ? [...ctx.findings, ...options.afterTables()] : ctx.findings;
  const report = finishReport(findings, tables, { rows, claims: claimCount, matched: matchedClaims }, { dropRepeats: true, repeatsBefore: checkedCount });
  if (ctx.gauges) report.gauges = ctx.gauges;
  if (planNotes.length) report.planNotes = planNotes;
  return report;
}

/**
 * The plans for a table when no caller decided them: check/plan-choice's decision, every plan
 * taken as chosen, for the table's region (else the caller's) and year (else the caller's, else
 * the plans' latest); a region the plans and gazetteer cannot place is trusted, as chosen.
 */
function decidePlans(table: SheetTable, claims: ClaimSource, plans: readonly Plan[], options: ValidateOptions): TablePlans {
  const region = table.region ?? options.region;
  const year = table.year ?? options.year ?? latestYear(plans);
  const level = () => options.level ?? regionLevel(region) ?? levelFromLeads(claims.length, (i) => claims.leads(i));
  // The caller's word for the sheet's parent joins what the plans say of theirs.
  const sheetLevel = region && options.parentRegion ? level() : undefined;
  const pool = region && options.parentRegion && sheetLevel ? [...plans, { region, level: sheetLevel, parentRegion: options.parentRegion }] : plans;
  return tablePlans(choosePlans({ region, year }, plans, pool, options.locale ?? 'zh-CN'), level, year);
}

function hasResults(claims: ClaimSource): boolean {
  for (let i = 0; i < claims.length; i++) if (claims.role(i) === 'actual') return true;
  return false;
}

/** A row's own target for a result's metric: the index of the first target claim of that metric in the row, or -1. */
interface RowTargets {
  of(i: number): number;
}

function isRowTarget(c: Claim): boolean {
  return c.role === 'target' && c.comparator !== 'placeholder';
}

/**
 * Row targets for a table. readSheet's readers emit a logical row's claims together, so for a
 * read table the row is the run of neighbouring claims with its key (no map over 100k row keys);
 * claims passed in loose (no rows) may come in any order and are grouped by key. Indices, not
 * claims: a store's claims are views reused from one claim to the next. Slot 1 is used here,
 * since slot 0 holds the result being judged; keys and roles are read without filling a view.
 */
function rowTargetsOf(table: SheetTable, claims: ClaimSource): RowTargets {
  if (table.rows.length > 0) {
    let runKey: string | undefined;
    // One pair of lists reused for every run (a new [] per row reserved 16 slots, 100k times).
    const runMetrics: string[] = [];
    const runIndices: number[] = [];
    const first = (metricKey: string) => {
      for (let k = 0; k < runMetrics.length; k++) if (runMetrics[k] === metricKey) return runIndices[k]!;
      return -1;
    };
    return {
      of(i) {
        const key = claims.rowKey(i);
        const metricKey = claims.metricKey(i);
        if (key !== runKey) {
          runKey = key;
          runMetrics.length = 0;
          runIndices.length = 0;
          let start = i;
          while (start > 0 && claims.rowKey(start - 1) === key) start--;
          for (let j = start; j < claims.length && claims.rowKey(j) === key; j++) {
            if (claims.role(j) !== 'target') continue;
            const t = claims.at(j, 1);
            if (isRowTarget(t) && first(t.metricKey) < 0) {
              runMetrics.push(t.metricKey);
              runIndices.push(j);
            }
          }
        }
        return first(metricKey);
      },
    };
  }
  const byRow = new Map<string, Map<string, number>>();
  for (let j = 0; j < claims.length; j++) {
    const c = claims.at(j, 1);
    if (!isRowTarget(c)) continue;
    let there = byRow.get(c.rowKey);
    if (!there) byRow.set(c.rowKey, (there = new Map<string, number>()));
    if (!there.has(c.metricKey)) there.set(c.metricKey, j);
  }
  return {
    of: (i) => byRow.get(claims.rowKey(i))?.get(claims.metricKey(i)) ?? -1,
  };
}

function latestYear(plans: readonly Plan[]): number | undefined {
  let latest: number | undefined;
  for (const p of plans) if (p.year !== null && (latest === undefined || p.year > latest)) latest = p.year;
  return latest;
}
