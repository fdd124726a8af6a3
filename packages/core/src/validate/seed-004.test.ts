import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model.ts';
import { gridFromRows } from '../sheet/grid-from-rows.ts';
import { readSheet } from '../sheet/read-sheet.ts';
import { validate } from './validate.ts';
import { validatePlan } from './validate-plan.ts';

const seeds = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const doc004 = readFileSync(`${seeds}documents/004_6c17aed7528460c1.txt`, 'utf8');
const plan = (name: string): Plan => JSON.parse(readFileSync(`${seeds}plans/${name}.json`, 'utf8')) as Plan;

/**
 * Seed 004's attached 2023 table as a sheet straight from the document's lines, page breaks
 * and all: the running page header is dropped, but a row split across pages stays two sheet
 * rows (the way a table pasted from the PDF arrives). Six columns: 序号 / 重点任务 (group) /
 * 重点任务 (sub-task) / 内容和要求 / 牵头单位 / 配合单位, the header's 重点任务 merged over two.
 */
function seed004Grid() {
  const title = '《金安区 2023 年度工业发展要点》重点任务分解表';
  const lines = doc004.slice(doc004.lastIndexOf(title)).split('\n');
  const rows: string[][] = [[title], ['序号', '重点任务', '', '内容和要求', '牵头单位', '配合单位']];
  const merges = ['A1:F1', 'B2:C2'];
  for (const line of lines.slice(1)) {
    if (!line.includes('\t')) continue; // blank lines and the running page header
    const f = line.split('\t').map((s) => s.trim());
    if (f[0] === '序号') continue;
    const sixColumns = f.length >= 6 && (f[3] ?? '').length >= (f[2] ?? '').length;
    const row = sixColumns ? f.slice(0, 6) : [f[0]!, f[1]!, '', f[2]!, f[3] ?? '', f[4] ?? ''];
    if (!sixColumns && row[1]) merges.push(`B${rows.length + 1}:C${rows.length + 1}`);
    rows.push(row);
  }
  return gridFromRows('重点任务分解表', rows, { merges });
}

describe('seed 004: 金安区 2023 decomposition table against 六安市 2023 (luan-2023)', () => {
  const table = readSheet(seed004Grid());
  const report = validate([table], [plan('luan-2023')]);

  it('reads the table: region, year, every numbered row, continued rows joined', () => {
    expect(table).toMatchObject({ shape: 'tasks', region: '金安区', year: 2023 });
    expect(table.rows.map((r) => r.index)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    const share = table.claims.find((c) => c.metric.includes('研发经费支出占营收比重'))!;
    expect(share).toMatchObject({ comparator: '>', value: 2.6, leads: ['区发改委', '区经信局', '区科技局'] });
    expect(table.claims.length).toBeGreaterThanOrEqual(40);
  });

  it("yields exactly one error: the 技改投资 shortfall on row 1's 内容和要求 cell", () => {
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'shortfall', cell: 'D3', expected: '20%以上', actual: '15%以上', metricKey: '技术改造投资' });
    expect(errors[0]!.message).toBe('技改投资增长目标低于市级要求：计划要求20%以上，本表为15%以上，差5个百分点。');
    expect(errors[0]!.target!.quote).toContain('工业投资、技改投资同比增长20%以上');
  });

  it('finds no wrong lead and no unreadable target', () => {
    expect(report.findings.filter((f) => f.code === 'lead-mismatch' || f.code === 'unparsed' || f.code === 'weaker-comparator')).toEqual([]);
  });
});

describe('seed plans against each other', () => {
  const all = ['anhui-2024', 'jinan-2023', 'jinan-2024', 'luan-2019', 'luan-2023', 'suzhou-2023'].map(plan);
  const byName = (n: string) => all.find((p) => p.name === n)!;

  it('金安区 2023 (its table) against 六安市 2023: the same single shortfall', () => {
    const r = validatePlan(byName('jinan-2023'), all);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.expected, f.actual])).toEqual([['shortfall', '20%以上', '15%以上']]);
    expect(r.findings[0]).toMatchObject({ sheet: 'jinan-2023', cell: '' });
    expect(r.findings.find((f) => f.code === 'shortfall')!.subject!.quote).toContain('技改投资增长15%以上');
  });

  it('金安区 2024 against 安徽省 2024 and its own 2023: no error, lower targets than 2023 as info', () => {
    const r = validatePlan(byName('jinan-2024'), all);
    expect(r.valid).toBe(true);
    const below = r.findings.filter((f) => f.code === 'below-previous-year');
    expect(below.every((f) => f.severity === 'info' && f.target!.plan === 'jinan-2023')).toBe(true);
    expect(below.map((f) => f.metricKey)).toContain('规模以上工业增加值');
  });

  it('宿州市 is not checked against 六安市 (same level, other region)', () => {
    expect(validatePlan(byName('suzhou-2023'), all).findings.filter((f) => f.target?.plan === 'luan-2023')).toEqual([]);
  });
});
