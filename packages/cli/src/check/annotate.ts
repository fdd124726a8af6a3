import type { Report, Locale } from '@mubiao/core';
import { cellMarks } from '@mubiao/core';
import { convertedCopy, isWorkbookError } from '@mubiao/xlsx';
import { writeAnnotatedCopy, writeFileSafely } from '@mubiao/xlsx/node';
import { UserError } from '../errors.ts';
import type { SheetInput } from './inputs.ts';
import type { LoadedWorkbook } from './workbook.ts';

/**
 * Writes the annotated copy of one checked file: for an .xlsx, the xlsx package patches only the
 * marked cells' styles and notes; a CSV, .xls, .et, .xlsb or .ods cannot be patched, so its copy
 * is a new .xlsx of the same cells with the marks on it (convertedCopy). `replace` allows
 * replacing an earlier copy of ours. Returns how many cells were marked and what the copy had to
 * say (a part it had to add, a part read leniently). The copy goes through a temporary file, so
 * a failure never leaves half a workbook.
 */
export async function writeAnnotated(
  input: SheetInput,
  workbook: LoadedWorkbook,
  report: Report,
  out: string,
  locale: Locale,
  replace = false,
): Promise<{ marked: number; warnings: string[] }> {
  const marks = cellMarks(report, locale);
  try {
    if (!workbook.converted) {
      const result = await writeAnnotatedCopy(input.path, out, marks, { fileName: input.display });
      return { marked: marks.length, warnings: result.warnings };
    }
    // No overwrite unless it is our own earlier copy: fail rather than replace a file that
    // appeared since the outputs were planned.
    await writeFileSafely(out, convertedCopy(workbook, marks, input.display), { overwrite: replace });
    return { marked: marks.length, warnings: [] };
  } catch (error) {
    // A file that appeared at `out` since the outputs were planned: said in the CLI's words (the
    // library's message offers an overwrite option the CLI does not have).
    if (isWorkbookError(error) && error.code === 'output-exists') {
      throw new UserError(`--annotate ${out}: already exists; Mubiao does not overwrite files — delete it or choose another name`);
    }
    if (isWorkbookError(error)) throw new UserError(`--annotate: ${workbook.format === 'csv' ? `${input.display}: ` : ''}${error.message}`);
    throw error;
  }
}
