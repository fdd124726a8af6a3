/**
 * The web checker with the formats offices still pass around: an .xls chosen in the picker, and
 * an .xls, .xlsb and .ods dropped on the drop zone, are checked like the .xlsx (the 技改投资 shortfall marked on D3),
 * the page says the copy is a new .xlsx, and the download is that .xlsx with the marks.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { NOTE_MARKER } from '@mubiao/xlsx';
import { artifact, poll, readCopy, seedSheet, useAddinEnvironment, openPage } from './harness.ts';

// The public peer-suite workbooks live in the steering repository's shared/, beside a clone (as
// for tests/acceptance/legacy-peer.test.ts); where they are absent only the cut-short file is tried.

const env = useAddinEnvironment();

describe('web checker, legacy formats', () => {
  it('takes an .xls from the picker, marks D3, says the copy is a new .xlsx and downloads it', async () => {
    const { page, errors } = await openPage(env.browser, `${env.base}?samples=0`, { viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    expect(await page.locator('mb-web-checker input[type=file]').getAttribute('accept')).toContain('.xls,');
    await page.locator('mb-web-checker input[type=file]').setInputFiles(seedSheet('legacy/jinan-2023-tasks.xls'));
    const d3 = page.locator('mb-sheet-grid td[data-cell="D3"]');
    await d3.waitFor({ timeout: 30_000 });
    expect(await d3.getAttribute('class')).toContain('mark-error');
    expect(await page.locator('mb-web-checker section.file .converted').textContent()).toContain('Excel 97-2003 (.xls) 格式无法在原文件上标注');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('mb-web-checker button.primary').first().click()]);
    expect(download.suggestedFilename()).toBe('jinan-2023-tasks.mubiao.xlsx');
    const saved = artifact('jinan-2023-tasks.xls.mubiao.xlsx');
    await download.saveAs(saved);
    const copy = readCopy(new Uint8Array(readFileSync(saved)));
    expect(copy.texts).toEqual(readCopy(new Uint8Array(readFileSync(seedSheet('jinan-2023-tasks.xlsx')))).texts);
    expect(copy.notes).toContain(NOTE_MARKER);
    expect(copy.notes).toMatch(/技改投资/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes .xls, .xlsb and .ods dropped on the drop zone, in English', async () => {
    const { page, errors } = await openPage(env.browser, `${env.base}?samples=0&lang=en`, { viewport: { width: 1300, height: 900 } });
    const files = ['jinan-2023-tasks.xls', 'jinan-2023-tasks.xlsb', 'luan-2023-progress.ods'].map((name) => ({
      name,
      data: [...readFileSync(seedSheet(`legacy/${name}`))],
    }));
    await page.locator('mb-web-checker .drop').evaluate((zone, list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([new Uint8Array(f.data)], f.name));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    await poll(
      'the three dropped files',
      () => page.locator('mb-web-checker section.file').count(),
      (n) => n === 3,
      30_000,
    );
    await poll(
      'D3 marked in the .xls and the .xlsb',
      () => page.locator('mb-sheet-grid[data-sheet="重点任务分解表"] td[data-cell="D3"].mark-error').count(),
      (n) => n === 2,
      30_000,
    );
    await poll(
      'the three checks done',
      () => page.locator('mb-web-checker section.file .converted').count(),
      (n) => n === 3,
      30_000,
    );
    const notices = await page.locator('mb-web-checker section.file .converted').allTextContents();
    expect(notices).toEqual([
      'Excel 97-2003 (.xls) cannot be marked in place: the annotated copy is a new .xlsx whose formatting (fonts, colours, borders) may differ from the original; the original is not changed.',
      'Excel binary (.xlsb) cannot be marked in place: the annotated copy is a new .xlsx whose formatting (fonts, colours, borders) may differ from the original; the original is not changed.',
      'OpenDocument (.ods) cannot be marked in place: the annotated copy is a new .xlsx whose formatting (fonts, colours, borders) may differ from the original; the original is not changed.',
    ]);
    expect(await page.locator('mb-web-checker section.file > p.error').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says why a password-protected or cut-short .xls cannot be read', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.base}?samples=0`);
    const xls = readFileSync(seedSheet('legacy/jinan-2023-tasks.xls'));
    await page.locator('mb-web-checker input[type=file]').setInputFiles([
      { name: 'cut.xls', mimeType: 'application/vnd.ms-excel', buffer: xls.subarray(0, 5000) },
      { name: 'locked.xls', mimeType: 'application/vnd.ms-excel', buffer: readFileSync(seedSheet('legacy/jinan-2023-tasks.locked.xls')) },
    ]);
    await poll(
      'two errors',
      () => page.locator('mb-web-checker section.file .error').count(),
      (n) => n === 2,
      30_000,
    );
    const alerts = await page.locator('mb-web-checker section.file .error').allTextContents();
    expect(alerts[0]).toContain('cut.xls is damaged or incomplete (the file is cut short)');
    expect(alerts[1]).toContain('locked.xls is password-protected');
    await page.close();
  });
});
