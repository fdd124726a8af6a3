import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Grid } from '@mubiao/core';
import { readWorkbook } from '../src/read-workbook.ts';
import { writeWorkbook } from '../src/write-workbook.ts';
import { excelBytes } from './fixtures.ts';
import { handWorkbook, sheetXml, stylesWith } from './hand-made.ts';

const cell = (g: Grid, address: string) => g.cells.flat().find((c) => c?.address === address);

describe('readWorkbook: values as the user sees them (exceljs-made workbook)', async () => {
  const bytes = await excelBytes(async (wb) => {
    const ws = wb.addWorksheet('进度表');
    ws.getCell('A1').value = '指标';
    ws.getCell('B1').value = 0.15;
    ws.getCell('B1').numFmt = '0%';
    ws.getCell('B2').value = 0.0725;
    ws.getCell('B2').numFmt = '0.0%';
    ws.getCell('C1').value = new Date(Date.UTC(2023, 5, 30));
    ws.getCell('C1').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('D1').value = 1234567.891;
    ws.getCell('D1').numFmt = '#,##0.00';
    ws.getCell('D2').value = -1500;
    ws.getCell('D2').numFmt = '#,##0;[Red]-#,##0';
    ws.getCell('E1').value = { formula: 'B1*2', result: 0.3 };
    ws.getCell('F1').value = { richText: [{ text: '技改', font: { bold: true } }, { text: '投资' }] };
    ws.getCell('G1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as never;
    ws.getCell('G2').value = { error: '#N/A' } as never;
    ws.getCell('H1').value = { formula: 'A1&"x"' };
    ws.getCell('I1').value = true;
    ws.getCell('J1').value = 0.1 + 0.2;
    ws.mergeCells('A3:C4');
    ws.getCell('A3').value = '合并';
    ws.getRow(5).hidden = true;
    ws.getCell('A5').value = 1;
    ws.getColumn(4).hidden = true;
    await ws.protect('', {});
    const hidden = wb.addWorksheet('隐藏');
    hidden.state = 'hidden';
    const very = wb.addWorksheet('深度隐藏');
    very.state = 'veryHidden';
    very.getCell('A1').value = 'x';
  });
  const { sheets, warnings } = readWorkbook(bytes, { fileName: '进度表.xlsx' });
  const g = sheets[0]!;

  it('reads sheet names, order and visibility', () => {
    expect(sheets.map((s) => [s.sheet, s.state])).toEqual([
      ['进度表', undefined],
      ['隐藏', 'hidden'],
      ['深度隐藏', 'veryHidden'],
    ]);
  });
  it('formats percentages, thousands and dates', () => {
    expect(cell(g, 'B1')).toMatchObject({ value: 0.15, text: '15%', numFmt: '0%', row: 0, col: 1 });
    expect(cell(g, 'B2')).toMatchObject({ value: 0.0725, text: '7.3%' });
    expect(cell(g, 'C1')).toMatchObject({ value: '2023-06-30', text: '2023-06-30' });
    expect(cell(g, 'D1')).toMatchObject({ value: 1234567.891, text: '1,234,567.89' });
    expect(cell(g, 'D2')).toMatchObject({ value: -1500, text: '-1,500' });
    expect(cell(g, 'J1')).toMatchObject({ value: 0.1 + 0.2, text: '0.3' });
  });
  it('flattens rich text, keeps booleans', () => {
    expect(cell(g, 'F1')).toMatchObject({ value: '技改投资', text: '技改投资' });
    expect(cell(g, 'I1')).toMatchObject({ value: true, text: 'TRUE' });
  });
  it('uses cached formula results and flags formulas without one', () => {
    expect(cell(g, 'E1')).toMatchObject({ value: 0.3, formula: '=B1*2' });
    expect(cell(g, 'H1')).toMatchObject({ value: null, text: '', formula: '=A1&"x"' });
    expect(warnings.some((w) => /进度表\.xlsx: sheet "进度表" has 1 formula without a saved result \(first at H1\)/.test(w))).toBe(true);
  });
  it('reports error values', () => {
    expect(cell(g, 'G1')).toMatchObject({ value: null, error: '#DIV/0!', text: '#DIV/0!', formula: '=1/0' });
    expect(cell(g, 'G2')).toMatchObject({ error: '#N/A' });
  });
  it('reads merges, hidden rows and columns, protection and size', () => {
    expect(g.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 2 }]);
    expect(g.hiddenRows).toEqual([4]);
    expect(g.hiddenCols).toEqual([3]);
    expect(g.protected).toBe(true);
    expect(g.rowCount).toBe(5);
    expect(g.colCount).toBe(10);
    expect(g.cells).toHaveLength(5);
    expect(g.cells[1]![0]).toBeUndefined();
  });
  it('reads an empty sheet as rowCount 0', () => {
    expect(sheets[1]).toMatchObject({ rowCount: 0, colCount: 0, cells: [] });
  });
});

