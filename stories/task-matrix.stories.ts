import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Plan, Report } from '@mubiao/core';
import type { MatrixTask } from '@mubiao/elements';
import { jinanAgainstLuan, jinanSheetTasks, luanRollUp, plan } from './seed-data.ts';

interface MatrixArgs {
  plan: Plan | null;
  tasks: MatrixTask[];
  report: Report | null;
  department: string;
  label: string;
  compact: boolean;
  abbreviate: number;
  'column-order': 'appearance' | 'count';
  'page-size': number;
}

const attr = (v: number | string | null | undefined) => (v === null || v === undefined || v === '' ? nothing : String(v));

const meta: Meta<MatrixArgs> = {
  title: 'Elements/mb-task-matrix',
  component: 'mb-task-matrix',
  render: (a, { loaded }) => html`<mb-task-matrix
    .plan=${a.plan}
    .tasks=${(loaded['tasks'] as MatrixTask[] | undefined) ?? a.tasks}
    .report=${(loaded['report'] as Report | undefined) ?? a.report}
    department=${attr(a.department)}
    label=${attr(a.label)}
    ?compact=${a.compact}
    abbreviate=${a.abbreviate}
    column-order=${a['column-order']}
    page-size=${a['page-size']}
  ></mb-task-matrix>`,
  argTypes: {
    'column-order': { control: 'inline-radio', options: ['appearance', 'count'] },
    plan: { control: false },
    tasks: { control: 'object' },
    report: { control: false },
  },
  args: { plan: null, tasks: [], report: null, department: '', label: '', compact: false, abbreviate: 8, 'column-order': 'appearance', 'page-size': 50 },
};
export default meta;
type Story = StoryObj<MatrixArgs>;

const shadow = (canvas: HTMLElement) => canvas.querySelector('mb-task-matrix')!.shadowRoot!;

/** 宿州市 2023 ("2321" work points): twenty items with their 按职责分工负责 department lists. */
export const SuzhouPlan: Story = {
  args: { plan: plan('suzhou-2023') },
  play: async ({ canvasElement, globals }) => {
    await customElements.whenDefined('mb-task-matrix');
    const root = shadow(canvasElement);
    const grid = await waitFor(() => {
      const g = root.querySelector<HTMLElement>('[role="grid"]');
      if (!g?.querySelector('tbody th[scope="row"]')) throw new Error('matrix not rendered');
      return g;
    });
    // Lead and partner marks carry words, not only colour.
    await expect(grid.textContent).toContain(globals['locale'] === 'en' ? 'Lead' : '牵头');
    // 2-D keyboard navigation: the roving tab stop moves right and down with the arrow keys.
    const start = grid.querySelector<HTMLElement>('[tabindex="0"]')!;
    start.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    const active = root.activeElement as HTMLElement;
    await expect(active).not.toBe(start);
    await expect(active.getAttribute('tabindex')).toBe('0');
    // Grid position from the table itself (row in the table's rows, column in the row).
    const at = (cell: HTMLElement) => [(cell.parentElement as HTMLTableRowElement).rowIndex, (cell as HTMLTableCellElement).cellIndex];
    await expect(at(active)).toEqual([at(start)[0]! + 1, at(start)[1]! + 1]);
  },
};

/** Only the tasks 市经信局 leads or supports (the filter a department head uses). */
export const FilteredByDepartment: Story = {
  args: { plan: plan('suzhou-2023'), department: '市经信局' },
};

/**
 * 金安区's 2023 decomposition table (seeds/sheets/jinan-2023-tasks.xlsx) validated against
 * 六安市's 2023 plan: task 1 carries the 技改投资 shortfall (15% vs 20%以上).
 */
export const JinanTableWithShortfall: Story = {
  loaders: [async () => ({ tasks: await jinanSheetTasks(), report: await jinanAgainstLuan() })],
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('mb-task-matrix');
    const root = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="status"]')?.textContent ?? '').not.toBe(''));
  },
};

/** 六安市 2023: many departments, long names abbreviated in headers with the full name kept. */
export const LuanPlanManyDepartments: Story = {
  args: { plan: plan('luan-2023'), abbreviate: 5 },
};

/** Columns ordered by how many tasks each department takes part in. */
export const ColumnsByCount: Story = {
  args: { plan: plan('suzhou-2023'), 'column-order': 'count', compact: true },
};

export const NoTasks: Story = {
  args: { tasks: [], label: '重点任务分工' },
};

export const LargeTextTheme: Story = { args: SuzhouPlan.args, globals: { theme: 'large-text' } };
export const DarkTheme: Story = { args: SuzhouPlan.args, globals: { theme: 'dark' } };
export const English: Story = { args: SuzhouPlan.args, globals: { locale: 'en' }, play: SuzhouPlan.play };

/**
 * A city roll-up of 10,000 GENERATED rows (六安市's targets in turn, with their departments) and
 * its 15,000 findings: the summary first, then one page of 50 tasks; the pager moves through the
 * 200 pages and aria-rowcount counts them all.
 */
export const RollUpPaged: Story = {
  loaders: [
    async () => {
      const report = luanRollUp(10_000);
      return { tasks: report.tasks, report };
    },
  ],
  args: { 'column-order': 'count' },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('mb-task-matrix');
    const root = shadow(canvasElement);
    const next = await waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>('[data-page="next"]');
      if (!button) throw new Error('pager not rendered');
      return button;
    });
    await expect(root.querySelector('[part="summary"]')!.textContent).toMatch(/10000/);
    await expect(root.querySelector('table')!.getAttribute('aria-rowcount')).toBe('10002');
    await expect(root.querySelectorAll('tbody tr')).toHaveLength(50);
    await userEvent.click(next);
    await waitFor(() => expect(root.querySelector('tbody tr')!.getAttribute('aria-rowindex')).toBe('52'));
    await expect(root.querySelectorAll('tbody tr')).toHaveLength(50);
  },
};
