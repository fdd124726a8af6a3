import { readFile } from 'node:fs/promises';
import type { Grid } from '@mubiao/core';
import { isWorkbookError, type SpreadsheetRead } from '@mubiao/xlsx';
// The Node entry's reader: zlib inflates (nodeInflate), 3–4× fflate's speed.
import { readSpreadsheet } from '@mubiao/xlsx/node';
import { UserError } from '../errors.ts';
import { regularFileSize } from '../regular-file.ts';
import type { SheetInput } from './inputs.ts';

/** Biggest workbook file read at all; the xlsx reader applies its own cell and entry limits. */
export const MAX_WORKBOOK_BYTES = 200 * 1024 * 1024;

/** What a check needs of a file once read: not its bytes (an .xlsx copy reads the file again), which are let go. */
export interface LoadedWorkbook {
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
  const size = await regularFileSize(input.path, input.display, 'a workbook');
  if (size > MAX_WORKBOOK_BYTES) {
    throw new UserError(
      `${input.display}: ${(size / 1048576).toFixed(0)} MB is too large to check (limit ${MAX_WORKBOOK_BYTES / 1048576} MB); split the workbook`,
    );
  }
  const bytes = await readFile(input.path).then(
    // A view of the buffer, not a copy of it: a 190 MB file was held twice while it was read.
    (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    (error: NodeJS.ErrnoException) => {
      throw new UserError(`${input.display}: cannot read (${error.code ?? 'error'})`);
    },
  );
  try {
    const read = await readSpreadsheet(bytes, input.display);
    // Only chart sheets, or none: nothing could be checked, which must not read as "passed".
    if (read.sheets.length === 0) throw new UserError(`${input.display}: the workbook has no worksheets to check`);
    const { format, converted, sheets, warnings, columnWidths } = read;
    return { format, converted, sheets, warnings, ...(columnWidths ? { columnWidths } : {}) };
  } catch (error) {
    if (isWorkbookError(error)) throw new UserError(error.message);
    throw error;
  }
}
