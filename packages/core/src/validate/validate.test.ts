import { describe, expect, it } from 'vitest';
import { gridFromRows } from '../sheet/grid-from-rows.ts';
import { readSheet } from '../sheet/read-sheet.ts';
import { planFromSentences } from './test-plans.ts';
import { validate } from './validate.ts';
import { FINDING_CODES } from './codes.ts';
import '../locales/en.ts'; // English words register on import, as the package index does
import '../locales/en-check.ts';

const HEADER = ['序号', '重点任务', '内容和要求', '牵头单位', '配合单位'];
const city2023 = planFromSentences({ name: 'luan-2023', region: '六安市', level: 'city', year: 2023 }, [
  '力争全年规上工业增加值同比增长11%，工业投资、技改投资同比增长20%以上。',
  { text: '力争新增规上工业企业150户以上（市经信局）。', leads: ['市经信局'] },
  { text: '力争规上工业企业研发经费支出增长15%以上（市科技局、市经信局）。', leads: ['市科技局', '市经信局'] },
  '力争新签约亿元以上工业项目**个。',
]);

function taskSheet(rows: string[][], title = '《金安区 2023 年度工业发展要点》重点任务分解表') {
  return readSheet(gridFromRows('分解表', [[title], HEADER, ...rows], { merges: ['A1:E1'] }));
}

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('validate: task table against the city plan', () => {
  const sheet = taskSheet([
    [
      '1',
      '主要指标',
      '规上工业增加值同比增长 12% 以上；工业投资同比增长 20% 左右，技改投资增长 15% 以上；力争新增规上工业企业 25 家以上。',
      '区经信局',
      '区统计局',
    ],
    ['2', '研发', '规上工业企业研发经费支出增长 15% 以上。', '区财政局', ''],
  ]);
  const report = validate([sheet], [city2023]);

  it('reports the 技改投资 shortfall on its cell, quoting the plan', () => {
    const f = report.findings.find((x) => x.code === 'shortfall')!;
    expect(f).toMatchObject({ severity: 'error', sheet: '分解表', cell: 'C3', expected: '20%以上', actual: '15%以上', metricKey: '技术改造投资' });
    expect(f.message).toBe('技改投资增长目标低于市级要求：计划要求20%以上，本表为15%以上，差5个百分点。');
    expect(f.target).toMatchObject({ plan: 'luan-2023', region: '六安市', year: 2023 });
    expect(f.target!.quote).toContain('技改投资同比增长20%以上');
    expect(f.target!.span[1]).toBeGreaterThan(f.target!.span[0]);
  });

  it('reports 以上 → 左右 as a weaker comparator', () => {
    expect(report.findings.find((x) => x.code === 'weaker-comparator')).toMatchObject({ cell: 'C3', expected: '20%以上', actual: '20%左右' });
  });

  it('does not compare a district increment with the city total one by one', () => {
    expect(report.findings.filter((x) => x.metricKey === '规模以上工业企业' && x.severity === 'error')).toEqual([]);
  });

  it('reports a lead that is not among the plan departments, by level-free name', () => {
    const lead = report.findings.filter((x) => x.code === 'lead-mismatch');
    expect(lead).toHaveLength(1);
    expect(lead[0]).toMatchObject({ cell: 'C4', actual: '区财政局' });
  });

  it('notes plan placeholders still "**" about the plan, not as findings on the sheet, and no missing targets for what rows took on', () => {
    expect(report.findings.filter((x) => x.code === 'missing-target' || x.code === 'placeholder')).toEqual([]);
    expect(report.planNotes?.[0]).toMatchObject({ code: 'plan-placeholder', plan: city2023.name });
    expect(report.planNotes?.[0]?.message).toContain('“**”');
  });

  it('is invalid, counts, and orders by row, column, code', () => {
    expect(report.valid).toBe(false);
    expect(report.stats).toMatchObject({ rows: 2, errors: 1 });
    expect(codes(report)).toEqual(['shortfall', 'weaker-comparator', 'lead-mismatch']);
  });

  it('speaks English on request', () => {
    const en = validate([sheet], [city2023], { locale: 'en' });
    expect(en.findings.find((x) => x.code === 'shortfall')!.message).toBe(
      '技改投资 growth target falls short of the city plan: the plan asks ≥ 20%, this sheet says ≥ 15%, 5 percentage points short.',
    );
  });
});

