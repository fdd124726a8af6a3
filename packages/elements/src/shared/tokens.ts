/**
 * Design tokens: the CSS custom properties every Mubiao element reads, with the default theme's
 * values. Custom properties inherit through shadow roots, so a theme set on `<html>` (or any
 * ancestor) restyles every element inside it. The elements' own `var(--mb-…, fallback)`
 * fallbacks are the default theme (via {@link token}), so the default theme needs no stylesheet;
 * the other themes are CSS files (`themes/<name>.css`, generated from shared/themes.ts), linked by
 * a portal, and never part of the single file. What each token is for: token-descriptions.ts
 * (docs only, kept out of the bundles).
 */
import { unsafeCSS, type CSSResult } from 'lit';

export const themeNames = ['default', 'gov-red', 'dark', 'large-text'] as const;
export type ThemeName = (typeof themeNames)[number];

/** System font stacks: Chinese system fonts first on each platform, no web fonts. */
const systemFonts = 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

export const defaultTheme = {
  'font-family': systemFonts,
  'font-size': '14px',
  'font-size-small': '12px',
  'line-height': '1.5',
  'color-text': '#1f2328',
  'color-text-muted': '#57606a',
  'color-bg': '#ffffff',
  'color-surface': '#f6f8fa',
  'color-border': '#8c959f',
  'color-accent': '#0b5cad',
  'color-accent-text': '#ffffff',
  'color-highlight': '#fff4d6',
  'color-met': '#1a7f37',
  'color-short': '#b42318',
  'color-at-risk': '#8a5300',
  'color-none': '#57606a',
  'color-focus': '#0b5cad',
  'focus-ring-width': '2px',
  radius: '4px',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
};

/** The names of every token an element may read (descriptions: token-descriptions.ts). */
export type TokenName = keyof typeof defaultTheme;
export const tokenNames = Object.keys(defaultTheme) as TokenName[];

/**
 * `var(--mb-<name>, <default value>)` for use inside css`` templates: the fallback keeps an
 * element fully styled on a page that loads no theme at all.
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--mb-${name}, ${defaultTheme[name]})`);
}

/** The selector a theme applies under: a data attribute or a class on any ancestor. */
export function themeSelector(name: ThemeName): string {
  return `[data-mb-theme="${name}"], .mb-theme-${name}`;
}

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (themeNames as readonly string[]).includes(value);
}

/**
 * Picks a theme for a page or for one subtree: `applyTheme('gov-red')` themes the document,
 * `applyTheme('dark', someSection)` only that section. The theme's rules come from its CSS file
 * (`<link rel="stylesheet" href="…/themes/dark.css">`) or from `installThemes()` (shared/themes.ts);
 * the default theme needs neither. Throws on an unknown name so a typo in a portal's script is
 * reported instead of silently ignored.
 */
export function applyTheme(name: ThemeName, target: Document | HTMLElement = document): void {
  if (!isThemeName(name)) {
    throw new Error(`Unknown Mubiao theme "${String(name)}"; use one of: ${themeNames.join(', ')}`);
  }
  const element = target instanceof Document ? target.documentElement : target;
  element.dataset['mbTheme'] = name;
}
