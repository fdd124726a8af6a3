/**
 * The result of one check, as the task pane and the web checker show it: a summary line, the
 * findings list (mb-finding-select bubbles out to the host, which selects the cell), a gauge per
 * matched target and the tasks × departments matrix.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import '@mubiao/elements/define/findings-list.ts';
import '@mubiao/elements/define/target-gauge.ts';
import '@mubiao/elements/define/task-matrix.ts';
import type { CheckResult } from '../shared/check.ts';
import type { Locale } from '@mubiao/core';
import { planLabel, planLabelWithTitle } from '@mubiao/core';
import { STRINGS } from './strings.ts';

export class MbCheckResults extends LitElement {
  static override styles = css`
    :host { display: block; }
    .heading { font-size: 1rem; font-weight: 700; margin: 1.25rem 0 0.5rem; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .summary { margin: 0.5rem 0; font-weight: 600; }
    .summary.valid { color: var(--mb-color-met, #1a7f37); }
    .summary.invalid { color: var(--mb-color-short, #b42318); }
    .plans { margin: 0 0 0.5rem; color: var(--mb-color-muted, #57606a); font-size: 0.875rem; }
    .gauges { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.75rem 1rem; list-style: none; padding: 0; margin: 0; }
    .gauges button { all: unset; display: block; width: 100%; cursor: pointer; border-radius: 4px; }
    .gauges button:focus-visible { outline: 2px solid var(--mb-color-focus, #0969da); outline-offset: 2px; }
    .note { color: var(--mb-color-muted, #57606a); font-size: 0.875rem; }
    mb-task-matrix { --mb-matrix-max-height: 24rem; }
  `;

  @property({ attribute: false }) result: CheckResult | null = null;
  @property({ attribute: false }) locale: Locale = 'zh-CN';
  /** Cells marked (shown in the summary). */
  @property({ type: Number }) marked = 0;
  @property({ attribute: 'as-of' }) asOf = '';
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private selectCell(sheet: string, cell: string): void {
    this.dispatchEvent(new CustomEvent('mb-cell-select', { detail: { sheet, cell }, bubbles: true, composed: true }));
  }

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const t = STRINGS[this.locale];
    const { errors, warnings, infos } = r.report.stats;
    const year = r.plans[0]?.year ?? new Date().getFullYear();
    return html`
      <p class="summary ${r.report.valid ? 'valid' : 'invalid'}" role="status">
        ${r.report.valid ? t.valid : ''} ${t.resultSummary(errors, warnings, infos, this.marked)}
      </p>
      <p class="plans">${t.checkedAgainst(r.plans.map((p) => planLabel(p, this.locale)).join('、'))}</p>
      <section>
        <p class="heading" role="heading" aria-level=${this.headingLevel}>${t.findings}</p>
        <mb-findings-list .report=${r.report} lang=${this.locale} heading-level=${this.headingLevel + 1}></mb-findings-list>
      </section>
      <section>
        <p class="heading" role="heading" aria-level=${this.headingLevel}>${t.gauges}</p>
        ${r.gauges.length
          ? html`<ul class="gauges">
              ${r.gauges.map(
                (g) => html`<li>
                  <button type="button" @click=${() => this.selectCell(g.sheet, g.cell)}>
                    <span class="sr">${this.locale === 'zh-CN' ? `定位到 ${g.sheet}!${g.cell}：` : `Go to ${g.sheet}!${g.cell}: `}</span>
                    <mb-target-gauge
                      lang=${this.locale}
                      label=${g.label}
                      .value=${g.value}
                      .target=${g.target.value}
                      .max=${g.target.max}
                      comparator=${g.target.comparator}
                      unit=${g.target.unit}
                      kind=${g.target.kind}
                      ?decline=${g.target.decline}
                      period-start=${g.role === 'actual' ? `${g.target.year || year}-01-01` : nothing}
                      period-end=${g.role === 'actual' ? `${g.target.year || year}-12-31` : nothing}
                      as-of=${g.role === 'actual' && this.asOf ? this.asOf : nothing}
                    ></mb-target-gauge>
                  </button>
                </li>`,
              )}
            </ul>`
          : html`<p class="note">${t.noGauges}</p>`}
      </section>
      ${r.tasks.length
        ? html`<section>
            <p class="heading" role="heading" aria-level=${this.headingLevel}>${t.matrix}</p>
            <mb-task-matrix
              .tasks=${r.tasks}
              .report=${r.report}
              lang=${this.locale}
              compact
              @mb-task-select=${(e: CustomEvent<{ task: { sheet?: string; sheetRow?: number } }>) => {
                const { sheet, sheetRow } = e.detail.task;
                if (sheet !== undefined && sheetRow !== undefined) this.selectCell(sheet, `A${sheetRow + 1}`);
              }}
            ></mb-task-matrix>
          </section>`
        : nothing}
    `;
  }
}

customElements.get('mb-check-results') ?? customElements.define('mb-check-results', MbCheckResults);

declare global {
  interface HTMLElementTagNameMap {
    'mb-check-results': MbCheckResults;
  }
}
