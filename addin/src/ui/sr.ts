import { css } from 'lit';

/** `.sr`: text for screen readers only (a figure named before its sentence, a label kept off screen). */
export const srStyles = css`
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; margin: 0; }
`;
