/// <reference types="node" />
/**
 * size-report.json must describe the current sources (rebuilt here into a scratch directory)
 * and meet the goals: define/target-gauge.js ≤ 10 kB gzip (lit and d3 external) and
 * mubiao-elements.js ≤ 25 kB gzip with lit included. Regenerate with `pnpm size`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildModules, buildSingleFile, packageDir } from '../scripts/bundle.ts';
import { closure, goalFailures, gzipSize, sizeReport, type SizeReport } from '../scripts/size-report.ts';
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

  test('goals: gauge entry ≤ 10 kB gzip, single file ≤ 25 kB gzip', () => {
    expect(goalFailures(fresh)).toEqual([]);
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
      entries: [{ entry: 'define/target-gauge.js', files: 1, bytes: 50, gzip: 11 }],
      singleFile: { entry: 'mubiao-elements.js', files: 1, bytes: 80, gzip: 21 },
    };
    expect(goalFailures(report)).toEqual([
      'define/target-gauge.js is 11 B gzip, over the 10 B goal',
      'mubiao-elements.js is 21 B gzip, over the 20 B goal',
    ]);
    expect(gzipSize('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBeLessThan(40);
  });
});
