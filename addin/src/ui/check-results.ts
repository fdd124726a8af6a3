/**
 * The result of one check, as the task pane and the web checker show it: the verdict, what each
 * sheet was checked against and as of when, the findings list (mb-finding-select bubbles out to
 * the host, which selects the cell), a gauge per value measured against a target and the tasks ×
 * departments matrix. It renders core's report and compares nothing itself.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sheetContext, severityCounts, type Gauge, type Locale, type Report } from '@mubiao/core';
import '@mubiao/elements/define/findings-list.ts';
import '@mubiao/elements/define/target-gauge.ts';
import '@mubiao/elements/define/task-matrix.ts';
// The task pane and the web checker switch to English: the elements' English registers here.
import '@mubiao/elements/locales/en.ts';
import { STRINGS } from './strings.ts';
import { gaugesToShow } from '../shared/gauges-shown.ts';
import './findings-print.ts';

/** Matrix rows drawn at once: a large sheet's matrix is paged, and the page stays light beside the list and the grid. */
const MATRIX_PAGE_SIZE = 8;
/** Above this many tasks the matrix is drawn when asked for: indexing them is seconds of the page's thread at 100,000 rows. */
const MATRIX_EAGER_TASKS = 1000;

export class MbCheckResults extends LitElement {
  static override styles = css`
    :host { display: block; }
    .heading { font-size: 1rem; font-weight: 700; margin: 1.25rem 0 0.5rem; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .summary { margin: 0.5rem 0; font-weight: 600; }
    .summary.valid { color: var(--mb-color-met, #1a7f37); }
    .summary.invalid { color: var(--mb-color-short, #b42318); }
    .misfit { border-left: 4px solid #b42318; background: #ffebe9; padding: 0.5rem 0.75rem; border-radius: 4px; margin: 0.5rem 0; }
    .misfit p { margin: 0.25rem 0; }
    .context { margin: 0 0 0.5rem; color: var(--mb-color-muted, #57606a); font-size: 0.875rem; }
    .context dt { font-weight: 600; margin-top: 0.25rem; }
    .context dd { margin: 0 0 0 1rem; }
    .gauges { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.75rem 1rem; list-style: none; padding: 0; margin: 0; }
    .gauges button { all: unset; display: block; width: 100%; cursor: pointer; border-radius: 4px; }
    .gauges button:focus-visible { outline: 2px solid var(--mb-color-focus, #0969da); outline-offset: 2px; }
    .note { color: var(--mb-color-muted, #57606a); font-size: 0.875rem; }
    details { font-size: 0.875rem; margin: 0.5rem 0; }
    .show-matrix { font: inherit; padding: 0.25rem 0.75rem; border-radius: 4px; border: 1px solid #8c959f; background: #f6f8fa; cursor: pointer; }
    .show-matrix:focus-visible { outline: 2px solid var(--mb-color-focus, #0969da); outline-offset: 2px; }
    mb-task-matrix { --mb-matrix-max-height: 24rem; }
    /* Paper gets the summary and every finding (mb-findings-print), not a list's or matrix's visible window. */
    @media print { mb-findings-list, mb-task-matrix, .gauges { display: none; } }
  `;

