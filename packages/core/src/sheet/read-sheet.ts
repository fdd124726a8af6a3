import type { Grid, Period } from '../model.ts';
import { noHeaderMessage } from '../validate/messages.ts';
import { splitDepartments } from '../text/departments.ts';
import { findHeader, type HeaderBlock } from './find-header.ts';
import { normaliseHeader } from './header-lexicon.ts';
import { cellAddress } from './address.ts';
import { sheetKeys, type SheetKeys } from './sheet-keys.ts';
import { gridView, type GridView } from './grid-view.ts';
import { readTaskRows } from './task-rows.ts';
import { readValueRows } from './value-rows.ts';
import { attachClaims } from './table-claims.ts';
import { regionAndYear, titleAbove } from './title.ts';
import type { ReadSheetOptions, SheetColumn, SheetTable, UnparsedCell } from './types.ts';

const NONE: string[] = [];

/** Text that starts the notes below a table (注：…, 填报单位：…), where reading stops. */
const NOTE_START = /^(注|备注|说明|附注|填表|填报|制表|审核|联系人|联系电话|负责人|单位负责人|数据来源)\s*[:：\d１-９、.]/;
const NOTE_FIRST = new Set('注备说附填制审联负单数');

/** Shared by the row readers: the view, the header and the sheet's year. */
export interface RowContext {
  view: GridView;
  header: HeaderBlock;
  sheet: string;
  /** Row keys and claim ids of this sheet. */
  keys: SheetKeys;
  year: number | undefined;
  /** The region the sheet is about (a row named after it is the total, not a part). */
  region: string | undefined;
  /** First row after the table (notes, or the end of the sheet). */
  end: number;
  column(role: SheetColumn['role']): SheetColumn | undefined;
  columns(role: SheetColumn['role']): SheetColumn[];
  departments(row: number, role: 'lead' | 'partner'): string[];
  hidden(row: number, col: number): boolean;
  period(column: SheetColumn): Period | undefined;
  /** A header repeated inside the table (printed on every page): not a data row. */
  repeatsHeader(row: number): boolean;
}

/** Where the table ends: the first notes row after the header, or the last row. */
function tableEnd(view: GridView, header: HeaderBlock): number {
  for (let r = header.bottom + 1; r < view.grid.rowCount; r++) {
    let first = '';
    let texts = 0;
    for (let c = header.left; c <= header.right; c++) {
      const t = view.ownText(r, c);
      if (t) {
        if (texts++ === 0) first = t;
        else break; // a row with two texts is data, whatever it starts with
      }
    }
    if (texts === 0) continue;
    if (NOTE_FIRST.has(first[0]!) && NOTE_START.test(first.normalize('NFKC'))) return r;
    // A single text merged across most of the table below the header is a note, not a row.
    const m = view.mergeAt(r, header.left);
    if (texts === 1 && m && m.right - m.left + 1 >= Math.max(3, (header.right - header.left + 1) * 0.6) && first.length > 20) return r;
  }
  return view.grid.rowCount;
}

/**
 * Printable ASCII without spaces, "~" or ":": text normaliseHeader() leaves as it is (序号
 * values, numbers), so comparing it with a header needs no normalising.
 */
const PLAIN_ASCII = /^[!-9;-}]*$/;

/**
 * Reads one worksheet into a table of claims: finds the header by meaning, decides the table's
 * shape (task table with targets in prose, indicator table, allocation table by district), and
 * reads every cell that states a target or a result. A sheet without a recognisable header
 * yields a `no-header` finding and no claims, never an exception.
 */
