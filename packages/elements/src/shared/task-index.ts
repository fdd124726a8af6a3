/**
 * Which tasks a finding belongs to, looked up rather than searched: <mb-task-matrix> marks its
 * tasks with their findings, <mb-findings-list> files a finding under its task's 牵头单位. One
 * pass builds maps from (sheet, 1-based row) and from plan target id to task positions, so a
 * report of n findings over m tasks costs O(n + m), not O(n × m).
 */
import type { Finding } from '@mubiao/core';
import { parseCellAddress } from '@mubiao/core/sheet/address';

/** What the lookup needs of a task (a model `Task`, a report's `SheetTask` or a matrix task fits). */
export interface IndexedTask {
  id?: string;
  targetIds?: readonly string[];
  sheet?: string;
  /** 1-based row of the task in its sheet (its first grid row when it spans several). */
  sheetRow?: number;
  /** Every 1-based grid row of the task's logical row in its sheet. */
  sheetRows?: readonly number[];
}

/** The task's 1-based sheet rows (`sheetRows`, else `sheetRow`), empty when it has none. */
export function taskSheetRows(task: IndexedTask): readonly number[] {
  if (task.sheetRows?.length) return task.sheetRows;
  return task.sheetRow !== undefined ? [task.sheetRow] : [];
}

/** 1-based row number of an A1 address ("B12" → 12), or null when it is not one. */
export function rowOfAddress(address: string): number | null {
  const at = parseCellAddress(address.trim());
  return at ? at.row + 1 : null;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  // A task's rows and ids are added in task order: a repeat is the last entry.
  else if (list[list.length - 1] !== value) list.push(value);
}

const NONE: readonly number[] = [];

/** The plan whose target ids count (ids are only unique within a plan), with each target's task. */
export interface IndexPlan {
  name: string;
  targets: readonly { id: string; taskId?: string }[];
}

/**
 * A finding belongs to a task when
 * 1. it stands on a cell of one of the task's sheet rows (`sheetRows`/`sheetRow`, and `sheet` if
 *    set), whatever plan target it names: a sheet validated against a plan reports the plan's
 *    target AND the sheet cell, and the cell says which task it is; or
 * 2. its plan target (`target`, or for plan-against-plan findings the checked plan's own
 *    `subject`) is one of the task's `targetIds` (and, when a plan is given, the reference names
 *    that plan), or
 * 3. the plan says that target's `taskId` is the task's `id`.
 */
export class TaskIndex {
  /** Tasks with a sheet: sheet → row → positions. */
  readonly #bySheetRow = new Map<string, Map<number, number[]>>();
  /** Tasks without a sheet match a row on any sheet. */
  readonly #byRow = new Map<number, number[]>();
  readonly #byTarget = new Map<string, number[]>();
  readonly #plan: IndexPlan | null;

  constructor(tasks: readonly IndexedTask[], plan?: IndexPlan | null) {
    this.#plan = plan ?? null;
    const byId = new Map<string, number[]>();
    tasks.forEach((task, position) => {
      let rows = this.#byRow;
      if (task.sheet !== undefined) {
        rows = this.#bySheetRow.get(task.sheet) ?? new Map<number, number[]>();
        this.#bySheetRow.set(task.sheet, rows);
      }
      for (const row of taskSheetRows(task)) push(rows, row, position);
      for (const id of task.targetIds ?? []) push(this.#byTarget, id, position);
      if (task.id !== undefined) push(byId, task.id, position);
    });
    for (const target of plan?.targets ?? []) {
      for (const position of (target.taskId !== undefined && byId.get(target.taskId)) || []) push(this.#byTarget, target.id, position);
    }
  }

  /**
   * Positions (into the tasks given) of the tasks the finding belongs to, in task order, each
   * once. The common case (one task, by its row) returns the index's own array: do not change it.
   */
  tasksOf(finding: Finding): readonly number[] {
    const lists: (readonly number[])[] = [];
    const cellRow = finding.cell ? rowOfAddress(finding.cell) : null;
    if (cellRow !== null) {
      const onSheet = this.#bySheetRow.get(finding.sheet)?.get(cellRow);
      const anySheet = this.#byRow.get(cellRow);
      if (onSheet) lists.push(onSheet);
      if (anySheet) lists.push(anySheet);
    }
    for (const ref of [finding.target, finding.subject]) {
      const byTarget = ref && (!this.#plan || ref.plan === this.#plan.name) && this.#byTarget.get(ref.targetId);
      if (byTarget) lists.push(byTarget);
    }
    if (lists.length < 2) return lists[0] ?? NONE;
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  }
}
