import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { LocaleController, wordsFor, type Locale } from '../shared/locale.ts';
import { GridKeysController, rowsInView } from '../shared/grid-keys.ts';
import { KeyedSlots, ResizeWatch, scrollRowIntoView, windowPositions, windowStart } from '../shared/virtual-rows.ts';
import { describe, jsonAttribute, warnOnce } from '../shared/warn.ts';
import { formatNumber, formatValue, trimNumber } from '../shared/format.ts';
import {
  assignTiers,
  chineseCollator,
  effectiveCollation,
  numericValue,
  orderByNumber,
  rankChange,
  rankFlags,
  rankRows,
  sortIndices,
  textValue,
  type Collation,
  type RankChange,
  type RankFlag,
  type Ranking,
  type RankingColumn,
  type RankingRow,
  type SortOrder,
  type Ties,
} from './ranking.ts';
import { rankingStrings, type RankingStrings } from './ranking-table.strings.ts';
import { rankingTableStyles } from './ranking-table.styles.ts';

/** Keys of the columns the table adds itself. */
export const RANK_KEY = '#rank';
export const TIER_KEY = '#tier';
export const CHANGE_KEY = '#change';

export interface RankingSortDetail {
  key: string;
  order: SortOrder;
}

export interface RankingRowSelectDetail {
  /** The row object as given. */
  row: RankingRow;
  /** Its index in `rows`. */
  index: number;
  rank: number | null;
  tied: boolean;
  flag: RankFlag | null;
  tier: string | null;
  change: RankChange;
}

/** Row height used until the first row has been measured. */
const DEFAULT_ROW_HEIGHT = 36;
/** Viewport height assumed before layout (e.g. while the element is hidden). */
const DEFAULT_VIEWPORT = 480;

/** "90,75,60" → [90, 75, 60]; non-numbers dropped. */
function numberList(text: string): number[] {
  return text
    .split(/[,，\s]+/)
    .map((s) => numericValue(s))
    .filter((n): n is number => n !== null);
}

interface ViewColumn {
  key: string;
  label: string;
  kind: 'rank' | 'tier' | 'change' | 'text' | 'number' | 'percent';
  sortable: boolean;
  source?: RankingColumn;
}

