/**
 * The pane's view of Excel: read every sheet, write or clear marks, select a cell. Everything
 * goes through Excel.run with the batching of src/excel, so the pane itself holds no Office.js.
 */
import type { Grid } from '@mubiao/core';
import { detectCapabilities, oneUndoStep, type Capabilities } from '../excel/capabilities.ts';
import { fromHostFailure } from '../excel/errors.ts';
import { settingsStore, type SettingsLike } from '../excel/mark-state.ts';
import { readWorkbookGrids } from '../excel/read.ts';
import { applyMarks, clearMarks, type WriteOptions, type WriteResult } from '../excel/write.ts';
import type { CellMark } from '../shared/marks.ts';

export interface PaneHost {
  capabilities: Capabilities;
  settings: SettingsLike;
  readGrids(): Promise<Grid[]>;
  writeMarks(marks: CellMark[], options?: WriteOptions): Promise<WriteResult>;
  clearMarks(): Promise<WriteResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
}

export function excelHost(office: typeof Office, excel: typeof Excel): PaneHost {
  const capabilities = detectCapabilities(office.context);
  const settings = office.context.document.settings as unknown as SettingsLike;
  const store = settingsStore(settings);
  const undoable = oneUndoStep(capabilities);
  const run = async <T>(doing: { zh: string; en: string }, fn: (context: Excel.RequestContext) => Promise<T>, merge = false): Promise<T> => {
    try {
      // ExcelApi 1.20: every sync of the pass is one undo group (Excel.RunOptions.mergeUndoGroup).
      return await (merge && undoable ? excel.run({ mergeUndoGroup: true }, fn) : excel.run(fn));
    } catch (error) {
      throw fromHostFailure(error, doing);
    }
  };
  return {
    capabilities,
    settings,
    readGrids: () => run({ zh: '读取工作表', en: 'Reading the sheets' }, (context) => readWorkbookGrids(context, capabilities)),
    writeMarks: (marks, options) => run({ zh: '写入标注', en: 'Writing marks' }, (context) => applyMarks(context, marks, capabilities, store, options), true),
    clearMarks: () => run({ zh: '清除标注', en: 'Clearing marks' }, (context) => clearMarks(context, capabilities, store), true),
    selectCell: (sheet, cell) =>
      run({ zh: '定位单元格', en: 'Selecting the cell' }, async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
  };
}
