import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { convertedCopy } from '../src/converted-copy.ts';
import { readCsvDetailed as readCsv, readCsv as readCsvGrid, sniffDelimiter } from '../src/csv.ts';
import { readAny } from '../src/read-workbook.ts';
import { writeWorkbook, type WritableCell, type WritableValue } from '../src/write-workbook.ts';

const texts = (r: ReturnType<typeof readCsv>) => r.grid.cells.map((row) => Array.from(row, (c) => c?.text ?? ''));

describe('readCsv', () => {
  it('reads RFC 4180 quoting: commas, quotes and line breaks inside fields', () => {
    const r = readCsv('序号,重点任务,内容和要求\r\n1,"技改, 投资","增长""20%""以上\n（经信局）"\r\n2,新增企业,150户\r\n', { fileName: '分解表.csv' });
    expect(texts(r)).toEqual([
      ['序号', '重点任务', '内容和要求'],
      ['1', '技改, 投资', '增长"20%"以上\n（经信局）'],
      ['2', '新增企业', '150户'],
    ]);
    expect(r.grid).toMatchObject({ sheet: '分解表', rowCount: 3, colCount: 3 });
    expect(r.grid.cells[1]![2]).toMatchObject({ address: 'C2', row: 1, col: 2 });
  });

  it('readCsv returns the Grid itself', () => {
    expect(readCsvGrid('a,b\n1,2', { fileName: 'dir/进度.csv' })).toMatchObject({ sheet: '进度', rowCount: 2, colCount: 2 });
  });

  it('keeps values as typed text (no silent conversion of 15% or 0012)', () => {
    const r = readCsv('a,b\n15%,0012', { fileName: 'x.csv' });
    expect(r.grid.cells[1]![0]!.value).toBe('15%');
    expect(r.grid.cells[1]![1]!.value).toBe('0012');
  });

  it('strips a UTF-8 BOM and decodes GB18030 and UTF-16', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('指标,值\n技改,20')]);
    expect(readCsv(utf8, { fileName: 'u.csv' })).toMatchObject({ encoding: 'utf-8' });
    expect(texts(readCsv(utf8, { fileName: 'u.csv' }))[0]).toEqual(['指标', '值']);
    // "指标,值" in GBK.
    const gbk = new Uint8Array([0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xd6, 0xb5]);
    const g = readCsv(gbk, { fileName: 'g.csv' });
    expect(g.encoding).toBe('gb18030');
    expect(texts(g)).toEqual([['指标', '值']]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('a\tb', (ch) => [ch.charCodeAt(0), 0]).flat()]);
    expect(texts(readCsv(utf16, { fileName: 'w.csv' }))).toEqual([['a', 'b']]);
  });

  it('sniffs comma, tab and semicolon', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
    expect(sniffDelimiter('a,b\n"x;y",2\n')).toBe(',');
    expect(readCsv('指标;目标\n技改;20%', { fileName: 's.csv' }).delimiter).toBe(';');
  });

  it('warns about an unclosed quote instead of failing', () => {
    const r = readCsv('a,"b\nc,d', { fileName: 'q.csv' });
    expect(r.warnings[0]).toBe('q.csv: a quoted field starting on line 1 is never closed; read to the end of the file');
  });

  it('an empty file is an empty grid; binary junk is refused', () => {
    expect(readCsv('', { fileName: 'e.csv' }).grid.rowCount).toBe(0);
    expect(() => readCsv(new Uint8Array([1, 2, 0, 4]), { fileName: 'b.csv' })).toThrow('b.csv is not a workbook');
  });

  it('reads what Excel opens: UTF-16 without a BOM, and a stray NUL noted on its cell', () => {
    const csv = '金安区2023年工业经济指标目标分解表\r\n指标,目标值,1-6月完成值\r\n技改投资增长（%）,15,8\r\n';
    const le = new Uint8Array(Array.from(csv, (ch) => [ch.charCodeAt(0) & 255, ch.charCodeAt(0) >> 8]).flat());
    const r = readCsv(le, { fileName: 'w.csv' });
    expect(r.encoding).toBe('utf-16le');
    expect(texts(r)[2]).toEqual(['技改投资增长（%）', '15', '8']);
    const nul = readCsv(new TextEncoder().encode(csv.replace('15', '1\u00005').replace('8\r', '\u0000\r')), { fileName: 'n.csv' });
    expect(texts(nul)[2]).toEqual(['技改投资增长（%）', '15']);
    expect(nul.warnings).toEqual(['n.csv: NUL bytes (zero bytes, not characters) were left out of cells B3, C3; check them']);
  });

  it('refuses binary files that are not text: an .xlsx, a PNG, random bytes', () => {
    let seed = 11;
    const random = Uint8Array.from({ length: 8192 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    // A PNG's signature and IHDR chunk start, then noise.
    const png = new Uint8Array([...Buffer.from('89504e470d0a1a0a0000000d4948445200000100000000800806000000', 'hex'), ...random]);
    const xlsx = writeWorkbook([
      {
        name: 'S',
        rows: [
          ['指标', '目标值'],
          ['技改投资增长（%）', 15],
        ],
      },
    ]);
    for (const [name, bytes] of [
      ['x.csv', xlsx],
      ['p.csv', png],
      ['r.csv', random],
    ] as const) {
      expect(() => readCsv(bytes, { fileName: name })).toThrow(`${name} is not a workbook (binary data that is neither .xlsx nor text)`);
    }
  });

  it('names UTF-16 with half a character and its line, not "not UTF-8 or GB18030"', () => {
    const units = Array.from('指标,目标值\n技改,\ud80015\n', (ch) => ch.charCodeAt(0));
    const bytes = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 255, u >> 8])]);
    expect(() => readCsv(bytes, { fileName: 'h.csv' })).toThrow(
      'h.csv is UTF-16LE text with a broken character (half of a surrogate pair) on line 2; save it as "CSV UTF-8" and try again',
    );
  });

  it('reads a field longer than a cell holds as its first 32,767 characters, with a note, and its copy is refused', () => {
    const long = '技改投资增长15%以上。' + 'x'.repeat(40_000);
    const quoted = '"' + '说""明'.repeat(12_000) + '\n"tail';
    const r = readCsv(`a,${long},c\n${quoted},d\n"unclosed\n`, { fileName: 'l.csv' });
    const b1 = r.grid.cells[0]![1]!;
    expect(b1).toMatchObject({ address: 'B1', value: long.slice(0, 32_767), text: long.slice(0, 32_767), fullLength: 40_012 });
    expect(r.grid.cells[0]![2]!.text).toBe('c');
    // Escaped quotes count once; what follows the closing quote is part of the field.
    const unquoted = '说"明'.repeat(12_000) + '\ntail';
    expect(r.grid.cells[1]![0]).toMatchObject({ text: unquoted.slice(0, 32_767), fullLength: unquoted.length });
    expect(r.grid.cells[1]![1]!.text).toBe('d');
    expect(r.warnings).toEqual([
      // Lines are still counted through the long quoted field.
      'l.csv: a quoted field starting on line 4 is never closed; read to the end of the file',
      'l.csv: only the first 32,767 characters (what an Excel cell holds) of B1 (40,012 characters), A2 (36,005 characters) were read',
    ]);
    // A field of exactly 32,767 characters is whole; a pair of surrogates is never cut in half.
    expect(readCsv('y'.repeat(32_767), { fileName: 'e.csv' }).grid.cells[0]![0]).not.toHaveProperty('fullLength');
    const emoji = readCsv('y'.repeat(32_766) + '😀', { fileName: 'p.csv' }).grid.cells[0]![0]!;
    expect([emoji.text, emoji.fullLength]).toEqual(['y'.repeat(32_766), 32_768]);
    expect(() => convertedCopy({ sheets: [r.grid] }, [], 'l.csv')).toThrow(
      'cell B1 of sheet "l" holds 40,012 characters, more than the 32,767 an .xlsx cell holds, so it cannot be written to an .xlsx file',
    );
  });

  it('is what readAny returns for text files', () => {
    const r = readAny(new TextEncoder().encode('县区,目标值\n金安区,15'), '进度.csv');
    expect(r.format).toBe('csv');
    expect(r.sheets[0]!.cells[1]![1]!.text).toBe('15');
  });
});

