/**
 * Profiling aid for bench:check: builds one generated sheet (default 100k rows of each shape),
 * parses it outside the measured region, then runs readSheet + validate N times so that
 * `node --cpu-prof --import tsx tests/bench/profile-check.ts` shows where the engine's time goes.
 *
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx tests/bench/profile-check.ts [rows] [shape]
 */
import type { Grid } from '@mubiao/core';
import { readSheet, validate } from '@mubiao/core';
import { seededPlan } from '@mubiao/seeds';
import { readWorkbook, writeWorkbook } from '@mubiao/xlsx';
import { indicatorSheet, tasksSheet } from './sheets.ts';

const rows = Number(process.argv[2]) || 100_000;
const shapes = process.argv[3] ? [process.argv[3]] : ['tasks', 'indicators'];
const plan = seededPlan('luan-2023')!;
for (const shape of shapes) {
  const build = shape === 'tasks' ? tasksSheet : indicatorSheet;
  const sheets: Grid[] = readWorkbook(writeWorkbook([build(rows)]), { fileName: `${shape}.xlsx` }).sheets;
  for (let r = 0; r < 3; r++) {
    const c = process.cpuUsage();
    const report = validate(
      sheets.map((g) => readSheet(g)),
      [plan],
      { asOf: '2023-09-30' },
    );
    const u = process.cpuUsage(c);
    console.log(`${shape} ${rows}: ${((u.user + u.system) / 1000).toFixed(0)} ms cpu, ${report.findings.length} findings`);
  }
}
