/**
 * Every finding code, end to end: a small hand-made .xlsx written to disk, a plan document as
 * text, `mubiao check … --json`, and the code on the cell where the problem stands. The rules
 * themselves are tested in packages/core/src/validate; this proves each one survives the whole
 * path a planning officer uses (workbook reader, plan reader, validator, CLI contract).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@mubiao/cli';
import { FINDING_CODES } from '@mubiao/core';
import { writeWorkbook, type SheetSpec, type WritableValue } from '@mubiao/xlsx';

interface JsonFinding {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  expected?: string;
  actual?: string;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mubiao-codes-'));
});

const TASK_HEADER = ['序号', '重点任务', '内容和要求', '牵头单位', '配合单位'];
const jinanTasks = (rows: WritableValue[][]): SheetSpec => ({
  name: '重点任务分解表',
  rows: [['《金安区2023年度工业发展要点》重点任务分解表', null, null, null, null], TASK_HEADER, ...rows],
  merges: ['A1:E1'],
});

const CITY_2023 = `六安市2023年全市工业经济工作要点

一、稳定增长。力争全年规上工业增加值同比增长11%，工业投资、技改投资同比增长20%以上（市经信局）。
二、培育企业。力争新增规上工业企业150户以上（市经信局）。
三、招商引资。力争新签约亿元以上工业项目**个。
`;

/** Writes the workbook and plan texts, runs `mubiao check`, returns exit code and findings. */
async function check(name: string, sheets: SheetSpec[], plans: string[], extra: string[] = []) {
  const workbook = join(dir, `${name}.xlsx`);
  await writeFile(workbook, writeWorkbook(sheets));
  const planArgs: string[] = [];
  for (const [i, text] of plans.entries()) {
    const file = join(dir, `${name}-plan-${i}.txt`);
    await writeFile(file, text);
    planArgs.push('--plan', file);
  }
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', workbook, ...planArgs, '--json', ...extra], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    isTTY: false,
  });
  expect(code, stderr).not.toBe(2);
  const json = JSON.parse(stdout) as { findings: JsonFinding[]; files: { planNotes?: { code: string; message: string }[] }[] };
  return { code, findings: json.findings, planNotes: json.files.flatMap((f) => f.planNotes ?? []) };
}

const at = (findings: JsonFinding[], code: string) => findings.filter((f) => f.code === code).map((f) => `${f.severity} ${f.cell}`);

