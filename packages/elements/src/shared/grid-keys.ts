/**
 * One keyboard model for the elements' WAI-ARIA grids (<mb-ranking-table>, <mb-task-matrix>, and
 * <mb-findings-list> as a one-column grid): a roving tab stop over the grid's rows × columns, row
 * 0 being the header row (the list's first row).
 *
 * - Arrow keys: one cell; they stop at the edges (no wrapping).
 * - Home / End: the first / last cell of the row (of the grid, when it has one column).
 * - Ctrl+Home / Ctrl+End (⌘ on a Mac): the first cell of the first row / the last cell of the
 *   last row.
 * - PageUp / PageDown: as many rows as the grid shows at once (at least one), stopping at the
 *   first / last row.
 * - Enter / Space: the element's own action for the cell (select a row, sort, filter).
 *
 * The element says how big the grid is, which cell an event came from, how many rows it shows,
 * how to bring a cell into view and what a cell does; the controller keeps the active cell, moves
 * it and focuses it once the element has rendered.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface GridPosition {
  row: number;
  col: number;
}

/** Rows (the header row included) and columns of a grid. */
export interface GridExtent {
  rows: number;
  cols: number;
}

/** `value` kept within 0…last. */
function clamp(value: number, last: number): number {
  return Math.min(Math.max(value, 0), Math.max(0, last));
}

/** Where a navigation key leads from `from`; null for any other key. Pure, so it is tested alone. */
export function keyTarget(key: string, ctrl: boolean, from: GridPosition, extent: GridExtent, pageRows: number): GridPosition | null {
  const lastRow = Math.max(0, extent.rows - 1);
  const lastCol = Math.max(0, extent.cols - 1);
  const page = Math.max(1, Math.floor(pageRows));
  switch (key) {
    case 'ArrowRight':
      return { row: from.row, col: Math.min(lastCol, from.col + 1) };
    case 'ArrowLeft':
      return { row: from.row, col: Math.max(0, from.col - 1) };
    case 'ArrowDown':
      return { row: Math.min(lastRow, from.row + 1), col: from.col };
    case 'ArrowUp':
      return { row: Math.max(0, from.row - 1), col: from.col };
    case 'PageDown':
      return { row: Math.min(lastRow, from.row + page), col: from.col };
    case 'PageUp':
      return { row: Math.max(0, from.row - page), col: from.col };
    // In a one-column grid (a list) Home/End have no row to move along: they go to the first/last row.
    case 'Home':
      return ctrl || extent.cols === 1 ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return ctrl || extent.cols === 1 ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    default:
      return null;
  }
}

/** Body rows a scrolling box shows below its header: the box clipped to the window, at least 1. */
export function rowsInView(scroller: Element | null, headerHeight: number, rowHeight: number): number {
  if (!scroller || !(rowHeight > 0)) return 1;
  const windowHeight = scroller.ownerDocument.defaultView?.innerHeight ?? Number.POSITIVE_INFINITY;
  return Math.max(1, Math.floor((Math.min(scroller.clientHeight, windowHeight) - headerHeight) / rowHeight));
}

export interface GridKeysOptions {
  /** The grid's size now. */
  extent(): GridExtent;
  /** The cell an event started in, or null when it is not one of the grid's cells. */
  positionOf(target: EventTarget | null): GridPosition | null;
  /** How many body rows the grid shows at once (rowsInView). */
  pageRows(): number;
  /** Called before the move renders: e.g. scroll a virtualised list so the row is rendered. */
  reveal?(position: GridPosition): void;
  /** Focuses the cell, rendered by then, clear of sticky headers. */
  focus(position: GridPosition): void;
  /** Enter or Space on a cell; returns whether it was handled (the key's default is then prevented). */
  activate(position: GridPosition): boolean;
  /** The tab stop before the user moves it. */
  initial?: GridPosition;
}

/** Keeps a grid's tab stop (the active cell) and moves it with the keys above. */
export class GridKeysController implements ReactiveController {
  #active: GridPosition;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GridKeysOptions,
  ) {
    this.#active = options.initial ?? { row: 0, col: 0 };
    host.addController(this);
  }

  /** Before each render (the host's data already updated): a grid that shrank keeps the tab stop inside. */
  hostUpdate(): void {
    this.#active = this.active;
  }

  /** The cell holding the tab stop, kept inside the grid as it shrinks. */
  get active(): GridPosition {
    const { rows, cols } = this.options.extent();
    return { row: clamp(this.#active.row, rows - 1), col: clamp(this.#active.col, cols - 1) };
  }

  isActive(row: number, col: number): boolean {
    const at = this.active;
    return at.row === row && at.col === col;
  }

  /** Puts the tab stop on a cell without focusing it (the rows changed under it: a new filter). */
  reset(position: GridPosition): void {
    this.#active = { ...position };
  }

  /** Moves the tab stop and focuses the cell once the host has rendered it. */
  async moveTo(position: GridPosition): Promise<void> {
    this.#active = { ...position };
    this.options.reveal?.(this.active);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.options.focus(this.active);
  }

  /** Focus arriving on a cell (click, Tab, a screen reader) moves the tab stop there. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const at = this.options.positionOf(event.composedPath()[0] ?? null);
    if (at && (at.row !== this.#active.row || at.col !== this.#active.col)) {
      this.#active = at;
      this.host.requestUpdate();
    }
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const from = this.options.positionOf(event.composedPath()[0] ?? null);
    if (!from) return;
    if (event.key === 'Enter' || event.key === ' ') {
      if (this.options.activate(from)) event.preventDefault();
      return;
    }
    const to = keyTarget(event.key, event.ctrlKey || event.metaKey, from, this.options.extent(), this.options.pageRows());
    if (!to) return;
    event.preventDefault();
    void this.moveTo(to);
  };
}
