/**
 * <mb-sheet-grid>: one worksheet as an ARIA grid with the findings marked in place. A marked
 * cell carries its severity as colour, a shape (✖ ▲ ●) and words for screen readers, and its
 * explanation as a tooltip; arrow keys move between cells (one tab stop for the whole grid).
 * Large sheets render their first rows and grow on demand, or when a finding below is chosen.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Cell, Grid } from '@mubiao/core';
import { cellAddress, columnName, parseCellAddress } from '../excel/address.ts';
import { SEVERITY_ICON, severityWord, type Locale } from '@mubiao/core';
import type { CellMark } from '../shared/marks.ts';
import { STRINGS } from '../ui/strings.ts';

const INITIAL_ROWS = 300;

interface Span {
  rows: number;
  cols: number;
}

/** Merges as top-left → span, and every covered cell as hidden. */
function mergeLayout(grid: Grid): { spans: Map<string, Span>; covered: Set<string> } {
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    spans.set(`${m.top}:${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
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
    .shape { font-weight: 700; margin-right: 0.25rem; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    tr.hidden-row th { text-decoration: line-through; }
    .more { margin: 0.5rem 0; display: flex; gap: 0.5rem; align-items: center; font-size: 0.8125rem; color: #57606a; }
    button { font: inherit; }
  `;

  @property({ attribute: false }) grid: Grid | null = null;
  @property({ attribute: false }) marks: CellMark[] = [];
  @property({ reflect: true }) override lang: Locale = 'zh-CN';
  @state() private shownRows = INITIAL_ROWS;
  @state() private active = '';

  private get markByCell(): Map<string, CellMark> {
    return new Map(this.marks.map((m) => [m.cell, m]));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('grid')) {
      this.shownRows = INITIAL_ROWS;
      this.active = this.marks[0]?.cell ?? 'A1';
    }
  }

  /** Scrolls to a cell and focuses it, rendering more rows first if needed. */
  async focusCell(address: string): Promise<void> {
    const at = parseCellAddress(address);
    if (!at || !this.grid) return;
    if (at.row >= this.shownRows) this.shownRows = at.row + 50;
    this.active = cellAddress(at.row, at.col);
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`[data-cell="${this.active}"]`);
    el?.scrollIntoView({ block: 'center', inline: 'center' });
    el?.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const at = parseCellAddress(this.active);
    if (!at || !this.grid) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    let next: [number, number] | null = null;
    if (moves[e.key]) next = [at.row + moves[e.key]![0], at.col + moves[e.key]![1]];
    else if (e.key === 'Home') next = [at.row, 0];
    else if (e.key === 'End') next = [at.row, this.grid.colCount - 1];
    if (!next) return;
    e.preventDefault();
    const row = Math.max(0, Math.min(this.grid.rowCount - 1, next[0]));
    const col = Math.max(0, Math.min(this.grid.colCount - 1, next[1]));
    void this.focusCell(cellAddress(row, col));
  }

  private renderCell(cell: Cell | undefined, row: number, col: number, marks: Map<string, CellMark>, layout: ReturnType<typeof mergeLayout>) {
    const key = `${row}:${col}`;
    if (layout.covered.has(key)) return nothing;
    const span = layout.spans.get(key);
    const address = cellAddress(row, col);
    const mark = marks.get(address);
    const text = cell ? (cell.error ?? cell.text) : '';
    return html`<td
      role="gridcell"
      data-cell=${address}
      aria-colindex=${col + 2}
      tabindex=${address === this.active ? 0 : -1}
      rowspan=${span && span.rows > 1 ? span.rows : nothing}
      colspan=${span && span.cols > 1 ? span.cols : nothing}
      class=${mark ? `mark-${mark.severity}` : ''}
      title=${mark ? mark.note : nothing}
      @focus=${() => (this.active = address)}
    >${mark ? html`<span class="shape" aria-hidden="true">${SEVERITY_ICON[mark.severity]}</span>` : nothing}${text}${mark
        ? html`<span class="sr">（${`${SEVERITY_ICON[mark.severity]} ${severityWord(mark.severity, this.lang)}`}：${mark.note}）</span>`
        : nothing}</td>`;
  }

  override render() {
    const grid = this.grid;
    if (!grid) return nothing;
    const t = STRINGS[this.lang];
    const marks = this.markByCell;
    const layout = mergeLayout(grid);
    const rows = Math.min(grid.rowCount, this.shownRows);
    const hidden = new Set(grid.hiddenRows);
    const cols = Array.from({ length: grid.colCount }, (_, c) => c);
    return html`
      <div class="scroller">
        <table role="grid" aria-label=${t.sheetGrid(grid.sheet)} aria-rowcount=${grid.rowCount + 1} aria-colcount=${grid.colCount + 1} @keydown=${this.onKey}>
          <thead>
            <tr role="row" aria-rowindex="1">
              <th role="columnheader" aria-colindex="1"><span class="sr">#</span></th>
              ${cols.map((c) => html`<th role="columnheader" aria-colindex=${c + 2} scope="col">${columnName(c)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${Array.from({ length: rows }, (_, r) => html`<tr role="row" aria-rowindex=${r + 2} class=${hidden.has(r) ? 'hidden-row' : ''}>
              <th role="rowheader" aria-colindex="1" scope="row">${r + 1}</th>
              ${cols.map((c) => this.renderCell(grid.cells[r]?.[c], r, c, marks, layout))}
            </tr>`)}
          </tbody>
        </table>
      </div>
      ${rows < grid.rowCount
        ? html`<p class="more">${t.rowsShown(rows, grid.rowCount)} <button type="button" @click=${() => (this.shownRows = grid.rowCount)}>${t.showAllRows}</button></p>`
        : nothing}
    `;
  }
}

customElements.get('mb-sheet-grid') ?? customElements.define('mb-sheet-grid', MbSheetGrid);

declare global {
  interface HTMLElementTagNameMap {
    'mb-sheet-grid': MbSheetGrid;
  }
}