describe('validate: each remaining code', () => {
  it('missing-target is about the sheet as a whole (no cell), with the plan quote', () => {
    const r = validate([taskSheet([['1', '投资', '技改投资增长 25% 以上。', '区经信局', '']])], [city2023]);
    const missing = r.findings.filter((f) => f.code === 'missing-target');
    expect(missing.map((f) => f.metricKey).sort()).toEqual(['工业投资', '规模以上工业企业', '规模以上工业企业研发经费支出', '规模以上工业增加值']);
    expect(missing.every((f) => f.cell === '' && f.sheet === '分解表' && f.severity === 'warning' && f.target!.quote.length > 0)).toBe(true);
    expect(r.valid).toBe(true);
  });

  it('unit-mismatch: % against 百分点', () => {
    const plan = planFromSentences({ name: 'p', region: '金安区', level: 'district', year: 2023 }, ['制造业增加值占比提高0.5个百分点。']);
    const r = validate([taskSheet([['1', '结构', '制造业增加值占比提高 0.5%。', '区经信局', '']])], [plan]);
    expect(codes(r)).toContain('unit-mismatch');
  });

  it('placeholder left in a sheet cell', () => {
    const sheet = readSheet(
      gridFromRows('进度', [
        ['指标', '单位', '目标值'],
        ['技改投资增速', '%', '**'],
      ]),
      { region: '金安区', year: 2023 },
    );
    const r = validate([sheet], [city2023]);
    expect(r.findings.find((f) => f.cell === 'C2')).toMatchObject({ code: 'placeholder', actual: '**%（待定）' });
  });

  it('unparsed: a value cell that is not a quantity', () => {
    const sheet = readSheet(
      gridFromRows('进度', [
        ['指标', '单位', '目标值'],
        ['新增规上工业企业', '户', '另行下达'],
      ]),
      { region: '金安区', year: 2023 },
    );
    expect(validate([sheet], [city2023]).findings.find((f) => f.cell === 'C2')?.code).toBe('unparsed');
  });

  it('ambiguous-match: two different targets for one metric are reported, not guessed', () => {
    const plan = planFromSentences({ name: 'p', region: '金安区', level: 'district', year: 2023 }, [
      '力争培育省级企业技术中心2家。',
      '力争培育省级企业技术中心5家。',
    ]);
    const r = validate([taskSheet([['1', '创新', '培育省级企业技术中心 3 家。', '区经信局', '']])], [plan]);
    expect(codes(r)).toEqual(['ambiguous-match']);
  });

  it('allocation-shortfall: district parts below the sheet total, the total below the plan', () => {
    const grid = gridFromRows(
      '分县区',
      [
        ['六安市2023年新增规上工业企业任务分解表'],
        ['县区', '新增规上工业企业(户)', '规上工业增加值增速(%)'],
        ['金安区', '25', '12'],
        ['裕安区', '20', '10'],
        ['霍邱县', '30', '11'],
        ['合计', '80', ''],
      ],
      { merges: ['A1:C1'] },
    );
    const r = validate([readSheet(grid)], [city2023]);
    const alloc = r.findings.filter((f) => f.code === 'allocation-shortfall');
    expect(alloc.map((f) => [f.cell, f.expected, f.actual])).toEqual([['B6', '80户', '75户']]);
    // The total row itself falls short of the plan; growth rates are compared per district, never
    // summed: 裕安区 10% < 11%.
    expect(r.findings.filter((f) => f.code === 'shortfall').map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['C4', '11%', '10%'],
      ['B6', '150户以上', '80户'],
    ]);
  });

  it('allocation-shortfall: without a total row the parts are summed against the plan', () => {
    const grid = gridFromRows('分县区', [['六安市2023年任务分解表'], ['县区', '新增规上工业企业(户)'], ['金安区', '25'], ['裕安区', '20以上']], {
      merges: ['A1:B1'],
    });
    const r = validate([readSheet(grid)], [city2023], { missingTargets: false });
    expect(r.findings.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([['allocation-shortfall', 'B2', '150户以上', '45户']]);
    expect(r.findings[0]!.message).toBe('新增规上工业企业分解到2个单位合计45户，低于计划目标150户以上，差105户。');
  });

  it('behind-schedule: amounts against the elapsed share, rates against the target', () => {
    const grid = gridFromRows('进度', [
      ['金安区2023年工业经济指标进度表'],
      ['指标', '单位', '全年目标', '1-6月完成'],
      ['新增规上工业企业', '户', '25', '8'],
      ['技改投资增速', '%', '20以上', '16'],
      ['工业投资增速', '%', '20以上', '22'],
    ]);
    const r = validate([readSheet(grid)], [city2023]);
    const behind = r.findings.filter((f) => f.code === 'behind-schedule');
    expect(behind.map((f) => f.cell)).toEqual(['D3', 'D4']);
    // Firms are counted whole: 12.5 due is 13 (rounded up, as the office would say it).
    expect(behind[0]!.message).toContain('应完成13户');
    expect(behind[0]!.message).toContain('50%');
  });

  it('behind-schedule uses asOf when a 完成 column names no period', () => {
    const grid = gridFromRows('进度', [
      ['指标', '单位', '目标值', '完成值'],
      ['新增规上工业企业', '户', '24', '10'],
    ]);
    const sheet = readSheet(grid, { region: '金安区', year: 2023 });
    expect(codes(validate([sheet], [], { asOf: '2023-03-31' }))).not.toContain('behind-schedule');
    const late = validate([sheet], [], { asOf: '2023-09-30' });
    expect(late.findings.find((f) => f.code === 'behind-schedule')?.cell).toBe('D2');
    expect(codes(validate([sheet], []))).toEqual([]);
  });

  it("below-previous-year: a target lower than the same region's previous year", () => {
    const prev = planFromSentences({ name: 'jinan-2022', region: '金安区', level: 'district', year: 2022 }, ['技改投资增长25%以上。']);
    const r = validate([taskSheet([['1', '投资', '技改投资增长 20% 以上。', '区经信局', '']])], [prev]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['below-previous-year', 'info']]);
  });

  it('no-header: a warning beside a checked sheet, an error when nothing could be checked', () => {
    const cover = readSheet(gridFromRows('封面', [['金安区工业发展要点']]));
    const body = taskSheet([['1', '投资', '技改投资增长 25% 以上。', '区经信局', '']]);
    expect(validate([cover, body], [], {}).findings.map((f) => [f.code, f.severity])).toEqual([['no-header', 'warning']]);
    const alone = validate([cover], [city2023]);
    expect(alone.findings.map((f) => [f.code, f.severity])).toEqual([['no-header', 'error']]);
    expect(alone.valid).toBe(false);
  });

  it('every code of the table is proven somewhere in this file', () => {
    expect(FINDING_CODES.map((c) => c.code)).toEqual([
      'shortfall',
      'weaker-comparator',
      'missing-target',
      'allocation-shortfall',
      'behind-schedule',
      'unit-mismatch',
      'placeholder',
      'lead-mismatch',
      'unparsed',
      'ambiguous-match',
      'below-previous-year',
      'plan-mismatch', // proven in core/check/check-workbook.test.ts: it is the workbook check's to raise
      'no-header',
    ]);
  });
});

