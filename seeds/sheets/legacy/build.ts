/**
 * Builds the seeded sample sheets (../*.xlsx) in the formats offices still pass around, so that
 * tests can hold every format to the same findings (run: pnpm seeds:legacy). The files are
 * committed; this script is how they were made.
 *
 * - .xls (BIFF8) and .ods: saved by LibreOffice Calc (`soffice --headless --convert-to`), a
 *   writer other than ours and other than SheetJS, the way a WPS or LibreOffice user saves them.
 * - .xlsb: saved by SheetJS (@e965/xlsx), since LibreOffice cannot write .xlsb.
 * - jinan-2023-tasks.locked.xls: the .xls with a FILEPASS record (XOR obfuscation) after its BOF,
 *   as Excel writes a workbook with an open password, so the password path is tested without
 *   anyone else's file.
 *
 * Needs LibreOffice (`apt-get install libreoffice-calc`) for the first two.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CFB as untypedCfb, read, write } from '@e965/xlsx';

/** The few calls of SheetJS's CFB library used here (its package types it as `any`). */
interface CfbEntry {
  content?: ArrayLike<number>;
  size: number;
}
interface CfbApi {
  read(data: Uint8Array, options: { type: 'buffer' }): unknown;
  find(container: unknown, path: string): CfbEntry | null;
  write(container: unknown, options: { type: 'buffer'; fileType: 'cfb' }): Uint8Array;
}
const CFB = untypedCfb as CfbApi;

const here = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(dirname(here))
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

// `--locked`: only the password-protected copy (from the committed .xls, without LibreOffice).
const lockedOnly = process.argv.includes('--locked');
const work = mkdtempSync(join(tmpdir(), 'mubiao-legacy-'));
try {
  if (lockedOnly) sources.length = 0;
  for (const name of sources) {
    const source = join(dirname(here), name);
    const stem = basename(name, '.xlsx');
    for (const format of ['xls', 'ods']) {
      // A private profile folder, so a running LibreOffice elsewhere does not take the job.
      execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', format, '--outdir', work, source], {
        stdio: 'pipe',
      });
      renameSync(join(work, `${stem}.${format}`), join(here, `${stem}.${format}`));
    }
    const workbook = read(readFileSync(source), { type: 'buffer', cellFormula: true, cellNF: true, cellStyles: true });
    writeFileSync(join(here, `${stem}.xlsb`), write(workbook, { type: 'buffer', bookType: 'xlsb', compression: true }) as Uint8Array);
    console.log(`${stem}: .xls .ods (LibreOffice), .xlsb (SheetJS)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The .xls with Excel's FILEPASS record (type 0x2F: XOR obfuscation, key, verifier) right after its BOF. */
function locked(xls: Uint8Array): Uint8Array {
  const container = CFB.read(xls, { type: 'buffer' });
  const entry = CFB.find(container, 'Workbook');
  if (!entry?.content) throw new Error('no Workbook stream');
  const stream = Uint8Array.from(entry.content);
  const afterBof = 4 + (stream[2]! | (stream[3]! << 8));
  const filepass = Uint8Array.of(0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56);
  entry.content = Uint8Array.from([...stream.subarray(0, afterBof), ...filepass, ...stream.subarray(afterBof)]);
  entry.size = stream.length + filepass.length;
  return CFB.write(container, { type: 'buffer', fileType: 'cfb' });
}

writeFileSync(join(here, 'jinan-2023-tasks.locked.xls'), locked(readFileSync(join(here, 'jinan-2023-tasks.xls'))));
console.log('jinan-2023-tasks.locked.xls: the .xls with an open password (FILEPASS)');
