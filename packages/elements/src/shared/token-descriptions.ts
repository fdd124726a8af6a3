/**
 * What each design token is for, for docs pages and Storybook (the elements do not import it,
 * so it stays out of the bundles). Typed against the default theme: a token without a
 * description fails the typecheck.
 */
import type { TokenName } from './tokens.ts';

export const tokenDescriptions: Record<TokenName, string> = {
  'font-family': 'Font stack (system fonts only: nothing is fetched).',
  'font-size': 'Base text size.',
  'font-size-small': 'Secondary text (captions, counts).',
  'line-height': 'Base line height (large-text theme ≥ 1.3).',
  'color-text': 'Body text.',
  'color-text-muted': 'Secondary text; still meets the theme contrast goal on the background.',
  'color-bg': 'Element background.',
  'color-surface': 'Raised or zebra surfaces (headers, totals).',
  'color-border': 'Rules and outlines.',
  'color-accent': 'Links, selected controls, the gauge bar.',
  'color-accent-text': 'Text drawn on the accent colour.',
  'color-highlight': 'Secondary accent (gold in the gov-red theme): selected column, pace marker.',
  'color-met': 'Status: target met (always paired with text and shape).',
  'color-short': 'Status: shortfall / error.',
  'color-at-risk': 'Status: at risk / warning.',
  'color-none': 'Status: no target yet (placeholder) / info.',
  'color-focus': 'Focus ring colour.',
  'focus-ring-width': 'Focus ring thickness.',
  radius: 'Corner radius of controls.',
  'space-1': 'Smallest spacing step.',
  'space-2': 'Small spacing step.',
  'space-3': 'Medium spacing step.',
  'space-4': 'Large spacing step.',
};
