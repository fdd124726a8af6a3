/**
 * Locales of the elements: zh-CN (default) and en. An element's locale is its own `lang`
 * attribute, else the closest ancestor's `lang` (crossing shadow roots), else the document's,
 * else zh-CN. Each element keeps its strings beside it (<name>/<name>.strings.ts); the severity
 * words, shared by the matrix and the findings list, are here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Severity } from '@mubiao/core';

export type Locale = 'zh-CN' | 'en';
export const locales: readonly Locale[] = ['zh-CN', 'en'];
export const defaultLocale: Locale = 'zh-CN';

/** Maps a BCP 47 tag to a supported locale: zh, zh-Hans, zh-TW → zh-CN; en-GB → en; else none. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}

/** The element itself or its nearest ancestor carrying a supported `lang`, across shadow roots. */
export function resolveLocale(element: Element): Locale {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) {
      const locale = matchLocale(lang);
      if (locale) return locale;
    }
    const parent: Element | null = node.parentElement;
    if (parent) {
      node = parent;
    } else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return matchLocale(element.ownerDocument?.documentElement.lang) ?? defaultLocale;
}

/**
 * Re-renders its host when the document's `lang` changes, so a portal's language switch reaches
 * every element; `locale` resolves afresh on each read.
 */
export class LocaleController implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get locale(): Locale {
    // The property first: Lit reflects a `lang` property to the attribute only after render.
    return matchLocale(this.host.lang) ?? resolveLocale(this.host);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/** The shape shown with a severity's word (✕ 错误, ▲ 警告, ℹ 提示), so it never rests on colour alone. */
export const severityIcon: Record<Severity, string> = { error: '✕', warning: '▲', info: 'ℹ' };

/** The word for a severity (shown beside its shape: ✕ 错误, ▲ 警告, ℹ 提示). */
export function severityLabel(locale: Locale, severity: Severity): string {
  return severityStrings[locale][severity];
}

export const severityStrings: Record<Locale, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

