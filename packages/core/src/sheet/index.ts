export { readSheet } from './read-sheet.ts';
export { readCellQuantity, type CellQuantity } from './cell-quantity.ts';
export { classifyHeader, normaliseHeader, headerPeriod, type HeaderMeaning } from './header-lexicon.ts';
export { cellText } from './grid-view.ts';
export { cellAddress, columnName, parseCellAddress, parseColumnName, parseRange, rangeRef, type CellPosition } from './address.ts';
export type { Claim, ColumnRole, ReadSheetOptions, SheetColumn, SheetRow, SheetTable, TableShape, UnparsedCell } from './types.ts';
export { gridFromRows, rowsFromTsv } from './grid-from-rows.ts';
export { eachClaim } from './table-claims.ts';
