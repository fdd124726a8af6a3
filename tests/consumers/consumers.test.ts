/**
 * The packages as people outside this repo get them: every package packed with `pnpm pack`,
 * installed from its tarball into fresh projects outside the workspace with no network, and
 * used the way each kind of user would (harness.ts makes the projects once, fixtures/ holds
 * them). Each app is served under `Content-Security-Policy: default-src 'self'` in headless
 * Chromium, and the tests assert what a person sees on it.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, Report } from '@mubiao/core';
import { runCli } from '@mubiao/cli';
import { chromiumLaunchOptions } from '../../scripts/chromium-launch.ts';
import { openSite, whenRendered } from './browser.ts';
import { makeConsumerFixtures, PUBLISHED, removeConsumerFixtures, repoRoot, run, type ConsumerFixtures } from './harness.ts';

let fixtures: ConsumerFixtures;
let browser: Browser;
const project = (name: string) => join(fixtures.root, name);

/** What the apps show: the seeded data the harness serves as /data.json. */
interface PortalData {
  matrix: { plan: Plan; report: Report };
  findings: { report: Report };
  ranking: { region: string; growth: number }[];
}
const portalData = (name: string) => JSON.parse(readFileSync(join(project(name), 'public', 'data.json'), 'utf8')) as PortalData;

/** The gauge's sentence for value 7.3 against "7% 左右", last year 6.8 (the elements README's example). */
const GAUGE_SENTENCE = '7.3%，目标7%左右，高于目标0.3个百分点，达标，上年6.8%';
const gaugeSentence = (page: import('playwright-core').Page, selector = 'mb-target-gauge') =>
  page.locator(selector).locator('[role="meter"]').first().getAttribute('aria-valuetext');

/** The task matrix shows every task; choosing task `index`, then the first finding, reaches the app. */
async function chooseTaskAndFinding(page: import('playwright-core').Page, data: PortalData, index: number): Promise<void> {
  expect(await page.locator('mb-task-matrix tbody tr:not([part="totals"])').count()).toBe(data.matrix.plan.tasks.length);
  await page.locator('mb-task-matrix th[part="row-header"]').nth(index).click();
  await expect.poll(() => page.locator('#chosen-task').textContent()).toBe(data.matrix.plan.tasks[index]!.title);
  await page.locator('mb-findings-list [part="finding"]').first().click();
  // The app re-renders after its state changes: wait for the text rather than read it at once.
  await expect.poll(() => page.locator('#chosen-finding').textContent()).not.toBe('');
  const finding = await page.locator('#chosen-finding').textContent();
  expect(data.findings.report.findings.map((f) => f.message)).toContain(finding);
}

/** `tsc --noEmit -p CONFIG` in a fixture: its exit status and each error as "line code" of FILE. */
async function tscErrors(fixture: string, config: string, file: string): Promise<{ status: number | null; errors: string[] }> {
  const dir = project(fixture);
  const result = await run(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--pretty', 'false', '-p', config], dir);
  const pattern = new RegExp(`^${file.replace(/[.]/g, '\\.')}\\((\\d+),\\d+\\): error (TS\\d+)`);
  const errors = result.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => pattern.exec(line)?.slice(1).join(' ') ?? line);
  return { status: result.status, errors };
}

beforeAll(async () => {
  fixtures = await makeConsumerFixtures();
  browser = await chromium.launch(chromiumLaunchOptions);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  if (!fixtures) return;
  const total = Object.values(fixtures.timings).reduce((a, b) => a + b, 0);
  console.log(
    `consumer fixtures in ${total.toFixed(1)} s: ${Object.entries(fixtures.timings)
      .map(([step, s]) => `${step} ${s.toFixed(1)} s`)
      .join(', ')}`,
  );
  removeConsumerFixtures(fixtures);
});

