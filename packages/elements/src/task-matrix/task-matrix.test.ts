import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import type { Finding, Plan, Report } from '@mubiao/core';
import '../define/task-matrix.ts';
import type { MbTaskMatrix, MatrixTask, TaskSelectDetail } from './task-matrix.ts';
import { abbreviate, buildRows, departmentTotals, findingsByTask, rowOfAddress } from './matrix-model.ts';
import { taskIndexFor } from '../shared/task-index.ts';
import '../locales/en.ts'; // English registers on import, as a portal's second script or import does

const tasks: MatrixTask[] = [
  { id: 'k1', number: '(一)', title: '实施制造业提质扩量行动', leads: ['市经信局'], partners: ['市发改委', '各县区政府'], targetIds: ['t1'] },
  { id: 'k2', number: '(二)', title: '推进技术改造', leads: ['市经信局', '市财政局'], partners: ['市 发改委'], targetIds: ['t2', 't3'] },
  { id: 'k3', number: '(三)', title: '培育专精特新企业', leads: ['市科技局'], partners: ['市经信局'], targetIds: [] },
  { number: '4', title: '数字化转型', leads: ['市数据资源管理局'], partners: [], sheet: '分解表', sheetRow: 7 },
];

function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    name: 'test-2023',
    region: '测试市',
    level: 'city',
    year: 2023,
    title: '测试市2023年工作要点',
    source: { file: 'x.txt', chars: 0 },
    targets: [],
    actuals: [],
    tasks: tasks.map((task, i) => ({
      id: task.id ?? `k${i + 1}`,
      number: task.number,
      title: task.title,
      content: '',
      leads: task.leads,
      partners: task.partners,
      span: [0, 0],
      targetIds: task.targetIds ?? [],
      year: 2023,
      source: 'body',
    })),
    ...overrides,
  };
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    code: 'shortfall',
    severity: 'error',
    sheet: '分解表',
    cell: 'C4',
    expected: '≥ 20%',
    actual: '≥ 15%',
    message: '低于计划目标',
    ...overrides,
  };
}

const ref = (targetId: string, planName = 'test-2023') => ({
  plan: planName,
  region: '测试市',
  year: 2023,
  targetId,
  metric: '技改投资',
  quote: '技改投资增长20%以上',
  span: [0, 10] as [number, number],
});

const report: Report = {
  valid: false,
  stats: { rows: 4, claims: 4, matched: 3, errors: 2, warnings: 1, infos: 0 },
  findings: [
    finding({ target: ref('t2') }),
    finding({ severity: 'warning', code: 'weaker-comparator', target: ref('t3') }),
    finding({ severity: 'warning', code: 'placeholder', target: ref('t1') }),
    finding({ cell: 'D7', code: 'missing-target' }),
    finding({ target: ref('t1', 'other-plan') }),
  ],
};

async function mount(setup: (el: MbTaskMatrix) => void, parent: HTMLElement = document.body): Promise<MbTaskMatrix> {
  const el = document.createElement('mb-task-matrix');
  setup(el);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: MbTaskMatrix) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bodyRows = (el: MbTaskMatrix) => [...root(el).querySelectorAll('tbody tr')];
const columnHeaders = (el: MbTaskMatrix) => [...root(el).querySelectorAll('th[part="column-header"]')];

// The test page's <html lang="en"> would otherwise make every element English.
beforeEach(() => document.documentElement.removeAttribute('lang'));
afterEach(() => document.body.replaceChildren());

