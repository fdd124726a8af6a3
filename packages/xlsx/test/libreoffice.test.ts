/**
 * Interoperability check with a third implementation: LibreOffice must open our written and
 * annotated workbooks, show our notes and fills, and see the same cell values. Skipped where
 * LibreOffice is not installed (apt-get install libreoffice-calc).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateWorkbook } from '../src/annotate.ts';
import { richWorkbook } from './fixtures.ts';
import { writeWorkbook } from '../src/write-workbook.ts';

const soffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));

describe.skipIf(!soffice)('LibreOffice opens our output', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mubiao-lo-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('shows notes and fills and keeps values', async () => {
    const input = await richWorkbook();
    const annotated = annotateWorkbook(input, [
      { sheet: '任务表', cell: 'C2', severity: 'error', note: '技改投资增长15%，低于计划“20%以上”。' },
      { sheet: '任务表', cell: 'D2', severity: 'warning', note: '牵头单位与计划不一致。' },
      { sheet: '任务表', cell: 'F12', severity: 'info', note: '计划目标无人承接。' },
    ]);
    await writeFile(join(dir, 'in.xlsx'), input);
    await writeFile(join(dir, 'out.xlsx'), annotated);
    const run = (format: string, file: string) =>
      execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', format, '--outdir', dir, join(dir, file)], {
        stdio: 'pipe',
        timeout: 120_000,
      });
    run('fods', 'out.xlsx');
    // UTF-8 CSV of the first sheet; the inserted empty F12 only widens the used range, so
    // trailing empty fields and rows are ignored in the comparison.
    const csvUtf8 = 'csv:Text - txt - csv (StarCalc):44,34,76';
    const tidy = (text: string) =>
      text
        .split('\n')
        .map((l) => l.replace(/,+$/, ''))
        .join('\n')
        .trimEnd();
    run(csvUtf8, 'in.xlsx');
    const inputCsv = tidy(await readFile(join(dir, 'in.csv'), 'utf8'));
    run(csvUtf8, 'out.xlsx');
    const outputCsv = tidy(await readFile(join(dir, 'out.csv'), 'utf8'));
    expect(outputCsv).toBe(inputCsv);
    expect(outputCsv).toContain('技改投资增长,15%,经信局');
    const fods = await readFile(join(dir, 'out.fods'), 'utf8');
    const notes = [...fods.matchAll(/<office:annotation\b[\s\S]*?<\/office:annotation>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));
    expect(notes.some((n) => n.includes('【目标 Mubiao】') && n.includes('低于计划'))).toBe(true);
    expect(notes.some((n) => n.includes('王科长：请核实') && n.includes('牵头单位与计划不一致'))).toBe(true);
    expect(notes.some((n) => n.includes('无人承接'))).toBe(true);
    expect(fods).toContain('fo:background-color="#ffc7ce"');
    expect(fods).toContain('fo:background-color="#ffeb9c"');
  }, 240_000);
  it('opens a workbook made by writeWorkbook, merges and all', async () => {
    await writeFile(
      join(dir, 'new.xlsx'),
      writeWorkbook([
        {
          name: '分解表',
          rows: [
            ['序号', '重点任务'],
            [1, '技改投资增长 15% 以上'],
            [2, '逗号, 和 "引号"'],
          ],
          merges: ['A4:B4'],
          wrap: [1],
          freezeHeader: true,
        },
      ]),
    );
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        dir,
        join(dir, 'new.xlsx'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const csv = (await readFile(join(dir, 'new.csv'), 'utf8')).trimEnd().split('\n');
    expect(csv.slice(0, 3)).toEqual(['序号,重点任务', '1,技改投资增长 15% 以上', '2,"逗号, 和 ""引号"""']);
  }, 240_000);
});
