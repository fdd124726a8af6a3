/**
 * Design tokens: the CSS custom properties every Mubiao element reads, and the four themes that
 * set them. Custom properties inherit through shadow roots, so a theme set on `<html>` (or any
 * ancestor) restyles every element inside it. This file is the single source of the values:
 * `src/themes/*.css` is generated from it (`pnpm --filter @mubiao/elements themes`) and the
 * elements' own `var(--mb-…, fallback)` fallbacks come from the default theme via {@link token}.
 * What each token is for: token-descriptions.ts (docs only, kept out of the bundles).
 */
import { unsafeCSS, type CSSResult } from 'lit';

export const themeNames = ['default', 'gov-red', 'dark', 'large-text'] as const;
export type ThemeName = (typeof themeNames)[number];

/** System font stacks: Chinese system fonts first on each platform, no web fonts. */
const systemFonts =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

const defaultTheme = {
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

/** The other themes list what differs from the default one. */
export const themes: Record<ThemeName, Record<TokenName, string>> = {
  default: defaultTheme,
  // 政府红: the red of government portals (#C8161D) with gold accents on a warm paper white.
  'gov-red': {
    ...defaultTheme,
    'color-text': '#2b1d14',
    'color-text-muted': '#5e4a3a',
    'color-bg': '#fffdf8',
    'color-surface': '#fbf1e1',
    'color-border': '#b08d57',
    'color-accent': '#c8161d',
    'color-accent-text': '#ffffff',
    'color-highlight': '#fbe6a8',
    'color-met': '#1d6b34',
    'color-short': '#a8121a',
    'color-at-risk': '#7f4d00',
    'color-none': '#5e4a3a',
    'color-focus': '#c8161d',
    radius: '2px',
  },
  dark: {
    ...defaultTheme,
    'color-text': '#e6edf3',
    'color-text-muted': '#a8b3bf',
    'color-bg': '#161b22',
    'color-surface': '#212833',
    'color-border': '#6e7681',
    'color-accent': '#6cb6ff',
    'color-accent-text': '#0d1117',
    'color-highlight': '#3a3220',
    'color-met': '#56d364',
    'color-short': '#ff8a80',
    'color-at-risk': '#e3b341',
    'color-none': '#a8b3bf',
    'color-focus': '#6cb6ff',
  },
  // 适老化: text ≥ 18px, line height ≥ 1.3, every text/background pair ≥ 7:1 (WCAG AAA).
  'large-text': {
    ...defaultTheme,
    'font-size': '20px',
    'font-size-small': '18px',
    'line-height': '1.6',
    'color-text': '#000000',
    'color-text-muted': '#333333',
    'color-bg': '#ffffff',
    'color-surface': '#f2f2f2',
    'color-border': '#000000',
    'color-accent': '#003c7e',
    'color-accent-text': '#ffffff',
    'color-highlight': '#fff0b3',
    'color-met': '#0b4f1f',
    'color-short': '#8e0000',
    'color-at-risk': '#5a3800',
    'color-none': '#333333',
    'color-focus': '#000000',
    'focus-ring-width': '3px',
    'space-1': '0.375rem',
    'space-2': '0.625rem',
    'space-3': '1rem',
    'space-4': '1.25rem',
  },
};

/**
 * `var(--mb-<name>, <default value>)` for use inside css`` templates: the fallback keeps an
 * element fully styled on a page that loads no theme at all.
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--mb-${name}, ${themes.default[name]})`);
}

function declarations(values: Record<TokenName, string>, indent: string): string {
  return tokenNames.map((name) => `${indent}--mb-${name}: ${values[name]};`).join('\n');
}

/** The selector a theme applies under: a data attribute or a class on any ancestor. */
export function themeSelector(name: ThemeName): string {
  return `[data-mb-theme="${name}"], .mb-theme-${name}`;
}

/**
 * One theme as CSS text. `root: true` also puts the values on `:root` (what the standalone
 * `themes/<name>.css` files do, so linking one stylesheet themes the whole page).
 */
export function themeCss(name: ThemeName, options: { root?: boolean } = {}): string {
  const selector = options.root ? `:root, ${themeSelector(name)}` : themeSelector(name);
  const colorScheme = name === 'dark' ? 'dark' : 'light';
  return `${selector} {\n  color-scheme: ${colorScheme};\n${declarations(themes[name], '  ')}\n}\n`;
}

/** Every theme under its selector (no `:root` rule, so a portal's own `:root` values survive). */
export function allThemesCss(): string {
  return themeNames.map((name) => themeCss(name)).join('\n');
}

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (themeNames as readonly string[]).includes(value);
}

let themeSheet: CSSStyleSheet | undefined;

/** The constructable stylesheet holding every theme, shared by all documents and roots. */
export function themeStyleSheet(): CSSStyleSheet {
  if (!themeSheet) {
    themeSheet = new CSSStyleSheet();
    themeSheet.replaceSync(allThemesCss());
  }
  return themeSheet;
}

/**
 * Adopts the theme stylesheet into a document or shadow root once. Constructable stylesheets are
 * CSSOM, so this works under `Content-Security-Policy: default-src 'self'` with no request.
 */
export function installThemes(root: Document | ShadowRoot = document): void {
  const sheet = themeStyleSheet();
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * Picks a theme for a page or for one subtree: `applyTheme('gov-red')` themes the document,
 * `applyTheme('dark', someSection)` only that section. Throws on an unknown name so a typo in a
 * portal's script is reported instead of silently ignored.
 */
export function applyTheme(name: ThemeName, target: Document | HTMLElement = document): void {
  if (!isThemeName(name)) {
    throw new Error(`Unknown Mubiao theme "${String(name)}"; use one of: ${themeNames.join(', ')}`);
  }
  const element = target instanceof Document ? target.documentElement : target;
  installThemes(element.ownerDocument);
  element.dataset['mbTheme'] = name;
}
