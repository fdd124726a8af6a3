/**
 * One verdict everywhere, as a user sees it in Chromium:
 * - every gauge the web checker draws says what the findings list beside it says about that cell;
 * - the same workbook gives the same findings in the CLI, the web checker and the task pane;
 * - a sheet checked against another city's plan is never shown as passed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runCli } from '@mubiao/cli';
import type { Finding } from '@mubiao/core';
import { readAny, writeWorkbook } from '@mubiao/xlsx';
import { poll, seedSheet, useAddinEnvironment, bothSeededSheets, openPage } from './harness.ts';

const env = useAddinEnvironment();

/** The findings the list shows, per cell: each one's code label and its message. */
function listedFindings(page: Page, section: number): Promise<Record<string, { code: string; text: string; plan: string }[]>> {
  return page.evaluate((index) => {
    const file = document.querySelector('mb-web-checker')!.shadowRoot!.querySelectorAll('section.file')[index]!;
    const results = file.querySelector('mb-check-results')!.shadowRoot!;
    const list = results.querySelector('mb-findings-list')!.shadowRoot!;
    const byCell: Record<string, { code: string; text: string; plan: string }[]> = {};
    for (const item of list.querySelectorAll('.finding')) {
      const button = item.querySelector('.finding-button')!;
      const cell = button.querySelector('.cell')?.lastChild?.textContent?.trim() ?? '';
      const code = button.querySelector('.code')?.textContent?.trim() ?? '';
      const plan = item.querySelector('figcaption')?.textContent?.trim() ?? '';
      (byCell[cell] ??= []).push({ code, text: item.querySelector('.message')?.textContent ?? '', plan });
    }
    return byCell;
  }, section);
}

/** Every gauge drawn in a file section: its cell, the metric it is about, its status and the gap words it shows. */
function drawnGauges(page: Page, section: number): Promise<{ cell: string; metric: string; plan: string; status: string; delta: string }[]> {
  return page.evaluate((index) => {
    const file = document.querySelector('mb-web-checker')!.shadowRoot!.querySelectorAll('section.file')[index]!;
    const results = file.querySelector('mb-check-results')!.shadowRoot!;
    return [...results.querySelectorAll('mb-target-gauge')].map((g) => {
      const gauge = g as HTMLElement & { status: string; gauge: { cell: string; label: string; ref?: { region: string; year: number } } };
      const ref = gauge.gauge.ref;
      // The plan as the list's caption names it (core's planLabel), or '' for the row's own target.
      const plan = ref ? `${ref.region} ${ref.year} 年计划` : '';
      return {
        cell: gauge.gauge.cell,
        metric: gauge.gauge.label,
        plan,
        status: gauge.status,
        delta: g.shadowRoot!.querySelector('[part~="delta"]')?.textContent?.trim() ?? '',
      };
    });
  }, section);
}

