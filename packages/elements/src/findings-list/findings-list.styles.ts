import { css } from 'lit';
import { hostStyles } from '../shared/base.styles.ts';
import { token } from '../shared/tokens.ts';

export const findingsListStyles = [
  hostStyles,
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
    select {
      font: inherit;
      color: inherit;
    }
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
    .code-filter {
      display: inline-flex;
      align-items: center;
      gap: ${token('space-2')};
    }
    select {
      background: ${token('color-bg')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      padding: ${token('space-1')} ${token('space-2')};
      max-width: 100%;
    }
    .count {
      color: inherit;
      font-weight: 400;
      font-variant-numeric: tabular-nums;
    }
    .sheet + .sheet {
      margin-block-start: ${token('space-4')};
    }
    .sheet-heading {
      font-weight: 700;
      border-block-end: 1px solid ${token('color-border')};
      padding-block-end: ${token('space-1')};
    }
    .severity-heading {
      font-weight: 600;
      margin-block: ${token('space-3')} ${token('space-1')};
    }
    .severity-heading.error {
      color: ${token('color-short')};
    }
    .severity-heading.warning {
      color: ${token('color-at-risk')};
    }
    .severity-heading.info {
      color: ${token('color-none')};
    }
    .findings {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${token('space-2')};
    }
    .finding {
      border: 1px solid ${token('color-border')};
      border-inline-start-width: 4px;
      border-radius: ${token('radius')};
      padding: ${token('space-2')} ${token('space-3')};
      background: ${token('color-bg')};
      cursor: pointer;
    }
    .finding.error {
      border-inline-start-color: ${token('color-short')};
    }
    .finding.warning {
      border-inline-start-color: ${token('color-at-risk')};
      border-inline-start-style: dashed;
    }
    .finding.info {
      border-inline-start-color: ${token('color-none')};
      border-inline-start-style: dotted;
    }
    .finding:hover {
      background: ${token('color-surface')};
    }
    .finding-button {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: ${token('space-1')} ${token('space-2')};
      width: 100%;
      text-align: start;
      background: none;
      border: none;
      padding: 0;
      cursor: pointer;
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
    .values {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0 ${token('space-3')};
      color: ${token('color-text-muted')};
    }
    .expected,
    .actual {
      white-space: nowrap;
    }
    .message {
      margin: ${token('space-1')} 0 0;
    }
    .source {
      margin: ${token('space-2')} 0 0;
      font-size: ${token('font-size-small')};
      color: ${token('color-text-muted')};
    }
    blockquote {
      margin: 0;
      padding-inline-start: ${token('space-2')};
      border-inline-start: 2px solid ${token('color-border')};
      color: ${token('color-text')};
    }
    figcaption::before {
      content: '— ';
    }
    .empty {
      margin: 0;
      padding: ${token('space-3')};
      color: ${token('color-text-muted')};
    }
    @media (forced-colors: active) {
      .finding {
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
