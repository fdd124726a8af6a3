import { describe, expect, it } from 'vitest';
import type { Grid } from '../model.ts';
import { gridFromRows } from '../sheet/grid-from-rows.ts';
import { readSheet } from '../sheet/read-sheet.ts';
import { planFromSentences } from './test-plans.ts';
import { validate } from './validate.ts';

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

/** CPU milliseconds (not wall time: the machine running the tests may be shared). */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function run(rows: number) {
  const grid = bigSheet(rows);
  const t0 = cpu();
  const table = readSheet(grid, { region: '六安市', year: 2023 });
  const t1 = cpu();
  const report = validate([table], [plan]);
  const t2 = cpu();
  return { table, report, read: t1 - t0, check: t2 - t1 };
}

describe('engine speed', () => {
  it('grows linearly with the rows: no quadratic loop, grammar readings cached', () => {
    run(2_000); // warm up the JIT and the caches
    const small = run(5_000);
    const large = run(20_000);
    console.log(
      `5k rows: read ${small.read.toFixed(0)} ms, validate ${small.check.toFixed(0)} ms; ` +
        `20k rows: read ${large.read.toFixed(0)} ms, validate ${large.check.toFixed(0)} ms CPU (${large.report.findings.length} findings)`,
    );
    expect(large.table.claims).toHaveLength(40_000);
    expect(large.report.stats.matched).toBe(32_000); // 规模以上工业总产值 is not in the plan
    // 4× the rows: linear work takes about 4× the time, quadratic 16×. The floor of 50 ms keeps
    // timer noise on tiny numbers from failing the test.
    expect(large.check).toBeLessThan(8 * Math.max(small.check, 50));
    expect(large.read).toBeLessThan(8 * Math.max(small.read, 50));
    // The product goal is 100k rows under 1 s outside a test runner (tests/bench measures it).
    expect(large.check).toBeLessThan(3000);
  }, 60_000);
});
