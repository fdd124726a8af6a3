import type { Finding, Report, Severity } from '../model.ts';
import { parseCellAddress } from '../sheet/address.ts';
import { SEVERITY_RANK } from '../vocab/severity.ts';

/** Row-major order of cells, so a report reads down the sheet; non-addresses go first. */
export function compareCells(a: string, b: string): number {
  const pa = parseCellAddress(a.trim());
  const pb = parseCellAddress(b.trim());
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
    const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareCells(a.cell, b.cell));
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
  for (let i = 0; i < findings.length;) {
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
