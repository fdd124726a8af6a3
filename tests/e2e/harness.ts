/**
 * What the end-to-end tests share: the add-in's Vite dev server on a free port, headless Debian
 * Chromium through playwright-core, the scripted Office host bundled for the page, and a place
 * for screenshots and downloads (tests/artifacts/, gitignored).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, createServer, type ViteDevServer } from 'vite';
import { openZip, readAny, readEntry } from '@mubiao/xlsx';
import { chromiumLaunchOptions } from '../../scripts/chromium-launch.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');
export const artifactsDir = join(repoRoot, 'tests', 'artifacts');
export const seedSheet = (name: string): string => join(repoRoot, 'seeds', 'sheets', name);

export async function startAddinServer(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    configFile: join(repoRoot, 'addin', 'vite.config.ts'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the add-in dev server did not report a port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** The scripted Office host (addin/test/fake-excel.ts) as one classic script for the page. */
export async function fakeOfficeScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: false,
      lib: { entry: join(here, 'fake-office-page.ts'), formats: ['iife'], name: 'MubiaoFakeOffice', fileName: () => 'fake-office.js' },
    },
  });
  for (const o of Array.isArray(output) ? output : [output]) {
    if ('output' in o) {
      const chunk = o.output.find((c) => c.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('could not bundle the fake Office host');
}

export function artifact(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return join(artifactsDir, name);
}

/** Collects page errors so a test can assert the page ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** A new page, its errors watched (watchErrors), opened at `url`. */
export async function openPage(browser: Browser, url: string, options?: Parameters<Browser['newPage']>[0]): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage(options);
  const errors = watchErrors(page);
  await page.goto(url);
  return { page, errors };
}

/** Waits until the web checker shows `what` (a selector inside it) for both seeded sheets it opens with. */
export async function bothSeededSheets(page: Page, what: string): Promise<void> {
  await poll(
    `both seeded sheets (${what})`,
    () => page.locator(`mb-web-checker ${what}`).count(),
    (n) => n >= 2,
    30_000,
  );
}

/** The data-cell of the element focused inside shadow roots. */
export function deepActiveCell(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('data-cell') ?? null;
  });
}

export async function poll<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** Runs axe-core in the page (through the DevTools protocol, so the page's CSP does not apply). */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(`(async () => {
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary) }));
  })()`);
}

/** Builds the add-in into `outDir` and serves it like production (vite preview) on a free port. */
export async function buildAndPreview(outDir: string): Promise<{ close(): Promise<void>; url: string }> {
  const { preview } = await import('vite');
  const configFile = join(repoRoot, 'addin', 'vite.config.ts');
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** What a test file of the add-in runs against, filled in before its first test. */
export interface AddinEnvironment {
  /** The dev server's root URL (ends with "/"). */
  base: string;
  browser: Browser;
  /** The scripted Office host, bundled for a page to run in place of office.js. */
  fakeOffice: string;
}

/** Starts the dev server, Chromium and the fake host before a file's tests, and stops them after. */
export function useAddinEnvironment(): AddinEnvironment {
  const env = {} as AddinEnvironment;
  let server: ViteDevServer | undefined;
  beforeAll(async () => {
    ({ server, url: env.base } = await startAddinServer());
    env.browser = await launchChromium();
    env.fakeOffice = await fakeOfficeScript();
  });
  afterAll(async () => {
    await env.browser?.close();
    await server?.close();
  });
  return env;
}

/** A downloaded annotated copy as the tests compare it: every sheet's cell texts, and its notes' XML joined. */
export function readCopy(bytes: Uint8Array): { texts: string[][][]; notes: string } {
  const texts = readAny(bytes, 'copy.xlsx').sheets.map((g) => g.cells.map((row) => row?.map((c) => c?.text ?? '') ?? []));
  const zip = openZip(bytes, 'copy.xlsx');
  const notes = zip.entries.filter((e) => /comments\d*\.xml$/.test(e.name)).map((e) => new TextDecoder().decode(readEntry(zip, e)));
  return { texts, notes: notes.join('\n') };
}