describe('one verdict in the web checker', () => {
  it('draws every gauge as the findings list beside it judges that cell, on both seeded sheets', async () => {
    const { page, errors } = await openPage(env.browser, env.base, { viewport: { width: 1400, height: 1000 } });
    await bothSeededSheets(page, 'section.file mb-check-results');
    let compared = 0;
    for (const section of [0, 1]) {
      await poll(
        'gauges drawn',
        () => drawnGauges(page, section),
        (g) => g.length > 0,
        20_000,
      );
      const gauges = await drawnGauges(page, section);
      const listed = await listedFindings(page, section);
      const red = (f: { code: string }) => f.code === '低于目标' || f.code === '进度滞后';
      for (const g of gauges) {
        // The findings the list shows on this gauge's cell, about its metric, against its plan.
        const about = (listed[g.cell] ?? []).filter((f) => f.text.includes(g.metric) && f.plan === g.plan);
        const short = about.some(red);
        const codes = about.map((f) => f.code).join(',') || 'none';
        // A red gauge has its shortfall or lag in the list; a green one has none; amber is a weaker promise or "not yet".
        if (g.status === 'short') expect(short, `${g.cell} ${g.metric}: gauge short, list ${codes}`).toBe(true);
        if (g.status === 'met') expect(short, `${g.cell} ${g.metric}: gauge met, list ${codes}`).toBe(false);
        if (g.status === 'at-risk') expect(short, `${g.cell} ${g.metric}: gauge at risk, list ${codes}`).toBe(false);
        if (g.status !== 'met') expect(g.delta, g.cell).not.toBe('达到目标');
        compared++;
      }
      // And the other way: every shortfall or lag the list shows on a gauged cell and metric has a red gauge.
      for (const [cell, findings] of Object.entries(listed)) {
        for (const f of findings.filter(red)) {
          const gauged = gauges.filter((g) => g.cell === cell && f.text.includes(g.metric) && f.plan === g.plan);
          if (gauged.length)
            expect(
              gauged.some((g) => g.status === 'short'),
              `${cell}: listed ${f.code}, gauges ${gauged.map((g) => g.status).join(',')}`,
            ).toBe(true);
        }
      }
    }
    expect(compared).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("does not pass a sheet checked against another city's plan, and says which plans would fit", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${env.base}?samples=0`);
    await page.locator('mb-web-checker select#plan').selectOption('suzhou-2023');
    await page.locator('mb-web-checker input[type=file]').setInputFiles(seedSheet('jinan-2023-tasks.xlsx'));
    const summary = page.locator('mb-check-results p.summary').first();
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.getAttribute('class')).toContain('invalid');
    expect(await summary.textContent()).toContain('未通过');
    const misfit = await page.locator('mb-check-results .misfit').textContent();
    expect(misfit).toContain('宿州市 2023 年计划不适用于本表（金安区 2023 年）');
    expect(misfit).toContain('适用的计划：六安市 2023 年计划');
    expect(await page.locator('mb-findings-list p.summary').textContent()).not.toContain('校验通过');
    await page.close();
  });
});

/** What a finding is, for comparing hosts: no host may add, drop or change one. */
const key = (f: Pick<Finding, 'code' | 'severity' | 'sheet' | 'cell' | 'expected' | 'actual' | 'message'>) =>
  [f.sheet, f.cell, f.code, f.severity, f.expected, f.actual, f.message].join(' | ');

describe('the same workbook in every host', () => {
  it('gives the same findings in the CLI, the web checker and the task pane (with an empty second sheet)', async () => {
    const grids = readAny(new Uint8Array(readFileSync(seedSheet('jinan-2023-tasks.xlsx'))), 'x.xlsx').sheets;
    const rows = grids[0]!.cells.map((row) => (row ?? []).map((c) => (c ? (c.value ?? c.text) : null)));
    const bytes = writeWorkbook([
      { name: grids[0]!.sheet, rows: rows, merges: grids[0]!.merges },
      { name: 'Sheet2', rows: [] },
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'mubiao-hosts-'));
    writeFileSync(join(dir, 'book.xlsx'), bytes);
    const workbook = readAny(bytes, 'book.xlsx').sheets;

    // The CLI, as a planning officer runs it.
    let stdout = '';
    await runCli(['check', 'book.xlsx', '--plan', 'luan-2023', '--json'], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: dir, isTTY: false });
    const cli = (JSON.parse(stdout) as { findings: Finding[] }).findings.map(key).sort();

    // The web checker: the same file picked, the plan chosen in its menu.
    const web = await env.browser.newPage();
    await web.goto(`${env.base}?samples=0`);
    await web.locator('mb-web-checker select#plan').selectOption('luan-2023');
    await web.locator('mb-web-checker input[type=file]').setInputFiles({ name: 'book.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await web.locator('mb-check-results p.summary').first().waitFor({ timeout: 30_000 });
    const inWeb = await web.evaluate(
      () => (document.querySelector('mb-web-checker') as unknown as { files: { report: { findings: unknown[] } }[] }).files[0]!.report.findings,
    );

    // The task pane, on a scripted Excel holding the same two sheets.
    const pane = await env.browser.newPage({ viewport: { width: 380, height: 1100 } });
    await pane.route('**/office-js/office.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.__MUBIAO_FAKE__ = ${JSON.stringify({ grids: workbook, maxExcelApi: '1.18', platform: 'PC' })};\n${env.fakeOffice}`,
      }),
    );
    await pane.goto(`${env.base}taskpane.html`);
    await pane.locator('mb-taskpane select#plan').selectOption('luan-2023');
    await pane.locator('mb-taskpane button.primary').click();
    await poll(
      'the pass to finish',
      () => pane.locator('mb-taskpane p.status').textContent(),
      (t) => /已在 \d+ 个单元格/.test(t ?? ''),
      30_000,
    );
    const inPane = await pane.evaluate(() => (document.querySelector('mb-taskpane') as unknown as { report: { findings: unknown[] } }).report.findings);

    expect(cli.length).toBeGreaterThan(10);
    expect((inWeb as Finding[]).map(key).sort()).toEqual(cli);
    expect((inPane as Finding[]).map(key).sort()).toEqual(cli);
    await web.close();
    await pane.close();
  });
});

