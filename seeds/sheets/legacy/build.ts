/**
 * Builds the seeded sample sheets (../*.xlsx) in the formats offices still pass around, so that
 * tests can hold every format to the same findings (run: pnpm seeds:legacy). The files are
 * committed; this script is how they were made.
 *
 * - .xls (BIFF8) and .ods: saved by LibreOffice Calc (`soffice --headless --convert-to`), a
 *   writer other than ours and other than SheetJS, the way a WPS or LibreOffice user saves them.
 * - .xlsb: saved by SheetJS (@e965/xlsx), since LibreOffice cannot write .xlsb.
 *
 * Needs LibreOffice (`apt-get install libreoffice-calc`) for the first two.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { read, write } from '@e965/xlsx';

const here = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(dirname(here)).filter((f) => f.endsWith('.xlsx')).sort();

const work = mkdtempSync(join(tmpdir(), 'mubiao-legacy-'));
try {
  for (const name of sources) {
    const source = join(dirname(here), name);
    const stem = basename(name, '.xlsx');
    for (const format of ['xls', 'ods']) {
      // A private profile folder, so a running LibreOffice elsewhere does not take the job.
      execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', format, '--outdir', work, source], { stdio: 'pipe' });
      renameSync(join(work, `${stem}.${format}`), join(here, `${stem}.${format}`));
    }
    const workbook = read(readFileSync(source), { type: 'buffer', cellFormula: true, cellNF: true, cellStyles: true });
    writeFileSync(join(here, `${stem}.xlsb`), write(workbook, { type: 'buffer', bookType: 'xlsb', compression: true }));
    console.log(`${stem}: .xls .ods (LibreOffice), .xlsb (SheetJS)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
