export { LOCALES, DEFAULT_LOCALE, parseLocale, listSeparator, type Locale } from './locale.ts';
export { SEVERITIES, SEVERITY_RANK, SEVERITY_ICON, worse, severityWord, severityCount, severityCounts } from './severity.ts';
export { NOTE_MARKER, LEGACY_NOTE_MARKERS, isMubiaoNote } from './marker.ts';
export { STATUS_ICON, statusWord } from './status.ts';
export { planLabel, planLabelWithTitle, type PlanLike } from './plan-label.ts';
export {
  registerLocale,
  localeWords,
  registeredLocales,
  onLocaleRegistered,
  type LocaleTag,
  type LocaleWords,
  type CoreWords,
  type CheckWords,
} from './words.ts';
