import type { Cell, CellRange, Grid } from '@mubiao/core';
import { cellAddress, parseCellAddress, parseRange, rangeRef } from '@mubiao/core/sheet/address';
import { workbookErrors } from './errors.ts';
import { DEFAULT_LIMITS, EXCEL_COLS as MAX_COLS, EXCEL_ROWS as MAX_ROWS, overLimit, type ReadLimits } from './limits.ts';
import { shiftFormula } from './formula-shift.ts';
import { formatGeneral, formatNumber, type NumberFormat } from './numfmt.ts';
import { readInlineString } from './shared-strings.ts';
import { CLOSE, OPEN, XmlScanner, decodeEntities, decodeOoxmlEscapes, type XmlProblem } from './xml.ts';

export interface SheetContext {
  fileName: string;
  sheetName: string;
  sharedStrings: string[];
  formats: NumberFormat[];
  date1904: boolean;
  /** Shared across the sheets of one workbook so the limit is per workbook. */
  budget: { used: number; max: number };
  warnings: string[];
  /** The sheet's part name, for messages; and the budgets (merges, nesting). */
  part?: string;
  limits?: ReadLimits;
  /** Told of XML that is not well-formed; may throw to refuse the sheet. */
  onProblem?: (problem: XmlProblem) => void;
}

/** Excel's grid: rows and columns past it exist in no spreadsheet program. */

/** How far past its data a merged range may stretch the grid (a whole-row title merge reaches XFD). */
const MERGE_REACH_ROWS = 1000;
const MERGE_REACH_COLS = 100;

interface SharedFormula {
  formula: string;
  row: number;
  col: number;
}

/**
 * Reads one worksheet part into a Grid in a single pass. Styled but empty cells are skipped;
 * formulas without a saved result are kept (value null) and reported once per sheet.
 */
/**
 * Replaces a finished row by an array of its own size: one grown from empty reserves 17 slots,
 * which a million one-cell rows turn into 150 MB held for nothing. A row met again later (rows
 * out of order) just grows again.
 */
function compactRow(cells: (Cell | undefined)[][], r: number): void {
  const row = r >= 0 ? cells[r] : undefined;
  if (row) cells[r] = row.slice();
}