describe('matrix model', () => {
  test('departments in order of first mention, whitespace-normalised, lead wins over partner', () => {
    const rows = buildRows([
      { number: '1', title: 'a', leads: ['甲局'], partners: ['乙 局', '甲局'] },
      { number: '2', title: 'b', leads: ['乙局'], partners: ['各县区政府'] },
    ]);
    expect(rows[0]!.roles.get('甲局')).toBe('lead');
    expect(rows[0]!.leadCount).toBe(1);
    expect(rows[0]!.partnerCount).toBe(1);
    const totals = departmentTotals(rows);
    expect(totals.map((t) => t.name)).toEqual(['甲局', '乙局', '各县区政府']);
    expect(totals[1]).toMatchObject({ leads: 1, partners: 1 });
    expect(departmentTotals(rows, 'count').map((t) => t.name)).toEqual(['乙局', '甲局', '各县区政府']);
  });

  test('findings map to tasks by target id (same plan), by plan taskId, and by sheet row', () => {
    const p = plan({
      targets: [{ id: 't9', taskId: 'k3' } as Plan['targets'][number]],
    });
    const rows = buildRows(tasks);
    const extra: Report = { ...report, findings: [...report.findings, finding({ target: ref('t9') })] };
    const map = findingsByTask(rows, extra, p);
    expect(map.get(0)?.map((f) => f.code)).toEqual(['placeholder']);
    expect(map.get(1)?.length).toBe(2);
    expect(map.get(2)?.length).toBe(1);
    expect(map.get(3)?.map((f) => f.code)).toEqual(['missing-target']);
    // Without a plan, plan names cannot be checked: the other plan's t1 lands on task 1 too.
    expect(findingsByTask(rows, report).get(0)?.length).toBe(2);
  });

  test('a sheet finding that names a plan target marks the task on its sheet row (金安区 table against 六安市)', () => {
    // The shape of stories/task-matrix.stories.ts JinanTableWithShortfall: tasks are the logical
    // rows of seeds/sheets/jinan-2023-tasks.xlsx (no targetIds), the report is that sheet validated
    // against luan-2023, and its one error stands on D3 (技改投资 15% vs the city's 20%以上) while
    // naming luan-2023's target.
    const sheet = '重点任务分解表';
    const sheetTasks: MatrixTask[] = [
      { number: '1', title: '完成工业经济主要指标增长目标', leads: ['区经信局'], partners: [], sheet, sheetRow: 3, sheetRows: [3] },
      { number: '2', title: '推进转型升级，促进提质增效', leads: ['区经信局'], partners: [], sheet, sheetRow: 4, sheetRows: [4] },
      { number: '3', title: '跨两行的任务', leads: ['区科技局'], partners: [], sheet, sheetRow: 5, sheetRows: [5, 6] },
    ];
    const luan = (targetId: string) => ref(targetId, 'luan-2023');
    const jinan: Report = {
      valid: false,
      stats: { rows: 3, claims: 3, matched: 1, errors: 1, warnings: 2, infos: 0 },
      findings: [
        finding({ sheet, cell: 'D3', expected: '≥ 20%', actual: '15%', target: luan('t026') }),
        // City targets the district table does not take on stand on the header row: no task.
        finding({ sheet, cell: 'A2', severity: 'warning', code: 'missing-target', target: luan('t012') }),
        // A finding on the second grid row of a task that spans two.
        finding({ sheet, cell: 'E6', severity: 'warning', code: 'weaker-comparator', target: luan('t030') }),
        // Same row number on another sheet: not this table's task.
        finding({ sheet: '其他表', cell: 'D4', target: luan('t027') }),
      ],
    };
    const map = findingsByTask(buildRows(sheetTasks), jinan);
    expect(map.get(0)?.map((f) => f.cell)).toEqual(['D3']);
    expect(map.get(1)).toBeUndefined();
    expect(map.get(2)?.map((f) => f.cell)).toEqual(['E6']);
    // Only `sheetRow` (no sheetRows), and a plan given that is not the finding's plan: the cell decides.
    const firstRowOnly = sheetTasks.map(({ sheetRows: _rows, ...task }) => task);
    const map2 = findingsByTask(buildRows(firstRowOnly), jinan, plan({ name: 'jinan-2023' }));
    expect(map2.get(0)?.map((f) => f.cell)).toEqual(['D3']);
    expect(map2.get(2)).toBeUndefined();
  });

  test("plan-against-plan findings mark the task of their subject (the checked plan's own target)", () => {
    const p = plan();
    const rows = buildRows(p.tasks);
    const checked = (targetId: string) => ({ ...ref(targetId), plan: p.name });
    const planReport: Report = {
      valid: false,
      stats: { rows: 0, claims: 1, matched: 1, errors: 1, warnings: 0, infos: 0 },
      findings: [finding({ sheet: p.name, cell: '', target: ref('t7', 'parent-plan'), subject: checked('t2') })],
    };
    expect([...findingsByTask(rows, planReport, p).keys()]).toEqual([1]);
  });

  test('row of an address and abbreviation', () => {
    expect(rowOfAddress('$D$7')).toBe(7);
    expect(rowOfAddress('not a cell')).toBeNull();
    expect(abbreviate('市数据资源管理局', 5)).toBe('市数据资…');
    expect(abbreviate('市经信局', 5)).toBe('市经信局');
    expect(abbreviate('市数据资源管理局', 0)).toBe('市数据资源管理局');
  });
});

