import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readAny, readWorkbook } from '../src/read-workbook.ts';
import { WorkbookError } from '../src/errors.ts';
import { listCfbNames } from '../src/cfb.ts';
import { writeWorkbook } from '../src/write-workbook.ts';
import { makeCfb } from './cfb-maker.ts';
import { handWorkbook, sheetXml } from './hand-made.ts';

function failure(fn: () => unknown): WorkbookError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookError);
    return error as WorkbookError;
  }
  throw new Error('expected a WorkbookError');
}

const good = writeWorkbook([
  {
    name: '表',
    rows: [
      ['指标', '目标值'],
      ['技改投资', 0.2],
    ],
  },
]);

describe('bad input gets a typed error with a one-line message naming the file', () => {
  it('a truncated .xlsx', () => {
    const e = failure(() => readAny(good.subarray(0, good.length - 200), '分解表.xlsx'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toBe(
      '分解表.xlsx is damaged or incomplete (the zip directory at the end of the file is missing); open it in Excel/WPS and save it again',
    );
    expect(e.message).not.toContain('\n');
  });

  it('a damaged part inside an otherwise complete .xlsx', () => {
    const bytes = good.slice();
    const sheetAt = new TextDecoder('latin1').decode(bytes).indexOf('xl/worksheets/sheet1.xml');
    // Flip bytes in the compressed data that follows the sheet's local header.
    for (let i = sheetAt + 40; i < sheetAt + 60; i++) bytes[i] = bytes[i]! ^ 0x5a;
    const e = failure(() => readAny(bytes, 'x.xlsx'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^x\.xlsx is damaged or incomplete \(part xl\/worksheets\/sheet1\.xml (cannot be unpacked|fails its checksum)\)/);
  });

  it('a password-protected workbook', () => {
    const e = failure(() => readAny(makeCfb(['EncryptionInfo', 'EncryptedPackage']), '加密.xlsx'));
    expect(e.code).toBe('encrypted');
    expect(e.message).toBe('加密.xlsx is password-protected; remove the password (文件 → 信息 → 保护工作簿) and try again');
  });

  it('a legacy .xls', () => {
    const e = failure(() => readAny(makeCfb(['Workbook', '\u0005SummaryInformation']), '旧表.xls'));
    expect(e.code).toBe('legacy-xls');
    expect(e.message).toMatch(/^旧表\.xls is an old \.xls workbook; save it as \.xlsx/);
    expect(listCfbNames(makeCfb(['Book']))).toEqual(['Root Entry', 'Book']);
  });

  it('files that are not workbooks', () => {
    expect(failure(() => readAny(strToU8('%PDF-1.7\n...'), 'plan.pdf')).message).toBe(
      'plan.pdf is not a workbook (a PDF document); expected a workbook (.xlsx, .xls, .et, .xlsb, .ods) or a .csv file',
    );
    expect(failure(() => readAny(new Uint8Array(0), 'empty.xlsx')).message).toContain('the file is empty');
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(failure(() => readAny(docx, 'plan.xlsx')).message).toBe(
      'plan.xlsx is not a workbook (a Word document); expected a workbook (.xlsx, .xls, .et, .xlsb, .ods) or a .csv file',
    );
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]);
    expect(failure(() => readAny(png, 'logo.png')).code).toBe('not-a-workbook');
    expect(failure(() => readWorkbook(strToU8('a,b'), { fileName: 'x.csv' })).code).toBe('not-a-workbook');
  });

  it('a binary .xlsb workbook', () => {
    const xlsb = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      ),
      'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
    });
    const e = failure(() => readAny(xlsb, 'b.xlsb'));
    expect(e.code).toBe('unsupported');
    expect(e.message).toBe('b.xlsb is a binary .xlsb workbook; save it as .xlsx (文件 → 另存为 → Excel 工作簿) and try again');
  });

  it('a workbook over the cell budget', () => {
    const rows = Array.from({ length: 300 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const e = failure(() => readAny(writeWorkbook([{ name: '大表', rows }]), 'big.xlsx', { maxCells: 1000 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('big.xlsx is too large to check: more than 1,000 filled cells (sheet "大表"); split it into smaller workbooks or raise the limit');
  });

  it('a part over the size limit', () => {
    const e = failure(() => readWorkbook(good, { fileName: 'g.xlsx', maxPartBytes: 100 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/^g\.xlsx is too large to check: part \S+ unpacks to \S+ MB \(at most 0\.0 MB\) in \S+ \(limit maxPartBytes\)/);
  });

  it('malformed sheet XML', () => {
    const bytes = handWorkbook({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="s') }] });
    const e = failure(() => readWorkbook(bytes, { fileName: 'm.xlsx' }));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^m\.xlsx is damaged or incomplete \(part xl\/worksheets\/sheet1\.xml line 1: unterminated <c> tag\)/);
  });

  it('an empty sheet is a grid with no rows, not an error', () => {
    const { sheets } = readAny(writeWorkbook([{ name: '空', rows: [] }]), 'e.xlsx');
    expect(sheets[0]).toMatchObject({ sheet: '空', rowCount: 0, colCount: 0, cells: [] });
  });

  it('dispatches by content, not by extension', () => {
    expect(readAny(good, 'renamed.csv').format).toBe('xlsx');
    expect(readAny(strToU8('指标,目标值\n技改投资,20%'), 'data.xlsx.txt').format).toBe('csv');
  });

  it('says so when text comes under a workbook name, and reads it as CSV', () => {
    const read = readAny(strToU8('指标,目标值\n技改投资,20%'), '导出.xlsx');
    expect(read.format).toBe('csv');
    expect(read.sheets[0]!.cells[1]![0]!.text).toBe('技改投资');
    expect(read.warnings).toEqual(['导出.xlsx: not an Excel workbook but plain text; it was read as CSV']);
    expect(readAny(strToU8('指标,目标值'), 'data.csv').warnings).toEqual([]);
  });
});
