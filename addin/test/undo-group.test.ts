/**
 * ExcelApi 1.20 hosts: a pass is one Excel.run with mergeUndoGroup, finds its previous marks by
 * themselves (overlay formula, note marker) and never calls settings.saveAsync (which would
 * clear Excel's undo stack). Older hosts keep the saved record.
 */
import { describe, expect, it } from 'vitest';
import { FakeContext, FakeWorkbook, fakeOffice, fakeRequirements, fakeSettings } from './fake-excel.ts';
import { applyMarks, clearMarks, NOTE_MARKER, OVERLAY_FORMULA } from '../src/excel/write.ts';
import { ALL_CAPABILITIES, EXCEL_2016, EXCEL_365_UNDO, detectCapabilities } from '../src/excel/capabilities.ts';
import { settingsStore } from '../src/excel/mark-state.ts';
import { excelHost } from '../src/taskpane/excel-host.ts';
import { clearFromRibbon } from '../src/commands/clear-command.ts';
import type { CellMark } from '../src/shared/marks.ts';

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet('任务分解', [
    ['序号', '重点任务', '内容和要求', '牵头单位'],
    [1, '技改投资', '技改投资增长 15% 以上', '区经信局'],
    [2, '规上工业增加值', '增长 6%', '区统计局'],
    [3, '研发投入', '增长 10%', '区科技局'],
  ]);
  sheet.cell(1, 2)!.fill = '#00B050';
  // The user's own note and own conditional format: never ours to touch.
  sheet.notes.set('D2', '用户自己的备注');
  sheet.conditionalFormats.push({
    id: 'user-cf',
    areas: [{ top: 1, bottom: 3, left: 0, right: 0 }],
    type: 'Custom',
    formula: '=A2>1',
    fill: '#C6EFCE',
    font: null,
    priority: 0,
  });
  return wb;
}

const marks: CellMark[] = [
  { sheet: '任务分解', cell: 'C2', severity: 'error', note: '[错误] 低于计划目标 20%' },
  { sheet: '任务分解', cell: 'C3', severity: 'error', note: '[错误] 低于计划目标 8%' },
  { sheet: '任务分解', cell: 'D2', severity: 'warning', note: '[警告] 牵头单位待核实' },
  { sheet: '任务分解', cell: 'B4', severity: 'info', note: '[提示] 无对应目标' },
];

const values = (wb: FakeWorkbook): unknown => wb.sheets.map((s) => s.rows.map((r) => r?.map((c) => c?.value ?? null)));

