import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import type { Finding, Report } from '@mubiao/core';
import '../define/findings-list.ts';
import { rowsInView } from '../shared/grid-keys.ts';
import type { FindingSelectDetail, MbFindingsList } from './findings-list.ts';
import { addressOrder, displayOrder, findingsView, indexFindings, type FindingFilter } from './findings-model.ts';
import '../locales/en.ts'; // English registers on import, as a portal's second script or import does

const quote = {
  plan: 'luan-2023',
  region: '六安市',
  year: 2023,
  targetId: 't017',
  metric: '技改投资',
  quote: '技改投资增长20%以上。',
  span: [100, 111] as [number, number],
};

function finding(overrides: Partial<Finding>): Finding {
  return {
    code: 'shortfall',
    severity: 'error',
    sheet: '金安区',
    cell: 'C4',
    expected: '≥ 20%',
    actual: '≥ 15%',
    message: '技改投资目标低于六安市计划 5 个百分点',
    ...overrides,
  };
}

const findings: Finding[] = [
  finding({ cell: 'C12', target: quote }),
  finding({ cell: 'C4', target: quote }),
  finding({ severity: 'warning', code: 'weaker-comparator', cell: 'D3', expected: '≥ 10%', actual: '10%左右' }),
  finding({ severity: 'info', code: 'placeholder', cell: 'B2', expected: '待定', actual: '', message: '计划目标尚未确定' }),
  finding({ sheet: '裕安区', cell: 'AA1', code: 'missing-target', expected: '新增150户以上', actual: '' }),
];

const report: Report = {
  valid: false,
  stats: { rows: 20, claims: 12, matched: 10, errors: 3, warnings: 1, infos: 1 },
  findings,
};

const DEPARTMENTS = ['市发展改革委', '市经济和信息化局', '市科技局', '市财政局', '市统计局'];
const CODES = ['shortfall', 'weaker-comparator', 'behind-schedule', 'lead-mismatch', 'unparsed'];

