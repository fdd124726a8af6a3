/**
 * The task pane when the saved record of our marks is full. Hosts that keep a record (desktop
 * before ExcelApi 1.20, Excel on the web) cap it under 1,000,000 characters
 * (addin/src/excel/mark-record.ts): at 100,000 rows some 43,000 notes do not fit, are not
 * written, and the pane must say how many, keep every finding in its list, and Clear must still
 * remove every mark it wrote.
 *
 * At 100,000 rows the pane takes minutes to render its findings list and matrix in headless
 * Chromium (the check and the write take ~4 s), so this test gives the writer a smaller budget
 * through its own `recordChars` option (the host's writeMarks is wrapped in the page; everything
 * else — pane, writer, record, scripted host — is the real path) on bench:addin's progress table
 * at 300 rows. The expected figures come from a check run here in Node on the same rows and
 * from what the scripted host holds, never from the pane's own line.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seededPlan } from '@mubiao/seeds';
import { parseCellAddress } from '../../addin/src/excel/address.ts';
import { ALL_CAPABILITIES } from '../../addin/src/excel/capabilities.ts';
import { decodeMarkState } from '../../addin/src/excel/mark-record.ts';
import { SETTINGS_KEY } from '../../addin/src/excel/mark-state.ts';
import { readSheetGrid } from '../../addin/src/excel/read.ts';
import { NOTE_MARKER } from '../../addin/src/excel/write.ts';
import { runCheck } from '../../addin/src/shared/check.ts';
import { seedPlans } from '../../addin/src/shared/seed-plans.ts';
import { STRINGS } from '../../addin/src/ui/strings.ts';
import { FakeContext, FakeWorkbook } from '../../addin/test/fake-excel.ts';
import { progressRows } from '../bench/sheets.ts';
import { artifact, axeViolations, poll, useAddinEnvironment, watchErrors } from './harness.ts';

const SHEET = '指标进度';
const ROWS = 300;
const PLAN = 'luan-2023';
const AS_OF = '2023-09-30';
/** Characters of record the writer may use: room for about 160 of the 363 notes. */
const RECORD_CHARS = 2_000;

const env = useAddinEnvironment();

interface PageView {
  __fakeWorkbook: {
    snapshot(): unknown;
    sheet(
      name: string,
    ): { notes: Map<string, string>; conditionalFormats: { areas: { top: number; bottom: number; left: number; right: number }[] }[] } | undefined;
  };
  __fakeSettings: { saved: Record<string, unknown> };
  __before: string;
}

/** The findings a check of the same rows gives, run here rather than in the pane. */
async function expectedFindings(rows: (string | number)[][]): Promise<{ findings: number; cells: Set<string> }> {
  const wb = new FakeWorkbook();
  wb.addSheet(SHEET, rows);
  const grid = await readSheetGrid(new FakeContext(wb) as unknown as Excel.RequestContext, SHEET, ALL_CAPABILITIES);
  const plan = seedPlans().find((p) => p.name === PLAN)!;
  const report = runCheck([grid], seedPlans(), { locale: 'zh-CN', asOf: AS_OF, plans: [plan] });
  return { findings: report.findings.length, cells: new Set(report.findings.filter((f) => f.cell && f.sheet === SHEET).map((f) => f.cell)) };
}

