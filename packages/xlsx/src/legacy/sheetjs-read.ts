/**
 * The only module that imports SheetJS (@e965/xlsx): it is loaded with a dynamic import when a
 * legacy workbook arrives, so reading an .xlsx or a CSV never pulls it in. SheetJS parses the
 * file; the cells are then turned into Grids by the same rules as the own .xlsx reader (values
 * typed, dates as ISO strings through our number-format code, formulas with a leading "="),
 * so a sheet gives the same claims whatever format it was saved in.
 */
import { read, set_cptable, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { Cell, CellRange, Grid } from '@mubiao/core';
import { cellAddress } from '@mubiao/core/sheet/address';
import { WorkbookError, workbookErrors } from '../errors.ts';
import { EXCEL_COLS as MAX_COLS, EXCEL_ROWS as MAX_ROWS } from '../limits.ts';
import type { InflateRaw } from '../zip.ts';
import { classifyFormat, formatGeneral, formatNumber } from '../numfmt.ts';
import { checkLegacyInput, type LegacyLimits } from './budget.ts';
import { codePageTable } from './codepages.ts';
import { LEGACY_FORMAT_NAMES, type LegacyFormat } from './sniff.ts';

let codePagesSet = false;

export interface SheetJsReadOptions {
  fileName: string;
  format: LegacyFormat;
  /** Checked before SheetJS sees a byte (budget.ts). */
  limits: LegacyLimits;
  sheets?: string[];
  /** The host's inflate for the zip entries unpacked before SheetJS (.xlsb, .ods): Node's zlib in the Node entry. */
  inflate?: InflateRaw;
}

export interface SheetJsRead {
  sheets: Grid[];
  warnings: string[];
  /** Column widths in characters by sheet name, for the converted copy. */
  columnWidths: Record<string, (number | null)[]>;
}

/** BIFF error codes, for cells whose text SheetJS was not asked to render. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

export function readWithSheetJs(bytes: Uint8Array, opts: SheetJsReadOptions): SheetJsRead {
  checkLegacyInput(bytes, opts.format, opts.fileName, opts.limits, opts.inflate);
  if (!codePagesSet) {
    set_cptable(codePageTable);
    codePagesSet = true;
  }
  const workbook = parseQuietly(bytes, opts);
  const warnings: string[] = [];
  const columnWidths: SheetJsRead['columnWidths'] = {};
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const wanted = opts.sheets ? new Set(opts.sheets) : undefined;
  if (wanted) for (const name of wanted) if (!workbook.SheetNames.includes(name)) throw workbookErrors.missingSheet(opts.fileName, name);
  const budget = { used: 0, max: opts.limits.maxCells };
  const sheets: Grid[] = [];
  workbook.SheetNames.forEach((name, index) => {
    if (wanted && !wanted.has(name)) return;
    const sheet = workbook.Sheets[name];
    // Chart, macro and dialog sheets hold no cells to check.
    if (!sheet || (sheet['!type'] && sheet['!type'] !== 'sheet')) return;
    const grid = sheetToGrid(sheet, name, date1904, budget, opts.fileName);
    const hidden = workbook.Workbook?.Sheets?.[index]?.Hidden;
    if (hidden === 1) grid.state = 'hidden';
    else if (hidden === 2) grid.state = 'veryHidden';
    sheets.push(grid);
    columnWidths[name] = widthsOf(sheet, grid.colCount);
  });
  if (workbook.SheetNames.length === 0) warnings.push(`${opts.fileName}: the workbook has no sheets`);
  return { sheets, warnings, columnWidths };
}

/**
 * SheetJS reports what it skips on the console; those lines would land in the user's terminal or
 * the page's console, so they are swallowed while it reads (the read is synchronous, so nothing
 * else writes to the console meanwhile). Whatever it throws — Errors, and sometimes bare strings
 * — becomes one `corrupt` or `encrypted` WorkbookError.
 */
function parseQuietly(bytes: Uint8Array, opts: SheetJsReadOptions): WorkBook {
  const saved = { error: console.error, warn: console.warn, log: console.log, info: console.info };
  const quiet = () => {};
  console.error = console.warn = console.log = console.info = quiet;
  try {
    return read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: true,
      cellNF: true,
      cellText: false,
      cellDates: false,
      cellHTML: false,
      cellStyles: true, // column widths and hidden rows and columns come with the styles
      sheetStubs: false,
      bookVBA: false,
      WTF: false,
    });
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw translateError(error, opts);
  } finally {
    Object.assign(console, saved);
  }
}

