/**
 * Same answers in every format: the seed sheets saved as .xls and .ods (by LibreOffice) and as
 * .xlsb (by SheetJS) give `mubiao check` the same findings — code, sheet, cell, expected,
 * actual — as the .xlsx they came from; a single legacy file gets its annotated copy as a new
 * NAME.checked.xlsx beside it with a notice, and the original is never written; a folder of
 * mixed formats is checked file by file.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '@mubiao/cli';
import { NOTE_MARKER, openZip, readAny, readSpreadsheet } from '@mubiao/xlsx';
import { readEntryText } from '@mubiao/xlsx/zip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function run(argv: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false });
  return { code, stdout, stderr };
}

interface JsonFinding {
  code: string;
  sheet: string;
  cell: string;
  expected: string;
  actual: string;
}

const seeds = [
  { stem: 'jinan-2023-tasks', args: ['--plan', 'luan-2023'] },
  { stem: 'luan-2023-progress', args: ['--plan', 'luan-2023', '--as-of', '2023-09-30'] },
];

async function findings(path: string, args: string[], annotateTo?: string) {
  const r = await run(['check', path, ...args, '--json', ...(annotateTo ? ['--annotate', annotateTo] : [])]);
  const json = JSON.parse(r.stdout) as { findings: JsonFinding[] };
  return { code: r.code, stderr: r.stderr, findings: json.findings.map((f) => [f.code, f.sheet, f.cell, f.expected, f.actual].join(' | ')) };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the seed sheets give the same findings in every format', () => {
  for (const { stem, args } of seeds) {
    for (const ext of ['xls', 'xlsb', 'ods']) {
      it(`${stem}.${ext}`, async () => {
        const out = await mkdtemp(join(tmpdir(), 'mubiao-legacy-'));
        const xlsx = await findings(`seeds/sheets/${stem}.xlsx`, args);
        const legacy = await findings(`seeds/sheets/legacy/${stem}.${ext}`, args, join(out, 'copy.xlsx'));
        expect(xlsx.findings.length).toBeGreaterThan(5);
        expect(legacy.findings).toEqual(xlsx.findings);
        expect(legacy.code).toBe(xlsx.code);
        // The copy holds the same cells as the file read, and the marks.
        const copy = new Uint8Array(await readFile(join(out, 'copy.xlsx')));
        const original = await readSpreadsheet(new Uint8Array(readFileSync(join(root, `seeds/sheets/legacy/${stem}.${ext}`))), `${stem}.${ext}`);
        const values = (sheets: { cells: ({ value: unknown; formula?: string } | undefined)[][] }[]) =>
          sheets.map((g) => g.cells.map((row) => [...row].map((c) => (c ? [c.value, c.formula ?? null] : null))));
        expect(values(readAny(copy, 'copy.xlsx').sheets)).toEqual(values(original.sheets));
        expect(readEntryText(openZip(copy, 'copy.xlsx'), 'xl/comments1.xml')).toContain(NOTE_MARKER);
        expect(legacy.stderr).toContain('格式无法在原文件上标注');
      });
    }
  }
});

describe('mubiao check some.xls --plan jinan-2023', () => {
  it('prints what the .xlsx gets, writes some.checked.xlsx beside it and never touches the .xls', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mubiao-some-'));
    cpSync(join(root, 'seeds/sheets/legacy/jinan-2023-tasks.xls'), join(dir, 'some.xls'));
    const before = sha(join(dir, 'some.xls'));
    const xlsx = await run(['check', 'seeds/sheets/jinan-2023-tasks.xlsx', '--plan', 'jinan-2023']);
    const xls = await run(['check', 'some.xls', '--plan', 'jinan-2023'], dir);
    expect(xls.stdout).toBe(xlsx.stdout);
    expect(xls.code).toBe(xlsx.code);
    expect(existsSync(join(dir, 'some.checked.xlsx'))).toBe(true);
    expect(xls.stderr).toMatch(
      /^some\.xls: annotated copy \(\d+ cells? marked\) written to some\.checked\.xlsx\nnote: Excel 97-2003 \(\.xls\) 格式无法在原文件上标注：标注副本是新的 \.xlsx 文件，字体、颜色、边框等格式可能与原文件不同；原文件未作任何改动。\n$/,
    );
    expect(sha(join(dir, 'some.xls'))).toBe(before);

    // Run again: our earlier copy is replaced; somebody else's file of that name is not.
    expect((await run(['check', 'some.xls', '--plan', 'jinan-2023'], dir)).stderr).toContain('written to some.checked.xlsx');
    writeFileSync(join(dir, 'some.checked.xlsx'), 'my own notes');
    const third = await run(['check', 'some.xls', '--plan', 'jinan-2023', '--locale', 'en'], dir);
    expect(third.stderr).toBe(
      'note: some.checked.xlsx already exists and is not an earlier Mubiao copy; no annotated copy was written (name one with --annotate)\n',
    );
    expect(readFileSync(join(dir, 'some.checked.xlsx'), 'utf8')).toBe('my own notes');
    expect(third.code).toBe(xls.code);
  });

  it('says the same in the HTML report, in English too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mubiao-html-'));
    cpSync(join(root, 'seeds/sheets/legacy/jinan-2023-tasks.ods'), join(dir, 'tasks.ods'));
    const r = await run(['check', 'tasks.ods', '--plan', 'luan-2023', '--html', 'report.html', '--locale', 'en'], dir);
    expect(r.code).toBe(1);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain(
      'OpenDocument (.ods) cannot be marked in place: the annotated copy is a new .xlsx whose formatting (fonts, colours, borders) may differ from the original; the original is not changed.',
    );
  });
});

describe('a folder of mixed formats', () => {
  it('checks each file, names the unreadable one on one line, skips our own copies, and exits 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mubiao-folder-'));
    cpSync(join(root, 'seeds/sheets/jinan-2023-tasks.xlsx'), join(dir, '1-金安区.xlsx'));
    cpSync(join(root, 'seeds/sheets/legacy/jinan-2023-tasks.xls'), join(dir, '2-金安区.xls'));
    cpSync(join(root, 'seeds/sheets/legacy/luan-2023-progress.ods'), join(dir, '3-六安市.ods'));
    cpSync(join(root, 'seeds/sheets/legacy/luan-2023-progress.xlsb'), join(dir, '4-六安市.xlsb'));
    cpSync(join(root, 'seeds/sheets/legacy/jinan-2023-tasks.xls'), join(dir, '5-舒城县.et'));
    const cut = readFileSync(join(root, 'seeds/sheets/legacy/jinan-2023-tasks.xls')).subarray(0, 5000);
    writeFileSync(join(dir, '6-坏的.xls'), cut);
    cpSync(join(root, 'seeds/sheets/jinan-2023-tasks.xlsx'), join(dir, '2-金安区.checked.xlsx'));
    const r = await run(['check', '.', '--plan', 'luan-2023', '--json'], dir);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as { files: { file: string; error?: string; valid: boolean | null }[] };
    expect(json.files.map((f) => f.file)).toEqual(['1-金安区.xlsx', '2-金安区.xls', '3-六安市.ods', '4-六安市.xlsb', '5-舒城县.et', '6-坏的.xls']);
    expect(json.files.slice(0, 5).every((f) => !f.error)).toBe(true);
    expect(json.files[5]!.error).toBe('6-坏的.xls is damaged or incomplete (the file is cut short); open it in Excel/WPS and save it again');
    expect(r.stderr).toContain('note: 2-金安区.checked.xlsx skipped: it is the annotated copy of a workbook beside it');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Without --annotate a folder run writes nothing.
    expect(existsSync(join(dir, '2-金安区.xls.checked.xlsx')) || existsSync(join(dir, '3-六安市.checked.xlsx'))).toBe(false);
  });
});
