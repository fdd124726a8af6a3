/**
 * bench:check's SheetJS reference (@e965/xlsx 0.20.3, the fastest widely used reader): reads one
 * .xlsx with `XLSX.read` and turns every sheet into rows with `sheet_to_json`, and prints the CPU
 * time of exactly that as JSON. bench:check runs it as a fresh process, so the read starts cold
 * as `mubiao check` does, then again warm (JIT-compiled, the same file read before); loading the
 * library is not counted.
 *
 *   node --import tsx tests/bench/sheetjs-read.ts FILE.xlsx [runs]  →  {"cpuMs":[3928.3,2590.1],"rows":100001}
 */
import { readFileSync } from 'node:fs';
import XLSX from '@e965/xlsx';

/** CPU time (user + system) of XLSX.read + sheet_to_json on the bytes, and the rows it gave. */
export function sheetjsRead(bytes: Uint8Array): { cpuMs: number; rows: number } {
  const start = process.cpuUsage();
  const workbook = XLSX.read(bytes);
  let rows = 0;
  for (const name of workbook.SheetNames) rows += XLSX.utils.sheet_to_json(workbook.Sheets[name]!).length;
  const used = process.cpuUsage(start);
  return { cpuMs: (used.user + used.system) / 1000, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node --import tsx tests/bench/sheetjs-read.ts FILE.xlsx [runs]');
    process.exit(2);
  }
  const bytes = readFileSync(file);
  const runs = Array.from({ length: Math.max(1, Number(process.argv[3]) || 2) }, () => sheetjsRead(bytes));
  console.log(JSON.stringify({ cpuMs: runs.map((r) => r.cpuMs), rows: runs[0]!.rows }));
}