describe('ExcelApi 1.20: one undo step per pass, no saved record', () => {
  it('detects ExcelApi 1.20 as undo groups, and nothing older', () => {
    expect(detectCapabilities({ requirements: fakeRequirements('1.20') }).undoGroups).toBe(true);
    expect(detectCapabilities({ requirements: fakeRequirements('1.19') }).undoGroups).toBe(false);
    expect(detectCapabilities({ requirements: fakeRequirements('1.18') })).toEqual(ALL_CAPABILITIES);
  });

  it('runs Validate and Clear each in one Excel.run with mergeUndoGroup, never calling saveAsync', async () => {
    const wb = workbook();
    const original = JSON.stringify(wb.snapshot());
    const before = values(wb);
    const office = fakeOffice(wb, '1.20');
    const host = excelHost(office.Office as unknown as typeof Office, office.Excel as unknown as typeof Excel);
    expect(host.capabilities.undoGroups).toBe(true);

    const first = await host.writeMarks(marks);
    // Same sync budget as before: sheet names, one read, one write.
    expect(first).toMatchObject({ syncs: 3, chunks: 1, notes: 3, overlays: 3, saved: false, skippedExplanations: ['任务分解!D2'] });
    const once = JSON.stringify(wb.snapshot());
    const sheet = wb.sheet('任务分解')!;
    expect(sheet.notes.get('C2')).toBe(`${NOTE_MARKER}\n[错误] 低于计划目标 20%`);
    expect(sheet.conditionalFormats.filter((cf) => cf.formula === OVERLAY_FORMULA)).toHaveLength(3);
    expect(values(wb)).toEqual(before);
    expect(sheet.cell(1, 2)!.fill).toBe('#00B050');

    const second = await host.writeMarks(marks);
    expect(second.syncs).toBe(3);
    expect(JSON.stringify(wb.snapshot())).toBe(once);

    const cleared = await host.clearMarks();
    expect(cleared.syncs).toBe(3);
    expect(JSON.stringify(wb.snapshot())).toBe(original);
    expect(sheet.notes.get('D2')).toBe('用户自己的备注');
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual(['user-cf']);

    expect(office.runs).toEqual([{ mergeUndoGroup: true }, { mergeUndoGroup: true }, { mergeUndoGroup: true }]);
    expect(office.settings.saves).toBe(0);
    expect(office.settings.get('mubiao.marks')).toBeNull();
  });

  it('finds marks left from another session with no record at all (a fresh pane, a reopened file)', async () => {
    const wb = workbook();
    const original = JSON.stringify(wb.snapshot());
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, EXCEL_365_UNDO, settingsStore(fakeSettings()));
    const settings = fakeSettings();
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks.slice(0, 1), EXCEL_365_UNDO, settingsStore(settings));
    const sheet = wb.sheet('任务分解')!;
    expect([...sheet.notes.keys()].sort()).toEqual(['C2', 'D2']);
    expect(sheet.conditionalFormats.filter((cf) => cf.formula === OVERLAY_FORMULA)).toHaveLength(1);
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, EXCEL_365_UNDO, settingsStore(settings));
    expect(JSON.stringify(wb.snapshot())).toBe(original);
    expect(settings.saves).toBe(0);
  });

  it('keeps a note the user rewrote without our first line, and removes one that still carries it', async () => {
    const wb = workbook();
    const store = settingsStore(fakeSettings());
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, EXCEL_365_UNDO, store);
    const sheet = wb.sheet('任务分解')!;
    sheet.notes.set('C2', '已核实，按 15% 执行');
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, EXCEL_365_UNDO, store);
    expect([...sheet.notes.entries()].sort()).toEqual([
      ['C2', '已核实，按 15% 执行'],
      ['D2', '用户自己的备注'],
    ]);
  });

  it('the ribbon Clear is one undo step too and saves nothing', async () => {
    const wb = workbook();
    const original = JSON.stringify(wb.snapshot());
    const office = fakeOffice(wb, '1.20');
    const host = excelHost(office.Office as unknown as typeof Office, office.Excel as unknown as typeof Excel);
    await host.writeMarks(marks);
    await clearFromRibbon(office.Office as unknown as typeof Office, office.Excel as unknown as typeof Excel);
    expect(JSON.stringify(wb.snapshot())).toBe(original);
    expect(office.runs.at(-1)).toEqual({ mergeUndoGroup: true });
    expect(office.settings.saves).toBe(0);
  });

  it('retires a record left by an older Excel once, then saves nothing', async () => {
    const wb = workbook();
    const original = JSON.stringify(wb.snapshot());
    const settings = fakeSettings();
    // Marked on a 1.18 desktop: the journal before writing and the record after, both saved.
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks.slice(0, 1), ALL_CAPABILITIES, settingsStore(settings));
    expect(settings.saves).toBe(2);
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, EXCEL_365_UNDO, settingsStore(settings));
    expect(settings.saves).toBe(3);
    expect(settings.get('mubiao.marks')).toBeNull();
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, EXCEL_365_UNDO, settingsStore(settings));
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, EXCEL_365_UNDO, settingsStore(settings));
    expect(settings.saves).toBe(3);
    expect(JSON.stringify(wb.snapshot())).toBe(original);
  });

  it('older hosts keep their record path: one Excel.run without undo options, the record saved', async () => {
    for (const [api, caps] of [
      ['1.18', ALL_CAPABILITIES],
      ['1.1', EXCEL_2016],
    ] as const) {
      const wb = workbook();
      const original = JSON.stringify(wb.snapshot());
      const office = fakeOffice(wb, api);
      const host = excelHost(office.Office as unknown as typeof Office, office.Excel as unknown as typeof Excel);
      expect(host.capabilities).toEqual(caps);
      // Validate saves what it is about to write (the journal), then the record; Clear only the record.
      await host.writeMarks(marks);
      expect(office.settings.saves).toBe(2);
      expect(office.settings.get('mubiao.marks')).not.toBeNull();
      await host.clearMarks();
      expect(office.settings.saves).toBe(3);
      expect(office.runs).toEqual([{}, {}]);
      expect(JSON.stringify(wb.snapshot())).toBe(original);
    }
  });
});

describe('Excel on the web with ExcelApi 1.20', () => {
  it('keeps the record path: reading every note there would pass the 5 MB response limit', async () => {
    const wb = workbook();
    const office = fakeOffice(wb, '1.20', 'OfficeOnline');
    const host = excelHost(office.Office as unknown as typeof Office, office.Excel as unknown as typeof Excel);
    expect(host.capabilities).toMatchObject({ undoGroups: true, payloadLimited: true });
    await host.writeMarks(marks);
    expect(office.runs).toEqual([{}]);
    // The journal before writing, the record after.
    expect(office.settings.saves).toBe(2);
  });
});
