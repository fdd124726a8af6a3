import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { actual, gaugeArgs, target } from './seed-data.ts';

interface GaugeArgs {
  label: string;
  value: number | null;
  target: number | null;
  max: number | null;
  comparator: string;
  unit: string;
  kind: string;
  decline: boolean;
  reference: number | null;
  'reference-label': string;
  expected: number | null;
  'period-start': string;
  'period-end': string;
  'as-of': string;
  'value-comparator': string;
  variant: 'bullet' | 'arc';
}

const attr = (v: number | string | null | undefined) => (v === null || v === undefined || v === '' ? nothing : String(v));

const meta: Meta<GaugeArgs> = {
  title: 'Elements/mb-target-gauge',
  component: 'mb-target-gauge',
  render: (a) => html`<mb-target-gauge
    label=${attr(a.label)}
    value=${attr(a.value)}
    target=${attr(a.target)}
    max=${attr(a.max)}
    comparator=${attr(a.comparator)}
    unit=${attr(a.unit)}
    kind=${attr(a.kind)}
    ?decline=${a.decline}
    reference=${attr(a.reference)}
    reference-label=${attr(a['reference-label'])}
    expected=${attr(a.expected)}
    period-start=${attr(a['period-start'])}
    period-end=${attr(a['period-end'])}
    as-of=${attr(a['as-of'])}
    value-comparator=${attr(a['value-comparator'])}
    variant=${a.variant}
  ></mb-target-gauge>`,
  argTypes: {
    comparator: { control: 'select', options: ['>=', '>', '~', 'range', '<=', '=', 'placeholder'] },
    'value-comparator': { control: 'select', options: ['=', '>=', '>', '~', 'range', '<='] },
    kind: { control: 'select', options: ['growth', 'level', 'increment', 'share', 'count'] },
    variant: { control: 'inline-radio', options: ['bullet', 'arc'] },
  },
  args: {
    label: '',
    value: null,
    target: null,
    max: null,
    comparator: '>=',
    unit: '',
    kind: 'level',
    decline: false,
    reference: null,
    'reference-label': '',
    expected: null,
    'period-start': '',
    'period-end': '',
    'as-of': '',
    'value-comparator': '=',
    variant: 'bullet',
  },
};
export default meta;
type Story = StoryObj<GaugeArgs>;

const meter = (canvas: HTMLElement) => {
  const gauge = canvas.querySelector('mb-target-gauge')!;
  return gauge.shadowRoot!.querySelector('[role="meter"]')!;
};

/** 安徽省: 规上工业增加值 2023年1—11月增长7.3%, against the 2024 target 7%左右 (seed 002). */
export const ProvinceGrowthMet: Story = {
  args: gaugeArgs(target('anhui-2024', '规模以上工业增加值', 'growth'), actual('anhui-2024', '规模以上工业增加值', 'growth')),
  play: async ({ canvasElement, globals }) => {
    await customElements.whenDefined('mb-target-gauge');
    const text = meter(canvasElement).getAttribute('aria-valuetext') ?? '';
    await expect(text).toContain('7.3%');
    // Growth rates differ by percentage points in either locale (the toolbar may switch it).
    await expect(text).toContain(globals['locale'] === 'en' ? 'percentage point' : '百分点');
  },
};

/**
 * 国家级绿色工厂: 37 in 2023 against the 2024 target 50家左右 — not yet met. No date is given, so
 * nothing says how far 2024 has gone: the gauge says "有风险", never "未达标" as of today.
 */
export const GreenFactoriesNotYet: Story = {
  args: gaugeArgs(target('anhui-2024', '国家级绿色工厂', 'count'), actual('anhui-2024', '国家级绿色工厂', 'count')),
};

/** 创新型中小企业: 2,808 new in 2023 against 3000户左右 for 2024 — close to the target. */
export const InnovativeSmesNearTarget: Story = {
  args: gaugeArgs(target('anhui-2024', '创新型中小企业', 'increment'), actual('anhui-2024', '创新型中小企业', 'increment')),
};

