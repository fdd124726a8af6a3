import { rename, rm, writeFile } from 'node:fs/promises';
import type { Report, Locale } from '@mubiao/core';
import { cellMarks } from '@mubiao/core';
import { convertedCopy, isWorkbookError } from '@mubiao/xlsx';
import { writeAnnotatedCopy } from '@mubiao/xlsx/node';
import { UserError } from '../errors.ts';
import type { SheetInput } from './inputs.ts';
import type { LoadedWorkbook } from './workbook.ts';

/**
 * Writes the annotated copy of one checked file: for an .xlsx, the xlsx package patches only the
 * marked cells' styles and notes; a CSV, .xls, .et, .xlsb or .ods cannot be patched, so its copy
 * is a new .xlsx of the same cells with the marks on it (convertedCopy). `replace` allows
 * replacing an earlier copy of ours. Returns how many cells were marked.
 */
export async function writeAnnotated(
  input: SheetInput,
  workbook: LoadedWorkbook,
  report: Report,
  out: string,
  locale: Locale,
  replace = false,
): Promise<number> {
  const marks = cellMarks(report, locale);
  try {
    if (!workbook.converted) {
      await writeAnnotatedCopy(input.path, out, marks);
    } else {
      const bytes = convertedCopy(workbook, marks, input.display);
      if (replace) {
        const temp = `${out}.${process.pid}.tmp`;
        await writeFile(temp, bytes, { flag: 'wx' });
        await rename(temp, out).catch(async (error) => {
          await rm(temp, { force: true });
          throw error;
        });
      }
      // 'wx': fail rather than replace a file that appeared since the outputs were planned.
      else await writeFile(out, bytes, { flag: 'wx' });
    }
  } catch (error) {
    if (isWorkbookError(error)) throw new UserError(`--annotate: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError(`--annotate: ${out} already exists; Mubiao does not overwrite files`);
    if (code) throw new UserError(`--annotate: cannot write ${out} (${code})`);
    throw error;
  }
  return marks.length;
}
