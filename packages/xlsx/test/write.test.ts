import { describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { readWorkbook } from '../src/read-workbook.ts';
import { writeWorkbook } from '../src/write-workbook.ts';
import { loadWithExcelJs, unzipParts } from './fixtures.ts';

describe('writeWorkbook', () => {
  const rows = [
    ['序号', '重点任务', '内容和要求', '牵头单位', '目标值'],
    [1, '技改投资', '技改投资增长 15% 以上', '区经信局', 0.15],
    [2, '=SUM(A1)', '以"="开头的文字仍是文字', null, -1234.5],
    [3, '  前后空格  ', '第一行\n第二行', '', true],
  ];
  const bytes = writeWorkbook([
    {
      name: '重点任务分解表',
      rows,
      merges: ['A6:E6', { top: 7, left: 0, bottom: 8, right: 1 }],
      columnWidths: [6, 20, 40, null, 10],
      freezeHeader: true,
      wrap: [2],
    },
    { name: '说明', rows: [['由 Mubiao 生成']], boldHeader: false },
  ]);

  it('round-trips through our reader', () => {
    const { sheets } = readWorkbook(bytes, { fileName: 'w.xlsx' });
    expect(sheets.map((s) => s.sheet)).toEqual(['重点任务分解表', '说明']);
    const g = sheets[0]!;
    expect(g.cells[1]!.map((c) => c?.value)).toEqual([1, '技改投资', '技改投资增长 15% 以上', '区经信局', 0.15]);
    expect(g.cells[2]![1]).toMatchObject({ value: '=SUM(A1)' });
    expect(g.cells[2]![1]!.formula).toBeUndefined();
    expect(g.cells[2]![4]!.value).toBe(-1234.5);
    expect(g.cells[3]![1]!.value).toBe('  前后空格  ');
    expect(g.cells[3]![2]!.value).toBe('第一行\n第二行');
    expect(g.cells[3]![4]!.value).toBe(true);
    expect(g.merges).toEqual([
      { top: 5, left: 0, bottom: 5, right: 4 },
      { top: 7, left: 0, bottom: 8, right: 1 },
    ]);
  });

  it('opens in exceljs with widths, wrap, bold header, frozen pane', async () => {
    const wb = await loadWithExcelJs(bytes);
    const ws = wb.getWorksheet('重点任务分解表')!;
    expect(ws.getCell('B2').value).toBe('技改投资');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('C3').alignment?.wrapText).toBe(true);
    expect(ws.getColumn(3).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.getWorksheet('说明')!.getCell('A1').font?.bold).toBeFalsy();
  });

  it('shares repeated strings', () => {
    const many = writeWorkbook([{ name: 'S', rows: Array.from({ length: 50 }, () => ['金安区', '金安区']) }]);
    const sst = strFromU8(unzipParts(many)['xl/sharedStrings.xml']!);
    expect(sst).toContain('count="100" uniqueCount="1"');
  });

  it('rejects bad sheet names and duplicates with a clear message', () => {
    expect(() => writeWorkbook([{ name: 'a/b', rows: [] }])).toThrow('sheet name "a/b" may not contain');
    expect(() => writeWorkbook([{ name: 'x'.repeat(32), rows: [] }])).toThrow('must be 1 to 31 characters');
    expect(() =>
      writeWorkbook([
        { name: 'A', rows: [] },
        { name: 'a', rows: [] },
      ]),
    ).toThrow('two sheets are named "a"');
    expect(() => writeWorkbook([])).toThrow('at least one sheet');
  });

  it('is reproducible: the same input gives the same bytes', () => {
    expect(Buffer.compare(Buffer.from(writeWorkbook([{ name: 'S', rows: [[1, 'a']] }])), Buffer.from(writeWorkbook([{ name: 'S', rows: [[1, 'a']] }])))).toBe(
      0,
    );
  });
});
