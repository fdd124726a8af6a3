import type { Finding, Report, Severity } from '../model.ts';

/** Severity order for sorting and for merging several findings on one cell. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The more severe of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

/** 0-based row and column of an A1 address ("$D$5" too); null when it is not one. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Row-major order of cells, so a report reads down the sheet; non-addresses go first. */
export function compareCells(a: string, b: string): number {
  const pa = parseA1(a);
  const pb = parseA1(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : a.localeCompare(b);
  return pa.row - pb.row || pa.col - pb.col;
}

export interface SheetFindings {
  sheet: string;
  findings: Finding[];
  counts: Record<Severity, number>;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * Findings grouped by sheet, sheets in order of first appearance (the workbook's order, as the
 * validator reports them); within a sheet errors first, then warnings, then info, each down the
 * sheet — the shortfalls a meeting must fix should not hide under forty missing-target notes.
 */
export function groupBySheet(report: Pick<Report, 'findings'>): SheetFindings[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  return [...bySheet].map(([sheet, findings]) => {
    const sorted = [...findings].sort(
      (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareCells(a.cell, b.cell),
    );
    return { sheet, findings: sorted, counts: countBySeverity(findings) };
  });
}

/** Findings this many or more in a row with the same cell and code, and nothing read from the sheet, print as one list. */
const RUN_MIN = 3;

/**
 * Groups runs of sheet-wide findings (missing-target, placeholder: the same cell and code, no
 * sheet value) so forty untaken plan targets read as one list, not forty blocks. The JSON keeps
 * every finding whole.
 */
export function collapseRuns(findings: readonly Finding[]): (Finding | Finding[])[] {
  const out: (Finding | Finding[])[] = [];
  for (let i = 0; i < findings.length; ) {
    const f = findings[i]!;
    let j = i + 1;
    while (j < findings.length && !f.actual && sameRun(f, findings[j]!)) j++;
    if (j - i >= RUN_MIN) out.push(findings.slice(i, j));
    else out.push(...findings.slice(i, j));
    i = j;
  }
  return out;
}

function sameRun(a: Finding, b: Finding): boolean {
  return !b.actual && a.cell === b.cell && a.code === b.code && a.severity === b.severity;
}