describe('<mb-task-matrix>', () => {
  test('renders a plan: caption, one row per task with row headers, one column per department', async () => {
    const el = await mount((m) => (m.plan = plan()));
    const table = root(el).querySelector('table')!;
    expect(table.getAttribute('role')).toBe('grid');
    expect(text(root(el).querySelector('caption'))).toBe('测试市2023年工作要点');
    expect(text(root(el).querySelector('[part="title"]'))).toBe('测试市2023年工作要点');
    expect(bodyRows(el)).toHaveLength(4);
    expect(root(el).querySelectorAll('tbody th[scope="row"]')).toHaveLength(4);
    expect(text(bodyRows(el)[0]!.querySelector('th'))).toBe('(一)实施制造业提质扩量行动');
    expect(columnHeaders(el).map((th) => th.getAttribute('title'))).toEqual(['市经信局', '市发改委', '各县区政府', '市财政局', '市科技局', '市数据资源管理局']);
  });

  test('tasks win over plan.tasks; the label attribute wins over the plan title', async () => {
    const el = await mount((m) => {
      m.plan = plan();
      m.tasks = tasks.slice(0, 2);
      m.setAttribute('label', '分工表');
    });
    expect(bodyRows(el)).toHaveLength(2);
    expect(text(root(el).querySelector('caption'))).toBe('分工表');
  });

  test('lead and partner differ by shape and by text, not colour alone', async () => {
    const el = await mount((m) => (m.tasks = tasks));
    const first = bodyRows(el)[0]!;
    const cells = [...first.querySelectorAll('td[part="cell"]')];
    expect(text(cells[0])).toBe('● 牵头'.replace(' ', ''));
    expect(cells[0]!.querySelector('.mark')!.textContent).toBe('●');
    expect(cells[0]!.querySelector('.mark')!.getAttribute('aria-hidden')).toBe('true');
    expect(text(cells[1])).toBe('○配合');
    expect(text(cells[3])).toBe('');
    // compact hides the words visually but keeps them for screen readers
    el.compact = true;
    await el.updateComplete;
    const word = cells[0]!.querySelector('.role-text') as HTMLElement;
    expect(word.textContent).toBe('牵头');
    expect(word.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  test('totals: each department leads / supports, each task counts its departments', async () => {
    const el = await mount((m) => (m.tasks = tasks));
    const totals = [...root(el).querySelectorAll('tfoot td')];
    // 市经信局 leads k1, k2 and supports k3
    expect(text(totals[0]!.querySelector('.sr-only'))).toBe('牵头 2 项，配合 1 项');
    expect(text(totals[1]!.querySelector('.sr-only'))).toBe('牵头 0 项，配合 2 项');
    expect(text(totals.at(-1))).toBe('4');
    const rowTotal = bodyRows(el)[1]!.querySelector('td:last-child');
    expect(text(rowTotal?.querySelector('[aria-hidden]'))).toBe('2/1');
  });

  test('department filter: attribute, select control with counts, announcement and event', async () => {
    const el = await mount((m) => {
      m.tasks = tasks;
      m.setAttribute('department', '市科技局');
    });
    expect(bodyRows(el)).toHaveLength(1);
    const select = root(el).querySelector('select')!;
    expect(select.value).toBe('市科技局');
    expect(text(select.options[0])).toBe('全部部门 (4)');
    expect([...select.options].map((o) => text(o))).toContain('市经信局 (3)');
    expect(columnHeaders(el)[4]!.getAttribute('aria-selected')).toBe('true');

    const events: string[] = [];
    el.addEventListener('mb-department-change', (e) => events.push((e as CustomEvent).detail.department));
    select.value = '市经信局';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.department).toBe('市经信局');
    expect(el.getAttribute('department')).toBe('市经信局');
    expect(bodyRows(el)).toHaveLength(3);
    expect(events).toEqual(['市经信局']);
    expect(text(root(el).querySelector('[aria-live]'))).toBe('显示 3 项任务，共 4 项');

    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(bodyRows(el)).toHaveLength(4);
  });

  test('the single tab stop survives a filter that removes its row', async () => {
    const el = await mount((m) => (m.tasks = tasks));
    (bodyRows(el)[3]!.querySelector('td') as HTMLElement).focus();
    await el.updateComplete;
    el.department = '市科技局';
    await el.updateComplete;
    const stops = root(el).querySelectorAll<HTMLTableCellElement>('table [tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect((stops[0]!.parentElement as HTMLTableRowElement).rowIndex).toBeLessThanOrEqual(2);
  });

  test('an unknown department shows an empty state naming it', async () => {
    const el = await mount((m) => {
      m.tasks = tasks;
      m.department = '市统计局';
    });
    expect(bodyRows(el)).toHaveLength(0);
    expect(text(root(el).querySelector('[part="empty"]'))).toBe('市统计局暂无牵头或配合的任务');
    expect(root(el).querySelector('select')!.value).toBe('市统计局');
  });

  test('no tasks: empty state', async () => {
    const el = await mount(() => undefined);
    expect(text(root(el).querySelector('[part="empty"]'))).toBe('暂无任务');
    expect((await axe.run(el)).violations).toEqual([]);
  });

  test('report: a task is marked with its worst severity as shape + text, and a count', async () => {
    const el = await mount((m) => {
      m.plan = plan();
      m.report = report;
    });
    const status = bodyRows(el).map((row) => text(row.querySelector('[part="status"]')));
    expect(status[0]).toBe('▲ 警告 · 1 个问题');
    expect(status[1]).toBe('✕ 错误 · 2 个问题');
    expect(status[2]).toBe(''); // no targets: nothing to check
    expect(bodyRows(el)[1]!.className).toContain('sev-error');
    // task 4 has no row in the plan, only in `tasks`; with the plan alone it has no sheetRow
    expect(status[3]).toBe('');

    el.tasks = tasks;
    await el.updateComplete;
    const withSheet = bodyRows(el).map((row) => text(row.querySelector('[part="status"]')));
    expect(withSheet[3]).toBe('✕ 错误 · 1 个问题');
  });

  test('given a report and its own tasks array, the matrix builds the task index a findings list of that report looks up', async () => {
    const sheetTasks = [3, 4, 7].map((row) => ({
      id: `r${row}`,
      sheet: '分解表',
      number: `${row}`,
      title: `第${row}行`,
      leads: ['市经信局'],
      partners: [],
      sheetRows: [row],
    }));
    const sheetReport: Report = { ...report, tasks: sheetTasks };
    await mount((m) => {
      m.tasks = sheetTasks;
      m.report = sheetReport;
    });
    // Complete already (build, told to stop at once, adds nothing and says done): the matrix made
    // it. A copy of the array is another index, not built yet.
    expect(taskIndexFor(sheetReport, sheetTasks).build(() => true)).toBe(true);
    expect(taskIndexFor(sheetReport, [...sheetTasks]).build(() => true)).toBe(false);
  });

  test('a task fed from a sheet is marked by a finding on its row that names a plan target', async () => {
    const el = await mount((m) => {
      m.tasks = [
        { number: '1', title: '完成工业经济主要指标增长目标', leads: ['区经信局'], partners: [], sheet: '分解表', sheetRow: 3, sheetRows: [3] },
        { number: '2', title: '推进转型升级', leads: ['区经信局'], partners: [], sheet: '分解表', sheetRow: 4, sheetRows: [4] },
      ];
      m.report = { ...report, findings: [finding({ cell: 'D3', target: ref('t26', 'luan-2023') })] };
    });
    const status = bodyRows(el).map((row) => text(row.querySelector('[part="status"]')));
    expect(status).toEqual(['✕ 错误 · 1 个问题', '✓ 无问题']);
  });

  test('a clean task reads "无问题" once a report is given', async () => {
    const el = await mount((m) => {
      m.tasks = tasks;
      m.report = { valid: true, stats: report.stats, findings: [] };
    });
    expect(text(bodyRows(el)[0]!.querySelector('[part="status"]'))).toBe('✓ 无问题');
  });

  test('arrow keys, Home/End and Ctrl+Home/End move a roving tabindex across the grid', async () => {
    const el = await mount((m) => (m.tasks = tasks));
    const focused = () => {
      const active = el.shadowRoot!.activeElement as HTMLTableCellElement | null;
      return active ? [(active.parentElement as HTMLTableRowElement).rowIndex, active.cellIndex] : null;
    };
    const tabbable = root(el).querySelectorAll('table [tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    (tabbable[0] as HTMLElement).focus();
    expect(focused()).toEqual([1, 0]);
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toEqual([1, 1]);
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toEqual([2, 1]);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(focused()).toEqual([0, 1]);
    await userEvent.keyboard('{End}');
    expect(focused()).toEqual([0, 7]);
    await userEvent.keyboard('{Home}');
    expect(focused()).toEqual([0, 0]);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(focused()).toEqual([5, 7]);
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    expect(focused()).toEqual([5, 7]);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(focused()).toEqual([0, 0]);
    expect(root(el).querySelectorAll('table [tabindex="0"]')).toHaveLength(1);
  });

  test('Enter and click emit mb-task-select with the task, department, role and findings', async () => {
    const el = await mount((m) => {
      m.plan = plan();
      m.report = report;
    });
    const details: TaskSelectDetail[] = [];
    el.addEventListener('mb-task-select', (e) => details.push((e as CustomEvent<TaskSelectDetail>).detail));
    const rowHeader = bodyRows(el)[1]!.querySelector('th') as HTMLElement;
    rowHeader.focus();
    await userEvent.keyboard('{Enter}');
    expect(details[0]).toMatchObject({ index: 1, department: null, role: null });
    expect(details[0]!.task.title).toBe('推进技术改造');
    expect(details[0]!.findings).toHaveLength(2);
    // status column is 1, 市经信局 is column 2
    (bodyRows(el)[2]!.querySelectorAll('td')[1] as HTMLElement).click();
    expect(details[1]).toMatchObject({ index: 2, department: '市经信局', role: 'partner' });
  });

  test('Enter on a department header filters by it, and again clears the filter', async () => {
    const el = await mount((m) => (m.tasks = tasks));
    const header = columnHeaders(el)[4] as HTMLElement; // 市科技局
    header.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.department).toBe('市科技局');
    expect(bodyRows(el)).toHaveLength(1);
    (columnHeaders(el)[4] as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.department).toBe('');
  });

  test("spellings of one department share a column (core's normaliser) unless exact-departments", async () => {
    const spelled: MatrixTask[] = [
      { number: '1', title: 'a', leads: ['市经济和信息化局'], partners: ['各县区人民政府'] },
      { number: '2', title: 'b', leads: ['市发展改革委'], partners: ['市经信局', '各县区人民政府'] },
    ];
    const el = await mount((m) => (m.tasks = spelled));
    expect(columnHeaders(el).map((th) => th.getAttribute('title'))).toEqual(['市经济和信息化局 / 市经信局', '各县区人民政府', '市发展改革委']);
    expect(text(root(el).querySelector('tfoot td .sr-only'))).toBe('牵头 1 项，配合 1 项');
    el.department = '市经信局'; // any spelling filters the merged column
    await el.updateComplete;
    expect(bodyRows(el)).toHaveLength(2);
    expect(root(el).querySelector('select')!.value).toBe('市经济和信息化局');

    el.department = '';
    el.toggleAttribute('exact-departments', true);
    await el.updateComplete;
    expect(columnHeaders(el)).toHaveLength(4);
  });

  test('long department names are abbreviated with the full name kept', async () => {
    const el = await mount((m) => {
      m.tasks = [{ number: '1', title: 'x', leads: ['市数据资源管理局（政务服务管理局）'], partners: [] }];
      m.abbreviate = 6;
    });
    const th = columnHeaders(el)[0]!;
    expect(th.getAttribute('title')).toBe('市数据资源管理局（政务服务管理局）');
    expect(text(th.querySelector('[aria-hidden]'))).toBe('市数据资源…');
    expect(text(th.querySelector('.sr-only'))).toBe('市数据资源管理局（政务服务管理局）');
  });

  test('many departments scroll horizontally behind a sticky task column', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `部门${i + 1}`);
    const box = document.createElement('div');
    box.style.setProperty('width', '300px');
    document.body.append(box);
    const el = await mount((m) => (m.tasks = [{ number: '1', title: '任务', leads: many.slice(0, 1), partners: many.slice(1) }]), box);
    const scroller = root(el).querySelector('.scroller') as HTMLElement;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    // Nothing inside (screen-reader texts included) widens the page.
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    const rowHeader = bodyRows(el)[0]!.querySelector('th') as HTMLElement;
    expect(getComputedStyle(rowHeader).position).toBe('sticky');
    rowHeader.focus();
    await userEvent.keyboard('{End}');
    expect(scroller.scrollLeft).toBeGreaterThan(0);
    const before = rowHeader.getBoundingClientRect().left;
    expect(Math.abs(before - scroller.getBoundingClientRect().left)).toBeLessThanOrEqual(2);
  });

  test('bad data: a non-array is reported once by tag and property; a department string is split', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await mount((m) => ((m as unknown as { tasks: unknown }).tasks = '(一) 任务'));
    el.requestUpdate('tasks');
    await el.updateComplete;
    expect(warn.mock.calls.map((call) => call[0])).toEqual(['<mb-task-matrix> tasks: must be an array of tasks, got a string']);
    expect(text(root(el).querySelector('[part="empty"]'))).toBe('暂无任务');
    warn.mockRestore();

    const sheetLike = await mount(
      (m) => (m.tasks = [{ number: '1', title: 'x', leads: '区经信局、区科技局' as unknown as string[], partners: [] }, null as unknown as MatrixTask]),
    );
    expect(bodyRows(sheetLike)).toHaveLength(1);
    expect(columnHeaders(sheetLike).map((th) => th.getAttribute('title'))).toEqual(['区经信局', '区科技局']);
  });

  test('tasks as a JSON attribute (a CMS page without its own script); bad JSON is reported', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<mb-task-matrix tasks='${JSON.stringify(tasks.slice(0, 2)).replace(/'/g, '&#39;')}'></mb-task-matrix>`;
    document.body.append(host);
    const el = host.querySelector('mb-task-matrix')!;
    await el.updateComplete;
    expect(bodyRows(el)).toHaveLength(2);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    el.setAttribute('tasks', '[{"title": oops}]');
    await el.updateComplete;
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^<mb-task-matrix> tasks: the attribute is not valid JSON \(.+\); it is ignored$/);
    expect(text(root(el).querySelector('[part="empty"]'))).toBe('暂无任务');
    el.setAttribute('report', '[]');
    expect(warn.mock.calls[1]?.[0]).toBe('<mb-task-matrix> report: the attribute must be a JSON object, got an array; it is ignored');
    warn.mockRestore();
  });

  test('attribute and data text is rendered as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const el = await mount((m) => {
      m.tasks = [{ number: payload, title: payload, leads: [payload], partners: [] }];
      m.setAttribute('label', payload);
      m.setAttribute('department', payload);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root(el).querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(text(root(el).querySelector('caption'))).toBe(payload);
  });

  test('en locale from the element, an ancestor or the document; zh-CN by default', async () => {
    const el = await mount((m) => (m.tasks = tasks));
    expect(text(root(el).querySelector('thead th'))).toBe('重点任务');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.getAttribute('lang')).toBe('en');
    expect(text(root(el).querySelector('thead th'))).toBe('Task');
    expect(text(bodyRows(el)[0]!.querySelector('td[part="cell"]'))).toBe('●Lead');

    const section = document.createElement('section');
    section.lang = 'en-GB';
    document.body.append(section);
    const inherited = await mount((m) => (m.tasks = tasks), section);
    expect(text(root(inherited).querySelector('caption'))).toBe('Key task assignments');

    const plain = await mount((m) => (m.tasks = tasks));
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await plain.updateComplete;
    expect(text(root(plain).querySelector('caption'))).toBe('Key task assignments');
  });

  test('axe: no violations with a report, a filter and in en', async () => {
    const el = await mount((m) => {
      m.plan = plan();
      m.report = report;
    });
    expect((await axe.run(el)).violations).toEqual([]);
    el.department = '市经信局';
    el.lang = 'en';
    await el.updateComplete;
    expect((await axe.run(el)).violations).toEqual([]);
  });

  test('a summary first: tasks, departments and the tasks with findings by their worst severity', async () => {
    const el = await mount((m) => {
      m.plan = plan();
      m.tasks = tasks;
      m.report = report;
    });
    const summary = root(el).querySelector('[part="summary"]')!;
    expect(root(el).firstElementChild!.nextElementSibling).toBe(summary);
    expect(text(summary)).toBe('共 4 项任务，6 个部门；有问题的任务：✕ 错误 2 项，▲ 警告 1 项');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(summary)).toBe('4 tasks, 6 departments; tasks with findings: ✕ Error 2, ▲ Warning 1');
    expect((await axe.run(el)).violations).toEqual([]);
  });

  test('10,000 tasks: one page of rows in the DOM, aria-rowcount/rowindex over every page, pager, filter back to page 1', async () => {
    const departments = ['市发展改革委', '市经济和信息化局', '市科技局', '市财政局'];
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      number: String(i + 1),
      title: `任务${i + 1}`,
      leads: [departments[i % 4]!],
      partners: [departments[(i + 1) % 4]!],
      sheet: '分解表',
      sheetRows: [i + 2],
    }));
    const findings = Array.from({ length: 20_000 }, (_, i) => finding({ cell: `D${(i % 10_000) + 2}`, severity: i % 3 ? 'warning' : 'error' }));
    let t = performance.now();
    const el = await mount((m) => {
      m.tasks = many;
      m.report = { ...report, findings };
    });
    const firstRender = performance.now() - t;
    const table = root(el).querySelector('table')!;
    expect(bodyRows(el)).toHaveLength(50);
    expect(table.getAttribute('aria-rowcount')).toBe('10002');
    expect(bodyRows(el)[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(text(root(el).querySelector('.page-status'))).toBe('第 1 / 200 页（第 1–50 项，共 10000 项）');
    // Totals count every task, not the page. Task k has findings k and k + 10,000: an error
    // when either is a multiple of 3, else warnings.
    expect(text(root(el).querySelector('tfoot td:last-child'))).toBe('10000');
    expect(text(root(el).querySelector('tfoot td'))).toBe('20000 个问题');
    expect(text(root(el).querySelector('[part="summary"]'))).toBe('共 10000 项任务，4 个部门；有问题的任务：✕ 错误 6667 项，▲ 警告 3333 项');

    const next = root(el).querySelector<HTMLButtonElement>('[data-page="next"]')!;
    t = performance.now();
    next.click();
    await el.updateComplete;
    const nextPage = performance.now() - t;
    expect(el.getAttribute('page')).toBe('2');
    expect(bodyRows(el)[0]!.getAttribute('aria-rowindex')).toBe('52');
    expect(text(bodyRows(el)[0]!.querySelector('th'))).toBe('51任务51');
    expect(text(root(el).querySelector('[aria-live]'))).toBe('第 2 / 200 页（第 51–100 项，共 10000 项）');

    // Enter on a task of page 2 reports that task.
    const chosen: number[] = [];
    el.addEventListener('mb-task-select', (e) => chosen.push((e as CustomEvent<TaskSelectDetail>).detail.index));
    bodyRows(el)[3]!.querySelector('th')!.click();
    expect(chosen).toEqual([53]);

    t = performance.now();
    const select = root(el).querySelector('select')!;
    select.value = '市科技局';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const filter = performance.now() - t;
    expect(el.page).toBe(1);
    expect(table.getAttribute('aria-rowcount')).toBe('5002');
    expect(bodyRows(el)).toHaveLength(50);
    el.page = 100;
    await el.updateComplete;
    expect(text(root(el).querySelector('.page-status'))).toBe('第 100 / 100 页（第 4951–5000 项，共 5000 项）');
    expect(root(el).querySelector<HTMLButtonElement>('[data-page="next"]')!.disabled).toBe(true);
    console.log(
      `[task-matrix 10k tasks, 20k findings] first render ${firstRender.toFixed(0)} ms, next page ${nextPage.toFixed(1)} ms, department filter ${filter.toFixed(1)} ms, DOM rows ${bodyRows(el).length}`,
    );
    expect((await axe.run(el)).violations).toEqual([]);
  });
});
