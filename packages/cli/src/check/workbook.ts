import { readFile, stat } from 'node:fs/promises';
import type { Grid } from '@mubiao/core';
import { isWorkbookError, readSpreadsheet, type SpreadsheetRead } from '@mubiao/xlsx';
import { NOT_A_FILE, UserError } from '../errors.ts';
import type { SheetInput } from './inputs.ts';

/** Biggest workbook file read at all; the xlsx reader applies its own cell and entry limits. */
export const MAX_WORKBOOK_BYTES = 200 * 1024 * 1024;

export interface LoadedWorkbook {
  bytes: Uint8Array;
  format: SpreadsheetRead['format'];
  /** Its annotated copy is a new .xlsx (CSV and the legacy formats), not a patched original. */
  converted: boolean;
  sheets: Grid[];
  warnings: string[];
  columnWidths?: SpreadsheetRead['columnWidths'];
}

/**
 * Reads one input into grids. Anything that stops the file being read (missing, damaged,
 * password-protected, too large) becomes a one-line UserError naming the file.
 */
export async function loadWorkbook(input: SheetInput): Promise<LoadedWorkbook> {
  let bytes: Uint8Array;
  try {
    const info = await stat(input.path);
    // /dev/zero or a pipe has no size to check against the limit: it would be read without end.
    if (!info.isFile()) throw new UserError(`${input.display}: ${NOT_A_FILE}`);
    if (info.size > MAX_WORKBOOK_BYTES) {
      throw new UserError(
        `${input.display}: ${(info.size / 1048576).toFixed(0)} MB is too large to check (limit ${MAX_WORKBOOK_BYTES / 1048576} MB); split the workbook`,
      );
    }
    bytes = new Uint8Array(await readFile(input.path));
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${input.display}: no such file` : `${input.display}: cannot read (${code ?? 'error'})`);
  }
  try {
    const read = await readSpreadsheet(bytes, input.display);
    // Only chart sheets, or none: nothing could be checked, which must not read as "passed".
    if (read.sheets.length === 0) throw new UserError(`${input.display}: the workbook has no worksheets to check`);
    const { format, converted, sheets, warnings, columnWidths } = read;
    return { bytes, format, converted, sheets, warnings, ...(columnWidths ? { columnWidths } : {}) };
  } catch (error) {
    if (isWorkbookError(error)) throw new UserError(error.message);
    throw error;
  }
}
