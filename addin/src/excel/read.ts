/**
 * Reads worksheets into core Grids with a constant number of context.sync calls:
 *   1 per workbook (sheet names), then per sheet 1 for the shape (used range address and size,
 *   protection, merged and visible areas) and 1 for the data (values, text, number formats).
 * Merged and visible areas are loaded with the data. On Excel on the web (5 MB responses) a large sheet's data is read in row chunks, one sync per
 * chunk; on desktop it is one sync whatever the size.
 */
import type { CellRange, Grid } from '@mubiao/core';
import type { Capabilities } from './capabilities.ts';
import { isNull } from './null-object.ts';
import { localAddress, parseAreas, parseRange } from './address.ts';
import { gridFromSnapshot } from './grid-from-range.ts';
import { rangeTooLarge } from './errors.ts';

export interface ReadOptions {
  /** Refuse used ranges with more cells than this (Excel on the web runs out well before). */
  maxCells?: number;
  /** Byte budget per response on payload-limited hosts. */
  payloadBytes?: number;
}

export const DEFAULT_MAX_CELLS = 2_000_000;
/** Under Excel on the web's 5 MB limit with room for the JSON envelope. */
export const DEFAULT_PAYLOAD_BYTES = 4_000_000;
/** Rough bytes per cell for values + text + number format in the JSON response. */
const BYTES_PER_CELL = 48;

export async function listSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  // Sheets the add-in wrote itself are never validated.
  return sheets.items.filter((s) => !isOwnSheet(s.name)).map((s) => s.name);
}

export const STATE_SHEET_PREFIX = '_mubiao';
/** Names of the optional findings sheet, by pane language. */
export const FINDINGS_SHEET_NAMES = { 'zh-CN': 'Mubiao 校验结果', en: 'Mubiao findings' } as const;

export function isOwnSheet(name: string): boolean {
  return name.startsWith(STATE_SHEET_PREFIX) || Object.values(FINDINGS_SHEET_NAMES).includes(name as never);
}

interface Shape {
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  protected?: boolean;
  merges: CellRange[];
  visible: CellRange[] | null;
}

/** Rows per data request so each response stays under the payload budget. */
export function rowsPerChunk(columnCount: number, caps: Capabilities, options: ReadOptions = {}): number {
  if (!caps.payloadLimited) return Number.POSITIVE_INFINITY;
  const budget = options.payloadBytes ?? DEFAULT_PAYLOAD_BYTES;
  return Math.max(1, Math.floor(budget / (BYTES_PER_CELL * Math.max(1, columnCount))));
}

export async function readSheetGrid(context: Excel.RequestContext, sheetName: string, caps: Capabilities, options: ReadOptions = {}): Promise<Grid> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = caps.usedRangeOrNull ? sheet.getUsedRangeOrNullObject(false) : sheet.getUsedRange(false);
  used.load('address,rowIndex,columnIndex,rowCount,columnCount');
  const protection = caps.protection ? sheet.protection : null;
  protection?.load('protected');
  await context.sync(); // sync 1: the shape

  if (isNull(used)) {
    return gridFromSnapshot({
      sheet: sheetName,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 0,
      columnCount: 0,
      values: [],
      protected: protection?.protected ?? false,
    });
  }
  const shape: Shape = {
    address: localAddress(used.address),
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
    merges: [],
    visible: null,
  };
  if (protection) shape.protected = protection.protected;
  const cells = shape.rowCount * shape.columnCount;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  if (cells > maxCells) throw rangeTooLarge(sheetName, shape.address, cells, maxCells);

  // Merged and visible areas ride along with the (first) data request: no extra sync.
  const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  const visible = caps.rangeAreas ? used.getSpecialCellsOrNullObject('Visible') : null;
  visible?.load('address');

  // A blank sheet's used range is A1 with nothing in it: one tiny read, still fine.
  const perChunk = rowsPerChunk(shape.columnCount, caps, options);
  const values: unknown[][] = [];
  const text: string[][] = [];
  const formats: unknown[][] = [];
  for (let offset = 0; offset < shape.rowCount; offset += perChunk) {
    const rows = Math.min(perChunk, shape.rowCount - offset);
    const part = perChunk >= shape.rowCount ? used : used.getRow(offset).getResizedRange(rows - 1, 0);
    part.load('values,text,numberFormat');
    await context.sync(); // sync 2 (one per chunk on payload-limited hosts)
    values.push(...part.values);
    text.push(...part.text);
    formats.push(...part.numberFormat);
  }
  if (merged && !isNull(merged)) shape.merges = parseAreas(merged.address);
  // No visible cell at all: every row is hidden (an empty area list says so).
  if (visible) shape.visible = isNull(visible) ? [] : parseAreas(visible.address);
  const origin = parseRange(shape.address);
  return gridFromSnapshot({
    sheet: sheetName,
    rowIndex: origin?.top ?? shape.rowIndex,
    columnIndex: origin?.left ?? shape.columnIndex,
    rowCount: shape.rowCount,
    columnCount: shape.columnCount,
    values,
    text,
    numberFormat: formats,
    merges: shape.merges,
    visible: shape.visible,
    ...(shape.protected !== undefined ? { protected: shape.protected } : {}),
  });
}

/** All sheets of the workbook, in tab order. */
export async function readWorkbookGrids(context: Excel.RequestContext, caps: Capabilities, options: ReadOptions = {}): Promise<Grid[]> {
  const names = await listSheets(context);
  const grids: Grid[] = [];
  for (const name of names) grids.push(await readSheetGrid(context, name, caps, options));
  return grids;
}
