import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { Report } from '@mubiao/core';
import { jinanAgainstLuan } from './seed-data.ts';

interface FindingsArgs {
  report: Report | null;
  severity: '' | 'error' | 'warning' | 'info';
  code: string;
  'heading-level': number;
  onSelect: (event: Event) => void;
}

const attr = (v: number | string | null | undefined) => (v === null || v === undefined || v === '' ? nothing : String(v));

const meta: Meta<FindingsArgs> = {
  title: 'Elements/mb-findings-list',
  component: 'mb-findings-list',
  loaders: [async () => ({ jinan: await jinanAgainstLuan() })],
  render: (a, { loaded }) => html`<mb-findings-list
    .report=${a.report ?? (loaded['jinan'] as Report)}
    severity=${attr(a.severity)}
    code=${attr(a.code)}
    heading-level=${a['heading-level']}
    @mb-finding-select=${a.onSelect}
  ></mb-findings-list>`,
  argTypes: {
    severity: { control: 'inline-radio', options: ['', 'error', 'warning', 'info'] },
    report: { control: false },
  },
  args: { report: null, severity: '', code: '', 'heading-level': 3, onSelect: fn() },
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
      const item = [...root.querySelectorAll<HTMLElement>('[part~="finding"]')].find((li) => li.textContent?.includes('技改投资'));
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
