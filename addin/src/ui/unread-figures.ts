/**
 * The figures of a pasted plan read as no target or result (core's unreadFigures), as a native <details>: its summary
 * says how many, its list gives each sentence with the figure marked. The host renders what core returned, nothing else.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { figureInSentence, type UnreadFigure } from '@mubiao/core';
import type { PaneStrings } from './strings.ts';

/** Sentences shown at most; the rest are counted (另有 N 个). */
export const UNREAD_SHOWN = 20;

export function unreadFiguresDetails(figures: readonly UnreadFigure[], t: PaneStrings): TemplateResult | typeof nothing {
  if (figures.length === 0) return nothing;
  const shown = figures.slice(0, UNREAD_SHOWN);
  return html`<details class="unread">
    <summary>${t.unreadFigures(figures.length)}</summary>
    <ul>
      ${shown.map((f) => {
        const { before, figure, after } = figureInSentence(f, 80);
        return html`<li>${before}<mark>${figure}</mark>${after}</li>`;
      })}
    </ul>
    ${figures.length > shown.length ? html`<p class="hint">${t.unreadMore(figures.length - shown.length)}</p>` : nothing}
  </details>`;
}
