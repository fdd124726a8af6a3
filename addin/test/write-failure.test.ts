/**
 * Issue 18, item 7 — the task pane loses nothing. A pass whose write fails part way (a sync that
 * throws after N operations, a format call that throws) is taken back at once, leaving every cell
 * as the user had it; and when taking it back fails too (the connection stays down), the error
 * says batch by batch what is in the workbook, and Clear, once Excel answers again, restores
 * every touched cell's fill, note and comment exactly. Checked for every N on every kind of host.
 */
import { describe, expect, it } from 'vitest';
import { FakeContext, FakeWorkbook, fakeOffice, type InjectedFailure } from './fake-excel.ts';
import { applyMarks, clearMarks, OVERLAY_FORMULA, type WriteOptions } from '../src/excel/write.ts';
import { ALL_CAPABILITIES, EXCEL_2016, EXCEL_365_UNDO, type Capabilities } from '../src/excel/capabilities.ts';
import { memoryStore, type MarkStore } from '../src/excel/mark-state.ts';
import { NOTE_MARKER } from '../src/excel/write.ts';
import { excelHost } from '../src/taskpane/excel-host.ts';
import { HostError } from '../src/excel/errors.ts';
import type { CellMark } from '../src/shared/marks.ts';

const GREEN = '#00B050';
const BLUE = '#0070C0';
const FINDINGS = { name: 'Mubiao 校验结果', header: ['工作表', '单元格', '说明'], rows: [['任务分解', 'C2', '低于计划目标']] };

/** The user's workbook: their own fills, note, comment and conditional format on cells we mark. */
function userWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet('任务分解', [
    ['序号', '任务', '目标要求', '责任单位'],
    ['一', '工业投资', '同比增长 18%', '区发改委'],
    ['二', '规上工业产值', '突破 300 亿元', '区经信局'],
    ['三', '高新技术企业', '新认定 25 家', '区科技局'],
    ['四', '招商引资', '签约项目 40 个', '区投促中心'],
    ['五', '社会消费品零售总额', '增长 7%', '区商务局'],
  ]);
  sheet.cell(1, 2)!.fill = GREEN;
  sheet.cell(3, 2)!.fill = BLUE;
  sheet.notes.set('D2', '用户自己的备注');
  sheet.conditionalFormats.push({
    id: 'user-cf',
    areas: [{ top: 1, bottom: 5, left: 0, right: 0 }],
    type: 'Custom',
    formula: '=A2>3',
    fill: '#C6EFCE',
    font: null,
    priority: 0,
  });
  wb.comments.push({ id: 'user-comment', sheet: '任务分解', cell: 'D3', content: '请核实' });
  wb.addSheet('进度', [
    ['指标', '目标值'],
    ['技改投资', 15],
  ]);
  return wb;
}

const note = (text: string): string => `${text}：低于六安市 2023 年计划的要求，请核对后修改。`;
/** A first pass, then a second with other cells, other severities, the user's comment and fill in the way. */
const FIRST: CellMark[] = [
  { sheet: '任务分解', cell: 'C2', severity: 'error', note: note('技改投资') },
  { sheet: '任务分解', cell: 'C3', severity: 'error', note: note('工业增加值') },
  { sheet: '任务分解', cell: 'D2', severity: 'warning', note: note('牵头单位') },
  { sheet: '任务分解', cell: 'B5', severity: 'info', note: note('无对应目标') },
  { sheet: '进度', cell: 'B2', severity: 'error', note: note('进度') },
];
const SECOND: CellMark[] = [
  { sheet: '任务分解', cell: 'C2', severity: 'warning', note: note('技改投资（复核）') },
  { sheet: '任务分解', cell: 'C4', severity: 'error', note: note('研发投入') },
  { sheet: '任务分解', cell: 'C5', severity: 'error', note: note('新增企业') },
  { sheet: '任务分解', cell: 'D3', severity: 'error', note: note('牵头单位') },
  { sheet: '进度', cell: 'B2', severity: 'info', note: note('进度') },
];

interface Host {
  label: string;
  caps: Capabilities;
  options?: WriteOptions;
}

const HOSTS: Host[] = [
  { label: 'desktop ExcelApi 1.18 (overlays, notes)', caps: ALL_CAPABILITIES },
  { label: 'ExcelApi 1.10 (comments)', caps: { ...ALL_CAPABILITIES, notes: false } },
  { label: 'Office 2016 (fills)', caps: EXCEL_2016 },
  // Small requests, so a pass is several chunks (several syncs) as on a large sheet.
  { label: 'Excel on the web (chunked)', caps: { ...ALL_CAPABILITIES, payloadLimited: true }, options: { payloadBytes: 1_500 } },
  { label: 'desktop ExcelApi 1.20 (one undo step, no record)', caps: EXCEL_365_UNDO },
];

