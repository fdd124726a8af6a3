/**
 * One validation, the same for Excel and the web checker: grids → core's sheet reader → plans
 * chosen for each sheet → core's validator → report, plus what the pane shows beside the
 * findings (a gauge per matched target, the tasks × departments matrix). Host-free: it gets
 * grids and returns data; hosts read and write.
 */
import { eachClaim, readSheet, validate, type Grid, type Plan, type Report, type SheetTable, type Target } from '@mubiao/core';
import { indexPlan, matchTarget } from '@mubiao/core/validate/match';
import { findRegion } from '@mubiao/core/reader/regions';
import type { MatrixTask } from '@mubiao/elements';
import { HostError, noHeader } from '../excel/errors.ts';

export interface CheckOptions {
  /** YYYY-MM-DD; progress is judged at this date. */
  asOf?: string;
  locale: 'zh-CN' | 'en';
  /** The plans to check against; when absent, each sheet gets the seeded plans of its region
   *  (or the regions above it) and year. */
  plans?: Plan[];
}

/** A sheet value against the plan target it takes on: one gauge. */
export interface GaugeSpec {
  key: string;
  label: string;
  sheet: string;
  cell: string;
  value: number;
  /** A target the sheet sets (15%以上) or a result it reports (完成值). */
  role: 'target' | 'actual';
  target: Target;
  plan: string;
}

export interface CheckResult {
  report: Report;
  tables: SheetTable[];
  plans: Plan[];
  gauges: GaugeSpec[];
  tasks: MatrixTask[];
  /** Sheets with data but no header the reader recognises (their findings are in the report). */
  headerless: string[];
}

/** The region and the regions above it: 金安区 → 金安区, 六安市, 安徽省. */
export function regionChain(region: string | undefined): string[] {
  const out: string[] = [];
  let entry = region ? findRegion(region) : undefined;
  if (region && !entry) out.push(region);
  while (entry && !out.includes(entry.name)) {
    out.push(entry.name);
    entry = entry.parent ? findRegion(entry.parent) : undefined;
  }
  return out;
}

/** The seeded plans a sheet is checked against: its own region's and those of the regions above it, same year. */
export function plansForTables(tables: readonly SheetTable[], available: readonly Plan[]): Plan[] {
  const chosen = new Set<Plan>();
  for (const table of tables) {
    if (table.shape === 'none') continue;
    const sameYear = available.filter((p) => table.year === undefined || p.year === table.year);
    const chain = regionChain(table.region);
    // Its own plan and every plan above it: a district must not fall below its city either.
    const inChain = sameYear.filter((p) => chain.includes(p.region));
    for (const p of chain.length ? inChain : sameYear) chosen.add(p);
  }
  return [...chosen];
}

function isEmptyGrid(grid: Grid): boolean {
  return grid.cells.every((row) => !row || row.every((c) => !c || (c.text === '' && c.value === null)));
}

/** Gauges for claims that match a plan target with a number on both sides. */
export function gaugesFor(tables: readonly SheetTable[], plans: readonly Plan[], limit = 24): GaugeSpec[] {
  const indexes = plans.map(indexPlan);
  const gauges: GaugeSpec[] = [];
  const seen = new Set<string>();
  // One claim at a time: the list stops at `limit`, so the sheet's whole Claim[] is never built.
  for (const claim of eachClaim(tables)) {
    if (claim.value === null) continue;
    for (const index of indexes) {
      const match = matchTarget(index, { metric: claim.metric, metricKey: claim.metricKey, kind: claim.kind, dimension: claim.dimension, leads: claim.leads, year: claim.year });
      if (!match || !('target' in match)) continue;
      const target = match.target;
      if (target.value === null || target.dimension !== claim.dimension) continue;
      const key = `${claim.sheet}!${claim.cell}→${index.plan.name}/${target.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      gauges.push({
        key,
        label: `${claim.metric}（${claim.sheet}!${claim.cell}）`,
        sheet: claim.sheet,
        cell: claim.cell,
        // Both sides in the target's written unit (亿元 vs 万元 convert through the factor).
        value: (claim.value * claim.factor) / target.factor,
        role: claim.role,
        target,
        plan: index.plan.name,
      });
      break;
    }
    if (gauges.length >= limit) break;
  }
  return gauges;
}

/** The sheets' task rows as the matrix's tasks. */
export function tasksFor(tables: readonly SheetTable[]): MatrixTask[] {
  return tables.flatMap((t) =>
    t.rows
      .filter((r) => r.task || r.leads.length || r.partners.length)
      .map((r) => ({
        id: `${t.sheet}#${r.key}`,
        number: r.index ?? '',
        title: r.task ?? '',
        leads: r.leads,
        partners: r.partners,
        sheet: t.sheet,
        sheetRow: r.rows[0] ?? 0,
      })),
  );
}

export function runCheck(grids: readonly Grid[], available: readonly Plan[], options: CheckOptions): CheckResult {
  const withData = grids.filter((g) => !isEmptyGrid(g));
  const tables = withData.map((g) => readSheet(g, { locale: options.locale }));
  const headerless = tables.filter((t) => t.shape === 'none').map((t) => t.sheet);
  if (tables.length === 0 || headerless.length === tables.length) {
    throw tables.length === 0
      ? new HostError('no-header', '工作簿中没有数据。未写入任何内容。', 'The workbook has no data. Nothing was written.')
      : noHeader(headerless);
  }
  const plans = options.plans ?? plansForTables(tables, available);
  if (plans.length === 0) {
    const regions = [...new Set(tables.map((t) => `${t.region ?? '?'} ${t.year ?? ''}`.trim()))].join('、');
    throw new HostError(
      'no-plan',
      `没有与本表（${regions}）对应的已收录工作要点。请在上方选择一份工作要点，或粘贴工作要点原文。未写入任何内容。`,
      `No seeded plan matches this workbook (${regions}). Pick a plan above or paste a plan's text. Nothing was written.`,
    );
  }
  const validateOptions: { asOf?: string; locale: 'zh-CN' | 'en' } = { locale: options.locale };
  if (options.asOf) validateOptions.asOf = options.asOf;
  const report = validate(tables, plans, validateOptions);
  return { report, tables, plans, gauges: gaugesFor(tables, plans), tasks: tasksFor(tables), headerless };
}
