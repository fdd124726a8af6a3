/**
 * <mb-findings-print>: the findings as a plain table for paper. On screen it draws nothing (the
 * findings list shows the findings, a window of them at a time); between the window's
 * `beforeprint` and `afterprint` it draws up to PRINT_LIMIT of them in full, so a printout holds
 * the findings rather than the list's visible window.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Finding, Locale } from '@mubiao/core';
import { findingsTable } from '../shared/findings-table.ts';
import { STRINGS } from './strings.ts';

/** Findings printed at most: some 100 pages; the export holds them all. */
export const PRINT_LIMIT = 5000;

export class MbFindingsPrint extends LitElement {
  static override styles = css`
    :host { display: none; }
    @media print { :host { display: block; } }
    table { border-collapse: collapse; width: 100%; font-size: 9pt; }
    th, td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
  `;

  @property({ attribute: false }) findings: readonly Finding[] = [];
  @property() locale: Locale = 'zh-CN';
  @state() printing = false;

  private readonly onBefore = () => {
    this.printing = true;
    // Drawn now: the print layout is made right after this event.
    this.performUpdate();
  };
  private readonly onAfter = () => (this.printing = false);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
    super.disconnectedCallback();
  }

  override render() {
    if (!this.printing || !this.findings.length) return nothing;
    const shown = this.findings.slice(0, PRINT_LIMIT);
    const { header, rows } = findingsTable(shown, this.locale);
    return html`${shown.length < this.findings.length ? html`<p>${STRINGS[this.locale].printShown(shown.length, this.findings.length)}</p>` : nothing}
      <table>
        <thead><tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
      </table>`;
  }
}

customElements.get('mb-findings-print') ?? customElements.define('mb-findings-print', MbFindingsPrint);

declare global {
  interface HTMLElementTagNameMap {
    'mb-findings-print': MbFindingsPrint;
  }
}
