/**
 * Behaviour guard for engine optimisations: prints a SHA-256 of JSON.stringify(report) (zh-CN and
 * en) for each generated sheet shape, so a before/after run shows the output is byte-identical.
 *
 *   tsx tests/bench/fingerprint.ts [rows]
 */
import { createHash } from 'node:crypto';
import { readSheet, validate } from '@mubiao/core';
import { seededPlan } from '@mubiao/seeds';
import { readWorkbook, writeWorkbook } from '@mubiao/xlsx';
import { indicatorSheet, tasksSheet } from './sheets.ts';

const rows = Number(process.argv[2]) || 20_000;
const plan = seededPlan('luan-2023')!;
for (const [shape, build] of [
  ['tasks', tasksSheet],
  ['indicators', indicatorSheet],
] as const) {
  const sheets = readWorkbook(writeWorkbook([build(rows)]), { fileName: `${shape}.xlsx` }).sheets;
  for (const locale of ['zh-CN', 'en'] as const) {
    const tables = sheets.map((g) => readSheet(g, { locale }));
    const json = JSON.stringify({ tables, report: validate(tables, [plan], { asOf: '2023-09-30', locale }) });
    console.log(shape, locale, createHash('sha256').update(json).digest('hex').slice(0, 16), json.length);
  }
}
