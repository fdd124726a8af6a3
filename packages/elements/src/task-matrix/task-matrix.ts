import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Finding, Plan, Report, Severity } from '@mubiao/core';
import { SEVERITIES, SEVERITY_ICON, severityWord } from '@mubiao/core/vocab/severity';
import { LocaleController, wordsFor } from '../shared/locale.ts';
import { GridKeysController, rowsInView, type GridPosition } from '../shared/grid-keys.ts';
import { taskMatrixStrings, type TaskMatrixStrings } from './task-matrix.strings.ts';
import { describe, jsonAttribute, warnOnce } from '../shared/warn.ts';
import {
  abbreviate,
  buildRows,
  departmentTotals,
  filterRows,
  findingsByTask,
  taskSheetRows,
  exactDepartmentKey,
  mergedDepartmentKey,
  normaliseDepartment,
  worstSeverity,
  type DepartmentKey,
  type DepartmentTotals,
  type MatrixRow,
  type MatrixTask,
  type Role,
} from './matrix-model.ts';
import { taskMatrixStyles } from './task-matrix.styles.ts';

export type { MatrixTask, Role, ColumnOrder } from './matrix-model.ts';

export interface TaskSelectDetail {
  task: MatrixTask;
  /** Position of the task in `tasks` (or `plan.tasks`). */
  index: number;
  /** The department of the chosen cell, or null when the row header or status was chosen. */
  department: string | null;
  role: Role | null;
  /** Findings of the report that belong to this task. */
  findings: Finding[];
}

export interface DepartmentChangeDetail {
  /** The department now filtered on; '' for all departments. */
  department: string;
}

/** A row needs at least a title or a number; other entries are skipped. */
function isTaskLike(value: unknown): value is MatrixTask {
  return typeof value === 'object' && value !== null && ('title' in value || 'number' in value);
}

/** The entries that are tasks: the list itself when all are. */
function onlyTasks(list: unknown[]): readonly MatrixTask[] {
  return list.every(isTaskLike) ? list : list.filter(isTaskLike);
}

const roleIcon: Record<Role, string> = { lead: '●', partner: '○' };

/** Task rows drawn at once: a page, so a province's roll-up sheet stays a few thousand nodes. */
const DEFAULT_PAGE_SIZE = 50;

interface Summary {
  /** Each task's worst finding (MatrixRow.index → severity), kept for its row. */
  worst: Map<number, Severity>;
  tasksBySeverity: Record<Severity, number>;
  /** Findings on any task, each counted once. */
  findings: number;
}

/** Each task's worst finding, tasks counted by it, and the findings on any task (each counted once). */
function summarise(byTask: Map<number, Finding[]>): Summary {
  const worst = new Map<number, Severity>();
  const tasksBySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const counted = new Set<Finding>();
  for (const [task, findings] of byTask) {
    const severity = worstSeverity(findings);
    if (severity) {
      worst.set(task, severity);
      tasksBySeverity[severity] += 1;
    }
    for (const finding of findings) counted.add(finding);
  }
  return { worst, tasksBySeverity, findings: counted.size };
}

