import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAny } from '@mubiao/xlsx';
import { seededPlans } from '@mubiao/seeds';
import type { Grid } from '@mubiao/core';
import { plansForTables, regionChain, runCheck } from '../src/shared/check.ts';
import { readPastedPlan } from '../src/shared/pasted-plan.ts';
import { marksFromReport } from '../src/shared/marks.ts';
import { annotatedName } from '../src/web/web-checker-names.ts';
import { HostError } from '../src/excel/errors.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const jinan = readAny(new Uint8Array(readFileSync(join(repo, 'seeds/sheets/jinan-2023-tasks.xlsx'))), 'jinan-2023-tasks.xlsx').sheets;

function gridOf(rows: string[][], sheet = 'Sheet1'): Grid {
  return {
    sheet,
    rowCount: rows.length,
    colCount: Math.max(...rows.map((r) => r.length)),
    cells: rows.map((r, row) => r.map((text, col) => (text ? { address: `${String.fromCharCode(65 + col)}${row + 1}`, row, col, value: text, text } : undefined))),
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
  };
}

describe('the check pipeline', () => {
  it('checks 金安区 2023 against its own plan and 六安市’s, and finds the 技改投资 shortfall on D3', () => {
    const result = runCheck(jinan, seededPlans, { locale: 'zh-CN', asOf: '2023-09-30' });
    expect(result.plans.map((p) => p.name).sort()).toEqual(['jinan-2023', 'luan-2023']);
    const shortfall = result.report.findings.find((f) => f.cell === 'D3' && f.code === 'shortfall');
    expect(shortfall).toMatchObject({ severity: 'error', expected: '20%以上', actual: '15%以上', target: { plan: 'luan-2023' } });
    const mark = marksFromReport(result.report).find((m) => m.cell === 'D3');
    expect(mark?.severity).toBe('error');
    expect(mark?.note).toMatch(/技改投资/);
    expect(result.tasks.length).toBeGreaterThan(5);
    expect(result.tasks[0]).toMatchObject({ sheet: '重点任务分解表', leads: expect.any(Array) });
    expect(result.gauges.some((g) => g.target.metric.includes('技改投资') && g.value === 15 && g.target.value === 20)).toBe(true);
  });

  it('walks a region up to the province', () => {
    expect(regionChain('金安区')).toEqual(['金安区', '六安市', '安徽省']);
    expect(regionChain('某某县')).toEqual(['某某县']);
    expect(regionChain(undefined)).toEqual([]);
  });

  it('uses an explicitly chosen plan only', () => {
    const luan = seededPlans.filter((p) => p.name === 'luan-2023');
    const result = runCheck(jinan, seededPlans, { locale: 'en', plans: luan });
    expect(result.plans).toEqual(luan);
    expect(plansForTables([], seededPlans)).toEqual([]);
  });

  it('refuses a workbook without a recognisable header, naming the sheet', () => {
    const grid = gridOf([['会议纪要'], ['请各单位按时报送材料。']], '说明');
    expect(() => runCheck([grid], seededPlans, { locale: 'zh-CN' })).toThrow(HostError);
    try {
      runCheck([grid], seededPlans, { locale: 'zh-CN' });
    } catch (e) {
      expect((e as HostError).problem).toBe('no-header');
      expect((e as HostError).zh).toContain('“说明”');
    }
  });

  it('refuses when no seeded plan matches the sheet’s region and year', () => {
    const grid = gridOf([['宣城市2030年指标表'], ['指标', '目标值'], ['技改投资增长', '15%']]);
    try {
      runCheck([grid], seededPlans, { locale: 'en' });
      expect.unreachable();
    } catch (e) {
      expect((e as HostError).problem).toBe('no-plan');
    }
  });
});

describe('a pasted plan', () => {
  it('is read on the spot', () => {
    const text = readFileSync(join(repo, 'seeds/documents/000_4a0b2518f3081329.txt'), 'utf8');
    const plan = readPastedPlan(text);
    expect(plan.targets.length).toBeGreaterThan(20);
    expect(plan.region).toBe('六安市');
  });

  it('with no targets is refused with a message', () => {
    expect(() => readPastedPlan('   ')).toThrow(/No targets|没有读到/);
    try {
      readPastedPlan('各单位要高度重视，认真组织实施。');
    } catch (e) {
      expect((e as HostError).problem).toBe('no-targets');
    }
  });
});

describe('the annotated copy', () => {
  it('never takes the original’s name', () => {
    expect(annotatedName('进度表.xlsx')).toBe('进度表.mubiao.xlsx');
    expect(annotatedName('a.b.xlsx')).toBe('a.b.mubiao.xlsx');
    expect(annotatedName('noext')).toBe('noext.mubiao.xlsx');
  });
});
