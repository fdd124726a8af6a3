import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { Report } from '@mubiao/core';
import { jinanAgainstLuan, luanRollUp } from './seed-data.ts';

interface FindingsArgs {
  report: Report | null;
  severity: '' | 'error' | 'warning' | 'info';
  code: string;
  department: string;
  search: string;
  'group-by': 'sheet' | 'code';
  'heading-level': number;
  onSelect: (event: Event) => void;
}

const attr = (v: number | string | null | undefined) => (v === null || v === undefined || v === '' ? nothing : String(v));

const meta: Meta<FindingsArgs> = {
  title: 'Elements/mb-findings-list',
  component: 'mb-findings-list',
  loaders: [async () => ({ jinan: await jinanAgainstLuan() })],
  render: (a, { loaded }) => html`<mb-findings-list
    .report=${a.report ?? (loaded['rollUp'] as Report | undefined) ?? (loaded['jinan'] as Report)}
    severity=${attr(a.severity)}
    code=${attr(a.code)}
    department=${attr(a.department)}
    search=${attr(a.search)}
    group-by=${a['group-by']}
    heading-level=${a['heading-level']}
    @mb-finding-select=${a.onSelect}
  ></mb-findings-list>`,
  argTypes: {
    severity: { control: 'inline-radio', options: ['', 'error', 'warning', 'info'] },
    'group-by': { control: 'inline-radio', options: ['sheet', 'code'] },
    report: { control: false },
  },
  args: { report: null, severity: '', code: '', department: '', search: '', 'group-by': 'sheet', 'heading-level': 3, onSelect: fn() },
};
export default meta;
type Story = StoryObj<FindingsArgs>;

const shadow = (canvas: HTMLElement) => canvas.querySelector('mb-findings-list')!.shadowRoot!;

/**
 * The real report: 金安区's 2023 table against 六安市's 2023 plan. Choosing the 技改投资
 * shortfall emits `mb-finding-select` with the finding (the add-in selects its cell).
 */
export const JinanAgainstLuan: Story = {
  play: async ({ canvasElement, args }) => {
    await customElements.whenDefined('mb-findings-list');
    const root = shadow(canvasElement);
    const shortfall = await waitFor(() => {
      const item = [...root.querySelectorAll<HTMLElement>('[part~="finding"]')].find((row) => row.textContent?.includes('技改投资'));
      const button = item?.querySelector<HTMLElement>('[part~="finding-button"]');
      if (!button) throw new Error('shortfall not rendered');
      return button;
    });
    await userEvent.click(shortfall);
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    const event = (args.onSelect as unknown as { mock: { calls: [CustomEvent][] } }).mock.calls[0]![0];
    await expect(event.detail.finding.code).toBe('shortfall');
    await expect(event.detail.finding.cell).toBe('D3');
    // Keyboard: Enter on the focused finding chooses it too.
    shortfall.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledTimes(2);
  },
};

/** Only the errors: the one shortfall. */
export const ErrorsOnly: Story = { args: { severity: 'error' } };

/** Only the city targets still written as `**` in the draft. */
export const PlaceholdersOnly: Story = { args: { code: 'placeholder' } };

/** A sheet with nothing to report. */
export const Valid: Story = {
  args: { report: { valid: true, stats: { rows: 13, claims: 20, matched: 20, errors: 0, warnings: 0, infos: 0 }, findings: [] } },
  play: async ({ canvasElement, globals }) => {
    await customElements.whenDefined('mb-findings-list');
    const empty = globals['locale'] === 'en' ? 'No findings' : '未发现问题';
    await waitFor(() => expect(shadow(canvasElement).textContent).toContain(empty));
  },
};

export const LargeTextTheme: Story = { globals: { theme: 'large-text' } };
export const GovRedTheme: Story = { globals: { theme: 'gov-red' } };
export const English: Story = { globals: { locale: 'en' } };

