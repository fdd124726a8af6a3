import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Finding, Report, Severity } from '@mubiao/core';
import { SEVERITIES, SEVERITY_ICON, severityCounts, severityWord } from '@mubiao/core/vocab/severity';
import { LocaleController, wordsFor } from '../shared/locale.ts';
import { codeLabel } from '@mubiao/core/validate/code-labels';
import { planLabel } from '@mubiao/core/vocab/plan-label';
import { GridKeysController, rowsInView } from '../shared/grid-keys.ts';
import { KeyedSlots, ResizeWatch, scrollRowIntoView, windowPositions, windowStart } from '../shared/virtual-rows.ts';
import { findingsListStrings, type FindingsListStrings } from './findings-list.strings.ts';
import {
  buildFindingsIndex,
  departmentKey,
  displayOrder,
  findingsView,
  indexFindings,
  type FindingsIndexBuild,
  isSeverity,
  type FindingFilter,
  type FindingsIndex,
  type FindingsView,
  type GroupBy,
  type GroupHeading,
  type ListRow,
} from './findings-model.ts';
import { describe, jsonAttribute, warnOnce } from '../shared/warn.ts';
import { taskIndexFor } from '../shared/task-index.ts';
import { betweenTasks, runInSlices, whenIdle } from '../shared/slices.ts';
import { findingsListStyles } from './findings-list.styles.ts';

export interface FindingSelectDetail {
  finding: Finding;
}

export interface FindingFilterDetail {
  severity: string;
  code: string;
  department: string;
  search: string;
  groupBy: GroupBy;
}

/** Row height used until the first row has been measured. */
const DEFAULT_ROW_HEIGHT = 88;
/**
 * Up to this many rows every row is in the DOM, so find-in-page and printing see every finding of
 * an ordinary report; beyond it only the window is (a few dozen rows at any count).
 */
const RENDER_ALL_UP_TO = 500;
/** Findings indexed before the first render; a larger report is indexed in slices after it. */
const INDEX_AT_ONCE = 20_000;
/** Work per slice of indexing, in ms: short enough that input and paint wait for none. */
const SLICE_MS = 8;
/** Viewport height assumed before layout (e.g. while the element is hidden). */
const DEFAULT_VIEWPORT = 560;

/**
 * @summary A validation report as a list: grouped by sheet (or by finding type), then error /
 * warning / info, each finding with its cell, type, what the plan asks against what the sheet
 * says, the explanation and the plan sentence it comes from; filters by severity, type and 牵头单位
 * and a text search. Virtualised: beyond 500 rows only the rows in view are in the DOM, at any
 * number of findings (up to 500 every row is, for find-in-page and printing).
 * Choosing a finding emits `mb-finding-select`.
 *
 * @tag mb-findings-list
 *
 * The list is a one-column WAI-ARIA grid (`aria-rowcount`, `aria-rowindex`) of group headings and
 * findings with one tab stop: arrows move a row, Home/End and Ctrl+Home/End to the first/last
 * row, PageUp/PageDown by the rows in view, Enter/Space chooses a finding. Rows have one fixed
 * height; the message and the plan sentence are cut to a line on screen and read whole by a
 * screen reader (and shown whole in the tooltip).
 *
 * A finding's 牵头单位 is the lead department of the report's task (`report.tasks`) whose row the
 * finding stands on, or whose plan target it names; spellings of one department are one option.
 *
 * @attr {'error'|'warning'|'info'|''} severity - Show only findings of this severity ('' = all).
 * @attr {string} code - Show only findings with this code, e.g. "shortfall" ('' = all).
 * @attr {string} department - Show only findings of tasks this department leads ('' = all).
 * @attr {string} search - Show only findings whose text holds every word of this ('' = all).
 * @attr {'sheet'|'code'} group-by - Group headings by sheet (default) or by finding type.
 * @attr {number} heading-level - ARIA level of the group headings (severity headings are one
 *   deeper); default 3.
 * @attr {string} lang - Locale (zh-CN default, en); else inherited from ancestors or the document.
 *
 * @prop {Report | null} report - The validation report (model `Report`); also a JSON attribute,
 *   for pages without a script of their own. With no report the
 *   element says so; with an empty one it shows "未发现问题" and the valid summary.
 *
 * @event {CustomEvent<FindingSelectDetail>} mb-finding-select - A finding was chosen (click,
 *   Enter or Space); `detail.finding` is the finding, e.g. for a host to select its cell. The
 *   list keeps its scroll position.
 * @event {CustomEvent<FindingFilterDetail>} mb-filter-change - The user changed a filter, the
 *   search or the grouping.
 *
 * @csspart summary - The one-line result ("校验通过…" / "未通过校验…").
 * @csspart filters - The row of filter controls.
 * @csspart severity-filter - Each severity filter button.
 * @csspart code-filter - The finding-type <select>.
 * @csspart department-filter - The 牵头单位 <select>.
 * @csspart group-by - The grouping <select>.
 * @csspart search - The search <input>.
 * @csspart scroller - The scrolling viewport of the list.
 * @csspart heading - A group heading row.
 * @csspart finding - One finding's row.
 * @csspart finding-button - The focusable cell of a finding.
 * @csspart quote - The plan sentence (<blockquote>).
 * @csspart empty - The empty-state message.
 *
 * @cssproperty --mb-findings-height - Maximum height of the scrolling list (default 36em).
 * @cssproperty --mb-findings-row-height - Fixed row height (default 5.75em); virtualisation relies on it.
 * @cssproperty --mb-color-short - Error findings.
 * @cssproperty --mb-color-at-risk - Warnings.
 * @cssproperty --mb-color-none - Info findings.
 * @cssproperty --mb-color-met - The valid summary.
 */
