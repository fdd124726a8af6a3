/**
 * What the hosts and the check worker say to each other. The workbook's bytes go in as a
 * transferred ArrayBuffer (the web checker) or the grids the host read go in as parts (the task
 * pane, whose reading is Office.js on the main thread); core's report comes back as plain data.
 * Large arrays travel as parts of PART_SIZE items, each its own message, so no single message
 * keeps the page's thread busy long while it is decoded.
 */
import type { CellRange, Grid, Report } from '@mubiao/core';
import type { CheckOptions } from './check.ts';
import type { CellMark } from './marks.ts';

export type CheckPhase = 'reading' | 'checking' | 'marking';

/** How far a phase is: `done` of `total` `unit`s (total 0: not known yet). */
export interface CheckProgress {
  phase: CheckPhase;
  done: number;
  total: number;
  /** items: the report's parts handed back to the page; cells: marks written into the workbook (the pane). */
  unit: 'bytes' | 'rows' | 'items' | 'cells';
}

/** A sheet as the web checker draws it: the text of every cell, its merges and hidden rows. */
export interface SheetView {
  sheet: string;
  rowCount: number;
  colCount: number;
  texts: string[][];
  merges: CellRange[];
  hiddenRows: number[];
  hasData: boolean;
}

/** A grid without its cells, which follow as `grid-rows` parts. */
export type GridShape = Omit<Grid, 'cells'>;

export type SessionRequest =
  | { id: number; kind: 'open'; bytes: ArrayBuffer; name: string }
  | { id: number; kind: 'grid'; shape: GridShape }
  | { id: number; kind: 'grid-rows'; rows: Grid['cells'] }
  | { id: number; kind: 'check'; options: CheckOptions; views: boolean }
  | { id: number; kind: 'annotate' }
  | { id: number; kind: 'export'; format: 'csv' | 'xlsx' };

export type SessionMessage =
  | { id: number; type: 'progress'; progress: CheckProgress }
  | { id: number; type: 'part'; path: string; items: unknown[] }
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; message: string };

/** What a check returns: core's report, the marks made from it and, for the web checker, the sheets to draw. */
export interface CheckOutcome {
  /** Core's report; its `gauges` are those a host draws (gauges-shown.ts), `gaugeCount` says how many core made. */
  report: Report;
  gaugeCount: number;
  marks: CellMark[];
  views: SheetView[];
  format: string | null;
  warnings: string[];
  /** The legacy format's name when the annotated copy must be a new .xlsx. */
  legacyName?: string;
}

/** A file made by the session: an annotated copy or the findings exported. */
export interface MadeFile {
  bytes: ArrayBuffer;
  mime: string;
}

export const PART_SIZE = 2000;

/** Paths of the large arrays of a CheckOutcome, sent as parts (views' texts are added per sheet). */
export const OUTCOME_PARTS = ['report.findings', 'report.tasks', 'marks'] as const;

export function getPath(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], root);
}

export function setPath(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = (keys.length ? getPath(root, keys.join('.')) : root) as Record<string, unknown> | undefined;
  if (parent) parent[last] = value;
}

/** What a cancelled session's requests reject with: nothing more comes from it, and nothing was written. */
export class CheckCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CheckCancelled';
  }
}
