/// <reference types="vite/client" />
/**
 * The zh-CN kit alone, then English and a theme added the way a portal adds them: a locale
 * module imported after the elements rendered (a second script tag), a theme as a linked CSS
 * file. This file imports no locale module before its first test (each test file runs in a page
 * of its own), so the first test sees what the single file alone gives.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import axe from 'axe-core';
import { registeredLocales } from '@mubiao/core/vocab/words';
import '../define/findings-list.ts';
import '../define/target-gauge.ts';
import darkThemeUrl from '../themes/dark.css?url';
import largeTextThemeUrl from '../themes/large-text.css?url';
import type { MbFindingsList } from '../findings-list/findings-list.ts';
import type { MbTargetGauge } from '../target-gauge/target-gauge.ts';
import { applyTheme } from '../shared/tokens.ts';

beforeEach(() => {
  document.documentElement.lang = 'zh-CN'; // a Chinese portal page
});

afterEach(() => {
  document.body.replaceChildren();
  for (const link of document.head.querySelectorAll('link[data-test]')) link.remove();
  delete document.documentElement.dataset['mbTheme'];
});

async function place<T extends HTMLElement & { updateComplete: Promise<boolean> }>(tag: string, attributes: Record<string, string>): Promise<T> {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const gauge = { label: '增加值增速', value: '7.3', target: '7', comparator: '~', unit: '%', kind: 'growth' };
const sentence = (el: MbTargetGauge) => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-valuetext');
const text = (el: HTMLElement) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

async function linkTheme(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset['test'] = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}

describe('locales are modules that register themselves', () => {
  test('without a locale module, lang="en" shows the built-in zh-CN words and says so in its lang', async () => {
    expect(registeredLocales()).not.toContain('en');
    const list = await place<MbFindingsList>('mb-findings-list', { lang: 'en' });
    expect(text(list)).toContain('暂无校验结果');
    const meter = await place<MbTargetGauge>('mb-target-gauge', { ...gauge, lang: 'en' });
    expect(sentence(meter)).toBe('7.3%，目标7%左右，高于目标0.3个百分点，达标');
    expect(meter.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).toBe('zh-CN');
  });

  test('importing locales/en.js after the elements rendered re-renders them in English', async () => {
    const list = await place<MbFindingsList>('mb-findings-list', { lang: 'en' });
    const meter = await place<MbTargetGauge>('mb-target-gauge', { ...gauge, lang: 'en' });
    const chinese = await place<MbTargetGauge>('mb-target-gauge', gauge);
    await import('./en.ts');
    await Promise.all([list.updateComplete, meter.updateComplete, chinese.updateComplete]);
    expect(text(list)).toContain('No validation report yet');
    expect(sentence(meter)).toBe('7.3%, target about 7%, 0.3 percentage points above target, Met');
    expect(meter.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).toBe('en');
    expect(sentence(chinese)).toBe('7.3%，目标7%左右，高于目标0.3个百分点，达标');
    for (const el of [list, meter]) expect((await axe.run(el)).violations).toEqual([]);
  });
});

describe('themes are CSS files', () => {
  test('the default theme needs no stylesheet; another theme applies once its file is linked', async () => {
    const list = await place<MbFindingsList>('mb-findings-list', {});
    expect(getComputedStyle(list).backgroundColor).toBe('rgb(255, 255, 255)');
    applyTheme('dark'); // the attribute alone: the dark rules are not on the page yet
    expect(getComputedStyle(list).backgroundColor).toBe('rgb(255, 255, 255)');
    await linkTheme(darkThemeUrl);
    expect(getComputedStyle(list).backgroundColor).toBe('rgb(22, 27, 34)');
    expect(getComputedStyle(list).color).toBe('rgb(230, 237, 243)');
  });

  test('a linked theme file themes the page on :root, and a section picks another by attribute', async () => {
    await linkTheme(largeTextThemeUrl);
    await linkTheme(darkThemeUrl);
    const section = document.createElement('section');
    document.body.append(section);
    const inner = document.createElement('mb-findings-list') as MbFindingsList;
    section.append(inner);
    const outer = await place<MbFindingsList>('mb-findings-list', {});
    await inner.updateComplete;
    expect(getComputedStyle(outer).backgroundColor).toBe('rgb(22, 27, 34)'); // the last :root rule
    applyTheme('large-text', section);
    expect(getComputedStyle(inner).fontSize).toBe('20px');
    expect(getComputedStyle(outer).fontSize).toBe('14px');
  });
});
