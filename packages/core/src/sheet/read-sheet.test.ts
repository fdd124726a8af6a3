import { describe, expect, it } from 'vitest';
import { gridFromRows } from './grid-from-rows.ts';
import { readSheet } from './read-sheet.ts';

const ROW1 =
  '全年力争实现规模以上工业总产值突破 200 亿元，规上工业增加值同比增长 12% 以上；工业投资同比增长 20% 以上，技改投资增长 15% 以上；力争新增规上工业企业 25 家以上。';

describe('readSheet: task tables', () => {
  const grid = gridFromRows(
    '分解表',
    [
      ['《金安区 2023 年度工业发展要点》重点任务分解表'],
      ['序号', '重点任务', '内容和要求', '牵头单位', '配合单位'],
      ['1', '完成工业经济主要指标增长目标', ROW1, '区经信局', '区统计局、区发改委'],
      ['2', '推进转型升级，促进提质增效', '力争探索建立 1 个行业级工业互联网平台。', '区经信局', '区数管局'],
      ['3', '', '全年力争规上企业实施技改项目 40 个以上。', '区经信局', '区发改委'],
      ['4', '推进科技创新', '全年力争培育省级企业技术中心 2 家，规上工业企业研发经费支出占营收比重', '区发改委、区经信局、区科技局', ''],
      ['', '', '突破 2.6%。', '', ''],
      ['注：本表由区经信局汇总。'],
    ],
    { merges: ['A1:E1', 'B4:B5', 'A8:E8'], hiddenRows: [4] },
  );
  const table = readSheet(grid);

  it('finds the header under the title and reads region and year from the title', () => {
    expect(table.shape).toBe('tasks');
    expect(table.headerRows).toEqual([1, 1]);
    expect(table.headerCell).toBe('A2');
    expect(table.region).toBe('金安区');
    expect(table.year).toBe(2023);
    expect(table.columns.map((c) => c.role)).toEqual(['index', 'task', 'content', 'lead', 'partner']);
  });

  it('reads every target of the 内容和要求 prose onto its cell, with the row leads', () => {
    const row1 = table.claims.filter((c) => c.cell === 'C3');
    expect(row1.map((c) => c.metricKey)).toEqual(['规模以上工业总产值', '规模以上工业增加值', '工业投资', '技术改造投资', '规模以上工业企业']);
    const jigai = row1.find((c) => c.metric === '技改投资')!;
    expect(jigai).toMatchObject({
      kind: 'growth',
      comparator: '>=',
      value: 15,
      unit: '%',
      role: 'target',
      year: 2023,
      leads: ['区经信局'],
      partners: ['区统计局', '区发改委'],
    });
    expect(jigai.text.slice(jigai.span[0], jigai.span[1])).toBe('技改投资增长 15% 以上');
  });

  it('gives a merged 重点任务 cell to every row it spans', () => {
    expect(table.rows.find((r) => r.index === '3')?.task).toBe('推进转型升级，促进提质增效');
  });

  it('joins a row continued across a page break and puts the target on the cell with its number', () => {
    const share = table.claims.find((c) => c.kind === 'share')!;
    expect(share.cell).toBe('C7');
    expect(share).toMatchObject({ comparator: '>', value: 2.6, leads: ['区发改委', '区经信局', '区科技局'] });
    expect(share.rowKey).toBe(table.claims.find((c) => c.cell === 'C6')!.rowKey);
  });

  it('flags claims on hidden rows and stops at the notes below the table', () => {
    expect(table.claims.filter((c) => c.hidden).map((c) => c.cell)).toEqual(['C5']);
    expect(table.rows).toHaveLength(4);
  });
});