describe('validate: loose claims', () => {
  it('accepts claims instead of tables and keeps a deterministic order', () => {
    const sheet = taskSheet([
      ['1', 'a', '技改投资增长 15% 以上。', '区经信局', ''],
      ['2', 'b', '工业投资同比增长 10% 以上。', '区经信局', ''],
    ]);
    const reversed = [...sheet.claims].reverse();
    const r = validate(reversed, [city2023], { missingTargets: false, year: 2023, region: '金安区' });
    expect(r.findings.map((f) => f.cell)).toEqual(['C3', 'C4']);
    expect(validate(sheet.claims, [city2023], { missingTargets: false, region: '金安区' })).toEqual(r);
  });
});

describe('validate: a city progress sheet (title, note row, two-row header, 全市 total)', () => {
  const grid = gridFromRows(
    '1-9月进度',
    [
      ['六安市 2023 年工业经济主要指标分解及 1-9 月完成情况'],
      ['说明：本表县区目标值和 1-9 月完成值为示例数据。'],
      ['县区', '规上工业增加值增速（%）', '', '新增规上工业企业（户）', ''],
      ['', '年度目标', '1-9月完成', '年度目标', '1-9月完成'],
      ['金安区', '12', '12.3', '25', '20'],
      ['裕安区', '11.5', '9.8', '22', '12'],
      ['全市', '11', '11.4', '50', '32'],
    ],
    { merges: ['A1:E1', 'A2:E2', 'A3:A4', 'B3:C3', 'D3:E3'] },
  );
  const table = readSheet(grid);
  const report = validate([table], [city2023], { missingTargets: false });

  it('reads the header under the title and the note', () => {
    expect(table).toMatchObject({ shape: 'allocation', region: '六安市', year: 2023, headerRows: [2, 3], headerCell: 'A3' });
  });

  it('finds the allocation gap, the total below the plan, and lagging results', () => {
    expect(report.findings.map((f) => [f.code, f.cell])).toEqual([
      ['behind-schedule', 'C6'],
      ['behind-schedule', 'E6'],
      ['allocation-shortfall', 'D7'],
      ['shortfall', 'D7'],
      ['behind-schedule', 'E7'],
    ]);
    expect(report.findings.find((f) => f.cell === 'E6')!.message).toBe(
      '新增规上工业企业进度滞后：时间已过75%（1-9月），按进度应完成17户（全年目标22户），实际完成12户，仅完成全年目标的54.5%。',
    );
  });
});