/**
 * @summary Ranks regions or enterprises by a metric: ties (并列) by competition or dense ranking,
 * top/bottom flags (流动红旗 / 流动绿旗), optional tiers (A/B/C/D) and rank change, sortable by any
 * column with pinyin or stroke-order (笔画) collation, virtualised for tens of thousands of rows.
 *
 * @tag mb-ranking-table
 *
 * Ranks always follow `rank-by` and `order`; the header buttons only change the display order.
 * Flags are computed after ties: every row whose rank is ≤ `top` gets the top flag, every row
 * whose rank counted from the end is ≤ `bottom` the bottom flag (a tie at the boundary shares it).
 *
 * Keyboard (WAI-ARIA grid, the same as <mb-task-matrix>'s): arrows move between cells, Home/End
 * to the row's first/last cell, Ctrl+Home/End to the first cell of the header row / the last cell
 * of the last row, PageUp/PageDown by the rows in view, Enter/Space on a row selects it,
 * Enter/Space on a header sorts. One tab stop: the grid remembers its focused cell, which stays
 * rendered while it is scrolled out of view.
 *
 * @attr {string} rank-by - Key of the numeric column ranks are computed from.
 * @attr {'desc'|'asc'} order - desc (default): the largest value ranks 1; asc: the smallest.
 * @attr {'competition'|'dense'} ties - competition (default) 1,2,2,4; dense 1,2,2,3.
 * @attr {'pinyin'|'stroke'} collation - Order of Chinese text columns: 拼音 (default) or 笔画.
 * @attr {number} top - How many ranks get the top flag (0: none).
 * @attr {number} bottom - How many ranks from the end get the bottom flag (0: none).
 * @attr {string} top-label - Name of the top flag (default 流动红旗 / Red banner).
 * @attr {string} bottom-label - Name of the bottom flag (default 流动绿旗 / Green banner).
 * @attr {string} tiers - Comma-separated tier names, best first, e.g. "A,B,C,D".
 * @attr {string} tier-cuts - Metric cut points between tiers, e.g. "90,75,60" (≥ 90 → A …; ≤ with asc).
 * @attr {string} tier-shares - Without cuts: percent of ranked rows per tier, e.g. "20,50,20,10" (default equal).
 * @attr {string} previous-key - Key of the rows' previous-period rank (default: a row's `previousRank`).
 * @attr {string} sort-key - Column shown sorted (default: ranks); `#rank`, `#tier`, `#change` or a column key.
 * @attr {'asc'|'desc'} sort-order - Direction of the display sort.
 * @attr {string} label - Caption and accessible name of the grid. Rendered as text.
 * @attr {number} selected-index - Index in `rows` of the selected row (-1: none).
 * @attr {string} lang - zh-CN (default) or en; else the closest ancestor's lang, else the document's.
 *
 * @prop {RankingRow[]} rows - The rows (plain objects); also settable as a JSON attribute.
 * @prop {RankingColumn[]} columns - {key, label, type: 'text'|'number'|'percent', unit?, sortable?, format?}.
 *
 * @event {CustomEvent<RankingSortDetail>} mb-sort - The display sort changed by a header button.
 * @event {CustomEvent<RankingRowSelectDetail>} mb-row-select - A row was chosen (click, Enter or Space).
 *
 * @csspart caption - The caption above the grid.
 * @csspart scroller - The scrolling viewport.
 * @csspart grid - The role=grid element.
 * @csspart header - The header row.
 * @csspart sort-button - Each sortable header's button.
 * @csspart row - Each body row (also `row-top`, `row-bottom`, `row-selected`).
 * @csspart cell - Each body cell.
 * @csspart rank - The rank cell's rank text.
 * @csspart flag - The flag badge (also `flag-top` / `flag-bottom`).
 * @csspart tier - The tier badge.
 * @csspart change - The rank change mark.
 *
 * @cssproperty --mb-ranking-height - Maximum height of the scrolling viewport (default 28em).
 * @cssproperty --mb-ranking-row-height - Fixed row height (default 2.5em); virtualisation relies on it.
 * @cssproperty --mb-color-flag-top - Top flag colour (default: --mb-color-short red).
 * @cssproperty --mb-color-flag-bottom - Bottom flag colour (default: --mb-color-met green).
 */
export class MbRankingTable extends LitElement {
  static override styles = rankingTableStyles;

  // Reactive properties as a static table (smaller than decorators once built).
  static override properties = {
    // HTMLElement's own `lang`, made reactive so a change of the attribute re-renders.
    lang: { reflect: true },
    rows: { converter: jsonAttribute('mb-ranking-table', 'rows', 'array') },
    columns: { converter: jsonAttribute('mb-ranking-table', 'columns', 'array') },
    rankBy: { attribute: 'rank-by' },
    order: {},
    ties: {},
    collation: {},
    top: { type: Number },
    bottom: { type: Number },
    topLabel: { attribute: 'top-label' },
    bottomLabel: { attribute: 'bottom-label' },
    tiers: {},
    tierCuts: { attribute: 'tier-cuts' },
    tierShares: { attribute: 'tier-shares' },
    previousKey: { attribute: 'previous-key' },
    sortKey: { attribute: 'sort-key', reflect: true },
    sortOrder: { attribute: 'sort-order', reflect: true },
    label: {},
    selectedIndex: { attribute: 'selected-index', type: Number },
    windowStart: { state: true, attribute: false },
    viewportHeight: { state: true, attribute: false },
    rowHeight: { state: true, attribute: false },
  };

  /** Locale: zh-CN (default) or en; empty inherits from the closest ancestor's lang, then the document. */
  declare lang: string;

  rows: RankingRow[] = [];
  columns: RankingColumn[] = [];
  rankBy = '';
  order: SortOrder = 'desc';
  ties: Ties = 'competition';
  collation: Collation = 'pinyin';
  top = 0;
  bottom = 0;
  topLabel = '';
  bottomLabel = '';
  tiers = '';
  tierCuts = '';
  tierShares = '';
  previousKey = '';
  sortKey = RANK_KEY;
  sortOrder: SortOrder = 'asc';
  label = '';
  selectedIndex = -1;

  /** First sorted position of the rendered window. */
  private windowStart = 0;
  private viewportHeight = DEFAULT_VIEWPORT;
  private rowHeight = DEFAULT_ROW_HEIGHT;

