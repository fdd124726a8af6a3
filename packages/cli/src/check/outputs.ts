import { lstat, open, readFile, realpath, stat } from 'node:fs/promises';
import { HTML_REPORT_GENERATOR } from '@mubiao/core';
import { openZip, readEntryText } from '@mubiao/xlsx/zip';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import type { SheetInput } from './inputs.ts';

/** What is at `path`: a link to nothing is a name taken all the same (a copy is never written through a link). */
async function exists(path: string): Promise<'file' | 'folder' | 'dangling-link' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return (await lstat(path).catch(() => null))?.isSymbolicLink() ? 'dangling-link' : null;
  }
}

/** Said of an output name that is a link to a file that does not exist. */
const DANGLING_LINK = 'is a link to a file that does not exist; Mubiao does not write through links — delete it or choose another name';

async function samePath(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

/**
 * Where each annotated copy goes. One file in: --annotate names the copy. A folder (or several
 * files) in: --annotate names a folder and each copy keeps its workbook's name (a CSV becomes
 * .xlsx). Never writes over an input or any existing file: the user's files are not ours to
 * replace, so an existing output is an error that says what to do.
 */
export async function planAnnotatedCopies(files: readonly SheetInput[], annotate: string, toFolder: boolean, cwd: string): Promise<Map<string, string>> {
  const target = resolve(cwd, annotate);
  const plan = new Map<string, string>();
  if (!toFolder) {
    const input = files[0]!;
    if (!/\.xlsx$/i.test(target)) throw new UserError(`--annotate ${annotate}: the annotated copy must be an .xlsx file name`);
    if (await samePath(input.path, target)) {
      throw new UserError(
        `--annotate ${annotate}: that is the input file; Mubiao never writes over it — name a new file, e.g. ${withSuffix(input.path, '.checked.xlsx')}`,
      );
    }
    const kind = await exists(target);
    if (kind === 'folder') throw new UserError(`--annotate ${annotate}: is a folder; name the .xlsx file to write`);
    if (kind === 'file') throw new UserError(`--annotate ${annotate}: already exists; Mubiao does not overwrite files — delete it or choose another name`);
    if (kind === 'dangling-link') throw new UserError(`--annotate ${annotate}: ${DANGLING_LINK}`);
    plan.set(input.path, target);
    return plan;
  }
  const kind = await exists(target);
  if (kind === 'dangling-link') throw new UserError(`--annotate ${annotate}: ${DANGLING_LINK}`);
  if (kind === 'file')
    throw new UserError(`--annotate ${annotate}: is a file; when checking a folder or several files, --annotate names a folder for the annotated copies`);
  const outputs = new Set<string>();
  for (const input of files) {
    const out = join(target, basename(input.path, extname(input.path)) + '.xlsx');
    if ((await samePath(input.path, out)) || (input.folder && (await samePath(input.folder, target)))) {
      throw new UserError(`--annotate ${annotate}: is the folder being checked; choose another folder so no input is overwritten`);
    }
    if (outputs.has(out)) throw new UserError(`--annotate ${annotate}: two inputs would both be written to ${basename(out)}; check them separately`);
    const taken = await exists(out);
    if (taken === 'dangling-link') throw new UserError(`--annotate ${annotate}: ${basename(out)} there ${DANGLING_LINK}`);
    if (taken)
      throw new UserError(
        `--annotate ${annotate}: ${basename(out)} already exists there; Mubiao does not overwrite files — empty the folder or choose another`,
      );
    outputs.add(out);
    plan.set(input.path, out);
  }
  return plan;
}

/** Whether the file starts like a report this command wrote (its <head> carries the generator tag). */
async function isEarlierReport(path: string): Promise<boolean> {
  const file = await open(path, 'r').catch(() => null);
  if (!file) return false;
  try {
    const { buffer, bytesRead } = await file.read({ buffer: new Uint8Array(4096), position: 0 });
    return new TextDecoder().decode(buffer.subarray(0, bytesRead)).includes(HTML_REPORT_GENERATOR);
  } finally {
    await file.close();
  }
}

/** Checks that the HTML report path is safe: not an input, and overwriting only an earlier report. */
export async function checkHtmlTarget(html: string, files: readonly SheetInput[], cwd: string): Promise<string> {
  const target = resolve(cwd, html);
  for (const input of files) {
    if (await samePath(input.path, target)) throw new UserError(`--html ${html}: that is an input file; name a new .html file`);
  }
  const kind = await exists(target);
  if (kind === 'folder') throw new UserError(`--html ${html}: is a folder; name the .html file to write`);
  // Regenerating a report over the previous one is expected; anything else is somebody's file.
  if (kind === 'file' && !(await isEarlierReport(target))) {
    throw new UserError(`--html ${html}: already exists and is not an earlier Mubiao report; choose another name`);
  }
  return target;
}

/** The name of a converted copy written beside its input when no --annotate path is given. */
export const CONVERTED_SUFFIX = '.checked.xlsx';

/** Whether the file is an .xlsx this program wrote (writeWorkbook names Mubiao as its application). */
async function isEarlierCopy(path: string): Promise<boolean> {
  try {
    const zip = openZip(new Uint8Array(await readFile(path)), path);
    return /<Application>Mubiao<\/Application>/.test(readEntryText(zip, 'docProps/app.xml', 1 << 20) ?? '');
  } catch {
    return false;
  }
}

/**
 * Where the copy of a workbook that cannot be marked in place goes when the user named none:
 * `<name>.checked.xlsx` beside it. An earlier copy of ours there is replaced; any other file is
 * left alone, and the reason comes back instead of a path.
 */
export async function convertedCopyPath(input: SheetInput): Promise<{ path: string; replace: boolean } | { skipped: string }> {
  const path = join(dirname(input.path), withSuffix(input.path, CONVERTED_SUFFIX));
  const kind = await exists(path);
  if (kind === null) return { path, replace: false };
  if (kind === 'file' && (await isEarlierCopy(path))) return { path, replace: true };
  return {
    skipped: `${withSuffix(input.path, CONVERTED_SUFFIX)} already exists and is not an earlier Mubiao copy; no annotated copy was written (name one with --annotate)`,
  };
}

/**
 * Every output must be a file of its own: an annotated copy, the HTML report, an input sheet
 * and a plan file are four different things, and one written over another loses a file.
 */
export async function checkDistinctOutputs(
  copies: ReadonlyMap<string, string> | null,
  html: string | null,
  planFiles: readonly string[],
  htmlFlag: string | undefined,
): Promise<void> {
  if (!html) return;
  for (const copy of copies?.values() ?? []) {
    if (await samePath(copy, html)) throw new UserError(`--html ${htmlFlag}: is also where --annotate writes a copy; name two different files`);
  }
  for (const plan of planFiles) {
    if (await samePath(plan, html)) throw new UserError(`--html ${htmlFlag}: that is a plan file being read; name a new .html file`);
  }
}

/** Annotated copies never land on a plan file being read. */
export async function checkCopiesAvoidPlans(
  copies: ReadonlyMap<string, string> | null,
  planFiles: readonly string[],
  annotateFlag: string | undefined,
): Promise<void> {
  for (const copy of copies?.values() ?? []) {
    for (const plan of planFiles) {
      if (await samePath(plan, copy)) throw new UserError(`--annotate ${annotateFlag}: that is a plan file being read; name a new file`);
    }
  }
}

function withSuffix(path: string, suffix: string): string {
  return basename(path, extname(path)) + suffix;
}
