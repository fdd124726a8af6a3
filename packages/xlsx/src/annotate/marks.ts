import type { Finding, Severity } from '@mubiao/core';
import { parseCellAddress } from '../address.ts';

/** One thing to show on one cell of an annotated copy. */
export interface CellMark {
  sheet: string;
  /** A1 address. */
  cell: string;
  severity: Severity;
  /** The explanation, in zh-CN for the users we serve. */
  note: string;
  /** Who raised it (a department, a reviewer); shown in the note's heading. */
  author?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

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
    if (!pos) throw new Error(`annotateWorkbook: "${mark.cell}" on sheet "${mark.sheet}" is not a cell address like B3`);
    let cells = bySheet.get(mark.sheet);
    if (!cells) bySheet.set(mark.sheet, (cells = new Map()));
    const key = `${pos.row}:${pos.col}`;
    const merged = cells.get(key);
    if (!merged) {
      cells.set(key, { row: pos.row, col: pos.col, severity: mark.severity, notes: [mark.note], authors: mark.author ? [mark.author] : [] });
      continue;
    }
    if (SEVERITY_RANK[mark.severity] > SEVERITY_RANK[merged.severity]) merged.severity = mark.severity;
    if (!merged.notes.includes(mark.note)) merged.notes.push(mark.note);
    if (mark.author && !merged.authors.includes(mark.author)) merged.authors.push(mark.author);
  }
  return bySheet;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/**
 * Turns validator findings into cell marks: the message, then what the plan asks against what the
 * sheet says, then the plan sentence it comes from, so the note stands on its own in Excel.
 */
export function marksFromFindings(findings: Finding[]): CellMark[] {
  return findings.map((f) => {
    const lines = [`[${SEVERITY_LABEL[f.severity]}] ${f.message}`];
    if (f.expected || f.actual) lines.push(`计划要求：${f.expected || '—'}；表中填报：${f.actual || '—'}`);
    if (f.target?.quote) lines.push(`依据（${f.target.region}${f.target.year}年）：「${f.target.quote}」`);
    return { sheet: f.sheet, cell: f.cell, severity: f.severity, note: lines.join('\n') };
  });
}
