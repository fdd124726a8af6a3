/**
 * The findings as a table of text, one row per finding: what the pane's optional findings sheet
 * holds and what the web checker exports as .csv and .xlsx. Words come from core's vocabulary.
 */
import { codeLabel, severityWord, type Finding, type Locale } from '@mubiao/core';

export interface FindingsTable {
  header: string[];
  rows: string[][];
}

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['工作表', '单元格', '级别', '类型', '计划要求', '本表', '说明'],
  en: ['Sheet', 'Cell', 'Severity', 'Code', 'Plan', 'Sheet says', 'Message'],
};

export function findingsTable(findings: readonly Finding[], locale: Locale): FindingsTable {
  return {
    header: [...HEADERS[locale]],
    rows: findings.map((f) => [f.sheet, f.cell, severityWord(f.severity, locale), codeLabel(f.code, locale), f.expected, f.actual, f.message]),
  };
}

/**
 * Whether a spreadsheet program would take this text for a formula when it is typed, pasted,
 * set as a range's values or opened from a CSV: it starts with = + - @, or with a tab or carriage
 * return (which some programs strip before looking).
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * The text as Excel's `range.values` must get it to keep it text: a leading apostrophe (Excel's
 * own text prefix, not shown in the cell) before anything that looks like a formula.
 */
export function excelTextValue(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
