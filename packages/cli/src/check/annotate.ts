import type { Grid, Report, Locale } from '@mubiao/core';
import { cellMarks } from '@mubiao/core';
import { annotateWorkbook, isWorkbookError, writeWorkbook, type WritableValue } from '@mubiao/xlsx';
import { writeAnnotatedCopy, writeFileSafely } from '@mubiao/xlsx/node';
import { UserError } from '../errors.ts';
import type { SheetInput } from './inputs.ts';
import type { LoadedWorkbook } from './workbook.ts';

/**
 * Writes the annotated copy of one checked file: for an .xlsx, the xlsx package patches only the
 * marked cells' styles and notes; a CSV has nowhere to put colours, so its copy is a new .xlsx
 * of the same cells with the marks on it. Returns how many cells were marked and what the copy
 * had to say (a part it had to add, a part read leniently). The copy goes through a temporary
 * file, so a failure never leaves half a workbook.
 */
export async function writeAnnotated(
  input: SheetInput,
  workbook: LoadedWorkbook,
  report: Report,
  out: string,
  locale: Locale,
): Promise<{ marked: number; warnings: string[] }> {
  const marks = cellMarks(report, locale);
  try {
    if (workbook.format === 'xlsx') {
      const result = await writeAnnotatedCopy(input.path, out, marks, { fileName: input.display });
      return { marked: marks.length, warnings: result.warnings };
    }
    const bytes = annotateWorkbook(writeWorkbook(workbook.sheets.map(sheetSpecOf)), marks, { fileName: input.display });
    // No overwrite: fail rather than replace a file that appeared since the outputs were planned.
    await writeFileSafely(out, bytes);
    return { marked: marks.length, warnings: [] };
  } catch (error) {
    if (isWorkbookError(error)) throw new UserError(`--annotate: ${workbook.format === 'csv' ? `${input.display}: ` : ''}${error.message}`);
    throw error;
  }
}

/** A read grid as rows for writeWorkbook: the values the user saw, merges kept. */
function sheetSpecOf(grid: Grid) {
  const rows: WritableValue[][] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row: WritableValue[] = [];
    for (let c = 0; c < grid.colCount; c++) {
      const cell = grid.cells[r]?.[c];
      row.push(cell ? (cell.error ?? cell.value) : null);
    }
    rows.push(row);
  }
  return { name: grid.sheet, rows, merges: grid.merges, boldHeader: false };
}