export function readSheet(grid: Grid, options: ReadSheetOptions = {}): SheetTable {
  const view = gridView(grid);
  const header = findHeader(view, options.headerSearchRows ?? 40);
  const locale = options.locale ?? 'zh-CN';
  if (!header) {
    const where = sheetPlace(options, '', grid.sheet, undefined);
    return {
      sheet: grid.sheet,
      shape: 'none',
      ...where,
      headerRows: null,
      headerCell: 'A1',
      columns: [],
      rows: [],
      claims: [],
      unparsed: damagedCells(grid),
      findings: [
        {
          code: 'no-header',
          severity: 'warning',
          sheet: grid.sheet,
          cell: '',
          expected: '',
          actual: '',
          message: noHeaderMessage({ sheet: grid.sheet }, locale),
        },
      ],
    };
  }
  const title = titleAbove(view, header.top);
  const headerYear = header.columns.find((c) => c.year)?.year;
  const place = sheetPlace(options, title, grid.sheet, headerYear);
  const { region, year } = place;
  const end = tableEnd(view, header);
  const leadColumn = header.columns.find((c) => c.role === 'lead');
  const partnerColumn = header.columns.find((c) => c.role === 'partner');
  const departmentLists = new Map<string, string[]>();
  const periods = new Map<SheetColumn, Period>();
  const headerTexts = new Map(
    header.columns.map((c) => {
      const raw = view.text(header.bottom, c.col);
      return [c.col, { raw, normalised: normaliseHeader(raw) }] as const;
    }),
  );
  const ctx: RowContext = {
    view,
    header,
    sheet: grid.sheet,
    keys: sheetKeys(grid.sheet),
    year,
    region,
    end,
    column: (role) => header.columns.find((c) => c.role === role),
    columns: (role) => header.columns.filter((c) => c.role === role),
    departments: (row, role) => {
      const col = role === 'lead' ? leadColumn : partnerColumn;
      if (!col) return NONE;
      // Rows repeat the same 牵头单位 text: split it once and share the (read-only) list.
      const text = view.text(row, col.col);
      let list = departmentLists.get(text);
      if (!list) {
        list = splitDepartments(text);
        if (departmentLists.size < 10_000) departmentLists.set(text, list);
      }
      return list;
    },
    hidden: (row, col) => view.hiddenRow(row) || view.hiddenCol(col),
    period: (column) => {
      if (!column.period) return undefined;
      let period = periods.get(column);
      if (!period) periods.set(column, (period = { ...column.period, year: column.period.year || year || null }));
      return period;
    },
    repeatsHeader: (row) => {
      let same = 0;
      for (const c of header.columns) {
        const t = view.ownText(row, c.col);
        if (!t) continue;
        const h = headerTexts.get(c.col)!;
        if (t !== h.raw && (PLAIN_ASCII.test(t) ? t : normaliseHeader(t)) !== h.normalised) return false;
        same++;
      }
      return same >= 2;
    },
  };
  const read = header.shape === 'tasks' ? readTaskRows(ctx) : readValueRows(ctx);
  const table: SheetTable = {
    sheet: grid.sheet,
    shape: header.shape,
    headerRows: [header.top, header.bottom],
    headerCell: cellAddress(header.top, header.left),
    columns: header.columns,
    rows: read.rows,
    claims: [], // replaced below by the store's claims, built when first read
    unparsed: [...damagedCells(grid), ...read.unparsed],
    findings: [],
  };
  attachClaims(table, read.claims);
  if (title) table.title = title;
  Object.assign(table, place);
  return table;
}

type SheetPlace = Pick<SheetTable, 'region' | 'regionSource' | 'year' | 'yearSource'>;

/**
 * Region and year the sheet is about and where each was read: the caller's options first, then
 * the title above the header, then (year only) a header such as 2024年目标, then the sheet's name.
 */
function sheetPlace(options: ReadSheetOptions, title: string, sheetName: string, headerYear: number | undefined): SheetPlace {
  const inTitle = title ? regionAndYear(title) : {};
  const inName = regionAndYear(sheetName);
  const place: SheetPlace = {};
  if (options.region) Object.assign(place, { region: options.region, regionSource: 'option' });
  else if (inTitle.region) Object.assign(place, { region: inTitle.region, regionSource: 'title' });
  else if (inName.region) Object.assign(place, { region: inName.region, regionSource: 'sheet-name' });
  if (options.year) Object.assign(place, { year: options.year, yearSource: 'option' });
  else if (inTitle.year) Object.assign(place, { year: inTitle.year, yearSource: 'title' });
  else if (headerYear) Object.assign(place, { year: headerYear, yearSource: 'header' });
  else if (inName.year) Object.assign(place, { year: inName.year, yearSource: 'sheet-name' });
  return place;
}

/**
 * The cells the file could not give (a damaged file: a shared string it lacks), each said as unreadable wherever it stands,
 * header or not: read as empty, a cell that held a shortfall would pass.
 */
function damagedCells(grid: Grid): UnparsedCell[] {
  return (grid.unreadable ?? []).map((c) => ({ sheet: grid.sheet, cell: c.address, row: c.row, col: c.col, text: '', reason: 'damaged-cell' }));
}
