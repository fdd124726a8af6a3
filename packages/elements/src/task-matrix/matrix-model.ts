/**
 * The data behind `<mb-task-matrix>`, as pure functions: which departments become columns, what
 * role each department plays in each task, per-department totals, and which findings of a
 * validation report belong to which task.
 */
import type { Finding, Plan, Report, Severity, Task } from '@mubiao/core';
// A small pure module (no imports of its own), so the elements stay free of core's reader.
import { departmentCore } from '@mubiao/core/text/departments';
import { parseCellAddress } from '@mubiao/core/sheet/address';
import { worse } from '@mubiao/core/vocab/severity';

/**
 * What the matrix needs of a task. A full model `Task` fits. A task read from a decomposition
 * sheet (core's SheetTable.rows) gives `sheet` and its 1-based grid rows: `sheetRows` (a logical
 * row can span several grid rows, SheetRow.rows) or just `sheetRow`; every finding standing on a
 * cell of those rows then belongs to the task, whatever plan target it also names.
 */
export interface MatrixTask
  extends Pick<Task, 'number' | 'title' | 'leads' | 'partners'>,
    Partial<Pick<Task, 'id' | 'targetIds' | 'content' | 'section'>> {
  sheet?: string;
  /** 1-based row of the task in its sheet (its first grid row when it spans several). */
  sheetRow?: number;
  /** Every 1-based grid row of the task's logical row in its sheet. */
  sheetRows?: readonly number[];
}

/** The task's 1-based sheet rows (`sheetRows`, else `sheetRow`), empty when it has none. */
export function taskSheetRows(task: MatrixTask): readonly number[] {
  if (task.sheetRows?.length) return task.sheetRows;
  return task.sheetRow !== undefined ? [task.sheetRow] : [];
}

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

/** Trims and removes inner whitespace (PDF extraction splits "市经信局" into "市经 信局"). */
export function normaliseDepartment(name: string): string {
  return name.replace(/\s+/gu, '').trim();
}

/**
 * A task's department list as given: an array of names, or one string as a sheet cell writes it
 * ("市经信局、市科技局"), split on 、，,；; and line breaks. Anything else is no department.
 */
export function departmentList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return value.split(/[、，,；;\n]/u);
  return [];
}

/** How department names are compared when they become columns. */
export type DepartmentKey = (name: string) => string;

/** Exact names (after whitespace normalisation). */
export const exactDepartmentKey: DepartmentKey = normaliseDepartment;

/**
 * Core's normaliser: long official names meet their short forms and the level word goes
 * (市经济和信息化局 and 市经信局 are one column). Collective entries such as 各县区人民政府 keep
 * their own column.
 */
export const mergedDepartmentKey: DepartmentKey = (name) => departmentCore(name) || normaliseDepartment(name);

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
    list.sort(
      (a, b) => b.leads - a.leads || b.leads + b.partners - (a.leads + a.partners) || a.firstSeen - b.firstSeen,
    );
  }
  return list;
}

/** Rows in which the department leads or partners; all rows for an empty filter. */
export function filterRows(
  rows: readonly MatrixRow[],
  department: string,
  keyOf: DepartmentKey = exactDepartmentKey,
): MatrixRow[] {
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

/** 1-based row number of an A1 address ("B12" → 12), or null when it is not one. */
export function rowOfAddress(address: string): number | null {
  const at = parseCellAddress(address.trim());
  return at ? at.row + 1 : null;
}

/**
 * Findings per task index. A finding belongs to a task when
 * 1. it stands on a cell of one of the task's sheet rows (`sheetRows`/`sheetRow`, and `sheet` if
 *    set), whatever plan target it names: a sheet validated against a plan reports the plan's
 *    target AND the sheet cell (金安区's table row 3 against 六安市's 技改投资 target), and the
 *    cell says which task it is; or
 * 2. its plan target (`target`, or for plan-against-plan findings the checked plan's own
 *    `subject`) is one of the task's `targetIds` (and, when a plan is given, the reference names
 *    that plan — target ids are only unique within a plan), or
 * 3. the plan says that target's `taskId` is this task's id.
 * A finding can belong to several tasks when they share a target.
 */
export function findingsByTask(
  rows: readonly MatrixRow[],
  report: Report | null | undefined,
  plan?: Pick<Plan, 'name' | 'targets'> | null,
): Map<number, Finding[]> {
  const result = new Map<number, Finding[]>();
  if (!report) return result;
  const taskIdOfTarget = new Map<string, string>();
  for (const target of plan?.targets ?? []) {
    if (target.taskId) taskIdOfTarget.set(target.id, target.taskId);
  }
  for (const finding of report.findings ?? []) {
    const cellRow = finding.cell ? rowOfAddress(finding.cell) : null;
    // Target ids of this plan (any plan when none is given) that the finding refers to.
    const ids: string[] = [];
    for (const ref of [finding.target, finding.subject]) {
      if (ref && (!plan || ref.plan === plan.name)) ids.push(ref.targetId);
    }
    for (const row of rows) {
      const { task } = row;
      const belongs =
        (cellRow !== null &&
          (task.sheet === undefined || task.sheet === finding.sheet) &&
          taskSheetRows(task).includes(cellRow)) ||
        ids.some(
          (id) => (task.targetIds ?? []).includes(id) || (task.id !== undefined && taskIdOfTarget.get(id) === task.id),
        );
      if (belongs) {
        const list = result.get(row.index) ?? [];
        list.push(finding);
        result.set(row.index, list);
      }
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