/** The files of a tarball, as paths inside the package. */
function tarballFiles(path: string): string[] {
  return execFileSync('tar', ['-tzf', path], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((f) => f.replace(/^package\//, ''));
}

describe('the tarballs', () => {
  it('hold what users need and nothing of the workspace (no sources, tests or configs)', () => {
    for (const name of Object.keys(PUBLISHED)) {
      const files = tarballFiles(fixtures.tarballs[name]!);
      expect(files, name).toContain('package.json');
      expect(files, name).toContain('README.md');
      expect(files, name).toContain('LICENSE');
      const extra = name === '@mubiao/elements' ? /^(dist\/themes\/[a-z-]+\.css|custom-elements\.json)$/ : /^$/;
      const unexpected = files.filter((f) => !/^(package\.json|README\.md|LICENSE|dist\/.+\.(c?js|d\.ts|c?js\.map))$/.test(f) && !extra.test(f));
      expect(unexpected, name).toEqual([]);
      expect(
        files.filter((f) => /\.test\.|test-|tsconfig|vitest|\.ts$/.test(f) && !f.endsWith('.d.ts')),
        name,
      ).toEqual([]);
    }
  });

  it('name in exports, bin and sideEffects only files that are in them, with no workspace versions left', () => {
    for (const name of Object.keys(PUBLISHED)) {
      const files = tarballFiles(fixtures.tarballs[name]!);
      const manifest = JSON.parse(readFileSync(installedManifest(name), 'utf8')) as Record<string, unknown>;
      const targets = [...collectTargets(manifest['exports']), ...collectTargets(manifest['bin'])];
      for (const pattern of [...targets, ...(Array.isArray(manifest['sideEffects']) ? (manifest['sideEffects'] as string[]) : [])]) {
        const glob = new RegExp(
          `^${pattern
            .replace(/^\.\//, '')
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.+')}$`,
        );
        const matchAnywhere = !pattern.includes('/');
        expect(
          files.some((f) => glob.test(matchAnywhere ? f.split('/').pop()! : f)),
          `${name}: ${pattern}`,
        ).toBe(true);
      }
      expect(JSON.stringify(manifest), name).not.toContain('workspace:');
      expect(manifest['devDependencies'], name).toBeUndefined();
      expect(manifest['scripts'], name).toBeUndefined();
      expect(manifest['private'], name).toBeUndefined();
      expect(manifest['license'], name).toBe('MIT');
    }
  });
});

/** The package.json of an installed tarball, found in whichever fixture installed it. */
function installedManifest(name: string): string {
  for (const fixture of ['node-ts', 'react', 'cli']) {
    const store = join(project(fixture), 'node_modules', '.pnpm');
    const entry = readdirSync(store).find((d) => d.startsWith(`${name.replace('/', '+')}@file`));
    if (entry) return join(store, entry, 'node_modules', name, 'package.json');
  }
  throw new Error(`no fixture installed ${name}`);
}

function collectTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectTargets);
  return [];
}

describe('a plain HTML page with the single file, under the strict CSP', () => {
  const background = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.querySelector('mb-task-matrix')!).backgroundColor);

  it('shows all four elements with the data handed to them, in zh-CN with the default theme, and events', async () => {
    const data = portalData('html');
    const site = await openSite(browser, join(project('html'), 'public'));
    const { page } = site;
    await whenRendered(page);
    expect(await gaugeSentence(page, '#gauge')).toBe(GAUGE_SENTENCE);
    // The single file alone is the zh-CN kit: lang="en" without the English module reads Chinese.
    expect(await gaugeSentence(page, '#gauge-en')).toBe('7.3%，目标7%左右，高于目标0.3个百分点，达标');
    const top = [...data.ranking].sort((a, b) => b.growth - a.growth)[0]!;
    await expect.poll(() => page.locator('mb-ranking-table [role="row"]').nth(1).textContent()).toContain(top.region);
    expect(await page.locator('mb-task-matrix tbody tr:not([part="totals"])').count()).toBe(data.matrix.plan.tasks.length);
    expect(await page.locator('mb-task-matrix th[part="row-header"]').first().textContent()).toContain(data.matrix.plan.tasks[0]!.title.slice(0, 8));
    // Choosing a finding: the element's event reaches the page's own script.
    const first = page.locator('mb-findings-list [part="finding"]').first();
    await first.click();
    const chosen = await page.locator('#chosen').textContent();
    expect(chosen).toMatch(/^已选择：/);
    expect(data.findings.report.findings.map((f) => f.message)).toContain(chosen!.replace(/^已选择：/, ''));
    // The default theme is built in; no other theme is: the attribute alone changes nothing.
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.evaluate(() => document.documentElement.setAttribute('data-mb-theme', 'dark'));
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    expect(await site.problems()).toEqual([]);
    await site.close();
  });

  it('with locales/en.js as a second script and themes/dark.css linked: English where lang="en", dark everywhere', async () => {
    const site = await openSite(browser, join(project('html'), 'public'), { path: '/english-dark.html' });
    const { page } = site;
    await whenRendered(page);
    expect(await gaugeSentence(page, '#gauge-en')).toMatch(/^7\.3%, target about 7%, 0\.3 percentage points above target, Met$/);
    expect(await gaugeSentence(page, '#gauge')).toBe(GAUGE_SENTENCE);
    expect(await page.locator('#gauge-en [part="status"]').textContent()).toContain('Met');
    expect(await background(page)).toBe('rgb(22, 27, 34)');
    expect(await site.problems()).toEqual([]);
    await site.close();
  });

  it('each theme file works linked alone beside the single file', async () => {
    const themes = readdirSync(join(project('html'), 'public', 'assets', 'themes')).filter((f) => f.endsWith('.css'));
    expect(themes.sort()).toEqual(['dark.css', 'default.css', 'gov-red.css', 'large-text.css']);
    for (const theme of themes) {
      const site = await openSite(browser, join(project('html'), 'public'));
      const { page } = site;
      await whenRendered(page);
      const css = readFileSync(join(project('html'), 'public', 'assets', 'themes', theme), 'utf8');
      const expected = { bg: /--mb-color-bg: (#[0-9a-f]{6});/.exec(css)![1]!, size: /--mb-font-size: (\d+px);/.exec(css)![1]! };
      // Added the way a portal's script would (a same-origin stylesheet, allowed by default-src 'self').
      await page.evaluate(async (href) => {
        const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
        const loaded = new Promise((resolve, reject) => Object.assign(link, { onload: resolve, onerror: reject }));
        document.head.append(link);
        await loaded;
      }, `/assets/themes/${theme}`);
      const shown = await page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('mb-task-matrix')!);
        return { bg: style.getPropertyValue('--mb-color-bg').trim(), size: style.fontSize };
      });
      expect(shown, theme).toEqual(expected);
      expect(await site.problems(), theme).toEqual([]);
      await site.close();
    }
  });
});