describe('task pane: marks over the saved record’s limit', () => {
  it.each([
    ['desktop before ExcelApi 1.20', { maxExcelApi: '1.18', platform: 'PC' }],
    ['Excel on the web', { maxExcelApi: '1.20', platform: 'OfficeOnline', payloadLimit: 5_000_000 }],
  ] as const)('on %s, says how many notes did not fit, lists every finding, and Clear restores the sheet', async (label, host) => {
    const plan = seededPlan(PLAN);
    if (!plan) throw new Error(`seeded plan ${PLAN} is missing`);
    const rows = progressRows(plan, ROWS);
    const expected = await expectedFindings(rows);

    const page: Page = await env.browser.newPage({ viewport: { width: 380, height: 1100 } });
    const errors = watchErrors(page);
    await page.route('**/office-js/office.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.__MUBIAO_FAKE__ = ${JSON.stringify({ grids: [], sheets: [{ name: SHEET, rows }], ...host })};\n${env.fakeOffice}`,
      }),
    );
    await page.goto(`${env.base}taskpane.html`);
    await page.locator('mb-taskpane button.primary').waitFor();
    // This host keeps a record: nothing says otherwise in the pane, and the writer will save one.
    await page.evaluate((budget) => {
      const w = window as unknown as PageView;
      w.__before = JSON.stringify(w.__fakeWorkbook.snapshot());
      const pane = document.querySelector('mb-taskpane') as unknown as { host: { writeMarks(marks: unknown, options?: object): Promise<unknown> } };
      const write = pane.host.writeMarks.bind(pane.host);
      pane.host.writeMarks = (marks, options) => write(marks, { ...options, recordChars: budget });
    }, RECORD_CHARS);

    await page.locator('mb-taskpane select#plan').selectOption(PLAN);
    await page.locator('mb-taskpane input#as-of').fill(AS_OF);
    const started = Date.now();
    await page.locator('mb-taskpane button.primary').click();
    await poll(
      'the pass to finish',
      () => page.locator('mb-taskpane p.status').textContent(),
      (t) => /已在 \d+ 个单元格/.test(t ?? ''),
      60_000,
    );
    const passMs = Date.now() - started;

    // What the scripted host holds now, and what the saved record says we wrote.
    const state = await page.evaluate(
      ({ name, key }) => {
        const w = window as unknown as PageView;
        const sheet = w.__fakeWorkbook.sheet(name)!;
        const highlighted: string[] = [];
        for (const cf of sheet.conditionalFormats)
          for (const a of cf.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) highlighted.push(`${r},${c}`);
        return { notes: [...sheet.notes.entries()], highlighted, record: w.__fakeSettings.saved[key] ?? null };
      },
      { name: SHEET, key: SETTINGS_KEY },
    );
    const written = state.notes.filter(([, text]) => text.startsWith(NOTE_MARKER));
    expect(written.length).toBe(state.notes.length); // the sheet had no notes of its own
    const notWritten = expected.cells.size - written.length;
    // The budget bites, but leaves room for some notes: the case the line is about.
    expect(written.length).toBeGreaterThan(0);
    expect(notWritten).toBeGreaterThan(0);
    for (const [cell] of written) expect(expected.cells.has(cell)).toBe(true);

    // The pane's line gives exactly that number (the Chinese pane: the fake host's display language).
    const hints = await page.locator('mb-taskpane p.hint').allTextContents();
    expect(hints).toContain(STRINGS['zh-CN'].overRecordLimit(notWritten));
    expect(hints.filter((h) => h.includes('标注记录已满'))).toHaveLength(1);

    // Every note written is on the saved record (so Clear can remove it), and the record fits.
    expect(typeof state.record).toBe('string');
    expect((state.record as string).length).toBeLessThanOrEqual(RECORD_CHARS);
    const recorded = decodeMarkState(state.record)!.sheets[SHEET]!.notes.map((n) => n.cell);
    expect(new Set(recorded)).toEqual(new Set(written.map(([cell]) => cell)));

    // Every marked cell is still highlighted: overlays cost a few ids on the record, not one per cell.
    const highlighted = new Set(state.highlighted);
    const at = (cell: string) => {
      const p = parseCellAddress(cell)!;
      return `${p.row},${p.col}`;
    };
    for (const cell of expected.cells) expect(highlighted.has(at(cell))).toBe(true);

    // The findings list still holds every finding, the unwritten notes' cells among them (the list
    // is virtualised: what it holds, not the rows it draws).
    const listed = await page.evaluate(() => {
      const list = document.querySelector('mb-taskpane')!.shadowRoot!.querySelector('mb-check-results')!.shadowRoot!.querySelector('mb-findings-list')!;
      return (list as unknown as { shownFindings: { cell: string }[] }).shownFindings.map((f) => f.cell);
    });
    expect(listed).toHaveLength(expected.findings);
    expect(new Set(listed.filter(Boolean))).toEqual(expected.cells);

    await page.screenshot({ path: artifact(`taskpane-record-limit-${host.platform}.png`) });
    const axeStarted = Date.now();
    expect(await axeViolations(page)).toEqual([]);
    const axeMs = Date.now() - axeStarted;

    // Clear removes every note and overlay the pass wrote: the sheet is as it was.
    await page.locator('mb-taskpane button', { hasText: '清除标注' }).click();
    await poll(
      'the sheet to be as before',
      () =>
        page.evaluate(() => {
          const w = window as unknown as PageView;
          return JSON.stringify(w.__fakeWorkbook.snapshot()) === w.__before;
        }),
      (same) => same,
    );
    expect(await page.evaluate((key) => (window as unknown as PageView).__fakeSettings.saved[key] ?? null, SETTINGS_KEY)).toBeNull();
    expect(errors).toEqual([]);
    console.log(
      `${label}: ${expected.findings} findings on ${expected.cells.size} cells; ${written.length} notes written, ${notWritten} over the record; pass ${passMs} ms, axe ${axeMs} ms`,
    );
    await page.close();
  });
});