export class MbFindingsList extends LitElement {
  static override styles = findingsListStyles;

  // Reactive properties as a static table: smaller than decorators once built.
  static override properties = {
    report: { converter: jsonAttribute('mb-findings-list', 'report', 'object') },
    severity: { reflect: true },
    code: { reflect: true },
    department: { reflect: true },
    search: { reflect: true },
    groupBy: { reflect: true, attribute: 'group-by' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    lang: { reflect: true },
    announcement: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    windowStart: { state: true, attribute: false },
    viewportHeight: { state: true, attribute: false },
    rowHeight: { state: true, attribute: false },
  };

  report: Report | null = null;
  severity: Severity | '' = '';
  code = '';
  department = '';
  search = '';
  groupBy: GroupBy = 'sheet';
  headingLevel = 3;
  /** Locale: 'zh-CN' (default) or 'en'; empty inherits from the closest ancestor's lang, then the document. */
  declare lang: string;

  private announcement = '';
  /** Index position of the chosen finding (-1: none). */
  private selected = -1;
  /** First row of the rendered window. */
  private windowStart = 0;
  private viewportHeight = DEFAULT_VIEWPORT;
  private rowHeight = DEFAULT_ROW_HEIGHT;

  readonly #localeController = new LocaleController(this);
  readonly #rowSlots = new KeyedSlots();
  readonly #resize = new ResizeWatch(this, () => this.#measure());
  #index: FindingsIndex = indexFindings([], [], String);
  #indexKey: unknown[] = [];
  /** The build of the current report's index, and when it is done. */
  #build: FindingsIndexBuild | null = null;
  #indexed: Promise<void> = Promise.resolve();
  /** The index grew to all findings since the last update. */
  #grown = false;
  #order: number[] = [];
  #orderKey: unknown[] = [];
  #view: FindingsView = findingsView(this.#index, [], { severity: '', code: '' }, 'sheet');
  #viewKey: unknown[] = [];
  /** The rows of the last update, to tell when the filters gave new ones. */
  #shownRows: ListRow[] | null = null;
  /** The tab stop: row r of the list (headings and findings), one column. */
  readonly #keys = new GridKeysController(this, {
    extent: () => ({ rows: this.#view.rows.length, cols: 1 }),
    positionOf: (target) => {
      const row = target instanceof Element ? target.closest<HTMLElement>('[data-pos]') : null;
      return row ? { row: Number(row.dataset['pos']), col: 0 } : null;
    },
    pageRows: () => rowsInView(this.#scroller(), 0, this.rowHeight),
    reveal: ({ row }) => this.#scrollRowIntoView(row),
    focus: ({ row }) => this.#cellAt(row)?.focus({ preventScroll: true }),
    activate: ({ row }) => this.#choose(row),
  });

  get #strings(): FindingsListStrings {
    return wordsFor(this.#localeController.locale, 'findingsList', findingsListStrings['zh-CN']);
  }

  get #filter(): FindingFilter {
    return {
      severity: isSeverity(this.severity) ? this.severity : '',
      code: this.code ?? '',
      department: this.department ?? '',
      search: this.search ?? '',
    };
  }

  get #groupBy(): GroupBy {
    return this.groupBy === 'code' ? 'code' : 'sheet';
  }

