/**
 * Turns what one batched Office.js read returns (values, text, number formats, plus merged and
 * visible areas) into the core Grid. Pure: no Office objects, so it is tested on plain arrays.
 */
import type { Cell, CellRange, Grid } from '@mubiao/core';
import { cellAddress } from './address.ts';

export interface RangeSnapshot {
  sheet: string;
  /** 0-based sheet position of the used range's top-left cell. */
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  text?: string[][];
  numberFormat?: unknown[][];
  merges?: CellRange[];
  /** Visible areas (absolute); when given, rows/columns they do not cover are hidden. */
  visible?: CellRange[] | null;
  /** Total rows/columns of the used range (values may hold only part of it when chunked). */
  rowCount: number;
  columnCount: number;
  protected?: boolean;
}

const EXCEL_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/** A number format that shows a date: has y or d (or m without h/s) outside quotes and brackets. */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '' || /^general$/i.test(format)) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  if (/[yd]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs0#]/i.test(bare);
}

/** Excel 1900-system serial → ISO date (serials below 61 sit before Excel's phantom 1900-02-29). */
export function serialToIso(serial: number): string {
  const days = serial < 61 ? serial - 25568 : serial - 25569;
  const date = new Date(Math.round(days * 86400000));
  return date.toISOString().slice(0, 10);
}

/** What Excel shows for a raw value when no text came with it (values are numbers, strings or booleans). */
function rawText(raw: unknown): string {
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
}

function toCell(row: number, col: number, raw: unknown, text: string | undefined, format: unknown): Cell | undefined {
  const shown = text ?? rawText(raw);
  if ((raw === '' || raw == null) && shown === '') return undefined;
  const cell: Cell = { address: cellAddress(row, col), row, col, value: null, text: shown };
  if (typeof format === 'string' && format !== '' && format !== 'General') cell.numFmt = format;
  if (typeof raw === 'number') {
    cell.value = isDateFormat(format) && Number.isFinite(raw) ? serialToIso(raw) : raw;
  } else if (typeof raw === 'boolean') {
    cell.value = raw;
  } else if (typeof raw === 'string') {
    if (EXCEL_ERRORS.has(raw)) cell.error = raw;
    else cell.value = raw;
  }
  return cell;
}

/** Rows (or columns) between `from` and `to` that no visible area covers. */
function uncovered(from: number, to: number, areas: CellRange[], axis: 'row' | 'col'): number[] {
  const covered = new Uint8Array(Math.max(0, to - from + 1));
  for (const a of areas) {
    const lo = Math.max(from, axis === 'row' ? a.top : a.left);
    const hi = Math.min(to, axis === 'row' ? a.bottom : a.right);
    for (let i = lo; i <= hi; i++) covered[i - from] = 1;
  }
  const out: number[] = [];
  covered.forEach((c, i) => {
    if (!c) out.push(from + i);
  });
  return out;
}

/** Builds a Grid. Row and column indexes are sheet positions, so addresses match Excel's. */
export function gridFromSnapshot(s: RangeSnapshot): Grid {
  const cells: (Cell | undefined)[][] = [];
  for (let r = 0; r < s.values.length; r++) {
    const row: (Cell | undefined)[] = [];
    const values = s.values[r] ?? [];
    for (let c = 0; c < values.length; c++) {
      const cell = toCell(s.rowIndex + r, s.columnIndex + c, values[c], s.text?.[r]?.[c], s.numberFormat?.[r]?.[c]);
      if (cell) row[s.columnIndex + c] = cell;
    }
    cells[s.rowIndex + r] = row;
  }
  for (let r = 0; r < s.rowIndex + s.values.length; r++) cells[r] ??= [];
  const lastRow = s.rowIndex + s.rowCount - 1;
  const lastCol = s.columnIndex + s.columnCount - 1;
  const visible = s.visible;
  const grid: Grid = {
    sheet: s.sheet,
    rowCount: s.rowIndex + s.rowCount,
    colCount: s.columnIndex + s.columnCount,
    cells,
    merges: s.merges ?? [],
    hiddenRows: visible ? uncovered(s.rowIndex, lastRow, visible, 'row') : [],
    hiddenCols: visible ? uncovered(s.columnIndex, lastCol, visible, 'col') : [],
  };
  if (s.protected !== undefined) grid.protected = s.protected;
  return grid;
}
