import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as browserEntry from '../src/index.ts';
import { readWorkbook as readWithFflate } from '../src/index.ts';
import * as nodeEntry from '../src/node.ts';
import { annotateWorkbookDetailed, nodeInflate, openZip, readEntry, readWorkbook, readWorkbookFile, writeAnnotatedCopy, writeWorkbook } from '../src/node.ts';
import { breakChecksum, centralOffset } from './zip-surgery.ts';

const dir = await mkdtemp(join(tmpdir(), 'mubiao-xlsx-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
const input = join(dir, '分解表.xlsx');
await writeFile(
  input,
  writeWorkbook([
    {
      name: '表',
      rows: [
        ['指标', '目标'],
        ['技改投资', '增长15%以上'],
      ],
    },
  ]),
);
const marks = [{ sheet: '表', cell: 'B2', severity: 'error' as const, note: '低于计划 20%以上' }];

describe('node helpers', () => {
  it('reads a workbook file, and names missing files clearly', async () => {
    const r = await readWorkbookFile(input);
    expect(r.sheets[0]!.cells[1]![1]!.text).toBe('增长15%以上');
    await expect(readWorkbookFile(join(dir, 'nope.xlsx'))).rejects.toThrow(/nope\.xlsx: no such file$/);
    await expect(readWorkbookFile(dir)).rejects.toThrow(/is a folder, not a workbook/);
  });

  it("deflates with Node's zlib: the parts it rewrites hold the same bytes as fflate's copy, the others are the input's stored bytes", async () => {
    const out = join(dir, 'zlib.checked.xlsx');
    const written = await writeAnnotatedCopy(input, out, marks);
    const bytes = new Uint8Array(await readFile(input));
    const copy = new Uint8Array(await readFile(out));
    const fflate = annotateWorkbookDetailed(bytes, marks);
    expect(written.changedParts).toEqual(fflate.changedParts);
    const [a, b, original] = [openZip(copy, 'a'), openZip(fflate.bytes, 'b'), openZip(bytes, 'in')];
    expect(a.entries.map((e) => e.name)).toEqual(b.entries.map((e) => e.name));
    for (const entry of a.entries) {
      const other = b.byName.get(entry.name)!;
      expect(Buffer.compare(readEntry(a, entry), readEntry(b, other)), entry.name).toBe(0);
      const input = original.byName.get(entry.name);
      if (input && !written.changedParts.includes(entry.name)) {
        const stored = (z: typeof a, e: typeof entry) => z.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
        expect(Buffer.compare(stored(a, entry), stored(original, input)), entry.name).toBe(0);
      }
    }
    expect(a.warnings).toEqual([]);
  });

  it("inflates with Node's zlib when reading: the same grids, warnings and errors as fflate's, damaged parts included", async () => {
    const sheet = 'xl/worksheets/sheet1.xml';
    const rows = [['指标', '目标'], ...Array.from({ length: 3000 }, (_, i) => [`指标${i}`, `增长${i % 40}%以上`])];
    const good = writeWorkbook([{ name: '表', rows }]);
    /** The entry's declared size set to `size` (central record and local header), its data left as it is. */
    const declare = (bytes: Uint8Array, name: string, size: (was: number) => number) => {
      const out = bytes.slice();
      const view = new DataView(out.buffer);
      const central = centralOffset(out, name);
      const local = view.getUint32(central + 42, true);
      const was = view.getUint32(central + 24, true);
      view.setUint32(central + 24, size(was), true);
      view.setUint32(local + 22, size(was), true);
      return out;
    };
    const entry = openZip(good, 'x.xlsx').byName.get(sheet)!;
    /** The entry's deflate stream cut to its first `keep` bytes (declared sizes kept). */
    const cut = (keep: number) => {
      const out = good.slice();
      out.fill(0, entry.dataStart + keep, entry.dataStart + entry.compressedSize);
      return out;
    };
    const cases: [string, Uint8Array][] = [
      ['whole', good],
      ['declared smaller', declare(good, sheet, (n) => n - 1000)],
      ['declared larger', declare(good, sheet, (n) => n + 1000)],
      ['declared empty', declare(good, sheet, () => 0)],
      ['failing its checksum', breakChecksum(good, sheet)],
      ['its deflate cut short', cut(entry.compressedSize >> 1)],
    ];
    for (const [label, bytes] of cases) {
      const outcome = (read: typeof readWorkbook) => {
        try {
          const r = read(bytes, { fileName: 'x.xlsx' });
          return { texts: r.sheets.map((g) => g.cells.map((row) => Array.from(row, (c) => c?.text ?? ''))), warnings: r.warnings };
        } catch (error) {
          return { error: (error as Error).message };
        }
      };
      expect(outcome(readWorkbook), label).toEqual(outcome(readWithFflate));
    }
    expect(readWorkbook(good, { fileName: 'x.xlsx' }).sheets[0]!.cells[3000]!.map((c) => c?.text)).toEqual(['指标2999', '增长39%以上']);
    // Past the declared size it throws (fflate's bounded inflate then decides); within it, the bytes.
    const raw = good.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    expect(() => nodeInflate(raw, entry.size - 1)).toThrow();
    expect(Buffer.compare(nodeInflate(raw, entry.size), readEntry(openZip(good, 'x.xlsx'), entry))).toBe(0);
  });

  it("binds every reader of the browser entry that unpacks a zip to Node's zlib, in one place", () => {
    // Functions of the browser entry that unpack no zip entry. A function added to the browser
    // entry must be put here or be bound in host-inflate.ts: otherwise this test fails, so a new
    // reader cannot quietly read with fflate in Node.
    const unpackNothing = new Set([
      'readCsv',
      'readCsvDetailed',
      'sniffDelimiter',
      'sheetNameFor',
      'readLimits',
      'overLimit',
      'unpackedBudget',
      'mergeMarks',
      'writeWorkbook',
      'detectLegacyFormat', // reads the zip directory and a stored mimetype only
      'convertedCopy',
      'excelSheetNames',
      'WorkbookError',
      'isWorkbookError',
      'classifyFormat',
      'formatNumber',
      'formatGeneral',
      'formatWithCode',
      'serialToDate',
      'readEntry', // unpacks with the inflate its ZipArchive carries (the Node entry's openZip gives zlib's)
      'isZip',
      'isCfb',
      'listCfbNames',
    ]);
    const functions = Object.entries(browserEntry).filter(([, value]) => typeof value === 'function');
    const unbound = functions
      .filter(([name, value]) => !unpackNothing.has(name) && (nodeEntry as Record<string, unknown>)[name] === value)
      .map(([name]) => name);
    expect(unbound).toEqual([]);
    const bound = functions.filter(([name]) => !unpackNothing.has(name)).map(([name]) => name);
    expect(bound.sort()).toEqual(
      ['annotateWorkbook', 'annotateWorkbookDetailed', 'clearAnnotations', 'openZip', 'readAny', 'readLegacy', 'readSpreadsheet', 'readWorkbook'].sort(),
    );
    expect(nodeEntry.openZip(writeWorkbook([{ name: '表', rows: [['a']] }]), 'x.xlsx').inflate).toBe(nodeInflate);
    expect(browserEntry.openZip(writeWorkbook([{ name: '表', rows: [['a']] }]), 'x.xlsx').inflate).toBeUndefined();
  });

  it('writes an annotated copy and leaves the input untouched', async () => {
    const before = await readFile(input);
    const out = join(dir, '分解表.checked.xlsx');
    const result = await writeAnnotatedCopy(input, out, marks);
    expect(result.markedCells).toBe(1);
    expect(Buffer.compare(await readFile(input), before)).toBe(0);
    const reread = await readWorkbookFile(out);
    expect(reread.sheets[0]!.cells[1]![1]!.text).toBe('增长15%以上');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write over the input, however it is spelled', async () => {
    await expect(writeAnnotatedCopy(input, input, marks)).rejects.toMatchObject({ code: 'same-file' });
    await expect(writeAnnotatedCopy(input, join(dir, '.', '分解表.xlsx'), marks, { overwrite: true })).rejects.toMatchObject({ code: 'same-file' });
    const link = join(dir, 'link.xlsx');
    await symlink(input, link);
    await expect(writeAnnotatedCopy(input, link, marks, { overwrite: true })).rejects.toMatchObject({ code: 'same-file' });
  });

  it('refuses an existing output unless overwrite is set', async () => {
    const out = join(dir, 'exists.xlsx');
    await writeFile(out, 'keep me');
    await expect(writeAnnotatedCopy(input, out, marks)).rejects.toThrow(/exists\.xlsx already exists; choose another name or allow overwriting/);
    expect(await readFile(out, 'utf8')).toBe('keep me');
    await writeAnnotatedCopy(input, out, marks, { overwrite: true });
    expect((await readWorkbookFile(out)).format).toBe('xlsx');
  });

  it('does not create an output when the input is unreadable', async () => {
    const bad = join(dir, 'bad.xlsx');
    await writeFile(bad, 'PK\u0003\u0004 not really');
    const out = join(dir, 'bad.out.xlsx');
    await expect(writeAnnotatedCopy(bad, out, marks)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readFile(out)).rejects.toThrow();
    await expect(writeAnnotatedCopy(input, join(dir, 'no-such-dir', 'o.xlsx'), marks)).rejects.toThrow(/does not exist/);
  });
});
