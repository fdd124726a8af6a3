/// <reference types="node" />
/**
 * Gzip sizes of the built entry points. An entry's size is what a browser downloads to run it:
 * the entry file plus every chunk it imports statically, each gzipped on its own (as a server
 * sends them). Lit and d3 are external in the per-entry build, so those numbers are the
 * package's own code; the single file includes everything.
 */
import { gzipSync } from 'node:zlib';
import type { BuiltChunk } from './bundle.ts';

export interface EntrySize {
  entry: string;
  files: number;
  bytes: number;
  gzip: number;
}

export interface SizeReport {
  /** How to regenerate this file. */
  command: string;
  goals: { gaugeGzip: number; singleFileGzip: number };
  entries: EntrySize[];
  singleFile: EntrySize;
}

export const goals = { gaugeGzip: 10 * 1024, singleFileGzip: 25 * 1024 };

export function gzipSize(code: string): number {
  return gzipSync(Buffer.from(code), { level: 9 }).length;
}

/** The entry chunk and everything it imports statically, in load order. */
export function closure(chunks: readonly BuiltChunk[], entry: BuiltChunk): BuiltChunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const ordered: BuiltChunk[] = [];
  const visit = (chunk: BuiltChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    ordered.push(chunk);
    for (const file of chunk.imports) {
      const imported = byName.get(file);
      if (imported) visit(imported);
    }
  };
  visit(entry);
  return ordered;
}

export function entrySize(chunks: readonly BuiltChunk[], entry: BuiltChunk): EntrySize {
  const files = closure(chunks, entry);
  return {
    entry: entry.fileName,
    files: files.length,
    bytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.code), 0),
    gzip: files.reduce((sum, file) => sum + gzipSize(file.code), 0),
  };
}

export function sizeReport(modules: readonly BuiltChunk[], single: BuiltChunk): SizeReport {
  return {
    command: 'pnpm size',
    goals,
    entries: modules
      .filter((chunk) => chunk.isEntry)
      .map((chunk) => entrySize(modules, chunk))
      .sort((a, b) => a.entry.localeCompare(b.entry)),
    singleFile: entrySize([single], single),
  };
}

/** Broken goals, as sentences; empty when all are met. */
export function goalFailures(report: SizeReport): string[] {
  const failures: string[] = [];
  const gauge = report.entries.find((entry) => entry.entry === 'define/target-gauge.js');
  if (!gauge) failures.push('no define/target-gauge.js entry in the report');
  else if (gauge.gzip > report.goals.gaugeGzip) {
    failures.push(`define/target-gauge.js is ${gauge.gzip} B gzip, over the ${report.goals.gaugeGzip} B goal`);
  }
  if (report.singleFile.gzip > report.goals.singleFileGzip) {
    failures.push(`${report.singleFile.entry} is ${report.singleFile.gzip} B gzip, over the ${report.goals.singleFileGzip} B goal`);
  }
  return failures;
}

export function formatReport(report: SizeReport): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;
  const rows = [...report.entries, report.singleFile].map(
    (entry) => `${entry.entry.padEnd(34)} ${kb(entry.bytes).padStart(10)} ${kb(entry.gzip).padStart(10)}  ${entry.files} file(s)`,
  );
  return [`${'entry'.padEnd(34)} ${'min'.padStart(10)} ${'gzip'.padStart(10)}`, ...rows].join('\n');
}
