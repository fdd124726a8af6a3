/**
 * Reading a legacy workbook in the browser against reading the same sheet as .xlsx: both through
 * readSpreadsheet, bundled by vite (SheetJS included, as the web checker's lazy chunk would load
 * it) and run in headless Chromium. Called by bench:check for its 10,000-row sheet; the .xls,
 * .xlsb and .ods are written from the .xlsx by SheetJS.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { read as sheetjsRead, write as sheetjsWrite } from '@e965/xlsx';
import { chromiumLaunchOptions } from '../../../scripts/chromium-launch.ts';
import { bundlePage } from '../bundle-page.ts';
import type { ReadTimes } from './page.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The same workbook as .xls (BIFF8), .xlsb and .ods, written by SheetJS from the .xlsx. */
export function legacyCopies(xlsx: Uint8Array): Record<string, Uint8Array> {
  const workbook = sheetjsRead(xlsx, { type: 'array', cellFormula: true, cellNF: true, cellStyles: true });
  const out: Record<string, Uint8Array> = {};
  for (const [ext, bookType] of [
    ['xls', 'biff8'],
    ['xlsb', 'xlsb'],
    ['ods', 'ods'],
  ] as const) {
    out[ext] = new Uint8Array(sheetjsWrite(workbook, { type: 'array', bookType, compression: true }) as ArrayBuffer);
  }
  return out;
}

export async function browserReadTimes(files: Record<string, Uint8Array>, repeat = 9): Promise<ReadTimes> {
  const code = await bundlePage(`${here}page.ts`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"><title>legacy read bench</title></head><body></body></html>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => 'mbLegacyBench' in window);
    const payload = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [...bytes]]));
    return await page.evaluate(
      ({ payload, repeat }) =>
        (window as unknown as { mbLegacyBench: (f: Record<string, number[]>, r: number) => Promise<ReadTimes> }).mbLegacyBench(payload, repeat),
      { payload, repeat },
    );
  } finally {
    await browser.close();
  }
}
