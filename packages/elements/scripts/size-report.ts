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
  /** The goals (gzip bytes). Printed with ✓/✗; a miss is reported, not hidden. */
  goals: { gaugeGzip: number; singleFileGzip: number };
  /**
   * What tests/size.test.ts enforces (gzip bytes): the goal where it is met, otherwise a
   * regression ceiling a little above today's measure, so growth fails the suite while the
   * unmet goal stays visible in `goals`.
   */
  budgets: { gaugeGzip: number; singleFileGzip: number };
  entries: EntrySize[];
  singleFile: EntrySize;
}

/** Issue 4's goals: define/target-gauge.js ≤ 10 kB gzip (lit and d3 external), the single file ≤ 25 kB gzip with lit. */
export const goals = { gaugeGzip: 10 * 1024, singleFileGzip: 25 * 1024 };

/**
 * Enforced budgets. The gauge meets its goal, so its budget is the goal. The single file does
 * not: SINGLE_FILE_BUDGET is a regression ceiling about 3% above the measured size, not the goal,
 * and the gap to the 25 kB goal is printed by `pnpm size`. Lower it whenever the file shrinks;
 * set it to the goal once the goal is met. Raised from 30,900 B when the gauge began judging
 * through core's verdict (validate/verdict.ts, compare.ts, the unit table: +2.6 kB gzip), so a
 * gauge and the findings list can never disagree. Raised from 33,600 B for large sheets (issue
 * 16), measured at 36,025 B (+3,107 B over 32,918 B): the findings list's filters by 牵头单位 and
 * text, grouping by finding type and its index for 100,000 findings (findings-model 1.5 kB gzip
 * alone; the list itself 2.3 → 3.6 kB), the matrix's summary and pager (3.2 → 3.7 kB) and the
 * linear finding-to-task index (0.5 kB). Virtualising the list costs little here: its window and
 * keys are the ranking table's (virtual-rows.ts, grid-keys.ts), already in the file.
 */
export const SINGLE_FILE_BUDGET = 37_100;
export const budgets = { gaugeGzip: goals.gaugeGzip, singleFileGzip: SINGLE_FILE_BUDGET };

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
    budgets,
    entries: modules
      .filter((chunk) => chunk.isEntry)
      .map((chunk) => entrySize(modules, chunk))
      .sort((a, b) => a.entry.localeCompare(b.entry)),
    singleFile: entrySize([single], single),
  };
}

/** kB of 1024 bytes, as the goals are written (25 kB = 25,600 B). */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;

interface Check {
  entry: string;
  gzip: number;
  limit: number;
}

function checks(report: SizeReport, limits: SizeReport['goals']): Check[] | string {
  const gauge = report.entries.find((entry) => entry.entry === 'define/target-gauge.js');
  if (!gauge) return 'no define/target-gauge.js entry in the report';
  return [
    { entry: gauge.entry, gzip: gauge.gzip, limit: limits.gaugeGzip },
    { entry: report.singleFile.entry, gzip: report.singleFile.gzip, limit: limits.singleFileGzip },
  ];
}

function failures(report: SizeReport, limits: SizeReport['goals'], kind: 'goal' | 'budget'): string[] {
  const list = checks(report, limits);
  if (typeof list === 'string') return [list];
  return list
    .filter((check) => check.gzip > check.limit)
    .map((check) => `${check.entry} is ${check.gzip} B gzip, over the ${check.limit} B ${kind}`);
}

/** Missed goals, as sentences; empty when all are met. Printed, not enforced by the tests. */
export function goalFailures(report: SizeReport): string[] {
  return failures(report, report.goals, 'goal');
}

/** Broken budgets, as sentences; empty when all hold. tests/size.test.ts and `pnpm size`'s exit code enforce these. */
export function budgetFailures(report: SizeReport): string[] {
  return failures(report, report.budgets, 'budget');
}

export function formatReport(report: SizeReport): string {
  const rows = [...report.entries, report.singleFile].map(
    (entry) => `${entry.entry.padEnd(34)} ${kb(entry.bytes).padStart(10)} ${kb(entry.gzip).padStart(10)}  ${entry.files} file(s)`,
  );
  const lines = [`${'entry'.padEnd(34)} ${'min'.padStart(10)} ${'gzip'.padStart(10)}`, ...rows, ''];
  const goalChecks = checks(report, report.goals);
  const budgetChecks = checks(report, report.budgets);
  if (typeof goalChecks === 'string' || typeof budgetChecks === 'string') return [...lines, String(goalChecks)].join('\n');
  goalChecks.forEach((goal, i) => {
    const budget = budgetChecks[i]!;
    const met = goal.gzip <= goal.limit;
    const gap = met ? `${kb(goal.limit - goal.gzip)} under` : `${kb(goal.gzip - goal.limit)} over`;
    lines.push(`goal   ${met ? '✓' : '✗'} ${goal.entry.padEnd(26)} ${goal.gzip} B gzip, goal ≤ ${goal.limit} B = ${kb(goal.limit)} (${gap})`);
    if (budget.limit !== goal.limit) {
      const held = budget.gzip <= budget.limit;
      lines.push(
        `budget ${held ? '✓' : '✗'} ${budget.entry.padEnd(26)} ${budget.gzip} B gzip, regression budget ≤ ${budget.limit} B (the test enforces this, not the goal)`,
      );
    }
  });
  return lines.join('\n');
}
