import { css } from 'lit';
import { formControlStyles, hostStyles } from '../shared/base.styles.ts';
import { token } from '../shared/tokens.ts';

export const taskMatrixStyles = [
  hostStyles,
  formControlStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')} ${token('space-4')};
      margin-block-end: ${token('space-2')};
    }
    .filter {
      display: inline-flex;
      align-items: center;
      gap: ${token('space-2')};
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-1')} ${token('space-3')};
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: ${token('font-size-small')};
      color: ${token('color-text-muted')};
    }
    .scroller {
      /* Positioned, so the absolutely placed screen-reader texts inside are clipped with the
         table instead of widening the page. */
      position: relative;
      overflow: auto;
      max-height: var(--mb-matrix-max-height, none);
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
    }
    table {
      border-collapse: separate;
      border-spacing: 0;
      min-width: 100%;
    }
    .title {
      font-weight: 600;
      margin-block-end: ${token('space-2')};
    }
    th,
    td {
      padding: ${token('space-1')} ${token('space-2')};
      border-block-end: 1px solid ${token('color-border')};
      border-inline-end: 1px solid ${token('color-border')};
      vertical-align: middle;
      background: ${token('color-bg')};
    }
    thead th {
      position: sticky;
      top: 0;
      z-index: 2;
      background: ${token('color-surface')};
      font-weight: 600;
      font-size: ${token('font-size-small')};
      text-align: center;
      vertical-align: bottom;
      min-width: 3.5em;
      max-width: var(--mb-matrix-column-width, 7em);
      overflow-wrap: anywhere;
    }
    th[scope='row'],
    thead th:first-child {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      text-align: start;
      font-weight: 400;
      min-width: 12em;
      max-width: var(--mb-matrix-task-width, 22em);
      background: ${token('color-surface')};
    }
    thead th:first-child {
      z-index: 3;
      font-weight: 600;
    }
    .number {
      font-variant-numeric: tabular-nums;
      margin-inline-end: ${token('space-1')};
      color: ${token('color-text-muted')};
    }
    td {
      text-align: center;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    td.role-lead,
    td.role-partner {
      font-weight: 600;
    }
    .mark {
      display: inline-block;
      min-width: 1em;
    }
    td.role-lead .mark {
      color: ${token('color-accent')};
    }
    td.role-partner .mark {
      color: ${token('color-text')};
    }
    .role-text {
      margin-inline-start: 0.15em;
      font-size: ${token('font-size-small')};
    }
    :host([compact]) .role-text {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .selected-column {
      background: ${token('color-highlight')};
    }
    tfoot th,
    tfoot td {
      background: ${token('color-surface')};
      font-size: ${token('font-size-small')};
      border-block-end: none;
    }
    tfoot th[scope='row'] {
      font-weight: 600;
    }
    .totals {
      display: inline-flex;
      flex-direction: column;
      line-height: 1.3;
    }
    .status {
      white-space: nowrap;
      font-size: ${token('font-size-small')};
      text-align: start;
    }
    .status.error {
      color: ${token('color-short')};
    }
    .status.warning {
      color: ${token('color-at-risk')};
    }
    .status.info {
      color: ${token('color-none')};
    }
    .status.ok {
      color: ${token('color-met')};
    }
    tr.sev-error th[scope='row'] {
      box-shadow: inset 4px 0 0 ${token('color-short')};
    }
    tr.sev-warning th[scope='row'] {
      box-shadow: inset 4px 0 0 ${token('color-at-risk')};
    }
    tr.sev-info th[scope='row'] {
      box-shadow: inset 4px 0 0 ${token('color-none')};
    }
    tbody th,
    tbody td {
      cursor: pointer;
    }
    th:focus,
    td:focus {
      outline: ${token('focus-ring-width')} solid ${token('color-focus')};
      outline-offset: -${token('focus-ring-width')};
    }
    tbody tr:hover th,
    tbody tr:hover td {
      background-image: linear-gradient(rgb(127 127 127 / 0.08), rgb(127 127 127 / 0.08));
    }
    .empty {
      padding: ${token('space-3')};
      color: ${token('color-text-muted')};
    }
    .summary {
      margin: 0 0 ${token('space-2')};
    }
    .summary .sev-error {
      color: ${token('color-short')};
    }
    .summary .sev-warning {
      color: ${token('color-at-risk')};
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')};
      margin-block-start: ${token('space-2')};
    }
    .pager button {
      font: inherit;
      color: inherit;
      background: ${token('color-bg')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      padding: ${token('space-1')} ${token('space-3')};
      cursor: pointer;
    }
    .pager button:disabled {
      cursor: default;
      color: ${token('color-text-muted')};
    }
    .page-status {
      font-variant-numeric: tabular-nums;
    }
    /* Narrow containers (phones, side panels): give the department columns more of the width. */
    @container (max-width: 36rem) {
      th[scope='row'],
      thead th:first-child {
        min-width: 7em;
        max-width: 10em;
      }
      .status {
        white-space: normal;
      }
    }
    @media (forced-colors: active) {
      th,
      td,
      .scroller {
        border-color: CanvasText;
      }
      .selected-column {
        background: Highlight;
        color: HighlightText;
      }
      th:focus,
      td:focus {
        outline-color: Highlight;
      }
      tr.sev-error th[scope='row'],
      tr.sev-warning th[scope='row'],
      tr.sev-info th[scope='row'] {
        box-shadow: none;
        border-inline-start: 4px solid CanvasText;
      }
    }
  `,
];
