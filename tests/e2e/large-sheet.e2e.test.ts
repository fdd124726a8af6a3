/**
 * A 20,000-row task sheet in the built web checker (production build, vite preview): it is read
 * and checked in the worker while the page shows the phase, the findings list and the sheet grid
 * stay bounded (DOM rows) at some 46,000 findings, and the last finding's cell — 20,000 rows down
 * — is reached from the list. Then the findings export, the print layout, and a Cancel that ends
 * the worker. Asserts no timings (the figures are bench:browser's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readAny, writeWorkbook } from '@mubiao/xlsx';
import { tasksSheet } from '../bench/sheets.ts';
import { countDomNodes } from '../bench/browser/probe.ts';
import { WINDOW_ROWS } from '../../addin/src/web/sheet-grid.ts';
import { buildAndPreview, deepActiveCell, fakeOfficeScript, launchChromium, poll, watchErrors } from './harness.ts';

const ROWS = 20_000;
let preview: { close(): Promise<void>; url: string };
let browser: Browser;
let fakeOffice: string;
const outDir = join(tmpdir(), `mubiao-large-dist-${process.pid}`);
const bytes = writeWorkbook([tasksSheet(ROWS)]);

beforeAll(async () => {
  preview = await buildAndPreview(outDir);
  browser = await launchChromium();
  fakeOffice = await fakeOfficeScript();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  rmSync(outDir, { recursive: true, force: true });
});

async function upload(page: Page): Promise<void> {
  await page.goto(`${preview.url}?samples=0`);
  await page
    .locator('mb-web-checker input[type=file]')
    .setInputFiles({ name: 'tasks-20000.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

/** The list's rows in the DOM and the number it says it has (aria-rowcount). */
function listRows(page: Page): Promise<{ inDom: number; rowcount: number; findings: number }> {
  return page.locator('mb-findings-list').evaluate(async (list) => {
    // A large report shows its first findings at once and indexes the rest in slices: all of them here.
    const element = list as unknown as { indexed: Promise<void>; updateComplete: Promise<boolean> };
    await element.indexed;
    await element.updateComplete;
    const grid = list.shadowRoot!.querySelector('[role="grid"]');
    return {
      inDom: list.shadowRoot!.querySelectorAll('[role="row"]').length,
      rowcount: Number(grid?.getAttribute('aria-rowcount') ?? 0),
      findings: (list as unknown as { shownFindings: unknown[] }).shownFindings.length,
    };
  });
}

