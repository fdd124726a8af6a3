/**
 * The four themes' values, and CSS text built from them: the source of `src/themes/*.css`
 * (`pnpm --filter @mubiao/elements themes`, a test keeps them current) and of `installThemes()`,
 * which adopts every theme as one constructable stylesheet (Storybook; a bundler app that
 * prefers that to linking the CSS files). Not imported by the single file: a portal links the
 * theme it wants as CSS.
 */
import { defaultTheme, themeNames, themeSelector, tokenNames, type ThemeName, type TokenName } from './tokens.ts';

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

function declarations(values: Record<TokenName, string>, indent: string): string {
  return tokenNames.map((name) => `${indent}--mb-${name}: ${values[name]};`).join('\n');
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