describe('readWorkbook: hand-written XML shapes', () => {
  it('inline strings, str results, shared formulas, phonetic runs, escapes, entities', () => {
    const sst =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>工业&amp;信息化</t></si>' +
      '<si><r><t>培育</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 10个</t></r><rPh sb="0" eb="2"><t>ペイユ</t></rPh></si>' +
      '<si><t>第一行_x000D_\n第二行</t></si><si/></sst>';
    const bytes = handWorkbook({
      sharedStrings: sst,
      sheets: [
        {
          name: 'S',
          xml: sheetXml(
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1"><f>_xlfn.XLOOKUP(A1,B:B,C:C)</f><v>2</v></c></row>' +
              '<row r="2"><c r="A2" t="inlineStr"><is><t>内联</t></is></c><c r="B2" t="str"><f>A2&amp;"!"</f><v>内联!</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">B$1+$A2*2</f><v>1</v></c></row>' +
              '<row r="3"><c r="C3"><f t="shared" si="0"/><v>2</v></c><c r="D3" t="b"><v>0</v></c></row>' +
              '<row r="4"><c r="C4"><f t="shared" si="0"/><v>3</v></c><c r="D4" t="e"><v>#VALUE!</v></c></row>',
          ),
        },
      ],
    });
    const g = readWorkbook(bytes, { fileName: 'h.xlsx' }).sheets[0]!;
    expect(cell(g, 'A1')!.text).toBe('工业&信息化');
    expect(cell(g, 'B1')!.text).toBe('培育 10个');
    expect(cell(g, 'C1')!.text).toBe('第一行\r\n第二行');
    expect(cell(g, 'D1')!.text).toBe('');
    expect(cell(g, 'A2')!.value).toBe('内联');
    expect(cell(g, 'B2')).toMatchObject({ value: '内联!', formula: '=A2&"!"' });
    expect(cell(g, 'C3')!.formula).toBe('=B$1+$A3*2');
    expect(cell(g, 'C4')!.formula).toBe('=B$1+$A4*2');
    expect(cell(g, 'D3')!.value).toBe(false);
    expect(cell(g, 'D4')!.error).toBe('#VALUE!');
    expect(cell(g, 'E1')!.formula).toBe('=XLOOKUP(A1,B:B,C:C)');
  });

  it('cells and rows without r attributes, prefixed namespaces, t="d" dates', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c t="d"><x:v>2024-03-01T00:00:00Z</x:v></x:c><x:c r="D2"><x:v>4</x:v></x:c><x:c><x:v>5</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const g = readWorkbook(handWorkbook({ sheets: [{ name: 'P', xml }] }), { fileName: 'p.xlsx' }).sheets[0]!;
    expect(g.cells.map((r) => Array.from(r, (c) => c?.address ?? null))).toEqual([
      ['A1', 'B1'],
      ['A2', null, null, 'D2', 'E2'],
    ]);
    expect(cell(g, 'A2')!.value).toBe('2024-03-01');
  });

  it('tells dates from numbers by format, in the 1900 and 1904 systems', () => {
    const styles = stylesWith(
      [
        [164, 'yyyy/m/d'],
        [165, '0.00"亿元"'],
        [166, 'h:mm'],
        [167, '[$-804]yyyy"年"m"月"'],
        [168, 'yyyy-mm-dd hh:mm'],
      ],
      [0, 164, 165, 166, 167, 14, 10, 3, 168, 49],
    );
    const row = [45107, 45107, 12.345, 0.75, 45107, 45107, 0.0725, 12345.6, 45107.5, 7]
      .map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i}"><v>${v}</v></c>`)
      .join('');
    const g = readWorkbook(handWorkbook({ styles, sheets: [{ name: 'D', xml: sheetXml(`<row r="1">${row}</row>`) }] }), { fileName: 'd.xlsx' }).sheets[0]!;
    expect(g.cells[0]!.map((c) => c!.text)).toEqual([
      '45107',
      '2023-06-30',
      '12.35亿元',
      '18:00',
      '2023-06-30',
      '2023-06-30',
      '7.25%',
      '12,346',
      '2023-06-30 12:00',
      '7',
    ]);
    expect(cell(g, 'B1')!.value).toBe('2023-06-30');
    expect(cell(g, 'I1')!.value).toBe('2023-06-30T12:00:00');
    expect(cell(g, 'D1')!.value).toBe(0.75);
    const g1904 = readWorkbook(
      handWorkbook({ date1904: true, styles, sheets: [{ name: 'D', xml: sheetXml('<row r="1"><c r="B1" s="1"><v>43645</v></c></row>') }] }),
      { fileName: 'd.xlsx' },
    ).sheets[0]!;
    expect(cell(g1904, 'B1')!.value).toBe('2023-06-30');
  });

  it('reads hidden column ranges only as far as the data goes, and chart sheets are skipped', () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>1</v></c></row>', '<cols><col min="2" max="16384" hidden="1"/></cols>');
    const g = readWorkbook(handWorkbook({ sheets: [{ name: 'H', xml }] }), { fileName: 'h.xlsx' }).sheets[0]!;
    expect(g.hiddenCols).toEqual([1, 2]);
  });

  it('reads only the requested sheets', () => {
    const bytes = writeWorkbook([
      { name: 'A', rows: [[1]] },
      { name: 'B', rows: [[2]] },
    ]);
    expect(readWorkbook(bytes, { fileName: 'x.xlsx', sheets: ['B'] }).sheets.map((s) => s.sheet)).toEqual(['B']);
    expect(() => readWorkbook(bytes, { fileName: 'x.xlsx', sheets: ['C'] })).toThrow('x.xlsx has no sheet named "C"');
  });
});

