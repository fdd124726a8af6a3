import type { Grid } from '@mubiao/core';
import { isCfb, listCfbNames } from './cfb.ts';
import { readCsvDetailed } from './csv.ts';
import { WorkbookError, workbookErrors } from './errors.ts';
import { classifyCfbNames, xmlLegacyFormat } from './legacy/sniff.ts';
import { readWorkbookInfo } from './package-parts.ts';
import { readSharedStrings } from './shared-strings.ts';
import { readSheetXml } from './sheet-reader.ts';
import { readCellFormats } from './styles.ts';
import { XmlError } from './xml.ts';
import { findEntry, isZip, openZip, readEntry, readEntryText } from './zip.ts';

export interface ReadOptions {
  fileName: string;
  /** Most filled cells read from one workbook before giving up with a `too-large` error. */
  maxCells?: number;
  /** Largest unpacked part (a sheet's XML) accepted, in bytes. */
  maxPartBytes?: number;
  /** Read only these sheets (by name); default all worksheets. */
  sheets?: string[];
}

export interface WorkbookRead {
  sheets: Grid[];
  warnings: string[];
}

export const DEFAULT_MAX_CELLS = 2_000_000;
/** V8 strings stop at about 512M characters; stay well under. */
export const DEFAULT_MAX_PART_BYTES = 400 * 1024 * 1024;

/** Reads every worksheet of an .xlsx into Grids. Chart sheets have no cells and are skipped. */
export function readWorkbook(bytes: Uint8Array, opts: ReadOptions): WorkbookRead {
  const fileName = opts.fileName;
  if (!isZip(bytes)) {
    throw isCfb(bytes) ? classifyCfb(bytes, fileName) : workbookErrors.notAWorkbook(fileName, 'it does not start like an .xlsx file');
  }
  const zip = openZip(bytes, fileName);
  const maxPartBytes = opts.maxPartBytes ?? DEFAULT_MAX_PART_BYTES;
  const warnings: string[] = [];
  try {
    const info = readWorkbookInfo(zip);
    const sharedStrings = readSharedStrings(info.sharedStringsPath ? readEntryText(zip, info.sharedStringsPath, maxPartBytes) : undefined);
    const formats = readCellFormats(info.stylesPath ? readEntryText(zip, info.stylesPath, maxPartBytes) : undefined).byXf;
    const budget = { used: 0, max: opts.maxCells ?? DEFAULT_MAX_CELLS };
    const sheets: Grid[] = [];
    const wanted = opts.sheets ? new Set(opts.sheets) : undefined;
    if (wanted) for (const name of wanted) if (!info.sheets.some((s) => s.name === name)) throw workbookErrors.missingSheet(fileName, name);
    const decoder = new TextDecoder('utf-8');
    for (const sheet of info.sheets) {
      if (wanted && !wanted.has(sheet.name)) continue;
      if (sheet.kind !== 'worksheet' || !sheet.path) continue;
      const entry = findEntry(zip, sheet.path);
      if (!entry) {
        warnings.push(`${fileName}: sheet "${sheet.name}" is listed but its part ${sheet.path} is missing; it was skipped`);
        continue;
      }
      const xml = decoder.decode(readEntry(zip, entry, maxPartBytes));
      let grid: Grid;
      try {
        grid = readSheetXml(xml, { fileName, sheetName: sheet.name, sharedStrings, formats, date1904: info.date1904, budget, warnings });
      } catch (error) {
        if (error instanceof XmlError) throw workbookErrors.corrupt(fileName, `sheet "${sheet.name}": ${error.message}`);
        throw error;
      }
      if (sheet.state !== 'visible') grid.state = sheet.state;
      sheets.push(grid);
    }
    if (info.sheets.length === 0) warnings.push(`${fileName}: the workbook has no sheets`);
    return { sheets, warnings };
  } catch (error) {
    if (error instanceof XmlError) throw workbookErrors.corrupt(fileName, error.message);
    throw error;
  }
}

function classifyCfb(bytes: Uint8Array, fileName: string): WorkbookError {
  const kind = classifyCfbNames(listCfbNames(bytes)).kind;
  if (kind === 'encrypted') return workbookErrors.encrypted(fileName);
  if (kind === 'legacy') return workbookErrors.legacyXls(fileName);
  if (kind === 'word') return workbookErrors.notAWorkbook(fileName, 'an old Word .doc document');
  return workbookErrors.notAWorkbook(fileName, 'an Office file without a workbook inside');
}

export interface AnyRead extends WorkbookRead {
  format: 'xlsx' | 'csv';
}

/**
 * Reads whatever the user handed us, deciding by content rather than by extension: zip → .xlsx,
 * OLE2 → encrypted or legacy workbook (a clear error), text → CSV.
 */
export function readAny(bytes: Uint8Array, fileName: string, opts: Omit<ReadOptions, 'fileName'> = {}): AnyRead {
  if (bytes.length === 0) throw workbookErrors.notAWorkbook(fileName, 'the file is empty');
  if (isZip(bytes)) return { format: 'xlsx', ...readWorkbook(bytes, { ...opts, fileName }) };
  if (isCfb(bytes)) throw classifyCfb(bytes, fileName);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw workbookErrors.corrupt(fileName, 'the zip header is broken');
  if (startsWith(bytes, '%PDF')) throw workbookErrors.notAWorkbook(fileName, 'a PDF document');
  // An XML workbook is not CSV; readSpreadsheet (legacy/index.ts) reads it.
  if (xmlLegacyFormat(bytes)) throw workbookErrors.legacyXls(fileName);
  if (/\.(xlsx|xlsm|xltx|xltm)$/i.test(fileName) && !looksLikeText(bytes)) throw workbookErrors.corrupt(fileName, 'it does not start like an .xlsx file');
  const csv = readCsvDetailed(bytes, { fileName, ...(opts.maxCells ? { maxCells: opts.maxCells } : {}) });
  // Some systems export text under a workbook's name: say how it was read, so a "no header"
  // finding on it is not a mystery.
  const misnamed = /\.(xlsx|xlsm|xltx|xltm|xls)$/i.test(fileName);
  const warnings = misnamed ? [`${fileName}: not an Excel workbook but plain text; it was read as CSV`, ...csv.warnings] : csv.warnings;
  return { format: 'csv', sheets: [csv.grid], warnings };
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  for (const b of sample) if (b === 0) return false;
  return true;
}
