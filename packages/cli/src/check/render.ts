import type { FileReport, Finding, Plan, Report, Locale } from '@mubiao/core';
import { countBySeverity, planLabel, renderReportText, renderSummaryText, reportLabels } from '@mubiao/core';

/** The JSON `mubiao check --json` prints: one shape for one file or many. */
export interface CheckJson {
  valid: boolean;
  asOf: string | null;
  locale: Locale;
  plans: { name: string; region: string; year: number | null; title: string; targets: number }[];
  /** Sums over the files that could be read. */
  stats: Report['stats'];
  /** Every finding of every file, each naming its file. */
  findings: (Finding & { file: string })[];
  files: {
    file: string;
    valid: boolean | null;
    stats: Report['stats'] | null;
    error?: string;
    warnings: string[];
    /** Each sheet: its region and year, the plans considered and why, the as-of date used. */
    sheets?: NonNullable<Report['sheets']>;
    /** Notes about the plans themselves (an upper plan's own "**" blanks). */
    planNotes?: NonNullable<Report['planNotes']>;
  }[];
}

export function checkJson(results: readonly FileReport[], plans: readonly Plan[], asOf: string | undefined, locale: Locale): CheckJson {
  const stats: Report['stats'] = { rows: 0, claims: 0, matched: 0, errors: 0, warnings: 0, infos: 0 };
  const findings: CheckJson['findings'] = [];
  for (const r of results) {
    if (!r.report) continue;
    for (const key of Object.keys(stats) as (keyof Report['stats'])[]) stats[key] += r.report.stats[key];
    // The contract's fields first, in a stable order, then whatever else the finding carries.
    for (const f of r.report.findings) {
      const { code, severity, sheet, cell, expected, actual, message, ...rest } = f;
      findings.push({ file: r.file, code, severity, sheet, cell, expected, actual, message, ...rest });
    }
  }
  return {
    valid: results.every((r) => r.report?.valid),
    asOf: asOf ?? null,
    locale,
    plans: plans.map((p) => ({ name: p.name, region: p.region, year: p.year, title: p.title, targets: p.targets.length })),
    stats,
    findings,
    files: results.map((r) => ({
      file: r.file,
      valid: r.report ? r.report.valid : null,
      stats: r.report ? r.report.stats : null,
      ...(r.error ? { error: r.error } : {}),
      warnings: r.warnings ?? [],
      ...(r.report?.sheets ? { sheets: r.report.sheets } : {}),
      ...(r.report?.planNotes ? { planNotes: r.report.planNotes } : {}),
    })),
  };
}

export interface TextOutputOptions {
  color: boolean;
  width: number;
  locale: Locale;
  /** Several files: each report is headed by its file and a summary table follows. */
  many: boolean;
  plans: readonly Plan[];
  asOf?: string | undefined;
}

/**
 * The terminal output of a run: which plans and date it was judged by, each file's report, then
 * (for several files) the summary table.
 */
export function checkText(results: readonly FileReport[], options: TextOutputOptions): string {
  const labels = reportLabels(options.locale);
  const sep = options.locale === 'en' ? '; ' : '；';
  const colon = options.locale === 'en' ? ': ' : '：';
  const plans = options.plans.length ? options.plans.map((p) => planLabel(p, options.locale)).join(sep) : labels.plansAuto;
  const parts: string[] = [`${labels.plansUsed}${colon}${plans}${options.asOf ? ` · ${labels.asOf}${colon}${options.asOf}` : ''}`];
  for (const r of results) {
    if (!r.report) continue;
    parts.push(renderReportText(r.report, { color: options.color, width: options.width, locale: options.locale, ...(options.many ? { file: r.file } : {}) }));
  }
  if (options.many) parts.push(renderSummaryText(results, { width: options.width, locale: options.locale }));
  return parts.join('\n');
}

/** Error-severity findings across the readable files. */
export function errorCount(results: readonly FileReport[]): number {
  return results.reduce((n, r) => n + (r.report ? countBySeverity(r.report.findings).error : 0), 0);
}