/** A province roll-up's worth of findings: n findings on three sheets, one task per sheet row. */
function largeReport(n: number): Report {
  const sheets = ['全省', '合肥市', '六安市'];
  const rowsPerSheet = Math.ceil(n / sheets.length);
  const findings: Finding[] = Array.from({ length: n }, (_, i) =>
    finding({
      sheet: sheets[i % 3]!,
      cell: `D${Math.floor(i / 3) + 2}`,
      code: CODES[i % CODES.length]!,
      severity: (['error', 'warning', 'warning', 'info'] as const)[i % 4]!,
      message: i % 7 === 0 ? `第${i}项 技改投资低于计划` : `第${i}项 工业增加值`,
    }),
  );
  const tasks = sheets.flatMap((sheet) =>
    Array.from({ length: rowsPerSheet }, (_, r) => ({
      id: `${sheet}-${r}`,
      sheet,
      number: String(r + 1),
      title: `任务${r + 1}`,
      leads: [DEPARTMENTS[r % DEPARTMENTS.length]!],
      partners: [],
      sheetRows: [r + 2],
    })),
  );
  return { ...report, findings, tasks };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function mount(setup: (el: MbFindingsList) => void, parent: HTMLElement = document.body): Promise<MbFindingsList> {
  const el = document.createElement('mb-findings-list');
  setup(el);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: MbFindingsList) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttons = (el: MbFindingsList) => [...root(el).querySelectorAll<HTMLButtonElement>('.finding-button')];
const cells = (el: MbFindingsList) => buttons(el).map((b) => text(b.querySelector('.cell')).replace(/^单元格|^Cell/, ''));
const chip = (el: MbFindingsList, severity: string) => root(el).querySelector<HTMLButtonElement>(`[data-severity="${severity}"]`)!;

// The test page's <html lang="en"> would otherwise make every element English.
beforeEach(() => document.documentElement.removeAttribute('lang'));
afterEach(() => document.body.replaceChildren());

describe('findings model', () => {
  test('addresses sort by row then column; columns past Z count as letters', () => {
    expect(addressOrder('C12')).toEqual([11, 2]);
    expect(addressOrder('AA1')).toEqual([0, 26]);
    expect(addressOrder('$B$3')).toEqual([2, 1]);
    expect(addressOrder('?')[0]).toBe(Number.MAX_SAFE_INTEGER);
  });

  const indexed = indexFindings(findings, [], String);
  const view = (filter: Partial<FindingFilter>, groupBy: 'sheet' | 'code' = 'sheet') =>
    findingsView(indexed, displayOrder(indexed.findings, groupBy), { severity: '', code: '', ...filter }, groupBy);
  const cellsOf = (v: ReturnType<typeof view>) => v.shown.map((i) => indexed.findings[i]!.cell);
  const headingsOf = (v: ReturnType<typeof view>) =>
    v.rows.flatMap((row) => (typeof row === 'number' ? [] : [row, ...(row.severity ? [row.severity] : [])].map((h) => [h.level, h.key, h.count])));

  test('groups by sheet in order of appearance, then error, warning, info, then by cell', () => {
    const v = view({});
    expect(headingsOf(v)).toEqual([
      [1, '金安区', 4],
      [2, 'error', 2],
      [2, 'warning', 1],
      [2, 'info', 1],
      [1, '裕安区', 1],
      [2, 'error', 1],
    ]);
    expect(cellsOf(v)).toEqual(['C4', 'C12', 'D3', 'B2', 'AA1']);
    // A group's first severity heading shares its row.
    expect(v.rows).toHaveLength(9);
  });

  test('groups by code: codes in order of appearance, then severity, sheet and cell', () => {
    const v = view({}, 'code');
    expect(headingsOf(v).filter((h) => h[0] === 1)).toEqual([
      [1, 'shortfall', 2],
      [1, 'weaker-comparator', 1],
      [1, 'placeholder', 1],
      [1, 'missing-target', 1],
    ]);
    expect(cellsOf(v)).toEqual(['C4', 'C12', 'D3', 'B2', 'AA1']);
  });

  test('each filter control counts what the other filters leave', () => {
    const counts = view({ severity: 'error' }).counts;
    expect(counts.severity).toEqual({ '': 5, error: 3, warning: 1, info: 1 });
    expect(counts.code.get('shortfall')).toBe(2);
    expect(counts.code.get('placeholder')).toBeUndefined();
    expect(counts.codeTotal).toBe(3);
    expect(view({ code: 'shortfall' }).counts.severity).toEqual({ '': 2, error: 2, warning: 0, info: 0 });
  });

  test('search: every word, any case, in cell, code label, values, message, metric and quote', () => {
    const labelled = indexFindings(findings, [], (code) => (code === 'placeholder' ? '目标待定' : code));
    const search = (text: string) =>
      findingsView(labelled, displayOrder(labelled.findings, 'sheet'), { severity: '', code: '', search: text }, 'sheet').shown.map(
        (i) => labelled.findings[i]!.cell,
      );
    expect(search('aa1')).toEqual(['AA1']);
    expect(search('目标待定')).toEqual(['B2']);
    expect(search('  技改投资   c1 ')).toEqual(['C12']);
    expect(search('新增150户')).toEqual(['AA1']);
    expect(search('nowhere')).toEqual([]);
  });

  test('the search text is built in slices when asked, or whole by the first search', () => {
    const many = indexFindings(
      Array.from({ length: 5000 }, (_, i) => finding({ cell: `A${i + 1}` })),
      [],
      String,
    );
    let slices = 0;
    expect(many.prepareSearch(() => ++slices > 1)).toBe(false);
    expect(slices).toBe(2);
    expect(many.searchText()).toHaveLength(5000);
    expect(many.searchText()[4999]).toContain('a5000');
    expect(many.prepareSearch(() => false)).toBe(true);
  });

  test('department: the lead of the task whose row the finding stands on; spellings of one department meet', () => {
    const tasks = [
      { id: 'r4', sheet: '金安区', number: '1', title: '技改投资', leads: ['区经济和信息化局'], partners: [], sheetRows: [4] },
      { id: 'r12', sheet: '金安区', number: '2', title: '工业投资', leads: ['区经信局', '区发改委'], partners: [], sheetRows: [12, 13] },
    ];
    const withTasks = indexFindings(findings, tasks, String);
    expect([...withTasks.departmentNames.values()]).toEqual(['区经济和信息化局', '区发改委']);
    expect(withTasks.departments.map((d) => d.length)).toEqual([2, 1, 0, 0, 0]);
    const byDepartment = (department: string) =>
      findingsView(withTasks, displayOrder(withTasks.findings, 'sheet'), { severity: '', code: '', department }, 'sheet');
    expect(byDepartment('区经信局').shown.map((i) => withTasks.findings[i]!.cell)).toEqual(['C4', 'C12']);
    expect(byDepartment('区发改委').shown.map((i) => withTasks.findings[i]!.cell)).toEqual(['C12']);
    expect(byDepartment('区发改委').counts.department.get(withTasks.departments[0]![1]!)).toBe(1);
    expect(byDepartment('').counts.departmentTotal).toBe(5);
  });
});

describe('<mb-findings-list>', () => {
  test('no report, and an empty report with the valid summary', async () => {
    const el = await mount(() => undefined);
    expect(text(root(el).querySelector('[part="empty"]'))).toBe('暂无校验结果');
    el.report = { valid: true, stats: { ...report.stats, errors: 0, warnings: 0, infos: 0 }, findings: [] };
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="empty"]'))).toBe('未发现问题');
    expect(text(root(el).querySelector('[part="summary"]'))).toBe('✓ 校验通过：0 个错误，0 个警告，0 个提示');
    expect((await axe.run(el)).violations).toEqual([]);
  });

  test('groups by sheet then severity, each finding with cell, code label, expected vs actual, message and quote', async () => {
    const el = await mount((m) => (m.report = report));
    expect(text(root(el).querySelector('[part="summary"]'))).toBe('✕ 未通过校验：3 个错误，1 个警告，1 个提示');
    const headings = [...root(el).querySelectorAll('[role="heading"]')].map((h) => [h.getAttribute('aria-level'), text(h)]);
    expect(headings).toEqual([
      ['3', '工作表 金安区 (4 个)'],
      ['4', '✕ 错误 (2 个)'],
      ['4', '▲ 警告 (1 个)'],
      ['4', 'ℹ 提示 (1 个)'],
      ['3', '工作表 裕安区 (1 个)'],
      ['4', '✕ 错误 (1 个)'],
    ]);
    expect(cells(el)).toEqual(['C4', 'C12', 'D3', 'B2', 'AA1']);
    const first = root(el).querySelector('[part="finding"]')!;
    expect(text(first.querySelector('.code'))).toBe('低于目标');
    expect(text(first.querySelector('.expected'))).toBe('计划要求 ≥ 20%');
    expect(text(first.querySelector('.actual'))).toBe('表中填写 ≥ 15%');
    expect(text(first.querySelector('.message'))).toBe('技改投资目标低于六安市计划 5 个百分点');
    expect(first.querySelector('blockquote')!.textContent).toBe('技改投资增长20%以上。');
    expect(text(first.querySelector('figcaption'))).toBe('六安市 2023 年计划');
    // severity is text too, inside the button's accessible name
    expect(text(buttons(el)[0])).toContain('错误');
  });

  test('severity and code filters: controls with counts, attributes, live announcement', async () => {
    const el = await mount((m) => (m.report = report));
    expect(text(chip(el, ''))).toBe('全部 (5)');
    expect(text(chip(el, 'error'))).toBe('✕ 错误 (3)');
    expect(chip(el, '').getAttribute('aria-pressed')).toBe('true');

    chip(el, 'error').click();
    await el.updateComplete;
    expect(el.getAttribute('severity')).toBe('error');
    expect(chip(el, 'error').getAttribute('aria-pressed')).toBe('true');
    expect(cells(el)).toEqual(['C4', 'C12', 'AA1']);
    expect(text(root(el).querySelector('[aria-live]'))).toBe('显示 3 个问题，共 5 个');

    const select = root(el).querySelector('select')!;
    expect([...select.options].map((o) => text(o))).toEqual(['全部类型 (3)', '低于目标 (2)', '表述弱于目标 (0)', '目标待定 (0)', '缺少目标 (1)']);
    select.value = 'missing-target';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('code')).toBe('missing-target');
    expect(cells(el)).toEqual(['AA1']);

    chip(el, 'info').click();
    await el.updateComplete;
    expect(buttons(el)).toHaveLength(0);
    expect(text(root(el).querySelector('[part="empty"]'))).toBe('没有符合筛选条件的问题');
  });

  test('initial filters come from attributes', async () => {
    const el = await mount((m) => {
      m.report = report;
      m.setAttribute('severity', 'warning');
    });
    expect(cells(el)).toEqual(['D3']);
    el.setAttribute('severity', '');
    el.setAttribute('code', 'shortfall');
    await el.updateComplete;
    expect(cells(el)).toEqual(['C4', 'C12']);
    expect(root(el).querySelector('select')!.value).toBe('shortfall');
  });

  test('click and Enter emit mb-finding-select with the finding', async () => {
    const el = await mount((m) => (m.report = report));
    const chosen: Finding[] = [];
    el.addEventListener('mb-finding-select', (e) => chosen.push((e as CustomEvent<FindingSelectDetail>).detail.finding));
    buttons(el)[1]!.click();
    expect(chosen[0]!.cell).toBe('C12');
    // clicking the item's text (outside the button) chooses it too
    (root(el).querySelectorAll('[part="finding"] .message')[2] as HTMLElement).click();
    expect(chosen[1]!.cell).toBe('D3');
    buttons(el)[3]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(chosen[2]!.cell).toBe('B2');
    await userEvent.keyboard(' ');
    expect(chosen[3]!.cell).toBe('B2');
  });

  test('arrow keys, Home/End and PageUp/PageDown walk the rows (headings too) with one tab stop; Enter chooses', async () => {
    const el = await mount((m) => (m.report = report));
    const focused = () =>
      text(root(el).activeElement)
        .replace(/^[✕▲ℹ]\s*(错误|警告|提示)\s*单元格/, '')
        .split(' ')[0];
    const tabStops = () => [...root(el).querySelectorAll('[role="grid"] [tabindex="0"]')];
    expect(tabStops()).toHaveLength(1);
    buttons(el)[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe('C12');
    await userEvent.keyboard('{ArrowDown}');
    expect(text(root(el).activeElement)).toBe('▲ 警告 (1 个)');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe('D3');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(focused()).toBe('C12');
    await userEvent.keyboard('{End}');
    expect(focused()).toBe('AA1');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe('AA1');
    await userEvent.keyboard('{Home}');
    expect(text(root(el).activeElement)).toBe('工作表 金安区 (4 个) ✕ 错误 (2 个)');
    await userEvent.keyboard('{PageDown}');
    const paged = Number(root(el).activeElement?.closest('[data-pos]')?.getAttribute('aria-rowindex'));
    expect(paged).toBe(1 + rowsInView(root(el).querySelector('.scroller'), 0, root(el).querySelector('.row')!.getBoundingClientRect().height));
    const chosen: string[] = [];
    el.addEventListener('mb-finding-select', (e) => chosen.push((e as CustomEvent<FindingSelectDetail>).detail.finding.cell));
    await userEvent.keyboard('{End}{Enter}');
    expect(chosen).toEqual(['AA1']);
    await userEvent.keyboard('{Home}{Enter}');
    expect(chosen).toEqual(['AA1']);
    await el.updateComplete;
    expect(tabStops().map((b) => b === root(el).activeElement)).toEqual([true]);
  });

  test('en locale', async () => {
    const el = await mount((m) => {
      m.report = report;
      m.lang = 'en';
    });
    expect(text(root(el).querySelector('[part="summary"]'))).toBe('✕ Not valid: 3 errors, 1 warning, 1 info note');
    expect(text(chip(el, 'warning'))).toBe('▲ Warning (1)');
    const first = root(el).querySelector('[part="finding"]')!;
    expect(text(first.querySelector('.code'))).toBe('Below target');
    expect(text(first.querySelector('.expected'))).toBe('Plan asks ≥ 20%');
    expect(text(first.querySelector('figcaption'))).toBe('六安市 2023 plan');
    el.report = { ...report, valid: true, findings: [] };
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="empty"]'))).toBe('No findings');
  });

  test('plan-against-plan findings (no cell) show the metric, under a heading naming the plan', async () => {
    const subject = { ...quote, plan: 'jinan-2023', region: '金安区', targetId: 't005' };
    const el = await mount((m) => (m.report = { ...report, findings: [finding({ sheet: 'jinan-2023', cell: '', subject, target: quote })] }));
    expect(text(root(el).querySelector('[role="heading"]'))).toBe('金安区 2023 年计划 (1 个)');
    expect(text(root(el).querySelector('.subject'))).toBe('指标技改投资');
    expect(root(el).querySelector('.cell')).toBeNull();
    expect((await axe.run(el)).violations).toEqual([]);
  });

  test('bad data: findings that are not an array are reported; an unknown severity reads as info', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await mount((m) => (m.report = { ...report, findings: 'none' as unknown as Finding[] }));
    expect(warn.mock.calls.map((call) => call[0])).toEqual(['<mb-findings-list> report: report.findings must be an array, got a string']);
    expect(text(root(el).querySelector('[part="empty"]'))).toBe('未发现问题');
    warn.mockRestore();
    el.report = { ...report, findings: [finding({ severity: 'fatal' as Finding['severity'] }), null as unknown as Finding] };
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="heading"].level-2'))).toBe('ℹ 提示 (1 个)');
  });

  test('report as a JSON attribute (a CMS page without its own script)', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<mb-findings-list severity="warning" report='${JSON.stringify(report).replace(/'/g, '&#39;')}'></mb-findings-list>`;
    document.body.append(host);
    const el = host.querySelector('mb-findings-list')!;
    await el.updateComplete;
    expect(cells(el)).toEqual(['D3']);
  });

  test('unknown codes show their slug', async () => {
    const el = await mount((m) => (m.report = { ...report, findings: [finding({ code: 'brand-new-check' })] }));
    expect(text(root(el).querySelector('.code'))).toBe('brand-new-check');
  });

  test('report text is rendered as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const el = await mount((m) => {
      m.report = {
        ...report,
        findings: [
          finding({
            sheet: payload,
            cell: payload,
            code: payload,
            expected: payload,
            actual: payload,
            message: payload,
            target: { ...quote, quote: payload, plan: payload, region: payload },
          }),
        ],
      };
      m.setAttribute('code', payload);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root(el).querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(root(el).querySelector('blockquote')!.textContent).toBe(payload);
  });

  test('axe: no violations, filtered and unfiltered, zh-CN and en', async () => {
    const el = await mount((m) => (m.report = report));
    expect((await axe.run(el)).violations).toEqual([]);
    el.severity = 'warning';
    el.lang = 'en';
    await el.updateComplete;
    expect((await axe.run(el)).violations).toEqual([]);
  });

  test('100,000 findings: bounded DOM rows, aria-rowcount/rowindex, filter, search and click without losing the scroll', async () => {
    const big = largeReport(100_000);
    // The model's steps alone, for the log below.
    let t = performance.now();
    const indexed = indexFindings(big.findings, big.tasks, String);
    const indexTime = performance.now() - t;
    t = performance.now();
    const order = displayOrder(indexed.findings, 'sheet');
    const orderTime = performance.now() - t;
    t = performance.now();
    findingsView(indexed, order, { severity: 'error', code: '' }, 'sheet');
    const viewTime = performance.now() - t;
    t = performance.now();
    indexed.searchText();
    const searchTextTime = performance.now() - t;
    const host = document.createElement('div');
    document.body.append(host);
    t = performance.now();
    const el = await mount((m) => (m.report = big), host);
    await frame();
    const firstRender = performance.now() - t;
    await el.indexed; // the rest of the findings, indexed in slices after the first render
    await el.updateComplete;
    const grid = root(el).querySelector('[role="grid"]')!;
    const domRows = () => root(el).querySelectorAll('[role="row"]').length;
    // 3 sheets, each with its 3 severities: 12 headings in 9 rows above the findings.
    expect(grid.getAttribute('aria-rowcount')).toBe('100009');
    expect(domRows()).toBeLessThan(40);
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    await frame();
    await el.updateComplete;
    const indices = [...root(el).querySelectorAll('[role="row"]')].map((r) => Number(r.getAttribute('aria-rowindex')));
    // The window around the middle (plus the row holding the tab stop, kept while scrolled away).
    expect(indices.filter((i) => i > 40_000).length).toBeGreaterThan(10);
    expect(domRows()).toBeLessThan(40);

    // Click a finding in the middle: the event, and the list stays where it was.
    const top = scroller.scrollTop;
    const chosen: Finding[] = [];
    el.addEventListener('mb-finding-select', (e) => chosen.push((e as CustomEvent<FindingSelectDetail>).detail.finding));
    t = performance.now();
    const target = buttons(el)[10]!;
    target.click();
    await el.updateComplete;
    await frame();
    const click = performance.now() - t;
    expect(chosen).toHaveLength(1);
    expect(scroller.scrollTop).toBe(top);
    expect(target.closest('[role="row"]')!.getAttribute('aria-selected')).toBe('true');

    t = performance.now();
    chip(el, 'error').click();
    await el.updateComplete;
    await frame();
    const filter = performance.now() - t;
    expect(el.shownCount).toBe(25_000);
    expect(grid.isConnected && root(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).toBe('25003');
    expect(domRows()).toBeLessThan(40);

    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    // The list builds its search text in slices while the page is idle after the first render.
    for (let i = 0; i < 40; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 100 }));
    t = performance.now();
    input.value = '技改';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await frame();
    const search = performance.now() - t;
    t = performance.now();
    input.value = '技改投';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await frame();
    const searchMore = performance.now() - t;
    input.value = '技改';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.search).toBe('技改');
    expect(el.shownFindings.every((f) => f.severity === 'error' && f.message.includes('技改'))).toBe(true);
    expect(el.shownCount).toBe(Math.ceil(100_000 / 28));

    // The last finding: revealed (scrolled into the window), then chosen.
    const last = el.shownFindings.at(-1)!;
    await el.revealFinding(el.shownCount - 1);
    await frame();
    t = performance.now();
    buttons(el)
      .find((b) => text(b.querySelector('.cell')).endsWith(last.cell) && b.textContent.includes(last.message))!
      .click();
    const clickLast = performance.now() - t;
    expect(chosen.at(-1)).toBe(last);
    console.log(
      `[findings-list 100k] model: index ${indexTime.toFixed(0)} ms, order ${orderTime.toFixed(0)} ms, filtered view ${viewTime.toFixed(0)} ms, search text ${searchTextTime.toFixed(0)} ms; ` +
        `element: first render ${firstRender.toFixed(0)} ms, click ${click.toFixed(1)} ms, ` +
        `severity filter ${filter.toFixed(1)} ms, search ${search.toFixed(1)} ms (next keystroke ${searchMore.toFixed(1)} ms), last finding chosen ${clickLast.toFixed(1)} ms, DOM rows ${domRows()}`,
    );
    expect((await axe.run(el)).violations).toEqual([]);
  });

  test('a large report: its first findings are shown and can be chosen while the rest are indexed in slices', async () => {
    const big = largeReport(60_000);
    const el = await mount((m) => (m.report = big));
    const grid = () => root(el).querySelector('[role="grid"]')!;
    // Before the index is done: the first 5,000 findings (and their headings), and the grid says it is busy.
    expect(grid().getAttribute('aria-busy')).toBe('true');
    expect(el.shownCount).toBe(5000);
    expect(text(root(el).querySelector('[part="summary"]'))).toContain('15000'); // every finding's totals already
    const chosen: Finding[] = [];
    el.addEventListener('mb-finding-select', (e) => chosen.push((e as CustomEvent<FindingSelectDetail>).detail.finding));
    const button = buttons(el)[3]!;
    button.click();
    await el.updateComplete;
    expect(chosen).toHaveLength(1);
    expect(big.findings).toContain(chosen[0]);
    chip(el, 'error').click();
    await el.updateComplete;
    expect(el.shownCount).toBe(1250);

    await el.indexed;
    await el.updateComplete;
    expect(grid().getAttribute('aria-busy')).toBe('false');
    expect(el.shownCount).toBe(15_000); // the error filter chosen while indexing, over every finding now
    const select = root(el).querySelector<HTMLSelectElement>('[part="department-filter"]')!;
    expect(select.options).toHaveLength(6); // the 牵头单位 of every task, known once indexing is done
    expect((await axe.run(el)).violations).toEqual([]);
  });

  test('up to 500 rows every row is in the DOM (find-in-page, print); beyond, only the window', async () => {
    const el = await mount((m) => (m.report = largeReport(480)));
    // 480 findings under 3 sheets × 4 severity groups: 489 rows, all rendered.
    expect(root(el).querySelectorAll('[role="row"]')).toHaveLength(489);
    el.report = largeReport(600);
    await el.updateComplete;
    expect(root(el).querySelectorAll('[role="row"]').length).toBeLessThan(40);
    expect((await axe.run(el)).violations).toEqual([]);
  });

  test('department filter (牵头单位 from the report tasks), grouping by finding type, attributes and the event', async () => {
    const el = await mount((m) => (m.report = largeReport(300)));
    const select = (part: string) => root(el).querySelector<HTMLSelectElement>(`[part="${part}"]`)!;
    expect([...select('department-filter').options].map((o) => text(o))).toEqual([
      '全部单位 (300)',
      '市发展改革委 (60)',
      '市经济和信息化局 (60)',
      '市科技局 (60)',
      '市财政局 (60)',
      '市统计局 (60)',
    ]);
    const changes: unknown[] = [];
    el.addEventListener('mb-filter-change', (e) => changes.push((e as CustomEvent).detail));
    select('department-filter').value = '市科技局';
    select('department-filter').dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('department')).toBe('市科技局');
    expect(el.shownCount).toBe(60);
    expect(text(root(el).querySelector('[aria-live]'))).toBe('显示 60 个问题，共 300 个');
    // Another spelling of the same department (市经信局) is the same option.
    el.setAttribute('department', '市经信局');
    await el.updateComplete;
    expect(el.shownCount).toBe(60);
    expect(select('department-filter').value).toBe('市经济和信息化局');

    select('group-by').value = 'code';
    select('group-by').dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('group-by')).toBe('code');
    const level1 = [...root(el).querySelectorAll('[role="heading"].level-1')].map((h) => text(h));
    expect(level1[0]).toMatch(/^低于目标 \(\d+ 个\)$/);
    expect(changes.at(-1)).toEqual({ severity: '', code: '', department: '市经信局', search: '', groupBy: 'code' });
    expect((await axe.run(el)).violations).toEqual([]);
  });
});
