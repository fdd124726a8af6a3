import { css } from 'lit';

/*
 * Token fallbacks are written out (the default theme's values) instead of using token() from
 * shared/tokens.ts: importing tokens.ts brings the theme tables into the gauge's entry point,
 * which has a 10 kB budget. target-gauge.test.ts checks each fallback against the default theme.
 */

export const targetGaugeStyles = css`
  :host {
    display: block;
    font-family: var(--mb-font-family, system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif);
    font-size: var(--mb-font-size, 14px);
    line-height: var(--mb-line-height, 1.5);
    color: var(--mb-color-text, #1f2328);
    --_met: var(--mb-color-met, #1a7f37);
    --_at-risk: var(--mb-color-at-risk, #8a5300);
    --_short: var(--mb-color-short, #b42318);
    --_none: var(--mb-color-none, #57606a);
  }
  :host([hidden]) {
    display: none;
  }
  .gauge {
    display: grid;
    gap: var(--mb-space-1, 0.25rem);
  }
  .head,
  .figures,
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--mb-space-1, 0.25rem) var(--mb-space-3, 0.75rem);
  }
  .head {
    justify-content: space-between;
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .status {
    display: inline-flex;
    align-items: baseline;
    gap: var(--mb-space-1, 0.25rem);
    font-weight: 600;
    white-space: nowrap;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 1.5px solid currentColor;
    font-size: 0.85em;
    line-height: 1;
  }
  /* Shape differs per status as well as colour: circle ✓, triangle-ish !, square ✕, dash –. */
  .status-met .icon {
    border-radius: 50%;
  }
  .status-at-risk .icon {
    border-radius: 0.2em 0.2em 50% 50%;
  }
  .status-short .icon,
  .status-no-value .icon {
    border-radius: 0;
  }
  .status-no-target .icon {
    border-style: dashed;
    border-radius: 50%;
  }
  .status-met .status {
    color: var(--_met);
  }
  .status-at-risk .status {
    color: var(--_at-risk);
  }
  .status-short .status {
    color: var(--_short);
  }
  .status-no-target .status,
  .status-no-value .status {
    color: var(--_none);
  }
  .value {
    font-size: 1.4em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .target-text,
  .delta,
  .legend {
    color: var(--mb-color-text-muted, #57606a);
  }
  .legend {
    font-size: var(--mb-font-size-small, 12px);
  }
  .swatch {
    margin-inline-end: 0.25em;
  }
  svg {
    display: block;
    overflow: visible;
  }
  svg.bullet {
    inline-size: 100%;
    block-size: var(--mb-gauge-height, 1.75em);
  }
  svg.arc {
    inline-size: var(--mb-gauge-arc-width, 12em);
    max-inline-size: 100%;
    block-size: auto;
    justify-self: center;
  }
  .track {
    fill: var(--mb-color-surface, #f6f8fa);
    stroke: var(--mb-color-border, #8c959f);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .band-short {
    fill: var(--mb-gauge-band-short, color-mix(in srgb, var(--mb-color-text, #1f2328) 24%, var(--mb-color-bg, #ffffff)));
  }
  .band-at-risk {
    fill: var(--mb-gauge-band-at-risk, color-mix(in srgb, var(--mb-color-text, #1f2328) 14%, var(--mb-color-bg, #ffffff)));
  }
  .band-met {
    fill: var(--mb-gauge-band-met, color-mix(in srgb, var(--mb-color-text, #1f2328) 6%, var(--mb-color-bg, #ffffff)));
  }
  .bar {
    fill: var(--_none);
    transform-box: fill-box;
    transform-origin: left center;
    animation: mb-gauge-grow 400ms ease-out;
  }
  svg.arc .bar {
    animation-name: mb-gauge-fade;
  }
  .status-met .bar {
    fill: var(--_met);
  }
  .status-at-risk .bar {
    fill: var(--_at-risk);
  }
  .status-short .bar {
    fill: var(--_short);
  }
  .target,
  .reference,
  .pace,
  .zero {
    stroke: var(--mb-color-text, #1f2328);
    vector-effect: non-scaling-stroke;
    fill: none;
  }
  .target {
    stroke-width: 3;
  }
  .reference {
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .pace {
    stroke: var(--mb-color-accent, #0b5cad);
    stroke-width: 2;
    stroke-dasharray: 1 2;
  }
  .zero {
    stroke-width: 1;
    stroke: var(--mb-color-border, #8c959f);
  }
  @keyframes mb-gauge-grow {
    from {
      transform: scaleX(0);
    }
  }
  @keyframes mb-gauge-fade {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bar {
      animation: none;
    }
  }
  /* Windows high contrast: SVG fills are not forced, so map every mark to system colours. */
  @media (forced-colors: active) {
    /* System palettes have too few colours for three greys: bands become outlined areas. */
    .track,
    .band,
    .band-short,
    .band-at-risk,
    .band-met {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar,
    .status-met .bar,
    .status-at-risk .bar,
    .status-short .bar {
      fill: Highlight;
    }
    .target,
    .reference,
    .zero {
      stroke: CanvasText;
    }
    .pace {
      stroke: LinkText;
    }
    .status,
    .status-met .status,
    .status-at-risk .status,
    .status-short .status {
      color: CanvasText;
    }
  }
`;