describe('readWorkbook: speed', () => {
  it('reads every cell of a 100k-row × 8-column sheet (timing printed, not asserted)', () => {
    const rows: (string | number)[][] = [['序号', '县区', '指标', '单位', '目标值', '完成值', '完成率', '牵头单位']];
    const regions = ['金安区', '裕安区', '叶集区', '霍邱县', '舒城县', '金寨县', '霍山县'];
    for (let i = 1; i <= 100_000; i++) rows.push([i, regions[i % 7]!, `指标${i % 50}`, '亿元', 100 + (i % 37), 57.5 + (i % 13), (i % 100) / 100, '市经信局']);
    const bytes = writeWorkbook([{ name: 'bench', rows }]);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const { sheets } = readWorkbook(bytes, { fileName: 'bench.xlsx' });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // CPU time is the fairer figure on a shared machine; wall time is what a user waits.
    console.log(
      `[xlsx] parsed 100,001 rows × 8 columns (${(bytes.length / 1048576).toFixed(1)} MB .xlsx) in ${ms.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`,
    );
    expect(sheets[0]!.rowCount).toBe(100_001);
    expect(sheets[0]!.cells[100_000]![7]!.text).toBe('市经信局');
  }, 60_000);
});

describe('readWorkbook: memory', () => {
  it('holds a one-cell row in under 200 bytes of heap (each row an array of its own size)', () => {
    const bytes = writeWorkbook([{ name: 'S', rows: Array.from({ length: 200_000 }, () => ['a']), boldHeader: false }]);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const { sheets } = readWorkbook(bytes, { fileName: 'rows.xlsx' });
    gc();
    const perRow = (process.memoryUsage().heapUsed - before) / sheets[0]!.rowCount;
    expect(sheets[0]!.rowCount).toBe(200_000);
    // 283 B when each row array grew from empty (17 slots reserved).
    expect(perRow).toBeLessThan(200);
  }, 60_000);
});

