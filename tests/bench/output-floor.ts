/**
 * The floor under readSheet's time: after a parse (the heap state bench:check measures in), the
 * CPU time of merely building a bare copy of its output — new claim and row objects with their
 * own id, address and row-key strings — beside readSheet itself. What the engine cannot go below
 * without another output representation.
 *
 *   tsx tests/bench/output-floor.ts [rows] [tasks|indicators]
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cellAddress, readSheet, type Claim, type SheetRow } from '@mubiao/core';
import { readWorkbook, writeWorkbook } from '@mubiao/xlsx';
import { indicatorSheet, tasksSheet } from './sheets.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const rows = Number(process.argv[2]) || 100_000;
const shape = process.argv[3] === 'indicators' ? 'indicators' : 'tasks';
const bytes = writeWorkbook([(shape === 'tasks' ? tasksSheet : indicatorSheet)(rows)]);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** A copy of the rows and claims with fresh objects and strings, field for field. */
function copyOutput(claims: readonly Claim[], tableRows: readonly SheetRow[], sheet: string): [SheetRow[], Claim[]] {
  const outRows: SheetRow[] = [];
  for (const r of tableRows) {
    const key = `${sheet}!${r.rows[0]! + 1}`;
    key.charCodeAt(0); // flat, as readSheet keeps it
    const row: SheetRow = { key, rows: [...r.rows], leads: r.leads, partners: r.partners };
    if (r.index) row.index = r.index;
    if (r.task) row.task = r.task;
    if (r.region) row.region = r.region;
    outRows.push(row);
  }
  const out: Claim[] = [];
  for (const c of claims) {
    const cell = cellAddress(c.row, c.col);
    const id = `${sheet}!${cell}#0`;
    id.charCodeAt(0);
    const copy: Claim = {
      id,
      sheet,
      cell,
      row: c.row,
      col: c.col,
      rowKey: c.rowKey,
      role: c.role,
      metric: c.metric,
      metricKey: c.metricKey,
      kind: c.kind,
      comparator: c.comparator,
      value: c.value,
      max: c.max,
      decline: c.decline,
      unit: c.unit,
      dimension: c.dimension,
      factor: c.factor,
      text: c.text,
      span: c.span,
      leads: c.leads,
      partners: c.partners,
    };
    if (c.region) copy.region = c.region;
    if (c.total) copy.total = true;
    if (c.year !== undefined) copy.year = c.year;
    if (c.period) copy.period = c.period;
    if (c.hidden) copy.hidden = true;
    out.push(copy);
  }
  return [outRows, out];
}

for (let i = 0; i < 4; i++) {
  gc();
  const grid = readWorkbook(bytes, { fileName: `${shape}.xlsx` }).sheets[0]!;
  let t = cpuMs();
  const table = readSheet(grid);
  const read = cpuMs() - t;
  gc();
  const again = readWorkbook(bytes, { fileName: `${shape}.xlsx` }).sheets[0]!; // a parse just done, as in bench:check
  t = cpuMs();
  const [copiedRows, copiedClaims] = copyOutput(table.claims, table.rows, table.sheet);
  const floor = cpuMs() - t;
  if (i > 0) {
    // `again` is read here so that its grid stays live while the copy is made.
    console.log(
      `${shape} ${rows}: readSheet ${read.toFixed(0)} ms cpu; a bare copy of its output (${copiedClaims.length} claims, ${copiedRows.length} rows, beside a ${again.rowCount}-row grid) ${floor.toFixed(0)} ms cpu`,
    );
  }
}
