/**
 * <mb-sheet-grid>: one worksheet as an ARIA grid with the findings marked in place. A marked
 * cell carries its severity as colour, a shape (✖ ▲ ●) and words for screen readers, and its
 * explanation as a tooltip; the elements' grid keys move between cells (one tab stop for the whole grid).
 * It draws a window of WINDOW_ROWS rows at most, whatever the sheet's size: buttons move the
 * window, and so do the arrow keys at its edge and a finding chosen anywhere in the sheet.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CellRange, Locale } from '@mubiao/core';
import { cellAddress, columnName, parseCellAddress } from '../excel/address.ts';
import { SEVERITY_ICON, severityWord } from '@mubiao/core';
import type { SheetView } from '../shared/check-protocol.ts';
import type { CellMark } from '../shared/marks.ts';
import { STRINGS } from '../ui/strings.ts';
import { keyTarget } from '@mubiao/elements/shared/grid-keys.ts';

/** Rows drawn at once: enough to read a sheet, few enough for a page that stays light at 100,000 rows. */
export const WINDOW_ROWS = 25;
/** Where a chosen cell lands in the window: a few rows of context above it. */
const CONTEXT_ROWS = 5;

interface Span {
  rows: number;
  cols: number;
  /** Where the merge's text is (its top-left cell), which may be above the window. */
  anchor: [number, number];
}

/** Merges that reach into rows [start, end): each clipped to the window, and every other cell it covers. */
function windowLayout(merges: readonly CellRange[], start: number, end: number): { spans: Map<string, Span>; covered: Set<string> } {
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  for (const m of merges) {
    if (m.bottom < start || m.top >= end) continue;
    const top = Math.max(m.top, start);
    const bottom = Math.min(m.bottom, end - 1);
    spans.set(`${top}:${m.left}`, { rows: bottom - top + 1, cols: m.right - m.left + 1, anchor: [m.top, m.left] });
    for (let r = top; r <= bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== top || c !== m.left) covered.add(`${r}:${c}`);
  }
  return { spans, covered };
}

export class MbSheetGrid extends LitElement {
  static override styles = css`
    :host { display: block; }
    .scroller { overflow: auto; max-height: var(--mb-sheet-max-height, 28rem); border: 1px solid #d0d7de; border-radius: 4px; }
    table { border-collapse: collapse; font-size: 0.8125rem; }
    th, td { border: 1px solid #d0d7de; padding: 0.2rem 0.4rem; vertical-align: top; max-width: 22rem; white-space: pre-wrap; overflow-wrap: anywhere; }
    thead th { position: sticky; top: 0; background: #f6f8fa; z-index: 1; font-weight: 600; color: #57606a; }
    th[role='rowheader'] { position: sticky; left: 0; background: #f6f8fa; color: #57606a; font-weight: normal; text-align: right; }
    td:focus { outline: 2px solid #0969da; outline-offset: -2px; }
    td.mark-error { background: #ffc7ce; color: #9c0006; }
    td.mark-warning { background: #ffeb9c; color: #7a4500; }
    td.mark-info { background: #ddebf7; color: #1f4e78; }
    td.mark-error, td.mark-warning, td.mark-info { box-shadow: inset 0 0 0 2px currentColor; }
    td[data-shape]::before { content: attr(data-shape) ' '; font-weight: 700; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    tr.hidden-row th { text-decoration: line-through; }
    .pager { margin: 0.5rem 0; display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; font-size: 0.8125rem; color: #57606a; }
    button { font: inherit; }
  `;