describe('part names', () => {
  it('matches part names without regard to case, as OPC requires, when reading and annotating', async () => {
    const { handWorkbook: hand, sheetXml: sx } = await import('./hand-made.ts');
    const { annotateWorkbook } = await import('../src/annotate.ts');
    const { strFromU8, unzipSync, zipSync } = await import('fflate');
    const parts = unzipSync(hand({ sheets: [{ name: 'S', xml: sx('<row r="1"><c r="A1"><v>7</v></c></row>') }] }));
    parts['xl/_rels/workbook.xml.rels'] = new TextEncoder().encode(
      strFromU8(parts['xl/_rels/workbook.xml.rels']!).replace('worksheets/sheet1.xml', 'Worksheets/Sheet1.xml'),
    );
    const bytes = zipSync(parts);
    expect(readWorkbook(bytes, { fileName: 'c.xlsx' }).sheets[0]!.cells[0]![0]!.value).toBe(7);
    const out = unzipSync(annotateWorkbook(bytes, [{ sheet: 'S', cell: 'A1', severity: 'error', note: 'x' }]));
    expect(Object.keys(out).filter((n) => /sheet1/i.test(n))).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels']);
    expect(strFromU8(out['xl/worksheets/sheet1.xml']!)).toContain('<legacyDrawing');
  });

  it('reads XML parts saved in UTF-16, with a BOM or without one, as Excel does, and annotates them', async () => {
    const { annotateWorkbook } = await import('../src/annotate.ts');
    const { strFromU8, unzipSync, zipSync } = await import('fflate');
    const plain = writeWorkbook([
      {
        name: '任务',
        rows: [
          ['指标', '目标值'],
          ['技改投资增长（%）', 15],
        ],
      },
    ]);
    const parts = unzipSync(plain);
    const utf16 = (text: string, le: boolean, bom: boolean) => {
      const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
      return new Uint8Array([...(bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : []), ...units.flatMap((u) => (le ? [u & 255, u >> 8] : [u >> 8, u & 255]))]);
    };
    const declared16 = (name: string) => strFromU8(parts[name]!).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    // workbook.xml in UTF-16LE with a BOM once read as no worksheets at all; the sheet in UTF-16BE without one.
    parts['xl/workbook.xml'] = utf16(declared16('xl/workbook.xml'), true, true);
    parts['xl/worksheets/sheet1.xml'] = utf16(declared16('xl/worksheets/sheet1.xml'), false, false);
    parts['xl/sharedStrings.xml'] = utf16(declared16('xl/sharedStrings.xml'), true, false);
    const bytes = zipSync(parts);
    const expected = readWorkbook(plain, { fileName: 'u.xlsx' }).sheets;
    const read = readWorkbook(bytes, { fileName: 'u.xlsx' });
    expect(read.warnings).toEqual([]);
    expect(read.sheets).toEqual(expected);
    // The sheet written back is UTF-8 and says so.
    const out = unzipSync(annotateWorkbook(bytes, [{ sheet: '任务', cell: 'B2', severity: 'error', note: '低于20%' }]));
    expect(strFromU8(out['xl/worksheets/sheet1.xml']!)).toMatch(/^<\?xml version="1.0" encoding="UTF-8"/);
    expect(readWorkbook(zipSync(out), { fileName: 'a.xlsx' }).sheets[0]!.cells[1]![1]!.value).toBe(15);
  });
});
