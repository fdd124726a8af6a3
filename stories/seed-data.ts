/**
 * Story data derived from the seeded plans (seeds/plans/*.json, read from the five documents by
 * the plan reader) and the seeded sample sheets, so designers review the elements on what the
 * documents actually say. Only the large-table and roll-up stories use generated rows, and say so.
 */
import type { Actual, Finding, Plan, Report, SheetTask, Target } from '@mubiao/core';
import { leadMismatchMessage, shortfallMessage, weakerMessage } from '@mubiao/core/validate/messages';
import { readSheet, validate } from '@mubiao/core';
import { seededPlan, seededPlans } from '@mubiao/seeds';
import { readWorkbook } from '@mubiao/xlsx';
import jinanTasksUrl from '../seeds/sheets/jinan-2023-tasks.xlsx?url';

export function plan(name: string): Plan {
  const found = seededPlan(name);
  if (!found) throw new Error(`No seeded plan "${name}"`);
  return found;
}

export function target(planName: string, metricKey: string, kind?: Target['kind']): Target {
  const found = plan(planName).targets.find((t) => t.metricKey === metricKey && (!kind || t.kind === kind));
  if (!found) throw new Error(`${planName} has no ${kind ?? ''} target for ${metricKey}`);
  return found;
}

export function actual(planName: string, metricKey: string, kind: Actual['kind']): Actual {
  const found = plan(planName).actuals.find((a) => a.metricKey === metricKey && a.kind === kind);
  if (!found) throw new Error(`${planName} has no ${kind} actual for ${metricKey}`);
  return found;
}

/** Gauge attributes for a plan target, optionally against an actual. */
export function gaugeArgs(t: Target, a?: Actual) {
  return {
    label: a ? `${t.metric}（${a.period.year}年${a.period.label}）` : t.metric,
    value: a?.value ?? null,
    target: t.value,
    max: t.max,
    comparator: t.comparator,
    unit: t.unit,
    kind: t.kind,
    decline: t.decline,
  };
}

/** One row per seeded plan that has a growth target for the metric: the ranking story's data. */
export function growthTargetRows(metricKey: string) {
  return seededPlans.flatMap((p) =>
    p.targets
      .filter((t) => t.metricKey === metricKey && t.kind === 'growth' && t.value !== null)
      .slice(0, 1)
      .map((t) => ({ region: p.region, year: p.year, plan: p.title, target: t.value as number, quote: t.quote })),
  );
}

/**
 * Deterministic stand-in enterprises (a linear congruential generator, fixed seed): Anhui had
 * 22,434 规上 industrial firms at the end of 2023 (seed 002), but their figures are not public.
 */
export function syntheticEnterprises(count: number) {
  let state = 20231130;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const counties = ['金安区', '裕安区', '叶集区', '霍邱县', '舒城县', '金寨县', '霍山县', '宿州市埇桥区', '砀山县', '萧县'];
  return Array.from({ length: count }, (_, i) => {
    const taxPerMu = Math.round(next() * 600) / 10;
    return {
      name: `样例企业${String(i + 1).padStart(5, '0')}`,
      county: counties[Math.floor(next() * counties.length)]!,
      taxPerMu,
      previousRank: next() < 0.05 ? null : Math.max(1, Math.round((i + 1) * (0.8 + next() * 0.4))),
    };
  });
}

let jinanReport: Promise<Report> | undefined;

/**
 * The real report: seeds/sheets/jinan-2023-tasks.xlsx (金安区's 2023 decomposition table, built
 * from seed 004) read in the browser and validated against 六安市's 2023 plan — the 技改投资
 * shortfall (15% vs 20%以上) and the city targets the district table does not take on.
 */
export function jinanAgainstLuan(): Promise<Report> {
  jinanReport ??= fetch(jinanTasksUrl)
    .then((response) => response.arrayBuffer())
    .then((buffer) => {
      const workbook = readWorkbook(new Uint8Array(buffer), { fileName: 'jinan-2023-tasks.xlsx' });
      return validate(
        workbook.sheets.map((grid) => readSheet(grid)),
        [plan('luan-2023')],
      );
    });
  return jinanReport;
}

/**
 * The tasks of the seeded 金安区 2023 table as the add-in sees them: the sheet's logical rows
 * (序号, 重点任务, 牵头单位, 配合单位) with their sheet row numbers, so sheet findings land on them.
 */
export async function jinanSheetTasks() {
  const response = await fetch(jinanTasksUrl);
  const workbook = readWorkbook(new Uint8Array(await response.arrayBuffer()), { fileName: 'jinan-2023-tasks.xlsx' });
  const table = readSheet(workbook.sheets[0]!);
  return table.rows.map((row) => ({
    number: row.index ?? '',
    title: row.task ?? '',
    leads: row.leads,
    partners: row.partners,
    sheet: table.sheet,
    sheetRow: row.rows[0]! + 1,
    sheetRows: row.rows.map((r) => r + 1),
  }));
}

/**
 * A city roll-up sheet of `rows` rows for the large-sheet stories: GENERATED rows, each taking on
 * one of 六安市's 2023 targets (its metric, plan sentence and 牵头/配合 departments as the plan
 * reads them) in turn, with a shortfall or a weaker promise on its target cell every row and a
 * second finding on every other row, worded by core's own message functions.
 */
export function luanRollUp(rows: number): Report {
  const p = plan('luan-2023');
  const targets = p.targets.filter((t) => t.value !== null && t.leads.length > 0);
  const tasks: SheetTask[] = [];
  const findings: Finding[] = [];
  const sheet = '全市重点任务汇总';
  for (let r = 0; r < rows; r++) {
    const t = targets[r % targets.length]!;
    const row = r + 3;
    tasks.push({ id: `row-${row}`, sheet, number: String(r + 1), title: t.metric, leads: t.leads, partners: t.partners, sheetRows: [row] });
    const expected = `${t.value}${t.unit}以上`;
    const ref = { plan: p.name, region: p.region, year: p.year, targetId: t.id, metric: t.metric, quote: t.quote, span: t.quoteSpan };
    const text = { metric: t.metric, kind: t.kind, plan: '市级', expected };
    const lower = `${Math.max(0, (t.value ?? 0) - 1 - (r % 5))}${t.unit}以上`;
    findings.push(
      r % 3 === 0
        ? {
            code: 'shortfall',
            severity: 'error',
            sheet,
            cell: `D${row}`,
            expected,
            actual: lower,
            target: ref,
            message: shortfallMessage({ ...text, actual: lower, gap: `${1 + (r % 5)}${t.unit}`, ceiling: false }, 'zh-CN'),
          }
        : {
            code: 'weaker-comparator',
            severity: 'warning',
            sheet,
            cell: `D${row}`,
            expected,
            actual: `${t.value}${t.unit}左右`,
            target: ref,
            message: weakerMessage({ ...text, actual: `${t.value}${t.unit}左右` }, 'zh-CN'),
          },
    );
    if (r % 2 === 0) {
      findings.push({
        code: 'lead-mismatch',
        severity: 'info',
        sheet,
        cell: `F${row}`,
        expected: t.leads.join('、'),
        actual: '区政府办',
        target: ref,
        message: leadMismatchMessage({ metric: t.metric, leads: '区政府办', departments: t.leads.join('、') }, 'zh-CN'),
      });
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return {
    valid: errors === 0,
    stats: { rows, claims: rows, matched: rows, errors, warnings, infos: findings.length - errors - warnings },
    findings,
    tasks,
  };
}
