/**
 * The data behind `<mb-findings-list>`, as pure functions: filtering by severity and code,
 * counting for the filter controls, and grouping by sheet then severity in reading order.
 */
import type { Finding, Severity } from '@mubiao/core';
import { parseCellAddress } from '@mubiao/core/sheet/address';
import { SEVERITIES } from '@mubiao/core/vocab/severity';

export interface FindingFilter {
  /** '' for every severity. */
  severity: Severity | '';
  /** '' for every code. */
  code: string;
}

export function isSeverity(value: unknown): value is Severity {
  return value === 'error' || value === 'warning' || value === 'info';
}

export function matchesFilter(finding: Finding, filter: FindingFilter): boolean {
  return (!filter.severity || finding.severity === filter.severity) && (!filter.code || finding.code === filter.code);
}

/**
 * Counts per severity (under the current code filter) and per code (under the current severity
 * filter), so each control shows how many findings choosing that option would leave.
 */
export function filterCounts(
  findings: readonly Finding[],
  filter: FindingFilter,
): { severity: Record<Severity | '', number>; code: Map<string, number>; codeTotal: number } {
  const severity: Record<Severity | '', number> = { '': 0, error: 0, warning: 0, info: 0 };
  const code = new Map<string, number>();
  let codeTotal = 0;
  for (const finding of findings) {
    if (!filter.code || finding.code === filter.code) {
      severity[''] += 1;
      if (isSeverity(finding.severity)) severity[finding.severity] += 1;
    }
    if (!filter.severity || finding.severity === filter.severity) {
      code.set(finding.code, (code.get(finding.code) ?? 0) + 1);
      codeTotal += 1;
    }
  }
  return { severity, code, codeTotal };
}

/** Every code in the report, in order of first appearance. */
export function codesOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.code))];
}

/** Zero-based row and column of an A1 address, for reading-order sorting; unknown sorts last. */
export function addressOrder(address: string): [row: number, col: number] {
  const at = parseCellAddress((address ?? '').trim());
  return at ? [at.row, at.col] : [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
}

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  count: number;
  severities: SeverityGroup[];
}

/**
 * Sheets in order of first appearance; within a sheet error, warning, info; within a severity
 * top-to-bottom, left-to-right by cell (ties keep report order).
 */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets = new Map<string, Finding[]>();
  for (const finding of findings) {
    const sheet = finding.sheet ?? '';
    const list = sheets.get(sheet) ?? [];
    list.push(finding);
    sheets.set(sheet, list);
  }
  return [...sheets].map(([sheet, list]) => ({
    sheet,
    count: list.length,
    severities: SEVERITIES
      .map((severity) => ({
        severity,
        findings: list
          .filter((finding) => finding.severity === severity)
          .map((finding, index) => ({ finding, index, order: addressOrder(finding.cell) }))
          .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.index - b.index)
          .map((entry) => entry.finding),
      }))
      .filter((group) => group.findings.length > 0),
  }));
}

/** Counts by severity, from the findings themselves (a report's stats may be absent). */
export function severityTotals(findings: readonly Finding[]): Record<Severity, number> {
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (isSeverity(finding.severity)) totals[finding.severity] += 1;
  return totals;
}