/**
 * @summary Key tasks (rows) by departments (columns): who leads (● 牵头) and who supports
 * (○ 配合) each task, with per-department totals, a department filter and the task's findings.
 *
 * @tag mb-task-matrix
 *
 * Keyboard (WAI-ARIA grid, the same as <mb-ranking-table>'s): arrows move between cells, Home/End
 * to the row's first/last cell, Ctrl+Home/End to the first cell of the header row / the last cell
 * of the totals row, PageUp/PageDown by the rows in view, Enter/Space on a task chooses it and on a
 * department's header filters by it. One tab stop: the grid remembers its focused cell. The keys
 * move within the page shown; `aria-rowcount` and `aria-rowindex` count every page.
 *
 * @attr {string} department - Show only tasks this department leads or supports ('' = all).
 * @attr {string} label - Table caption; defaults to the plan title, else "重点任务分工".
 * @attr {boolean} compact - Hide the visible 牵头/配合 words in cells (shape stays, and the
 *   words stay for screen readers).
 * @attr {number} abbreviate - Column headers longer than this many characters are shortened
 *   with "…" (the full name stays in the tooltip and the accessible name); 0 keeps names whole.
 * @attr {boolean} exact-departments - One column per distinct name. By default core's
 *   normaliser merges spellings of one department (市经济和信息化局 / 市经信局) into one column,
 *   named as first written, with the other spellings in its tooltip.
 * @attr {'appearance'|'count'} column-order - Departments in order of first mention, or
 *   busiest (most tasks led) first.
 * @attr {number} page-size - Task rows drawn at once (default 50; 0: all). A sheet of any size
 *   keeps the DOM to one page; the totals and the summary count every task.
 * @attr {number} page - The page shown, from 1; a new department filter goes back to 1.
 * @attr {string} lang - Locale (zh-CN default, en); else inherited from ancestors or the document.
 *
 * @prop {MatrixTask[]} tasks - (also a JSON attribute, for pages without a script of their own) Tasks with `number`, `title`, `leads`, `partners` (model `Task`
 *   fits). Optional `targetIds`, `id`, or `sheet`/`sheetRows`/`sheetRow` tie findings to tasks.
 * @prop {Plan | null} plan - (also a JSON attribute) A plan; its `tasks` are used when `tasks` is empty and its title
 *   becomes the caption. Its targets' `taskId` also tie findings to tasks.
 * @prop {Report | null} report - (also a JSON attribute) A validation report: each task with findings is marked with
 *   its worst severity (shape + text) and the number of findings. A finding belongs to a task
 *   when its cell is on one of the task's `sheetRows` (or `sheetRow`; same `sheet`), whatever
 *   plan target it names, or when its `target` (or plan-against-plan `subject`) `targetId` is in
 *   the task's `targetIds` (same plan), or the plan target's `taskId` is the task's `id`.
 *
 * @event {CustomEvent<TaskSelectDetail>} mb-task-select - A task row or cell was chosen (click,
 *   Enter or Space).
 * @event {CustomEvent<DepartmentChangeDetail>} mb-department-change - The user changed the
 *   department filter (select, or Enter on a column header).
 *
 * @csspart title - The visible title (the table's caption, for screen readers, is the same text).
 * @csspart summary - The line above the matrix: tasks, departments and tasks with findings.
 * @csspart pager - The page controls below the table (only with more than one page).
 * @csspart page-button - The previous / next page buttons.
 * @csspart toolbar - The row holding the filter and the legend.
 * @csspart filter - The department <select>.
 * @csspart legend - The legend list.
 * @csspart scroller - The horizontally scrolling box around the table.
 * @csspart table - The <table role="grid">.
 * @csspart column-header - A department column header.
 * @csspart row-header - A task's row header (number and title).
 * @csspart cell - A task × department cell.
 * @csspart status - A task's validation status cell.
 * @csspart totals - The per-department totals row.
 * @csspart empty - The message shown when no task is shown.
 *
 * @cssproperty --mb-matrix-max-height - Height after which the table scrolls vertically with a
 *   sticky header (default: none).
 * @cssproperty --mb-matrix-column-width - Widest a department column grows (default 7em).
 * @cssproperty --mb-matrix-task-width - Widest the sticky task column grows (default 22em).
 * @cssproperty --mb-color-accent - Lead marks.
 * @cssproperty --mb-color-highlight - The filtered department's column.
 * @cssproperty --mb-color-short - Rows with error findings.
 * @cssproperty --mb-color-at-risk - Rows with warnings.
 */
export class MbTaskMatrix extends LitElement {
  static override styles = taskMatrixStyles;

