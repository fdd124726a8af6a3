/**
 * Every workbook an office has: .xls (BIFF2–BIFF8), WPS .et/.ett, .xlsb, .ods/.fods and Excel
 * 2003 XML, read through SheetJS into the same Grids as an .xlsx, with the format decided by the
 * bytes. SheetJS lives in a chunk of its own (sheetjs-read.ts, with the budgets of budget.ts that
 * it checks before SheetJS sees a byte), imported only when a legacy workbook comes; what stays
 * here, in every host's first load, is the cheap detection.
 */
import { isCfb } from '../cfb.ts';
import { WorkbookError, workbookErrors } from '../errors.ts';
import { DEFAULT_MAX_CELLS, readAny, type AnyRead, type ReadOptions } from '../read-workbook.ts';
import { isZip, openZip } from '../zip.ts';
import { classifyCfb, isBareBiff, xmlLegacyFormat, zipLegacyFormat, type LegacyFormat } from './sniff.ts';

export { LEGACY_EXTENSIONS, LEGACY_FORMAT_NAMES, type LegacyFormat } from './sniff.ts';

/** Largest legacy file handed to SheetJS by default; SheetJS holds several copies while reading. */
export const DEFAULT_MAX_LEGACY_BYTES = 64 * 1024 * 1024;
/** Most bytes a zipped legacy file (.xlsb, .ods) may unpack to by default. */
export const DEFAULT_MAX_UNPACKED_BYTES = 400 * 1024 * 1024;

export interface SpreadsheetReadOptions extends Omit<ReadOptions, 'fileName'> {
  /** Largest legacy file handed to SheetJS (default 64 MB). */
  maxLegacyBytes?: number;
  /** Most bytes a zipped legacy file (.xlsb, .ods) may unpack to (default 400 MB). */
  maxUnpackedBytes?: number;
}

export interface SpreadsheetRead extends Omit<AnyRead, 'format'> {
  format: AnyRead['format'] | LegacyFormat;
  /** True when the file cannot be annotated in place: its annotated copy is a new .xlsx (convertedCopy). */
  converted: boolean;
  /** Column widths in characters by sheet, where the format has them (legacy formats). */
  columnWidths?: Record<string, (number | null)[]>;
}

/**
 * The legacy format of these bytes, or undefined for what the own readers take (.xlsx/.xlsm,
 * CSV) and for what nobody reads (their errors come from readAny).
 */
export function detectLegacyFormat(bytes: Uint8Array, fileName: string): LegacyFormat | undefined {
  if (isZip(bytes)) {
    try {
      return zipLegacyFormat(openZip(bytes, fileName));
    } catch {
      return undefined; // a damaged zip: readAny names the damage
    }
  }
  if (isCfb(bytes)) {
    // OLE2 files are whole 512-byte sectors; anything else was cut short in transfer.
    if (bytes.length % 512 !== 0) throw workbookErrors.corrupt(fileName, 'the file is cut short');
    const cfb = classifyCfb(bytes, fileName);
    return cfb.kind === 'legacy' ? cfb.format : undefined;
  }
  if (isBareBiff(bytes)) return 'xls';
  return xmlLegacyFormat(bytes);
}

/** Reads a legacy workbook; loads SheetJS on first use. */
export async function readLegacy(bytes: Uint8Array, format: LegacyFormat, fileName: string, opts: SpreadsheetReadOptions = {}): Promise<SpreadsheetRead> {
  const limits = {
    maxInputBytes: opts.maxLegacyBytes ?? DEFAULT_MAX_LEGACY_BYTES,
    maxUnpackedBytes: opts.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES,
    maxCells: opts.maxCells ?? DEFAULT_MAX_CELLS,
  };
  let reader: typeof import('./sheetjs-read.ts');
  try {
    reader = await import('./sheetjs-read.ts');
  } catch (error) {
    throw workbookErrors.unsupported(fileName, `the reader for this format could not be loaded (${(error as Error)?.message ?? error})`);
  }
  try {
    const read = reader.readWithSheetJs(bytes, {
      fileName,
      format,
      limits,
      ...(opts.sheets ? { sheets: opts.sheets } : {}),
      ...(opts.inflate ? { inflate: opts.inflate } : {}),
    });
    return { format, converted: true, sheets: read.sheets, warnings: read.warnings, columnWidths: read.columnWidths };
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    // Our conversion failing on what SheetJS returned is still this file's fault, not a crash.
    throw workbookErrors.corrupt(fileName, `its ${format} content could not be read (${String((error as Error)?.message ?? error).slice(0, 100)})`);
  }
}

/**
 * Reads any workbook the user hands us, deciding by content: .xlsx/.xlsm and CSV with the own
 * readers (synchronously, SheetJS never loaded), the legacy formats through SheetJS. Every
 * failure is a WorkbookError with a one-line message naming the file.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, opts: SpreadsheetReadOptions = {}): Promise<SpreadsheetRead> {
  const format = bytes.length > 0 ? detectLegacyFormat(bytes, fileName) : undefined;
  if (format) return readLegacy(bytes, format, fileName, opts);
  const { maxLegacyBytes: _bytes, maxUnpackedBytes: _unpacked, ...own } = opts;
  const read = readAny(bytes, fileName, own);
  return { ...read, converted: read.format === 'csv' };
}