/** 六安市's targets taken on by every row of a city roll-up: 66,667 GENERATED rows, 100,001 findings (made once, when a story needs them). */
let rollUpReport: Report | undefined;
const rollUpLoaders = [async () => ({ rollUp: (rollUpReport ??= luanRollUp(66_667)) })];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * 100,001 findings, virtualised: the first ones at once and the rest indexed in slices, a few
 * dozen rows in the DOM wherever the list is scrolled (aria-rowcount counts them all), and
 * choosing a finding far down keeps the scroll position.
 * The play function logs how long the list took to filter, search and choose.
 */
export const RollUp100kVirtualised: Story = {
  loaders: rollUpLoaders,
  play: async ({ canvasElement, args }) => {
    await customElements.whenDefined('mb-findings-list');
    const list = canvasElement.querySelector('mb-findings-list')!;
    const root = list.shadowRoot!;
    const scroller = await waitFor(() => {
      const found = root.querySelector<HTMLElement>('.scroller');
      if (!found?.querySelector('[part~="finding-button"]')) throw new Error('list not rendered');
      return found;
    });
    const rows = () => root.querySelectorAll('[role="row"]').length;
    // The first findings show at once; the rest are indexed in slices after the first render.
    await list.indexed;
    await list.updateComplete;
    await expect(Number(root.querySelector('[role="grid"]')!.getAttribute('aria-rowcount'))).toBeGreaterThan(100_000);
    await expect(rows()).toBeLessThan(60);
    scroller.scrollTop = scroller.scrollHeight * 0.75;
    await frame();
    await list.updateComplete;
    await expect(rows()).toBeLessThan(60);
    const top = scroller.scrollTop;
    let t = performance.now();
    await userEvent.click(root.querySelectorAll<HTMLElement>('[part~="finding-button"]')[8]!);
    const click = performance.now() - t;
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    await expect(scroller.scrollTop).toBe(top);
    t = performance.now();
    root.querySelector<HTMLElement>('[data-severity="error"]')!.click();
    await list.updateComplete;
    await frame();
    const filter = performance.now() - t;
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    // The list builds its search text in idle slices after the first render: typed later, a
    // search only filters (typed at once, it would finish that build first).
    for (let i = 0; i < 40; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 100 }));
    t = performance.now();
    input.value = '技术改造';
    input.dispatchEvent(new Event('input'));
    await list.updateComplete;
    await frame();
    const search = performance.now() - t;
    await expect(list.shownCount).toBeGreaterThan(0);
    await expect(rows()).toBeLessThan(60);
    console.log(
      `[story findings-list 100k] click ${click.toFixed(1)} ms, filter ${filter.toFixed(1)} ms, search ${search.toFixed(1)} ms, ${list.shownCount} shown, ${rows()} DOM rows`,
    );
  },
};

/** The roll-up filtered: errors of tasks 市经信局 leads whose text mentions 技术改造. */
export const RollUpFilteredAndSearched: Story = {
  loaders: rollUpLoaders,
  args: { severity: 'error', department: '市经信局', search: '技术改造' },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('mb-findings-list');
    const list = canvasElement.querySelector('mb-findings-list')!;
    await list.indexed; // the 牵头单位 of every finding, known once the index is complete
    await waitFor(() => expect(list.shadowRoot!.querySelector('[part="department-filter"]')).not.toBeNull());
    await expect(list.shownCount).toBeGreaterThan(0);
    await expect(list.shownFindings.every((f) => f.severity === 'error' && `${f.message}${f.target?.quote}`.includes('技术改造'))).toBe(true);
  },
};

/** Grouped by finding type: each type a heading with its count, then severity, sheet and cell. */
export const RollUpGroupedByType: Story = {
  loaders: rollUpLoaders,
  args: { 'group-by': 'code' },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('mb-findings-list');
    const root = canvasElement.querySelector('mb-findings-list')!.shadowRoot!;
    const first = await waitFor(() => {
      const heading = root.querySelector('[role="heading"].level-1');
      if (!heading) throw new Error('no heading');
      return heading;
    });
    await expect(first.textContent).toMatch(/\d/);
  },
};

/** The real report grouped by finding type. */
export const GroupedByType: Story = { args: { 'group-by': 'code' } };