export function readSheetXml(xml: string, ctx: SheetContext): Grid {
  const limits = ctx.limits ?? DEFAULT_LIMITS;
  const s = new XmlScanner(xml, 0, { track: true, maxDepth: limits.maxXmlDepth });
  const cells: (Cell | undefined)[][] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const hiddenColRanges: [number, number][] = [];
  const shared = new Map<string, SharedFormula>();
  let isProtected = false;
  let dimension: string | undefined;
  let rowCount = 0;
  let colCount = 0;
  let row = -1;
  let nextCol = 0;
  let uncached = 0;
  let firstUncached = '';
  let outside = 0;
  const unreadable: Cell[] = [];
  const budget = ctx.budget;
  const attrs: CellAttributes = { r: undefined, t: undefined, s: -1 };
  let lastRow = -1;

  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind !== OPEN) continue;
    switch (s.name) {
      case 'row': {
        const r = Number(s.attr('r'));
        row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
        nextCol = 0;
        const hidden = s.attr('hidden');
        if (hidden === '1' || hidden === 'true') hiddenRows.push(row);
        break;
      }
      case 'c': {
        readCellAttributes(xml, s.attrStart, s.attrEnd, attrs);
        let col = nextCol;
        let cellRow = row;
        let address: string | undefined;
        if (attrs.r !== undefined) {
          const pos = parseCellAddress(attrs.r);
          if (!pos) {
            ctx.warnings.push(`${ctx.fileName}: sheet "${ctx.sheetName}" has a cell with a bad reference "${attrs.r}"; it was skipped`);
            s.skipElement();
            break;
          }
          col = pos.col;
          cellRow = pos.row;
          // The reference as written is the address when it is already canonical (it nearly always is).
          if (isCanonicalRef(attrs.r)) address = attrs.r;
        }
        nextCol = col + 1;
        if (cellRow >= MAX_ROWS || col >= MAX_COLS) {
          if (outside++ === 0) ctx.warnings.push(`${ctx.fileName}: sheet "${ctx.sheetName}" has cells outside Excel's grid (XFD1048576); they were ignored`);
          s.skipElement();
          break;
        }
        if (s.selfClosing) break;
        const type = attrs.t;
        const styleIndex = attrs.s;
        const cell = readCellBody(s, type, cellRow, col, address ?? cellAddress(cellRow, col), shared, ctx);
        if (!cell) break;
        if (styleIndex >= 0 && typeof cell.value === 'number' && type !== 'b') {
          const format = ctx.formats[styleIndex];
          if (format && format.kind !== 'general') applyFormat(cell, format, ctx.date1904);
        }
        if (cell.formula !== undefined && cell.value === null && cell.error === undefined) {
          uncached++;
          if (!firstUncached) firstUncached = cell.address;
        }
        if (++budget.used > budget.max) {
          throw workbookErrors.tooLarge(ctx.fileName, `more than ${budget.max.toLocaleString('en-US')} filled cells (sheet "${ctx.sheetName}")`);
        }
        if (cellRow !== lastRow) {
          compactRow(cells, lastRow);
          lastRow = cellRow;
        }
        (cells[cellRow] ??= [])[col] = cell;
        if (cell.unreadable) unreadable.push(cell);
        if (cellRow >= rowCount) rowCount = cellRow + 1;
        if (col >= colCount) colCount = col + 1;
        break;
      }
      case 'col': {
        const hidden = s.attr('hidden');
        if (hidden === '1' || hidden === 'true') {
          const min = Number(s.attr('min') ?? 0);
          const max = Number(s.attr('max') ?? min);
          if (min >= 1 && max >= min) hiddenColRanges.push([min - 1, Math.min(max, MAX_COLS) - 1]);
        }
        break;
      }
      case 'mergeCell': {
        const range = parseRange(s.attr('ref') ?? '');
        if (range && (range.bottom > range.top || range.right > range.left)) {
          if (merges.length >= limits.maxMerges) {
            throw overLimit(
              ctx.fileName,
              'maxMerges',
              ctx.part ?? `sheet "${ctx.sheetName}"`,
              `more than ${limits.maxMerges.toLocaleString('en-US')} merged ranges`,
            );
          }
          merges.push(range);
        }
        break;
      }
      case 'sheetProtection': {
        const on = s.attr('sheet');
        isProtected = on === '1' || on === 'true';
        break;
      }
      case 'dimension':
        dimension = s.attr('ref');
        break;
      case 'extLst':
        s.skipElement();
        break;
    }
  }

  compactRow(cells, lastRow);
  if (s.problem) ctx.onProblem?.(s.problem);
  // A merge anchored in the data shows its whole extent, within reach of the data.
  const dataRows = rowCount;
  const dataCols = colCount;
  for (const m of merges) {
    if (cells.length === 0 || m.top >= dataRows || m.left >= dataCols) continue;
    rowCount = Math.max(rowCount, Math.min(m.bottom + 1, dataRows + MERGE_REACH_ROWS));
    colCount = Math.max(colCount, Math.min(m.right + 1, dataCols + MERGE_REACH_COLS));
  }
  const kept = mergesWithoutOverlaps(merges, rowCount, colCount, limits, ctx);
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  cells.length = rowCount;
  // A hidden column range can run to XFD; only the columns that hold data matter.
  const hiddenCols: number[] = [];
  for (const [from, to] of hiddenColRanges) for (let c = from; c <= Math.min(to, colCount - 1); c++) hiddenCols.push(c);
  if (uncached > 0) {
    ctx.warnings.push(
      `${ctx.fileName}: sheet "${ctx.sheetName}" has ${uncached} formula${uncached > 1 ? 's' : ''} without a saved result (first at ${firstUncached}); open the file in Excel/WPS, let it calculate and save it`,
    );
  }
  const grid: Grid = { sheet: ctx.sheetName, rowCount, colCount, cells, merges: kept, hiddenRows, hiddenCols: [...new Set(hiddenCols)].sort((a, b) => a - b) };
  if (isProtected) grid.protected = true;
  if (dimension) grid.dimension = dimension;
  if (unreadable.length > 0) grid.unreadable = unreadable;
  return grid;
}

/**
 * Merged ranges as Excel keeps them: a range overlapping an earlier one is dropped with a warning
 * (Excel repairs such files the same way), and the cells they cover inside the grid are counted
 * against `maxMergedCells`, so the work and memory of every later lookup stay bounded.
 */
