/**
 * Marks the add-in writes: core's one-mark-per-cell (worst severity, merged note) plus what only
 * a host needs, the overlay colours and the severity labels with a shape so colour is never the
 * only cue.
 */
import { cellMarks, type CellMark, type Locale, type Report, type Severity } from '@mubiao/core';

export type { CellMark };

export function marksFromReport(report: Pick<Report, 'findings'>, locale: Locale = 'zh-CN'): CellMark[] {
  return cellMarks(report, locale);
}

/** Overlay colours: Excel's own "light red fill with dark red text" family, one per severity. */
export const SEVERITY_COLOURS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};

/** The marks of each sheet, in the order they came. */
export function marksBySheet(marks: readonly CellMark[]): Map<string, CellMark[]> {
  const bySheet = new Map<string, CellMark[]>();
  for (const m of marks) {
    const list = bySheet.get(m.sheet);
    if (list) list.push(m);
    else bySheet.set(m.sheet, [m]);
  }
  return bySheet;
}