  @property({ attribute: false }) view: SheetView | null = null;
  @property({ attribute: false }) marks: readonly CellMark[] = [];
  @property({ reflect: true }) override lang: Locale = 'zh-CN';
  /** First row (0-based) of the window. */
  @state() private start = 0;
  @state() private active = '';
  private markByCell = new Map<string, CellMark>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('marks')) this.markByCell = new Map(this.marks.map((m) => [m.cell, m]));
    if (changed.has('view')) {
      this.start = 0;
      this.active = this.marks[0]?.cell ?? 'A1';
      const first = parseCellAddress(this.active);
      if (first && first.row >= WINDOW_ROWS) this.start = Math.max(0, first.row - CONTEXT_ROWS);
    }
  }

  /** Rows [start, end) drawn now. */
  get window(): { start: number; end: number } {
    const rows = this.view?.rowCount ?? 0;
    return { start: this.start, end: Math.min(rows, this.start + WINDOW_ROWS) };
  }

  private moveWindow(start: number): void {
    const rows = this.view?.rowCount ?? 0;
    this.start = Math.max(0, Math.min(start, Math.max(0, rows - WINDOW_ROWS)));
  }

  /** Scrolls to a cell and focuses it, moving the window there first if needed. */
  async focusCell(address: string): Promise<void> {
    const at = parseCellAddress(address);
    if (!at || !this.view) return;
    const { start, end } = this.window;
    if (at.row < start || at.row >= end) this.moveWindow(at.row - CONTEXT_ROWS);
    this.active = cellAddress(at.row, at.col);
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`[data-cell="${this.active}"]`);
    el?.scrollIntoView({ block: 'center', inline: 'center' });
    el?.focus();
  }

  /** The elements' grid keys (arrows, Home/End, Ctrl+Home/End, PageUp/PageDown by a window) over the sheet's cells. */
  private onKey(e: KeyboardEvent): void {
    const at = parseCellAddress(this.active);
    const view = this.view;
    if (!at || !view) return;
    const next = keyTarget(e.key, e.ctrlKey || e.metaKey, at, { rows: view.rowCount, cols: view.colCount }, WINDOW_ROWS);
    if (!next) return;
    e.preventDefault();
    void this.focusCell(cellAddress(next.row, next.col));
  }

  private renderCell(view: SheetView, row: number, col: number, layout: ReturnType<typeof windowLayout>) {
    const key = `${row}:${col}`;
    if (layout.covered.has(key)) return nothing;
    const span = layout.spans.get(key);
    const [textRow, textCol] = span?.anchor ?? [row, col];
    const address = cellAddress(textRow, textCol);
    const mark = this.markByCell.get(address);
    const text = view.texts[textRow]?.[textCol] ?? '';
    // A marked cell says its severity and note in its label (the shape is for the eye), which keeps
    // each cell to a few DOM nodes.
    const label = mark ? `${text}（${SEVERITY_ICON[mark.severity]} ${severityWord(mark.severity, this.lang)}：${mark.note}）` : undefined;
    return html`<td
      role="gridcell"
      data-cell=${address}
      aria-colindex=${col + 2}
      tabindex=${address === this.active ? 0 : -1}
      rowspan=${span && span.rows > 1 ? span.rows : nothing}
      colspan=${span && span.cols > 1 ? span.cols : nothing}
      class=${mark ? `mark-${mark.severity}` : ''}
      title=${mark ? mark.note : nothing}
      aria-label=${label ?? nothing}
      data-shape=${mark ? SEVERITY_ICON[mark.severity] : nothing}
      @focus=${() => (this.active = address)}
    >${text}</td>`;
  }

  private renderPager(position: 'top' | 'bottom') {
    const view = this.view!;
    const { start, end } = this.window;
    if (view.rowCount <= WINDOW_ROWS) return nothing;
    const t = STRINGS[this.lang];
    const step = WINDOW_ROWS;
    return html`<div class="pager" data-pager=${position}>
      <span>${t.rowsWindow(start + 1, end, view.rowCount)}</span>
      <button type="button" data-move="previous" ?disabled=${start === 0} @click=${() => this.moveWindow(start - step)}>${t.previousRows(step)}</button>
      <button type="button" data-move="next" ?disabled=${end >= view.rowCount} @click=${() => this.moveWindow(start + step)}>${t.nextRows(step)}</button>
    </div>`;
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const t = STRINGS[this.lang];
    const { start, end } = this.window;
    const layout = windowLayout(view.merges, start, end);
    const hidden = new Set(view.hiddenRows);
    const cols = Array.from({ length: view.colCount }, (_, c) => c);
    const rows = Array.from({ length: end - start }, (_, i) => start + i);
    return html`
      ${this.renderPager('top')}
      <div class="scroller">
        <table role="grid" aria-label=${t.sheetGrid(view.sheet)} aria-rowcount=${view.rowCount + 1} aria-colcount=${view.colCount + 1} @keydown=${this.onKey}>
          <thead>
            <tr role="row" aria-rowindex="1">
              <th role="columnheader" aria-colindex="1"><span class="sr">#</span></th>
              ${cols.map((c) => html`<th role="columnheader" aria-colindex=${c + 2} scope="col">${columnName(c)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr role="row" aria-rowindex=${r + 2} class=${hidden.has(r) ? 'hidden-row' : ''}>
              <th role="rowheader" aria-colindex="1" scope="row">${r + 1}</th>
              ${cols.map((c) => this.renderCell(view, r, c, layout))}
            </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderPager('bottom')}
    `;
  }
}

customElements.get('mb-sheet-grid') ?? customElements.define('mb-sheet-grid', MbSheetGrid);

declare global {
  interface HTMLElementTagNameMap {
    'mb-sheet-grid': MbSheetGrid;
  }
}
