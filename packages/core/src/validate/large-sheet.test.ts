import { describe, expect, it } from 'vitest';
import type { Grid } from '../model.ts';
import { gridFromRows } from '../sheet/grid-from-rows.ts';
import { readSheet } from '../sheet/read-sheet.ts';
import { planFromSentences } from './test-plans.ts';
import { validate } from './validate.ts';

// Speed is measured by `pnpm bench:check` (100k rows against a baseline in the same run); this
// file only checks that a large, repetitive sheet is read and validated completely and correctly.

const INDICATORS = [
  ['规上工业增加值增速', '%'],
  ['新增规上工业企业', '户'],
  ['技改投资增速', '%'],
  ['工业投资增速', '%'],
  ['规模以上工业总产值', '亿元'],
];

/** A progress sheet of `n` rows: 县区 | 指标 | 单位 | 目标值 | 1-6月完成, texts repeating as real sheets do. */
function bigSheet(n: number): Grid {
  const rows: (string | number)[][] = [['县区', '指标', '单位', '目标值', '1-6月完成']];
  for (let i = 0; i < n; i++) {
    const [name, unit] = INDICATORS[i % INDICATORS.length]!;
    rows.push([`第${Math.floor(i / INDICATORS.length)}区`, name!, unit!, `${10 + (i % 13)}以上`, 8 + (i % 11)]);
  }
  return gridFromRows('大表', rows);
}

const plan = planFromSentences({ name: 'p', region: '六安市', level: 'city', year: 2023 }, [
  '力争全年规上工业增加值同比增长11%，工业投资、技改投资同比增长20%以上。',
  '力争新增规上工业企业150户以上。',
]);

describe('a 20,000-row progress sheet', () => {
  const table = readSheet(bigSheet(20_000), { region: '六安市', year: 2023 });
  const report = validate([table], [plan]);

  it('yields a target and an actual claim for every row', () => {
    expect(table.claims).toHaveLength(40_000);
  });

  it('matches every row whose indicator the plan names, and only those', () => {
    expect(report.stats.matched).toBe(32_000); // 规模以上工业总产值 is not in the plan
  });

  it('reports findings on real cells of the sheet, each once', () => {
    expect(report.findings.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const finding of report.findings) {
      if (!finding.cell) continue;
      expect(finding.sheet).toBe('大表');
      const row = Number(/\d+$/.exec(finding.cell)![0]);
      expect(row).toBeGreaterThanOrEqual(2);
      expect(row).toBeLessThanOrEqual(20_001);
      const key = `${finding.code} ${finding.cell}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});
