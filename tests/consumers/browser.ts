/**
 * A built consumer site in headless Chromium, served from its folder the way a portal serves
 * files: every response under `Content-Security-Policy: default-src 'self'` (the demo's server).
 * Records what would tell a user something is wrong: CSP violations, console errors, uncaught
 * errors, failed requests and requests to any other origin.
 */
import { readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { close, createDemoServer, listen, type DemoRoutes } from '../../packages/elements/scripts/demo-server.ts';

function routesOf(dir: string, routes: DemoRoutes = {}, root = dir): DemoRoutes {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) routesOf(path, routes, root);
    else routes[`/${relative(root, path).split(sep).join('/')}`] = path;
  }
  return routes;
}

export interface OpenSite {
  page: Page;
  url: string;
  /** CSP violations, console errors, page errors, failed and foreign requests, so far. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export async function openSite(browser: Browser, dir: string, options: { lang?: string; path?: string } = {}): Promise<OpenSite> {
  const server: Server = createDemoServer(routesOf(dir));
  const url = await listen(server, 0);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...(options.lang ? { locale: options.lang } : {}) });
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => seen.push(`request failed: ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(url)) seen.push(`request to another origin: ${request.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(new URL(options.path ?? '/', url).href);
  if (response?.headers()['content-security-policy'] !== "default-src 'self'") throw new Error('the site is not served under the strict CSP');
  return {
    page,
    url,
    async problems() {
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      return [...violations.map((v) => `CSP violation: ${v}`), ...seen];
    },
    async close() {
      await page.close();
      await close(server);
    },
  };
}

/** Waits until the page says its data is in (`<html data-ready="true">`) and every element has rendered. */
export async function whenRendered(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('mb-')) as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(elements.map((e) => customElements.whenDefined(e.localName).then(() => e.updateComplete)));
  });
}
