/**
 * Annotate benchmark: the annotated copy `mubiao check --annotate` writes, on a 100k-row task
 * sheet and on a 45 MB workbook (three checked sheets of 250,000 rows in all, and 40 MB of
 * images), with the marks the check of each gives against the seeded 六安市 2023 plan.
 *
 * For each it prints the CPU time of `annotateWorkbookDetailed` with fflate's deflate (what the
 * CLI used before: "fflate") and with Node's zlib (what `writeAnnotatedCopy` uses now: "zlib"),
 * both in this run, and beside them ExcelJS 4.4 loading the same file, filling the same cells and
 * writing it, and SheetJS (@e965/xlsx 0.20.3) reading and writing it (it cannot write fills: its
 * figure is a floor). It checks that every part the copy does not rewrite is byte-identical.
 *
 *   pnpm bench:annotate [--repeat N] [--skip-peers]
 *
 * Timings are CPU (user + system), median of N runs (default 3); the test suite asserts none.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cellMarks, checkWorkbook } from '@mubiao/core';
import { seededPlan } from '@mubiao/seeds';
import { annotateWorkbookDetailed, openZip, readWorkbook, writeWorkbook, type DeflateRaw } from '@mubiao/xlsx';
import { nodeDeflate } from '@mubiao/xlsx/node';
import { rewriteZip, type NewEntry } from '@mubiao/xlsx/zip';
import XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { indicatorSheet, tasksSheet } from './sheets.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const repeat = Number(option('--repeat')) || 3;
const skipPeers = args.includes('--skip-peers');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const cpu = <T>(fn: () => T): [T, number] => {
  gc();
  const c = process.cpuUsage();
  const value = fn();
  const u = process.cpuUsage(c);
  return [value, (u.user + u.system) / 1000];
};
const cpuAsync = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  gc();
  const c = process.cpuUsage();
  const value = await fn();
  const u = process.cpuUsage(c);
  return [value, (u.user + u.system) / 1000];
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The three sheets and 40 MB of incompressible images, stored: a 45 MB workbook as offices send them. */
function bigWorkbook(): Uint8Array {
  const base = writeWorkbook([
    { ...tasksSheet(100_000), name: '重点任务分解表' },
    { ...indicatorSheet(100_000), name: '指标完成情况' },
    { ...tasksSheet(50_000), name: '重点任务分解表2' },
  ]);
  let seed = 1;
  const images = Array.from({ length: 8 }, (_, i) => {
    const data = new Uint8Array(5 * 1048576);
    for (let j = 0; j < data.length; j++) data[j] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    return { name: `xl/media/image${i + 1}.png`, data };
  });
  return withStoredEntries(base, images);
}

/** The archive with the images appended, stored: a deflate that returns its input leaves an entry stored (method 0). */
function withStoredEntries(base: Uint8Array, added: NewEntry[]): Uint8Array {
  return rewriteZip(openZip(base, 'base.xlsx'), new Map(), added, (data) => data);
}

/** Every entry the copy did not rewrite has the same compressed bytes as in the input. */
function unchangedIdentical(input: Uint8Array, output: Uint8Array, changed: readonly string[]): boolean {
  const a = openZip(input, 'in.xlsx');
  const b = openZip(output, 'out.xlsx');
  for (const entry of a.entries) {
    if (changed.includes(entry.name)) continue;
    const other = b.byName.get(entry.name);
    if (!other) return false;
    const x = input.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const y = output.subarray(other.dataStart, other.dataStart + other.compressedSize);
    if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
  }
  return true;
}

async function exceljsAnnotate(bytes: Uint8Array, cells: { sheet: string; address: string }[]): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  for (const { sheet, address } of cells) {
    const cell = workbook.getWorksheet(sheet)?.getCell(address);
    if (cell) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
  }
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

function sheetjsRoundTrip(bytes: Uint8Array): number {
  const workbook = XLSX.read(bytes);
  return (XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer).length;
}

async function main(): Promise<void> {
  const plan = seededPlan('luan-2023');
  if (!plan) throw new Error('seeded plan luan-2023 is missing');
  const workbooks: [string, Uint8Array][] = [
    ['tasks 100k rows', writeWorkbook([tasksSheet(100_000)])],
    ['45 MB workbook', bigWorkbook()],
  ];
  console.log(`annotate benchmark · Node ${process.version} · plan luan-2023 · ${repeat} runs, median CPU ms\n`);
  const lines: string[][] = [];
  for (const [label, bytes] of workbooks) {
    const report = checkWorkbook(readWorkbook(bytes, { fileName: 'x.xlsx' }).sheets, [plan], { asOf: '2023-09-30' });
    const marks = cellMarks(report);
    const times: Record<string, number[]> = { fflate: [], zlib: [] };
    let identical = true;
    let changed = 0;
    let outBytes: Record<string, number> = {};
    for (let r = 0; r < repeat; r++) {
      for (const [name, deflate] of [
        ['fflate', undefined],
        ['zlib', nodeDeflate],
      ] as [string, DeflateRaw | undefined][]) {
        const [result, ms] = cpu(() => annotateWorkbookDetailed(bytes, marks, { fileName: 'x.xlsx', ...(deflate ? { deflate } : {}) }));
        times[name]!.push(ms);
        outBytes = { ...outBytes, [name]: result.bytes.length };
        changed = result.changedParts.length;
        if (r === 0) identical &&= unchangedIdentical(bytes, result.bytes, result.changedParts);
      }
      console.error(`${label}: run ${r + 1}: fflate ${times.fflate!.at(-1)!.toFixed(0)} ms, zlib ${times.zlib!.at(-1)!.toFixed(0)} ms`);
    }
    let exceljs = '—';
    let sheetjs = '—';
    if (!skipPeers) {
      const cells = marks.map((m) => ({ sheet: m.sheet, address: m.cell }));
      exceljs = (await cpuAsync(() => exceljsAnnotate(bytes, cells)))[1].toFixed(0);
      sheetjs = cpu(() => sheetjsRoundTrip(bytes))[1].toFixed(0);
    }
    const before = median(times.fflate!);
    const after = median(times.zlib!);
    lines.push([
      label,
      mb(bytes.length),
      marks.length.toLocaleString('en-US'),
      String(changed),
      before.toFixed(0),
      after.toFixed(0),
      `${(before / after).toFixed(2)}×`,
      `${mb(outBytes.fflate!)} / ${mb(outBytes.zlib!)}`,
      identical ? 'yes' : 'NO',
      exceljs,
      sheetjs,
    ]);
  }
  const header = [
    'workbook',
    'size',
    'marks',
    'parts rewritten',
    'fflate cpu',
    'zlib cpu',
    'speed-up',
    'copy (fflate / zlib)',
    'others identical',
    'exceljs cpu',
    'sheetjs cpu',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log([row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n'));
  console.log(
    '\n"fflate": annotateWorkbookDetailed with fflate\'s deflate (level 6), as `mubiao check --annotate` ran before;\n' +
      '"zlib": with Node\'s zlib at the same level, as writeAnnotatedCopy runs now. "others identical": every part not\n' +
      'rewritten has the input\'s compressed bytes. "exceljs cpu": ExcelJS 4.4 loading the file, filling the same cells and\n' +
      'writing it; "sheetjs cpu": SheetJS reading and writing it (no fills: a floor), once each.',
  );
}

await main();
