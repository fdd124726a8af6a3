import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../sheet/grid-from-rows.ts';
import { planFromSentences } from '../validate/test-plans.ts';
import { checkWorkbook } from './check-workbook.ts';

const HEADER = ['序号', '重点任务', '内容和要求', '牵头单位', '配合单位'];
const tasks = (title: string, rows: string[][], sheet = '分解表') => gridFromRows(sheet, [[title], HEADER, ...rows], { merges: ['A1:E1'] });
const JINAN_2023 = '《金安区 2023 年度工业发展要点》重点任务分解表';
const ROWS = [
  ['1', '投资', '技改投资增长 15% 以上。', '区经信局', ''],
  ['2', '企业', '新增规上工业企业 25 户。', '区经信局', ''],
];

const luan2023 = planFromSentences({ name: 'luan-2023', region: '六安市', level: 'city', year: 2023, parentRegion: '安徽省' }, [
  { text: '技改投资同比增长20%以上。', leads: ['市经信局'] },
  { text: '力争新增规上工业企业150户以上。', leads: ['市经信局'] },
]);
const luan2022 = { ...luan2023, name: 'luan-2022', year: 2022, targets: luan2023.targets.map((t) => ({ ...t, year: 2022 })) };
const suzhou2023 = { ...luan2023, name: 'suzhou-2023', region: '宿州市' };
const undated = { ...luan2023, name: 'pasted', year: null, yearSource: 'unknown' as const, targets: luan2023.targets.map((t) => ({ ...t, year: null })) };

const mismatches = (r: ReturnType<typeof checkWorkbook>) => r.findings.filter((f) => f.code === 'plan-mismatch');