describe('validate: defaults', () => {
  const progress = readSheet(
    gridFromRows('进度', [
      ['指标', '单位', '目标值'],
      ['技改投资增速', '%', '25'],
    ]),
    { region: '六安市', year: 2023 },
  );

  it('lists missing targets for decomposition tables, not for a progress sheet unless asked', () => {
    expect(codes(validate([progress], [city2023]))).not.toContain('missing-target');
    expect(codes(validate([progress], [city2023], { missingTargets: true }))).toContain('missing-target');
  });

  it('reads a sheet without a year as of the latest plan year', () => {
    const older = planFromSentences({ name: 'luan-2019', region: '六安市', level: 'city', year: 2019 }, ['技改投资增长30%以上。']);
    const sheet = readSheet(gridFromRows('无年份', [HEADER, ['1', 'a', '技改投资增长 25% 以上。', '市经信局', '']]), { region: '六安市' });
    const r = validate([sheet], [older, city2023], { missingTargets: false });
    expect(r.findings).toEqual([]);
  });

  it('does not judge progress with a result of another year', () => {
    const sheet = taskSheet([['1', '投资', '2022年技改投资增长8%，2023年力争技改投资增长 20% 以上。', '区经信局', '']]);
    const r = validate([sheet], [], { asOf: '2023-12-31' });
    expect(sheet.claims.map((c) => [c.role, c.value])).toEqual([
      ['actual', 8],
      ['target', 20],
    ]);
    expect(codes(r)).toEqual([]);
  });
});

describe('validate: plans of other branches', () => {
  it("does not check a district's sheet against another city's plan once the district's parent is known", () => {
    const suzhou = planFromSentences({ name: 'suzhou-2023', region: '宿州市', level: 'city', year: 2023 }, ['技改投资增长18%以上。']);
    const row = [['1', '投资', '技改投资增长 15% 以上。', '区经信局', '']];
    // 金安区 is 六安市's (the gazetteer says so): 宿州市's plan is another branch, as checkWorkbook decides.
    expect(codes(validate([taskSheet(row)], [suzhou], { missingTargets: false }))).toEqual([]);
    // A district nobody places: the caller chose this plan, and it is trusted.
    const unplaced = taskSheet(row, '《桃源区 2023 年度工业发展要点》重点任务分解表');
    expect(codes(validate([unplaced], [suzhou], { missingTargets: false }))).toEqual(['shortfall']);
    const known = validate([unplaced], [suzhou, city2023], { missingTargets: false, parentRegion: '六安市' });
    expect(known.findings.map((f) => f.target?.plan)).toEqual(['luan-2023']);
  });
});

describe('validate: long allocation tables (县区 | 指标 | 目标值)', () => {
  it('reads merged district cells and sums parts per indicator', () => {
    const grid = gridFromRows(
      '长表',
      [
        ['六安市2023年指标分解表'],
        ['县区', '指标', '单位', '目标值'],
        ['金安区', '新增规上工业企业', '户', '25'],
        ['', '技改投资增速', '%', '20以上'],
        ['裕安区', '新增规上工业企业', '户', '20'],
        ['', '技改投资增速', '%', '18以上'],
      ],
      { merges: ['A1:D1', 'A3:A4', 'A5:A6'] },
    );
    const table = readSheet(grid);
    expect(table.claims.map((c) => [c.cell, c.region, c.metricKey])).toEqual([
      ['D3', '金安区', '规模以上工业企业'],
      ['D4', '金安区', '技术改造投资'],
      ['D5', '裕安区', '规模以上工业企业'],
      ['D6', '裕安区', '技术改造投资'],
    ]);
    const r = validate([table], [city2023], { missingTargets: false });
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ['allocation-shortfall', 'D2'],
      ['shortfall', 'D6'],
    ]);
  });
});

describe('validate: bad options', () => {
  it('refuses an asOf that is not a real YYYY-MM-DD date, naming it', () => {
    expect(() => validate([], [], { asOf: '2024/06/30' })).toThrow(/asOf must be a real date written YYYY-MM-DD.*"2024\/06\/30"/);
    expect(() => validate([], [], { asOf: '2023-02-29' })).toThrow(RangeError);
    expect(validate([], [], { asOf: '2024-02-29' }).valid).toBe(true);
  });
});
