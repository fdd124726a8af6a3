/**
 * The legacy formats (.xls, .et, .xlsb, .ods, .fods, Excel 2003 XML): detected by content, read
 * into the same Grids as the .xlsx they were saved from, budgets checked before SheetJS runs,
 * bad files refused with a WorkbookError, and SheetJS kept out of the static import graph.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Cell } from '@mubiao/core';
import { convertedCopy, excelSheetNames, isoToSerial } from '../src/converted-copy.ts';
import { isWorkbookError, type WorkbookError } from '../src/errors.ts';
import { decodeCodePage } from '../src/legacy/codepages.ts';
import { detectLegacyFormat, readSpreadsheet } from '../src/legacy/index.ts';
import { readSpreadsheet as readSpreadsheetNode } from '../src/node.ts';
import { readWorkbook } from '../src/read-workbook.ts';
import { openZip, readEntryText } from '../src/zip.ts';
import { centralOffset } from './zip-surgery.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const seed = (name: string) => new Uint8Array(readFileSync(join(repo, 'seeds/sheets', name)));

async function failure(run: () => Promise<unknown>): Promise<WorkbookError> {
  try {
    await run();
  } catch (error) {
    if (isWorkbookError(error)) return error;
    throw new Error(`expected a WorkbookError, got ${(error as Error)?.stack ?? String(error)}`, { cause: error });
  }
  throw new Error('expected a WorkbookError, but the read succeeded');
}

/** Every cell as [address, value, text, formula], for comparing two reads. */
function cellsOf(grids: { sheet: string; cells: ({ address: string; value: unknown; text: string; formula?: string } | undefined)[][] }[]) {
  return grids.map((g) => [g.sheet, g.cells.flatMap((row) => row.filter((c) => c).map((c) => [c!.address, c!.value, c!.text, c!.formula ?? null]))]);
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** An .ods with the given table rows inside content.xml (stored mimetype first, as ODF wants). */
function odsWith(rowsXml: string): Uint8Array {
  const content =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
    `<office:body><office:spreadsheet><table:table table:name="表1">${rowsXml}</table:table></office:spreadsheet></office:body></office:document-content>`;
  const manifest = `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="${ODS_MIMETYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zipSync({
    mimetype: [strToU8(ODS_MIMETYPE), { level: 0 }],
    'content.xml': strToU8(content),
    'styles.xml': strToU8('<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
    'META-INF/manifest.xml': strToU8(manifest),
  });
}

/** The entry's declared size set to `size` (central record and local header), its data left as they are. */
function declareSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const central = centralOffset(zip, name);
  view.setUint32(central + 24, size, true);
  view.setUint32(view.getUint32(central + 42, true) + 22, size, true);
}

const XML2003_HEAD =
  '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">';

describe('legacy workbooks are recognised by their bytes', () => {
  it('names each seed sheet format whatever the file is called', () => {
    expect(detectLegacyFormat(seed('legacy/jinan-2023-tasks.xls'), 'a.xlsx')).toBe('xls');
    expect(detectLegacyFormat(seed('legacy/jinan-2023-tasks.xlsb'), 'a.xlsx')).toBe('xlsb');
    expect(detectLegacyFormat(seed('legacy/jinan-2023-tasks.ods'), 'a.csv')).toBe('ods');
    expect(detectLegacyFormat(strToU8(`${XML2003_HEAD}</Workbook>`), 'a.xls')).toBe('xml2003');
    expect(detectLegacyFormat(seed('jinan-2023-tasks.xlsx'), 'a.xls')).toBeUndefined();
    expect(detectLegacyFormat(strToU8('指标,目标值\n技改投资,20%'), 'a.xls')).toBeUndefined();
  });

  it('reads a renamed .xls as .xls, and an .xlsx named .xls with the own reader', async () => {
    expect((await readSpreadsheet(seed('legacy/jinan-2023-tasks.xls'), '分解表.xlsx')).format).toBe('xls');
    const own = await readSpreadsheet(seed('jinan-2023-tasks.xlsx'), '分解表.xls');
    expect(own.format).toBe('xlsx');
    expect(own.converted).toBe(false);
  });
});

describe('the seed sheets saved as .xls, .xlsb and .ods read as their .xlsx does', () => {
  for (const stem of ['jinan-2023-tasks', 'luan-2023-progress']) {
    const xlsx = readWorkbook(seed(`${stem}.xlsx`), { fileName: `${stem}.xlsx` }).sheets;
    for (const ext of ['xls', 'xlsb', 'ods']) {
      it(`${stem}.${ext}`, async () => {
        const read = await readSpreadsheet(seed(`legacy/${stem}.${ext}`), `${stem}.${ext}`);
        expect(read.format).toBe(ext);
        expect(read.converted).toBe(true);
        expect(read.sheets.map((g) => g.sheet)).toEqual(xlsx.map((g) => g.sheet));
        const sortMerges = (g: { merges: { top: number; left: number }[] }) => [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left);
        expect(read.sheets.map(sortMerges)).toEqual(xlsx.map(sortMerges));
        // OpenDocument keeps no text in the cells a merge covers; Excel's formats do.
        const covered = (g: (typeof xlsx)[number]) => (r: number, c: number) =>
          g.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
        const expected =
          ext === 'ods' ? xlsx.map((g) => ({ ...g, cells: g.cells.map((row, r) => row.map((cell, c) => (covered(g)(r, c) ? undefined : cell))) })) : xlsx;
        expect(cellsOf(read.sheets)).toEqual(cellsOf(expected));
      });
    }
  }
});

describe('budgets hold before SheetJS sees the file', () => {
  it('refuses an .ods whose repeated cells would fill billions of cells, at once', async () => {
    const bomb = odsWith(
      '<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row>',
    );
    expect(bomb.length).toBeLessThan(1000);
    const e = await failure(() => readSpreadsheet(bomb, 'bomb.ods'));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/^bomb\.ods is too large to check: more than 2,000,000 filled cells/);
  });

  it("lets LibreOffice's padding of empty repeated cells through", async () => {
    const read = await readSpreadsheet(
      odsWith(
        '<table:table-row><table:table-cell office:value-type="string"><text:p>指标</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16383"/></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
      ),
      'padded.ods',
    );
    expect(read.sheets[0]!.cells[0]![0]!.value).toBe('指标');
    expect(read.sheets[0]!.rowCount).toBe(1);
  });

  it('refuses repeat counts and SpreadsheetML spans outside the sheet', async () => {
    expect(
      (
        await failure(() =>
          readSpreadsheet(odsWith('<table:table-row table:number-rows-repeated="99999999999"><table:table-cell/></table:table-row>'), 'x.ods'),
        )
      ).code,
    ).toBe('corrupt');
    const span = strToU8(`${XML2003_HEAD}<Worksheet ss:Name="S"><Table><Column ss:Span="1000000000"/></Table></Worksheet></Workbook>`);
    const e = await failure(() => readSpreadsheet(span, 'span.xml'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toContain('ss:Span="1000000000" is outside the sheet');
  });

  it('refuses a legacy file over the byte budget without reading it', async () => {
    const e = await failure(() => readSpreadsheet(seed('legacy/jinan-2023-tasks.xls'), 'big.xls', { maxLegacyBytes: 4096 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('big.xls is too large to check: 0 MB in the xls format (limit 0 MB); split it into smaller workbooks or raise the limit');
  });

  it('refuses a zipped legacy file whose entries unpack past the budget or fail their checksum', async () => {
    const ods = seed('legacy/jinan-2023-tasks.ods');
    expect((await failure(() => readSpreadsheet(ods, 'x.ods', { maxUnpackedBytes: 10_000 }))).code).toBe('too-large');
    // Flip one byte inside a deflated entry: our unzip catches it before SheetJS inflates it.
    const zip = openZip(ods, 'x.ods');
    const content = zip.entries.find((e) => e.name === 'content.xml')!;
    const damaged = ods.slice();
    damaged[content.dataStart + 20] = damaged[content.dataStart + 20]! ^ 0xff;
    expect((await failure(() => readSpreadsheet(damaged, 'x.ods'))).code).toBe('corrupt');
  });

  it('refuses a zip bomb in an .ods or .xlsb in one line, through the Node entry (zlib) as through the browser one (fflate)', async () => {
    // 4 MB of spaces in one deflated entry (about 4 kB packed); the lying copy declares it 1,000 bytes.
    const bomb = (kind: 'ods' | 'xlsb') => {
      const big = new Uint8Array(4 * 1024 * 1024).fill(0x20);
      const name = kind === 'ods' ? 'content.xml' : 'xl/workbook.bin';
      const files: Zippable =
        kind === 'ods'
          ? { mimetype: [strToU8(ODS_MIMETYPE), { level: 0 }], [name]: [big, { level: 9 }] }
          : { '[Content_Types].xml': strToU8('<Types/>'), [name]: [big, { level: 9 }] };
      const honest = zipSync(files);
      const lying = honest.slice();
      declareSize(lying, name, 1000);
      return { honest, lying };
    };
    for (const kind of ['ods', 'xlsb'] as const) {
      const { honest: big, lying: small } = bomb(kind);
      for (const read of [readSpreadsheet, readSpreadsheetNode]) {
        const honest = await failure(() => read(big, `bomb.${kind}`, { maxUnpackedBytes: 2 * 1024 * 1024 }));
        expect(honest.message).toBe(
          `bomb.${kind} is too large to check: its parts unpack to more than 2 MB; split it into smaller workbooks or raise the limit`,
        );
        // Cut at 1,000 bytes by our inflate, it was then unpacked whole by SheetJS's (600 MB: 5–7 s, then "Unsupported ZIP file").
        const lying = await failure(() => read(small, `bomb.${kind}`));
        const part = kind === 'ods' ? 'content.xml' : 'xl/workbook.bin';
        expect(lying.message).toBe(
          `bomb.${kind} is damaged or incomplete (part ${part} unpacks to more than the 1,000 bytes its zip header declares); open it in Excel/WPS and save it again`,
        );
      }
    }
  }, 30_000);

  it('counts legacy cells against maxCells like .xlsx cells', async () => {
    const e = await failure(() => readSpreadsheet(seed('legacy/jinan-2023-tasks.xls'), 'x.xls', { maxCells: 20 }));
    expect(e.code).toBe('too-large');
  });
});

describe('damaged, cut short or password-protected legacy files', () => {
  for (const name of ['jinan-2023-tasks.xls', 'jinan-2023-tasks.xlsb', 'jinan-2023-tasks.ods']) {
    it(`${name} cut anywhere is a WorkbookError, never a crash`, async () => {
      const bytes = seed(`legacy/${name}`);
      for (let i = 1; i < 40; i++) {
        const cut = bytes.subarray(0, Math.floor((bytes.length * i) / 40));
        const e = await failure(() => readSpreadsheet(cut, name));
        expect(e.message.split('\n')).toHaveLength(1);
        expect(e.message.startsWith(name)).toBe(true);
      }
    });
  }

  it("an .xls with an open password (Excel's FILEPASS record) is refused in one line that says so", async () => {
    const e = await failure(() => readSpreadsheet(seed('legacy/jinan-2023-tasks.locked.xls'), 'locked.xls'));
    expect(e.code).toBe('encrypted');
    expect(e.message).toBe('locked.xls is password-protected; remove the password (文件 → 信息 → 保护工作簿) and try again');
  });

  it('an .xls whose sectors are overwritten with noise is a WorkbookError or reads, never a crash', async () => {
    const bytes = seed('legacy/jinan-2023-tasks.xls');
    let seedValue = 7;
    for (let round = 0; round < 30; round++) {
      const noisy = bytes.slice();
      for (let i = 0; i < 40; i++) {
        seedValue = (seedValue * 1103515245 + 12345) & 0x7fffffff;
        noisy[512 + (seedValue % (noisy.length - 512))] = seedValue & 0xff;
      }
      try {
        await readSpreadsheet(noisy, 'noisy.xls');
      } catch (error) {
        expect(isWorkbookError(error), String((error as Error)?.stack ?? error)).toBe(true);
      }
    }
  });
});

describe("code pages come from TextDecoder, not SheetJS's tables", () => {
  it('decodes GBK (BIFF5 text from Chinese Excel) and Big5, and reads unknown pages byte for byte', () => {
    expect(decodeCodePage(936, [0xd6, 0xb8, 0xb1, 0xea])).toBe('指标');
    expect(decodeCodePage(950, [0xab, 0xfc, 0xbc, 0xd0])).toBe('指標');
    expect(decodeCodePage(437, [0x41, 0xe9])).toBe('A\u00e9');
  });
});

describe('convertedCopy: the annotated copy of a format that cannot be patched', () => {
  it('keeps sheets, values, formulas, dates, merges and widths, and carries the marks', async () => {
    const read = await readSpreadsheet(seed('legacy/luan-2023-progress.xls'), 'p.xls');
    const grid = read.sheets[0]!;
    const marks = [{ sheet: grid.sheet, cell: 'F13', severity: 'error' as const, note: '分配之和低于全市目标' }];
    const copy = convertedCopy(read, marks, 'p.xls');
    const again = readWorkbook(copy, { fileName: 'p.checked.xlsx' });
    expect(cellsOf(again.sheets)).toEqual(cellsOf(read.sheets));
    expect(again.sheets[0]!.merges).toEqual(grid.merges);
    const zip = openZip(copy, 'p.checked.xlsx');
    const sheetXml = readEntryText(zip, 'xl/worksheets/sheet1.xml')!;
    expect(sheetXml).toMatch(/<col min="1" max="1" width="[\d.]+" customWidth="1"\/>/);
    expect(readEntryText(zip, 'xl/comments1.xml')).toContain('分配之和低于全市目标');
  });

  it('writes formulas with their cached results, errors and number formats', () => {
    const cell = (address: string, row: number, col: number, extra: Partial<Cell>): Cell => ({ address, row, col, value: null, text: '', ...extra });
    const grid = {
      sheet: 'S',
      rowCount: 1,
      colCount: 4,
      merges: [],
      hiddenRows: [],
      hiddenCols: [],
      cells: [
        [
          cell('A1', 0, 0, { value: 3, text: '3', formula: '=1+2' }),
          cell('B1', 0, 1, { value: null, text: '#DIV/0!', error: '#DIV/0!', formula: '=1/0' }),
          cell('C1', 0, 2, { value: '2023-06-30', text: '2023-06-30', numFmt: 'yyyy-mm-dd' }),
          cell('D1', 0, 3, { value: 0.15, text: '15%', numFmt: '0%' }),
        ],
      ],
    };
    const again = readWorkbook(convertedCopy({ sheets: [grid] }, [], 'f.xls'), { fileName: 'f.xlsx' }).sheets[0]!;
    expect(again.cells[0]!.map((c) => [c?.value, c?.text, c?.formula, c?.error])).toEqual([
      [3, '3', '=1+2', undefined],
      [null, '#DIV/0!', '=1/0', '#DIV/0!'],
      ['2023-06-30', '2023-06-30', undefined, undefined],
      [0.15, '15%', undefined, undefined],
    ]);
  });

  it('gives sheets names Excel accepts and moves their marks along', () => {
    expect(excelSheetNames(['a/b', 'x'.repeat(40), 'X'.repeat(40), "'q'", 'ok'])).toEqual(['a_b', 'x'.repeat(31), `${'X'.repeat(27)} (2)`, 'q', 'ok']);
    expect(isoToSerial('2023-06-30')).toBe(45107);
    expect(isoToSerial('1900-01-01')).toBe(1);
    expect(isoToSerial('1900-03-01')).toBe(61);
  });
});

describe('SheetJS stays out of the static import graph', () => {
  const src = resolve(here, '../src');
  function reachable(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    for (const m of readFileSync(entry, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)) reachable(join(dirname(entry), m[1]!), seen);
    return seen;
  }

  it('is imported by sheetjs-read.ts alone, which index.ts reaches only through import()', () => {
    const files = [...reachable(join(src, 'index.ts'))];
    expect(files.some((f) => f.endsWith('legacy/index.ts'))).toBe(true);
    // Neither SheetJS's reader nor the budgets it checks are in the static graph.
    expect(files.some((f) => f.endsWith('sheetjs-read.ts') || f.endsWith('budget.ts') || f.endsWith('codepages.ts'))).toBe(false);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain('@e965/xlsx');
    expect(readFileSync(join(src, 'legacy/index.ts'), 'utf8')).toContain("await import('./sheetjs-read.ts')");
  });
});
