/**
 * Runs in headless Chromium (bundled by read.ts): reads the same sheet as .xlsx and as legacy
 * files through the web checker's entry point, readSpreadsheet, and reports wall times.
 */
import { readSpreadsheet } from '@mubiao/xlsx';

export interface ReadTimes {
  /** The first read of each file, as a user meets it (JIT cold for the legacy reader). */
  first: Record<string, number>;
  /** Median of the following reads. */
  median: Record<string, number>;
  cells: Record<string, number>;
}

async function time(bytes: Uint8Array, name: string): Promise<{ ms: number; cells: number }> {
  const started = performance.now();
  const read = await readSpreadsheet(bytes, name);
  const ms = performance.now() - started;
  let cells = 0;
  for (const g of read.sheets) for (const row of g.cells) for (const c of row ?? []) if (c) cells++;
  return { ms, cells };
}

async function run(files: Record<string, number[]>, repeat: number): Promise<ReadTimes> {
  const out: ReadTimes = { first: {}, median: {}, cells: {} };
  const entries = Object.entries(files).map(([name, data]) => [name, new Uint8Array(data)] as const);
  for (const [name, bytes] of entries) {
    const first = await time(bytes, name);
    out.first[name] = first.ms;
    out.cells[name] = first.cells;
  }
  const samples: Record<string, number[]> = {};
  for (let i = 0; i < repeat; i++) {
    // Interleaved, so a slow moment of a shared machine falls on every format alike.
    for (const [name, bytes] of entries) (samples[name] ??= []).push((await time(bytes, name)).ms);
  }
  for (const [name, list] of Object.entries(samples)) out.median[name] = [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  return out;
}

(window as unknown as { mbLegacyBench: typeof run }).mbLegacyBench = run;
