/**
 * Marks the add-in writes: core's one-mark-per-cell (worst severity, merged note) plus what only
 * a host needs, the overlay colours and the severity labels with a shape so colour is never the
 * only cue.
 */
import { cellMarks, type CellMark } from '@mubiao/core';
import type { Report, Severity } from '@mubiao/core';

export type { CellMark };

export type UiLocale = 'zh-CN' | 'en';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const LABEL: Record<Severity, { zh: string; en: string; symbol: string }> = {
  error: { zh: '错误', en: 'Error', symbol: '✖' },
  warning: { zh: '警告', en: 'Warning', symbol: '▲' },
  info: { zh: '提示', en: 'Note', symbol: '●' },
};

export function severitySymbol(severity: Severity): string {
  return LABEL[severity].symbol;
}

export function severityLabel(severity: Severity, locale: UiLocale): string {
  const l = LABEL[severity];
  return `${l.symbol} ${locale === 'zh-CN' ? l.zh : l.en}`;
}

export function marksFromReport(report: Pick<Report, 'findings'>, locale: UiLocale = 'zh-CN'): CellMark[] {
  return cellMarks(report, locale);
}

/** Overlay colours: Excel's own "light red fill with dark red text" family, one per severity. */
export const SEVERITY_COLOURS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};
