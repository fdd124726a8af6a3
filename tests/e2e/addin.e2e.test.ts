/**
 * The add-in end to end in headless Chromium: the web checker on the seeded 金安区 sheet (upload,
 * the 技改投资 shortfall marked in place, finding → cell, annotated download read back) and the
 * task pane against a scripted Excel host (validate, select, clear; current Excel and Office
 * 2016). Screenshots and the downloaded copy go to tests/artifacts/.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readAny } from '@mubiao/xlsx';
import {
  artifact,
  axeViolations,
  deepActiveCell,
  poll,
  readCopy,
  repoRoot,
  seedSheet,
  useAddinEnvironment,
  bothSeededSheets,
  openPage,
  watchErrors,
} from './harness.ts';

const SHEET = '重点任务分解表';
const env = useAddinEnvironment();

describe('web checker', () => {
  it('marks the 技改投资 shortfall of an uploaded sheet, focuses it from the list, and downloads an annotated copy', async () => {
    const { page, errors } = await openPage(env.browser, `${env.base}?samples=0`, { viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    await page.locator('mb-web-checker input[type=file]').setInputFiles(seedSheet('jinan-2023-tasks.xlsx'));

    const d3 = page.locator('mb-sheet-grid td[data-cell="D3"]');
    await d3.waitFor({ timeout: 30_000 });
    expect(await d3.getAttribute('class')).toContain('mark-error');
    expect(await d3.textContent()).toContain('技改投资增长15%以上');
    expect(await d3.getAttribute('title')).toMatch(/20%以上/);
    expect(await page.locator('mb-sheet-grid table[role=grid]').count()).toBeGreaterThan(0);

    // Choosing the finding scrolls to and focuses its cell.
    await page.locator('mb-findings-list [part~="finding-button"]', { hasText: 'D3' }).first().click();
    await poll(
      'D3 to be focused',
      () => deepActiveCell(page),
      (cell) => cell === 'D3',
    );
    await page.screenshot({ path: artifact('web-checker.png') });

    // Arrow keys move between cells: one tab stop for the whole grid.
    await page.keyboard.press('ArrowRight');
    await poll(
      'E3 to be focused',
      () => deepActiveCell(page),
      (cell) => cell === 'E3',
    );
    await page.keyboard.press('ArrowDown');
    await poll(
      'E4 to be focused',
      () => deepActiveCell(page),
      (cell) => cell === 'E4',
    );

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('mb-web-checker button.primary').first().click()]);
    expect(download.suggestedFilename()).toBe('jinan-2023-tasks.mubiao.xlsx');
    const saved = artifact('jinan-2023-tasks.mubiao.xlsx');
    await download.saveAs(saved);
    const original = readCopy(new Uint8Array(readFileSync(seedSheet('jinan-2023-tasks.xlsx'))));
    const annotated = readCopy(new Uint8Array(readFileSync(saved)));
    // Values are untouched: the annotated copy reads back to the same grid text.
    expect(annotated.texts).toEqual(original.texts);
    // …and the shortfall's note is in the workbook.
    expect(annotated.notes).toMatch(/技改投资/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens preloaded with the seeded sheets, validated against their plans', async () => {
    const { page, errors } = await openPage(env.browser, env.base, { viewport: { width: 1400, height: 1000 } });
    await bothSeededSheets(page, 'section.file');
    const d3 = page.locator('mb-sheet-grid[data-sheet="重点任务分解表"] td[data-cell="D3"]');
    await d3.waitFor();
    expect(await d3.getAttribute('class')).toContain('mark-error');
    // What each sheet was checked against, in words: no internal plan names.
    const context = await page.locator('mb-check-results .context').first().textContent();
    expect(context).toContain('六安市 2023 年计划，已采用（六安市是金安区的上级地区，年份同为 2023 年）');
    expect(context).not.toContain('luan-2023');
    await page.screenshot({ path: artifact('web-checker-preloaded.png'), fullPage: false });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checks a CSV (no annotated copy: it cannot hold marks) and switches to English', async () => {
    const { page, errors } = await openPage(env.browser, `${env.base}?samples=0`, { viewport: { width: 1300, height: 900 } });
    const csv = '金安区2023年主要指标分解表\n序号,指标,单位,目标值,牵头单位\n1,技改投资增长,%,15,区经信局\n2,规上工业增加值增长,%,12,区经信局\n';
    await page.locator('mb-web-checker input[type=file]').setInputFiles({ name: '指标.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.locator('mb-sheet-grid td[data-cell="D3"]').waitFor();
    expect(await page.locator('mb-sheet-grid td[data-cell="D3"]').getAttribute('class')).toContain('mark-error');
    expect(await page.locator('mb-web-checker section.file .hint').textContent()).toContain('CSV');
    expect(await page.locator('mb-web-checker button.primary').count()).toBe(0);
    await page.locator('mb-web-checker > header button, mb-web-checker header button', { hasText: 'English' }).first().click();
    await poll(
      'English findings',
      () => page.locator('mb-check-results .summary').first().textContent(),
      (t) => /errors?/.test(t ?? ''),
    );
    expect(await page.locator('mb-sheet-grid td[data-cell="D3"]').getAttribute('title')).toMatch(/20%/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes files dropped on the drop zone', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.goto(`${env.base}?samples=0`);
    const bytes = [...readFileSync(seedSheet('jinan-2023-tasks.xlsx'))];
    await page.locator('mb-web-checker .drop').evaluate((zone, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'dropped.xlsx'));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.locator('mb-web-checker section.file h2', { hasText: 'dropped.xlsx' }).waitFor();
    expect(await page.locator('mb-sheet-grid td[data-cell="D3"]').getAttribute('class')).toContain('mark-error');
    await page.close();
  });

  it('says why a file cannot be read, and keeps the others', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.base}?samples=0`);
    await page.locator('mb-web-checker input[type=file]').setInputFiles([
      { name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not really a zip') },
      { name: 'jinan-2023-tasks.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(seedSheet('jinan-2023-tasks.xlsx')) },
    ]);
    const alert = page.locator('mb-web-checker section.file .error').first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('broken.xlsx');
    await page.locator('mb-sheet-grid td[data-cell="D3"]').waitFor();
    await page.close();
  });

  it('says how many figures of a pasted plan were read as no target or result, and opens their sentences by keyboard', async () => {
    const { page, errors } = await openPage(env.browser, `${env.base}?samples=0`);
    const text = '2024年工作要点\n一、城市建设\n力争全年安装太阳能路灯2万盏，新增企业20家以上。';
    await page.locator('mb-web-checker textarea#paste').fill(text);
    await page.locator('mb-web-checker button', { hasText: '读取' }).click();
    const summary = page.locator('mb-web-checker details.unread summary');
    await poll(
      'the paste to be read',
      () => summary.textContent(),
      (t) => /^1 个数字未读作目标值或结果/.test(t?.trim() ?? ''),
    );
    expect(await page.locator('mb-web-checker details.unread').getAttribute('open')).toBeNull();
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('mb-web-checker details.unread').getAttribute('open')).not.toBeNull();
    // The figure is named first, for screen readers (a <mark> is seldom announced).
    expect(await page.locator('mb-web-checker details.unread li').textContent()).toBe('2万盏：力争全年安装太阳能路灯2万盏，新增企业20家以上。');
    expect(await page.locator('mb-web-checker details.unread li .sr').textContent()).toBe('2万盏：');
    expect(await page.locator('mb-web-checker details.unread li mark').textContent()).toBe('2万盏');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says how many results a pasted text without a year left out, and counts them once the year is entered', async () => {
    const { page, errors } = await openPage(env.browser, `${env.base}?samples=0`);
    const text = ['今年以来，某区规上工业增加值增长6.2%，新签约项目12个。', '全年力争新签约项目20个，确保固定资产投资增长8%。'].join('\n');
    await page.locator('mb-web-checker textarea#paste').fill(text);
    await page.locator('mb-web-checker button', { hasText: '读取' }).click();
    const hint = page.locator('mb-web-checker textarea#paste ~ p.hint:not(#paste-year-hint)');
    await poll(
      'the paste to be read',
      () => hint.textContent(),
      (t) => /个目标值。另有 \d+ 项结果因原文未写年份未计入。/.test(t ?? ''),
    );
    await page.locator('mb-web-checker input#paste-year').fill('2024');
    await page.locator('mb-web-checker input#paste-year').dispatchEvent('change');
    await poll(
      'the year to be taken',
      () => hint.textContent(),
      (t) => /2024/.test(t ?? '') && !/另有/.test(t ?? ''),
    );
    expect(await page.locator('mb-web-checker select#plan').inputValue()).toBe('pasted');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('task pane in a scripted Excel', () => {
  async function openPane(maxExcelApi: string, settings?: Record<string, unknown>) {
    const page = await env.browser.newPage({ viewport: { width: 380, height: 1100 } });
    const errors = watchErrors(page);
    const grids = readAny(new Uint8Array(readFileSync(seedSheet('jinan-2023-tasks.xlsx'))), 'jinan-2023-tasks.xlsx').sheets;
    await page.route('**/office-js/office.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.__MUBIAO_FAKE__ = ${JSON.stringify({ grids, maxExcelApi, platform: 'PC', ...(settings ? { settings } : {}) })};\n${env.fakeOffice}`,
      }),
    );
    await page.goto(`${env.base}taskpane.html`);
    await page.locator('mb-taskpane button.primary').waitFor();
    return { page, errors };
  }

  const workbookState = (page: import('playwright-core').Page) =>
    page.evaluate(() => JSON.stringify((window as unknown as { __fakeWorkbook: { snapshot(): unknown } }).__fakeWorkbook.snapshot()));

  /** 清除标注 restores the workbook as it was `before`; the pane ran without errors; the page is closed. */
  async function clearAndClose(page: import('playwright-core').Page, errors: string[], before: string) {
    await page.locator('mb-taskpane button', { hasText: '清除标注' }).click();
    await poll(
      'the marks to be cleared',
      () => workbookState(page),
      (s) => s === before,
    );
    expect(errors).toEqual([]);
    await page.close();
  }

  it('validates, marks the shortfall with an overlay and a note, selects the cell from the list, and clears', async () => {
    const { page, errors } = await openPane('1.18');
    const before = await workbookState(page);
    await page.locator('mb-taskpane button.primary').click();
    await poll(
      'the pass to finish',
      () => page.locator('mb-taskpane p.status').textContent(),
      (t) => /已在 \d+ 个单元格/.test(t ?? ''),
    );

    const sheet = await page.evaluate((name) => {
      const wb = (
        window as unknown as { __fakeWorkbook: { sheet(n: string): { conditionalFormats: { areas: unknown[]; fill: string }[]; notes: Map<string, string> } } }
      ).__fakeWorkbook;
      const s = wb.sheet(name);
      return { cfs: s.conditionalFormats, notes: Object.fromEntries(s.notes) };
    }, SHEET);
    const errorOverlay = sheet.cfs.find((cf) => cf.fill === '#FFC7CE');
    expect(errorOverlay?.areas).toContainEqual({ top: 2, bottom: 2, left: 3, right: 3 });
    expect(sheet.notes.D3).toMatch(/技改投资/);
    // Cell values are untouched.
    const values = (json: string) =>
      (JSON.parse(json) as { sheets: { cells: ({ value: unknown } | null)[][] }[] }).sheets.map((s) => s.cells.map((r) => r?.map((c) => c?.value ?? null)));
    expect(values(await workbookState(page))).toEqual(values(before));

    await page.locator('mb-findings-list [part~="finding-button"]', { hasText: 'D3' }).first().click();
    await poll(
      'Excel selection',
      () => page.evaluate(() => (window as unknown as { __fakeWorkbook: { selection: unknown } }).__fakeWorkbook.selection),
      (s) => JSON.stringify(s) === JSON.stringify({ sheet: SHEET, cell: 'D3' }),
    );
    await page.screenshot({ path: artifact('taskpane.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Validate again: same state as once.
    const once = await workbookState(page);
    await page.locator('mb-taskpane button.primary').click();
    await poll(
      'the second pass',
      () => page.locator('mb-taskpane button.primary').isEnabled(),
      (v) => v,
    );
    await poll(
      'the same marks',
      () => workbookState(page),
      (s) => s === once,
    );

    await clearAndClose(page, errors, before);
  });

  it('on Office 2016 (ExcelApi 1.1) says what it cannot do, fills with a record, and Clear restores', async () => {
    const { page, errors } = await openPane('1.1');
    expect(await page.locator('mb-taskpane details.limits').textContent()).toContain('ExcelApi 1.6');
    const before = await workbookState(page);
    await page.locator('mb-taskpane button.primary').click();
    await poll(
      'the pass to finish',
      () => page.locator('mb-taskpane p.status').textContent(),
      (t) => /已在 \d+ 个单元格/.test(t ?? ''),
    );
    const fill = await page.evaluate(
      (name) =>
        (window as unknown as { __fakeWorkbook: { sheet(n: string): { cell(r: number, c: number): { fill?: string } } } }).__fakeWorkbook.sheet(name).cell(2, 3)
          ?.fill,
      SHEET,
    );
    expect(fill).toBe('#FFC7CE');
    await page.screenshot({ path: artifact('taskpane-office2016.png'), fullPage: true });
    await clearAndClose(page, errors, before);
  });

  it('lists under a pasted plan the figures read as no target or result, and again when the pane reopens on it', async () => {
    const text = '2024年工作要点\n一、城市建设\n力争全年安装太阳能路灯2万盏，新增企业20家以上。';
    const { page, errors } = await openPane('1.18', { 'mubiao.pastedPlan': text });
    const details = page.locator('mb-taskpane details.unread');
    await poll(
      'the kept plan to be read',
      () => details.locator('summary').textContent(),
      (t) => /^1 个数字未读作目标值或结果/.test(t?.trim() ?? ''),
    );
    // The paste's own <details> is open on a kept plan.
    await details.locator('summary').click();
    expect(await details.locator('li mark').textContent()).toBe('2万盏');
    // The status said again on reopening gives the count too.
    expect(await page.locator('mb-taskpane p.status').textContent()).toContain('1 个数字未读作目标值或结果。');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a pasted plan on the spot, keeps it in the workbook settings, and validates against it', async () => {
    const { page, errors } = await openPane('1.18');
    const text = readFileSync(`${repoRoot}/seeds/documents/000_4a0b2518f3081329.txt`, 'utf8');
    await page.locator('mb-taskpane details.paste > summary').click();
    await page.locator('mb-taskpane textarea#paste').fill(text);
    await page.locator('mb-taskpane details.paste button', { hasText: '读取' }).click();
    await poll(
      'the plan to be read',
      () => page.locator('mb-taskpane p.status').textContent(),
      (t) => /已读取：六安市 2023 年计划，\d+ 个目标值/.test(t ?? ''),
    );
    const saved = await page.evaluate(
      () => (window as unknown as { __fakeSettings: { saved: Record<string, unknown> } }).__fakeSettings.saved['mubiao.pastedPlan'],
    );
    expect(String(saved)).toContain('六安市');
    expect(await page.locator('mb-taskpane select#plan').inputValue()).toBe('pasted');
    await page.locator('mb-taskpane button.primary').click();
    await poll(
      'the pass to finish',
      () => page.locator('mb-taskpane p.status').textContent(),
      (t) => /已在 \d+ 个单元格/.test(t ?? ''),
    );
    const context = await page.locator('mb-check-results .context').textContent();
    expect(context).toContain('六安市 2023 年计划，已采用');
    expect(context).not.toContain('pasted');
    expect(await page.locator('mb-findings-list [part~="finding-button"]', { hasText: 'D3' }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says again, when the pane reopens on a kept pasted plan, which lines its NULs were left out of (it said nothing)', async () => {
    const first = await openPane('1.18');
    const text = readFileSync(`${repoRoot}/seeds/documents/000_4a0b2518f3081329.txt`, 'utf8').replace('\n', '\n\u0000');
    await first.page.locator('mb-taskpane details.paste > summary').click();
    await first.page.locator('mb-taskpane textarea#paste').fill(text);
    await first.page.locator('mb-taskpane details.paste button', { hasText: '读取' }).click();
    const note = /第 2 行含空字符（NUL），已略去，请核对。/;
    await poll(
      'the plan to be read',
      () => first.page.locator('mb-taskpane p.status').textContent(),
      (t) => note.test(t ?? ''),
    );
    const saved = await first.page.evaluate(() => (window as unknown as { __fakeSettings: { saved: Record<string, unknown> } }).__fakeSettings.saved);
    await first.page.close();
    const { page, errors } = await openPane('1.18', saved);
    expect(await page.locator('mb-taskpane select#plan').inputValue()).toBe('pasted');
    expect(await page.locator('mb-taskpane p.status').textContent()).toMatch(note);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says, when the pane reopens on a kept pasted plan that no longer reads, why, and keeps its text to mend (it was dropped silently)', async () => {
    const kept = '各单位要高度重视，认真组织实施。';
    const { page, errors } = await openPane('1.18', { 'mubiao.pastedPlan': kept });
    const alert = page.locator('mb-taskpane p.status.error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/保存的粘贴计划已无法读取.*没有读到任何目标值/);
    expect(await page.locator('mb-taskpane select#plan').inputValue()).toBe('auto');
    expect(await page.locator('mb-taskpane textarea#paste').inputValue()).toBe(kept);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says in the pane when a pasted text has no targets, and keeps the seeded choice', async () => {
    const { page } = await openPane('1.18');
    await page.locator('mb-taskpane details.paste > summary').click();
    await page.locator('mb-taskpane textarea#paste').fill('各单位要高度重视，认真组织实施。');
    await page.locator('mb-taskpane details.paste button', { hasText: '读取' }).click();
    const alert = page.locator('mb-taskpane p.status.error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('没有读到任何目标值');
    expect(await page.locator('mb-taskpane select#plan').inputValue()).toBe('auto');
    await page.close();
  });

  it('refuses to mark a protected sheet and writes nothing', async () => {
    const page = await env.browser.newPage({ viewport: { width: 380, height: 900 } });
    const grids = readAny(new Uint8Array(readFileSync(seedSheet('jinan-2023-tasks.xlsx'))), 'jinan-2023-tasks.xlsx').sheets.map((g) => ({
      ...g,
      protected: true,
    }));
    await page.route('**/office-js/office.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.__MUBIAO_FAKE__ = ${JSON.stringify({ grids, maxExcelApi: '1.18', platform: 'PC' })};\n${env.fakeOffice}`,
      }),
    );
    await page.goto(`${env.base}taskpane.html`);
    const before = await workbookState(page);
    await page.locator('mb-taskpane button.primary').click();
    const alert = page.locator('mb-taskpane p.status.error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`“${SHEET}”受保护`);
    expect(await workbookState(page)).toBe(before);
    await page.close();
  });
});