describe('readSheet: indicator tables', () => {
  it('reads one row per indicator with a unit column, target and result columns', () => {
    const grid = gridFromRows('进度', [
      ['2024年六安市工业经济主要指标完成情况表'],
      ['序号', '指标名称', '计量\n单位', '2024年\n目标', '1-6月\n完成', '完成率'],
      ['1', '规上工业增加值增速', '%', '11%以上', '9.5', ''],
      ['2', '新增规上工业企业', '户', '≥150', '60', '40%'],
      ['3', '工业总产值', '亿元', '**', '#DIV/0!', ''],
      ['4', '技改投资', '亿元', '约 300', '—', ''],
    ]);
    grid.cells[4]![4]!.error = '#DIV/0!';
    const t = readSheet(grid);
    expect(t.shape).toBe('indicators');
    expect(t.region).toBe('六安市');
    expect(t.year).toBe(2024);
    const targets = t.claims.filter((c) => c.role === 'target');
    expect(targets.map((c) => [c.cell, c.metricKey, c.kind, c.comparator, c.value, c.unit])).toEqual([
      ['D3', '规模以上工业增加值', 'growth', '>=', 11, '%'],
      ['D4', '规模以上工业企业', 'increment', '>=', 150, '户'],
      ['D5', '工业总产值', 'level', 'placeholder', null, '亿元'],
      ['D6', '技术改造投资', 'level', '~', 300, '亿元'],
    ]);
    const actual = t.claims.find((c) => c.cell === 'E4')!;
    expect(actual).toMatchObject({ role: 'actual', value: 60, period: { fromMonth: 1, toMonth: 6, year: 2024 } });
    expect(t.unparsed.map((u) => [u.cell, u.reason])).toEqual([['E5', 'error-value']]);
  });

  it('reads a two-row header with merged cells and full-width text', () => {
    const grid = gridFromRows(
      'Sheet1',
      [
        ['指标', '单位', '全年目标', '完成情况', ''],
        ['', '', '', '１－６月', '完成率'],
        ['规上工业增加值增速', '％', '12', '8', '67%'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
    );
    const t = readSheet(grid);
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.columns.map((c) => [c.role, c.address])).toEqual([
      ['indicator', 'A2'],
      ['unit', 'B2'],
      ['target', 'C2'],
      ['actual', 'D2'],
      ['rate', 'E2'],
    ]);
    expect(t.claims.map((c) => [c.cell, c.role, c.value, c.unit])).toEqual([
      ['C3', 'target', 12, '%'],
      ['D3', 'actual', 8, '%'],
    ]);
    expect(t.claims[1]!.period).toMatchObject({ fromMonth: 1, toMonth: 6 });
  });
});

describe('readSheet: allocation tables', () => {
  it('reads one row per district with indicator columns, a 合计 row and 目标/完成 sub-headers', () => {
    const grid = gridFromRows(
      '分县区',
      [
        ['县区', '新增规上工业企业(户)', '', '规上工业增加值增速(%)'],
        ['', '目标', '1-6月完成', '目标'],
        ['金安区', '25', '10', '12'],
        ['裕安区', '20', '12', '11以上'],
        ['合计', '150', '', ''],
      ],
      { merges: ['A1:A2', 'B1:C1', 'D1:D2'] },
    );
    const t = readSheet(grid);
    expect(t.shape).toBe('allocation');
    expect(t.columns.map((c) => [c.role, c.metric, c.valueRole, c.unit])).toEqual([
      ['region', undefined, undefined, undefined],
      ['metric', '新增规上工业企业', 'target', '户'],
      ['metric', '新增规上工业企业', 'actual', '户'],
      ['metric', '规上工业增加值增速', 'target', '%'],
    ]);
    expect(t.claims.filter((c) => c.region === '金安区').map((c) => [c.cell, c.role, c.kind, c.value])).toEqual([
      ['B3', 'target', 'increment', 25],
      ['C3', 'actual', 'increment', 10],
      ['D3', 'target', 'growth', 12],
    ]);
    expect(t.claims.find((c) => c.cell === 'B5')).toMatchObject({ total: true, value: 150 });
    expect(t.claims.find((c) => c.cell === 'B5')?.region).toBeUndefined();
  });
});

describe('readSheet: no header', () => {
  it('returns a no-header finding instead of failing', () => {
    const t = readSheet(gridFromRows('封面', [['金安区工业发展要点'], ['2023年3月']]));
    expect(t.shape).toBe('none');
    expect(t.claims).toEqual([]);
    expect(t.findings).toMatchObject([{ code: 'no-header', sheet: '封面', cell: '' }]);
  });

  it('handles an empty grid', () => {
    const t = readSheet(gridFromRows('空', []));
    expect(t.findings[0]?.code).toBe('no-header');
  });
});

describe('readSheet: value columns beside prose, prose in value cells', () => {
  it('reads a task table with 目标值 and 完成情况 columns', () => {
    const grid = gridFromRows('任务', [
      ['序号', '重点任务', '工作内容', '目标值', '1-6月完成情况', '责任单位'],
      ['1', '技改', '全年力争技改投资增长 20% 以上。', '20%以上', '12%', '区经信局'],
      ['2', '纳规', '推动企业升规入统。', '', '已新增规上工业企业 10 户', '区经信局'],
      ['3', '两项', '技改投资增长 20%，工业投资增长 20%。', '20', '', '区经信局'],
    ]);
    const t = readSheet(grid, { year: 2024 });
    expect(t.shape).toBe('tasks');
    expect(t.claims.filter((c) => c.col >= 3).map((c) => [c.cell, c.role, c.metricKey, c.value, c.unit, c.period?.toMonth])).toEqual([
      ['D2', 'target', '技术改造投资', 20, '%', undefined],
      ['E2', 'actual', '技术改造投资', 12, '%', 6],
      ['E3', 'actual', '规模以上工业企业', 10, '户', 6],
    ]);
    expect(t.unparsed.map((u) => [u.cell, u.reason])).toEqual([['D4', 'no-metric']]);
  });

  it('reads a value cell written as a phrase', () => {
    const t = readSheet(
      gridFromRows('进度', [
        ['指标', '目标值'],
        ['技改投资', '力争增长20%以上'],
      ]),
      { year: 2024 },
    );
    expect(t.claims.map((c) => [c.metricKey, c.kind, c.comparator, c.value, c.unit])).toEqual([['技术改造投资', 'growth', '>=', 20, '%']]);
  });
});

describe('readSheet: formulas without results', () => {
  it('reports a value cell whose formula has no cached value', () => {
    const grid = gridFromRows('进度', [
      ['指标', '单位', '目标值'],
      ['技改投资增速', '%', null],
    ]);
    grid.cells[1]![2] = { address: 'C2', row: 1, col: 2, value: null, text: '', formula: 'SUM(D2:E2)' };
    const t = readSheet(grid);
    expect(t.unparsed).toMatchObject([{ cell: 'C2', text: '=SUM(D2:E2)', reason: 'formula-without-value' }]);
  });
});

describe('readSheet: a header repeated on every printed page', () => {
  it('skips the repeated header and keeps the row continued after it', () => {
    const grid = gridFromRows('分页', [
      ['序号', '重点任务', '内容和要求', '牵头单位'],
      ['1', '研发', '规上工业企业研发经费支出占营收比重', '区科技局'],
      ['序号', '重点任务', '内容和要求', '牵头单位'],
      ['', '', '突破 2.6%。', ''],
    ]);
    const t = readSheet(grid, { year: 2023 });
    expect(t.rows).toHaveLength(1);
    expect(t.claims.map((c) => [c.cell, c.metricKey, c.value])).toEqual([['C4', '规模以上工业企业研发经费支出占营业收入比重', 2.6]]);
  });
});

describe('readSheet: merges reaching past the used range', () => {
  it('does not wrap a wide merge into the next row', () => {
    const grid = gridFromRows(
      '宽',
      [
        ['指标', '单位', '目标值'],
        ['技改投资增速', '%', '20'],
      ],
      {
        merges: [
          { top: 0, left: 2, bottom: 0, right: 9 },
          { top: 1, left: 0, bottom: 1048575, right: 0 },
        ],
      },
    );
    const t = readSheet(grid);
    expect(t.claims.map((c) => [c.cell, c.value])).toEqual([['C2', 20]]);
  });
});

describe('readSheet: allocation by department', () => {
  it('reads 责任单位 rows with indicator columns as parts', () => {
    const grid = gridFromRows('部门', [
      ['责任单位', '新增规上工业企业(户)', '实施技改项目(个)'],
      ['市经信局', '100', '300'],
      ['市科技局', '30', '60'],
    ]);
    const t = readSheet(grid);
    expect(t.shape).toBe('allocation');
    expect(t.claims.map((c) => [c.cell, c.region, c.kind, c.value])).toEqual([
      ['B2', '市经信局', 'increment', 100],
      ['C2', '市经信局', 'count', 300],
      ['B3', '市科技局', 'increment', 30],
      ['C3', '市科技局', 'count', 60],
    ]);
  });
});

describe("readSheet: the sheet's own region as the total row", () => {
  it('reads a 六安市 row in a 六安市 county table as the total', () => {
    const grid = gridFromRows('分县区', [['六安市2023年任务分解表'], ['县区', '新增规上工业企业(户)'], ['六安市', '150'], ['金安区', '25']], {
      merges: ['A1:B1'],
    });
    const t = readSheet(grid);
    expect(t.claims.map((c) => [c.cell, c.total ?? false, c.region])).toEqual([
      ['B3', true, undefined],
      ['B4', false, '金安区'],
    ]);
  });
});

describe('readSheet: a year over 目标/完成', () => {
  it('reads "2024" above 目标 | 1-6月完成 as a two-row header with its year', () => {
    const grid = gridFromRows(
      '年',
      [
        ['指标', '单位', '2024', ''],
        ['', '', '目标', '1-6月完成'],
        ['技改投资增速', '%', '20', '12'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1'] },
    );
    const t = readSheet(grid);
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.claims.map((c) => [c.cell, c.role, c.year])).toEqual([
      ['C3', 'target', 2024],
      ['D3', 'actual', 2024],
    ]);
  });
});

describe('readSheet: 单位 in a task table', () => {
  it('is the responsible unit', () => {
    const t = readSheet(
      gridFromRows('任务', [
        ['序号', '工作任务', '单位'],
        ['1', '技改投资增长 20% 以上。', '区经信局'],
      ]),
      { year: 2023 },
    );
    expect(t.columns.map((c) => c.role)).toEqual(['index', 'content', 'lead']);
    expect(t.claims[0]?.leads).toEqual(['区经信局']);
  });
});

describe('readSheet: a unit in the indicator name', () => {
  it('takes "(%)" from the 指标 cell when there is no unit column', () => {
    const t = readSheet(
      gridFromRows('进度', [
        ['指标', '目标值'],
        ['规上工业增加值增速(%)', '12'],
      ]),
      { year: 2024 },
    );
    expect(t.claims.map((c) => [c.metricKey, c.kind, c.value, c.unit])).toEqual([['规模以上工业增加值', 'growth', 12, '%']]);
  });
});
