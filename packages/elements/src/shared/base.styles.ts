/**
 * Styles every element of elements-B shares: host typography from the tokens, the visually
 * hidden utility, the focus ring and the reduced-motion rule.
 */
import { css } from 'lit';
import { token } from './tokens.ts';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
    background: ${token('color-bg')};
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: 1px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** A toolbar's filter controls (<select>, search <input>) as the list and the matrix draw them. */
export const formControlStyles = css`
  select,
  input {
    font: inherit;
    color: inherit;
    background: ${token('color-bg')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    padding: ${token('space-1')} ${token('space-2')};
    max-width: 100%;
  }
`;
