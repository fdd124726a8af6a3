/**
 * The production build: everything the manifest points at is in dist/ and served, office.js and
 * functions.js come from our own origin, and the built web checker works under its CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser } from 'playwright-core';
import { buildAndPreview, launchChromium, repoRoot, watchErrors } from './harness.ts';

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
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(preview.url);
    const d3 = page.locator('mb-sheet-grid[data-sheet="重点任务分解表"] td[data-cell="D3"]');
    await d3.waitFor({ timeout: 30_000 });
    expect(await d3.getAttribute('class')).toContain('mark-error');
    expect(errors).toEqual([]);
    await page.close();
  });
});
