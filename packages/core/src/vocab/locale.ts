/**
 * The two languages every Mubiao surface speaks: Chinese first (the users are Chinese planning
 * offices), English for reviewers and foreign readers. The one `Locale` type of the project.
 */
import { localeWords, type LocaleTag } from './words.ts';

export type Locale = 'zh-CN' | 'en';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * A BCP 47 tag or a user's spelling of one → a supported locale: "zh", "zh-CN", "zh_CN",
 * "zh-Hans", "zh-TW" → zh-CN; "en", "en-GB" → en; anything else → null.
 */
export function parseLocale(tag: string | null | undefined): Locale | null {
  const v = (tag ?? '').trim().toLowerCase().replace('_', '-');
  if (v === 'zh' || v.startsWith('zh-')) return 'zh-CN';
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return null;
}

/** Chinese lists join with 、; other locales as they register (English: commas). */
export function listSeparator(locale: LocaleTag): string {
  return localeWords(locale, 'listSeparator') ?? '、';
}
