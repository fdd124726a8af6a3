import { css } from 'lit';
import { formControlStyles, hostStyles } from '../shared/base.styles.ts';
import { token } from '../shared/tokens.ts';

export const findingsListStyles = [
  hostStyles,
  formControlStyles,
  css`
    .summary {
      margin: 0 0 ${token('space-2')};
      font-weight: 600;
    }
    .summary.valid {
      color: ${token('color-met')};
    }
    .summary.invalid {
      color: ${token('color-short')};
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')} ${token('space-4')};
      margin-block-end: ${token('space-3')};
    }
    .severity-filter {
      display: inline-flex;
      flex-wrap: wrap;
      gap: ${token('space-1')};
    }
    button,
    .chip {
      background: ${token('color-bg')};
      border: 1px solid ${token('color-border')};
      border-radius: 999px;
      padding: ${token('space-1')} ${token('space-3')};
      cursor: pointer;
    }
    .chip[aria-pressed='true'] {
      background: ${token('color-accent')};
      border-color: ${token('color-accent')};
      color: ${token('color-accent-text')};
      font-weight: 600;
    }
    .count {
      color: inherit;
      font-weight: 400;
      font-variant-numeric: tabular-nums;
    }
    .control {
      display: inline-flex;
      align-items: center;
      gap: ${token('space-2')};
    }
    input {
      inline-size: 12em;
    }
    .scroller {
      position: relative;
      max-block-size: var(--mb-findings-height, 36em);
      overflow: auto;
      overscroll-behavior: contain;
    }
    .body {
      position: relative;
    }
    .slot {
      display: contents;
    }
    /* One fixed height for every row: the window is computed from it (virtual-rows.ts). */
    .row {
      position: absolute;
      inset-block-start: 0;
      inset-inline: 0;
      block-size: var(--mb-findings-row-height, 5.75em);
      padding-block-end: ${token('space-2')};
    }
    .box {
      block-size: 100%;
      overflow: hidden;
    }
    .heading .box {
      display: flex;
      flex-direction: column;
      justify-content: flex-end;
      padding-block-end: ${token('space-1')};
      font-weight: 600;
    }
    [role='heading'].level-1 {
      font-weight: 700;
      border-block-end: 1px solid ${token('color-border')};
      margin-block-end: ${token('space-1')};
    }
    [role='heading'].error {
      color: ${token('color-short')};
    }
    [role='heading'].warning {
      color: ${token('color-at-risk')};
    }
    [role='heading'].info {
      color: ${token('color-none')};
    }
    .finding-button {
      border: 1px solid ${token('color-border')};
      border-inline-start-width: 4px;
      border-radius: ${token('radius')};
      padding: ${token('space-1')} ${token('space-3')};
      background: ${token('color-bg')};
      cursor: pointer;
    }
    .finding.error .finding-button {
      border-inline-start-color: ${token('color-short')};
    }
    .finding.warning .finding-button {
      border-inline-start-color: ${token('color-at-risk')};
      border-inline-start-style: dashed;
    }
    .finding.info .finding-button {
      border-inline-start-color: ${token('color-none')};
      border-inline-start-style: dotted;
    }
    .finding-button:hover,
    .chosen .finding-button {
      background: ${token('color-surface')};
    }
    .chosen .finding-button {
      border-color: ${token('color-accent')};
    }
    /* Each part of a finding is one line, cut with an ellipsis; screen readers get the whole text. */
    .line {
      display: flex;
      align-items: baseline;
      gap: ${token('space-2')};
      margin: 0;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .message,
    .source {
      display: block;
    }
    .severity-mark {
      font-weight: 700;
    }
    .error .severity-mark {
      color: ${token('color-short')};
    }
    .warning .severity-mark {
      color: ${token('color-at-risk')};
    }
    .info .severity-mark {
      color: ${token('color-none')};
    }
    .cell {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-weight: 700;
    }
    .code,
    .subject {
      font-weight: 600;
    }
    .expected,
    .actual {
      color: ${token('color-text-muted')};
    }
    .source {
      font-size: ${token('font-size-small')};
      color: ${token('color-text-muted')};
    }
    blockquote,
    figcaption {
      display: inline;
      margin: 0;
    }
    blockquote {
      padding-inline-start: ${token('space-2')};
      border-inline-start: 2px solid ${token('color-border')};
      color: ${token('color-text')};
    }
    figcaption::before {
      content: ' — ';
    }
    .empty {
      margin: 0;
      padding: ${token('space-3')};
      color: ${token('color-text-muted')};
    }
    /* A printed list is not a scroll box: every rendered row goes on paper. */
    @media print {
      .scroller {
        max-block-size: none;
        overflow: visible;
      }
    }
    @media (forced-colors: active) {
      .finding-button {
        border-color: CanvasText;
      }
      .chip[aria-pressed='true'] {
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
    }
  `,
];
