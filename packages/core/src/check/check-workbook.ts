/**
 * The one check every host runs — the CLI, the web checker, the task pane: grids → sheets read →
 * the plans that apply to each sheet and why → findings, gauges and task rows from one set of
 * verdicts → a report that says what each sheet was checked against and as of when. A sheet
 * checked against a plan that does not fit it, or that matched nothing, does not pass.
 */
import type { Finding, Grid, Plan, Report, SheetCheck, SheetTask } from '../model.ts';
import { readSheet } from '../sheet/read-sheet.ts';
import type { SheetTable } from '../sheet/types.ts';
import { validate } from '../validate/validate.ts';
import { levelFromLeads, regionLevel } from '../validate/regions.ts';
import { claimSource } from '../sheet/table-claims.ts';
import type { Locale } from '../vocab/locale.ts';
import { planLabel } from '../vocab/plan-label.ts';
import { sheetAsOf, type SheetAsOf } from './as-of.ts';
import { choosePlans, fittingPlans, pickPlans, tablePlans, type SheetPlace, type SheetPlans, type TablePlans } from './plan-choice.ts';
import * as why from './why.ts';

export interface CheckWorkbookOptions {
  locale?: Locale;
  /** YYYY-MM-DD: judge progress at this date, whatever the sheet's columns say. */
  asOf?: string;
  /**
   * `chosen` (default): `plans` are the ones the user chose, each applied only where it fits.
   * `auto`: each sheet gets the plans of its own region and the regions above it for its year.
   */
  pick?: 'chosen' | 'auto';
  /** Plans to suggest when the chosen ones do not fit (e.g. the seeded plans). */
  suggest?: readonly Plan[];
  /** Relative tolerance of 左右 targets (default 5%). */
  tolerance?: number;
  /** Record a gauge for every value measured against a target (default true). */
  gauges?: boolean;
}

/** Share of a sheet's targets that must match a plan before the plan counts as fitting it. */
export const MIN_MATCHED_SHARE = 0.1;
/** The share rule applies from this many targets on; fewer must simply match one. */
const SHARE_FROM = 10;

interface SheetState {
  table: SheetTable;
  place: SheetPlace;
  plans: SheetPlans;
  asOf: SheetAsOf;
  counts: { rows: number; claims: number; matched: number };
}

export function checkWorkbook(grids: readonly Grid[], plans: readonly Plan[], options: CheckWorkbookOptions = {}): Report {
  const locale = options.locale ?? 'zh-CN';
  const pool = [...plans, ...(options.suggest ?? []).filter((p) => !plans.includes(p))];
  const states = new Map<SheetTable, SheetState>();
  const tables: SheetTable[] = [];
  // Empty sheets beside a filled one are skipped; a workbook with nothing in any sheet was not
  // checked at all, so its sheets are read and say so (no-header, an error) instead of passing.
  const filled = grids.filter(hasData);
  for (const grid of filled.length > 0 ? filled : grids) {
    const table = readSheet(grid, { locale });
    tables.push(table);
    if (table.headerRows === null) continue;
    const place: SheetPlace = { region: table.region, year: table.year };
    const chosen = options.pick === 'auto' ? pickPlans(place, plans, locale) : choosePlans(place, plans, pool, locale);
    const year = table.year ?? singleYear(chosen.current);
    states.set(table, { table, place, plans: chosen, asOf: sheetAsOf(table, options.asOf, year), counts: { rows: 0, claims: 0, matched: 0 } });
  }
  const used = [...new Set([...states.values()].flatMap((s) => [...s.plans.current, ...s.plans.previous]))];
  let anyFits = false;
  const fits = new Map<SheetTable, boolean>();
  const report = validate(tables, used, {
    locale,
    ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
    gauges: options.gauges ?? true,
    plansFor: (t) => plansOf(states.get(t)),
    asOfFor: (t) => states.get(t)?.asOf.date ?? undefined,
    onTable: (t, counts) => {
      const state = states.get(t);
      if (state) state.counts = counts;
    },
    // Judged once every sheet's counts are in, and sorted with validate's findings.
    afterTables: () => {
      for (const s of states.values()) fits.set(s.table, fitsSheet(s));
      anyFits = [...fits.values()].some(Boolean);
      const misfits = [...states.values()].flatMap((s) => misfitFindings(s, pool, locale));
      for (const f of misfits) if (f.severity === 'warning' && !anyFits) f.severity = 'error';
      return misfits;
    },
  });
  // The report's fields in the order hosts have always printed them.
  const { gauges, planNotes, ...checked } = report;
  return {
    ...checked,
    valid: checked.valid && anyFits,
    sheets: grids.map((g) => sheetCheck(g, tables, states, fits)),
    ...(gauges ? { gauges } : {}),
    tasks: tables.flatMap(tasksOf),
    ...(planNotes ? { planNotes } : {}),
  };
}

