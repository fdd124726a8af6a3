/**
 * Severity: its order, its words and its shape. Every host (CLI, HTML report, workbook notes,
 * task pane, web checker, elements) takes these from here, so an error reads and sorts the same
 * everywhere and colour is never the only cue.
 */
import type { Severity } from '../model.ts';
import { localeWords, type LocaleTag, type SeverityWords } from './words.ts';

/** Most severe first: the order of lists, and of findings merged onto one cell. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 0 for the most severe: sort ascending to put errors first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The more severe of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

/** The shape shown beside a severity's word: ✕ 错误, ▲ 警告, ℹ 提示. */
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '✕', warning: '▲', info: 'ℹ' };

/** Chinese: built in. Other locales: registered (words.ts). */
const ZH: SeverityWords = {
  words: { error: '错误', warning: '警告', info: '提示' },
  count: (severity, n) => `${n} 个${ZH.words[severity]}`,
  countsSeparator: '，',
};

const wordsOf = (locale: LocaleTag): SeverityWords => localeWords(locale, 'severity') ?? ZH;

/** The word for a severity: 错误 / 警告 / 提示; Error / Warning / Info. */
export function severityWord(severity: Severity, locale: LocaleTag): string {
  return wordsOf(locale).words[severity];
}

/**
 * A count of findings of one severity as people write it: "1 个错误", "3 个提示";
 * "1 error", "2 errors", "1 info note", "2 info notes".
 */
export function severityCount(severity: Severity, n: number, locale: LocaleTag): string {
  return wordsOf(locale).count(severity, n);
}

/** "1 个错误，2 个警告，3 个提示" / "1 error, 2 warnings, 3 info notes". */
export function severityCounts(counts: Readonly<Record<Severity, number>>, locale: LocaleTag): string {
  const words = wordsOf(locale);
  return SEVERITIES.map((s) => words.count(s, counts[s])).join(words.countsSeparator);
}
