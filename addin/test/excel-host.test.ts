import { describe, expect, it } from 'vitest';
import { FakeContext, FakeWorkbook, fakeRequirements, fakeSettings, tallSheet } from './fake-excel.ts';
import { readSheetGrid, readWorkbookGrids, rowsPerChunk } from '../src/excel/read.ts';
import { applyMarks, batchAreas, clearMarks, OVERLAY_FORMULA, sheetCellKey } from '../src/excel/write.ts';
import { ALL_CAPABILITIES, EXCEL_2016, detectCapabilities, limitations, type Capabilities } from '../src/excel/capabilities.ts';
import { memoryStore, settingsStore } from '../src/excel/mark-state.ts';
import { HostError } from '../src/excel/errors.ts';
import type { CellMark } from '../src/shared/marks.ts';

const WITH_COMMENTS: Capabilities = { ...ALL_CAPABILITIES, notes: false };

function decompositionWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet('任务分解', [
    ['金安区 2023 年重点任务分解表', null, null, null],
    ['序号', '重点任务', '内容和要求', '牵头单位'],
    [1, '技改投资', '技改投资增长 15% 以上', '区经信局'],
    [2, '规上工业增加值', { value: 0.08, text: '8.0%', numberFormat: '0.0%' }, '区统计局'],
    [3, '截止日期', { value: 45291, text: '2023/12/31', numberFormat: 'yyyy/m/d' }, '区政府办'],
    [4, '错误值', '#DIV/0!', '区财政局'],
  ]);
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
  sheet.hiddenRows.add(4);
  sheet.cell(2, 2)!.fill = '#00B050';
  wb.addSheet('空表');
  return wb;
}

function marksOn(sheet: string, cells: string[], severity: CellMark['severity'] = 'error'): CellMark[] {
  return cells.map((cell) => ({ sheet, cell, severity, note: `[错误] shortfall: ${sheet}!${cell} 低于计划目标` }));
}

/** Cell values only: what "never changes a cell's value" is about. */
function values(wb: FakeWorkbook): unknown {
  return wb.sheets.map((s) => s.rows.map((r) => r?.map((c) => c?.value ?? null)));
}