  /** The findings the filters leave, in display order (the order arrow keys walk). */
  get shownFindings(): Finding[] {
    this.#derive();
    return this.#view.shown.map((i) => this.#index.findings[i]!);
  }

  /** How many findings the filters leave. */
  get shownCount(): number {
    this.#derive();
    return this.#view.shown.length;
  }

  /**
   * Scrolls the list so the finding at `index` of `shownFindings` is rendered and in view, and
   * resolves once it is (e.g. before a host or a test clicks it).
   */
  async revealFinding(index: number): Promise<void> {
    this.#derive();
    const position = this.#view.shown[index];
    if (position === undefined) return;
    const row = this.#view.rows.indexOf(position);
    this.#scrollRowIntoView(row);
    await this.updateComplete;
  }

  /** Indexes, orders and filters only what changed since the last time (each step is memoised). */
  #derive(): void {
    const locale = this.#localeController.locale;
    const report = this.report;
    const findings: unknown = report?.findings;
    if (findings != null && !Array.isArray(findings)) {
      warnOnce(this, 'report', `report.findings must be an array, got ${describe(findings)}`);
    }
    const indexKey = [findings, report?.tasks, locale];
    if (!same(indexKey, this.#indexKey)) {
      this.#indexKey = indexKey;
      const tasks = Array.isArray(report?.tasks) ? report.tasks : [];
      const build = buildFindingsIndex(findings, tasks, (code) => codeLabel(code, locale), report ? taskIndexFor(report, tasks) : undefined);
      this.#build = build;
      // Up to INDEX_AT_ONCE findings are indexed before the first render; more in slices after it.
      const counted = Array.isArray(findings) ? findings.length : 0;
      if (counted <= INDEX_AT_ONCE) build.step(() => false);
      this.#index = build.index;
      if (build.done) {
        this.#indexed = Promise.resolve();
        if (build.index.findings.length) prepareWhenIdle(build.index);
      } else this.#indexed = this.#indexInSlices(build);
    }
    const orderKey = [this.#index, this.#groupBy];
    if (!same(orderKey, this.#orderKey)) {
      this.#order = displayOrder(this.#index.findings, this.#groupBy);
      this.#orderKey = orderKey;
    }
    const filter = this.#filter;
    const viewKey = [this.#order, filter.severity, filter.code, filter.department, filter.search];
    if (!same(viewKey, this.#viewKey)) {
      this.#view = findingsView(this.#index, this.#order, filter, this.#groupBy);
      this.#viewKey = viewKey;
    }
  }

  /**
   * Resolves once every finding of the report is indexed: at once for up to 20,000 findings; a
   * larger report shows its first findings at once and the rest (with the 牵头单位 filter) after
   * slices of work that leave the page responsive.
   */
  get indexed(): Promise<void> {
    this.#derive();
    return this.#indexed;
  }

  /** Runs a build a few ms at a time between tasks of the event loop; the list grows to all findings when it is done. */
  #indexInSlices(build: FindingsIndexBuild): Promise<void> {
    // A new report (or locale) started its own build: this one is dropped.
    const dropped = () => build !== this.#build;
    return runInSlices((stop) => dropped() || build.step(stop), betweenTasks(SLICE_MS)).then(() => {
      if (dropped()) return;
      this.#index = build.index;
      this.#grown = true;
      prepareWhenIdle(build.index);
      this.requestUpdate();
    });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.#derive();
    if (changed.has('report')) this.selected = -1;
    // The list grew to all its findings: the reader keeps their place (and chosen finding).
    if (this.#grown) {
      this.#grown = false;
      this.#shownRows = this.#view.rows;
    }
    // New rows under the list: back to its top, tab stop on the first row.
    if (this.#view.rows !== this.#shownRows) {
      this.#shownRows = this.#view.rows;
      this.#keys.reset({ row: 0, col: 0 });
      const scroller = this.#scroller();
      if (scroller) scroller.scrollTop = 0;
      this.windowStart = 0;
    }
  }

  override updated(): void {
    for (const select of this.renderRoot.querySelectorAll<HTMLSelectElement>('select[data-value]')) {
      // Option `selected` attributes stop steering a <select> once the user has used it.
      if (select.value !== select.dataset['value']) select.value = select.dataset['value']!;
    }
    const scroller = this.#scroller();
    if (scroller) this.#resize.observe(scroller);
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (!body) return;
    const total = this.#view.rows.length;
    const positions =
      total <= RENDER_ALL_UP_TO
        ? Array.from({ length: total }, (_, p) => p)
        : windowPositions(this.windowStart, total, this.viewportHeight, this.rowHeight, this.#keys.active.row);
    this.#rowSlots.sync(
      body,
      positions.map((p) => [this.#rowKey(p), this.#renderRow(p)]),
      { host: this },
    );
    KeyedSlots.place(body, this.#view.rows.length, this.rowHeight);
    if (this.rowHeight === DEFAULT_ROW_HEIGHT) this.#measure();
  }

  /** A finding row keeps its element by finding; a heading by its place among the rows. */
  #rowKey(p: number): number {
    const row = this.#view.rows[p]!;
    return typeof row === 'number' ? row : -1 - p;
  }

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  /** Reads the row height and the viewport from layout; both decide the rendered window. */
  #measure(): void {
    const scroller = this.#scroller();
    if (!scroller) return;
    const h = this.renderRoot.querySelector<HTMLElement>('.body .row')?.getBoundingClientRect().height ?? 0;
    if (h > 0 && Math.abs(h - this.rowHeight) > 0.5) this.rowHeight = h;
    const viewport = scroller.clientHeight;
    if (viewport > 0 && Math.abs(viewport - this.viewportHeight) > 0.5) this.viewportHeight = viewport;
    this.#syncWindow();
  }

  #syncWindow = (): void => {
    const scroller = this.#scroller();
    // Every row is rendered already: scrolling changes nothing.
    if (!scroller || this.#view.rows.length <= RENDER_ALL_UP_TO) return;
    const start = windowStart(scroller.scrollTop, this.rowHeight);
    if (start !== this.windowStart) this.windowStart = start;
  };

  #scrollRowIntoView(row: number): void {
    const scroller = this.#scroller();
    if (!scroller || row < 0) return;
    scrollRowIntoView(scroller, row, this.rowHeight);
    this.#syncWindow();
  }

  #cellAt(row: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.body [data-pos="${row}"] [role="gridcell"]`);
  }

  override render(): TemplateResult {
    const s = this.#strings;
    if (!this.report) {
      return html`<p class="empty" part="empty">${s.noReport}</p>`;
    }
    const all = this.#index.findings;
    const view = this.#view;
    return html`
      ${this.#renderSummary(s)}
      ${
        all.length === 0
          ? html`<p class="empty" part="empty">${s.empty}</p>`
          : html`
            ${this.#renderFilters(s)}
            ${
              view.rows.length === 0
                ? html`<p class="empty" part="empty">${s.emptyFiltered}</p>`
                : html`<div part="scroller" class="scroller" @scroll=${this.#syncWindow}>
                  <div
                    role="grid"
                    class="grid"
                    aria-label=${s.list}
                    aria-rowcount=${view.rows.length}
                    aria-busy=${this.#build?.done === false ? 'true' : 'false'}
                    aria-colcount="1"
                    @keydown=${this.#keys.onKeyDown}
                    @focusin=${this.#keys.onFocusIn}
                    @click=${this.#onClick}
                  >
                    <div role="rowgroup" class="body"></div>
                  </div>
                </div>`
            }
          `
      }
      <p class="sr-only" aria-live="polite">${this.announcement}</p>
    `;
  }

  #renderSummary(s: FindingsListStrings): TemplateResult {
    const totals = this.#index.totals;
    const valid = this.report?.valid ?? totals.error === 0;
    const locale = this.#localeController.locale;
    return html`<p class="summary ${valid ? 'valid' : 'invalid'}" part="summary">
      <span aria-hidden="true">${valid ? '✓' : '✕'}</span>
      ${valid ? s.valid : s.invalid}${s.colon}${severityCounts(totals, locale)}
    </p>`;
  }

  #renderFilters(s: FindingsListStrings): TemplateResult {
    const locale = this.#localeController.locale;
    const filter = this.#filter;
    const counts = this.#view.counts;
    const codes = this.#index.codes;
    const departments = this.#index.departmentNames;
    const options: (Severity | '')[] = ['', ...SEVERITIES];
    return html`<div class="filters" part="filters">
      <div class="severity-filter" role="group" aria-label=${s.severityFilter}>
        ${options.map(
          (option) =>
            html`<button
              type="button"
              part="severity-filter"
              class="chip ${option}"
              aria-pressed=${filter.severity === option ? 'true' : 'false'}
              data-severity=${option}
              @click=${() => this.#setFilter({ severity: option })}
            >
              ${option ? html`<span aria-hidden="true">${SEVERITY_ICON[option]}</span> ` : nothing}${option ? severityWord(option, locale) : s.all}
              <span class="count">(${counts.severity[option]})</span>
            </button>`,
        )}
      </div>
      <label class="control">
        <span>${s.codeFilter}</span>
        <select part="code-filter" data-filter="code" data-value=${filter.code} @change=${this.#onSelect}>
          <option value="" ?selected=${!filter.code}>${s.allCodes} (${counts.codeTotal})</option>
          ${filter.code && !codes.includes(filter.code) ? html`<option value=${filter.code} selected>${codeLabel(filter.code, locale)} (0)</option>` : nothing}
          ${codes.map(
            (code) =>
              html`<option value=${code} ?selected=${filter.code === code}>
                ${codeLabel(code, locale)} (${counts.code.get(code) ?? 0})
              </option>`,
          )}
        </select>
      </label>
      ${
        departments.size
          ? html`<label class="control">
            <span>${s.departmentFilter}</span>
            <select part="department-filter" data-filter="department" data-value=${this.#departmentValue()} @change=${this.#onSelect}>
              <option value="">${s.allDepartments} (${counts.departmentTotal})</option>
              ${
                this.department && !departments.has(departmentKey(this.department))
                  ? html`<option value=${this.department}>${this.department} (0)</option>`
                  : nothing
              }
              ${[...departments].map(([key, name]) => html`<option value=${name}>${name} (${counts.department.get(key) ?? 0})</option>`)}
            </select>
          </label>`
          : nothing
      }
      <label class="control">
        <span>${s.groupBy}</span>
        <select part="group-by" data-filter="groupBy" data-value=${this.#groupBy} @change=${this.#onSelect}>
          <option value="sheet">${s.groupBySheet}</option>
          <option value="code">${s.groupByCode}</option>
        </select>
      </label>
      <label class="control search">
        <span>${s.search}</span>
        <input type="search" part="search" .value=${filter.search ?? ''} @input=${this.#onSearch} />
      </label>
    </div>`;
  }

  /** The department filter as its option's value: the name first written for its department. */
  #departmentValue(): string {
    const wanted = this.department ?? '';
    return this.#index.departmentNames.get(departmentKey(wanted)) ?? wanted;
  }

  #renderRow(p: number): TemplateResult {
    const row = this.#view.rows[p]!;
    return typeof row === 'number' ? this.#renderFinding(p, this.#index.findings[row]!, row) : this.#renderHeading(p, row);
  }

  #tabIndex(p: number): string {
    return this.#keys.isActive(p, 0) ? '0' : '-1';
  }