describe("a plan's label in every host", () => {
  it('names a pasted plan of unknown level as the CLI names it: hint, menu and plan line alike', async () => {
    const text = '2023年工业经济工作要点\n一、技改投资增长15%以上。\n二、新增规上工业企业50户。\n';
    const dir = mkdtempSync(join(tmpdir(), 'mubiao-label-'));
    writeFileSync(join(dir, 'placeless.txt'), text);
    writeFileSync(join(dir, 'book.xlsx'), readFileSync(seedSheet('jinan-2023-tasks.xlsx')));

    // The CLI: the plans it judged by, then each sheet's line for the plan (core's planLabel and why).
    let stdout = '';
    await runCli(['check', 'book.xlsx', '--plan', 'placeless.txt'], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: dir, isTTY: false });
    const label = /^依据计划：(.+)$/m.exec(stdout)?.[1];
    expect(label).toBe('未注明地区 2023 年计划');
    // The sheet's plan line, unwrapped: from "计划：" to the next line of the context (进度截至).
    const cliLine = /^ {2}(计划：[^]*?)\n {2}进度截至/m
      .exec(stdout)?.[1]
      ?.split('\n')
      .map((l) => l.trim())
      .join('');
    expect(cliLine).toMatch(/^计划：未注明地区 2023 年计划，已采用（.*计划层级不详/);

    // The web checker: the same text pasted, the same workbook picked.
    const { page, errors } = await openPage(env.browser, `${env.base}?samples=0`, { viewport: { width: 1400, height: 1000 } });
    await page.locator('mb-web-checker textarea#paste').fill(text);
    await page.locator('mb-web-checker button', { hasText: '读取' }).click();
    const hint = page.locator('mb-web-checker textarea#paste ~ p.hint:not(#paste-year-hint)');
    await poll(
      'the paste to be read',
      () => hint.textContent(),
      (t) => /已读取/.test(t ?? ''),
    );
    expect(await hint.textContent()).toBe(`已读取：${label}，2 个目标值。`);
    expect(await page.locator('mb-web-checker select#plan option[value=pasted]').textContent()).toContain(label);
    await page.locator('mb-web-checker input[type=file]').setInputFiles(join(dir, 'book.xlsx'));
    await page.locator('mb-check-results p.summary').first().waitFor({ timeout: 30_000 });
    const lines = await page.locator('mb-check-results dl.context dd').allTextContents();
    expect(lines.map((l) => l.trim())).toContain(cliLine);
    expect(errors).toEqual([]);
    await page.close();
  });
});
