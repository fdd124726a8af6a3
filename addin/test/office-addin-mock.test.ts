/**
 * The read path against office-addin-mock, Microsoft's Office.js mock: its objects return an
 * error string for a property read before load + sync, so a read that forgets to load (or reads
 * before syncing) produces a wrong Grid here instead of silently passing.
 */
import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { readSheetGrid } from '../src/excel/read.ts';
import { ALL_CAPABILITIES, EXCEL_2016 } from '../src/excel/capabilities.ts';

function mockExcel(rows: number) {
  const values: (string | number)[][] = [['序号', '指标', '目标值', '完成值']];
  for (let i = 1; i <= rows; i++) values.push([i, `指标${i}`, 20, 15]);
  const text = values.map((r) => r.map(String));
  const numberFormat = values.map((r) => r.map(() => 'General'));
  let syncs = 0;
  const usedRange = {
    address: `任务!A1:D${rows + 1}`,
    rowIndex: 0,
    columnIndex: 0,
    rowCount: rows + 1,
    columnCount: 4,
    values,
    text,
    numberFormat,
    isNullObject: false,
    merged: { address: '任务!A1:B1', isNullObject: false },
    visible: { address: `任务!A1:D2,任务!A4:D${rows + 1}`, isNullObject: false },
    getMergedAreasOrNullObject() {
      return this.merged;
    },
    getSpecialCellsOrNullObject() {
      return this.visible;
    },
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            protection: { protected: false },
            usedRange,
            getUsedRangeOrNullObject() {
              return this.usedRange;
            },
            getUsedRange() {
              return this.usedRange;
            },
          },
          getItem() {
            return this.sheet;
          },
        },
      },
      sync: async function (this: { _mockSync(): Promise<void> }) {
        syncs++;
        await OfficeMockObject.prototype.sync.call(this);
      },
    },
  }) as unknown as { context: Excel.RequestContext };
  return { context: mock.context, syncs: () => syncs };
}

describe('reading through office-addin-mock', () => {
  it.each([10, 1_000, 10_000])('reads a %i-row sheet with everything loaded before use, in 2 syncs', async (rows) => {
    const { context, syncs } = mockExcel(rows);
    const grid = await readSheetGrid(context, '任务', ALL_CAPABILITIES);
    expect(syncs()).toBe(2);
    expect(grid.rowCount).toBe(rows + 1);
    expect(grid.colCount).toBe(4);
    expect(grid.cells[1]![1]).toMatchObject({ address: 'B2', value: '指标1', text: '指标1' });
    expect(grid.cells[rows]![2]!.value).toBe(20);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(grid.hiddenRows).toEqual([2]);
    expect(grid.protected).toBe(false);
  });

  it('reads on Office 2016 without asking for newer APIs', async () => {
    const { context, syncs } = mockExcel(5);
    const grid = await readSheetGrid(context, '任务', EXCEL_2016);
    expect(syncs()).toBe(2);
    expect(grid.merges).toEqual([]);
    expect(grid.hiddenRows).toEqual([]);
    expect(grid.cells[5]![0]!.value).toBe(5);
  });
});
