/// <reference types="node" />
/**
 * size-report.json must describe the current sources (rebuilt here into a scratch directory)
 * and hold the BUDGETS of scripts/size-report.ts. Issue 4's goals are define/target-gauge.js
 * ≤ 10 kB gzip (lit and d3 external) and mubiao-elements.js ≤ 25 kB gzip with lit included.
 * The gauge meets its goal, so the goal is its budget. The single file does not meet its goal:
 * its budget is a regression ceiling (SINGLE_FILE_BUDGET, ~3% above the measured size), so the
 * suite fails when the file grows, while the missed goal and the gap are printed by `pnpm size`
 * and recorded in size-report.json. Regenerate with `pnpm size`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildModules, buildSingleFile, packageDir } from '../scripts/bundle.ts';
import {
  budgetFailures,
  closure,
  formatReport,
  goalFailures,
  goals,
  gzipSize,
  SINGLE_FILE_BUDGET,
  sizeReport,
  type SizeReport,
} from '../scripts/size-report.ts';
import type { BuiltChunk } from '../scripts/bundle.ts';

let outDir: string;
let fresh: SizeReport;
let single: BuiltChunk;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'mubiao-size-'));
  const modules = await buildModules(join(outDir, 'modules'));
  [single] = (await buildSingleFile(join(outDir, 'single'))) as [BuiltChunk];
  fresh = sizeReport(modules, single);
});

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('size report', () => {
  test('the committed size-report.json is current (run `pnpm size` after changing the elements)', () => {
    const committed = JSON.parse(readFileSync(join(packageDir, 'size-report.json'), 'utf8')) as SizeReport;
    // Minified bytes are exact (any code change shows); gzip bytes may differ by a few bytes
    // between zlib builds of other Node versions, so they get a small tolerance.
    const withoutGzip = (report: SizeReport) => ({
      ...report,
      entries: report.entries.map(({ gzip: _gzip, ...entry }) => entry),
      singleFile: { ...report.singleFile, gzip: 0 },
    });
    expect(withoutGzip(committed)).toEqual(withoutGzip(fresh));
    const gzipOf = (report: SizeReport) => [...report.entries, report.singleFile].map((entry) => entry.gzip);
    gzipOf(committed).forEach((gzip, i) => expect(Math.abs(gzip - gzipOf(fresh)[i]!)).toBeLessThanOrEqual(Math.max(16, gzip * 0.01)));
  });

  test(`budgets: gauge entry ≤ its 10 kB gzip goal; single file ≤ its ${(SINGLE_FILE_BUDGET / 1024).toFixed(1)} kB regression budget (goal 25 kB)`, () => {
    expect(budgetFailures(fresh)).toEqual([]);
  });

  test('the gauge goal is met, so it is its own budget; the single-file budget is never looser than needed', () => {
    expect(fresh.budgets.gaugeGzip).toBe(goals.gaugeGzip);
    expect(goalFailures(fresh).some((failure) => failure.startsWith('define/target-gauge.js'))).toBe(false);
    // A budget above the goal only while the goal is missed, and within ~5% of the measure.
    if (fresh.singleFile.gzip <= goals.singleFileGzip) expect(fresh.budgets.singleFileGzip).toBe(goals.singleFileGzip);
    else expect(fresh.budgets.singleFileGzip).toBeLessThanOrEqual(fresh.singleFile.gzip * 1.05);
  });

  test('the single file is self-contained: no imports, no URLs fetched, no dev-mode lit', () => {
    expect(single.imports).toEqual([]);
    expect(single.code).not.toMatch(/\bimport\s*\(|\bfrom\s*["']|^\s*import\s/m);
    expect(single.code).not.toMatch(/fonts\.googleapis|cdn\.|unpkg|jsdelivr/);
    expect(single.code).not.toContain('Lit is in dev mode');
    for (const tag of ['mb-target-gauge', 'mb-ranking-table', 'mb-task-matrix', 'mb-findings-list']) {
      expect(single.code).toMatch(new RegExp(`customElements\\.define\\([\`"']${tag}[\`"']`));
    }
  });
});

describe('size helpers', () => {
  const chunk = (fileName: string, code: string, imports: string[] = [], isEntry = false): BuiltChunk => ({
    fileName,
    code,
    imports,
    isEntry,
    name: fileName,
  });

  test('an entry counts itself and every chunk it reaches once', () => {
    const shared = chunk('shared.js', 'x');
    const a = chunk('a.js', 'a', ['shared.js', 'lit'], true);
    const b = chunk('b.js', 'b', ['a.js', 'shared.js'], true);
    expect(closure([shared, a, b], b).map((c) => c.fileName)).toEqual(['b.js', 'a.js', 'shared.js']);
  });

  test('goal failures name the file and the numbers', () => {
    const report: SizeReport = {
      command: 'pnpm size',
      goals: { gaugeGzip: 10, singleFileGzip: 20 },
      budgets: { gaugeGzip: 10, singleFileGzip: 22 },
      entries: [{ entry: 'define/target-gauge.js', files: 1, bytes: 50, gzip: 11 }],
      singleFile: { entry: 'mubiao-elements.js', files: 1, bytes: 80, gzip: 21 },
    };
    expect(goalFailures(report)).toEqual([
      'define/target-gauge.js is 11 B gzip, over the 10 B goal',
      'mubiao-elements.js is 21 B gzip, over the 20 B goal',
    ]);
    expect(budgetFailures(report)).toEqual(['define/target-gauge.js is 11 B gzip, over the 10 B budget']);
    const printed = formatReport(report);
    expect(printed).toMatch(/goal +✗ mubiao-elements\.js .*over\)/);
    expect(printed).toMatch(/budget ✓ mubiao-elements\.js .*regression budget/);
    expect(gzipSize('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBeLessThan(40);
  });
});