const ctx = (wb: FakeWorkbook): Excel.RequestContext => new FakeContext(wb) as unknown as Excel.RequestContext;
const state = (wb: FakeWorkbook): string => JSON.stringify(wb.snapshot());

interface Scenario {
  host: Host;
  /** A pass before the one that fails (its marks are replaced by it). */
  before: CellMark[] | null;
  marks: CellMark[];
  findingsSheet: boolean;
}

/** The workbook and record just before the pass that will fail. */
async function setUp(s: Scenario): Promise<{ wb: FakeWorkbook; store: MarkStore; userState: string; options: WriteOptions }> {
  const wb = userWorkbook();
  const userState = state(wb);
  const store = memoryStore();
  const options: WriteOptions = { ...s.host.options, findingsSheet: s.findingsSheet ? FINDINGS : null };
  if (s.before) await applyMarks(ctx(wb), s.before, s.host.caps, store, { ...s.host.options, findingsSheet: FINDINGS });
  return { wb, store, userState, options };
}

/** How many writes the pass makes when nothing fails. */
async function writesOf(s: Scenario): Promise<number> {
  const { wb, store, options } = await setUp(s);
  const before = wb.writes;
  await applyMarks(ctx(wb), s.marks, s.host.caps, store, options);
  return wb.writes - before;
}

async function failingPass(s: Scenario, failure: InjectedFailure): Promise<{ error: HostError; wb: FakeWorkbook; store: MarkStore; userState: string }> {
  const { wb, store, userState, options } = await setUp(s);
  wb.failWrites(failure);
  const error = await applyMarks(ctx(wb), s.marks, s.host.caps, store, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `${s.host.label}: the pass should fail`).toBeInstanceOf(HostError);
  return { error: error as HostError, wb, store, userState };
}

/** Taken back at once: the workbook is as the user had it, and a Clear after changes nothing. */
async function expectTakenBack(s: Scenario, failure: InjectedFailure): Promise<void> {
  const { error, wb, store, userState } = await failingPass(s, failure);
  const where = `${s.host.label}, ${JSON.stringify(failure)}`;
  expect(error.problem, where).toBe('write-rolled-back');
  expect(error.zh).toContain('已全部撤回');
  expect(state(wb), where).toBe(userState);
  expect(store.read(), where).toBeNull();
  await clearMarks(ctx(wb), s.host.caps, store, s.host.options);
  expect(state(wb), where).toBe(userState);
}

/** Not taken back (Excel stopped answering): the error says what is there, and Clear restores it all later. */
async function expectClearRestores(s: Scenario, failure: InjectedFailure): Promise<void> {
  const { error, wb, store, userState } = await failingPass(s, { ...failure, thenOffline: true });
  const where = `${s.host.label}, ${JSON.stringify(failure)}`;
  expect(error.problem, where).toBe('write-incomplete');
  expect(error.zh, where).toMatch(/第 \d+ 批可能只写入了一部分/);
  expect(error.en, where).toMatch(/Clear removes them all/);
  wb.offline = false;
  await clearMarks(ctx(wb), s.host.caps, store, s.host.options);
  expect(state(wb), where).toBe(userState);
  expect(store.read(), where).toBeNull();
}

