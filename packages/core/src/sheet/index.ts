export { readSheet } from './read-sheet.ts';
export { readCellQuantity, type CellQuantity } from './cell-quantity.ts';
export { classifyHeader, normaliseHeader, headerPeriod, type HeaderMeaning } from './header-lexicon.ts';
export { a1, columnName, cellText } from './grid-view.ts';
export type { Claim, ColumnRole, ReadSheetOptions, SheetColumn, SheetRow, SheetTable, TableShape, UnparsedCell } from './types.ts';
export { gridFromRows, rowsFromTsv, parseRange } from './grid-from-rows.ts';
