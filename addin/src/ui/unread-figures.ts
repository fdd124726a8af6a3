/**
 * The figures of a pasted plan read as no target or result (core's unreadFigures), as a native <details>: its summary
 * says how many, its list gives each sentence with the figure marked. The host renders what core returned, nothing else.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { figureInSentence, type UnreadFigure } from '@mubiao/core';
import type { PaneStrings } from './strings.ts';

/** The list's look, shared by both hosts (with srStyles for the figure named to screen readers). */
export const unreadFiguresStyles = css`
  details.unread { font-size: 0.875rem; margin: 0.25rem 0 0.5rem; }
  details.unread summary { cursor: pointer; }
  details.unread summary:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
  details.unread mark { background: #fff8c5; color: inherit; font-weight: 600; }
`;

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
        // <mark> is seldom announced and a sentence may hold several figures: each item first names its figure.
        return html`<li><span class="sr">${t.unreadFigureNamed(figure)}</span>${before}<mark>${figure}</mark>${after}</li>`;
      })}
    </ul>
    ${figures.length > shown.length ? html`<p class="hint">${t.unreadMore(figures.length - shown.length)}</p>` : nothing}
  </details>`;
}