describe('a 20,000-row sheet in the built web checker', () => {
  it('checks it in a worker with progress, keeps the list and the grid bounded, and reaches the last finding’s cell', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const errors = watchErrors(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await upload(page);
    // The phase is said while the worker reads and checks.
    const phase = await poll(
      'a phase shown',
      () => page.locator('mb-check-progress [data-phase]').allTextContents(),
      (t) => t.length > 0,
      20_000,
    );
    expect(phase[0]).toMatch(/正在(读取|校验|标注)/);
    expect(await page.locator('mb-check-progress button', { hasText: '取消' }).count()).toBe(1);
    await page.locator('mb-findings-list [part~="finding-button"]').first().waitFor({ timeout: 60_000 });
    expect(workers.some((url) => /check\.worker/.test(url))).toBe(true);

    const list = await listRows(page);
    expect(list.findings).toBeGreaterThan(40_000);
    expect(list.rowcount).toBeGreaterThan(list.findings);
    expect(list.inDom).toBeLessThan(200);
    const grid = page.locator('mb-sheet-grid table[role=grid]');
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(ROWS + 2 + 1));
    expect(await page.locator('mb-sheet-grid tbody tr').count()).toBeLessThanOrEqual(WINDOW_ROWS);
    expect(await page.evaluate(countDomNodes)).toBeLessThan(5000);

    // The last finding on a cell, 20,000 rows down: brought into the list's window, chosen, and its cell focused.
    const cell = await page.locator('mb-findings-list').evaluate(async (el) => {
      const l = el as unknown as { shownFindings: { cell: string }[]; revealFinding(i: number): Promise<void> };
      let i = l.shownFindings.length - 1;
      while (i >= 0 && !l.shownFindings[i]!.cell) i--;
      await l.revealFinding(i);
      return l.shownFindings[i]!.cell;
    });
    expect(Number(cell.replace(/^[A-Z]+/, ''))).toBeGreaterThan(ROWS - 50);
    await page.locator('mb-findings-list [part~="finding-button"]', { hasText: cell }).last().click();
    await poll(
      `${cell} focused`,
      () => deepActiveCell(page),
      (c) => c === cell,
      20_000,
    );
    expect(await page.locator('mb-sheet-grid tbody tr').count()).toBeLessThanOrEqual(WINDOW_ROWS);
    expect(await page.locator('mb-sheet-grid [data-pager="top"]').first().textContent()).toContain(`共 ${(ROWS + 2).toLocaleString('zh-CN')} 行`);
    expect((await listRows(page)).inDom).toBeLessThan(200);

    // The findings exported as .xlsx: one row per finding, every cell a string.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('mb-web-checker button[data-export="xlsx"]').click()]);
    expect(download.suggestedFilename()).toBe('tasks-20000.mubiao-findings.xlsx');
    const path = await download.path();
    const exported = readAny(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(path))), 'findings.xlsx').sheets[0]!;
    expect(exported.rowCount).toBe(list.findings + 1);
    expect(exported.cells[1]!.every((c) => c === undefined || typeof c.value === 'string')).toBe(true);

    // Paper: the summary and the findings (at most 5,000), not the upload box or the grid.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display !== 'none');
    expect(await shown('mb-web-checker .drop')).toBe(false);
    expect(await shown('mb-web-checker .sheets')).toBe(false);
    expect(await shown('mb-findings-print')).toBe(true);
    expect(await page.locator('mb-findings-print tbody tr').count()).toBe(5000);
    expect(await page.locator('mb-findings-print p').textContent()).toContain(`共 ${list.findings.toLocaleString('zh-CN')} 项`);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await poll(
      'the print table gone',
      () => page.locator('mb-findings-print tbody tr').count(),
      (n) => n === 0,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cancels a check: the worker is ended, nothing is shown as checked, and it can be checked again', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = watchErrors(page);
    const started: string[] = [];
    const closed: string[] = [];
    page.on('worker', (w) => {
      started.push(w.url());
      w.on('close', () => closed.push(w.url()));
    });
    await upload(page);
    // Cancel once the worker is running: a worker ended before the browser reported it never reports
    // its end either (a race a loaded machine loses).
    await poll(
      'the check worker started',
      async () => started.length,
      (n) => n > 0,
    );
    await page.locator('mb-check-progress button', { hasText: '取消' }).click();
    await page.locator('mb-web-checker section.file p.hint[role="status"]', { hasText: '已取消校验' }).waitFor();
    await poll(
      'the worker ended',
      async () => closed.length,
      (n) => n > 0,
    );
    expect(await page.locator('mb-findings-list').count()).toBe(0);
    expect(await page.locator('mb-check-progress [data-phase]').count()).toBe(0);
    expect(await page.locator('mb-web-checker button[data-export]').count()).toBe(0);
    await page.locator('mb-web-checker button', { hasText: '重新校验' }).click();
    await page.locator('mb-findings-list [part~="finding-button"]').first().waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in the task pane on a scripted Excel: Cancel while the check runs leaves the workbook untouched', async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 1000 } });
    const errors = watchErrors(page);
    const spec = tasksSheet(ROWS);
    const config = JSON.stringify({ grids: [], sheets: [{ name: spec.name, rows: spec.rows }], maxExcelApi: '1.18', platform: 'PC' });
    await page.route('**/office-js/office.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: `window.__MUBIAO_FAKE__ = ${config};\n${fakeOffice}` }),
    );
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${preview.url}taskpane.html`);
    await page.locator('mb-taskpane button.primary').waitFor();
    const state = () => page.evaluate(() => JSON.stringify((window as unknown as { __fakeWorkbook: { snapshot(): unknown } }).__fakeWorkbook.snapshot()));
    const before = await state();
    await page.locator('mb-taskpane button.primary').click();
    await page.locator('mb-check-progress [data-phase="checking"]').waitFor({ timeout: 30_000 });
    expect(workers.some((url) => /check\.worker/.test(url))).toBe(true);
    await page.locator('mb-check-progress button', { hasText: '取消' }).click();
    await poll(
      'the pane to say so',
      () => page.locator('mb-taskpane p.status').textContent(),
      (t) => (t ?? '').includes('已取消校验，工作簿未作任何改动。'),
      20_000,
    );
    expect(await state()).toBe(before);
    expect(await page.locator('mb-findings-list').count()).toBe(0);
    // And the next pass runs to the end.
    await page.locator('mb-taskpane button.primary').click();
    await poll(
      'the pass to finish',
      () => page.locator('mb-taskpane p.status').textContent(),
      (t) => /已在 [\d,]+ 个单元格/.test(t ?? ''),
      60_000,
    );
    expect(await state()).not.toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