  // Reactive properties as a static table: smaller than decorators once built.
  static override properties = {
    tasks: { converter: jsonAttribute('mb-task-matrix', 'tasks', 'array') },
    plan: { converter: jsonAttribute('mb-task-matrix', 'plan', 'object') },
    report: { converter: jsonAttribute('mb-task-matrix', 'report', 'object') },
    department: { reflect: true },
    label: {},
    compact: { type: Boolean, reflect: true },
    abbreviate: { type: Number },
    exactDepartments: { type: Boolean, attribute: 'exact-departments' },
    columnOrder: { attribute: 'column-order' },
    pageSize: { type: Number, attribute: 'page-size' },
    page: { type: Number, reflect: true },
    lang: { reflect: true },
    announcement: { state: true, attribute: false },
  };

  tasks: MatrixTask[] = [];
  plan: Plan | null = null;
  report: Report | null = null;
  department = '';
  label = '';
  compact = false;
  abbreviate = 8;
  exactDepartments = false;
  columnOrder: 'appearance' | 'count' = 'appearance';
  /** Tasks per page; a sheet of any size draws at most this many rows (0 or less: all). */
  pageSize = DEFAULT_PAGE_SIZE;
  /** The page shown, from 1 (kept within the pages there are). */
  page = 1;
  /** Locale: 'zh-CN' (default) or 'en'; empty inherits from the closest ancestor's lang, then the document. */
  declare lang: string;

  private announcement = '';

  readonly #localeController = new LocaleController(this);
  /** What the rows were built from (see #sourceTasks). */
  #tasks: readonly MatrixTask[] = [];
  #rows: MatrixRow[] = [];
  #columns: DepartmentTotals[] = [];
  #findings = new Map<number, Finding[]>();
  /** Rows the department filter leaves, all pages (computed when the rows or the filter change). */
  #filtered: MatrixRow[] = [];
  /** Tasks with findings by their worst severity, and findings on any task: the summary, counted once. */
  #summary: Summary = summarise(new Map());
  /** The roving tab stop over the table's rows (0: the header row; the last: the totals row). */
  readonly #keys = new GridKeysController(this, {
    extent: () => ({ rows: this.#pageRows.length + 2, cols: this.#columns.length + (this.#hasStatus ? 3 : 2) }),
    positionOf: (target) => this.#positionOf(target),
    pageRows: () => {
      const table = this.#table;
      const body = table?.tBodies[0];
      const rowHeight = body?.rows.length ? body.getBoundingClientRect().height / body.rows.length : 0;
      return rowsInView(this.renderRoot.querySelector('.scroller'), table?.tHead?.getBoundingClientRect().height ?? 0, rowHeight);
    },
    focus: () => this.#focusActiveCell(),
    activate: (position) => {
      this.#activate(position);
      return true;
    },
    initial: { row: 1, col: 0 },
  });

  get #strings(): TaskMatrixStrings {
    return wordsFor(this.#localeController.locale, 'taskMatrix', taskMatrixStrings['zh-CN']);
  }

