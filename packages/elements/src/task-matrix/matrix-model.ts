/**
 * The data behind `<mb-task-matrix>`, as pure functions: which departments become columns, what
 * role each department plays in each task, per-department totals, and which findings of a
 * validation report belong to which task.
 */
import type { Finding, Plan, Report, Severity, Task } from '@mubiao/core';
import { exactDepartmentKey, departmentList, normaliseDepartment, type DepartmentKey } from '../shared/departments.ts';
import { taskIndexFor, type IndexedTask } from '../shared/task-index.ts';
import { worse } from '@mubiao/core/vocab/severity';

/**
 * What the matrix needs of a task. A full model `Task` fits. A task read from a decomposition
 * sheet (core's SheetTable.rows) gives `sheet` and its 1-based grid rows: `sheetRows` (a logical
 * row can span several grid rows, SheetRow.rows) or just `sheetRow`; every finding standing on a
 * cell of those rows then belongs to the task, whatever plan target it also names.
 */
export interface MatrixTask
  extends
    Pick<Task, 'number' | 'title' | 'leads' | 'partners'>,
    Partial<Pick<Task, 'id' | 'targetIds' | 'content' | 'section'>>,
    Omit<IndexedTask, 'id' | 'targetIds'> {}

export { rowOfAddress, taskSheetRows } from '../shared/task-index.ts';
export { departmentList, exactDepartmentKey, mergedDepartmentKey, normaliseDepartment, type DepartmentKey } from '../shared/departments.ts';

export type Role = 'lead' | 'partner';

export interface MatrixRow {
  task: MatrixTask;
  /** Row index in the unfiltered task list (stable key for rendering and events). */
  index: number;
  /** Department key → role. */
  roles: Map<string, Role>;
  /** Department key → the name as this task writes it. */
  names: Map<string, string>;
  leadCount: number;
  partnerCount: number;
}

export interface DepartmentTotals {
  /** What names are compared by (see DepartmentKey). */
  key: string;
  /** The name as first written in the plan. */
  name: string;
  /** Other spellings merged into this column, e.g. 市经信局 for 市经济和信息化局. */
  aliases: string[];
  leads: number;
  partners: number;
  /** Order in which the name first appears (leads before partners within a task). */
  firstSeen: number;
}

/** Each task's department roles; a department named as both lead and partner counts as lead. */
export function buildRows(tasks: readonly MatrixTask[], keyOf: DepartmentKey = exactDepartmentKey): MatrixRow[] {
  return tasks.map((task, index) => {
    const roles = new Map<string, Role>();
    const names = new Map<string, string>();
    const add = (raw: string, role: Role) => {
      const name = normaliseDepartment(raw);
      const key = name ? keyOf(name) : '';
      if (!key || roles.has(key)) return;
      roles.set(key, role);
      names.set(key, name);
    };
    for (const lead of departmentList(task.leads)) add(lead, 'lead');
    for (const partner of departmentList(task.partners)) add(partner, 'partner');
    let leadCount = 0;
    for (const role of roles.values()) if (role === 'lead') leadCount += 1;
    return { task, index, roles, names, leadCount, partnerCount: roles.size - leadCount };
  });
}

export type ColumnOrder = 'appearance' | 'count';

/**
 * Columns with their totals over all rows. `appearance` keeps the plan's own order (first
 * mention); `count` puts the busiest departments first (leads, then all tasks, then appearance).
 */
export function departmentTotals(rows: readonly MatrixRow[], order: ColumnOrder = 'appearance'): DepartmentTotals[] {
  const totals = new Map<string, DepartmentTotals>();
  for (const row of rows) {
    for (const [key, role] of row.roles) {
      const name = row.names.get(key) ?? key;
      let entry = totals.get(key);
      if (!entry) {
        entry = { key, name, aliases: [], leads: 0, partners: 0, firstSeen: totals.size };
        totals.set(key, entry);
      } else if (name !== entry.name && !entry.aliases.includes(name)) {
        entry.aliases.push(name);
      }
      if (role === 'lead') entry.leads += 1;
      else entry.partners += 1;
    }
  }
  const list = [...totals.values()];
  if (order === 'count') {
    list.sort((a, b) => b.leads - a.leads || b.leads + b.partners - (a.leads + a.partners) || a.firstSeen - b.firstSeen);
  }
  return list;
}

/** Rows in which the department leads or partners; all rows for an empty filter. */
export function filterRows(rows: readonly MatrixRow[], department: string, keyOf: DepartmentKey = exactDepartmentKey): MatrixRow[] {
  const name = normaliseDepartment(department);
  if (!name) return [...rows];
  const key = keyOf(name);
  return rows.filter((row) => row.roles.has(key));
}

/** The most severe of the findings, or null for none. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const finding of findings) worst = worst ? worse(worst, finding.severity) : finding.severity;
  return worst;
}

/**
 * Findings per task index (MatrixRow.index), by the rules of TaskIndex (made once per report and
 * task array); a finding can belong to several tasks when they share a target. Linear in findings
 * plus tasks. `tasks` is the array `rows` were built from (buildRows): given it, a findings list
 * showing the same report and array shares the index; without it the rows' tasks get their own.
 */
export function findingsByTask(
  rows: readonly MatrixRow[],
  report: Report | null | undefined,
  plan?: Pick<Plan, 'name' | 'targets'> | null,
  tasks: readonly IndexedTask[] = rows.map((row) => row.task),
): Map<number, Finding[]> {
  const result = new Map<number, Finding[]>();
  if (!report) return result;
  const index = taskIndexFor(report, tasks, plan ?? null);
  for (const finding of report.findings ?? []) {
    for (const position of index.tasksOf(finding)) {
      const key = rows[position]!.index;
      const list = result.get(key);
      if (list) list.push(finding);
      else result.set(key, [finding]);
    }
  }
  return result;
}

/**
 * A short form of a long department name for a narrow column header (the full name stays in the
 * accessible name and the tooltip). `max` ≤ 0 keeps names whole.
 */
export function abbreviate(name: string, max: number): string {
  const chars = [...name];
  if (max <= 0 || chars.length <= max) return name;
  return `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