  readonly #localeController = new LocaleController(this);
  #ranking: Ranking = rankRows([], '', 'desc', 'competition');
  #flags: (RankFlag | null)[] = [];
  #tierOf: (string | null)[] = [];
  #changes: RankChange[] = [];
  /** Row indices in display order. */
  #display: number[] = [];
  readonly #resize = new ResizeWatch(this, () => this.#measure());
  /** grid-template-columns shared by the header and every row (set through CSSOM). */
  #columnTemplate = '';
  #headerHeight = 0;
  /** Columns of the last render, for the rows rendered after it. */
  #cols: ViewColumn[] = [];
  readonly #rowSlots = new KeyedSlots();
  /** The tab stop. Grid row 0 is the header row; row p + 1 the body row at sorted position p. */
  readonly #keys = new GridKeysController(this, {
    extent: () => ({ rows: this.#display.length + 1, cols: this.#viewColumns().length }),
    positionOf: (target) => {
      const at = this.#cellPosition(target);
      return at && { row: at.row + 1, col: at.col };
    },
    pageRows: () => rowsInView(this.#scroller(), this.#headerHeight, this.rowHeight),
    reveal: ({ row }) => {
      if (row > 0) this.#scrollRowIntoView(row - 1);
    },
    focus: () => this.#focusedCell()?.focus({ preventScroll: true }),
    // Header buttons sort on their own click; body rows are selected.
    activate: ({ row }) => {
      if (row < 1) return false;
      this.#selectPosition(row - 1);
      return true;
    },
  });

  /** Sorted position (-1: header row) of the cell holding the tab stop. */
  get #focusRow(): number {
    return this.#keys.active.row - 1;
  }

  /** Row indices (into `rows`) in the order shown. */
  get displayOrder(): readonly number[] {
    return this.#display;
  }

  /** Rank of each row (by index into `rows`), after ties. */
  get ranks(): readonly (number | null)[] {
    return this.#ranking.rank;
  }

  /** The collation actually applied (stroke falls back to pinyin where unsupported). */
  get appliedCollation(): Collation {
    return effectiveCollation(this.collation === 'stroke' ? 'stroke' : 'pinyin');
  }

  get #strings(): RankingStrings {
    return wordsFor(this.#localeController.locale, 'rankingTable', rankingStrings['zh-CN']);
  }

