import { WorkbookError } from './errors.ts';

/** Excel's grid since 2007: rows 1–1,048,576, columns A–XFD. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLS = 16_384;
/** The most characters (UTF-16 code units) an .xlsx cell holds. */
export const EXCEL_CELL_CHARS = 32_767;
/** Why a cell of `length` characters has no place in an .xlsx file (the writer and the converted copy say it alike). */
export const tooLongForXlsx = (length: number) =>
  `holds ${length.toLocaleString('en-US')} characters, more than the ${EXCEL_CELL_CHARS.toLocaleString('en-US')} an .xlsx cell holds, so it cannot be written to an .xlsx file`;

/**
 * The budgets every reader in this package works within. A workbook that needs more stops with a
 * `too-large` WorkbookError naming the limit and the part, never with an exhausted process: a
 * hostile or damaged file must cost at most these, whatever it declares. The legacy-format reader
 * and the CLI take the same numbers from here.
 */
export interface ReadLimits {
  /** Filled cells read from one workbook. */
  maxCells: number;
  /** Unpacked size of one part (a sheet's XML), checked before it is unpacked. */
  maxPartBytes: number;
  /**
   * Unpacked bytes of all parts read together: `unpackedFloor`, or `unpackedRatio` times the packed
   * size of those parts when that is more (a zip bomb unpacks to hundreds or a thousand times its
   * packed size; sheets to 5–30×). Counted on the parts read, not the file: a bomb padded with a
   * 150 MB stored image once had a budget of 15 GB.
   */
  unpackedFloor: number;
  unpackedRatio: number;
  /** Entries in the zip directory (Excel itself writes a few hundred at most). */
  maxEntries: number;
  /** Open elements at once in one XML part (OOXML needs about 10). */
  maxXmlDepth: number;
  /** Strings in the shared string table. */
  maxSharedStrings: number;
  /** Cell formats (xf) and number formats in styles.xml (Excel's own limit is about 64,000). */
  maxStyles: number;
  /** Merged ranges in one sheet. */
  maxMerges: number;
  /** Cells covered by merged ranges in one sheet, counted inside the sheet's used range. */
  maxMergedCells: number;
  /** Sheets listed in one workbook. */
  maxSheets: number;
}

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxCells: 2_000_000,
  // V8 strings stop at about 512M characters; stay well under.
  maxPartBytes: 400 * 1024 * 1024,
  unpackedFloor: 200 * 1024 * 1024,
  unpackedRatio: 100,
  maxEntries: 65_535,
  maxXmlDepth: 256,
  maxSharedStrings: 4_000_000,
  maxStyles: 200_000,
  maxMerges: 200_000,
  maxMergedCells: 1_000_000,
  maxSheets: 10_000,
});

export type LimitName = keyof ReadLimits | 'maxUnpackedBytes' | 'maxChain' | 'maxTextBytes';

/** The limits in force: defaults with the caller's overrides. */
export function readLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(overrides) as [keyof ReadLimits, number | undefined][]) if (value !== undefined) limits[key] = value;
  return limits;
}

/** Total unpacked bytes allowed for parts whose packed bytes come to `packedBytes`. */
export function unpackedBudget(limits: ReadLimits, packedBytes: number): number {
  return Math.max(limits.unpackedFloor, limits.unpackedRatio * packedBytes);
}

/** One way to say "over budget": which limit, where, and what to do. */
export function overLimit(fileName: string, limit: LimitName, part: string | undefined, detail: string): WorkbookError {
  const where = part ? ` in ${part}` : '';
  return new WorkbookError(
    'too-large',
    fileName,
    `${fileName} is too large to check: ${detail}${where} (limit ${limit}); split it into smaller workbooks or raise the limit`,
    { part, limit },
  );
}

export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;
