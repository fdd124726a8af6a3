import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import '../define/findings-list.ts';
import { applyTheme, themeNames, tokenNames, type ThemeName, type TokenName } from './tokens.ts';
import { installThemes, themeCss, themes, themeStyleSheet } from './themes.ts';
import { matchLocale, resolveLocale } from './locale.ts';
import '../locales/en.ts'; // English registers on import, as a portal's second script or import does

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colours the elements draw on each background. */
const textPairs: [TokenName, TokenName][] = [
  ['color-text', 'color-bg'],
  ['color-text', 'color-surface'],
  ['color-text', 'color-highlight'],
  ['color-text-muted', 'color-bg'],
  ['color-text-muted', 'color-surface'],
  ['color-accent', 'color-bg'],
  ['color-accent', 'color-surface'],
  ['color-accent-text', 'color-accent'],
  ['color-met', 'color-bg'],
  ['color-short', 'color-bg'],
  ['color-short', 'color-surface'],
  ['color-at-risk', 'color-bg'],
  ['color-at-risk', 'color-surface'],
  ['color-none', 'color-bg'],
];

/** Non-text UI (WCAG 1.4.11): borders and the focus ring against the background. */
const uiPairs: [TokenName, TokenName][] = [
  ['color-border', 'color-bg'],
  ['color-focus', 'color-bg'],
];

const goal = (theme: ThemeName) => (theme === 'large-text' ? 7 : 4.5);

beforeEach(() => document.documentElement.removeAttribute('lang'));
afterEach(() => {
  document.body.replaceChildren();
  delete document.documentElement.dataset['mbTheme'];
  document.adoptedStyleSheets = [];
});

describe('tokens and themes', () => {
  test('the contrast helper agrees with known WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  test.each(themeNames)('theme %s: every token is set', (theme) => {
    for (const name of tokenNames) expect(themes[theme][name], name).toMatch(/\S/);
  });

  test.each(themeNames)('theme %s: text pairs meet the contrast goal (4.5:1, large-text 7:1)', (theme) => {
    const values = themes[theme];
    const failures = textPairs
      .map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(values[fg], values[bg]) }))
      .filter(({ ratio }) => ratio < goal(theme));
    expect(failures).toEqual([]);
  });

  test.each(themeNames)('theme %s: borders and focus ring reach 3:1', (theme) => {
    const values = themes[theme];
    for (const [fg, bg] of uiPairs) expect(contrast(values[fg], values[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  test('large-text theme: text ≥ 18px and line height ≥ 1.3', () => {
    const values = themes['large-text'];
    expect(parseFloat(values['font-size'])).toBeGreaterThanOrEqual(18);
    expect(parseFloat(values['font-size-small'])).toBeGreaterThanOrEqual(18);
    expect(parseFloat(values['line-height'])).toBeGreaterThanOrEqual(1.3);
  });

  test('gov-red uses the government red', () => {
    expect(themes['gov-red']['color-accent'].toLowerCase()).toBe('#c8161d');
  });

  test('theme CSS: selector by data attribute or class, :root only on request', () => {
    expect(themeCss('dark')).toMatch(/^\[data-mb-theme="dark"\], \.mb-theme-dark \{/);
    expect(themeCss('dark')).toContain('--mb-color-bg: #161b22;');
    expect(themeCss('dark')).not.toContain(':root');
    expect(themeCss('default', { root: true })).toMatch(/^:root, /);
  });

  test('with installThemes, applyTheme picks a theme from one adopted stylesheet (no request) and restyles elements inside', async () => {
    const el = document.createElement('mb-findings-list');
    document.body.append(el);
    await el.updateComplete;
    const before = getComputedStyle(el).color;
    installThemes();
    installThemes();
    applyTheme('dark');
    applyTheme('dark');
    expect(document.documentElement.dataset['mbTheme']).toBe('dark');
    expect(document.adoptedStyleSheets.filter((s) => s === themeStyleSheet())).toHaveLength(1);
    expect(getComputedStyle(el).color).toBe('rgb(230, 237, 243)');
    expect(getComputedStyle(el).color).not.toBe(before);

    const section = document.createElement('section');
    document.body.append(section);
    const inner = document.createElement('mb-findings-list');
    section.append(inner);
    applyTheme('large-text', section);
    await inner.updateComplete;
    expect(getComputedStyle(inner).fontSize).toBe('20px');
    expect(getComputedStyle(el).fontSize).toBe('14px');
  });

  test('a theme attribute written in markup works once themes are installed', async () => {
    installThemes();
    const el = document.createElement('mb-findings-list');
    el.className = 'mb-theme-gov-red';
    document.body.append(el);
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(255, 253, 248)');
  });

  test('unknown theme names are reported', () => {
    expect(() => applyTheme('neon' as ThemeName)).toThrow(/Unknown Mubiao theme "neon"; use one of: default, gov-red, dark, large-text/);
  });
});

describe('locale resolution', () => {
  test('supported tags', () => {
    expect(matchLocale('zh')).toBe('zh-CN');
    expect(matchLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLocale('EN-us')).toBe('en');
    expect(matchLocale('fr')).toBeUndefined(); // no French module registered
    expect(matchLocale(null)).toBeUndefined();
  });

  test('own lang, then the closest ancestor (across shadow roots), then the document, then zh-CN', () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const host = document.createElement('div');
    outer.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(resolveLocale(inner)).toBe('zh-CN');
    document.documentElement.lang = 'en';
    expect(resolveLocale(inner)).toBe('en');
    outer.lang = 'zh-TW';
    expect(resolveLocale(inner)).toBe('zh-CN');
    host.lang = 'fr'; // unsupported: keep looking upwards
    expect(resolveLocale(inner)).toBe('zh-CN');
    inner.lang = 'en';
    expect(resolveLocale(inner)).toBe('en');
  });
});
