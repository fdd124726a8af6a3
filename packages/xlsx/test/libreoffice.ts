/**
 * The LibreOffice round trip the interoperability tests share (packages/xlsx's and the real
 * fixtures' acceptance test): convert workbooks headless, read LibreOffice's CSV of the first
 * sheet, and tidy it for comparison. Not a test file itself (vitest collects *.test.ts only).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

/** LibreOffice's binary where it is installed (apt-get install libreoffice-calc); tests skip without it. */
export const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

/** UTF-8 CSV, comma-separated, double-quoted: the first sheet of a workbook. */
export const CSV_UTF8 = 'csv:Text - txt - csv (StarCalc):44,34,76';

/** Files per soffice run: one start-up amortised over many, without an unbounded command line. */
const BATCH = 60;

const run = promisify(execFile);

export interface LibreOfficeRun {
  /** Where the converted files go (each named as its input, with the format's extension). */
  outdir: string;
  /** LibreOffice's user profile; runs at the same time need different ones. */
  profile: string;
  /** Per soffice run, in milliseconds. */
  timeout?: number;
}

/** Converts `paths` to `format` (`fods`, {@link CSV_UTF8}, …) headless; rejects when a run fails. */
export async function convertWithLibreOffice(paths: string[], format: string, { outdir, profile, timeout = 900_000 }: LibreOfficeRun): Promise<void> {
  for (let i = 0; i < paths.length; i += BATCH) {
    const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outdir, ...paths.slice(i, i + BATCH)];
    await run(soffice!, args, { timeout });
  }
}

/**
 * LibreOffice's CSV of the first sheet of each of `paths`, tidied, by input path. A file
 * LibreOffice could not convert is absent from the map (the callers say which).
 */
export async function libreOfficeCsv(paths: string[], options: LibreOfficeRun): Promise<Map<string, string>> {
  // A batch soffice fails on (or times out in) costs only that batch's files.
  for (let i = 0; i < paths.length; i += BATCH) await convertWithLibreOffice(paths.slice(i, i + BATCH), CSV_UTF8, options).catch(() => undefined);
  const csv = new Map<string, string>();
  for (const path of paths) {
    const text = await readFile(join(options.outdir, basename(path).replace(/\.[^.]*$/, '.csv')), 'utf8').catch(() => undefined);
    if (text !== undefined) csv.set(path, tidyCsv(text));
  }
  return csv;
}

/**
 * Drops trailing empty fields and trailing blank lines: a mark one past the data widens the
 * used range LibreOffice writes out, which is no change of what the sheet shows.
 */
export function tidyCsv(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/,+$/, ''))
    .join('\n')
    .trimEnd();
}
