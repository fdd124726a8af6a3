import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAny } from '@mubiao/xlsx';
import { seededPlans } from '@mubiao/seeds';
import type { Grid } from '@mubiao/core';
import { runCheck } from '../src/shared/check.ts';
import { readPastedPlan } from '../src/shared/pasted-plan.ts';
import { marksFromReport } from '../src/shared/marks.ts';
import { annotatedName } from '../src/web/web-checker-names.ts';
import { HostError } from '../src/excel/errors.ts';
import { STRINGS } from '../src/ui/strings.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const jinan = readAny(new Uint8Array(readFileSync(join(repo, 'seeds/sheets/jinan-2023-tasks.xlsx'))), 'jinan-2023-tasks.xlsx').sheets;

function gridOf(rows: string[][], sheet = 'Sheet1'): Grid {
  return {
    sheet,
    rowCount: rows.length,
    colCount: Math.max(...rows.map((r) => r.length)),
    cells: rows.map((r, row) =>
      r.map((text, col) => (text ? { address: `${String.fromCharCode(65 + col)}${row + 1}`, row, col, value: text, text } : undefined)),
    ),
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
  };
}

describe('the check pipeline', () => {
  it('checks 金安区 2023 against its own plan and 六安市’s, and finds the 技改投资 shortfall on D3', () => {
    const report = runCheck(jinan, seededPlans, { locale: 'zh-CN' });
    expect(report.sheets![0]!.plans.map((p) => p.plan).sort()).toEqual(['jinan-2023', 'luan-2023']);
    const shortfall = report.findings.find((f) => f.cell === 'D3' && f.code === 'shortfall');
    expect(shortfall).toMatchObject({ severity: 'error', expected: '20%以上', actual: '15%以上', target: { plan: 'luan-2023' } });
    const mark = marksFromReport(report).find((m) => m.cell === 'D3');
    expect(mark?.severity).toBe('error');
    expect(mark?.note).toMatch(/技改投资/);
    expect(report.tasks!.length).toBeGreaterThan(5);
    expect(report.tasks![0]).toMatchObject({ sheet: '重点任务分解表', number: '1', sheetRows: [3] });
    // The gauge of D3 against 六安市's 20%以上 is the shortfall's own verdict.
    expect(report.gauges!.find((g) => g.cell === 'D3' && g.ref?.plan === 'luan-2023' && g.value === 15)).toMatchObject({
      status: 'short',
      finding: 'shortfall',
    });
  });

  it('uses an explicitly chosen plan only, and says why it applies', () => {
    const luan = seededPlans.filter((p) => p.name === 'luan-2023');
    const report = runCheck(jinan, seededPlans, { locale: 'en', plans: luan });
    expect(report.sheets![0]!.plans).toMatchObject([{ plan: 'luan-2023', applied: true, chosenBy: 'user', why: '六安市 is above 金安区; same year 2023' }]);
  });

  it('reports a workbook without a recognisable header (an error: nothing was checked), naming the sheet', () => {
    const report = runCheck([gridOf([['会议纪要'], ['请各单位按时报送材料。']], '说明')], seededPlans, { locale: 'zh-CN' });
    expect(report.valid).toBe(false);
    expect(report.findings).toMatchObject([{ code: 'no-header', severity: 'error', sheet: '说明', cell: '' }]);
    expect(report.findings[0]!.message).toContain('“说明”');
  });

  it('does not pass a sheet no seeded plan fits, and says which region and year it is', () => {
    const report = runCheck([gridOf([['宣城市2030年指标表'], ['指标', '目标值'], ['技改投资增长', '15%']])], seededPlans, { locale: 'en' });
    expect(report.valid).toBe(false);
    expect(report.findings.find((f) => f.code === 'plan-mismatch')!.message).toMatch(/^No plan for 宣城市, 2030 or a region above it is available/);
  });

  it('says a workbook with no data at all is empty', () => {
    expect(() => runCheck([gridOf([[]], 'Sheet1')], seededPlans, { locale: 'zh-CN' })).toThrow(HostError);
  });
});

describe('a pasted plan', () => {
  it('is read on the spot', () => {
    const text = readFileSync(join(repo, 'seeds/documents/000_4a0b2518f3081329.txt'), 'utf8');
    const plan = readPastedPlan(text);
    expect(plan.targets.length).toBeGreaterThan(20);
    expect(plan.region).toBe('六安市');
  });

  it("with a year in the year box that its title contradicts is refused with core's message", () => {
    const text = readFileSync(join(repo, 'seeds/documents/000_4a0b2518f3081329.txt'), 'utf8');
    expect(readPastedPlan(text, 2023).year).toBe(2023);
    try {
      readPastedPlan(text, 2024);
      expect.unreachable();
    } catch (e) {
      expect((e as HostError).problem).toBe('year-contradicted');
      expect((e as HostError).text('zh-CN')).toBe('所填年份 2024 与计划标题中的 2023 年不符：请去掉或改正年份，或换用对应年份的计划。');
      expect((e as HostError).text('en')).toMatch(/^The year given, 2024, is not the plan title's 2023/);
    }
  });

  it('that writes no year says how many results it left out, and counts them once a year is given', () => {
    // A bureau's note: this year's aims after results dated only by 今年以来 (core leaves those out, Decisions 21).
    const text = ['今年以来，某区规上工业增加值增长6.2%，新签约项目12个。', '全年力争新签约项目20个，确保固定资产投资增长8%。'].join('\n');
    const plan = readPastedPlan(text);
    expect(plan.year).toBeNull();
    expect(plan.actuals).toEqual([]);
    const leftOut = plan.undatedResultsLeftOut ?? 0;
    expect(leftOut).toBeGreaterThan(0);
    expect(STRINGS['zh-CN'].pasteRead(plan.targets.length, '某区', leftOut)).toBe(
      `已读取：某区，${plan.targets.length} 个目标值。另有 ${leftOut} 项结果因原文未写年份未计入。`,
    );
    expect(STRINGS.en.pasteRead(1, 'X', 1)).toBe('Read: X, 1 target. 1 result was left out because the text writes no year.');
    const dated = readPastedPlan(text, 2024);
    expect(dated.undatedResultsLeftOut).toBeUndefined();
    expect(dated.actuals).toHaveLength(leftOut);
    expect(STRINGS['zh-CN'].pasteRead(3, '某区 2024', 0)).toBe('已读取：某区 2024，3 个目标值。');
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