function hasData(grid: Grid): boolean {
  return grid.cells.some((row) => row?.some((c) => c !== undefined && (c.text !== '' || c.value !== null)));
}

function singleYear(plans: readonly Plan[]): number | undefined {
  const years = new Set(plans.map((p) => p.year).filter((y): y is number => y !== null));
  return years.size === 1 ? [...years][0] : undefined;
}

/** The decision for one sheet as validate takes it (no relation derived again there). */
function plansOf(state: SheetState | undefined): TablePlans {
  if (!state) return { current: [], previous: [] };
  const { table } = state;
  // The sheet's level, only asked for when a plan's region could not be placed against the sheet's.
  const level = () => regionLevel(table.region) ?? levelOf(table);
  return tablePlans(state.plans, level, table.year ?? singleYear(state.plans.current));
}

/** A sheet's level from its departments' prefixes (区经信局 → district). */
function levelOf(table: SheetTable): ReturnType<typeof levelFromLeads> {
  const claims = claimSource(table);
  return levelFromLeads(claims.length, (i) => claims.leads(i));
}

/** Enough of a sheet's targets matched the plans applied to it: some, and from SHARE_FROM claims up a share. */
function enoughMatched({ claims, matched }: SheetState['counts']): boolean {
  return matched > 0 && (claims < SHARE_FROM || matched / claims >= MIN_MATCHED_SHARE);
}

/** A sheet fits when a current plan applied to it and enough of its targets matched. */
function fitsSheet(s: SheetState): boolean {
  return s.plans.current.length > 0 && s.plans.misfits.length === 0 && enoughMatched(s.counts);
}

/** plan-mismatch findings of one sheet: plans that do not fit it, no plan at all, or targets that match nothing. */
function misfitFindings(s: SheetState, pool: readonly Plan[], locale: Locale): Finding[] {
  const applied = s.plans.current.map((p) => planLabel(p, locale));
  const suggestion = why.suggestion(
    fittingPlans(s.place, pool, locale).filter((name) => !applied.includes(name)),
    locale,
  );
  const out: Finding[] = s.plans.misfits.map((m) => mismatch(s, m.message + suggestion));
  if (s.plans.current.length === 0 || out.length > 0) return out;
  const { claims, matched } = s.counts;
  if (claims === 0 || !enoughMatched(s.counts)) {
    const finding = mismatch(s, why.unmatchedMessage(s.place, s.plans.current, claims, matched, locale) + (matched === 0 ? suggestion : ''));
    // A sheet with nothing to read is only an error when no sheet of the workbook could be checked.
    if (claims === 0) finding.severity = 'warning';
    out.push(finding);
  }
  return out;
}

/** The message names the plan and the sheet's own region and year; expected/actual stay empty (no values compared). */
function mismatch(s: SheetState, message: string): Finding {
  return { code: 'plan-mismatch', severity: 'error', sheet: s.table.sheet, cell: '', expected: '', actual: '', message };
}

function sheetCheck(
  grid: Grid,
  tables: readonly SheetTable[],
  states: ReadonlyMap<SheetTable, SheetState>,
  fits: ReadonlyMap<SheetTable, boolean>,
): SheetCheck {
  const table = tables.find((t) => t.sheet === grid.sheet);
  const state = table ? states.get(table) : undefined;
  const base: SheetCheck = {
    sheet: grid.sheet,
    shape: table ? table.shape : 'empty',
    region: table?.region ?? null,
    regionSource: table?.regionSource ?? 'unknown',
    year: table?.year ?? null,
    yearSource: table?.yearSource ?? 'unknown',
    asOf: state?.asOf.date ?? null,
    asOfSource: state?.asOf.source ?? 'unknown',
    plans: state?.plans.choices ?? [],
    rows: state?.counts.rows ?? 0,
    claims: state?.counts.claims ?? 0,
    matched: state?.counts.matched ?? 0,
    fits: table ? (fits.get(table) ?? false) : false,
  };
  if (state?.asOf.label) base.asOfLabel = state.asOf.label;
  return base;
}

/** The decomposition rows of a task sheet, 1-based, for the task matrix. */
function tasksOf(table: SheetTable): SheetTask[] {
  if (table.shape !== 'tasks') return [];
  return table.rows
    .filter((r) => r.task || r.leads.length || r.partners.length)
    .map((r) => ({
      id: `${table.sheet}#${r.key}`,
      sheet: table.sheet,
      number: r.index ?? '',
      title: r.task ?? '',
      leads: r.leads,
      partners: r.partners,
      sheetRows: r.rows.map((row) => row + 1),
    }));
}
