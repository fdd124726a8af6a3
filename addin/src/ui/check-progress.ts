/**
 * <mb-check-progress>: how far a check is, by phase (reading, checking, marking) with its counts,
 * and a Cancel button. The words are a polite live region that changes with the phase, not with
 * every count, so a screen reader hears each phase once; the bar shows the counts.
 *
 * @event mb-check-cancel - Cancel was pressed.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from '@mubiao/core';
import type { CheckProgress } from '../shared/check-protocol.ts';
import { STRINGS } from './strings.ts';

export class MbCheckProgress extends LitElement {
  static override styles = css`
    :host { display: block; margin: 0.75rem 0; }
    .row { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; }
    p { margin: 0; }
    progress { flex: 1 1 12rem; min-width: 8rem; height: 0.75rem; }
    button { font: inherit; padding: 0.25rem 0.75rem; border-radius: 4px; border: 1px solid #8c959f; background: #f6f8fa; cursor: pointer; }
    button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
    @media print { :host { display: none; } }
  `;

  @property({ attribute: false }) progress: CheckProgress | null = null;
  @property({ reflect: true }) override lang: Locale = 'zh-CN';
  /** Whether Cancel is offered. */
  @property({ type: Boolean }) cancellable = true;

  /** The phase in words, with the count that does not change during it. */
  phaseText(p: CheckProgress): string {
    const t = STRINGS[this.lang];
    if (p.phase === 'reading') return t.progressReading((p.total / 1e6).toFixed(1));
    if (p.phase === 'checking') return t.progressChecking(p.total);
    return p.unit === 'items' ? t.progressShowing(p.total) : t.progressWriting(p.total);
  }

  override render() {
    const p = this.progress;
    if (!p) return nothing;
    const t = STRINGS[this.lang];
    // Reading and checking are one step each (no count moves during them): an indeterminate bar.
    const value = p.phase === 'marking' && p.total > 0 ? Math.min(p.done, p.total) : undefined;
    return html`<div class="row">
      <p role="status" aria-live="polite" data-phase=${p.phase}>${this.phaseText(p)}</p>
      ${
        value === undefined
          ? html`<progress aria-label=${t.progressLabel}></progress>`
          : html`<progress aria-label=${t.progressLabel} max=${p.total} value=${value}></progress>`
      }
      ${
        this.cancellable
          ? html`<button type="button" @click=${() => this.dispatchEvent(new CustomEvent('mb-check-cancel', { bubbles: true, composed: true }))}>${t.cancel}</button>`
          : nothing
      }
    </div>`;
  }
}

customElements.get('mb-check-progress') ?? customElements.define('mb-check-progress', MbCheckProgress);

declare global {
  interface HTMLElementTagNameMap {
    'mb-check-progress': MbCheckProgress;
  }
}