  /**
   * The rows' source: `tasks`, else `plan.tasks`; anything but an array is reported once. The
   * array itself when every entry is a task: a findings list given the same report and array
   * then shares its task index (taskIndexFor keys on the array).
   */
  get #sourceTasks(): readonly MatrixTask[] {
    const tasks: unknown = this.tasks;
    if (Array.isArray(tasks) && tasks.length) return onlyTasks(tasks);
    if (tasks != null && !Array.isArray(tasks)) warnOnce(this, 'tasks', `must be an array of tasks, got ${describe(tasks)}`);
    const planTasks: unknown = this.plan?.tasks;
    if (planTasks != null && !Array.isArray(planTasks)) {
      warnOnce(this, 'plan', `plan.tasks must be an array, got ${describe(planTasks)}`);
      return [];
    }
    return Array.isArray(planTasks) ? onlyTasks(planTasks) : [];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const rowsChanged = ['tasks', 'plan', 'columnOrder', 'exactDepartments'].some((k) => changed.has(k as keyof MbTaskMatrix));
    if (rowsChanged) {
      this.#tasks = this.#sourceTasks;
      this.#rows = buildRows(this.#tasks, this.#keyOf);
      this.#columns = departmentTotals(this.#rows, this.columnOrder === 'count' ? 'count' : 'appearance');
    }
    if (rowsChanged || changed.has('report')) {
      this.#findings = findingsByTask(this.#rows, this.report, this.plan, this.#tasks);
      this.#summary = summarise(this.#findings);
    }
    if (rowsChanged || changed.has('department')) {
      this.#filtered = filterRows(this.#rows, this.department ?? '', this.#keyOf);
      // A new filter starts on its first page (the page attribute, set with it, wins).
      if (changed.has('department') && !changed.has('page') && this.hasUpdated) this.page = 1;
    }
  }

  override updated(): void {
    // Option `selected` attributes stop steering a <select> once the user has used it.
    const select = this.renderRoot.querySelector('select');
    const filterValue = this.#filterColumn?.name ?? normaliseDepartment(this.department ?? '');
    if (select && select.value !== filterValue) select.value = filterValue;
    this.#syncTabStop();
  }

  /** The departments shown as columns, with totals over all tasks. */
  get departments(): readonly DepartmentTotals[] {
    return this.#columns;
  }

  get #hasStatus(): boolean {
    return this.report != null;
  }

  get #pageCount(): number {
    const size = this.#pageSizeNow;
    return Math.max(1, Math.ceil(this.#filtered.length / size));
  }

  get #pageSizeNow(): number {
    return this.pageSize > 0 ? Math.floor(this.pageSize) : Math.max(1, this.#filtered.length);
  }

  /** The page shown (1-based), kept within the pages there are. */
  get #pageNow(): number {
    return Math.min(Math.max(1, Math.floor(this.page) || 1), this.#pageCount);
  }

  /** Position of the first row of the page among the filtered rows. */
  get #pageStart(): number {
    return (this.#pageNow - 1) * this.#pageSizeNow;
  }

  /** The rows of the page shown: the only task rows in the DOM. */
  get #pageRows(): MatrixRow[] {
    return this.#filtered.slice(this.#pageStart, this.#pageStart + this.#pageSizeNow);
  }

  get #keyOf(): DepartmentKey {
    return this.exactDepartments ? exactDepartmentKey : mergedDepartmentKey;
  }

  /** The key the department filter compares by ('' for no filter). */
  get #filterKey(): string {
    const name = normaliseDepartment(this.department ?? '');
    return name ? this.#keyOf(name) : '';
  }

  get #filterColumn(): DepartmentTotals | undefined {
    const key = this.#filterKey;
    return key ? this.#columns.find((column) => column.key === key) : undefined;
  }

  override render(): TemplateResult {
    const s = this.#strings;
    const rows = this.#pageRows;
    const total = this.#filtered.length;
    const filterName = normaliseDepartment(this.department ?? '');
    const filterKey = this.#filterKey;
    const title = this.label || this.plan?.title || s.caption;

    // The caption names the grid for screen readers; the visible title sits outside the
    // scroller so that it wraps to the element's width and does not scroll away.
    return html`
      <div class="title" part="title" aria-hidden="true">${title}</div>
      ${this.#renderSummary(s)}
      <div class="toolbar" part="toolbar">
        ${this.#renderFilter(s, filterName)}
        <ul class="legend" part="legend" aria-label=${s.legend}>
          <li><span aria-hidden="true">${roleIcon.lead}</span> ${s.lead}</li>
          <li><span aria-hidden="true">${roleIcon.partner}</span> ${s.partner}</li>
          ${
            this.#hasStatus
              ? SEVERITIES.map(
                  (severity) =>
                    html`<li>
                    <span aria-hidden="true">${SEVERITY_ICON[severity]}</span>
                    ${severityWord(severity, this.#localeController.locale)}
                  </li>`,
                )
              : nothing
          }
        </ul>
      </div>
      <div class="scroller" part="scroller">
        <table
          role="grid"
          part="table"
          aria-readonly="true"
          aria-rowcount=${total + 2}
          @keydown=${this.#keys.onKeyDown}
          @click=${this.#onClick}
          @focusin=${this.#keys.onFocusIn}
        >
          <caption class="sr-only">${title}</caption>
          <thead>
            <tr aria-rowindex="1">
              <th scope="col" tabindex="-1">${s.task}</th>
              ${this.#hasStatus ? html`<th scope="col" tabindex="-1">${s.status}</th>` : nothing}
              ${this.#columns.map((column) => this.#renderColumnHeader(column, filterKey))}
              <th scope="col" tabindex="-1">${s.total}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((row, i) => this.#renderRow(row, filterKey, this.#pageStart + i + 2))}
          </tbody>
          <tfoot>
            <tr part="totals" aria-rowindex=${total + 2}>
              <th scope="row" tabindex="-1">${s.totalsRow}</th>
              ${this.#hasStatus ? html`<td tabindex="-1">${this.#summary.findings ? s.findingCount(this.#summary.findings) : ''}</td>` : nothing}
              ${this.#columns.map(
                (column) => html`<td tabindex="-1" class=${column.key === filterKey ? 'selected-column' : ''}>
                  <span class="totals">
                    <span aria-hidden="true">${roleIcon.lead} ${column.leads}</span>
                    <span aria-hidden="true">${roleIcon.partner} ${column.partners}</span>
                    <span class="sr-only">${s.departmentCounts(column.leads, column.partners)}</span>
                  </span>
                </td>`,
              )}
              <td tabindex="-1">${total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      ${this.#renderPager(s, total)}
      ${
        total === 0
          ? html`<p class="empty" part="empty">
            ${filterName && this.#rows.length ? s.noTasksForDepartment(filterName) : s.noTasks}
          </p>`
          : nothing
      }
      <p class="sr-only" aria-live="polite">${this.announcement}</p>
    `;
  }

  get #firstDeptCol(): number {
    return this.#hasStatus ? 2 : 1;
  }

  #renderFilter(s: TaskMatrixStrings, filterName: string): TemplateResult {
    const selectedColumn = this.#filterColumn;
    return html`<label class="filter">
      <span>${s.department}</span>
      <select part="filter" @change=${this.#onFilterChange}>
        <option value="" ?selected=${!filterName}>${s.allDepartments} (${this.#rows.length})</option>
        ${filterName && !selectedColumn ? html`<option value=${filterName} selected>${filterName} (0)</option>` : nothing}
        ${this.#columns.map(
          (column) =>
            html`<option value=${column.name} ?selected=${column === selectedColumn}>
              ${column.name} (${column.leads + column.partners})
            </option>`,
        )}
      </select>
    </label>`;
  }

  #renderColumnHeader(column: DepartmentTotals, filterKey: string): TemplateResult {
    const short = abbreviate(column.name, this.abbreviate);
    const selected = column.key === filterKey;
    return html`<th
      scope="col"
      part="column-header"
      tabindex="-1"
      title=${[column.name, ...column.aliases].join(' / ')}
      class=${selected ? 'selected-column' : ''}
      aria-selected=${selected ? 'true' : 'false'}
    >
      ${short === column.name ? column.name : html`<span aria-hidden="true">${short}</span><span class="sr-only">${column.name}</span>`}
    </th>`;
  }

  #renderRow(row: MatrixRow, filterKey: string, rowIndex: number): TemplateResult {
    const s = this.#strings;
    const findings = this.#findings.get(row.index) ?? [];
    const worst = this.#summary.worst.get(row.index) ?? null;
    return html`<tr class=${worst ? `sev-${worst}` : ''} aria-rowindex=${rowIndex}>
      <th scope="row" part="row-header" tabindex="-1">
        ${row.task.number ? html`<span class="number">${row.task.number}</span>` : nothing}${row.task.title}
      </th>
      ${this.#hasStatus ? this.#renderStatus(row, findings, worst) : nothing}
      ${this.#columns.map((column) => {
        const role = row.roles.get(column.key);
        const classes = [role ? `role-${role}` : '', column.key === filterKey ? 'selected-column' : ''].filter(Boolean).join(' ');
        return html`<td part="cell" tabindex="-1" class=${classes}>
          ${
            role
              ? html`<span class="mark" aria-hidden="true">${roleIcon[role]}</span><span class="role-text"
                  >${role === 'lead' ? s.lead : s.partner}</span
                >`
              : nothing
          }
        </td>`;
      })}
      <td tabindex="-1">
        <span aria-hidden="true">${row.leadCount}/${row.partnerCount}</span>
        <span class="sr-only">${s.taskCounts(row.leadCount, row.partnerCount)}</span>
      </td>
    </tr>`;
  }

  #renderStatus(row: MatrixRow, findings: Finding[], worst: Severity | null): TemplateResult {
    const s = this.#strings;
    const locale = this.#localeController.locale;
    const checkable = (row.task.targetIds?.length ?? 0) > 0 || taskSheetRows(row.task).length > 0;
    let content: TemplateResult | typeof nothing = nothing;
    let kind = '';
    if (worst) {
      kind = worst;
      content = html`<span aria-hidden="true">${SEVERITY_ICON[worst]}</span> ${severityWord(worst, locale)}
        · ${s.findingCount(findings.length)}`;
    } else if (checkable) {
      kind = 'ok';
      content = html`<span aria-hidden="true">✓</span> ${s.checked}`;
    }
    return html`<td part="status" class="status ${kind}" tabindex="-1">
      ${content}
    </td>`;
  }

  /** First: how many tasks and departments, and how many tasks have findings of each severity. */
  #renderSummary(s: TaskMatrixStrings): TemplateResult | typeof nothing {
    if (!this.#rows.length) return nothing;
    const locale = this.#localeController.locale;
    const marked = SEVERITIES.filter((severity) => this.#summary.tasksBySeverity[severity]);
    return html`<p class="summary" part="summary">
      ${s.summary(this.#rows.length, this.#columns.length)}${
        this.#hasStatus
          ? marked.length
            ? html`${s.summaryMarked}${marked.map(
                (severity, i) =>
                  html`${i ? s.listSeparator : ''}<span class="sev-${severity}"
                    ><span aria-hidden="true">${SEVERITY_ICON[severity]}</span> ${s.tasksWith(
                      this.#summary.tasksBySeverity[severity],
                      severityWord(severity, locale),
                    )}</span
                  >`,
              )}`
            : s.summaryClean
          : nothing
      }
    </p>`;
  }

  /** Pages of tasks: previous / next and where the page is, only when there is more than one. */
  #renderPager(s: TaskMatrixStrings, total: number): TemplateResult | typeof nothing {
    const pages = this.#pageCount;
    if (pages < 2) return nothing;
    const page = this.#pageNow;
    const first = this.#pageStart + 1;
    const last = Math.min(total, this.#pageStart + this.#pageSizeNow);
    return html`<nav class="pager" part="pager" aria-label=${s.pages}>
      <button type="button" part="page-button" data-page="previous" ?disabled=${page <= 1} @click=${() => this.#goToPage(page - 1)}>
        ${s.previousPage}
      </button>
      <span class="page-status">${s.pageStatus(page, pages, first, last, total)}</span>
      <button type="button" part="page-button" data-page="next" ?disabled=${page >= pages} @click=${() => this.#goToPage(page + 1)}>
        ${s.nextPage}
      </button>
    </nav>`;
  }

  #goToPage(page: number): void {
    this.page = Math.min(Math.max(1, page), this.#pageCount);
    this.announcement = this.#strings.pageStatus(
      this.page,
      this.#pageCount,
      (this.page - 1) * this.#pageSizeNow + 1,
      Math.min(this.#filtered.length, this.page * this.#pageSizeNow),
      this.#filtered.length,
    );
  }

  get #table(): HTMLTableElement | null {
    return this.renderRoot.querySelector('table');
  }

  /** Row (in the table's rows: header, tasks, totals) and column of the cell an event came from. */
  #positionOf(target: EventTarget | null): GridPosition | null {
    const cell = target instanceof Element ? target.closest('th, td') : null;
    const row = cell?.parentElement;
    if (!(cell instanceof HTMLTableCellElement) || !(row instanceof HTMLTableRowElement)) return null;
    return { row: row.rowIndex, col: cell.cellIndex };
  }

  #cellAt(position: GridPosition): HTMLElement | null {
    return this.#table?.rows[position.row]?.cells[position.col] ?? null;
  }

  /**
   * The roving tab stop, kept out of the template: cells render with tabindex="-1" and only the
   * active one (kept inside the grid after filtering) gets 0.
   */
  #syncTabStop(): void {
    const table = this.#table;
    if (!table) return;
    const active = this.#cellAt(this.#keys.active);
    for (const cell of table.querySelectorAll<HTMLElement>('[tabindex="0"]')) {
      if (cell !== active) cell.tabIndex = -1;
    }
    if (active) active.tabIndex = 0;
  }

  /** Focuses the active cell and scrolls it clear of the sticky task column and header. */
  #focusActiveCell(): void {
    const active = this.#keys.active;
    const cell = this.#cellAt(active);
    if (!cell) return;
    cell.focus({ preventScroll: true });
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (!scroller) return;
    const stickyWidth = active.col === 0 ? 0 : (this.#cellAt({ row: active.row, col: 0 })?.offsetWidth ?? 0);
    const stickyHeight = active.row === 0 ? 0 : (this.#cellAt({ row: 0, col: 0 })?.offsetHeight ?? 0);
    const left = cell.offsetLeft - stickyWidth;
    const right = cell.offsetLeft + cell.offsetWidth;
    if (left < scroller.scrollLeft) scroller.scrollLeft = left;
    else if (right > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = right - scroller.clientWidth;
    const top = cell.offsetTop - stickyHeight;
    const bottom = cell.offsetTop + cell.offsetHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = Math.max(0, top);
    else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  #onClick = (event: MouseEvent): void => {
    // The click's focus moves the tab stop (focusin).
    const position = this.#positionOf(event.composedPath()[0] ?? null);
    if (position) this.#activate(position);
  };

  /** Enter/Space/click: choose a task, or filter by a department from its column header. */
  #activate(position: GridPosition): void {
    const rows = this.#pageRows;
    const column = this.#columns[position.col - this.#firstDeptCol];
    const department = column?.name ?? null;
    if (position.row === 0) {
      if (column) this.#setDepartment(column.key === this.#filterKey ? '' : column.name);
      return;
    }
    const row = rows[position.row - 1];
    if (!row) return;
    const detail: TaskSelectDetail = {
      task: row.task,
      index: row.index,
      department,
      role: column ? (row.roles.get(column.key) ?? null) : null,
      findings: this.#findings.get(row.index) ?? [],
    };
    this.dispatchEvent(new CustomEvent<TaskSelectDetail>('mb-task-select', { detail, bubbles: true, composed: true }));
  }

  #onFilterChange = (event: Event): void => {
    this.#setDepartment((event.target as HTMLSelectElement).value);
  };

  #setDepartment(department: string): void {
    this.department = department;
    this.page = 1;
    const shown = filterRows(this.#rows, department, this.#keyOf).length;
    this.announcement = this.#strings.shown(shown, this.#rows.length);
    this.dispatchEvent(
      new CustomEvent<DepartmentChangeDetail>('mb-department-change', {
        detail: { department },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