describe('reading a worksheet into a Grid', () => {
  it('reads values, display text, number formats, dates, errors, merges and hidden rows in 2 syncs', async () => {
    const wb = decompositionWorkbook();
    const ctx = new FakeContext(wb);
    const grid = await readSheetGrid(ctx as unknown as Excel.RequestContext, '任务分解', ALL_CAPABILITIES);
    expect(wb.syncs).toBe(2);
    expect(grid.sheet).toBe('任务分解');
    expect(grid.rowCount).toBe(6);
    expect(grid.colCount).toBe(4);
    expect(grid.cells[2]![2]).toMatchObject({ address: 'C3', row: 2, col: 2, value: '技改投资增长 15% 以上', text: '技改投资增长 15% 以上' });
    expect(grid.cells[3]![2]).toMatchObject({ value: 0.08, text: '8.0%', numFmt: '0.0%' });
    expect(grid.cells[4]![2]).toMatchObject({ value: '2023-12-31', text: '2023/12/31' });
    expect(grid.cells[5]![2]).toMatchObject({ value: null, error: '#DIV/0!' });
    expect(grid.cells[0]![1]).toBeUndefined();
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(grid.hiddenRows).toEqual([4]);
    expect(grid.protected).toBe(false);
  });

  it('reads an empty sheet as an empty grid and skips our own state sheets', async () => {
    const wb = decompositionWorkbook();
    wb.addSheet('_mubiao_state', [['x']]);
    wb.addSheet('Mubiao 校验结果', [['工作表', '单元格']]);
    const grids = await readWorkbookGrids(new FakeContext(wb) as unknown as Excel.RequestContext, ALL_CAPABILITIES);
    expect(grids.map((g) => g.sheet)).toEqual(['任务分解', '空表']);
    expect(grids[1]).toMatchObject({ rowCount: 0, colCount: 0, cells: [] });
    // 1 for the names, 2 for the sheet with data, 1 for the empty one (nothing more to load).
    expect(wb.syncs).toBe(1 + 2 + 1);
  });

  it('on Office 2016 (ExcelApi 1.1) reads without merges, hidden rows or protection', async () => {
    const wb = decompositionWorkbook();
    const grid = await readSheetGrid(new FakeContext(wb) as unknown as Excel.RequestContext, '任务分解', EXCEL_2016);
    expect(grid.merges).toEqual([]);
    expect(grid.hiddenRows).toEqual([]);
    expect(grid.protected).toBeUndefined();
    expect(grid.cells[2]![2]!.value).toBe('技改投资增长 15% 以上');
  });

  it.each([10, 1_000, 10_000])('uses 2 syncs for a %i-row sheet', async (rows) => {
    const wb = new FakeWorkbook();
    tallSheet(wb, 'S', rows);
    const grid = await readSheetGrid(new FakeContext(wb) as unknown as Excel.RequestContext, 'S', ALL_CAPABILITIES);
    expect(wb.syncs).toBe(2);
    expect(grid.rowCount).toBe(rows + 1);
  });

  it('on Excel on the web reads large sheets in chunks that each stay under 5 MB', async () => {
    const wb = new FakeWorkbook();
    wb.payloadLimit = 5_000_000;
    tallSheet(wb, 'S', 60_000);
    const caps = { ...ALL_CAPABILITIES, payloadLimited: true };
    const grid = await readSheetGrid(new FakeContext(wb) as unknown as Excel.RequestContext, 'S', caps);
    expect(grid.rowCount).toBe(60_001);
    expect(grid.cells[60_000]![1]!.value).toBe('指标60000');
    const chunks = Math.ceil(60_001 / rowsPerChunk(6, caps));
    expect(wb.syncs).toBe(1 + chunks);
    for (const bytes of wb.responseBytes) expect(bytes).toBeLessThan(5_000_000);
  });

  it('refuses a used range larger than the host allows, naming the sheet and range', async () => {
    const wb = new FakeWorkbook();
    tallSheet(wb, '大表', 2_000);
    const read = readSheetGrid(new FakeContext(wb) as unknown as Excel.RequestContext, '大表', ALL_CAPABILITIES, { maxCells: 5_000 });
    await expect(read).rejects.toBeInstanceOf(HostError);
    await expect(read).rejects.toMatchObject({ problem: 'range-too-large', sheet: '大表' });
    await expect(read).rejects.toThrow(/A1:F2001/);
  });
});