describe("a Vite + TypeScript app importing one element's entry", () => {
  const builtCode = () => {
    const assets = join(project('vite-ts'), 'dist', 'assets');
    return readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
  };

  it('builds with only that element in the output', () => {
    const code = builtCode();
    expect(code).toContain('mb-target-gauge');
    // What each other element's code would bring: its tag and the events only it dispatches.
    for (const other of ['mb-ranking-table', 'mb-row-select', 'mb-task-matrix', 'mb-task-select', 'mb-findings-list', 'mb-finding-select']) {
      expect(code, other).not.toContain(other);
    }
  });

  it('type-checks, and tsc --noEmit fails on wrong property types', async () => {
    expect(await tscErrors('vite-ts', 'tsconfig.json', 'src/main.ts')).toEqual({ status: 0, errors: [] });
    expect(await tscErrors('vite-ts', 'tsconfig.wrong.json', 'wrong/main.ts')).toEqual({ status: 2, errors: ['5 TS2322', '6 TS2322', '7 TS2322'] });
  });

  it('renders the gauge in Chromium', async () => {
    const site = await openSite(browser, join(project('vite-ts'), 'dist'));
    await site.page.waitForSelector('mb-target-gauge');
    await expect.poll(() => gaugeSentence(site.page)).toBe(GAUGE_SENTENCE);
    expect(await site.problems()).toEqual([]);
    await site.close();
  });
});

