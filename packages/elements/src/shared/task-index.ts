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

/** Tasks added per slice of TaskIndex.build: a few ms of work. */
const TASK_SLICE = 1000;

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
 *
 * Built on demand: `build` adds tasks in slices (a 100,000-row sheet's tasks are tens of ms of
 * work), and the first lookup finishes what is left.
 */
export class TaskIndex {
  /** Tasks with a sheet: sheet → row → positions. */
  readonly #bySheetRow = new Map<string, Map<number, number[]>>();
  /** Tasks without a sheet match a row on any sheet. */
  readonly #byRow = new Map<number, number[]>();
  readonly #byTarget = new Map<string, number[]>();
  readonly #byId = new Map<string, number[]>();
  readonly #tasks: readonly IndexedTask[];
  readonly #plan: IndexPlan | null;
  /** Tasks added so far. */
  #built = 0;
  #complete = false;

  constructor(tasks: readonly IndexedTask[], plan?: IndexPlan | null) {
    this.#tasks = tasks;
    this.#plan = plan ?? null;
  }

  /** Adds tasks, a slice of TASK_SLICE at a time, until `stop()` says so or all are in; true when complete. */
  build(stop: () => boolean = () => false): boolean {
    const tasks = this.#tasks;
    while (this.#built < tasks.length && !stop()) {
      const end = Math.min(tasks.length, this.#built + TASK_SLICE);
      for (let position = this.#built; position < end; position++) this.#add(tasks[position]!, position);
      this.#built = end;
    }
    if (this.#built < tasks.length) return false;
    if (!this.#complete) {
      for (const target of this.#plan?.targets ?? []) {
        for (const position of (target.taskId !== undefined && this.#byId.get(target.taskId)) || []) push(this.#byTarget, target.id, position);
      }
      this.#complete = true;
    }
    return true;
  }

  #add(task: IndexedTask, position: number): void {
    let rows = this.#byRow;
    if (task.sheet !== undefined) {
      rows = this.#bySheetRow.get(task.sheet) ?? new Map<number, number[]>();
      this.#bySheetRow.set(task.sheet, rows);
    }
    for (const row of taskSheetRows(task)) push(rows, row, position);
    for (const id of task.targetIds ?? []) push(this.#byTarget, id, position);
    if (task.id !== undefined) push(this.#byId, task.id, position);
  }

  /**
   * Positions (into the tasks given) of the tasks the finding belongs to, in task order, each
   * once. The common case (one task, by its row) returns the index's own array: do not change it.
   */
  tasksOf(finding: Finding): readonly number[] {
    if (!this.#complete) this.build();
    // No arrays made on the way (this runs once per finding of a 100,000-finding report).
    let first: readonly number[] | undefined;
    let more: number[] | undefined;
    const lists = [
      finding.cell ? this.#cellTasks(finding.sheet, finding.cell) : undefined,
      finding.cell ? this.#byRow.get(rowOfAddress(finding.cell) ?? -1) : undefined,
      this.#targetTasks(finding.target),
      this.#targetTasks(finding.subject),
    ];
    for (const list of lists) {
      if (!list) continue;
      if (!first) first = list;
      else (more ??= [...first]).push(...list);
    }
    if (!more) return first ?? NONE;
    return [...new Set(more)].sort((a, b) => a - b);
  }

  #cellTasks(sheet: string, cell: string): readonly number[] | undefined {
    const rows = this.#bySheetRow.get(sheet);
    return rows && rows.get(rowOfAddress(cell) ?? -1);
  }

  #targetTasks(ref: Finding['target']): readonly number[] | undefined {
    return ref && (!this.#plan || ref.plan === this.#plan.name) ? this.#byTarget.get(ref.targetId) : undefined;
  }
}

/** Per report, per task list (by identity), per plan: the task indexes made for them. */
const byReport = new WeakMap<object, WeakMap<readonly IndexedTask[], Map<IndexPlan | null, TaskIndex>>>();

/**
 * The task index of a report's tasks (and plan), made once per report object and task array:
 * <mb-findings-list> and <mb-task-matrix> given one report and its `tasks` array look up the
 * same one, in O(1). Another array (an edited task list is a new one) or another plan gets
 * another index; nothing is compared element by element. A list edited in place keeps its
 * index: give the elements a new array, as Lit's change detection needs anyway.
 */
export function taskIndexFor(report: object, tasks: readonly IndexedTask[], plan: IndexPlan | null = null): TaskIndex {
  let byTasks = byReport.get(report);
  if (!byTasks) byReport.set(report, (byTasks = new WeakMap()));
  let byPlan = byTasks.get(tasks);
  if (!byPlan) byTasks.set(tasks, (byPlan = new Map<IndexPlan | null, TaskIndex>()));
  let index = byPlan.get(plan);
  if (!index) byPlan.set(plan, (index = new TaskIndex(tasks, plan)));
  return index;
}
