/**
 * Interoperability check with a third implementation: LibreOffice must open our written and
 * annotated workbooks, show our notes and fills, and see the same cell values. Skipped where
 * LibreOffice is not installed (apt-get install libreoffice-calc).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateWorkbook } from '../src/annotate.ts';
import { richWorkbook } from './fixtures.ts';
import { convertWithLibreOffice, libreOfficeCsv, soffice, type LibreOfficeRun } from './libreoffice.ts';
import { writeWorkbook } from '../src/write-workbook.ts';

describe.skipIf(!soffice)('LibreOffice opens our output', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mubiao-lo-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const lo: LibreOfficeRun = { outdir: dir, profile: join(dir, 'profile'), timeout: 120_000 };

  it('shows notes and fills and keeps values', async () => {
    const input = await richWorkbook();
    const annotated = annotateWorkbook(input, [
      { sheet: '任务表', cell: 'C2', severity: 'error', note: '技改投资增长15%，低于计划“20%以上”。' },
      { sheet: '任务表', cell: 'D2', severity: 'warning', note: '牵头单位与计划不一致。' },
      { sheet: '任务表', cell: 'F12', severity: 'info', note: '计划目标无人承接。' },
    ]);
    await writeFile(join(dir, 'in.xlsx'), input);
    await writeFile(join(dir, 'out.xlsx'), annotated);
    await convertWithLibreOffice([join(dir, 'out.xlsx')], 'fods', lo);
    // The inserted empty F12 only widens the used range: the tidied CSVs ignore trailing empty
    // fields and rows.
    const csv = await libreOfficeCsv([join(dir, 'in.xlsx'), join(dir, 'out.xlsx')], lo);
    const inputCsv = csv.get(join(dir, 'in.xlsx'));
    const outputCsv = csv.get(join(dir, 'out.xlsx'));
    expect(inputCsv).toBeDefined();
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
    const csv = (await libreOfficeCsv([join(dir, 'new.xlsx')], lo)).get(join(dir, 'new.xlsx'))?.split('\n');
    expect(csv?.slice(0, 3)).toEqual(['序号,重点任务', '1,技改投资增长 15% 以上', '2,"逗号, 和 ""引号"""']);
  }, 240_000);
});