// Each sweep runs dozens of passes: more than vitest's 5 s default on a busy shared machine.
describe('a write that fails part way', { timeout: 120_000 }, () => {
  for (const host of HOSTS) {
    for (const before of [null, FIRST]) {
      const s: Scenario = { host, before, marks: SECOND, findingsSheet: true };
      const what = before ? 'over a previous pass' : 'on a fresh workbook';
      it(`${host.label}, ${what}: after any number of writes, taken back at once, or restored by Clear`, async () => {
        const total = await writesOf(s);
        expect(total).toBeGreaterThan(5);
        for (let n = 0; n < total; n++) {
          await expectTakenBack(s, { afterWrites: n });
          await expectClearRestores(s, { afterWrites: n });
        }
      });
    }
  }

  it.each([
    ['conditionalFormats.add', ALL_CAPABILITIES, [1, 2]],
    ['conditionalFormat.rule', ALL_CAPABILITIES, [1, 2]],
    ['conditionalFormat.fill', EXCEL_365_UNDO, [1, 2]],
    ['conditionalFormat.priority', ALL_CAPABILITIES, [1, 2]],
    ['notes.add', ALL_CAPABILITIES, [1, 2]],
    ['comments.add', { ...ALL_CAPABILITIES, notes: false }, [1, 2]],
    ['fill.color', EXCEL_2016, [1, 2]],
    // Once per pass: the findings sheet.
    ['worksheets.add', ALL_CAPABILITIES, [1]],
    ['range.values', EXCEL_2016, [1]],
  ] as const)('a %s call that throws: taken back, or restored by Clear', async (on, caps, calls) => {
    for (const before of [null, FIRST]) {
      const s: Scenario = { host: { label: on, caps }, before, marks: SECOND, findingsSheet: true };
      for (const nth of calls) {
        await expectTakenBack(s, { on, nth });
        await expectClearRestores(s, { on, nth });
      }
    }
  });

  it('says exactly what is in the workbook: the batches written, the one that failed, the ones never sent', async () => {
    const host: Host = { label: 'web', caps: { ...ALL_CAPABILITIES, payloadLimited: true }, options: { payloadBytes: 800 } };
    const s: Scenario = { host, before: null, marks: SECOND, findingsSheet: false };
    // Where the second batch starts: fail its first write, with Excel gone from then on.
    const probe = await setUp(s);
    const syncsBefore = probe.wb.writesPerSync.length;
    await applyMarks(ctx(probe.wb), s.marks, host.caps, probe.store, probe.options);
    const perChunk = probe.wb.writesPerSync.slice(syncsBefore).filter((n) => n > 0);
    expect(perChunk.length).toBeGreaterThan(2);

    const { error, wb } = await failingPass(s, { afterWrites: perChunk[0]!, thenOffline: true });
    const sheet = wb.sheet('任务分解')!;
    const overlays = wb.sheets.flatMap((x) => x.conditionalFormats).filter((cf) => cf.formula === OVERLAY_FORMULA).length;
    const notes = wb.sheets.flatMap((x) => [...x.notes.values()]).filter((n) => n.startsWith(NOTE_MARKER)).length;
    const parts = [overlays && `条件格式 ${overlays} 个`, notes && `备注 ${notes} 条`].filter(Boolean).join('、');
    expect(error.zh).toContain(`写入标注失败（第 2 批，共 ${perChunk.length} 批`);
    expect(error.zh).toContain(`前 1 批已完整写入：${parts}。`);
    expect(error.zh).toContain(`其后 ${perChunk.length - 2} 批未写入`);
    expect(error.en).toContain('Batches 1–1 were written in full');
    expect(sheet.notes.get('D2')).toBe('用户自己的备注');
  });

  it('writes nothing when the record of what it is about to write cannot be saved', async () => {
    const wb = userWorkbook();
    const userState = state(wb);
    const office = fakeOffice(wb, '1.18');
    office.settings.saveAsync = (cb) => cb?.({ status: 'failed', error: { message: 'settings are full' } } as never);
    const host = excelHost(office.Office as unknown as typeof Office, office.Excel as unknown as typeof Excel);
    await expect(host.writeMarks(SECOND)).rejects.toThrow(/settings are full\)\. Nothing was written/);
    expect(state(wb)).toBe(userState);
  });

  it('through the pane’s host: the message reaches the pane, the journal is in the settings, Clear from the pane restores', async () => {
    const wb = userWorkbook();
    const userState = state(wb);
    const office = fakeOffice(wb, '1.18');
    const host = excelHost(office.Office as unknown as typeof Office, office.Excel as unknown as typeof Excel);
    await host.writeMarks(FIRST);
    wb.failWrites({ on: 'notes.add', nth: 2, thenOffline: true });
    const failed = await host.writeMarks(SECOND).catch((e: unknown) => e as HostError);
    expect(failed).toBeInstanceOf(HostError);
    expect((failed as HostError).text('zh-CN')).toContain('点击“清除标注”即可移除全部标注');
    expect(String(office.settings.saved['mubiao.marks'])).toContain('"p":');
    wb.offline = false;
    await host.clearMarks();
    expect(state(wb)).toBe(userState);
    expect(office.settings.get('mubiao.marks')).toBeNull();
    // A new pass after all that works as ever.
    await host.writeMarks(SECOND);
    await host.clearMarks();
    expect(state(wb)).toBe(userState);
  });
});
