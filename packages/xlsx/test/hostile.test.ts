/**
 * Files built to break the reader: every one ends in a result or a WorkbookError that names the
 * limit or the part, within the budgets of limits.ts — never a crash or unbounded work.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readAny, readWorkbook } from '../src/read-workbook.ts';
import { annotateWorkbookDetailed } from '../src/annotate.ts';
import { WorkbookError } from '../src/errors.ts';
import { listCfbNames } from '../src/cfb.ts';
import { readCsvDetailed, sheetNameFor } from '../src/csv.ts';
import { writeWorkbook } from '../src/write-workbook.ts';
import { loopingDifatCfb, loopingDirectoryCfb, makeCfb } from './cfb-maker.ts';
import { handWorkbook, sheetXml, stylesWith } from './hand-made.ts';
import { breakChecksum, centralOffset, renameEntry } from './zip-surgery.ts';
import { openZip, readEntry } from '../src/zip.ts';

function failure(fn: () => unknown): WorkbookError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as Error).message).not.toContain('\n');
    return error as WorkbookError;
  }
  throw new Error('expected a WorkbookError');
}

const cell = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
const values = (grid: { cells: ({ value: unknown } | undefined)[][] }) => grid.cells.map((row) => [...row].map((c) => c?.value ?? null));

describe('OLE2 (CFB) chains', () => {
  it('a 1 KB file whose DIFAT chain points at itself is damaged, named as such', () => {
    const bytes = loopingDifatCfb();
    expect(bytes.length).toBe(1024);
    const e = failure(() => readAny(bytes, 'loop.xlsx'));
    expect(e.code).toBe('corrupt');
    expect(e.part).toBe('CFB DIFAT chain');
    expect(e.message).toBe('loop.xlsx is damaged or incomplete (its OLE2 DIFAT chain loops back to sector 0); open it in Excel/WPS and save it again');
  });

  it('a directory chain that loops, and a FAT that points past the end', () => {
    expect(failure(() => listCfbNames(loopingDirectoryCfb(), 'd.xls')).message).toContain('its OLE2 directory chain loops back to sector 1');
    const pastEnd = makeCfb(['Workbook']);
    new DataView(pastEnd.buffer).setUint32(0x4c, 4000, true);
    expect(failure(() => readAny(pastEnd, 'p.xls')).message).toContain('its OLE2 FAT chain points at sector 4000, past the end of the file');
  });

  it('a well-formed CFB still reads as before', () => {
    expect(listCfbNames(makeCfb(['EncryptionInfo', 'EncryptedPackage']))).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
  });
});

describe('zip directory', () => {
  const good = writeWorkbook([
    {
      name: 'S',
      rows: [
        ['指标', '目标值'],
        ['技改投资', 20],
      ],
    },
  ]);

  it('reads entry names written with backslashes, and says so', () => {
    const bytes = renameEntry(good, 'xl/worksheets/sheet1.xml', 'xl\\worksheets\\sheet1.xml');
    const read = readAny(bytes, 'win.xlsx');
    expect(values(read.sheets[0]!)).toEqual([
      ['指标', '目标值'],
      ['技改投资', 20],
    ]);
    expect(read.warnings).toEqual([
      'win.xlsx: its zip entry names use backslashes (xl\\worksheets\\sheet1.xml); they were read as folder paths, as Excel does',
    ]);
  });

  it('two entries with one name are damage, not a choice made silently', () => {
    const bytes = renameEntry(good, 'docProps/app.xml', 'xl/styles.xml\0\0\0');
    // The renamed entry differs by NULs; make it exactly the other name by editing its length field.
    const at = centralOffset(bytes, 'xl/styles.xml\0\0\0');
    new DataView(bytes.buffer).setUint16(at + 28, 'xl/styles.xml'.length, true);
    new DataView(bytes.buffer).setUint16(at + 30, 3, true); // the NULs become a (skipped) extra field
    const e = failure(() => readAny(bytes, 'dup.xlsx'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toContain('two zip entries are named xl/styles.xml');
  });

  it('entries that share their bytes (an overlapping zip bomb) are refused', () => {
    const bytes = good.slice();
    const zip = readAny(good, 'g.xlsx');
    expect(zip.sheets).toHaveLength(1);
    // Point docProps/app.xml's record at the sheet's local header.
    const sheet = openZip(bytes, 'x').byName.get('xl/worksheets/sheet1.xml')!;
    new DataView(bytes.buffer).setUint32(centralOffset(bytes, 'docProps/app.xml') + 42, sheet.localHeaderOffset, true);
    const e = failure(() => readAny(bytes, 'bomb.xlsx'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/zip entries .* overlap/);
  });

  it('past the entry budget and the total unpacked budget: too-large, naming the limit', () => {
    const many = failure(() => readWorkbook(good, { fileName: 'm.xlsx', limits: { maxEntries: 3 } }));
    expect(many.code).toBe('too-large');
    expect(many.limit).toBe('maxEntries');
    expect(many.message).toBe(
      'm.xlsx is too large to check: 9 entries (at most 3) in the zip directory (limit maxEntries); split it into smaller workbooks or raise the limit',
    );
    const unpacked = failure(() => readWorkbook(good, { fileName: 'u.xlsx', limits: { unpackedFloor: 2000, unpackedRatio: 0 } }));
    expect(unpacked.limit).toBe('maxUnpackedBytes');
    expect(unpacked.message).toMatch(
      /^u\.xlsx is too large to check: its parts unpack to more than 0\.0 MB in all \(0\.0 MB from 0\.0 MB packed; the budget is 0\.0 MB, or 0× the packed size when more\) in \S+ \(limit maxUnpackedBytes\)/,
    );
  });

  it('a bomb padded with a big stored part gets no bigger budget: refused before its sheet is unpacked', () => {
    // A 2 MB sheet of one repeated cell packs to a few kB; 1 MB of stored noise pads the file.
    // The budget once grew with the file (100 × 1 MB), so the padding bought the sheet its 2 MB.
    const body = '<c><v>1</v></c>'.repeat(140_000);
    const base = handWorkbook({ sheets: [{ name: 'S', xml: sheetXml(`<row r="1">${body}</row>`) }] });
    const noise = new Uint8Array(1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const padded = zipSync({ ...unzipSync(base), 'xl/media/pad.bin': [noise, { level: 0 }] });
    const sheet = openZip(padded, 'p.xlsx').byName.get('xl/worksheets/sheet1.xml')!;
    expect(sheet.size / sheet.compressedSize).toBeGreaterThan(200);
    const limits = { unpackedFloor: 1024 * 1024 };
    const e = failure(() => readWorkbook(padded, { fileName: 'p.xlsx', limits }));
    expect(e.limit).toBe('maxUnpackedBytes');
    expect(e.part).toBe('xl/worksheets/sheet1.xml');
    expect(e.message).toMatch(
      /^p\.xlsx is too large to check: its parts unpack to more than 1\.0 MB in all \(2\.\d MB from 0\.0 MB packed; the budget is 1\.0 MB, or 100× the packed size when more\) in xl\/worksheets\/sheet1\.xml/,
    );
    // Within the budget it reads as before.
    expect(readWorkbook(padded, { fileName: 'p.xlsx', limits: { unpackedFloor: 4 * 1024 * 1024 } }).sheets[0]!.cells[0]![0]!.value).toBe(1);
  });

  it('a part that unpacks past its declared size is cut there, with the checksum warning, not inflated to its end', () => {
    const body = `<row r="1">${cell('A1', 1)}</row>` + `<row r="2">${'<c><v>2</v></c>'.repeat(100_000)}</row>`;
    const bytes = handWorkbook({ sheets: [{ name: 'S', xml: sheetXml(body) }] });
    const zip = openZip(bytes, 'l.xlsx');
    const sheet = zip.byName.get('xl/worksheets/sheet1.xml')!;
    const declared = 4000;
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    view.setUint32(centralOffset(bytes, 'xl/worksheets/sheet1.xml') + 24, declared, true);
    view.setUint32(sheet.localHeaderOffset + 22, declared, true);
    const lying = openZip(bytes, 'l.xlsx');
    const data = readEntry(lying, lying.byName.get('xl/worksheets/sheet1.xml')!);
    expect(data.length).toBe(declared);
    expect(lying.unpacked.used).toBe(declared);
    expect(lying.warnings).toEqual([
      'l.xlsx: part xl/worksheets/sheet1.xml fails its checksum; it was read as stored (Excel repairs such files) — check what it shows',
    ]);
    // Its XML ends early, and it failed its checksum: refused, in one line.
    expect(failure(() => readAny(bytes, 'l.xlsx')).code).toBe('corrupt');
  });

  it('a part that declares a DTD (a billion laughs) is refused by name, for reading and for annotating', () => {
    const dtd = '<?xml version="1.0"?>\n<!-- x --><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const bytes = handWorkbook({
      sheets: [{ name: 'S', xml: dtd + sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>`).replace(/^<\?xml[^>]*>/, '') }],
    });
    for (const run of [
      () => readAny(bytes, 'dtd.xlsx'),
      () => annotateWorkbookDetailed(bytes, [{ sheet: 'S', cell: 'A1', severity: 'error', note: 'x' }], { fileName: 'dtd.xlsx' }),
    ]) {
      const e = failure(run);
      expect(e.code).toBe('corrupt');
      expect(e.part).toBe('xl/worksheets/sheet1.xml');
      expect(e.message).toBe(
        'dtd.xlsx is damaged or incomplete (part xl/worksheets/sheet1.xml declares a DTD (<!DOCTYPE …>), which Office files never hold; its entities are not read); open it in Excel/WPS and save it again',
      );
    }
    // A DOCTYPE written as text inside a cell is a value like any other.
    const inCell = handWorkbook({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&lt;!DOCTYPE x&gt;</t></is></c></row>') }] });
    expect(readAny(inCell, 'ok.xlsx').sheets[0]!.cells[0]![0]!.value).toBe('<!DOCTYPE x>');
  });

  it('a part failing its checksum is read, with a warning naming it', () => {
    const bytes = breakChecksum(good, 'xl/worksheets/sheet1.xml');
    const read = readAny(bytes, 'crc.xlsx');
    expect(values(read.sheets[0]!)).toEqual([
      ['指标', '目标值'],
      ['技改投资', 20],
    ]);
    expect(read.warnings).toEqual([
      'crc.xlsx: part xl/worksheets/sheet1.xml fails its checksum; it was read as stored (Excel repairs such files) — check what it shows',
    ]);
  });

  it('a part failing its checksum whose XML does not parse either is refused', () => {
    const bytes = breakChecksum(
      handWorkbook({ sheets: [{ name: 'S', xml: sheetXml(`<row r="1">${cell('A1', 1)}</row><row r="2">`) }] }),
      'xl/worksheets/sheet1.xml',
    );
    const e = failure(() => readAny(bytes, 'bad.xlsx'));
    expect(e.code).toBe('corrupt');
    expect(e.part).toBe('xl/worksheets/sheet1.xml');
    expect(e.message).toContain('part xl/worksheets/sheet1.xml fails its checksum and its XML is broken at line 1');
  });
});

describe('XML that is not well-formed: a warning naming the part and line, or an error', () => {
  it('text outside the root element (ExcelJS invalid-xml.xlsx)', () => {
    const xml = sheetXml(`<row r="1">${cell('A1', 7)}</row>`).replace('?>', '?>\nfoo\n');
    const read = readAny(handWorkbook({ sheets: [{ name: 'S', xml }] }), 'ix.xlsx');
    expect(values(read.sheets[0]!)).toEqual([[7]]);
    expect(read.warnings).toEqual([
      'ix.xlsx: xl/worksheets/sheet1.xml line 2 is not well-formed XML (text outside the root element); what could be read was read — check it in Excel/WPS',
    ]);
  });

  it('an end tag that does not match, and a part that ends early', () => {
    const mismatched = readAny(handWorkbook({ sheets: [{ name: 'S', xml: sheetXml(`<row r="1">${cell('A1', 1)}</col></row>`) }] }), 'mm.xlsx');
    expect(mismatched.warnings[0]).toContain('xl/worksheets/sheet1.xml line 1 is not well-formed XML (</col> where </row> was expected)');
    const cut = sheetXml(`<row r="1">${cell('A1', 1)}</row><row r="2">${cell('A2', 2)}</row>`).replace(/<\/sheetData><\/worksheet>$/, '');
    const read = readAny(handWorkbook({ sheets: [{ name: 'S', xml: cut }] }), 'cut.xlsx');
    expect(values(read.sheets[0]!)).toEqual([[1], [2]]);
    expect(read.warnings[0]).toContain('<sheetData> is never closed (the part ends early)');
  });

  it('nesting past the depth budget is an error naming the part and line', () => {
    const deep = sheetXml(`<row r="1"><c r="A1"><is>${'<r>'.repeat(300)}</is></c></row>`);
    const e = failure(() => readAny(handWorkbook({ sheets: [{ name: 'S', xml: deep }] }), 'deep.xlsx'));
    expect(e.code).toBe('corrupt');
    expect(e.message).toContain('part xl/worksheets/sheet1.xml line 1: elements nested deeper than 256 levels');
  });

  it('an unterminated tag names the part and line', () => {
    const bytes = handWorkbook({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>\n<row r="2"><c r="A2" t="s') }] });
    expect(failure(() => readWorkbook(bytes, { fileName: 'm.xlsx' })).message).toBe(
      'm.xlsx is damaged or incomplete (part xl/worksheets/sheet1.xml line 2: unterminated <c> tag); open it in Excel/WPS and save it again',
    );
  });
});

describe('sheet budgets', () => {
  it('overlapping merges are dropped as Excel drops them, with a warning', () => {
    const merges = '<mergeCells count="3"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/><mergeCell ref="D1:D3"/></mergeCells>';
    const read = readAny(handWorkbook({ sheets: [{ name: 'S', xml: sheetXml(`<row r="3">${cell('D3', 1)}</row>`, '', merges) }] }), 'm.xlsx');
    expect(read.sheets[0]!.merges.map((m) => [m.top, m.left, m.bottom, m.right])).toEqual([
      [0, 0, 1, 1],
      [0, 3, 2, 3],
    ]);
    expect(read.warnings).toEqual(['m.xlsx: sheet "S" has 1 merged range overlapping another (first B2:C3); it was ignored, as Excel does']);
  });

  it('merges over more cells than the budget: too-large, naming the part', () => {
    const merges = '<mergeCells count="1"><mergeCell ref="A1:Z2000"/></mergeCells>';
    const bytes = handWorkbook({ sheets: [{ name: 'S', xml: sheetXml(`<row r="2000">${cell('Z2000', 1)}</row>`, '', merges) }] });
    const e = failure(() => readWorkbook(bytes, { fileName: 'big.xlsx', limits: { maxMergedCells: 10_000 } }));
    expect(e.limit).toBe('maxMergedCells');
    expect(e.part).toBe('xl/worksheets/sheet1.xml');
    // 16.7 million merged cells by default: no longer a crash, a clear error.
    const huge = handWorkbook({
      sheets: [
        {
          name: 'S',
          xml: sheetXml(
            `<row r="5000">${cell('CV5000', 1)}</row>`,
            '',
            '<mergeCells><mergeCell ref="A1:CV5000"/><mergeCell ref="A1:XFD1048576"/></mergeCells>',
          ),
        },
      ],
    });
    expect(readWorkbook(huge, { fileName: 'h.xlsx' }).sheets[0]!.merges).toHaveLength(1);
  });

  it("cells outside Excel's grid are ignored with a warning, not a billion-row grid", () => {
    const read = readAny(
      handWorkbook({ sheets: [{ name: 'S', xml: sheetXml(`<row r="1">${cell('A1', 1)}</row><row r="99999999999"><c><v>2</v></c></row>`) }] }),
      'g.xlsx',
    );
    expect(read.sheets[0]!.rowCount).toBe(1);
    expect(read.warnings).toEqual(['g.xlsx: sheet "S" has cells outside Excel\'s grid (XFD1048576); they were ignored']);
  });

  it('shared strings and styles past their budgets', () => {
    const sst = `<sst xmlns="x">${'<si><t>a</t></si>'.repeat(20)}</sst>`;
    const bytes = handWorkbook({ sheets: [{ name: 'S', xml: sheetXml('') }], sharedStrings: sst });
    const e = failure(() => readWorkbook(bytes, { fileName: 's.xlsx', limits: { maxSharedStrings: 10 } }));
    expect(e.message).toBe(
      's.xlsx is too large to check: more than 10 shared strings in xl/sharedStrings.xml (limit maxSharedStrings); split it into smaller workbooks or raise the limit',
    );
  });
});

describe('CSV budgets', () => {
  it('a line of a million delimiters costs only the scan, and fields past XFD are cut with a warning', () => {
    const read = readCsvDetailed(`a${','.repeat(1_000_000)}b\nc,d`, { fileName: 'wide.csv' });
    expect(read.grid.colCount).toBe(2);
    expect(read.grid.rowCount).toBe(2);
    expect(read.warnings).toEqual(["wide.csv: fields past Excel's grid (row 1,048,576 or column XFD) were left out, as Excel leaves them out"]);
  });

  it('a CSV named in a way Excel would refuse as a sheet name gets a name it accepts', () => {
    expect(sheetNameFor('/data/[2023] 金安区 重点任务分解表：全年目标与完成情况汇总.csv')).toBe(
      '_2023_ 金安区 重点任务分解表：全年目标与完成情况汇总'.slice(0, 31),
    );
    expect(sheetNameFor("'.csv")).toBe('Sheet1');
    expect(readAny(strToU8('a,b'), 'x/y:z?.csv').sheets[0]!.sheet).toBe('y_z_');
  });
});

describe('annotating XML that is not well-formed', () => {
  const marks = [{ sheet: 'S', cell: 'A1', severity: 'error' as const, note: '低于计划' }];

  it('stray text around the root: marked where the cells stand, with a warning', () => {
    const xml = sheetXml(`<row r="1">${cell('A1', 7)}</row>`).replace('?>', '?>\nfoo\n');
    const result = annotateWorkbookDetailed(handWorkbook({ sheets: [{ name: 'S', xml }] }), marks, { fileName: 'ix.xlsx' });
    expect(result.markedCells).toBe(1);
    expect(result.warnings).toContain(
      'ix.xlsx: xl/worksheets/sheet1.xml line 2 is not well-formed XML (text outside the root element); its cells were marked where they stand',
    );
    expect(values(readAny(result.bytes, 'ix.xlsx').sheets[0]!)).toEqual([[7]]);
  });

  it('tags that do not nest: refused, naming the part and line, rather than patched blind', () => {
    const xml = sheetXml(`<row r="1">${cell('A1', 7)}</col></row>`);
    const e = failure(() => annotateWorkbookDetailed(handWorkbook({ sheets: [{ name: 'S', xml }] }), marks, { fileName: 'mm.xlsx' }));
    expect(e.code).toBe('corrupt');
    expect(e.message).toContain(
      'part xl/worksheets/sheet1.xml is not well-formed XML at line 1 (</col> where </row> was expected), so it cannot be marked safely',
    );
  });

  it('a styles part whose tags do not nest is not patched (a date would read back as a number)', () => {
    const styles = stylesWith([[164, 'yyyy-mm-dd']], [0, 164]).replace('</cellXfs>', '');
    const bytes = handWorkbook({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"><v>45107</v></c></row>') }], styles });
    expect(readAny(bytes, 'st.xlsx').sheets[0]!.cells[0]![1]!.value).toBe('2023-06-30');
    const e = failure(() => annotateWorkbookDetailed(bytes, marks, { fileName: 'st.xlsx' }));
    expect(e.part).toBe('xl/styles.xml');
    expect(e.message).toContain(
      'part xl/styles.xml is not well-formed XML at line 1 (</styleSheet> where </cellXfs> was expected), so it cannot be marked safely',
    );
  });

  it('a workbook without a styles part: the copy says it added one and touched the workbook relationships', () => {
    const result = annotateWorkbookDetailed(handWorkbook({ sheets: [{ name: 'S', xml: sheetXml(`<row r="1">${cell('A1', 7)}</row>`) }] }), marks, {
      fileName: 'ns.xlsx',
    });
    expect(result.warnings).toEqual([
      'ns.xlsx: the workbook had no styles part; the copy adds xl/styles.xml and a relationship to it in xl/_rels/workbook.xml.rels',
    ]);
    expect(result.changedParts).toContain('xl/_rels/workbook.xml.rels');
  });
});

describe('a cell the file cannot give', () => {
  const SST = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>增长15%</t></si></sst>';
  const sst = (ref: string, index: string) => `<c r="${ref}" t="s"><v>${index}</v></c>`;

  it('a shared string index past the table, negative or fractional marks the cell unreadable, not empty', () => {
    const xml = sheetXml(`<row r="1">${sst('A1', '0')}${sst('B1', '1')}${sst('C1', '-1')}${sst('D1', '0.5')}${sst('E1', '1e308')}</row>`);
    const read = readAny(handWorkbook({ sheets: [{ name: 'S', xml }], sharedStrings: SST }), 'sst.xlsx');
    const grid = read.sheets[0]!;
    expect(grid.cells[0]![0]).toMatchObject({ text: '增长15%' });
    expect(grid.cells[0]![0]!.unreadable).toBeUndefined();
    expect(grid.unreadable?.map((c) => [c.address, c.text, c.unreadable])).toEqual([
      ['B1', '', 'missing-shared-string'],
      ['C1', '', 'missing-shared-string'],
      ['D1', '', 'missing-shared-string'],
      ['E1', '', 'missing-shared-string'],
    ]);
    expect(read.warnings[0]).toBe('sst.xlsx: sheet "S" cell B1 points at a missing shared string; it cannot be read');
  });

  it('without its shared strings part every shared-string cell is unreadable', () => {
    const read = readAny(handWorkbook({ sheets: [{ name: 'S', xml: sheetXml(`<row r="1">${sst('A1', '0')}<c r="B1"><v>5</v></c></row>`) }] }), 'nosst.xlsx');
    expect(read.sheets[0]!.unreadable?.map((c) => c.address)).toEqual(['A1']);
    expect(read.sheets[0]!.cells[0]![1]).toMatchObject({ value: 5 });
  });

  it('a sound workbook has no unreadable cells', () => {
    const read = readAny(handWorkbook({ sheets: [{ name: 'S', xml: sheetXml(`<row r="1">${sst('A1', '0')}</row>`) }], sharedStrings: SST }), 'ok.xlsx');
    expect(read.sheets[0]!.unreadable).toBeUndefined();
  });
});
