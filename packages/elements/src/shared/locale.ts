/**
 * Locales of the elements. zh-CN is built in; every other locale is a module that registers its
 * words in core's registry (`import '@mubiao/elements/locales/en.js'`, or `dist/locales/en.js` as
 * a second script beside the single file), so the zh-CN single file carries no other language.
 * An element's locale is its own `lang` attribute, else the closest ancestor's `lang` (crossing
 * shadow roots), else the document's, else zh-CN; a `lang` whose locale is not registered is
 * passed over, so an element never says `lang="en"` over Chinese words. Each element keeps its
 * zh-CN strings beside it (<name>/<name>.strings.ts); the other locales' are in src/locales/.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, parseLocale } from '@mubiao/core/vocab/locale';
import { localeWords, onLocaleRegistered, registeredLocales, type LocaleTag, type LocaleWords } from '@mubiao/core/vocab/words';

/** zh-CN, or the tag of a registered locale ('en', or any a locale module adds). */
export type Locale = LocaleTag;

/**
 * Maps a BCP 47 tag to a locale whose words are here: zh, zh-Hans, zh-TW → zh-CN; en-GB → en
 * when English is registered; another registered tag by itself or its language (fr-CA → fr).
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const known = parseLocale(tag);
  if (known === DEFAULT_LOCALE) return known;
  const registered = registeredLocales();
  if (known && registered.includes(known)) return known;
  const wanted = (tag ?? '').trim().toLowerCase();
  return wanted ? registered.find((t) => t.toLowerCase() === wanted || wanted.startsWith(`${t.toLowerCase()}-`)) : undefined;
}

/**
 * One element's strings in a locale: the registered part, else the built-in zh-CN ones (a
 * locale module that leaves an element out shows that element in Chinese, never blank).
 */
export function wordsFor<K extends keyof LocaleWords>(locale: Locale, part: K, zh: LocaleWords[K]): LocaleWords[K] {
  return localeWords(locale, part) ?? zh;
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
 * Re-renders its host when the document's `lang` changes or a locale module registers (a second
 * script may load after the elements rendered), so a portal's language switch reaches every
 * element; `locale` resolves afresh on each read.
 */
export class LocaleController implements ReactiveController {
  private observer: MutationObserver | undefined;
  private stopListening: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get locale(): Locale {
    // The property first: Lit reflects a `lang` property to the attribute only after render.
    return matchLocale(this.host.lang) ?? resolveLocale(this.host);
  }

  hostConnected(): void {
    const update = () => this.host.requestUpdate();
    this.observer = new MutationObserver(update);
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
    this.stopListening = onLocaleRegistered(update);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.stopListening?.();
    this.stopListening = undefined;
  }
}
