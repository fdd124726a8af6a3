/**
 * Builds the sample sheets in this folder (run: pnpm seeds:sheets). The .xlsx files are
 * committed; this script is how they were made and how to remake them.
 *
 * - jinan-2023-tasks.xlsx: the 2023 key-task decomposition table attached to seed 004 (金安区),
 *   read from the document text by the plan reader's table function, laid out as the
 *   document's table is: 序号 / 重点任务 (a merged group cell over its sub-tasks) / 内容和要求 /
 *   牵头单位 / 配合单位.
 * - luan-2023-progress.xlsx: a per-county progress sheet for 六安市 2023 (seed 000's targets),
 *   with ILLUSTRATIVE district targets and 1-9月 results — invented sample numbers, not
 *   official data — chosen so that a check shows allocation-shortfall and behind-schedule
 *   findings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDecompositionTable } from '@mubiao/core';
import { writeWorkbook, type SheetSpec, type WritableValue } from '@mubiao/xlsx';
import { PROGRESS_METRICS, PROGRESS_NOTE, PROGRESS_TITLE, COUNTIES, CITY_RESULTS } from './luan-2023-progress-data.ts';

const here = dirname(fileURLToPath(import.meta.url));
const seeds = dirname(here);

/** The decomposition table of seed 004, one sheet, as the document lays it out. */
export function jinanTasksSheet(documentText: string): SheetSpec {
  const table = readDecompositionTable(documentText);
  if (!table) throw new Error('seed 004: the reader found no decomposition table');
  // The printed title has spaces around the year ("金安区 2023 年度"); the reader's title is compact.
  const title = table.title.replace(/(\D)(\d{4})(\D)/, '$1 $2 $3');
  const rows: WritableValue[][] = [
    [title, null, null, null, null, null],
    ['序号', '重点任务', null, '内容和要求', '牵头单位', '配合单位'],
  ];
  const merges: string[] = ['A1:F1', 'B2:C2'];
  const first = rows.length; // 0-based index of the first data row
  const groups: { name: string; from: number; to: number }[] = [];
  table.rows.forEach((row, i) => {
    const r = first + i;
    const next = table.rows[i + 1];
    // A row whose own name is the next row's group is the group's first row (the document
    // prints the group in the merged cell and leaves that row's sub-task cell empty).
    const opensGroup = !row.group && next?.group !== undefined && next.group === row.task.text;
    const group = row.group ?? (opensGroup ? row.task.text : undefined);
    const subTask = row.group ? row.task.text : opensGroup ? null : undefined;
    if (group !== undefined) {
      const open = groups.at(-1);
      if (open && open.name === group && open.to === r - 1) open.to = r;
      else groups.push({ name: group, from: r, to: r });
      rows.push([numberValue(row.number), group, subTask ?? null, row.content.text, row.leadText.text, row.partnerText.text]);
    } else {
      rows.push([numberValue(row.number), row.task.text, null, row.content.text, row.leadText.text, row.partnerText.text]);
      merges.push(`B${r + 1}:C${r + 1}`);
    }
  });
  for (const g of groups) if (g.to > g.from) merges.push(`B${g.from + 1}:B${g.to + 1}`);
  return {
    name: '重点任务分解表',
    rows,
    merges,
    columnWidths: [6, 16, 14, 70, 18, 26],
    wrap: true,
    boldHeader: true,
  };
}

function numberValue(text: string): number | string {
  return /^\d+$/.test(text) ? Number(text) : text;
}

/**
 * The 六安市 2023 progress sheet: a two-row header (indicator over 年度目标 / 1-9月完成), one
 * row per county, and a 全市 row holding the city's own targets (the plan's figures, as offices
 * copy them) and 1-9月 results (counts add the counties up; growth rates are never summed, so
 * theirs come from CITY_RESULTS).
 */
export function luanProgressSheet(): SheetSpec {
  const width = 1 + PROGRESS_METRICS.length * 2;
  const blank = (): WritableValue[] => Array.from({ length: width }, () => null);
  const title = blank();
  title[0] = PROGRESS_TITLE;
  const note = blank();
  note[0] = PROGRESS_NOTE;
  const head1 = blank();
  const head2 = blank();
  head1[0] = '县区';
  const merges = [`A1:${col(width - 1)}1`, `A2:${col(width - 1)}2`, 'A3:A4'];
  PROGRESS_METRICS.forEach((m, i) => {
    const c = 1 + i * 2;
    head1[c] = `${m.name}（${m.unit}）`;
    head2[c] = '年度目标';
    head2[c + 1] = '1-9月完成';
    merges.push(`${col(c)}3:${col(c + 1)}3`);
  });
  const body = COUNTIES.map((county) => {
    const row = blank();
    row[0] = county;
    PROGRESS_METRICS.forEach((m, i) => {
      const [target, actual] = m.byCounty[county];
      row[1 + i * 2] = target;
      row[2 + i * 2] = actual;
    });
    return row;
  });
  const total = blank();
  total[0] = '全市';
  PROGRESS_METRICS.forEach((m, i) => {
    total[1 + i * 2] = m.cityValue;
    total[2 + i * 2] = m.kind === 'growth' ? CITY_RESULTS[m.name]! : sum(COUNTIES.map((c) => m.byCounty[c][1]));
  });
  return {
    name: '1-9月进度',
    rows: [title, note, head1, head2, ...body, total],
    merges,
    columnWidths: [12, ...PROGRESS_METRICS.flatMap(() => [12, 12])],
    wrap: [0],
    boldHeader: true,
  };
}

function sum(values: number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
}

function col(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function main(): void {
  const doc004 = readFileSync(join(seeds, 'documents', '004_6c17aed7528460c1.txt'), 'utf8');
  const outputs: [string, SheetSpec][] = [
    ['jinan-2023-tasks.xlsx', jinanTasksSheet(doc004)],
    ['luan-2023-progress.xlsx', luanProgressSheet()],
  ];
  for (const [name, sheet] of outputs) {
    const bytes = writeWorkbook([sheet]);
    const path = join(here, name);
    writeFileSync(path, bytes);
    console.log(`${relative(process.cwd(), path)}: ${sheet.rows.length} rows, ${bytes.length} bytes`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
