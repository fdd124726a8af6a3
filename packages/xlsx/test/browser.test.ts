/**
 * The browser build, in real Chromium: the same functions give the same bytes as in Node.
 * Skipped where /usr/bin/chromium (or CHROMIUM_PATH) is missing.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateWorkbook } from '../src/annotate.ts';
import { richWorkbook } from './fixtures.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const entry = resolve(dirname(fileURLToPath(import.meta.url)), '../src/index.ts');
const MARKS = [
  { sheet: '任务表', cell: 'C2', severity: 'error' as const, note: '技改投资增长15%，低于计划“20%以上”。' },
  { sheet: '任务表', cell: 'F12', severity: 'info' as const, note: '无人承接' },
];

describe.skipIf(!existsSync(chromiumPath))('in Chromium', () => {
  it('reads, annotates (byte-identical to Node) and decodes GB18030 CSV', async () => {
    const [{ build }, { chromium }] = await Promise.all([import('vite'), import('playwright-core')]);
    const outDir = await mkdtemp(join(tmpdir(), 'mubiao-xlsx-browser-'));
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
    try {
      await build({
        logLevel: 'silent',
        configFile: false,
        build: { outDir, emptyOutDir: true, minify: true, lib: { entry, formats: ['iife'], name: 'MubiaoXlsx', fileName: 'xlsx' } },
      });
      const code = await readFile(join(outDir, 'xlsx.iife.js'), 'utf8');
      const rich = await richWorkbook();
      const page = await browser.newPage();
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(
        ({ rich, marks }) => {
          const m = (globalThis as unknown as { MubiaoXlsx: typeof import('../src/index.ts') }).MubiaoXlsx;
          const bytes = new Uint8Array(rich);
          const read = m.readAny(bytes, 'rich.xlsx');
          const annotated: Uint8Array = m.annotateWorkbook(bytes, marks);
          const gbk = m.readAny(new Uint8Array([0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xd6, 0xb5]), 'g.csv');
          let error = '';
          try {
            m.readAny(bytes.subarray(0, 100), 'cut.xlsx');
          } catch (e) {
            error = `${(e as { code: string }).code}: ${(e as Error).message}`;
          }
          return {
            sheets: read.sheets.map((s) => s.sheet),
            c2: read.sheets[0]?.cells[1]?.[2]?.text,
            annotated: Array.from(annotated),
            csv: gbk.sheets[0]?.cells[0]?.map((c) => c?.text),
            error,
          };
        },
        { rich: Array.from(rich), marks: MARKS },
      );
      expect(result.sheets).toEqual(['任务表', '说明']);
      expect(result.c2).toBe('15%');
      expect(result.csv).toEqual(['指标', '值']);
      expect(result.error).toMatch(/^corrupt: cut\.xlsx is damaged or incomplete/);
      expect(Buffer.compare(Buffer.from(result.annotated), Buffer.from(annotateWorkbook(rich, MARKS)))).toBe(0);
    } finally {
      await browser.close();
      await rm(outDir, { recursive: true, force: true });
    }
  }, 180_000);
});