describe('a Vue 3 app (@vitejs/plugin-vue, isCustomElement)', () => {
  it('passes data as properties and gets the elements’ events', async () => {
    const data = portalData('vue');
    const site = await openSite(browser, join(project('vue'), 'dist'));
    const { page } = site;
    await whenRendered(page);
    const matrix = await page.evaluate(() => {
      const element = document.querySelector('mb-task-matrix') as HTMLElement & { plan?: { tasks: unknown[] } };
      return { tasks: element.plan?.tasks.length, attributes: element.getAttributeNames() };
    });
    // Properties, not attributes: Vue set the objects themselves (an attribute would be "[object Object]").
    expect(matrix.tasks).toBe(data.matrix.plan.tasks.length);
    expect(matrix.attributes).not.toContain('plan');
    expect(matrix.attributes).not.toContain('report');
    await chooseTaskAndFinding(page, data, 0);
    await page.locator('mb-task-matrix select[part="filter"]').selectOption({ index: 1 });
    await expect.poll(() => page.locator('#department').textContent()).not.toBe('');
    expect(await site.problems()).toEqual([]);
    await site.close();
  });
});

describe('a React 19 app with @mubiao/react', () => {
  it('renders the wrapped elements with typed props and gets their events', async () => {
    const data = portalData('react');
    const site = await openSite(browser, join(project('react'), 'dist'));
    const { page } = site;
    await whenRendered(page);
    expect(await gaugeSentence(page)).toBe(GAUGE_SENTENCE);
    await chooseTaskAndFinding(page, data, 1);
    expect(await site.problems()).toEqual([]);
    await site.close();
  });

  it('fails tsc --noEmit on wrong prop types and on event details that do not exist', async () => {
    expect(await tscErrors('react', 'tsconfig.wrong.json', 'wrong/main.tsx')).toEqual({ status: 2, errors: ['6 TS2322', '7 TS2339', '8 TS2322'] });
  });
});

describe('a Node + TypeScript script using @mubiao/core and @mubiao/xlsx', () => {
  it('compiles under NodeNext resolution and finds the 技改投资 shortfall on D3', async () => {
    const dir = project('node-ts');
    copyFileSync(join(repoRoot, 'seeds/sheets/jinan-2023-tasks.xlsx'), join(dir, 'jinan-2023-tasks.xlsx'));
    copyFileSync(join(repoRoot, 'seeds/plans/luan-2023.json'), join(dir, 'luan-2023.json'));
    const result = await run(process.execPath, ['out/check.js', 'jinan-2023-tasks.xlsx', 'luan-2023.json'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^重点任务分解表!D3 shortfall 20%以上 → 15%以上$/m);
    expect(result.stdout).toMatch(/^\d+ findings, first column is A1$/m);
  });
});

describe('the CLI from its tarball, in a folder of its own', () => {
  const mubiao = (...args: string[]) => run(join(project('cli'), 'node_modules', '.bin', 'mubiao'), args, project('cli'));

  it('runs compiled, without tsx, and says its version', async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string };
    expect(await mubiao('--version')).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    const help = await mubiao('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^mubiao — /);
    const installed = readdirSync(join(project('cli'), 'node_modules', '.pnpm'));
    expect(installed.filter((d) => !d.startsWith('@mubiao+cli@') && d !== 'node_modules' && d !== 'lock.yaml')).toEqual([]);
  });

  it('gives the README’s finding and exit code on a copied seed sheet, byte for byte what the sources print', async () => {
    copyFileSync(join(repoRoot, 'seeds/sheets/jinan-2023-tasks.xlsx'), join(project('cli'), 'jinan-2023-tasks.xlsx'));
    const args = ['check', 'jinan-2023-tasks.xlsx', '--plan', 'luan-2023'];
    const result = await mubiao(...args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const printed = /It prints, first:\n\n```\n([\s\S]*?)```/.exec(readme)![1]!.replace('seeds/sheets/', '');
    expect(result.stdout.startsWith(printed.trimEnd())).toBe(true);
    for (const extra of [[], ['--json'], ['--locale', 'en']]) {
      let stdout = '';
      const code = await runCli([...args, ...extra], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: project('cli'), isTTY: false });
      const compiled = await mubiao(...args, ...extra);
      expect({ status: compiled.status, stdout: compiled.stdout }).toEqual({ status: code, stdout });
    }
  });
});
