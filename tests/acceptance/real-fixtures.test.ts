/**
 * Workbooks saved by other programs (Excel 2007–365 on Windows and Mac, Excel Online, WPS,
 * LibreOffice, Google Sheets, and the ExcelJS, SheetJS and Apache POI libraries), taken from
 * public test suites (tests/fixtures/real/README.md lists each with its repository, path and
 * licence). For each: read it, or refuse it with a one-line WorkbookError; mark a cell on every
 * worksheet (its first cell, its last, and one past its data); read the annotated copy again and
 * compare every sheet, value and formula; every part the annotator did not rewrite must be
 * byte-identical. Where LibreOffice is installed, it converts the original and the copy to CSV
 * headless and the two must agree. The figures are printed.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cellAddress } from '@mubiao/core/sheet/address';
import { annotateWorkbookDetailed, isWorkbookError, openZip, readAny, type CellMark } from '@mubiao/xlsx';
import { libreOfficeCsv, soffice } from '../../packages/xlsx/test/libreoffice.ts';
import { compareGrids } from '../fuzz/compare.ts';
import { realFixtureFiles, realFixturesDir } from '../fixtures/real/location.ts';

const dir = realFixturesDir();
const files = realFixtureFiles();

if (!dir) console.log('[real fixtures] none here: put the set of tests/fixtures/real/README.md in ../shared/fixtures/real or set MUBIAO_REAL_FIXTURES');

interface Outcome {
  file: string;
  refused?: string;
  sheets?: number;
  changes?: string[];
  rewritten?: string[];
  copy?: string;
}

/** First cell, last cell and one past the data of every worksheet. */
function marksFor(sheets: ReturnType<typeof readAny>['sheets']): CellMark[] {
  return sheets.flatMap((grid) => {
    const last = Math.max(0, grid.rowCount - 1);
    const cells = ['A1', cellAddress(last, Math.max(0, grid.colCount - 1)), cellAddress(last + 2, 1)];
    return cells.map((cell, i): CellMark => ({
      sheet: grid.sheet,
      cell,
      severity: (['error', 'warning', 'info'] as const)[i]!,
      note: `Mubiao fixture check ${i + 1}`,
    }));
  });
}

/** Raw zip records of the parts the annotator did not rewrite must be the same bytes. */
function untouchedPartsDiffer(input: Uint8Array, copy: Uint8Array, rewritten: string[]): string[] {
  const a = openZip(input, 'in');
  const b = openZip(copy, 'out');
  const differ: string[] = [];
  for (const entry of a.entries) {
    if (rewritten.includes(entry.name)) continue;
    const other = b.byName.get(entry.name);
    const same =
      other &&
      Buffer.compare(
        input.subarray(entry.dataStart, entry.dataStart + entry.compressedSize),
        copy.subarray(other.dataStart, other.dataStart + other.compressedSize),
      ) === 0;
    if (!same) differ.push(entry.name);
  }
  return differ;
}

async function checkOne(path: string, out: string): Promise<Outcome> {
  const file = basename(path);
  const bytes = new Uint8Array(await readFile(path));
  let read;
  try {
    read = readAny(bytes, file);
  } catch (error) {
    if (!isWorkbookError(error)) throw error;
    expect(error.message).not.toContain('\n');
    return { file, refused: `${error.code}: ${error.message}` };
  }
  if (read.format !== 'xlsx' || read.sheets.length === 0) return { file, sheets: read.sheets.length, changes: [] };
  let annotated;
  try {
    annotated = annotateWorkbookDetailed(bytes, marksFor(read.sheets), { fileName: file });
  } catch (error) {
    if (!isWorkbookError(error)) throw error;
    return { file, refused: `annotate ${error.code}: ${error.message}` };
  }
  const again = readAny(annotated.bytes, file);
  const changes = [
    ...compareGrids(read.sheets, again.sheets),
    ...untouchedPartsDiffer(bytes, annotated.bytes, annotated.changedParts).map((p) => `${p} changed bytes`),
  ];
  const copy = join(out, file.replace(/\.xlsm$/i, '.xlsx'));
  await writeFile(copy, annotated.bytes);
  return { file, sheets: read.sheets.length, changes, rewritten: annotated.changedParts, copy };
}

describe.skipIf(!dir)('real workbooks saved by other programs', async () => {
  const work = await mkdtemp(join(tmpdir(), 'mubiao-real-'));
  afterAll(() => rm(work, { recursive: true, force: true }));
  const outcomes: Outcome[] = [];

  it(`reads or clearly refuses each of the ${files.length} files, and its annotated copy keeps every value and formula`, async () => {
    for (const path of files) outcomes.push(await checkOne(path, work));
    const refused = outcomes.filter((o) => o.refused);
    const compared = outcomes.filter((o) => o.changes && o.copy);
    const changed = compared.filter((o) => o.changes!.length > 0);
    console.log(
      `[real fixtures] ${files.length} files: ${files.length - refused.length} read, ${refused.length} refused with a WorkbookError, ` +
        `${compared.length} annotated and read again with ${changed.length} showing a value, formula or untouched-part change`,
    );
    for (const o of refused) console.log(`[real fixtures] refused ${o.file}: ${o.refused}`);
    expect(changed.map((o) => `${o.file}: ${o.changes!.slice(0, 3).join('; ')}`)).toEqual([]);
    expect(compared.length).toBeGreaterThan(files.length / 2);
  }, 600_000);

  it.runIf(soffice)(
    'LibreOffice opens every annotated copy and shows what it shows for the original',
    async () => {
      const copies = outcomes.filter((o) => o.copy);
      const original = (o: Outcome) => join(dir!, o.file);
      const [before, after] = await Promise.all([
        libreOfficeCsv(copies.map(original), {
          outdir: await mkdtemp(join(work, 'lo-in-')),
          profile: join(work, 'profile-a'),
        }),
        libreOfficeCsv(
          copies.map((o) => o.copy!),
          { outdir: await mkdtemp(join(work, 'lo-out-')), profile: join(work, 'profile-b') },
        ),
      ]);
      const opened = copies.filter((o) => before.has(original(o)));
      const notOpened = opened.filter((o) => !after.has(o.copy!));
      const differ = opened.filter((o) => after.has(o.copy!) && after.get(o.copy!) !== before.get(original(o)));
      console.log(
        `[real fixtures] LibreOffice: ${copies.length} annotated copies; ${opened.length} whose original it converts; ` +
          `${opened.length - notOpened.length} copies converted, ${differ.length} differing from the original's CSV; ${copies.length - opened.length} originals it could not convert`,
      );
      expect(notOpened.map((o) => o.file)).toEqual([]);
      expect(differ.map((o) => o.file)).toEqual([]);
    },
    1_800_000,
  );
});
