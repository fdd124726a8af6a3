/**
 * @mubiao/xlsx — workbooks in and out, browser-safe (no Node APIs here; see node.ts for files).
 */
export { readWorkbook, readAny, DEFAULT_MAX_CELLS, DEFAULT_MAX_PART_BYTES, type ReadOptions, type WorkbookRead, type AnyRead } from './read-workbook.ts';
export { readCsv, readCsvDetailed, sniffDelimiter, sheetNameFor, type CsvOptions, type CsvResult } from './csv.ts';
export { DEFAULT_LIMITS, readLimits, overLimit, unpackedBudget, type ReadLimits, type LimitName } from './limits.ts';
export { annotateWorkbook, annotateWorkbookDetailed, clearAnnotations, type AnnotateOptions, type AnnotateResult } from './annotate.ts';
export { mergeMarks, type CellMark, type MergedMark } from './annotate/marks.ts';
export { MUBIAO_AUTHOR, NOTE_MARKER } from './annotate/comments.ts';
export { SEVERITY_FILL } from './annotate/styles-patch.ts';
export { writeWorkbook, type RowSource, type SheetFromRows, type SheetSpec, type WritableValue, type WritableCell } from './write-workbook.ts';
export {
  readSpreadsheet,
  readLegacy,
  detectLegacyFormat,
  LEGACY_EXTENSIONS,
  LEGACY_FORMAT_NAMES,
  DEFAULT_MAX_LEGACY_BYTES,
  DEFAULT_MAX_UNPACKED_BYTES,
  type LegacyFormat,
  type SpreadsheetRead,
  type SpreadsheetReadOptions,
} from './legacy/index.ts';
export { convertedCopy, excelSheetNames, type ConvertedCopySource } from './converted-copy.ts';
export { WorkbookError, isWorkbookError, type WorkbookErrorCode } from './errors.ts';
export { classifyFormat, formatNumber, formatGeneral, formatWithCode, serialToDate, type NumberFormat, type FormatKind } from './numfmt.ts';
export { openZip, readEntry, isZip, type DeflateRaw, type InflateRaw, type ZipArchive, type ZipEntry } from './zip.ts';
export { isCfb, listCfbNames } from './cfb.ts';
