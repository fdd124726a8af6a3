/**
 * `pnpm bench:addin`: the Excel add-in's host layer against the scripted Excel host
 * (addin/test/fake-excel.ts, Office.js batching semantics) and the web checker's code path, for
 * 10k and 100k-row sheets. Prints context.sync counts, request/response sizes and timings.
 *
 * Baseline, measured in the same run on the same marks: the straightforward way to colour the
 * cells (set one cell's fill, context.sync(), next cell). Every sync is a round trip to Excel
 * (tens of milliseconds on Excel on the web), so the sync count is the figure that matters and
 * the ratio of syncs is what holds across machines; the scripted host has no network, so its
 * times understate the baseline's real cost.
 *
 * The sheet is a 六安市 2023 indicator progress table whose rows cycle through the seeded
 * plan's targets, a third of them set below the plan, so reading, checking and marking all do
 * real work.
 */
import { performance } from 'node:perf_hooks';
import type { Plan } from '@mubiao/core';
import { seededPlan } from '@mubiao/seeds';
import { annotateWorkbook, readAny, writeWorkbook } from '@mubiao/xlsx';
import { FakeContext, FakeWorkbook } from '../../addin/test/fake-excel.ts';
import { ALL_CAPABILITIES, EXCEL_2016, EXCEL_365_UNDO, type Capabilities } from '../../addin/src/excel/capabilities.ts';
import { readSheetGrid } from '../../addin/src/excel/read.ts';
import { applyMarks, clearMarks } from '../../addin/src/excel/write.ts';
import { memoryStore } from '../../addin/src/excel/mark-state.ts';
import { runCheck } from '../../addin/src/shared/check.ts';
import { SEVERITY_COLOURS, marksFromReport, type CellMark } from '../../addin/src/shared/marks.ts';
import { progressRows } from './sheets.ts';

const SIZES = (process.argv[2] ?? '10000,100000').split(',').map(Number);

function fakeWorkbook(rows: (string | number)[][]): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('指标进度', rows);
  return wb;
}

function ms(t0: number): string {
  return `${(performance.now() - t0).toFixed(0)} ms`;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

async function benchHost(label: string, rows: (string | number)[][], caps: Capabilities, plan: Plan): Promise<void> {
  const wb = fakeWorkbook(rows);
  if (caps.payloadLimited) wb.payloadLimit = 5_000_000;
  let t0 = performance.now();
  const grid = await readSheetGrid(new FakeContext(wb) as unknown as Excel.RequestContext, '指标进度', caps);
  const readTime = ms(t0);
  const readSyncs = wb.syncs;
  const maxResponse = Math.max(...wb.responseBytes);

  t0 = performance.now();
  const report = runCheck([grid], [plan], { locale: 'zh-CN', asOf: '2023-09-30', plans: [plan] });
  const marks = marksFromReport(report, 'zh-CN');
  const checkTime = ms(t0);

  wb.syncs = 0;
  wb.requestBytes = [];
  const store = memoryStore();
  t0 = performance.now();
  const written = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, caps, store);
  const writeTime = ms(t0);
  const maxRequest = Math.max(...wb.requestBytes);
  // What settingsStore saves into the workbook (document settings hold about 2 MB).
  const recordBytes = store.saved ? new TextEncoder().encode(store.saved).length : 0;

  t0 = performance.now();
  const again = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, caps, store);
  const againTime = ms(t0);

  t0 = performance.now();
  const cleared = await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, caps, store);
  const clearTime = ms(t0);

  const baseline = await cellByCell(rows, marks);
  console.log(
    `  ${label.padEnd(22)} read ${readSyncs} syncs ${readTime} (max response ${mb(maxResponse)}) · check ${checkTime}, ${report.findings.length} findings on ${marks.length} cells` +
      ` · write ${written.syncs} syncs/${written.chunks} chunks ${writeTime} (max request ${mb(maxRequest)}; ${written.overlays} overlays, ${written.notes} notes, ${written.comments} comments, ${written.fills} fills; record ${mb(recordBytes)}${written.overRecordLimit ? `, ${written.overRecordLimit} marks over its limit` : ''})` +
      ` · re-validate ${again.syncs} syncs ${againTime} · clear ${cleared.syncs} syncs ${clearTime}`,
  );
  console.log(
    `  ${''.padEnd(22)} baseline, cell by cell: ${baseline.syncs} syncs ${baseline.time} → Mubiao's write uses ` +
      `${((written.syncs / baseline.syncs) * 100).toFixed(3)}% of the baseline's syncs`,
  );
}

/** The baseline writer: one fill and one context.sync() per marked cell, no batching. */
async function cellByCell(rows: (string | number)[][], marks: readonly CellMark[]): Promise<{ syncs: number; time: string }> {
  const wb = fakeWorkbook(rows);
  const context = new FakeContext(wb) as unknown as Excel.RequestContext;
  const t0 = performance.now();
  for (const mark of marks) {
    context.workbook.worksheets.getItem(mark.sheet).getRange(mark.cell).format.fill.color = SEVERITY_COLOURS[mark.severity].fill;
    await context.sync();
  }
  return { syncs: wb.syncs, time: ms(t0) };
}

function benchWeb(rows: (string | number)[][], plan: Plan): void {
  const bytes = writeWorkbook([{ name: '指标进度', rows }]);
  let t0 = performance.now();
  const read = readAny(bytes, 'progress.xlsx');
  const readTime = ms(t0);
  t0 = performance.now();
  const report = runCheck(read.sheets, [plan], { locale: 'zh-CN', asOf: '2023-09-30', plans: [plan] });
  const marks = marksFromReport(report, 'zh-CN');
  const checkTime = ms(t0);
  t0 = performance.now();
  const annotated = annotateWorkbook(bytes, marks, { fileName: 'progress.xlsx' });
  const annotateTime = ms(t0);
  console.log(
    `  ${'web checker'.padEnd(22)} file ${mb(bytes.length)} · read ${readTime} · check ${checkTime}, ${marks.length} cells marked · annotated copy ${annotateTime} (${mb(annotated.length)})`,
  );
}

async function main(): Promise<void> {
  const plan = seededPlan('luan-2023');
  if (!plan) throw new Error('seeded plan luan-2023 is missing');
  console.log(`Mubiao add-in benchmark (scripted Excel host; Node ${process.version})`);
  for (const size of SIZES) {
    const rows = progressRows(plan, size);
    console.log(`\n${size.toLocaleString('en-US')} data rows × 6 columns`);
    await benchHost('desktop (ExcelApi 1.20)', rows, EXCEL_365_UNDO, plan);
    await benchHost('desktop (ExcelApi 1.18)', rows, ALL_CAPABILITIES, plan);
    await benchHost('Excel on the web (1.20)', rows, { ...EXCEL_365_UNDO, payloadLimited: true }, plan);
    await benchHost('Excel on the web (5 MB)', rows, { ...ALL_CAPABILITIES, payloadLimited: true }, plan);
    await benchHost('Office 2016 (1.1)', rows, EXCEL_2016, plan);
    benchWeb(rows, plan);
  }
}

main().catch((error: unknown) => {
  console.error(`bench:addin: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