  #renderHeading(p: number, heading: GroupHeading): TemplateResult {
    return html`<div role="row" part="heading" class="row heading level-${heading.level}" aria-rowindex=${p + 1} data-pos=${p}>
      <div role="gridcell" class="box" tabindex=${this.#tabIndex(p)}>
        ${this.#headingText(heading)} ${heading.severity ? this.#headingText(heading.severity) : nothing}
      </div>
    </div>`;
  }

  #headingText(heading: GroupHeading): TemplateResult {
    const s = this.#strings;
    const locale = this.#localeController.locale;
    const base = Math.min(6, Math.max(1, Math.round(this.headingLevel || 3)));
    let label: unknown;
    if (heading.level === 2) {
      const severity = heading.key as Severity;
      label = html`<span aria-hidden="true">${SEVERITY_ICON[severity]}</span> ${severityWord(severity, locale)}`;
    } else if (this.#groupBy === 'code') {
      label = codeLabel(heading.key, locale);
    } else {
      label = this.#sheetHeading(s, heading);
    }
    return html`<span role="heading" aria-level=${Math.min(6, base + heading.level - 1)} class="level-${heading.level} ${heading.level === 2 ? heading.key : ''}"
      >${label} <span class="count">(${s.count(heading.count)})</span></span
    >`;
  }

  /** Plan-against-plan findings carry their plan as `sheet`, an empty cell and a `subject`. */
  #sheetHeading(s: FindingsListStrings, heading: GroupHeading): string {
    const subject = heading.first.subject;
    if (subject && !heading.first.cell && subject.plan === heading.key) return planLabel(subject, this.#localeController.locale);
    return s.sheetHeading(heading.key);
  }

  #renderFinding(p: number, finding: Finding, position: number): TemplateResult {
    const s = this.#strings;
    const locale = this.#localeController.locale;
    const target = finding.target;
    const chosen = position === this.selected;
    return html`<div
      role="row"
      part="finding"
      class="row finding ${finding.severity} ${chosen ? 'chosen' : ''}"
      aria-rowindex=${p + 1}
      aria-selected=${chosen ? 'true' : 'false'}
      data-pos=${p}
    >
      <div role="gridcell" part="finding-button" class="box finding-button" tabindex=${this.#tabIndex(p)}>
        <div class="line">
          <span class="severity-mark" aria-hidden="true">${SEVERITY_ICON[finding.severity]}</span>
          <span class="sr-only">${severityWord(finding.severity, locale)}</span>
          ${
            finding.cell
              ? html`<span class="cell"><span class="sr-only">${s.cell}</span>${finding.cell}</span>`
              : finding.subject
                ? html`<span class="subject"><span class="sr-only">${s.metric}</span>${finding.subject.metric}</span>`
                : nothing
          }
          <span class="code">${codeLabel(finding.code, locale)}</span>
          ${finding.expected ? html`<span class="expected">${s.expected} ${finding.expected}</span>` : nothing}
          ${finding.actual ? html`<span class="actual">${s.actual} ${finding.actual}</span>` : nothing}
        </div>
        ${finding.message ? html`<p class="line message" title=${finding.message}>${finding.message}</p>` : nothing}
        ${
          target?.quote
            ? html`<figure class="line source" title=${target.quote}>
              <blockquote part="quote">${target.quote}</blockquote>
              <figcaption>${planLabel(target, locale)}</figcaption>
            </figure>`
            : nothing
        }
      </div>
    </div>`;
  }

  #onClick = (event: MouseEvent): void => {
    // Leave text selection in the quote alone.
    if (this.ownerDocument.getSelection()?.toString()) return;
    const row = (event.target as Element | null)?.closest<HTMLElement>('[data-pos]');
    if (row) this.#choose(Number(row.dataset['pos']));
  };

  /** Chooses the finding at list row `p` (headings choose nothing); the scroll position stays. */
  #choose(p: number): boolean {
    const position = this.#view.rows[p];
    if (typeof position !== 'number') return false;
    this.selected = position;
    const finding = this.#index.findings[position]!;
    this.dispatchEvent(new CustomEvent<FindingSelectDetail>('mb-finding-select', { detail: { finding }, bubbles: true, composed: true }));
    return true;
  }

  #onSelect = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    this.#setFilter({ [select.dataset['filter']!]: select.value });
  };

  #onSearch = (event: Event): void => {
    this.#setFilter({ search: (event.target as HTMLInputElement).value });
  };

  #setFilter(change: Partial<FindingFilterDetail>): void {
    Object.assign(this, change);
    this.#derive();
    this.announcement = this.#strings.shown(this.#view.shown.length, this.#index.findings.length);
    const filter = this.#filter;
    this.dispatchEvent(
      new CustomEvent<FindingFilterDetail>('mb-filter-change', {
        detail: {
          severity: filter.severity,
          code: filter.code,
          department: filter.department ?? '',
          search: filter.search ?? '',
          groupBy: this.#groupBy,
        },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

/**
 * Builds an index's search text while the page is idle (slices of a few ms each, so no long
 * task), after the first render; a search typed before it is done finishes it at once.
 */
function prepareWhenIdle(index: FindingsIndex): void {
  void runInSlices((stop) => index.prepareSearch(stop), whenIdle(2));
}

/** Whether two memo keys hold the same values (by identity). */
function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
