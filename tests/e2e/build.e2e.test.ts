/**
 * The production build: everything the manifest points at is in dist/ and served, office.js and
 * functions.js come from our own origin, and the built web checker works under its CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser } from 'playwright-core';
import { webCheckerSize } from '../../addin/scripts/web-checker-size.ts';
import { buildAndPreview, launchChromium, poll, repoRoot, seedSheet, openPage, watchErrors } from './harness.ts';

let preview: { close(): Promise<void>; url: string };
let browser: Browser;
const outDir = join(tmpdir(), `mubiao-addin-dist-${process.pid}`);

beforeAll(async () => {
  preview = await buildAndPreview(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('the built add-in', () => {
  it('serves every file the manifest references, office.js and a classic functions.js', async () => {
    const manifest = readFileSync(join(repoRoot, 'addin', 'manifest.xml'), 'utf8');
    const paths = [...new Set([...manifest.matchAll(/https:\/\/localhost:3000\/([^"<]+)/g)].map((m) => m[1]!))];
    expect(paths).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'functions.html', 'functions.js', 'functions.json', 'assets/icon-80.png']));
    for (const path of paths) {
      const response = await fetch(new URL(path, preview.url));
      expect(response.status, path).toBe(200);
    }
    const functionsJs = await (await fetch(new URL('functions.js', preview.url))).text();
    expect(functionsJs).toContain('TARGETTEXT');
    expect(functionsJs).not.toMatch(/^\s*(import|export)\s/m);
    for (const path of ['office-js/office.js', 'office-js/custom-functions-runtime.js', 'office-js/zh-cn/office_strings.js']) {
      expect((await fetch(new URL(path, preview.url))).status, path).toBe(200);
    }
    const taskpane = await (await fetch(new URL('taskpane.html', preview.url))).text();
    expect(taskpane).toContain('src="./office-js/office.js"');
    expect(taskpane).not.toMatch(/appsforoffice\.microsoft\.com\/lib/);
  });

  it('runs the web checker from the build, under its CSP, with the seeded sheets', async () => {
    const { page, errors } = await openPage(browser, preview.url, { viewport: { width: 1300, height: 900 } });
    const d3 = page.locator('mb-sheet-grid[data-sheet="重点任务分解表"] td[data-cell="D3"]');
    await d3.waitFor({ timeout: 30_000 });
    expect(await d3.getAttribute('class')).toContain('mark-error');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps SheetJS out of the JavaScript loaded with the web checker and with its check worker: a lazy chunk each, fetched only for a legacy file', async () => {
    const size = webCheckerSize(outDir);
    // "Header Signature" is SheetJS's compound-file reader's own message: present in SheetJS's code and nowhere else.
    const hasSheetJs = (file: string) => readFileSync(join(outDir, file), 'utf8').includes('Header Signature');
    expect(size.initial.filter((c) => hasSheetJs(c.file))).toEqual([]);
    expect(size.worker.length).toBeGreaterThan(0);
    expect(size.worker.filter((c) => hasSheetJs(c.file))).toEqual([]);
    // One for the worker, one for the page's own session where no worker can be started.
    const lazy = [...size.lazy, ...size.workerLazy].filter((c) => hasSheetJs(c.file));
    expect(lazy).toHaveLength(2);
    const chunks = lazy.map((c) => c.file.slice(c.file.lastIndexOf('/') + 1));
    const worker = size.worker[0]!.file.slice(size.worker[0]!.file.lastIndexOf('/') + 1);

    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('worker', (w) => requested.push(w.url()));
    await page.goto(preview.url);
    await page.locator('mb-sheet-grid[data-sheet="重点任务分解表"] td[data-cell="D3"]').first().waitFor({ timeout: 30_000 });
    // The seeded sheets were checked in the worker.
    expect(requested.filter((url) => url.includes(worker)).length).toBeGreaterThan(0);
    await page.locator('mb-web-checker input[type=file]').setInputFiles(seedSheet('jinan-2023-tasks.xlsx'));
    await page.waitForLoadState('networkidle');
    await poll(
      'the chosen file checked',
      () => page.locator('mb-check-progress [data-phase]').count(),
      (n) => n === 0,
      30_000,
    );
    expect(requested.filter((url) => chunks.some((c) => url.includes(c)))).toEqual([]);
    await page.locator('mb-web-checker input[type=file]').setInputFiles(seedSheet('legacy/jinan-2023-tasks.xls'));
    await page.locator('mb-web-checker section.file .converted').waitFor({ timeout: 30_000 });
    expect(requested.filter((url) => chunks.some((c) => url.includes(c))).length).toBeGreaterThan(0);
    expect(await page.locator('mb-web-checker section.file .converted').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
