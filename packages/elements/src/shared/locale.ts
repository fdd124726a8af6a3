/**
 * Locales of the elements: zh-CN (default) and en. An element's locale is its own `lang`
 * attribute, else the closest ancestor's `lang` (crossing shadow roots), else the document's,
 * else zh-CN. Each element keeps its strings beside it (<name>/<name>.strings.ts); the severity
 * words, shared by the matrix and the findings list, are here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, parseLocale, type Locale } from '@mubiao/core/vocab/locale';

export type { Locale };

/** Maps a BCP 47 tag to a supported locale (core's parseLocale): zh, zh-Hans, zh-TW → zh-CN; en-GB → en; else none. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  return parseLocale(tag) ?? undefined;
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
  return matchLocale(element.ownerDocument?.documentElement.lang) ?? DEFAULT_LOCALE;
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
