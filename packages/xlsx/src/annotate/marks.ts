import type { CellMark as ReportCellMark, Severity } from '@mubiao/core';
import { parseCellAddress } from '@mubiao/core/sheet/address';
import { worse } from '@mubiao/core/vocab/severity';
import { WorkbookError } from '../errors.ts';

/**
 * One thing to show on one cell of an annotated copy: core's `cellMarks(report)` makes these from
 * a validation report; `author` lets another reviewer sign a note.
 */
export interface CellMark extends ReportCellMark {
  /** Who raised it (a department, a reviewer); shown in the note's heading. */
  author?: string;
}

/** All marks on one cell, merged: the highest severity wins, notes are kept in order without repeats. */
export interface MergedMark {
  row: number;
  col: number;
  severity: Severity;
  notes: string[];
  authors: string[];
}

/** Groups marks by sheet, then by cell; throws on an address that is not A1. */
export function mergeMarks(marks: CellMark[]): Map<string, Map<string, MergedMark>> {
  const bySheet = new Map<string, Map<string, MergedMark>>();
  for (const mark of marks) {
    const pos = parseCellAddress(mark.cell.trim());
    if (!pos) throw new WorkbookError('unsupported', mark.sheet, `annotateWorkbook: "${mark.cell}" on sheet "${mark.sheet}" is not a cell address like B3`);
    let cells = bySheet.get(mark.sheet);
    if (!cells) bySheet.set(mark.sheet, (cells = new Map<string, MergedMark>()));
    const key = `${pos.row}:${pos.col}`;
    const merged = cells.get(key);
    if (!merged) {
      cells.set(key, { row: pos.row, col: pos.col, severity: mark.severity, notes: [mark.note], authors: mark.author ? [mark.author] : [] });
      continue;
    }
    merged.severity = worse(merged.severity, mark.severity);
    if (!merged.notes.includes(mark.note)) merged.notes.push(mark.note);
    if (mark.author && !merged.authors.includes(mark.author)) merged.authors.push(mark.author);
  }
  return bySheet;
}