describe('writing marks', () => {
  it('overlays conditional formats per severity in one write sync, with notes, never touching values or fills', async () => {
    const wb = decompositionWorkbook();
    const before = values(wb);
    const store = memoryStore();
    const marks = [...marksOn('任务分解', ['C3', 'C4']), ...marksOn('任务分解', ['D6'], 'warning')];
    const result = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, ALL_CAPABILITIES, store);
    expect(result).toMatchObject({ syncs: 3, chunks: 1, overlays: 2, notes: 3, fills: 0 });
    const sheet = wb.sheet('任务分解')!;
    expect(sheet.conditionalFormats.map((cf) => [cf.areas, cf.formula, cf.fill])).toEqual(
      expect.arrayContaining([
        [[{ top: 2, bottom: 3, left: 2, right: 2 }], OVERLAY_FORMULA, '#FFC7CE'],
        [[{ top: 5, bottom: 5, left: 3, right: 3 }], OVERLAY_FORMULA, '#FFEB9C'],
      ]),
    );
    expect(sheet.notes.get('C3')).toContain('低于计划目标');
    expect(sheet.cell(2, 2)!.fill).toBe('#00B050');
    expect(values(wb)).toEqual(before);
    expect(store.state?.sheets['任务分解']?.overlayIds).toHaveLength(2);
  });

  it('running Validate twice leaves the same state as once, and Clear restores the original exactly', async () => {
    for (const caps of [ALL_CAPABILITIES, WITH_COMMENTS, EXCEL_2016]) {
      const wb = decompositionWorkbook();
      const original = JSON.stringify(wb.snapshot());
      const store = memoryStore();
      const marks = [...marksOn('任务分解', ['B3', 'C3', 'D3']), ...marksOn('任务分解', ['C4'], 'info')];
      await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, caps, store);
      const once = JSON.stringify(wb.snapshot());
      expect(once).not.toBe(original);
      await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, caps, store);
      expect(JSON.stringify(wb.snapshot())).toBe(once);
      await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, caps, store);
      expect(JSON.stringify(wb.snapshot())).toBe(original);
      expect(store.state).toBeNull();
    }
  });

  it('a second pass with fewer findings removes the marks that no longer apply', async () => {
    const wb = decompositionWorkbook();
    const store = memoryStore();
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C3', 'C4']), ALL_CAPABILITIES, store);
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C4']), ALL_CAPABILITIES, store);
    const sheet = wb.sheet('任务分解')!;
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.conditionalFormats[0]!.areas).toEqual([{ top: 3, bottom: 3, left: 2, right: 2 }]);
    expect([...sheet.notes.keys()]).toEqual(['C4']);
  });

  it('falls back on Office 2016 to fills with the original recorded, restoring user fills exactly', async () => {
    const wb = decompositionWorkbook();
    const store = memoryStore();
    const result = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C3', 'C4']), EXCEL_2016, store);
    // 1 sync to list the sheets, 1 read, 1 write.
    expect(result).toMatchObject({ overlays: 0, notes: 0, comments: 0, fills: 1, syncs: 3 });
    const sheet = wb.sheet('任务分解')!;
    expect(sheet.cell(2, 2)!.fill).toBe('#FFC7CE');
    expect(sheet.conditionalFormats).toEqual([]);
    expect(store.state?.sheets['任务分解']?.fills).toEqual([
      { cell: 'C3', original: '#00B050', applied: '#FFC7CE' },
      { cell: 'C4', original: null, applied: '#FFC7CE' },
    ]);
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, EXCEL_2016, store);
    expect(sheet.cell(2, 2)!.fill).toBe('#00B050');
    expect(sheet.cell(3, 2)!.fill).toBeNull();
  });

  it('clears after the user deleted a marked sheet, on every host', async () => {
    for (const caps of [ALL_CAPABILITIES, EXCEL_2016]) {
      const wb = decompositionWorkbook();
      wb.addSheet('进度', [
        ['指标', '目标值'],
        ['技改投资', 15],
      ]);
      const store = memoryStore();
      await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, [...marksOn('任务分解', ['C3']), ...marksOn('进度', ['B2'])], caps, store);
      wb.sheets = wb.sheets.filter((s) => s.name !== '进度');
      await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, caps, store);
      expect(wb.sheet('任务分解')!.conditionalFormats).toEqual([]);
      expect(wb.sheet('任务分解')!.cell(2, 2)!.fill).toBe('#00B050');
      expect(store.state).toBeNull();
    }
  });

  it('never replaces a sheet of the user that has the findings sheet’s name', async () => {
    const wb = decompositionWorkbook();
    wb.addSheet('Mubiao 校验结果', [['用户自己的表']]);
    const original = JSON.stringify(wb.snapshot());
    const write = applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C3']), ALL_CAPABILITIES, memoryStore(), {
      findingsSheet: { name: 'Mubiao 校验结果', header: ['工作表'], rows: [['任务分解']] },
    });
    await expect(write).rejects.toThrow(/already has a sheet named "Mubiao 校验结果"/);
    expect(JSON.stringify(wb.snapshot())).toBe(original);
  });

  it('keeps on record what an older Excel cannot remove, for a newer one to clear', async () => {
    const wb = decompositionWorkbook();
    const original = JSON.stringify(wb.snapshot());
    const store = memoryStore();
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C3']), ALL_CAPABILITIES, store);
    // The workbook is opened in Office 2016: Clear there cannot see overlays or notes.
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, EXCEL_2016, store);
    expect(store.state?.sheets['任务分解']?.overlayIds).toHaveLength(1);
    // Back in a current Excel, Clear removes them.
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, ALL_CAPABILITIES, store);
    expect(JSON.stringify(wb.snapshot())).toBe(original);
    expect(store.state).toBeNull();
  });

  it('leaves a fill the user changed after marking alone on Clear', async () => {
    const wb = decompositionWorkbook();
    const store = memoryStore();
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C4']), EXCEL_2016, store);
    wb.sheet('任务分解')!.cell(3, 2)!.fill = '#0070C0';
    const result = await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, EXCEL_2016, store);
    expect(result.keptUserFills).toEqual(['任务分解!C4']);
    expect(wb.sheet('任务分解')!.cell(3, 2)!.fill).toBe('#0070C0');
  });

  it('never overwrites or deletes the user’s own notes and comments', async () => {
    const wb = decompositionWorkbook();
    const sheet = wb.sheet('任务分解')!;
    sheet.notes.set('C3', '用户自己的备注');
    const store = memoryStore();
    const result = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C3', 'C4']), ALL_CAPABILITIES, store);
    expect(result.skippedExplanations).toEqual(['任务分解!C3']);
    expect(sheet.notes.get('C3')).toBe('用户自己的备注');
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, ALL_CAPABILITIES, store);
    expect([...sheet.notes.entries()]).toEqual([['C3', '用户自己的备注']]);

    wb.comments.push({ id: 'user-1', sheet: '任务分解', cell: 'C4', content: '请核实' });
    const withComments = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C3', 'C4']), WITH_COMMENTS, store);
    expect(withComments).toMatchObject({ comments: 1, skippedExplanations: ['任务分解!C4'] });
    expect(wb.comments.map((c) => c.cell).sort()).toEqual(['C3', 'C4']);
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, WITH_COMMENTS, store);
    expect(wb.comments).toEqual([{ id: 'user-1', sheet: '任务分解', cell: 'C4', content: '请核实' }]);
  });

  it('keeps a note the user edited after we wrote it', async () => {
    const wb = decompositionWorkbook();
    const store = memoryStore();
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C3']), ALL_CAPABILITIES, store);
    wb.sheet('任务分解')!.notes.set('C3', '已核实，按 15% 执行');
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, ALL_CAPABILITIES, store);
    expect(wb.sheet('任务分解')!.notes.get('C3')).toBe('已核实，按 15% 执行');
  });

  it('writes nothing to a protected sheet and says which one', async () => {
    const wb = decompositionWorkbook();
    wb.sheet('任务分解')!.protected = true;
    const original = JSON.stringify(wb.snapshot());
    const store = memoryStore();
    const write = applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C3']), ALL_CAPABILITIES, store);
    await expect(write).rejects.toMatchObject({ problem: 'protected-sheet', sheet: '任务分解' });
    await expect(write).rejects.toThrow(/protected/);
    expect(JSON.stringify(wb.snapshot())).toBe(original);
    expect(store.state).toBeNull();
  });

  it('adds a findings sheet only when asked, and Clear removes it', async () => {
    const wb = decompositionWorkbook();
    const store = memoryStore();
    const ctx = () => new FakeContext(wb) as unknown as Excel.RequestContext;
    await applyMarks(ctx(), marksOn('任务分解', ['C3']), ALL_CAPABILITIES, store);
    expect(wb.sheets.map((s) => s.name)).toEqual(['任务分解', '空表']);
    await applyMarks(ctx(), marksOn('任务分解', ['C3']), ALL_CAPABILITIES, store, {
      findingsSheet: { name: 'Mubiao 校验结果', header: ['工作表', '单元格', '说明'], rows: [['任务分解', 'C3', '低于计划目标']] },
    });
    expect(wb.sheet('Mubiao 校验结果')!.cell(1, 1)!.value).toBe('C3');
    await applyMarks(ctx(), marksOn('任务分解', ['C3']), ALL_CAPABILITIES, store, {
      findingsSheet: { name: 'Mubiao 校验结果', header: ['工作表', '单元格', '说明'], rows: [['任务分解', 'C3', '低于计划目标']] },
    });
    expect(wb.sheets.filter((s) => s.name === 'Mubiao 校验结果')).toHaveLength(1);
    await clearMarks(ctx(), ALL_CAPABILITIES, store);
    expect(wb.sheets.map((s) => s.name)).toEqual(['任务分解', '空表']);
  });

  // Large sheets on a shared machine can pass vitest's 5 s default; the figure checked is the sync count.
  it.each([10, 1_000, 10_000])('uses 2 read syncs and 1 write sync for %i rows of marks', { timeout: 60_000 }, async (rows) => {
    const wb = new FakeWorkbook();
    tallSheet(wb, 'S', rows);
    const marks = Array.from({ length: rows }, (_, i): CellMark => ({
      sheet: 'S',
      cell: `C${i + 2}`,
      severity: i % 3 === 0 ? 'warning' : 'error',
      note: '低于目标',
    }));
    const before = values(wb);
    const store = memoryStore();
    const result = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, ALL_CAPABILITIES, store);
    expect(result.syncs).toBe(3);
    expect(values(wb)).toEqual(before);
    const clear = await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, ALL_CAPABILITIES, store);
    expect(clear.syncs).toBe(3);
    expect(wb.sheet('S')!.conditionalFormats).toEqual([]);
    expect(wb.sheet('S')!.notes.size).toBe(0);
  });

  it('on Excel on the web splits writes into chunks under 5 MB, one sync each', { timeout: 60_000 }, async () => {
    const wb = new FakeWorkbook();
    wb.payloadLimit = 5_000_000;
    tallSheet(wb, 'S', 20_000);
    const long = '低于计划目标。'.repeat(40);
    const marks = Array.from({ length: 20_000 }, (_, i): CellMark => ({ sheet: 'S', cell: `C${i + 2}`, severity: 'error', note: long }));
    const caps = { ...ALL_CAPABILITIES, payloadLimited: true };
    const store = memoryStore();
    const result = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, caps, store);
    expect(result.chunks).toBeGreaterThan(1);
    expect(result.syncs).toBe(2 + result.chunks);
    for (const bytes of wb.requestBytes) expect(bytes).toBeLessThan(5_000_000);
    expect(wb.sheet('S')!.notes.size).toBe(20_000);
    // Validating again reads back 20,000 of our notes (to spare any the user edited): that
    // read is split too, so every response also stays under the limit.
    wb.responseBytes = [];
    const again = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, caps, store);
    expect(again.syncs).toBeGreaterThan(again.chunks + 2);
    for (const bytes of [...wb.requestBytes, ...wb.responseBytes]) expect(bytes).toBeLessThan(5_000_000);
    expect(wb.sheet('S')!.notes.size).toBe(20_000);
  });

  it('writes no more notes than the saved record can hold, says how many, and Clear leaves none', async () => {
    const wb = new FakeWorkbook();
    tallSheet(wb, 'S', 500);
    // Every other row, so no two notes merge into one area: each costs its full share.
    const marks = Array.from({ length: 250 }, (_, i): CellMark => ({ sheet: 'S', cell: `C${2 * i + 2}`, severity: 'error', note: '低于目标' }));
    const settings = fakeSettings();
    const store = settingsStore(settings);
    const result = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, ALL_CAPABILITIES, store, { recordChars: 1_500 });
    expect(result.notes).toBeGreaterThan(50);
    expect(result.notes).toBeLessThan(250);
    expect(result.notes + result.overRecordLimit).toBe(250);
    expect(wb.sheet('S')!.notes.size).toBe(result.notes);
    // Every cell is still highlighted: overlays cost a few ids, not one entry per cell.
    expect(result.overlays).toBeGreaterThan(0);
    expect(String(settings.saved['mubiao.marks']).length).toBeLessThanOrEqual(1_500);
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, ALL_CAPABILITIES, store);
    expect(wb.sheet('S')!.notes.size).toBe(0);
    expect(wb.sheet('S')!.conditionalFormats).toEqual([]);
  });

  it.each([
    ['Office 2016 fills', EXCEL_2016],
    ['comments', WITH_COMMENTS],
  ] as const)('keeps %s within the saved record too, and Clear restores every cell', async (_, caps) => {
    const wb = new FakeWorkbook();
    tallSheet(wb, 'S', 400);
    const marks = Array.from({ length: 200 }, (_, i): CellMark => ({ sheet: 'S', cell: `C${2 * i + 2}`, severity: 'error', note: '低于目标' }));
    const before = JSON.stringify(wb.snapshot());
    const settings = fakeSettings();
    const store = settingsStore(settings);
    const result = await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marks, caps, store, { recordChars: 800 });
    expect(result.overRecordLimit).toBeGreaterThan(0);
    expect(String(settings.saved['mubiao.marks']).length).toBeLessThanOrEqual(800);
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, caps, store);
    expect(JSON.stringify(wb.snapshot())).toBe(before);
  });

  it('clears the notes of a record saved by an earlier version (full texts), sparing edited ones', async () => {
    const wb = decompositionWorkbook();
    const sheet = wb.sheet('任务分解')!;
    sheet.notes.set('C3', '【目标 Mubiao】\n[错误] 低于计划目标');
    sheet.notes.set('C4', '【目标 Mubiao】\n[错误] 低于计划目标（已核实）');
    const settings = fakeSettings();
    settings.set(
      'mubiao.marks',
      JSON.stringify({
        version: 1,
        writtenAt: '2026-01-01T00:00:00.000Z',
        sheets: {
          任务分解: {
            overlayIds: [],
            notes: [
              { cell: 'C3', content: '【目标 Mubiao】\n[错误] 低于计划目标' },
              { cell: 'C4', content: '【目标 Mubiao】\n[错误] 低于计划目标' },
            ],
            commentIds: [],
            fills: [],
          },
        },
      }),
    );
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, ALL_CAPABILITIES, settingsStore(settings));
    expect([...sheet.notes.entries()]).toEqual([['C4', '【目标 Mubiao】\n[错误] 低于计划目标（已核实）']]);
    expect(settings.get('mubiao.marks')).toBeNull();
  });

  it('keeps the record in document settings so Clear works after reopening', async () => {
    const wb = decompositionWorkbook();
    const settings = fakeSettings();
    await applyMarks(new FakeContext(wb) as unknown as Excel.RequestContext, marksOn('任务分解', ['C3']), ALL_CAPABILITIES, settingsStore(settings));
    expect(Object.keys(settings.saved)).toEqual(['mubiao.marks']);
    const reopened = fakeSettings();
    reopened.set('mubiao.marks', settings.saved['mubiao.marks']);
    await clearMarks(new FakeContext(wb) as unknown as Excel.RequestContext, ALL_CAPABILITIES, settingsStore(reopened));
    expect(wb.sheet('任务分解')!.conditionalFormats).toEqual([]);
    expect(reopened.get('mubiao.marks')).toBeNull();
  });
});