describe('checkWorkbook: which plans apply, and no false pass', () => {
  it('applies the city plan to its district sheet and says why', () => {
    const r = checkWorkbook([tasks(JINAN_2023, ROWS)], [luan2023]);
    expect(r.sheets).toMatchObject([{ sheet: '分解表', region: '金安区', regionSource: 'title', year: 2023, yearSource: 'title', fits: true, matched: 2 }]);
    expect(r.sheets![0]!.plans).toEqual([
      {
        plan: 'luan-2023',
        region: '六安市',
        year: 2023,
        title: luan2023.title,
        relation: 'upper',
        applied: true,
        chosenBy: 'user',
        why: '六安市是金安区的上级地区，年份同为 2023 年',
      },
    ]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([['shortfall', 'C3']]);
    expect(r.valid).toBe(false); // the shortfall
  });

  it("does not pass a sheet checked against another city's plan, and suggests the plans that fit", () => {
    const r = checkWorkbook([tasks(JINAN_2023, ROWS)], [suzhou2023], { suggest: [luan2023, suzhou2023] });
    expect(r.valid).toBe(false);
    expect(r.stats.errors).toBe(1);
    expect(mismatches(r)).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: '分解表',
        cell: '',
        message: '宿州市 2023 年计划不适用于本表（金安区 2023 年）：宿州市既不是金安区，也不是其上级地区，未据此核对。适用的计划：六安市 2023 年计划。',
      }),
    ]);
    expect(r.sheets![0]).toMatchObject({ fits: false, matched: 0, plans: [{ plan: 'suzhou-2023', applied: false, relation: 'other' }] });
    expect(r.gauges).toEqual([]);
  });

  it('says every plan that does not fit a sheet, in the one order of the report', () => {
    const r = checkWorkbook([tasks(JINAN_2023, ROWS)], [suzhou2023, luan2022, luan2023]);
    expect(mismatches(r).map((f) => f.message.slice(0, 12))).toEqual(['六安市 2022 年计划', '宿州市 2023 年计划']);
    // Sheet-wide findings (no cell) first, then the cells top to bottom: sorted once, by validate.
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ['plan-mismatch', ''],
      ['plan-mismatch', ''],
      ['shortfall', 'C3'],
    ]);
    expect(r.stats).toMatchObject({ errors: 3, warnings: 0 });
  });

  it("does not pass a sheet checked against another year's plan", () => {
    const r = checkWorkbook([tasks(JINAN_2023, ROWS)], [luan2022]);
    expect(r.valid).toBe(false);
    expect(mismatches(r)[0]!.message).toBe('六安市 2022 年计划不适用于本表（金安区 2023 年）：计划为 2022 年，本表为 2023 年，未据此核对。');
  });

  it("does not pass a region it cannot place: another province's city in another year", () => {
    const r = checkWorkbook([tasks('苏州市2022年工业经济重点任务分解表', ROWS)], [luan2023]);
    expect(r.valid).toBe(false);
    expect(mismatches(r)[0]!.message).toContain('六安市 2023 年计划不适用于本表（苏州市 2022 年）');
  });

  it('never dates an undated plan: it does not fit until its year is stated', () => {
    const r = checkWorkbook([tasks(JINAN_2023, ROWS)], [undated]);
    expect(r.valid).toBe(false);
    expect(mismatches(r)[0]!.message).toBe(
      '六安市计划（年份不详）：计划原文未写明年份，无法与本表（金安区 2023 年）对应；请指明计划年份（--year 或“年份”框）后重新校验。',
    );
  });

  it("reads a sheet without a year as its plan's year, and says so", () => {
    const r = checkWorkbook([tasks('金安区重点任务分解表', ROWS)], [luan2023]);
    expect(r.sheets![0]).toMatchObject({ year: null, yearSource: 'unknown', fits: true });
    expect(r.sheets![0]!.plans[0]!.why).toBe('本表未写明年份，按计划年份 2023 年核对');
  });

  it('does not pass when no target of the sheet matches the plan', () => {
    const other = tasks(JINAN_2023, [['1', '文旅', '接待游客增长 10% 以上。', '区文旅局', '']]);
    const r = checkWorkbook([other], [luan2023]);
    expect(r.valid).toBe(false);
    expect(mismatches(r)[0]!.message).toBe('本表（金安区 2023 年）1 项目标中仅 0 项与六安市 2023 年计划对应，计划与本表不符。');
  });

  it('picks plans by region and year when none is chosen, and will not pick for a sheet that does not say', () => {
    const auto = checkWorkbook([tasks(JINAN_2023, ROWS)], [suzhou2023, luan2022, luan2023], { pick: 'auto' });
    expect(auto.sheets![0]!.plans.map((p) => [p.plan, p.applied, p.chosenBy])).toEqual([['luan-2023', true, 'auto']]);
    const unnamed = checkWorkbook([tasks('重点任务分解表', ROWS)], [luan2023], { pick: 'auto' });
    expect(unnamed.valid).toBe(false);
    expect(mismatches(unnamed)[0]!.message).toBe('本表未写明地区和年份（未写明地区，未写明年份），无法自动选择计划，请选择一份计划。');
  });

  it('says a sheet with nothing to read as a warning beside a sheet that fits, an error alone', () => {
    const empty = tasks(JINAN_2023, [['1', '党建', '加强党的建设。', '区委组织部', '']], '党建');
    const both = checkWorkbook([tasks(JINAN_2023, ROWS), empty], [luan2023]);
    expect(mismatches(both).map((f) => [f.sheet, f.severity])).toEqual([['党建', 'warning']]);
    const alone = checkWorkbook([empty], [luan2023]);
    expect(mismatches(alone).map((f) => f.severity)).toEqual(['error']);
    expect(alone.valid).toBe(false);
  });

  it('skips empty sheets without a finding', () => {
    const r = checkWorkbook([tasks(JINAN_2023, ROWS), gridFromRows('Sheet2', [])], [luan2023]);
    expect(r.sheets!.map((s) => [s.sheet, s.shape])).toEqual([
      ['分解表', 'tasks'],
      ['Sheet2', 'empty'],
    ]);
    expect(r.findings.some((f) => f.sheet === 'Sheet2')).toBe(false);
  });

  it('does not pass a workbook with nothing in any sheet: each says it was not checked', () => {
    // A workbook whose relationships point its sheet at an empty part read as empty, and passed.
    const r = checkWorkbook([gridFromRows('Sheet1', []), gridFromRows('Sheet2', [[null, '']])], [luan2023]);
    expect(r.valid).toBe(false);
    expect(r.findings.map((f) => [f.code, f.severity, f.sheet])).toEqual([
      ['no-header', 'error', 'Sheet1'],
      ['no-header', 'error', 'Sheet2'],
    ]);
  });
});