/** 六安市 2023: a target still written as `**` in the draft — no target yet, nothing to measure. */
export const PlaceholderTarget: Story = {
  args: { ...gaugeArgs(target('luan-2023', '签约亿元以上工业项目')), value: 12 },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('mb-target-gauge');
    const gauge = canvasElement.querySelector('mb-target-gauge') as HTMLElement & { status: string };
    await expect(gauge.status).toBe('no-target');
  },
};

/**
 * 金安区 2024: 担保费率 is a ceiling (不超过1%). The value 1.2% is illustrative: exceeding a
 * ceiling is a shortfall, the reverse of an ordinary target.
 */
export const CeilingExceeded: Story = {
  args: { ...gaugeArgs(target('jinan-2024', '区担保公司担保费率')), value: 1.2 },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('mb-target-gauge');
    const gauge = canvasElement.querySelector('mb-target-gauge') as HTMLElement & { status: string };
    await expect(gauge.status).toBe('short');
  },
};

/** 六安市 2023: 新增市级实验室、技术创新中心3-5家 (a range); 4 is an illustrative value. */
export const RangeTarget: Story = {
  args: { ...gaugeArgs(target('luan-2023', '市级实验室、技术创新中心')), value: 4 },
};

/**
 * 时间过半、任务过半: 新增规上工业企业150户以上 (六安市 2023) with an illustrative 60 by mid-July —
 * behind the time-elapsed pace marker.
 */
export const BehindPace: Story = {
  args: {
    ...gaugeArgs(target('luan-2023', '规模以上工业企业', 'increment')),
    value: 60,
    'period-start': '2023-01-01',
    'period-end': '2023-12-31',
    'as-of': '2023-07-15',
  },
};

/**
 * A district's promise against its city's target (金安区 2023 vs 六安市 2023, seeds 004 and 000):
 * 技改投资增长15%以上 where the city asks 20%以上 — the shortfall the findings list reports on D3.
 */
export const PromiseBelowCity: Story = {
  args: { ...gaugeArgs(target('luan-2023', '技术改造投资', 'growth')), label: '技改投资（金安区 2023，D3）', value: 15, 'value-comparator': '>=' },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('mb-target-gauge');
    const gauge = canvasElement.querySelector('mb-target-gauge') as HTMLElement & { status: string };
    await expect(gauge.status).toBe('short');
  },
};

/** The arc variant of the province's growth gauge, with last year's growth as the reference. */
export const Arc: Story = {
  args: { ...ProvinceGrowthMet.args, variant: 'arc', reference: 8, 'reference-label': '2023年全年（规上营业收入）' },
};

/** A long metric name from 宿州市's plan wraps instead of overflowing. */
export const LongLabel: Story = {
  args: {
    ...gaugeArgs(target('anhui-2024', '数字领航企业、智能工厂和数字化车间')),
    label: '新认定数字领航企业、智能工厂和数字化车间（含省级以上智能工厂和数字化车间）',
    value: 180,
  },
};

/** The 适老化 large-text theme: ≥ 18px text, line height ≥ 1.3, contrast ≥ 7:1. */
export const LargeTextTheme: Story = {
  args: ProvinceGrowthMet.args,
  globals: { theme: 'large-text' },
};

/** The same result in English: the play checks the sentence switches with the locale. */
export const English: Story = {
  args: ProvinceGrowthMet.args,
  globals: { locale: 'en' },
  play: ProvinceGrowthMet.play,
};

/** Attribute text is rendered as text: markup in a label stays inert. */
export const InertLabel: Story = {
  args: { ...ProvinceGrowthMet.args, label: '<img src=x onerror="window.__mbXss=1">规上工业增加值' },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('mb-target-gauge');
    const gauge = canvasElement.querySelector('mb-target-gauge')!;
    await expect(gauge.shadowRoot!.querySelector('img')).toBeNull();
    await expect(gauge.shadowRoot!.textContent).toContain('<img src=x');
    await expect((window as { __mbXss?: number }).__mbXss).toBeUndefined();
  },
};