describe('readCsv round trip', () => {
  it('reads back any table written with RFC 4180 quoting', async () => {
    const fc = (await import('fast-check')).default;
    const field = fc.string({ unit: fc.constantFrom('a', '指', ',', '"', '\n', '\r\n', ';', '\t', ' ', '1', '%'), maxLength: 8 });
    const quote = (f: string) => (/[",\n\r]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (table, eol) => {
        const width = table[0]!.length;
        const rows = table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
        const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
        const grid = readCsvGrid(text, { fileName: 'p.csv', delimiter: ',' });
        const back = rows.map((_, r) => Array.from({ length: width }, (_, c) => grid.cells[r]?.[c]?.value ?? ''));
        expect(back).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readCsv and its copy: size', () => {
  // A CSV of one short field a line: a million lines once held 280 B each in the grid (every row
  // array grown from empty reserves 17 slots) and the copy built every row twice more as strings.
  const lines = (n: number) => new TextEncoder().encode('a\n'.repeat(n));

  it('reads and copies n and 4n one-character lines in time linear in their count', () => {
    const cpu = (bytes: Uint8Array) => {
      const started = process.cpuUsage();
      const read = readCsv(bytes, { fileName: 'lines.csv' });
      convertedCopy({ sheets: [read.grid] }, [], 'lines.csv');
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    };
    const small = lines(25_000);
    const large = lines(100_000);
    cpu(small); // warm up the compiled code
    // The best of three at each size (and a few ms at least: a timer tick is no growth). Linear is ~4×, quadratic ~16×.
    const best = (bytes: Uint8Array) => Math.min(cpu(bytes), cpu(bytes), cpu(bytes));
    expect(best(large) / Math.max(5, best(small))).toBeLessThan(10);
  }, 60_000);

  it('holds a one-character line in under 200 bytes of heap', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const bytes = lines(200_000);
    gc();
    const before = process.memoryUsage().heapUsed;
    const read = readCsv(bytes, { fileName: 'lines.csv' });
    gc();
    const perLine = (process.memoryUsage().heapUsed - before) / read.grid.rowCount;
    expect(read.grid.rowCount).toBe(200_000);
    expect(perLine).toBeLessThan(200);
  }, 60_000);

  it('writes rows made one at a time as it writes the same rows given as arrays', () => {
    const rows: (WritableValue | WritableCell)[][] = [['序号', '指标'], [], [1, { value: 0.2, numFmt: '0%' }], [null, '=HYPERLINK("x")']];
    expect(writeWorkbook([{ name: 'S', rows: { count: rows.length, row: (r) => rows[r] } }])).toEqual(writeWorkbook([{ name: 'S', rows }]));
  });
});

describe('readCsv decodes and parses a piece at a time', () => {
  const utf16 = (text: string, le: boolean, bom: boolean) => {
    const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
    if (bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0, at = bom ? 2 : 0; i < text.length; i++, at += 2) {
      const c = text.charCodeAt(i);
      out[le ? at : at + 1] = c & 0xff;
      out[le ? at + 1 : at] = c >> 8;
    }
    return out;
  };
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const gbk = (bytes: number[]) => new Uint8Array(bytes);
  const csv = '序号,重点任务,内容\r\n1,"技改, ""投资""\r\n增长20%以上"x,😀\r2,\u0000新增,150户\n3,"never closed\n,';
  const cases: [string, Uint8Array][] = [
    ['UTF-8', utf8(csv)],
    ['UTF-8 with BOM', utf8(`\ufeff${csv}`)],
    ['UTF-16LE with BOM', utf16(csv, true, true)],
    ['UTF-16BE with BOM', utf16(csv, false, true)],
    ['UTF-16LE without BOM', utf16(csv, true, false)],
    ['UTF-16 cut in half a character', utf16(csv, true, true).subarray(0, 41)],
    ['GB18030 (指标,目标)', gbk([0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xc4, 0xbf, 0xb1, 0xea, 0x0a, 0x31, 0x2c, 0x32])],
    ['UTF-8 then a GBK line', new Uint8Array([...utf8('指标,目标\n1,2\n'), 0xd6, 0xb8, 0xb1, 0xea])],
    ['ASCII then GB18030 past the first pieces', new Uint8Array([...utf8('a,b\n'.repeat(50)), 0xd6, 0xb8, 0xb1, 0xea])],
  ];
  const outcome = (bytes: Uint8Array, pieceBytes?: number) => {
    try {
      return readCsv(bytes, { fileName: 'x.csv', ...(pieceBytes ? { pieceBytes } : {}) });
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('reads the same wherever the pieces are cut: quotes, escaped quotes, \\r\\n, surrogate pairs, BOMs, encodings told late', () => {
    for (const [label, bytes] of cases) {
      const whole = outcome(bytes);
      for (const pieceBytes of [1, 2, 3, 5, 8]) expect(outcome(bytes, pieceBytes), `${label}, ${pieceBytes}-byte pieces`).toEqual(whole);
    }
    const gb = outcome(cases[8]![1], 4);
    expect(typeof gb !== 'string' && gb.encoding).toBe('gb18030');
    expect(outcome(cases[5]![1])).toMatch(/^x\.csv is UTF-16LE text with a broken character/);
    // Its UTF-8 lines read as GB18030 too, so the whole file is GB18030, as when it was decoded whole.
    expect(outcome(cases[7]![1], 3)).toMatchObject({ encoding: 'gb18030' });
  });
});
