/**
 * The annotated copy of a workbook that cannot be patched in place (.xls, .et, .xlsb, .ods, Excel
 * 2003 XML, CSV): a new .xlsx with the same sheets in the same order, the same values, formulas
 * where the file kept them, number formats, merges and column widths, and then the usual marks.
 * Its own formatting (fonts, fills, borders) is not carried over; the hosts say so.
 */
import type { Grid } from '@mubiao/core';
import { annotateWorkbook } from './annotate.ts';
import { WorkbookError } from './errors.ts';
import { tooLongForXlsx } from './limits.ts';
import type { CellMark } from './annotate/marks.ts';
import { writeWorkbook, type RowSource, type SheetFromRows, type WritableCell, type WritableValue } from './write-workbook.ts';

export interface ConvertedCopySource {
  sheets: readonly Grid[];
  /** Column widths in characters by sheet name, where the reader found them. */
  columnWidths?: Record<string, (number | null)[]>;
}

/** A new annotated .xlsx of the grids; marks on a sheet whose name Excel refuses follow it to its new name. */
export function convertedCopy(source: ConvertedCopySource, marks: readonly CellMark[], fileName: string): Uint8Array {
  const names = excelSheetNames(source.sheets.map((g) => g.sheet));
  const specs: SheetFromRows[] = source.sheets.map((grid, i) => ({
    name: names[i]!,
    rows: rowsOf(grid, names[i]!),
    merges: grid.merges,
    columnWidths: source.columnWidths?.[grid.sheet] ?? [],
    boldHeader: false,
  }));
  if (specs.length === 0) specs.push({ name: 'Sheet1', rows: { count: 0, row: () => undefined } });
  const renamed = new Map(source.sheets.map((g, i) => [g.sheet, names[i]!]));
  const moved = marks.map((m) => (renamed.has(m.sheet) && renamed.get(m.sheet) !== m.sheet ? { ...m, sheet: renamed.get(m.sheet)! } : m));
  return annotateWorkbook(writeWorkbook(specs), moved, { fileName });
}

/**
 * Names Excel accepts, in the same order: forbidden characters become "_", at most 31 characters,
 * no leading or trailing apostrophe, unique regardless of case. Valid names are kept as they are.
 */
export function excelSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, i) => {
    let base =
      name
        .replace(/[[\]:*?/\\]/g, '_')
        .replace(/^'+|'+$/g, '')
        .slice(0, 31) || `Sheet${i + 1}`;
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      base = base.slice(0, 31 - suffix.length);
      candidate = base + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The grid's rows for the writer, each made as it is written: a million-row CSV is not held twice. */
function rowsOf(grid: Grid, name: string): RowSource {
  return { count: grid.rowCount, row: (r) => rowOf(grid, r, name) };
}

function rowOf(grid: Grid, r: number, name: string): (WritableValue | WritableCell)[] {
  const cells = grid.cells[r];
  const row = new Array<WritableValue | WritableCell>(Math.min(cells?.length ?? 0, grid.colCount));
  for (let c = 0; c < row.length; c++) {
    const cell = cells![c];
    if (!cell) {
      row[c] = null;
      continue;
    }
    // A CSV field read only in part: a copy holding that part would change the cell's value.
    if (cell.fullLength !== undefined)
      throw new WorkbookError('unsupported', grid.sheet, `cell ${cell.address} of sheet "${name}" ${tooLongForXlsx(cell.fullLength)}`);
    if (!cell.formula && !cell.error && !cell.numFmt) {
      row[c] = cell.value;
      continue;
    }
    const out: WritableCell = { value: cell.value };
    if (cell.formula) out.formula = cell.formula;
    if (cell.error) out.error = cell.error;
    if (cell.numFmt) {
      // Dates were read as ISO text; the copy stores them as Excel does, a serial number under the date format.
      const serial = typeof cell.value === 'string' ? isoToSerial(cell.value) : undefined;
      if (serial !== undefined) out.value = serial;
      out.numFmt = cell.numFmt;
    }
    row[c] = out;
  }
  return row;
}

/** YYYY-MM-DD or YYYY-MM-DDTHH:MM(:SS) → the 1900-system serial, or undefined for other text. */
export function isoToSerial(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (Number.isNaN(ms)) return undefined;
  const days = ms / 86400000 - Date.UTC(1899, 11, 30) / 86400000;
  // Serials below 61 count Lotus's phantom 29 February 1900 differently.
  return days < 61 ? days - 1 : days;
}