  get #locale(): Locale {
    return this.#localeController.locale;
  }

  /** `rows` as given, or [] when it is not an array; non-object entries become empty rows. */
  #data: RankingRow[] = [];
  #anyPreviousRank = false;

  #safeRows(): RankingRow[] {
    return this.#data;
  }

  #syncData(): void {
    const rows = Array.isArray(this.rows) ? this.rows : [];
    if (!Array.isArray(this.rows) && this.rows) warnOnce(this, 'rows', `must be an array of objects, got ${describe(this.rows)}; showing none`);
    // Keep indices aligned with `rows` (events report them), so bad entries are replaced, not dropped.
    this.#data = rows.some((r) => r === null || typeof r !== 'object') ? rows.map((r) => (r !== null && typeof r === 'object' ? r : {})) : rows;
    this.#anyPreviousRank = this.#data.some((r) => 'previousRank' in r);
  }

  #viewColumns(): ViewColumn[] {
    const t = this.#strings;
    const cols: ViewColumn[] = [{ key: RANK_KEY, label: t.rank, kind: 'rank', sortable: true }];
    for (const c of Array.isArray(this.columns) ? this.columns : []) {
      if (!c || typeof c.key !== 'string') continue;
      const kind = c.type === 'number' || c.type === 'percent' ? c.type : 'text';
      cols.push({ key: c.key, label: textValue(c.label ?? c.key), kind, sortable: c.sortable !== false, source: c });
    }
    if (this.#tierNames().length) cols.push({ key: TIER_KEY, label: t.tier, kind: 'tier', sortable: true });
    if (this.#hasPrevious()) cols.push({ key: CHANGE_KEY, label: t.change, kind: 'change', sortable: true });
    return cols;
  }

  #tierNames(): string[] {
    return (this.tiers ?? '')
      .split(/[,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  #previousField(): string {
    return this.previousKey || 'previousRank';
  }

  #hasPrevious(): boolean {
    if (this.previousKey) return true;
    return this.#anyPreviousRank;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rows')) this.#syncData();
    const rows = this.#safeRows();
    const rankInputs = ['rows', 'rankBy', 'order', 'ties'] as const;
    if (rankInputs.some((k) => changed.has(k))) {
      if (this.rankBy && rows.length && !rows.some((r) => numericValue(r[this.rankBy]) !== null)) {
        console.warn(`<mb-ranking-table>: rank-by "${this.rankBy}" has no numeric value in any row; nothing is ranked.`);
      }
      this.#ranking = rankRows(rows, this.rankBy, this.order === 'asc' ? 'asc' : 'desc', this.ties === 'dense' ? 'dense' : 'competition');
    }
    const flagInputs = [...rankInputs, 'top', 'bottom'] as const;
    if (flagInputs.some((k) => changed.has(k))) {
      this.#flags = rankFlags(this.#ranking, Math.max(0, this.top || 0), Math.max(0, this.bottom || 0));
    }
    if ([...rankInputs, 'tiers', 'tierCuts', 'tierShares'].some((k) => changed.has(k as keyof MbRankingTable))) {
      this.#tierOf = assignTiers(this.#ranking, this.#tierNames(), {
        cuts: numberList(this.tierCuts ?? ''),
        shares: numberList(this.tierShares ?? ''),
        order: this.order === 'asc' ? 'asc' : 'desc',
      });
    }
    if ([...rankInputs, 'previousKey'].some((k) => changed.has(k as keyof MbRankingTable))) {
      const field = this.#previousField();
      this.#changes = rows.map((r, i) => rankChange(this.#ranking.rank[i] ?? null, r[field]));
    }
    if (
      [...rankInputs, 'sortKey', 'sortOrder', 'collation', 'columns', 'tiers', 'tierCuts', 'tierShares', 'previousKey'].some((k) =>
        changed.has(k as keyof MbRankingTable),
      )
    ) {
      this.#display = this.#computeDisplay(rows);
    }
  }

  /** Row indices in display order for the current sort key. */
  #computeDisplay(rows: RankingRow[]): number[] {
    const order: SortOrder = this.sortOrder === 'desc' ? 'desc' : 'asc';
    const key = this.sortKey || RANK_KEY;
    const collator = chineseCollator(this.collation === 'stroke' ? 'stroke' : 'pinyin');
    if (key === RANK_KEY) {
      const ranked = this.#ranking.order.slice(0, this.#ranking.ranked);
      const unranked = this.#ranking.order.slice(this.#ranking.ranked);
      if (order === 'asc') return [...ranked, ...unranked];
      // Last place first, but rows sharing a rank keep their order (a stable reverse).
      const rank = this.#ranking.rank;
      const position = new Map(ranked.map((i, p) => [i, p]));
      ranked.sort((a, b) => rank[b]! - rank[a]! || position.get(a)! - position.get(b)!);
      return [...ranked, ...unranked];
    }
    if (key === TIER_KEY || key === CHANGE_KEY) {
      const names = this.#tierNames();
      // Sorted within rank order, so rows of one tier (or one change) stay ranked; rows without
      // a tier, or new entries (no previous rank), go last.
      const byRank = this.#ranking.order;
      const values = byRank.map((i) => {
        if (key === TIER_KEY) {
          const t = this.#tierOf[i];
          return t === null || t === undefined ? null : names.indexOf(t);
        }
        const c = this.#changes[i];
        return typeof c === 'number' ? c : null;
      });
      return orderByNumber(values, order).map((p) => byRank[p]!);
    }
    const column = (Array.isArray(this.columns) ? this.columns : []).find((c) => c?.key === key);
    if (!column) {
      console.warn(`<mb-ranking-table>: sort-key "${key}" is not a column; showing rank order.`);
      return this.#ranking.order.slice();
    }
    const type = column.type === 'number' || column.type === 'percent' ? column.type : 'text';
    return sortIndices(rows, key, type, order, collator);
  }

  override firstUpdated(): void {
    const scroller = this.#scroller();
    if (scroller) this.#resize.observe(scroller);
  }

  override updated(changed: PropertyValues<this>): void {
    this.#syncRows();
    this.#applyGeometry();
    // Measure on the first update, and again while no row has been measured yet.
    if (changed.has('rows') || this.rowHeight === DEFAULT_ROW_HEIGHT) this.#measure();
  }

  /**
   * Column template, body height and row offsets go through CSSOM after each render: a `style`
   * attribute binding (even lit's styleMap, on its first render) is an inline style that
   * `Content-Security-Policy: default-src 'self'` blocks.
   */
  #applyGeometry(): void {
    const root = this.renderRoot;
    root.querySelector<HTMLElement>('.grid')?.style.setProperty('--_columns', this.#columnTemplate);
    const body = root.querySelector<HTMLElement>('.body');
    if (body) KeyedSlots.place(body, this.#display.length, this.rowHeight);
  }

  /** The body rows in the window, keyed by row index; no rows: one slot (key -1) holds the empty-state row. */
  #syncRows(): void {
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (!body) return;
    const cols = this.#cols;
    const rows: [number, unknown][] = this.#display.length
      ? this.#visiblePositions().map((p) => [this.#display[p]!, this.#renderRow(p, cols)])
      : [
          [
            -1,
            html`<div role="row" class="row empty" aria-rowindex="2">
              <div role="gridcell" class="cell" aria-colindex="1" aria-colspan=${cols.length}>${this.#strings.empty}</div>
            </div>`,
          ],
        ];
    this.#rowSlots.sync(body, rows, { host: this });
  }

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  /** Reads the row height and viewport from layout; both drive the rendered window. */
  #measure(): void {
    const scroller = this.#scroller();
    if (!scroller) return;
    const header = this.renderRoot.querySelector<HTMLElement>('.head');
    this.#headerHeight = header?.getBoundingClientRect().height ?? 0;
    const row = this.renderRoot.querySelector<HTMLElement>('.body .row');
    const h = row?.getBoundingClientRect().height ?? 0;
    if (h > 0 && Math.abs(h - this.rowHeight) > 0.5) this.rowHeight = h;
    const viewport = scroller.clientHeight - this.#headerHeight;
    if (viewport > 0 && Math.abs(viewport - this.viewportHeight) > 0.5) this.viewportHeight = viewport;
    this.#syncWindow();
  }

  #onScroll = (): void => {
    this.#syncWindow();
  };

  #syncWindow(): void {
    const scroller = this.#scroller();
    if (!scroller) return;
    const start = windowStart(scroller.scrollTop, this.rowHeight);
    if (start !== this.windowStart) this.windowStart = start;
  }

  /** Sorted positions to render: the window plus the focused row, so focus survives scrolling. */
  #visiblePositions(): number[] {
    return windowPositions(this.windowStart, this.#display.length, this.viewportHeight, this.rowHeight, this.#focusRow);
  }

  override render() {
    const t = this.#strings;
    const cols = this.#viewColumns();
    const total = this.#display.length;
    this.#columnTemplate = cols.map((c) => this.#columnWidth(c)).join(' ');
    this.#cols = cols;
    const caption = (this.label ?? '').trim() || t.caption;
    return html`
      <div part="caption" class="caption" id="caption">
        <span class="caption-text">${caption}</span>
        <span class="count">${t.rowCount(total)}</span>
      </div>
      <div part="scroller" class="scroller" @scroll=${this.#onScroll}>
        <div
          part="grid"
          class="grid"
          role="grid"
          aria-labelledby="caption"
          aria-rowcount=${total + 1}
          aria-colcount=${cols.length}
          lang=${this.#locale}
          @keydown=${this.#keys.onKeyDown}
          @focusin=${this.#keys.onFocusIn}
          @click=${this.#onClick}
        >
          <div role="rowgroup" class="head">
            <div role="row" part="header" class="row head-row" aria-rowindex="1">
              ${cols.map((c, ci) => this.#renderHeader(c, ci))}
            </div>
          </div>
          <div role="rowgroup" class="body"></div>
        </div>
      </div>
    `;
  }

  #columnWidth(c: ViewColumn): string {
    switch (c.kind) {
      case 'rank':
        // Room for "5 (并列)" plus a flag badge when flags are on.
        return this.top > 0 || this.bottom > 0 ? 'minmax(12em, 1.4fr)' : 'minmax(7.5em, 1fr)';
      case 'tier':
        return 'minmax(4em, 0.5fr)';
      case 'change':
        return 'minmax(5.5em, 0.6fr)';
      case 'text':
        return 'minmax(8em, 2fr)';
      default:
        return 'minmax(6em, 1fr)';
    }
  }

  #tabIndexFor(row: number, col: number): string {
    return this.#keys.isActive(row + 1, col) ? '0' : '-1';
  }

  #renderHeader(c: ViewColumn, ci: number) {
    const active = (this.sortKey || RANK_KEY) === c.key;
    const sort = active ? (this.sortOrder === 'desc' ? 'descending' : 'ascending') : 'none';
    const arrow = active ? (this.sortOrder === 'desc' ? '▼' : '▲') : '↕';
    const numeric = c.kind === 'number' || c.kind === 'percent' || c.kind === 'change';
    if (!c.sortable) {
      return html`<div
        role="columnheader"
        class="cell header ${numeric ? 'numeric' : ''}"
        aria-colindex=${ci + 1}
        data-col=${ci}
        tabindex=${this.#tabIndexFor(-1, ci)}
      >
        ${c.label}
      </div>`;
    }
    return html`<div
      role="columnheader"
      class="cell header ${numeric ? 'numeric' : ''}"
      aria-colindex=${ci + 1}
      aria-sort=${sort}
      data-col=${ci}
    >
      <button
        part="sort-button"
        class="sort"
        type="button"
        tabindex=${this.#tabIndexFor(-1, ci)}
        data-sort=${c.key}
        @click=${() => this.sortBy(c.key)}
      >
        <span class="header-label">${c.label}</span><span class="arrow" aria-hidden="true">${arrow}</span>
      </button>
    </div>`;
  }

  #renderRow(p: number, cols: ViewColumn[]) {
    const i = this.#display[p]!;
    const row = this.#safeRows()[i] ?? {};
    const flag = this.#flags[i] ?? null;
    const selected = i === this.selectedIndex;
    const parts = ['row', flag ? `row-${flag}` : '', selected ? 'row-selected' : ''].filter(Boolean).join(' ');
    return html`<div
      role="row"
      part=${parts}
      class="row ${flag ? `flag-row-${flag}` : ''} ${selected ? 'selected' : ''}"
      aria-rowindex=${p + 2}
      aria-selected=${selected ? 'true' : 'false'}
      data-pos=${p}
    >
      ${cols.map(
        (c, ci) => html`<div
          role="gridcell"
          part="cell"
          class="cell ${c.kind === 'number' || c.kind === 'percent' || c.kind === 'change' ? 'numeric' : ''}"
          aria-colindex=${ci + 1}
          data-col=${ci}
          tabindex=${this.#tabIndexFor(p, ci)}
        >
          ${this.#renderCell(c, row, i, flag)}
        </div>`,
      )}
    </div>`;
  }

  #renderCell(c: ViewColumn, row: RankingRow, i: number, flag: RankFlag | null) {
    const t = this.#strings;
    switch (c.kind) {
      case 'rank': {
        const r = this.#ranking.rank[i];
        const rankText = r === null || r === undefined ? t.missing : this.#ranking.tied[i] ? t.tiedRank(r) : String(r);
        // The space keeps "2 (并列) 流动红旗" two words for screen readers.
        return html`<span part="rank" class="rank">${rankText}</span>${flag ? html` ${this.#renderFlag(flag)}` : nothing}`;
      }
      case 'tier': {
        const tier = this.#tierOf[i];
        return tier ? html`<span part="tier" class="tier">${tier}</span>` : t.missing;
      }
      case 'change':
        return this.#renderChange(this.#changes[i] ?? null);
      default:
        return this.#cellText(c, row);
    }
  }

  #renderFlag(flag: RankFlag) {
    const t = this.#strings;
    const name = flag === 'top' ? this.topLabel || t.topFlag : this.bottomLabel || t.bottomFlag;
    // Filled flag for top, outlined for bottom: the shape tells them apart without colour.
    return html`<span part="flag flag-${flag}" class="flag flag-${flag}"
      ><span aria-hidden="true">${flag === 'top' ? '⚑' : '⚐'}</span>${name}</span
    >`;
  }

  #renderChange(change: RankChange) {
    const t = this.#strings;
    if (change === null) return t.missing;
    let shown: string;
    let spoken: string;
    let cls: string;
    if (change === 'new') [shown, spoken, cls] = [t.isNew, t.newSpoken, 'new'];
    else if (change > 0) [shown, spoken, cls] = [t.up(change), t.upSpoken(change), 'up'];
    else if (change < 0) [shown, spoken, cls] = [t.down(-change), t.downSpoken(-change), 'down'];
    else [shown, spoken, cls] = [t.same, t.sameSpoken, 'same'];
    return html`<span part="change" class="change change-${cls}"
      ><span aria-hidden="true">${shown}</span><span class="visually-hidden">${spoken}</span></span
    >`;
  }

  #cellText(c: ViewColumn, row: RankingRow): string {
    const value = row[c.key];
    const source = c.source;
    if (source?.format) {
      try {
        return textValue(source.format(value, row));
      } catch (error) {
        console.warn(`<mb-ranking-table>: format of column "${c.key}" threw (${(error as Error).message}); showing the raw value.`);
      }
    }
    if (c.kind === 'text') return textValue(value) || this.#strings.missing;
    const n = numericValue(value);
    if (n === null) return this.#strings.missing;
    if (c.kind === 'percent') return `${trimNumber(n)}%`;
    return source?.unit ? formatValue(n, source.unit, this.#locale) : formatNumber(n, this.#locale);
  }

  /** Header button: sorts by the column, toggling direction when it is already the sort key. */
  sortBy(key: string, order?: SortOrder): void {
    const current = this.sortKey || RANK_KEY;
    const next: SortOrder = order ?? (current === key ? (this.sortOrder === 'asc' ? 'desc' : 'asc') : this.#defaultOrderFor(key));
    this.sortKey = key;
    this.sortOrder = next;
    this.dispatchEvent(new CustomEvent<RankingSortDetail>('mb-sort', { detail: { key, order: next }, bubbles: true, composed: true }));
  }

  /** Numbers read best largest-first, names and ranks from the top. */
  #defaultOrderFor(key: string): SortOrder {
    const column = (Array.isArray(this.columns) ? this.columns : []).find((c) => c?.key === key);
    if (key === CHANGE_KEY) return 'desc';
    return column && (column.type === 'number' || column.type === 'percent') ? 'desc' : 'asc';
  }

  #selectPosition(p: number): void {
    const i = this.#display[p];
    if (i === undefined) return;
    this.selectedIndex = i;
    const row = this.#safeRows()[i] ?? {};
    this.dispatchEvent(
      new CustomEvent<RankingRowSelectDetail>('mb-row-select', {
        detail: {
          row,
          index: i,
          rank: this.#ranking.rank[i] ?? null,
          tied: this.#ranking.tied[i] ?? false,
          flag: this.#flags[i] ?? null,
          tier: this.#tierOf[i] ?? null,
          change: this.#changes[i] ?? null,
        },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #cellPosition(target: EventTarget | null): { row: number; col: number } | null {
    if (!(target instanceof Element)) return null;
    const cell = target.closest<HTMLElement>('[data-col]');
    if (!cell) return null;
    const rowEl = cell.closest<HTMLElement>('[role="row"]');
    const pos = rowEl?.dataset['pos'];
    return { row: pos === undefined ? -1 : Number(pos), col: Number(cell.dataset['col']) };
  }

  #onClick = (event: MouseEvent): void => {
    const at = this.#cellPosition(event.target);
    if (at && at.row >= 0) this.#selectPosition(at.row);
  };

  /** Moves the tab stop to sorted position `row` (-1: the header row) and column `col`, and focuses it. */
  moveFocus(row: number, col: number): Promise<void> {
    return this.#keys.moveTo({ row: row + 1, col });
  }

  #scrollRowIntoView(p: number): void {
    const scroller = this.#scroller();
    if (!scroller) return;
    // Row offsets are relative to the body, which starts below the header.
    scrollRowIntoView(scroller, p, this.rowHeight, this.#headerHeight);
    this.#syncWindow();
  }

  #focusedCell(): HTMLElement | null {
    const { col } = this.#keys.active;
    const row = this.#focusRow;
    if (row === -1) {
      const header = this.renderRoot.querySelector<HTMLElement>(`.head-row [data-col="${col}"]`);
      return header?.querySelector<HTMLElement>('button') ?? header ?? null;
    }
    return this.renderRoot.querySelector<HTMLElement>(`.body [data-pos="${row}"] [data-col="${col}"]`);
  }
}
