/// <reference types="node" />
/**
 * The portal demo under `Content-Security-Policy: default-src 'self'` in headless Chromium
 * (playwright-core driving /usr/bin/chromium): no CSP violation, no console error, and all four
 * elements rendered from the seeded data.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { prepareDemo } from '../scripts/demo.ts';
import { close, createDemoServer, CSP, listen } from '../scripts/demo-server.ts';
import { chromiumLaunchOptions } from '../../../scripts/chromium-launch.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let outDir: string;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'mubiao-demo-'));
  server = createDemoServer(await prepareDemo(outDir));
  url = await listen(server, 0);
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  if (server) await close(server);
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('every response carries the strict CSP and unknown paths are 404', async () => {
  const page = await fetch(url);
  expect(page.headers.get('content-security-policy')).toBe(CSP);
  expect(await page.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\sstyle=/);
  const missing = await fetch(new URL('/../package.json', url));
  expect(missing.status).toBe(404);
  const bundle = await fetch(new URL('/mubiao-elements.js', url));
  expect(bundle.headers.get('content-type')).toContain('text/javascript');
  expect(bundle.headers.get('content-security-policy')).toBe(CSP);
});

test('the demo renders all four elements with no CSP violation and no console error', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(url)) external.push(request.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(url);
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  await page.waitForSelector('html[data-demo-ready="true"]', { timeout: 30_000 });

  const report = await page.evaluate(async () => {
    const tags = ['mb-target-gauge', 'mb-ranking-table', 'mb-task-matrix', 'mb-findings-list'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]) as (HTMLElement & {
      updateComplete?: Promise<unknown>;
    })[];
    await Promise.all(elements.map((element) => element.updateComplete ?? Promise.resolve()));
    const count = (tag: string) => document.querySelectorAll(tag).length;
    const shadow = (selector: string) => document.querySelector(selector)?.shadowRoot;
    return {
      violations: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      gauges: count('mb-target-gauge'),
      // A gauge with a value is a meter; one without (no 2023 figure) is an image named by its sentence.
      gaugesWithValue: count('mb-target-gauge[value]'),
      gaugeMeters: [...document.querySelectorAll('mb-target-gauge[value]')].filter((g) => g.shadowRoot?.querySelector('[role="meter"]')).length,
      gaugeImages: [...document.querySelectorAll('mb-target-gauge:not([value])')].filter((g) => g.shadowRoot?.querySelector('[role="img"]')).length,
      matrixRows: shadow('mb-task-matrix')?.querySelectorAll('tbody tr').length ?? 0,
      matrixColumns: shadow('mb-task-matrix')?.querySelectorAll('th[part="column-header"]').length ?? 0,
      rankingRows: shadow('mb-ranking-table')?.querySelectorAll('[role="row"]').length ?? 0,
      findings: shadow('mb-findings-list')?.querySelectorAll('[part="finding"]').length ?? 0,
      findingText: shadow('mb-findings-list')?.textContent ?? '',
      gaugeHeight: document.querySelector('mb-target-gauge')?.getBoundingClientRect().height ?? 0,
    };
  });
  expect(report.violations).toEqual([]);
  expect(problems).toEqual([]);
  expect(external).toEqual([]);
  expect(report.gauges).toBeGreaterThanOrEqual(4);
  expect(report.gaugesWithValue).toBeGreaterThanOrEqual(4);
  expect(report.gaugeMeters).toBe(report.gaugesWithValue);
  expect(report.gaugeImages).toBe(report.gauges - report.gaugesWithValue);
  expect(report.gaugeHeight).toBeGreaterThan(0);
  expect(report.matrixRows).toBe(20); // 宿州市 2023: items (一)…(二十)
  expect(report.matrixColumns).toBeGreaterThan(10);
  expect(report.rankingRows).toBeGreaterThanOrEqual(4);
  expect(report.findings).toBeGreaterThanOrEqual(1);
  // The design's own example: 金安区 decomposed 技改投资 at 15% against 六安市's 20%以上.
  expect(report.findingText).toContain('技改投资');

  // The theme switch works under the CSP: the dark theme's CSS file, linked (no inline style).
  await page.selectOption('#theme', 'dark');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('mb-task-matrix')!).backgroundColor === 'rgb(22, 27, 34)');
  await page.selectOption('#theme', 'default');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('mb-task-matrix')!).backgroundColor === 'rgb(255, 255, 255)');
  await page.selectOption('#language', 'en');
  const caption = await page.evaluate(() => document.querySelector('mb-findings-list')!.shadowRoot!.querySelector('[part="summary"]')!.textContent);
  expect(caption).toMatch(/Not valid|Valid/);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])).toEqual([]);
  expect(problems).toEqual([]);
  await page.screenshot({ path: join(outDir, 'demo.png'), fullPage: true });
  await page.close();
});

test('axe finds no violation on the whole demo page, in every theme and in en', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('html[data-demo-ready="true"]', { timeout: 30_000 });
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const results: Record<string, string[]> = {};
  const runs: [theme: string, language: string][] = [
    ['default', 'zh-CN'],
    ['gov-red', 'zh-CN'],
    ['dark', 'zh-CN'],
    ['large-text', 'zh-CN'],
    ['default', 'en'],
  ];
  for (const [theme, language] of runs) {
    await page.selectOption('#language', language);
    await page.selectOption('#theme', theme);
    // The theme's CSS file has loaded (the default theme has none).
    await page.waitForFunction(() => {
      const link = document.getElementById('theme-css') as HTMLLinkElement | null;
      return link === null || link.sheet !== null;
    });
    results[`${theme} ${language}`] = (await page.evaluate(
      `axe.run(document).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ')))`,
    )) as string[];
  }
  for (const [run, violations] of Object.entries(results)) expect(violations, run).toEqual([]);
  await page.close();
});
