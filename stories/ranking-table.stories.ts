import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { RankingColumn, RankingRow } from '@mubiao/elements';
import { growthTargetRows, syntheticEnterprises } from './seed-data.ts';

interface RankingArgs {
  rows: RankingRow[];
  columns: RankingColumn[];
  label: string;
  'rank-by': string;
  order: 'desc' | 'asc';
  ties: 'competition' | 'dense';
  collation: 'pinyin' | 'stroke';
  top: number;
  bottom: number;
  tiers: string;
  'tier-cuts': string;
  'tier-shares': string;
  'previous-key': string;
}

const attr = (v: number | string | null | undefined) => (v === null || v === undefined || v === '' ? nothing : String(v));

const meta: Meta<RankingArgs> = {
  title: 'Elements/mb-ranking-table',
  component: 'mb-ranking-table',
  render: (a) => html`<mb-ranking-table
    .rows=${a.rows}
    .columns=${a.columns}
    label=${attr(a.label)}
    rank-by=${attr(a['rank-by'])}
    order=${a.order}
    ties=${a.ties}
    collation=${a.collation}
    top=${attr(a.top)}
    bottom=${attr(a.bottom)}
    tiers=${attr(a.tiers)}
    tier-cuts=${attr(a['tier-cuts'])}
    tier-shares=${attr(a['tier-shares'])}
    previous-key=${attr(a['previous-key'])}
  ></mb-ranking-table>`,
  argTypes: {
    order: { control: 'inline-radio', options: ['desc', 'asc'] },
    ties: { control: 'inline-radio', options: ['competition', 'dense'] },
    collation: { control: 'inline-radio', options: ['pinyin', 'stroke'] },
  },
  args: { order: 'desc', ties: 'competition', collation: 'pinyin', top: 0, bottom: 0, tiers: '', 'tier-cuts': '', 'tier-shares': '', 'previous-key': '' },
};
export default meta;
type Story = StoryObj<RankingArgs>;

const planColumns: RankingColumn[] = [
  { key: 'region', label: '地区' },
  { key: 'year', label: '年度', type: 'number' },
  { key: 'target', label: '目标增速', type: 'percent' },
];

const shadow = (canvas: HTMLElement) => canvas.querySelector('mb-ranking-table')!.shadowRoot!;
const rankTexts = (root: ShadowRoot) => [...root.querySelectorAll('[part~="rank"]')].map((e) => e.textContent?.trim() ?? '');

/**
 * 工业投资 growth targets of every seeded plan: 六安市 2023 and 金安区 2023/2024 all ask 20%,
 * so three regions share rank 1 (并列) and competition ranking skips to 4.
 */
export const SeededInvestmentTargetsWithTies: Story = {
  args: { rows: growthTargetRows('工业投资'), columns: planColumns, label: '各地工业投资增长目标', 'rank-by': 'target', top: 1 },
  play: async ({ canvasElement, globals }) => {
    await customElements.whenDefined('mb-ranking-table');
    const root = shadow(canvasElement);
    await waitFor(() => expect(rankTexts(root).length).toBeGreaterThan(0));
    const ranks = rankTexts(root);
    // A shared rank reads "1 (并列)" in Chinese and "=1" in English (the toolbar may switch it).
    const tied = (rank: string) => (globals['locale'] === 'en' ? rank.startsWith('=') : rank.includes('并列'));
    await expect(ranks.filter(tied).length).toBeGreaterThanOrEqual(2);
    // Sort by region name (pinyin): the header is a button and aria-sort follows.
    const regionButton = [...root.querySelectorAll<HTMLButtonElement>('[part~="sort-button"]')].find((b) => b.textContent?.includes('地区'))!;
    await userEvent.click(regionButton);
    await waitFor(() => expect(regionButton.closest('[role="columnheader"]')!.getAttribute('aria-sort')).toBe('ascending'));
  },
};

/** Dense ranking of the same rows: 1, 1, 1, 2 instead of 1, 1, 1, 4. */
export const DenseTies: Story = {
  args: { ...SeededInvestmentTargetsWithTies.args, ties: 'dense' },
};

/** 规上工业增加值 growth targets of the seeded plans, top and bottom flags (流动红旗 / 流动绿旗). */
export const SeededGrowthTargetsWithFlags: Story = {
  args: { rows: growthTargetRows('规模以上工业增加值'), columns: planColumns, label: '各地规上工业增加值增长目标', 'rank-by': 'target', top: 1, bottom: 1 },
};

const enterpriseColumns: RankingColumn[] = [
  { key: 'name', label: '企业' },
  { key: 'county', label: '县区' },
  { key: 'taxPerMu', label: '亩均税收', type: 'number', unit: '万元' },
];

/**
 * 22,434 rows — Anhui's count of 规上 industrial firms at the end of 2023 (seed 002). The
 * figures are generated stand-ins; the point is the virtualised grid: a bounded number of DOM
 * rows, aria-rowcount, keyboard navigation by the grid pattern, and 亩均效益 tiers A–D.
 */
export const AnhuiScaleVirtualised: Story = {
  args: {
    rows: syntheticEnterprises(22434),
    columns: enterpriseColumns,
    label: '规上工业企业亩均效益评价（示例数据）',
    'rank-by': 'taxPerMu',
    tiers: 'A,B,C,D',
    'tier-shares': '20,50,20,10',
    'previous-key': 'previousRank',
    top: 10,
    bottom: 10,
  },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('mb-ranking-table');
    const root = shadow(canvasElement);
    const grid = await waitFor(() => {
      const g = root.querySelector('[role="grid"]');
      if (!g) throw new Error('grid not rendered');
      return g;
    });
    await expect(grid.getAttribute('aria-rowcount')).toBe('22435');
    await expect(root.querySelectorAll('[role="row"]').length).toBeLessThan(120);
    // Keyboard: the grid's one tab stop, then Ctrl+End reaches the last row without rendering all rows.
    root.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!.focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(async () => {
      const active = root.activeElement as HTMLElement | null;
      await expect(active?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('22435');
    });
    await expect(root.querySelectorAll('[role="row"]').length).toBeLessThan(120);
  },
};

/** 姓氏笔画: Chinese names ordered by stroke count where the browser's ICU supports it. */
export const StrokeOrder: Story = {
  args: { ...SeededGrowthTargetsWithFlags.args, collation: 'stroke' },
};

export const Empty: Story = {
  args: { rows: [], columns: planColumns, label: '暂无数据', 'rank-by': 'target' },
};

export const LargeTextTheme: Story = {
  args: SeededInvestmentTargetsWithTies.args,
  globals: { theme: 'large-text' },
};

export const English: Story = {
  args: { ...SeededInvestmentTargetsWithTies.args, label: 'Industrial investment growth targets' },
  globals: { locale: 'en' },
  play: SeededInvestmentTargetsWithTies.play,
};
