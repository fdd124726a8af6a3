import { describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { annotateWorkbook, annotateWorkbookDetailed, clearAnnotations } from '../src/annotate.ts';
import type { CellMark } from '../src/annotate/marks.ts';
import { readWorkbook } from '../src/read-workbook.ts';
import { openZip, type ZipArchive } from '../src/zip.ts';
import { excelBytes, loadWithExcelJs, richWorkbook, unzipParts } from './fixtures.ts';
import { writeWorkbook } from '../src/write-workbook.ts';

const MARKS: CellMark[] = [
  { sheet: '任务表', cell: 'C2', severity: 'error', note: '技改投资增长15%，低于六安市计划“20%以上”。' },
  { sheet: '任务表', cell: 'C2', severity: 'warning', note: '比较符弱于计划。' },
  { sheet: '任务表', cell: 'D2', severity: 'warning', note: '牵头单位与计划不一致。' },
  { sheet: '任务表', cell: 'B3', severity: 'info', note: '口径待确认。', author: '市经信局' },
  { sheet: '任务表', cell: 'C3', severity: 'error', note: '新增企业120户，少于计划150户。' },
  { sheet: '任务表', cell: 'F12', severity: 'info', note: '计划目标“培育省级工业设计中心3-5家”无人承接。' },
  { sheet: '任务表', cell: 'C6', severity: 'warning', note: '合并单元格中的说明。' },
];

function rawRecord(zip: ZipArchive, name: string): Uint8Array {
  const e = zip.byName.get(name)!;
  return zip.bytes.subarray(e.localHeaderOffset, e.recordEnd);
}

/** A central record with its local-header offset field zeroed, for comparing everything else. */
function centralWithoutOffset(zip: ZipArchive, name: string): Uint8Array {
  const c = zip.byName.get(name)!.central.slice();
  c.fill(0, 42, 46);
  return c;
}

function cellSnapshot(bytes: Uint8Array) {
  return readWorkbook(bytes, { fileName: 'x.xlsx' }).sheets.map((g) => ({
    sheet: g.sheet,
    cells: g.cells
      .flat()
      .filter(Boolean)
      .map((c) => [c!.address, c!.value, c!.text, c!.formula ?? null, c!.error ?? null]),
  }));
}

describe('annotateWorkbook on a workbook with a chart, a picture, comments and custom styles', async () => {
  const input = await richWorkbook();
  const result = annotateWorkbookDetailed(input, MARKS, { fileName: 'rich.xlsx' });
  const output = result.bytes;
  const before = openZip(input, 'in');
  const after = openZip(output, 'out');

  it('rewrites only the parts it must', () => {
    expect(result.changedParts.sort()).toEqual(
      // The sheet already had a comments part and a VML drawing: no new parts, no content-type change.
      ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
  });

  it('copies every other zip entry byte for byte (raw compressed record and central record)', () => {
    const untouched = before.entries.filter((e) => !result.changedParts.includes(e.name));
    expect(untouched.length).toBeGreaterThanOrEqual(15);
    for (const e of untouched) {
      expect(after.byName.has(e.name), e.name).toBe(true);
      expect(Buffer.compare(rawRecord(before, e.name), rawRecord(after, e.name)), e.name).toBe(0);
      expect(Buffer.compare(centralWithoutOffset(before, e.name), centralWithoutOffset(after, e.name)), e.name).toBe(0);
    }
    // Those entries were written with data descriptors: they survive as they were.
    expect(before.byName.get('xl/charts/chart1.xml')!.flags & 8).toBe(8);
    for (const kept of [
      'xl/charts/chart1.xml',
      'xl/media/image1.png',
      'xl/threadedComments/threadedComment1.xml',
      'xl/persons/person.xml',
      'customXml/item1.xml',
      'xl/drawings/drawing1.xml',
    ]) {
      expect(
        untouched.some((e) => e.name === kept),
        kept,
      ).toBe(true);
    }
  });

  it('changes no cell value, text or formula (our reader)', () => {
    expect(cellSnapshot(output)).toEqual(cellSnapshot(input));
  });

  it('changes no cell value or formula and opens without error (exceljs)', async () => {
    const [a, b] = await Promise.all([loadWithExcelJs(input), loadWithExcelJs(output)]);
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name)!;
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          expect(other.getCell(cell.address).value, `${ws.name}!${cell.address}`).toEqual(cell.value);
        }),
      );
    }
    const c2 = b.getWorksheet('任务表')!.getCell('C2');
    expect(c2.numFmt).toBe('0%');
    expect((c2.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
  });

  it('keeps each cell style and changes only its fill', async () => {
    const [a, b] = await Promise.all([loadWithExcelJs(input), loadWithExcelJs(output)]);
    const before3 = a.getWorksheet('任务表')!.getCell('C3');
    const after3 = b.getWorksheet('任务表')!.getCell('C3');
    expect(after3.numFmt).toBe(before3.numFmt);
    expect(after3.border).toEqual(before3.border);
    expect(after3.alignment).toEqual(before3.alignment);
    expect(after3.font).toEqual(before3.font);
    expect((after3.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
    // The header row keeps its own fill: it was not marked.
    expect(b.getWorksheet('任务表')!.getCell('A1').fill).toEqual(a.getWorksheet('任务表')!.getCell('A1').fill);
  });

  it('keeps existing comments and appends our note; one note per cell, highest severity', () => {
    const comments = strFromU8(unzipParts(output)['xl/comments1.xml']!);
    expect(comments).toContain('王科长：请核实');
    expect(comments).toContain('牵头单位与计划不一致');
    expect(comments).toContain('请经信局确认口径');
    expect(comments).toContain('口径待确认');
    expect(comments).toContain('（市经信局）');
    expect(comments.match(/ref="C2"/g)).toHaveLength(1);
    expect(comments).toMatch(/技改投资增长15%[^<]*\n比较符弱于计划/);
    const sheet = strFromU8(unzipParts(output)['xl/worksheets/sheet1.xml']!);
    // F12 did not exist: it is inserted without a value, in order.
    expect(sheet).toMatch(/<row r="12"><c r="F12" s="\d+"\/><\/row>/);
    // A mark inside the merged A6:D6 lands on A6.
    expect(comments).toContain('ref="A6"');
    expect(comments).not.toContain('ref="C6"');
  });

  it('is idempotent: annotating the annotated copy again gives the same bytes', () => {
    expect(Buffer.compare(Buffer.from(annotateWorkbook(output, MARKS)), Buffer.from(output))).toBe(0);
  });

  it('replaces rather than stacks when the marks change, and clears back to the original cells and comments', async () => {
    const fewer = annotateWorkbook(output, [MARKS[4]!]);
    const comments = strFromU8(unzipParts(fewer)['xl/comments1.xml']!);
    expect(comments).not.toContain('技改投资增长15%');
    expect(comments).toContain('新增企业120户');
    expect(comments.match(/【目标 Mubiao】/g)).toHaveLength(1);
    const cleared = clearAnnotations(fewer);
    const wb = await loadWithExcelJs(cleared);
    const original = await loadWithExcelJs(input);
    for (const ref of ['C2', 'C3', 'D2', 'A6', 'B3']) {
      expect(wb.getWorksheet('任务表')!.getCell(ref).style, ref).toEqual(original.getWorksheet('任务表')!.getCell(ref).style);
    }
    const text = strFromU8(unzipParts(cleared)['xl/comments1.xml']!);
    expect(text).not.toContain('Mubiao 校验');
    expect(text).toContain('王科长：请核实');
    expect(text).toContain('[Threaded comment]');
    expect(cellSnapshot(cleared)).toEqual(cellSnapshot(input));
  });
});

describe('annotateWorkbook on plain workbooks', () => {
  it('adds comments, VML, relationships and content types to a sheet that had none', async () => {
    const input = writeWorkbook([
      {
        name: '表1',
        rows: [
          ['指标', '目标值'],
          ['技改投资', '增长15%以上'],
        ],
      },
    ]);
    const out = annotateWorkbookDetailed(input, [{ sheet: '表1', cell: 'B2', severity: 'error', note: '低于计划' }]);
    const parts = unzipParts(out.bytes);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/_rels/sheet1.xml.rels']));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
    expect(sheet.indexOf('<legacyDrawing')).toBeGreaterThan(sheet.indexOf('<pageMargins'));
    const types = strFromU8(parts['[Content_Types].xml']!);
    expect(types).toContain('Extension="vml"');
    expect(types).toContain('/xl/comments1.xml');
    const wb = await loadWithExcelJs(out.bytes);
    expect(wb.getWorksheet('表1')!.getCell('B2').note).toBeTruthy();
    expect(wb.getWorksheet('表1')!.getCell('B2').value).toBe('增长15%以上');
    // Clearing removes every part it added.
    const cleared = unzipParts(clearAnnotations(out.bytes));
    expect(Object.keys(cleared).sort()).toEqual(Object.keys(unzipParts(input)).sort());
    expect(strFromU8(cleared['xl/worksheets/sheet1.xml']!)).toBe(strFromU8(unzipParts(input)['xl/worksheets/sheet1.xml']!));
  });

  it('puts legacyDrawing before tableParts and extLst (schema order)', async () => {
    const input = await excelBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addTable({
        name: 'T',
        ref: 'A1',
        columns: [{ name: '指标' }, { name: '目标' }],
        rows: [
          ['a', 1],
          ['b', 2],
        ],
      });
    });
    const out = annotateWorkbook(input, [{ sheet: 'S', cell: 'B2', severity: 'warning', note: 'x' }]);
    const sheet = strFromU8(unzipParts(out)['xl/worksheets/sheet1.xml']!);
    expect(sheet.indexOf('<legacyDrawing')).toBeLessThan(sheet.indexOf('<tableParts'));
    await loadWithExcelJs(out);
  });

  it('uses the row style for an inserted cell in a formatted row', () => {
    const input = writeWorkbook([{ name: 'S', rows: [['a', 'b']] }]);
    const out = annotateWorkbook(input, [{ sheet: 'S', cell: 'D1', severity: 'info', note: 'x' }]);
    const sheet = strFromU8(unzipParts(out)['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<c r="B1" s="1" t="s"><v>1<\/v><\/c><c r="D1" s="\d+"\/><\/row>/);
    expect(sheet).toContain('<dimension ref="A1:D1"/>');
  });

  it('refuses marks on a sheet that does not exist or a malformed address', () => {
    const input = writeWorkbook([{ name: 'S', rows: [['a']] }]);
    expect(() => annotateWorkbook(input, [{ sheet: 'T', cell: 'A1', severity: 'info', note: 'x' }], { fileName: 'a.xlsx' })).toThrow(
      /a\.xlsx has no sheet named "T"/,
    );
    expect(() => annotateWorkbook(input, [{ sheet: 'S', cell: 'A0', severity: 'info', note: 'x' }])).toThrow(/"A0" .* is not a cell address/);
  });

  it('refuses input that is not an .xlsx', () => {
    expect(() => annotateWorkbook(new TextEncoder().encode('a,b\n1,2'), [], { fileName: 'x.csv' })).toThrow(/only \.xlsx files can be annotated/);
  });
});

describe('very long notes', () => {
  it('are cut to fit in a comment, saying how many were left out', () => {
    const input = writeWorkbook([{ name: 'S', rows: [['a']] }]);
    const marks = Array.from({ length: 400 }, (_, i) => ({ sheet: 'S', cell: 'A1', severity: 'warning' as const, note: `第${i}条：${'说明'.repeat(20)}` }));
    const comments = strFromU8(unzipParts(annotateWorkbook(input, marks))['xl/comments1.xml']!);
    const text = comments.replace(/<[^>]+>/g, '');
    expect(text.length).toBeLessThan(8200);
    expect(text).toMatch(/…（另有 \d+ 条，见检查报告）$/);
    expect(text).toContain('第0条');
  });
});

describe('sheets without rows', () => {
  it('marks cells on a sheet whose sheetData is empty or self-closing', async () => {
    const { handWorkbook, sheetXml } = await import('./hand-made.ts');
    const selfClosing = handWorkbook({ sheets: [{ name: 'S', xml: sheetXml('').replace('<sheetData></sheetData>', '<sheetData/>') }] });
    const out = annotateWorkbook(selfClosing, [
      { sheet: 'S', cell: 'C3', severity: 'info', note: '计划目标无人承接' },
      { sheet: 'S', cell: 'A1', severity: 'error', note: '缺表头' },
    ]);
    const sheet = strFromU8(unzipParts(out)['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<sheetData><row r="1"><c r="A1" s="\d+"\/><\/row><row r="3"><c r="C3" s="\d+"\/><\/row><\/sheetData>/);
    // A package without styles.xml gets one, so the fills have somewhere to live.
    const parts = unzipParts(out);
    expect(strFromU8(parts['xl/styles.xml']!)).toContain('FFFFC7CE');
    expect(strFromU8(parts['xl/_rels/workbook.xml.rels']!)).toContain('relationships/styles');
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain('/xl/styles.xml');
    await loadWithExcelJs(out);
    expect(readWorkbook(out, { fileName: 'x' }).sheets[0]!.rowCount).toBe(0);
  });
});

describe('strict OOXML', () => {
  it('adds parts with strict relationship types and namespaces', async () => {
    const { strToU8, unzipSync, zipSync } = await import('fflate');
    const { handWorkbook, sheetXml } = await import('./hand-made.ts');
    const parts = unzipSync(handWorkbook({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }] }));
    const toStrict = (t: string) =>
      t
        .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships')
        .replaceAll('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main');
    for (const name of Object.keys(parts)) parts[name] = strToU8(toStrict(strFromU8(parts[name]!)));
    const bytes = zipSync(parts);
    expect(readWorkbook(bytes, { fileName: 's.xlsx' }).sheets[0]!.cells[0]![0]!.value).toBe(1);
    const out = unzipParts(annotateWorkbook(bytes, [{ sheet: 'S', cell: 'A1', severity: 'error', note: 'x' }]));
    expect(strFromU8(out['xl/worksheets/_rels/sheet1.xml.rels']!)).toContain('http://purl.oclc.org/ooxml/officeDocument/relationships/comments');
    expect(strFromU8(out['xl/comments1.xml']!)).toContain('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    expect(strFromU8(out['xl/styles.xml']!)).toContain('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    expect(strFromU8(out['xl/worksheets/sheet1.xml']!)).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
  });
});
