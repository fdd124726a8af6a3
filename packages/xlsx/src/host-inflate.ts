/**
 * Every export of the browser-safe entry that unpacks zip entries, bound to one host's inflate:
 * the Node entry chooses Node's zlib here once (node.ts) and re-exports what this returns, so a
 * reader added later is bound in this one place or not at all (node.test.ts lists the browser
 * entry's functions and fails on one that unpacks and is not bound). An `inflate` a caller passes
 * still wins.
 */
import { annotateWorkbook, annotateWorkbookDetailed, clearAnnotations, type AnnotateOptions, type AnnotateResult } from './annotate.ts';
import type { CellMark } from './annotate/marks.ts';
import { readLegacy, readSpreadsheet, type LegacyFormat, type SpreadsheetRead, type SpreadsheetReadOptions } from './legacy/index.ts';
import type { ReadLimits } from './limits.ts';
import { readAny, readWorkbook, type AnyRead, type ReadOptions, type WorkbookRead } from './read-workbook.ts';
import { openZip, type InflateRaw, type ZipArchive } from './zip.ts';

export interface InflatingReaders {
  readWorkbook: (bytes: Uint8Array, opts: ReadOptions) => WorkbookRead;
  readAny: (bytes: Uint8Array, fileName: string, opts?: Omit<ReadOptions, 'fileName'>) => AnyRead;
  readSpreadsheet: (bytes: Uint8Array, fileName: string, opts?: SpreadsheetReadOptions) => Promise<SpreadsheetRead>;
  readLegacy: (bytes: Uint8Array, format: LegacyFormat, fileName: string, opts?: SpreadsheetReadOptions) => Promise<SpreadsheetRead>;
  annotateWorkbook: (bytes: Uint8Array, marks: CellMark[], opts?: AnnotateOptions) => Uint8Array;
  annotateWorkbookDetailed: (bytes: Uint8Array, marks: CellMark[], opts?: AnnotateOptions) => AnnotateResult;
  clearAnnotations: (bytes: Uint8Array, opts?: AnnotateOptions) => Uint8Array;
  openZip: (bytes: Uint8Array, fileName: string, limits?: ReadLimits, inflate?: InflateRaw) => ZipArchive;
}

/** The browser-safe entry's zip readers with `inflate` as their default. */
export function bindInflate(inflate: InflateRaw): InflatingReaders {
  return {
    readWorkbook: (bytes, opts) => readWorkbook(bytes, { inflate, ...opts }),
    readAny: (bytes, fileName, opts = {}) => readAny(bytes, fileName, { inflate, ...opts }),
    readSpreadsheet: (bytes, fileName, opts = {}) => readSpreadsheet(bytes, fileName, { inflate, ...opts }),
    readLegacy: (bytes, format, fileName, opts = {}) => readLegacy(bytes, format, fileName, { inflate, ...opts }),
    annotateWorkbook: (bytes, marks, opts = {}) => annotateWorkbook(bytes, marks, { inflate, ...opts }),
    annotateWorkbookDetailed: (bytes, marks, opts = {}) => annotateWorkbookDetailed(bytes, marks, { inflate, ...opts }),
    clearAnnotations: (bytes, opts = {}) => clearAnnotations(bytes, { inflate, ...opts }),
    openZip: (bytes, fileName, limits, own = inflate) => openZip(bytes, fileName, limits, own),
  };
}
