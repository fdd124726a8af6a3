import type { Cell, CellRange, Grid } from '../model.ts';

/**
 * Read access to a grid where a merged range's value belongs to every cell of the range, and
 * where a value's text is what the user sees (numbers formatted as percent when the sheet says so).
 */
export interface GridView {
  grid: Grid;
  /** Text at (row, col), following merges. Empty string for an empty cell. */
  text(row: number, col: number): string;
  /** Text only when the cell itself holds it (not inherited from a merge). */
  ownText(row: number, col: number): string;
  /** The cell holding the value shown at (row, col): the merge's top-left cell, or the cell itself. */
  source(row: number, col: number): Cell | undefined;
  /** The merged range (row, col) belongs to, if any. */
  mergeAt(row: number, col: number): CellRange | undefined;
  hiddenRow(row: number): boolean;
  hiddenCol(col: number): boolean;
}

/** The text a user sees in a cell. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  const text = cell.text ?? '';
  if (text !== '') return text;
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    // A percent-formatted number whose displayed text was not given: 0.2 shows as 20%.
    if (cell.numFmt && cell.numFmt.includes('%')) return `${trimNumber(v * 100)}%`;
    return trimNumber(v);
  }
  return String(v);
}

/** Shortest decimal text of a number without float noise (0.1 + 0.2 → "0.3"). */
export function trimNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(12)));
}

/** What a user sees, trimmed (trim() hands back the cell's own string when there is nothing to trim). */
function shownText(cell: Cell | undefined): string {
  if (cell !== undefined && !cell.error && cell.text) return cell.text.trim();
  return cellText(cell).trim();
}

export function gridView(grid: Grid): GridView {
  const cols = Math.max(grid.colCount, 1);
  const owner = new Map<number, CellRange>();
  // Rows any merge touches: the others (nearly all rows of a long table) skip the merge lookup.
  const mergedRows = new Uint8Array(Math.max(grid.rowCount, 0));
  for (const m of grid.merges) {
    // Clamp to the used range: a merge reaching past it (a whole-column merge) must not wrap
    // into the next row's keys or cost a million entries.
    const bottom = Math.min(m.bottom, grid.rowCount - 1);
    const right = Math.min(m.right, cols - 1);
    for (let r = Math.max(0, m.top); r <= bottom; r++) {
      mergedRows[r] = 1;
      for (let c = Math.max(0, m.left); c <= right; c++) owner.set(r * cols + c, m);
    }
  }
  const hiddenRows = new Set(grid.hiddenRows);
  const hiddenCols = new Set(grid.hiddenCols);
  const at = (row: number, col: number): Cell | undefined => grid.cells[row]?.[col];
  const mergeAt = (row: number, col: number) => (mergedRows[row] === 1 && col < cols ? owner.get(row * cols + col) : undefined);
  const source = (row: number, col: number) => {
    const m = mergeAt(row, col);
    return m ? at(m.top, m.left) : at(row, col);
  };
  return {
    grid,
    text: (row, col) => shownText(source(row, col)),
    ownText: (row, col) => {
      const m = mergeAt(row, col);
      if (m && (m.top !== row || m.left !== col)) return '';
      return shownText(at(row, col));
    },
    source,
    mergeAt,
    hiddenRow: (row) => hiddenRows.size > 0 && hiddenRows.has(row),
    hiddenCol: (col) => hiddenCols.size > 0 && hiddenCols.has(col),
  };
}