describe('checkWorkbook: as-of date, gauges and task rows', () => {
  const progress = gridFromRows('进度', [
    ['金安区2023年工业经济指标进度表', null, null, null],
    ['指标', '单位', '全年目标', '1-6月完成'],
    ['新增规上工业企业', '户', '25', '8'],
    ['技改投资增速', '%', '20以上', '22'],
  ]);

  it('takes the as-of date from a 1-6月 column, never from today; a given date overrides it', () => {
    const r = checkWorkbook([progress], [luan2023]);
    expect(r.sheets![0]).toMatchObject({ asOf: '2023-06-30', asOfSource: 'columns', asOfLabel: '1-6月' });
    const given = checkWorkbook([progress], [luan2023], { asOf: '2023-09-30' });
    expect(given.sheets![0]).toMatchObject({ asOf: '2023-09-30', asOfSource: 'option' });
    const none = checkWorkbook([tasks(JINAN_2023, ROWS)], [luan2023]);
    expect(none.sheets![0]).toMatchObject({ asOf: null, asOfSource: 'unknown' });
  });

  it('gives each result a gauge from the same verdict as its finding', () => {
    const r = checkWorkbook([progress], [luan2023]);
    const behind = r.findings.filter((f) => f.code === 'behind-schedule').map((f) => f.cell);
    expect(behind).toEqual(['D3']);
    expect(r.gauges!.map((g) => [g.cell, g.role, g.status, g.finding ?? '', g.due, g.delta])).toEqual([
      ['D3', 'actual', 'short', 'behind-schedule', 12.5, '低于目标17户'],
      // The row's promise against the city's 20%以上 (its 25户 is a part of the city's 150户: not gauged alone).
      ['C4', 'target', 'met', '', null, '达到目标'],
      ['D4', 'actual', 'met', '', 20, '高于目标2个百分点'],
    ]);
    expect(r.gauges!.find((g) => g.cell === 'D3')).toMatchObject({ targetCell: 'C3', elapsed: { share: 0.5, label: '1-6月' } });
  });

  it('numbers task rows as the sheet does (1-based) and puts a finding of row 3 on the first task', () => {
    const r = checkWorkbook([tasks(JINAN_2023, ROWS)], [luan2023]);
    expect(r.tasks!.map((t) => [t.number, t.sheetRows])).toEqual([
      ['1', [3]],
      ['2', [4]],
    ]);
    expect(r.findings.find((f) => f.code === 'shortfall')!.cell).toBe('C3');
  });
});

describe('checkWorkbook: a cell the file could not give', () => {
  // What packages/xlsx gives for a cell pointing at a shared string the file lacks: empty text, marked unreadable.
  const damage = (grid: ReturnType<typeof tasks>, row: number, col: number) => {
    const cell = { address: `${'ABCDE'[col]}${row + 1}`, row, col, value: null, text: '', unreadable: 'missing-shared-string' as const };
    grid.cells[row]![col] = cell;
    (grid.unreadable ??= []).push(cell);
    return grid;
  };

  it('is an error on that cell where the shortfall was, so the check does not pass', () => {
    const r = checkWorkbook([damage(tasks(JINAN_2023, ROWS), 2, 2)], [luan2023]);
    expect(r.valid).toBe(false);
    // The target the cell stated is missing from the sheet now: a warning beside the error.
    expect(r.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ['missing-target', '', 'warning'],
      ['unparsed', 'C3', 'error'],
    ]);
    expect(r.findings[1]!.message).toContain('共享字符串');
  });

  it('is said on a sheet whose header it damaged, though another sheet was checked', () => {
    const r = checkWorkbook([tasks(JINAN_2023, ROWS), damage(tasks(JINAN_2023, ROWS, '二'), 1, 0)], [luan2023]);
    expect(r.valid).toBe(false);
    expect(r.findings.filter((f) => f.sheet === '二').map((f) => [f.code, f.cell, f.severity])).toContainEqual(['unparsed', 'A2', 'error']);
  });
});