function translateError(error: unknown, opts: SheetJsReadOptions): WorkbookError {
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return workbookErrors.encrypted(opts.fileName);
  if (error instanceof RangeError && /array length|allocation|memory/i.test(message)) {
    return workbookErrors.tooLarge(opts.fileName, `the ${opts.format} reader ran out of room`);
  }
  const detail = message.replace(/\s+/g, ' ').trim().slice(0, 120) || 'unreadable';
  return workbookErrors.corrupt(opts.fileName, `${LEGACY_FORMAT_NAMES[opts.format]}: ${detail}`);
}

function sheetToGrid(sheet: WorkSheet, name: string, date1904: boolean, budget: { used: number; max: number }, fileName: string): Grid {
  const data = (sheet['!data'] ?? []) as (CellObject | undefined)[][];
  const cells: (Cell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  // forEach skips the holes of SheetJS's sparse rows, so a cell far down costs nothing in between.
  data.forEach((row, r) => {
    if (!row || r >= MAX_ROWS) return;
    row.forEach((raw, c) => {
      if (!raw || c >= MAX_COLS) return;
      const cell = toCell(raw, r, c, date1904);
      if (!cell) return;
      if (++budget.used > budget.max) {
        throw workbookErrors.tooLarge(fileName, `more than ${budget.max.toLocaleString('en-US')} filled cells (sheet "${name}")`);
      }
      (cells[r] ??= [])[c] = cell;
      if (r >= rowCount) rowCount = r + 1;
      if (c >= colCount) colCount = c + 1;
    });
  });
  const merges: CellRange[] = (sheet['!merges'] ?? [])
    .filter((m) => m.e.r < MAX_ROWS && m.e.c < MAX_COLS)
    .map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  if (rowCount > 0) {
    for (const m of merges) {
      rowCount = Math.max(rowCount, m.bottom + 1);
      colCount = Math.max(colCount, m.right + 1);
    }
  }
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  cells.length = rowCount;
  const hiddenRows: number[] = [];
  (sheet['!rows'] ?? []).forEach((info, r) => {
    if (info?.hidden && r < rowCount) hiddenRows.push(r);
  });
  const hiddenCols: number[] = [];
  (sheet['!cols'] ?? []).forEach((info, c) => {
    if (info?.hidden && c < colCount) hiddenCols.push(c);
  });
  const grid: Grid = { sheet: name, rowCount, colCount, cells, merges, hiddenRows, hiddenCols };
  if (sheet['!protect']) grid.protected = true;
  if (sheet['!ref']) grid.dimension = sheet['!ref'];
  return grid;
}

/** One SheetJS cell as the own reader would have read it from an .xlsx. */
function toCell(raw: CellObject, row: number, col: number, date1904: boolean): Cell | null {
  const cell: Cell = { address: cellAddress(row, col), row, col, value: null, text: '' };
  if (typeof raw.f === 'string' && raw.f !== '') cell.formula = raw.f.startsWith('=') ? raw.f : `=${raw.f}`;
  switch (raw.t) {
    case 'n': {
      const n = raw.v as number;
      if (typeof n !== 'number' || !Number.isFinite(n)) return cell.formula ? cell : null;
      cell.value = n;
      cell.text = formatGeneral(n);
      const code = typeof raw.z === 'string' ? raw.z : undefined;
      if (code) {
        const kind = classifyFormat(code);
        if (kind !== 'general') {
          const formatted = formatNumber(n, { code, kind }, date1904);
          cell.value = formatted.value;
          cell.text = formatted.text;
          cell.numFmt = code;
        }
      }
      return cell;
    }
    case 's': {
      const text = raw.v === undefined || raw.v === null ? '' : String(raw.v);
      if (text === '' && !cell.formula) return null;
      cell.value = cell.text = text;
      return cell;
    }
    case 'b':
      cell.value = Boolean(raw.v);
      cell.text = cell.value ? 'TRUE' : 'FALSE';
      return cell;
    case 'e':
      cell.error = raw.w ?? ERROR_TEXT[raw.v as number] ?? '#N/A';
      cell.text = cell.error;
      return cell;
    case 'd': {
      const date = raw.v instanceof Date ? raw.v : new Date(String(raw.v));
      if (Number.isNaN(date.getTime())) return null;
      const iso = date.toISOString();
      cell.value = iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
      cell.text = String(cell.value).replace('T', ' ');
      return cell;
    }
    default:
      return cell.formula ? cell : null;
  }
}

/** Widths in characters, as the copy's <col width> wants them; null where the file sets none. */
function widthsOf(sheet: WorkSheet, colCount: number): (number | null)[] {
  const out: (number | null)[] = [];
  const cols = sheet['!cols'] ?? [];
  for (let c = 0; c < Math.min(colCount, cols.length); c++) {
    const info = cols[c];
    const chars = info?.wch ?? (info?.wpx ? info.wpx / 7 : info?.width);
    out.push(typeof chars === 'number' && chars > 0 ? Math.round(chars * 100) / 100 : null);
  }
  return out;
}
