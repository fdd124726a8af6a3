import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import type { Finding, Report } from '@mubiao/core';
import '../define/findings-list.ts';
import type { FindingSelectDetail, MbFindingsList } from './findings-list.ts';
import { addressOrder, filterCounts, groupFindings } from './findings-model.ts';
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
const chip = (el: MbFindingsList, severity: string) =>
  root(el).querySelector<HTMLButtonElement>(`[data-severity="${severity}"]`)!;

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

  test('groups by sheet in order of appearance, then error, warning, info, then by cell', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.sheet, g.count])).toEqual([
      ['金安区', 4],
      ['裕安区', 1],
    ]);
    expect(groups[0]!.severities.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
    expect(groups[0]!.severities[0]!.findings.map((f) => f.cell)).toEqual(['C4', 'C12']);
  });

  test('each filter control counts what the other filter leaves', () => {
    const counts = filterCounts(findings, { severity: 'error', code: '' });
    expect(counts.severity).toEqual({ '': 5, error: 3, warning: 1, info: 1 });
    expect(counts.code.get('shortfall')).toBe(2);
    expect(counts.code.get('placeholder')).toBeUndefined();
    expect(counts.codeTotal).toBe(3);
    expect(filterCounts(findings, { severity: '', code: 'shortfall' }).severity).toEqual({
      '': 2,
      error: 2,
      warning: 0,
      info: 0,
    });
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

  test('arrow keys, Home and End move focus between findings with one tab stop', async () => {
    const el = await mount((m) => (m.report = report));
    const focusedCell = () => text((root(el).activeElement as HTMLElement | null)?.querySelector('.cell')).replace('单元格', '');
    expect(buttons(el).filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons(el)[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedCell()).toBe('C12');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedCell()).toBe('B2');
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedCell()).toBe('D3');
    await userEvent.keyboard('{End}');
    expect(focusedCell()).toBe('AA1');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedCell()).toBe('AA1');
    await userEvent.keyboard('{Home}');
    expect(focusedCell()).toBe('C4');
    await el.updateComplete;
    expect(buttons(el).filter((b) => b.tabIndex === 0).map((b) => b === root(el).activeElement)).toEqual([true]);
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
    const el = await mount(
      (m) => (m.report = { ...report, findings: [finding({ sheet: 'jinan-2023', cell: '', subject, target: quote })] }),
    );
    expect(text(root(el).querySelector('[role="heading"]'))).toBe('金安区 2023 年计划 (1 个)');
    expect(text(root(el).querySelector('.subject'))).toBe('指标技改投资');
    expect(root(el).querySelector('.cell')).toBeNull();
    expect((await axe.run(el)).violations).toEqual([]);
  });

  test('bad data: findings that are not an array are reported; an unknown severity reads as info', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await mount((m) => (m.report = { ...report, findings: 'none' as unknown as Finding[] }));
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      '<mb-findings-list> report: report.findings must be an array, got a string',
    ]);
    expect(text(root(el).querySelector('[part="empty"]'))).toBe('未发现问题');
    warn.mockRestore();
    el.report = { ...report, findings: [finding({ severity: 'fatal' as Finding['severity'] }), null as unknown as Finding] };
    await el.updateComplete;
    expect(text(root(el).querySelector('.severity-heading'))).toBe('ℹ 提示 (1 个)');
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
});