function mergesWithoutOverlaps(merges: CellRange[], rowCount: number, colCount: number, limits: ReadLimits, ctx: SheetContext): CellRange[] {
  if (merges.length === 0) return merges;
  const covered = new Set<number>();
  const kept: CellRange[] = [];
  let dropped = 0;
  let firstDropped = '';
  // Cells looked at, kept or not: overlapping ranges must not make the check itself unbounded.
  let work = 0;
  const over = () =>
    overLimit(
      ctx.fileName,
      'maxMergedCells',
      ctx.part ?? `sheet "${ctx.sheetName}"`,
      `merged ranges cover more than ${limits.maxMergedCells.toLocaleString('en-US')} cells`,
    );
  for (const m of merges) {
    const bottom = Math.min(m.bottom, rowCount - 1);
    const right = Math.min(m.right, colCount - 1);
    let overlaps = false;
    for (let r = m.top; r <= bottom && !overlaps; r++) {
      for (let c = m.left; c <= right && !overlaps; c++) {
        if (++work > 2 * limits.maxMergedCells) throw over();
        overlaps = covered.has(r * MAX_COLS + c);
      }
    }
    if (overlaps) {
      if (dropped++ === 0) firstDropped = rangeRef(m);
      continue;
    }
    const area = Math.max(0, bottom - m.top + 1) * Math.max(0, right - m.left + 1);
    if (covered.size + area > limits.maxMergedCells) throw over();
    for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) covered.add(r * MAX_COLS + c);
    kept.push(m);
  }
  if (dropped > 0) {
    ctx.warnings.push(
      `${ctx.fileName}: sheet "${ctx.sheetName}" has ${dropped} merged range${dropped > 1 ? 's' : ''} overlapping another (first ${firstDropped}); ${dropped > 1 ? 'they were' : 'it was'} ignored, as Excel does`,
    );
  }
  return kept;
}

function readCellBody(
  s: XmlScanner,
  type: string | undefined,
  row: number,
  col: number,
  address: string,
  shared: Map<string, SharedFormula>,
  ctx: SheetContext,
): Cell | null {
  let raw: string | undefined;
  let inline: string | undefined;
  let formula: string | undefined;
  const xml = s.xml;
  // Fast path for the common <c …><v>123</v></c>: no tag objects, one slice.
  if (xml.startsWith('<v>', s.pos)) {
    const end = xml.indexOf('<', s.pos + 3);
    if (end > 0 && xml.startsWith('</v></c>', end)) {
      raw = xml.slice(s.pos + 3, end);
      if (raw.indexOf('&') >= 0) raw = decodeEntities(raw);
      s.pos = end + 8;
      s.closedCurrent();
      return valueCell(raw, undefined, undefined, type, row, col, address, ctx);
    }
  }
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === CLOSE) {
      if (s.name === 'c') break;
      continue;
    }
    if (s.name === 'v') raw = s.readText();
    else if (s.name === 'f') {
      const ft = s.attr('t');
      const si = s.attr('si');
      const text = s.selfClosing ? '' : s.readText();
      if (ft === 'shared' && si !== undefined) {
        const master = shared.get(si);
        if (text !== '') {
          shared.set(si, { formula: text, row, col });
          formula = text;
        } else if (master) formula = shiftFormula(master.formula, row - master.row, col - master.col);
      } else if (text !== '') formula = text;
    } else if (s.name === 'is') inline = readInlineString(s);
    else s.skipElement();
  }
  if (raw === undefined && inline === undefined) {
    if (formula === undefined) return null;
    return { address, row, col, value: null, text: '', formula: displayFormula(formula) };
  }
  return valueCell(raw, inline, formula, type, row, col, address, ctx);
}