describe('each finding code through a real workbook and the CLI', () => {
  const proven = new Set<string>();
  const prove = (code: string, findings: JsonFinding[], cells: string[]) => {
    expect(at(findings, code)).toEqual(cells);
    proven.add(code);
  };

  it('shortfall, weaker-comparator and lead-mismatch on the row that makes them', async () => {
    const { code, findings, planNotes } = await check(
      'task-table',
      [
        jinanTasks([
          [1, '稳定增长', '规上工业增加值同比增长12%以上，工业投资同比增长20%左右，技改投资增长15%以上。', '区财政局', '区统计局'],
          [2, '培育企业', '力争新增规上工业企业25家以上。', '区经信局', ''],
        ]),
      ],
      [CITY_2023],
    );
    expect(code).toBe(1);
    prove('shortfall', findings, ['error C3']);
    prove('weaker-comparator', findings, ['warning C3']);
    // One per metric the row takes on (规上工业增加值, 工业投资, 技改投资): all led by 市经信局 in the plan.
    prove('lead-mismatch', findings, ['warning C3', 'warning C3', 'warning C3']);
    // The plan's own "**" is not the sheet's fault: a note about the plan, no finding, no cell painted.
    expect(at(findings, 'placeholder')).toEqual([]);
    expect(planNotes.map((n) => n.code)).toEqual(['plan-placeholder']);
    expect(planNotes[0]!.message).toContain('新签约亿元以上工业项目');
  });

  it("plan-mismatch: another city's plan or another year's does not pass", async () => {
    const rows = [[1, '投资', '技改投资增长25%以上。', '区经信局', '']];
    const otherCity = `宿州市2023年工业经济工作要点\n\n一、投资。技改投资增长20%以上（市经信局）。\n`;
    const city = await check('other-city', [jinanTasks(rows)], [otherCity]);
    expect(city.code).toBe(1);
    prove('plan-mismatch', city.findings, ['error ']);
    const lastYear = await check('other-year', [jinanTasks(rows)], [CITY_2023.replace('2023年', '2021年')]);
    expect(lastYear.code).toBe(1);
    expect(at(lastYear.findings, 'plan-mismatch')).toEqual(['error ']);
  });

  it('missing-target about the sheet as a whole (no cell painted), for the city targets no row takes on', async () => {
    const { code, findings } = await check('missing', [jinanTasks([[1, '投资', '技改投资增长25%以上。', '区经信局', '']])], [CITY_2023]);
    expect(code).toBe(0);
    expect(at(findings, 'missing-target').length).toBeGreaterThanOrEqual(3);
    expect(new Set(at(findings, 'missing-target'))).toEqual(new Set(['warning ']));
    proven.add('missing-target');
  });

  it('allocation-shortfall when the districts add up to less than the 合计 row', async () => {
    const { findings } = await check(
      'allocation',
      [
        {
          name: '分县区',
          rows: [
            ['六安市2023年新增规上工业企业任务分解表', null, null],
            ['县区', '新增规上工业企业(户)', '规上工业增加值增速(%)'],
            ['金安区', 25, 12],
            ['裕安区', 20, 10],
            ['霍邱县', 30, 11],
            ['合计', 80, null],
          ],
          merges: ['A1:C1'],
        },
      ],
      [CITY_2023],
    );
    prove('allocation-shortfall', findings, ['error B6']);
  });

  it('behind-schedule against the elapsed share of the year', async () => {
    const { findings } = await check(
      'progress',
      [
        {
          name: '进度',
          rows: [
            ['金安区2023年工业经济指标进度表', null, null, null],
            ['指标', '单位', '全年目标', '1-6月完成'],
            ['新增规上工业企业', '户', 25, 8],
            ['技改投资增速', '%', '20以上', 16],
            ['工业投资增速', '%', '20以上', 22],
          ],
        },
      ],
      [CITY_2023],
      ['--as-of', '2023-06-30'],
    );
    prove('behind-schedule', findings, ['warning D3', 'warning D4']);
  });

  it('unit-mismatch: a share raised by % against a plan in 百分点', async () => {
    const plan = `金安区2023年工业发展要点\n\n一、结构。制造业增加值占比提高0.5个百分点。\n`;
    const { findings } = await check('units', [jinanTasks([[1, '结构', '制造业增加值占比提高0.5%。', '区经信局', '']])], [plan]);
    prove('unit-mismatch', findings, ['error C3']);
  });

  it('placeholder and unparsed in value cells of an indicator sheet', async () => {
    const { findings } = await check(
      'cells',
      [
        {
          name: '进度',
          rows: [
            ['金安区2023年主要指标', null, null],
            ['指标', '单位', '目标值'],
            ['技改投资增速', '%', '**'],
            ['新增规上工业企业', '户', '另行下达'],
          ],
        },
      ],
      [CITY_2023],
    );
    prove('placeholder', findings, ['warning C3']);
    prove('unparsed', findings, ['warning C4']);
  });

  it('ambiguous-match when the plan states one metric twice with different numbers', async () => {
    const plan = `金安区2023年工业发展要点\n\n一、创新。力争培育省级企业技术中心2家。\n二、平台。力争培育省级企业技术中心5家。\n`;
    const { findings } = await check('ambiguous', [jinanTasks([[1, '创新', '培育省级企业技术中心3家。', '区经信局', '']])], [plan]);
    prove('ambiguous-match', findings, ['warning C3']);
  });

  it("below-previous-year against the same region's plan of the year before", async () => {
    const plan = `金安区2022年工业发展要点\n\n一、投资。技改投资增长25%以上。\n`;
    const { findings } = await check('previous', [jinanTasks([[1, '投资', '技改投资增长20%以上。', '区经信局', '']])], [plan]);
    prove('below-previous-year', findings, ['info C3']);
  });

  it('no-header: a cover sheet beside the table is a warning; alone it is an error', async () => {
    const cover: SheetSpec = { name: '封面', rows: [['金安区工业发展要点']] };
    const both = await check('cover-and-table', [cover, jinanTasks([[1, '投资', '技改投资增长25%以上。', '区经信局', '']])], [CITY_2023]);
    prove('no-header', both.findings, ['warning ']);
    const alone = await check('cover-only', [cover], [CITY_2023]);
    expect(alone.code).toBe(1);
    expect(at(alone.findings, 'no-header')).toEqual(['error ']);
  });

  it('has proven every code the validator defines', () => {
    expect([...proven].sort()).toEqual(FINDING_CODES.map((c) => c.code).sort());
  });
});
