import { css } from 'lit';
import { token } from '../shared/tokens.ts';

export const rankingTableStyles = css`
  :host {
    display: block;
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
    background: ${token('color-bg')};
  }
  :host([hidden]) {
    display: none;
  }
  .caption {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: ${token('space-2')};
    padding-block: ${token('space-1')};
    font-weight: 600;
  }
  .count {
    font-weight: normal;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }
  .scroller {
    position: relative;
    max-block-size: var(--mb-ranking-height, 28em);
    overflow: auto;
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    overscroll-behavior: contain;
    /* Native focus scrolling (a click on a half-hidden row) keeps rows clear of the sticky header. */
    scroll-padding-block-start: calc(var(--mb-ranking-row-height, 2.5em) + 1px);
  }
  .grid {
    min-inline-size: min-content;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    box-sizing: border-box;
    block-size: var(--mb-ranking-row-height, 2.5em);
    border-block-end: 1px solid ${token('color-surface')};
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: ${token('color-surface')};
    border-block-end: 1px solid ${token('color-border')};
  }
  .head-row {
    border-block-end: none;
  }
  .body {
    position: relative;
  }
  .slot {
    display: contents;
  }
  .body .row {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    background: ${token('color-bg')};
  }
  .cell {
    box-sizing: border-box;
    min-inline-size: 0;
    block-size: 100%;
    display: flex;
    align-items: center;
    gap: ${token('space-1')};
    padding-inline: ${token('space-2')};
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .cell.numeric {
    justify-content: flex-end;
    font-variant-numeric: tabular-nums;
  }
  .header {
    font-weight: 600;
    padding-inline: 0;
  }
  .header:not(:has(button)) {
    padding-inline: ${token('space-2')};
  }
  .sort {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: inherit;
    gap: ${token('space-1')};
    inline-size: 100%;
    block-size: 100%;
    padding-inline: ${token('space-2')};
    cursor: pointer;
    font: inherit;
    color: inherit;
  }
  .sort:hover {
    background: ${token('color-highlight')};
  }
  .arrow {
    color: ${token('color-text-muted')};
    font-size: 0.8em;
  }
  [aria-sort='ascending'] .arrow,
  [aria-sort='descending'] .arrow {
    color: ${token('color-text')};
  }
  .cell:focus,
  .sort:focus,
  .header:focus {
    outline: none;
  }
  .cell:focus-visible,
  .sort:focus-visible,
  .header:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: calc(-1 * ${token('focus-ring-width')} - 1px);
  }
  .body .row:hover {
    background: ${token('color-surface')};
  }
  .row.selected {
    background: ${token('color-highlight')};
    box-shadow: inset 4px 0 0 ${token('color-accent')};
  }
  .rank {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .flag {
    display: inline-flex;
    align-items: center;
    gap: 0.15em;
    padding-inline: 0.3em;
    border: 1px solid currentColor;
    border-radius: ${token('radius')};
    font-size: ${token('font-size-small')};
  }
  .flag-top {
    color: var(--mb-color-flag-top, ${token('color-short')});
  }
  .flag-bottom {
    color: var(--mb-color-flag-bottom, ${token('color-met')});
    border-style: dashed;
  }
  .tier {
    display: inline-block;
    min-inline-size: 1.6em;
    text-align: center;
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    font-weight: 600;
  }
  .change-up {
    color: ${token('color-met')};
  }
  .change-down {
    color: ${token('color-short')};
  }
  .change-new {
    color: ${token('color-accent')};
    font-weight: 600;
  }
  .empty .cell {
    grid-column: 1 / -1;
    justify-content: center;
    color: ${token('color-text-muted')};
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Keyboard paging sets scrollTop directly; a page's smooth scrolling must not animate it. */
  .scroller {
    scroll-behavior: auto;
  }
  @media (forced-colors: active) {
    .row.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .flag,
    .tier {
      border-color: CanvasText;
    }
    .cell:focus-visible,
    .sort:focus-visible,
    .header:focus-visible {
      outline-color: Highlight;
    }
  }
`;
