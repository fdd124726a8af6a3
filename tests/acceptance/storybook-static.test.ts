/**
 * Issue 5's "done when": a static Storybook build opens in Chromium with every element and theme.
 * Builds Storybook into a fresh temp dir (as `pnpm storybook:build` does), serves it over plain
 * HTTP the way a designer without the repo would open it, and checks in Debian's Chromium that
 * the manager lists the four elements and that one story of each renders under each of the four
 * themes (and the en locale) with the theme actually applied and no page or console errors.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium-launch.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const elements = ['mb-target-gauge', 'mb-ranking-table', 'mb-task-matrix', 'mb-findings-list'] as const;
const themes = ['default', 'gov-red', 'dark', 'large-text'] as const;
type Theme = (typeof themes)[number];

/** Each theme's text colour as generated from tokens.ts (packages/elements/src/themes/<name>.css). */
function themeTextColor(theme: Theme): string {
  const css = readFileSync(join(root, 'packages/elements/src/themes', `${theme}.css`), 'utf8');
  const hex = /--mb-color-text:\s*#([0-9a-f]{6})\s*;/i.exec(css)?.[1];
  if (!hex) throw new Error(`themes/${theme}.css: no --mb-color-text`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Serves `dir` read-only; anything outside it, missing, or of an unknown type is a 404. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        const file = resolve(dir, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
        const type = contentTypes[extname(file).toLowerCase()];
        if (!type || !file.startsWith(dir + sep) || !(await stat(file)).isFile()) throw new Error('not found');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': type, 'content-length': body.length });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    })();
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

/** `storybook build -o <out> --quiet` from the repo root; rejects with its output on failure. */
function buildStorybook(out: string): Promise<void> {
  const bin = join(root, 'node_modules/storybook/dist/bin/dispatcher.js');
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [bin, 'build', '-o', out, '--quiet'], {
      cwd: root,
      env: { ...process.env, CI: 'true', STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', fail);
    child.once('close', (code, signal) => {
      if (code === 0) ok();
      else fail(new Error(`storybook build exited ${code ?? signal}:\n${stderr || stdout}`));
    });
  });
}

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
}

let outDir: string;
let server: Server | undefined;
let browser: Browser | undefined;
let base: string;
let entries: IndexEntry[] = [];

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'mubiao-storybook-'));
  await buildStorybook(outDir);
  const index = JSON.parse(await readFile(join(outDir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  entries = Object.values(index.entries);
  server = await serve(outDir);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise<void>((ok) => server!.close(() => ok()));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** A fresh page that records uncaught errors and console errors (a missing favicon aside). */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser!.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (/favicon/i.test(m.location().url ?? '') && /404|not found/i.test(m.text())) return;
    errors.push(`console.error: ${m.text()} (${m.location().url})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !/favicon/i.test(r.url())) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, errors };
}

/** The element's first plain story (not one whose own globals pin a theme or locale). */
function storyOf(element: string): IndexEntry {
  const story = entries.find((e) => e.type === 'story' && e.title === `Elements/${element}` && !/theme|english/i.test(e.id));
  if (!story) throw new Error(`index.json: no plain story for ${element}`);
  return story;
}

/**
 * The element's English story (it pins `locale: 'en'`). The en locale is checked there rather
 * than on the plain story because the plain stories' play functions assert Chinese text.
 */
function englishStoryOf(element: string): IndexEntry {
  const story = entries.find((e) => e.type === 'story' && e.title === `Elements/${element}` && /english/i.test(e.id));
  if (!story) throw new Error(`index.json: no English story for ${element}`);
  return story;
}

interface Rendered {
  theme: string | null;
  lang: string | null;
  color: string;
  text: string;
  /** For an en story: the same element's text after the page's `lang` is switched to zh-CN. */
  zhText?: string;
}

/** Opens one story in the preview iframe and reports what rendered, after no errors occurred. */
async function render(element: string, storyId: string, theme: Theme, locale: string): Promise<Rendered> {
  const { page, errors } = await openPage();
  try {
    const url = `${base}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=theme:${theme};locale:${locale}`;
    await page.goto(url, { waitUntil: 'load' });
    // Storybook's own render cycle (loaders, render, play function, a11y afterEach) has finished.
    const phase = await page.waitForFunction(
      () => {
        const phase = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return phase === 'finished' || phase === 'errored' || phase === 'aborted' ? phase : null;
      },
      undefined,
      { timeout: 20_000 },
    );
    expect(await phase.jsonValue(), `${storyId} (${theme}, ${locale}): render phase; errors: ${errors.join('\n')}`).toBe('finished');
    await page.waitForFunction(
      (tag) => {
        const el = document.querySelector(`#storybook-root ${tag}`);
        return !!customElements.get(tag) && !!el?.shadowRoot && el.shadowRoot.childElementCount > 0 && (el.shadowRoot.textContent ?? '').trim() !== '';
      },
      element,
      { timeout: 20_000 },
    );
    const rendered: Rendered = await page.evaluate((tag) => {
      const storyRoot = document.querySelector<HTMLElement>('#storybook-root')!;
      const el = storyRoot.querySelector<HTMLElement>(tag)!;
      const style = getComputedStyle(el);
      return {
        theme: storyRoot.getAttribute('data-mb-theme'),
        lang: storyRoot.getAttribute('lang'),
        color: style.color,
        text: (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    }, element);
    if (locale === 'en') {
      await page.evaluate(() => {
        document.querySelector('#storybook-root')!.setAttribute('lang', 'zh-CN');
        document.documentElement.setAttribute('lang', 'zh-CN');
      });
      const changed = await page.waitForFunction(
        ([tag, before]) => {
          const text = (document.querySelector(`#storybook-root ${tag}`)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
          return text !== before ? text : null;
        },
        [element, rendered.text] as const,
        { timeout: 10_000 },
      );
      rendered.zhText = (await changed.jsonValue()) ?? undefined;
    }
    expect(errors, `${storyId} (${theme}, ${locale})`).toEqual([]);
    return rendered;
  } finally {
    await page.close();
  }
}

describe('static Storybook build', () => {
  it('index.json has stories for each of the four elements', () => {
    const titles = new Set(entries.filter((e) => e.type === 'story').map((e) => e.title));
    expect([...titles].sort()).toEqual(expect.arrayContaining(elements.map((e) => `Elements/${e}`).sort()));
    for (const element of elements) {
      const stories = entries.filter((e) => e.type === 'story' && e.title === `Elements/${element}`);
      expect(stories.length, element).toBeGreaterThanOrEqual(2);
      console.log(`${element}: ${stories.map((s) => s.name).join(', ')}`);
    }
  });

  it('the manager page lists the four elements in its sidebar', async () => {
    const { page, errors } = await openPage();
    try {
      await page.goto(`${base}/index.html`, { waitUntil: 'load' });
      for (const element of elements) {
        const item = page.locator(`[data-nodetype="component"][data-item-id="elements-${element}"]`);
        await item.waitFor({ state: 'visible', timeout: 20_000 });
        expect(await item.textContent()).toContain(element);
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const element of elements) {
    it(`${element} renders under every theme and in English`, async () => {
      const story = storyOf(element);
      const byTheme = new Map<Theme, Rendered>();
      for (const theme of themes) {
        const r = await render(element, story.id, theme, 'zh-CN');
        expect(r.theme, `${story.id} data-mb-theme`).toBe(theme);
        expect(r.lang).toBe('zh-CN');
        expect(r.color, `${story.id} host colour under ${theme}`).toBe(themeTextColor(theme));
        byTheme.set(theme, r);
      }
      const light = byTheme.get('default')!;
      const dark = byTheme.get('dark')!;
      expect(dark.color).not.toBe(light.color);
      expect(new Set(themes.map((t) => byTheme.get(t)!.color)).size).toBe(themes.length);

      const en = await render(element, englishStoryOf(element).id, 'default', 'en');
      expect(en.theme).toBe('default');
      expect(en.lang).toBe('en');
      // The same element re-rendered in Chinese reads differently: the en locale was applied.
      expect(en.zhText).toBeTruthy();
      expect(en.text).not.toBe(en.zhText);
      const cjk = (t: string) => t.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
      expect(cjk(en.zhText!), `${element}: more Chinese once lang is zh-CN`).toBeGreaterThan(cjk(en.text));
    }, 60_000);
  }
});
