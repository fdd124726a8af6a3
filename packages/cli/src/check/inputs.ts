import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { LEGACY_EXTENSIONS } from '@mubiao/xlsx';
import { UserError } from '../errors.ts';
import { CONVERTED_SUFFIX } from './outputs.ts';

/**
 * Extensions a folder is searched for (the reader decides each file's format by its content).
 * Excel 2003 .xml is read when named on its own, but a folder's other .xml files are not workbooks.
 */
export const SHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', ...LEGACY_EXTENSIONS.filter((e) => e !== '.xml')] as const;

export interface SheetInput {
  /** Absolute path. */
  path: string;
  /** How to name the file to the user: relative to the working directory. */
  display: string;
  /** The folder it was found in, when the user named a folder. */
  folder?: string;
}

export interface CollectedInputs {
  files: SheetInput[];
  /** True when any input was a folder (then --annotate names a folder too). */
  fromFolder: boolean;
  /** Files left out of a folder because they are annotated copies of a workbook beside them. */
  skippedCopies: string[];
}

/**
 * Expands the inputs into files: a file stands for itself, a folder for every workbook directly
 * in it (sorted; hidden files and Excel's "~$" lock files skipped). Missing inputs and folders
 * without workbooks are one-line errors.
 */
export async function collectInputs(inputs: readonly string[], cwd: string): Promise<CollectedInputs> {
  const files: SheetInput[] = [];
  const skippedCopies: string[] = [];
  let fromFolder = false;
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserError(code === 'ENOENT' ? `${input}: no such file or folder` : `${input}: cannot read (${code ?? 'error'})`);
    }
    if (!isDir) {
      files.push({ path, display: displayPath(path, cwd) });
      continue;
    }
    fromFolder = true;
    let names = (await readdir(path, { withFileTypes: true }))
      .filter((d) => d.isFile() && !d.name.startsWith('.') && !d.name.startsWith('~$'))
      .map((d) => d.name)
      .filter((name) => (SHEET_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()))
      .sort((a, b) => a.localeCompare(b, 'zh-CN'));
    // 分解表.checked.xlsx beside 分解表.xls is the copy an earlier check wrote, not another return.
    const stems = new Set(names.map((n) => n.slice(0, n.length - extname(n).length)));
    const isCopy = (n: string) => n.endsWith(CONVERTED_SUFFIX) && stems.has(n.slice(0, -CONVERTED_SUFFIX.length));
    for (const name of names.filter(isCopy)) skippedCopies.push(displayPath(join(path, name), cwd));
    names = names.filter((n) => !isCopy(n));
    if (names.length === 0) throw new UserError(`${input}: no workbooks (.xlsx, .xls, .et, .xlsb, .ods, .csv) in this folder`);
    for (const name of names) files.push({ path: join(path, name), display: displayPath(join(path, name), cwd), folder: path });
  }
  // The same file named twice (a folder and a file in it) is checked once.
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(f.path) && seen.add(f.path)), fromFolder, skippedCopies };
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