  @property({ attribute: false }) report: Report | null = null;
  @property({ attribute: false }) locale: Locale = 'zh-CN';
  /** Cells marked (shown in the summary); -1 where nothing is written (the web checker). */
  @property({ type: Number }) marked = -1;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** How many gauges core made, where the report holds only those to draw (the check worker's); -1: all are there. */
  @property({ type: Number, attribute: 'gauge-count' }) gaugeCount = -1;
  /** The report whose large matrix the user asked to see. */
  @state() private matrixFor: Report | null = null;

  private selectCell(sheet: string, cell: string): void {
    this.dispatchEvent(new CustomEvent('mb-cell-select', { detail: { sheet, cell }, bubbles: true, composed: true }));
  }

  private heading(text: string) {
    return html`<p class="heading" role="heading" aria-level=${this.headingLevel}>${text}</p>`;
  }

  override render() {
    const r = this.report;
    if (!r) return nothing;
    const t = STRINGS[this.locale];
    const counts = severityCounts({ error: r.stats.errors, warning: r.stats.warnings, info: r.stats.infos }, this.locale);
    const misfits = r.findings.filter((f) => f.code === 'plan-mismatch' && f.severity === 'error');
    return html`
      <p class="summary ${r.valid ? 'valid' : 'invalid'}" role="status">
        ${r.valid ? t.valid : t.invalid}${this.locale === 'en' ? ': ' : '：'}${counts}${this.marked >= 0 ? t.cellsMarked(this.marked) : ''}
      </p>
      ${
        misfits.length
          ? html`<div class="misfit" role="alert">
            <p><strong>${t.planDoesNotFit}</strong></p>
            ${misfits.map((f) => html`<p>${f.sheet}：${f.message}</p>`)}
          </div>`
          : nothing
      }
      ${this.renderContext(r)}
      <section>
        ${this.heading(t.findings)}
        <mb-findings-list .report=${r} lang=${this.locale} heading-level=${this.headingLevel + 1}></mb-findings-list>
        <mb-findings-print .findings=${r.findings} .locale=${this.locale}></mb-findings-print>
      </section>
      ${
        r.planNotes?.length
          ? html`<details>
            <summary>${t.planNotes(r.planNotes.length)}</summary>
            <ul>${r.planNotes.map((n) => html`<li>${n.message}</li>`)}</ul>
          </details>`
          : nothing
      }
      <section>${this.heading(t.gauges)}${this.renderGauges(r.gauges ?? [], this.gaugeCount >= 0 ? this.gaugeCount : (r.gauges?.length ?? 0))}</section>
      ${
        r.tasks?.length && r.tasks.length > MATRIX_EAGER_TASKS && this.matrixFor !== r
          ? html`<section>
            ${this.heading(t.matrix)}
            <button type="button" class="show-matrix" @click=${() => (this.matrixFor = r)}>${t.showMatrix(r.tasks.length)}</button>
          </section>`
          : r.tasks?.length
            ? html`<section>
            ${this.heading(t.matrix)}
            <mb-task-matrix
              .tasks=${r.tasks}
              .report=${r}
              lang=${this.locale}
              compact
              page-size=${MATRIX_PAGE_SIZE}
              @mb-task-select=${(e: CustomEvent<{ task: { sheet?: string; sheetRows?: readonly number[] } }>) => {
                const { sheet, sheetRows } = e.detail.task;
                if (sheet !== undefined && sheetRows?.length) this.selectCell(sheet, `A${sheetRows[0]}`);
              }}
            ></mb-task-matrix>
          </section>`
            : nothing
      }
    `;
  }

  /** What each sheet was checked against and as of when, from core's words. */
  private renderContext(r: Report) {
    const sheets = (r.sheets ?? []).map((s) => ({ sheet: s.sheet, lines: sheetContext(s, this.locale) })).filter((s) => s.lines.length);
    if (!sheets.length) return nothing;
    return html`<dl class="context">
      ${sheets.map(
        (s) => html`<dt>${STRINGS[this.locale].sheetGrid(s.sheet)}</dt>
          ${s.lines.map((l) => html`<dd>${l.label}${this.locale === 'en' ? ': ' : '：'}${l.text}</dd>`)}`,
      )}
    </dl>`;
  }

  private renderGauges(all: readonly Gauge[], total: number) {
    const t = STRINGS[this.locale];
    if (!all.length) return html`<p class="note">${t.noGauges}</p>`;
    const shown = gaugesToShow(all);
    return html`${total > shown.length ? html`<p class="note">${t.gaugesShown(shown.length, total)}</p>` : nothing}
      <ul class="gauges">
        ${shown.map(
          (g) => html`<li>
            <button type="button" @click=${() => this.selectCell(g.sheet, g.cell)}>
              <span class="sr">${this.locale === 'zh-CN' ? `定位到 ${g.sheet}!${g.cell}：` : `Go to ${g.sheet}!${g.cell}: `}</span>
              <mb-target-gauge lang=${this.locale} label=${`${g.label}（${g.cell}）`} .gauge=${g}></mb-target-gauge>
            </button>
          </li>`,
        )}
      </ul>`;
  }
}

customElements.get('mb-check-results') ?? customElements.define('mb-check-results', MbCheckResults);

declare global {
  interface HTMLElementTagNameMap {
    'mb-check-results': MbCheckResults;
  }
}