describe('capabilities', () => {
  it('detects requirement sets and says what the host cannot do', () => {
    expect(detectCapabilities({ requirements: fakeRequirements('1.18'), platform: 'PC' })).toEqual(ALL_CAPABILITIES);
    expect(detectCapabilities({ requirements: fakeRequirements('1.1'), platform: 'PC' })).toEqual(EXCEL_2016);
    expect(detectCapabilities({ requirements: fakeRequirements('1.12'), platform: 'OfficeOnline' })).toMatchObject({
      comments: true,
      notes: false,
      mergedAreas: false,
      payloadLimited: true,
    });
    expect(limitations(ALL_CAPABILITIES)).toEqual([]);
    const old = limitations(EXCEL_2016);
    expect(old.map((l) => l.requirement)).toContain('ExcelApi 1.6');
    expect(old.every((l) => l.zh && l.en)).toBe(true);
    const throwing = {
      requirements: {
        isSetSupported: () => {
          throw new Error('no');
        },
      },
    };
    expect(detectCapabilities(throwing)).toEqual(EXCEL_2016);
  });
});

describe('helpers', () => {
  it('batches area lists under a character limit and keys comment places', () => {
    const areas = Array.from({ length: 500 }, (_, i) => `C${i * 2 + 1}`);
    const batches = batchAreas(areas, 100);
    expect(batches.join(',')).toBe(areas.join(','));
    for (const b of batches) expect(b.length).toBeLessThanOrEqual(100);
    expect(sheetCellKey("'My ''Sheet'''!$B$3")).toBe("My 'Sheet'!B3");
  });
});