function valueCell(
  raw: string | undefined,
  inline: string | undefined,
  formula: string | undefined,
  type: string | undefined,
  row: number,
  col: number,
  address: string,
  ctx: SheetContext,
): Cell {
  const cell: Cell = { address, row, col, value: null, text: '' };
  if (formula !== undefined) cell.formula = displayFormula(formula);
  switch (type) {
    case 's': {
      const text = ctx.sharedStrings[Number(raw)];
      if (text === undefined) {
        // Index past the table, negative, fractional, or no strings part: the file is damaged here. Not read as empty,
        // which would pass whatever the cell held; the check reports the cell as unreadable.
        ctx.warnings.push(`${ctx.fileName}: sheet "${ctx.sheetName}" cell ${address} points at a missing shared string; it cannot be read`);
        cell.unreadable = 'missing-shared-string';
        return cell;
      }
      cell.value = cell.text = text;
      return cell;
    }
    case 'inlineStr':
      cell.value = cell.text = inline ?? decodeOoxmlEscapes(raw ?? '');
      return cell;
    case 'str':
      cell.value = cell.text = decodeOoxmlEscapes(raw ?? '');
      return cell;
    case 'b':
      cell.value = raw === '1' || raw === 'true';
      cell.text = cell.value ? 'TRUE' : 'FALSE';
      return cell;
    case 'e':
      cell.error = raw ?? '#N/A';
      cell.text = cell.error;
      return cell;
    case 'd': {
      const iso = (raw ?? '').trim();
      cell.value = /T00:00(:00(\.0+)?)?Z?$/.test(iso) ? iso.slice(0, 10) : iso;
      cell.text = iso
        .replace('T', ' ')
        .replace(/ 00:00(:00(\.0+)?)?Z?$/, '')
        .replace(/Z$/, '');
      return cell;
    }
    default: {
      const n = Number(raw);
      if (raw === undefined || raw.trim() === '' || !Number.isFinite(n)) {
        cell.value = cell.text = raw ?? '';
        return cell;
      }
      cell.value = n;
      cell.text = isPlainDecimal(raw) ? raw : formatGeneral(n);
      return cell;
    }
  }
}

function applyFormat(cell: Cell, format: NumberFormat, date1904: boolean): void {
  if (format.kind === 'general') return;
  const formatted = formatNumber(cell.value as number, format, date1904);
  cell.value = formatted.value;
  cell.text = formatted.text;
  cell.numFmt = format.code;
}

interface CellAttributes {
  r: string | undefined;
  t: string | undefined;
  /** Style index, -1 when absent. */
  s: number;
}

const CELL_TYPES = ['s', 'str', 'inlineStr', 'b', 'e', 'n', 'd'];

/**
 * One pass over a <c> tag's attributes for the three the reader needs. The type is matched
 * against the known values and the style index parsed in place, so a cell costs one string
 * allocation (its reference) instead of three.
 */
function readCellAttributes(xml: string, start: number, end: number, out: CellAttributes): void {
  out.r = out.t = undefined;
  out.s = -1;
  let i = start;
  while (i < end) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= end) return;
    let nameStart = eq - 1;
    while (nameStart > i && xml.charCodeAt(nameStart) <= 32) nameStart--;
    const nameEnd = nameStart + 1;
    while (nameStart > i && xml.charCodeAt(nameStart - 1) > 32) nameStart--;
    let q = eq + 1;
    while (q < end && xml.charCodeAt(q) !== 34 && xml.charCodeAt(q) !== 39) q++;
    const close = xml.indexOf(xml[q]!, q + 1);
    if (close < 0 || close > end) return;
    if (nameEnd - nameStart === 1) {
      const c = xml.charCodeAt(nameStart);
      if (c === 114) out.r = xml.slice(q + 1, close);
      else if (c === 116) out.t = knownType(xml, q + 1, close);
      else if (c === 115) {
        let n = 0;
        for (let k = q + 1; k < close; k++) n = n * 10 + (xml.charCodeAt(k) - 48);
        out.s = close > q + 1 ? n : -1;
      }
    }
    i = close + 1;
  }
}

function knownType(xml: string, start: number, end: number): string {
  for (const t of CELL_TYPES) if (t.length === end - start && xml.startsWith(t, start)) return t;
  return xml.slice(start, end);
}

/** Upper-case letters then digits, no $: usable as an address as it stands. */
function isCanonicalRef(ref: string): boolean {
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * True when the stored text already reads as Excel's General display: at most 15 significant
 * digits, no exponent, no redundant zeros ("57.5", "-1200"). Saves formatting 800k numbers.
 */
function isPlainDecimal(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 16) return false;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  if (i >= n) return false;
  const first = raw.charCodeAt(i);
  if (first === 48 && i + 1 < n && raw.charCodeAt(i + 1) !== 46) return false;
  let dot = -1;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46) {
      if (dot >= 0) return false;
      dot = i;
    } else if (c < 48 || c > 57) return false;
  }
  if (dot >= 0 && (dot === n - 1 || raw.charCodeAt(n - 1) === 48)) return false;
  if (raw === '-0') return false;
  return true;
}

/**
 * The formula as Excel shows it in the formula bar: a leading "=", and without the _xlfn./_xlws.
 * prefixes that files put on functions newer than Excel 2007.
 */
function displayFormula(stored: string): string {
  const bare = stored.indexOf('_xl') >= 0 ? stored.replace(/_xl(?:fn|ws)\./g, '') : stored;
  return bare.startsWith('=') ? bare : `=${bare}`;
}
