/**
 * The plan step of a pass (read → plan → write, see write.ts): from the marks to write, what the
 * workbook holds now (MarksView, filled by mark-read.ts), the record of what we wrote before and
 * what this Excel can do, it decides every operation the write step carries out, in order and
 * cut into chunks (one context.sync each), the record to save afterwards, the record to save
 * *before* writing (the journal: whatever part of the pass reaches the workbook, Clear can take
 * it back), and everything the pane reports. Pure: no Office.js, nothing but data in and out.
 */
import { NOTE_MARKER, SEVERITIES, type Severity } from '@mubiao/core';
import { marksBySheet, SEVERITY_COLOURS, type CellMark } from '../shared/marks.ts';
import { compressCells, parseCellAddress, rangeRef } from './address.ts';
import { explanationStyle, markStyle, oneUndoStep, type Capabilities } from './capabilities.ts';
import { HostError, protectedSheet, type WrittenSummary } from './errors.ts';
import {
  compactState,
  emptyPendingSheet,
  emptySheetMarks,
  encodeMarkState,
  fillRecordChars,
  ID_RECORD_CHARS,
  noteHash,
  noteRecordChars,
  RECORD_CHAR_BUDGET,
  type FillRecord,
  type MarkState,
  type PendingSheetMarks,
  type SheetMarks,
} from './mark-record.ts';

/** The formula of our overlays: always true, and recognisable if our record is ever lost. */
export const OVERLAY_FORMULA = '=N("mubiao")=0';
/**
 * First line of every note we write (core's one marker), so a pass on ExcelApi 1.20 finds our
 * notes without a saved record. A note whose first line the user removes is theirs from then on.
 */
export { NOTE_MARKER };

export const AREA_BATCH_CHARS = 2000;
/** Bytes per request and response on payload-limited hosts, under Excel on the web's 5 MB. */
export const DEFAULT_PAYLOAD = 4_000_000;
const DEFAULT_OPS = 250_000;

/** The note text as written into the cell. */
export function markedNote(text: string): string {
  return `${NOTE_MARKER}\n${text}`;
}

export function isOurNoteText(content: unknown): boolean {
  return typeof content === 'string' && content.startsWith(NOTE_MARKER);
}

export function isOverlayFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.replace(/\s+/g, '').toUpperCase() === OVERLAY_FORMULA.toUpperCase();
}

/**
 * A custom rule with no formula: what a write that stopped between adding our overlay and setting
 * its formula leaves (Excel's own dialog cannot make one). Ours where a pass may have written.
 */
function isUnfinishedOverlay(formula: string | null): boolean {
  return formula === '';
}

/** "'My Sheet'!$B$3" → "My Sheet!B3", the key we compare comment places by. */
export function sheetCellKey(address: string): string {
  const bang = address.lastIndexOf('!');
  const rawSheet = bang >= 0 ? address.slice(0, bang) : '';
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return `${sheet}!${address
    .slice(bang + 1)
    .replace(/\$/g, '')
    .toUpperCase()}`;
}

/** Address lists for getRanges, each under `limit` characters. */
export function batchAreas(addresses: string[], limit = AREA_BATCH_CHARS): string[] {
  const batches: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > limit) {
      batches.push(current);
      current = a;
    } else current = current ? `${current},${a}` : a;
  }
  if (current) batches.push(current);
  return batches;
}

// ---- What the read step found. ----

export interface OverlaySeen {
  /** Key of the loaded proxy, for the write step. */
  ref: string;
  id: string;
  /** The custom rule's formula; null for other rules, or when formulas were not read. */
  formula: string | null;
}

export interface NoteSeen {
  ref: string;
  content: string;
}

export interface CommentSeen {
  id: string;
  /** Where it sits, as sheetCellKey ("Sheet!C3"). */
  at: string;
  /** Its text, when read (only to recognise the comments of a pass that did not finish). */
  content: string | null;
}

/** What the workbook holds now, as far as the pass needs to know. */
export interface MarksView {
  /** The sheets that exist. */
  sheets: ReadonlySet<string>;
  /** Sheets to mark that are protected (read on ExcelApi 1.2 and up). */
  protectedSheets: ReadonlySet<string>;
  /** Per sheet, its conditional formats, where they were read. */
  overlays: ReadonlyMap<string, readonly OverlaySeen[]>;
  /** Per sheet, every note (hosts that find their marks by themselves). */
  allNotes: ReadonlyMap<string, readonly NoteSeen[]>;
  /** Per sheet, the note on each cell asked about: its text, or null for none. Ref: "Sheet!C3". */
  notesAt: ReadonlyMap<string, ReadonlyMap<string, string | null>>;
  /** The recorded comment ids that still exist. */
  recordedComments: ReadonlySet<string>;
  /** Every comment with its place, when they were listed. */
  comments: readonly CommentSeen[] | null;
  /** Per sheet, the fill colour of each cell asked about (ExcelApi 1.1: white for none). */
  fillsAt: ReadonlyMap<string, ReadonlyMap<string, string | null>>;
}

/** Key of a cell-addressed proxy (note, fill) in the read step's handles. */
export function cellRef(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

// ---- What the write step does. ----

export type WriteOp =
  | { kind: 'delete-overlay'; ref: string }
  | { kind: 'delete-note'; ref: string }
  | { kind: 'delete-comment'; id: string }
  | { kind: 'restore-fill'; sheet: string; cell: string; colour: string | null }
  | { kind: 'delete-sheet'; sheet: string }
  /** `address` is one area, or on ExcelApi 1.9 a batch of areas for getRanges; `record`: load its id. */
  | { kind: 'add-overlay'; sheet: string; address: string; severity: Severity; record: boolean }
  | { kind: 'set-fill'; sheet: string; address: string; colour: string }
  | { kind: 'add-note'; sheet: string; cell: string; text: string }
  | { kind: 'add-comment'; sheet: string; cell: string; text: string }
  | { kind: 'add-findings-sheet'; name: string; header: string[]; rows: (string | number)[][] };

/** Estimated request bytes of an operation (Excel on the web refuses requests over 5 MB). */
export function opBytes(op: WriteOp): number {
  switch (op.kind) {
    case 'delete-overlay':
    case 'delete-note':
    case 'delete-comment':
    case 'delete-sheet':
      return 120;
    case 'restore-fill':
      return 140;
    case 'add-overlay':
      return 400 + op.address.length;
    case 'set-fill':
      return 160 + op.address.length;
    case 'add-note':
      return 200 + op.cell.length + op.text.length * 3;
    case 'add-comment':
      return 200 + op.cell.length + op.text.length * 3;
    case 'add-findings-sheet':
      return 200 + JSON.stringify(op.rows).length * 2;
  }
}

export function isAddition(op: WriteOp): boolean {
  return op.kind.startsWith('add-') || op.kind === 'set-fill';
}

export interface MarkLimits {
  /** Bytes per request on payload-limited hosts (Excel on the web: 5 MB). */
  payloadBytes?: number;
  /** Upper bound of characters in one getRanges address list. */
  areaBatchChars?: number;
  /** Upper bound of queued operations per sync on hosts without a payload limit. */
  opsPerSync?: number;
  /** Characters the saved record may take (default RECORD_CHAR_BUDGET). */
  recordChars?: number;
}

export interface FindingsSheet {
  name: string;
  header: string[];
  rows: (string | number)[][];
}

export interface PlanInput {
  marks: readonly CellMark[];
  view: MarksView;
  /** The record as read before the pass (null: none). */
  previous: MarkState | null;
  caps: Capabilities;
  findingsSheet?: FindingsSheet | null;
  limits?: MarkLimits;
  /** ISO time stamped on the records. */
  writtenAt: string;
}

/** What the pane reports about a pass. */
export interface PlanReport {
  overlays: number;
  notes: number;
  comments: number;
  fills: number;
  /** Cells whose note/comment we did not write because the user already has one there. */
  skippedExplanations: string[];
  /** Filled cells the user recoloured since: left as the user set them. */
  keptUserFills: string[];
  /**
   * Notes, comments or (Office 2016) fills not written because the record that lets Clear remove
   * them would pass what document settings can hold. The findings list still shows them all.
   */
  overRecordLimit: number;
}

export interface MarkPlan {
  /** The operations, one context.sync per chunk. */
  chunks: WriteOp[][];
  /** The record once every chunk is written, without the ids Excel gives new overlays and comments (finishRecord adds them). */
  record: MarkState;
  /**
   * The record to save before the first write: what is on record now plus everything this pass
   * may write, so Clear can take back any part of it. Null when nothing needs saving first.
   */
  journal: MarkState | null;
  report: PlanReport;
  /** ExcelApi 1.20: marks are found by themselves, and an unchanged record is not saved. */
  discover: boolean;
}

function sameColour(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

/** Excel reports "no fill" as white on hosts without fill patterns (ExcelApi < 1.9). */
function recordedFill(colour: string | null | undefined): string | null {
  if (!colour || sameColour(colour, '#FFFFFF')) return null;
  return colour;
}

/** Throws, before anything is written, when the pass cannot be carried out as asked. */
function refuse(input: PlanInput, bySheet: Map<string, CellMark[]>): void {
  const { view, previous } = input;
  for (const name of bySheet.keys()) if (view.protectedSheets.has(name)) throw protectedSheet(name);
  // A sheet of the findings sheet's name that is not ours is never replaced.
  const wanted = wantedFindingsSheet(input);
  if (wanted && wanted.name !== previous?.findingsSheet && view.sheets.has(wanted.name) && !previous?.pending?.findingsSheets.includes(wanted.name)) {
    throw new HostError(
      'host-error',
      `工作簿中已有名为“${wanted.name}”的工作表，不会覆盖它。请改名或取消“另建校验结果工作表”。未写入任何内容。`,
      `The workbook already has a sheet named "${wanted.name}"; it is not replaced. Rename it or untick the findings sheet. Nothing was written.`,
      wanted.name,
    );
  }
  for (const name of bySheet.keys()) {
    if (!view.sheets.has(name))
      throw new HostError('host-error', `找不到工作表“${name}”。未写入任何内容。`, `Sheet "${name}" was not found. Nothing was written.`, name);
  }
}

function wantedFindingsSheet(input: PlanInput): FindingsSheet | null {
  return input.findingsSheet && input.marks.length ? input.findingsSheet : null;
}

/** What the record says of one filled cell: the entry of the last complete pass, and of one that did not finish. */
interface FillEntries {
  committed?: FillRecord;
  pending?: FillRecord;
  /** A pass on this sheet did not finish: it may already have put the original colour back. */
  afterFailedPass: boolean;
}

/** Whose a filled cell's colour is: ours (with the colour to restore), the user's, or nobody's mark. */
type FillOwner = { kind: 'ours'; original: string | null } | { kind: 'user' } | { kind: 'free' };

function fillOwner(colour: string | null | undefined, entries: FillEntries | undefined): FillOwner {
  for (const f of [entries?.committed, entries?.pending]) if (f && sameColour(colour, f.applied)) return { kind: 'ours', original: f.original };
  if (!entries?.committed) return { kind: 'free' };
  if (entries.afterFailedPass && sameColour(recordedFill(colour), entries.committed.original)) return { kind: 'free' };
  return { kind: 'user' };
}

/** Everything the pass removes: our previous marks, found through the record or by themselves. */
interface Removals {
  ops: WriteOp[];
  keptUserFills: string[];
  /** Per sheet, the cells whose note is ours and is being removed. */
  notesRemoved: Map<string, Set<string>>;
  /** Comment ids being removed. */
  commentsRemoved: Set<string>;
  /** Per sheet, the record's entries for each filled cell. */
  fillRecords: Map<string, Map<string, FillEntries>>;
}

function removals(input: PlanInput, markedCells: Map<string, Set<string>>, discover: boolean): Removals {
  const { view, previous } = input;
  const out: Removals = { ops: [], keptUserFills: [], notesRemoved: new Map(), commentsRemoved: new Set(), fillRecords: new Map() };
  const pending = previous?.pending?.sheets ?? {};
  const sheetNames = [...new Set([...Object.keys(previous?.sheets ?? {}), ...Object.keys(pending)])];
  for (const name of sheetNames) {
    if (!view.sheets.has(name)) continue; // the user deleted the sheet
    const prev = previous?.sheets[name] ?? emptySheetMarks();
    const pend = pending[name];
    const cfs = view.overlays.get(name);
    if (cfs && !discover) {
      const ours = new Set(prev.overlayIds);
      const byFormula = (f: string | null): boolean => isOverlayFormula(f) || isUnfinishedOverlay(f);
      for (const cf of cfs) if (ours.has(cf.id) || (pend?.overlays && byFormula(cf.formula))) out.ops.push({ kind: 'delete-overlay', ref: cf.ref });
    }
    out.notesRemoved.set(name, removeNotes(name, prev, pend, view, discover, out.ops));
    removeFills(name, prev, pend, view, markedCells.get(name), out);
  }
  if (discover) {
    const recorded = new Map(Object.entries(previous?.sheets ?? {}).map(([name, rec]) => [name, new Set(rec.overlayIds)]));
    for (const [name, cfs] of view.overlays) {
      for (const cf of cfs) {
        if (isOverlayFormula(cf.formula) || isUnfinishedOverlay(cf.formula) || recorded.get(name)?.has(cf.id))
          out.ops.push({ kind: 'delete-overlay', ref: cf.ref });
      }
    }
    for (const notes of view.allNotes.values()) {
      for (const note of notes) if (isOurNoteText(note.content)) out.ops.push({ kind: 'delete-note', ref: note.ref });
    }
  }
  removeComments(input, out);
  const findingsSheets = [previous?.findingsSheet, ...(previous?.pending?.findingsSheets ?? [])].filter((s): s is string => !!s);
  for (const sheet of new Set(findingsSheets)) if (view.sheets.has(sheet)) out.ops.push({ kind: 'delete-sheet', sheet });
  return out;
}

/** Our notes on record (by hash; by our first line while a pass is pending), except on hosts that find them all by their first line. */
function removeNotes(name: string, prev: SheetMarks, pend: PendingSheetMarks | undefined, view: MarksView, discover: boolean, ops: WriteOp[]): Set<string> {
  const removed = new Set<string>();
  const at = view.notesAt.get(name);
  const byMarker = pend?.notes ?? false;
  for (const n of prev.notes) {
    const content = at?.get(n.cell);
    if (content === undefined || content === null || removed.has(n.cell)) continue;
    // On undo-group hosts notes carrying our marker are removed with the rest, found by themselves.
    if (discover && isOurNoteText(content)) continue;
    // A note the user has edited since is theirs now.
    if (noteHash(content) === n.hash || (byMarker && isOurNoteText(content))) {
      removed.add(n.cell);
      ops.push({ kind: 'delete-note', ref: cellRef(name, n.cell) });
    }
  }
  if (!discover) {
    for (const cell of pend?.noteCells ?? []) {
      const content = at?.get(cell);
      if (removed.has(cell) || !isOurNoteText(content)) continue;
      removed.add(cell);
      ops.push({ kind: 'delete-note', ref: cellRef(name, cell) });
    }
  }
  return removed;
}

function removeFills(
  name: string,
  prev: SheetMarks,
  pend: PendingSheetMarks | undefined,
  view: MarksView,
  stillMarked: Set<string> | undefined,
  out: Removals,
): void {
  const afterFailedPass = pend !== undefined;
  const records = new Map<string, FillEntries>();
  for (const f of prev.fills) records.set(f.cell, { committed: f, afterFailedPass });
  for (const f of pend?.fills ?? []) records.set(f.cell, { ...records.get(f.cell), pending: f, afterFailedPass });
  out.fillRecords.set(name, records);
  const at = view.fillsAt.get(name);
  for (const [cell, rec] of records) {
    if (!at?.has(cell)) continue;
    const owner = fillOwner(at.get(cell), rec);
    if (owner.kind === 'user') {
      out.keptUserFills.push(`${name}!${cell}`);
      continue;
    }
    if (owner.kind === 'ours' && !stillMarked?.has(cell)) out.ops.push({ kind: 'restore-fill', sheet: name, cell, colour: owner.original });
  }
}

/** Recorded comments by id; those of a pass that did not finish by their place and text. */
function removeComments(input: PlanInput, out: Removals): void {
  const { view, previous, caps } = input;
  if (!caps.comments) return;
  for (const [name, rec] of Object.entries(previous?.sheets ?? {})) {
    if (!view.sheets.has(name)) continue;
    for (const id of rec.commentIds) {
      if (!view.recordedComments.has(id) || out.commentsRemoved.has(id)) continue;
      out.commentsRemoved.add(id);
      out.ops.push({ kind: 'delete-comment', id });
    }
  }
  const pendingAt = new Map<string, Set<string>>();
  for (const [name, p] of Object.entries(previous?.pending?.sheets ?? {})) {
    for (const c of p.comments) {
      const key = `${name}!${c.cell.toUpperCase()}`;
      pendingAt.set(key, (pendingAt.get(key) ?? new Set()).add(c.hash));
    }
  }
  if (!pendingAt.size) return;
  for (const c of view.comments ?? []) {
    if (out.commentsRemoved.has(c.id) || c.content === null || !pendingAt.get(c.at)?.has(noteHash(c.content))) continue;
    out.commentsRemoved.add(c.id);
    out.ops.push({ kind: 'delete-comment', id: c.id });
  }
}

/** Keeps the saved records under the budget: marks they could not hold are not written. */
class RecordBudget {
  /** Characters of the record saved after the pass. */
  private record = 200;
  /** Characters of the journal saved before it (what is on record now, plus what is new). */
  private journal: number;
  overLimit = 0;
  constructor(
    private readonly limit: number,
    previous: MarkState | null,
  ) {
    this.journal = 200 + (previous ? encodeMarkState(previous).length : 0);
  }
  spend(recordChars: number, journalChars: number): boolean {
    if (this.record + recordChars > this.limit || this.journal + journalChars > this.limit) {
      this.overLimit++;
      return false;
    }
    this.record += recordChars;
    this.journal += journalChars;
    return true;
  }
  /** Overlays are few (one per severity and batch of areas): always written. */
  add(recordChars: number): void {
    this.record += recordChars;
  }
}

/** The new marks: operations, the record they make, and what the journal must add for them. */
interface Additions {
  ops: WriteOp[];
  record: MarkState;
  pending: Map<string, PendingSheetMarks>;
  report: PlanReport;
}

/** What adding one sheet's marks reads from and writes into. */
interface SheetWork {
  name: string;
  marks: CellMark[];
  input: PlanInput;
  removed: Removals;
  discover: boolean;
  budget: RecordBudget;
  ops: WriteOp[];
  record: SheetMarks;
  pending: PendingSheetMarks;
  report: PlanReport;
}

function additions(input: PlanInput, bySheet: Map<string, CellMark[]>, removed: Removals, discover: boolean): Additions {
  const { view, previous, caps } = input;
  const budget = new RecordBudget(input.limits?.recordChars ?? RECORD_CHAR_BUDGET, previous);
  const report: PlanReport = {
    overlays: 0,
    notes: 0,
    comments: 0,
    fills: 0,
    skippedExplanations: [],
    keptUserFills: removed.keptUserFills,
    overRecordLimit: 0,
  };
  const record: MarkState = { version: 1, writtenAt: input.writtenAt, sheets: {} };
  const pending = new Map<string, PendingSheetMarks>();
  const ops: WriteOp[] = [];
  // Cells holding a comment that stays (the user's): ours are not written there.
  const takenByComments = new Set((view.comments ?? []).filter((c) => !removed.commentsRemoved.has(c.id)).map((c) => c.at));
  for (const [name, marks] of bySheet) {
    const work: SheetWork = {
      name,
      marks,
      input,
      removed,
      discover,
      budget,
      ops,
      record: (record.sheets[name] = emptySheetMarks()),
      pending: emptyPendingSheet(),
      report,
    };
    pending.set(name, work.pending);
    if (markStyle(caps) === 'overlay') addOverlays(work);
    else addFills(work);
    const explain = explanationStyle(caps);
    if (explain === 'note') addNotes(work);
    else if (explain === 'comment') addComments(work, takenByComments);
  }
  report.overRecordLimit = budget.overLimit;
  return { ops, record, pending, report };
}

/** One conditional format per severity and batch of areas (one per area without RangeAreas). */
function addOverlays(w: SheetWork): void {
  const { caps, limits } = w.input;
  for (const severity of SEVERITIES) {
    const cells = w.marks
      .filter((m) => m.severity === severity)
      .map((m) => parseCellAddress(m.cell))
      .filter((c): c is { row: number; col: number } => c !== null);
    if (!cells.length) continue;
    const areas = compressCells(cells).map(rangeRef);
    for (const address of caps.rangeAreas ? batchAreas(areas, limits?.areaBatchChars) : areas) {
      w.ops.push({ kind: 'add-overlay', sheet: w.name, address, severity, record: !w.discover });
      w.report.overlays++;
      if (!w.discover) {
        w.budget.add(ID_RECORD_CHARS);
        w.pending.overlays = true;
      }
    }
  }
}

/** Office 2016: the fill itself, each cell's colour before recorded first. */
function addFills(w: SheetWork): void {
  const fills = w.input.view.fillsAt.get(w.name);
  const records = w.removed.fillRecords.get(w.name);
  for (const severity of SEVERITIES) {
    const colour = SEVERITY_COLOURS[severity].fill;
    const cells: { row: number; col: number }[] = [];
    for (const m of w.marks.filter((x) => x.severity === severity)) {
      const now = fills?.get(m.cell);
      const before = records?.get(m.cell);
      const owner = fillOwner(now, before);
      if (owner.kind === 'user') continue; // the user recoloured it: theirs
      // Re-marking one of our own cells: its original is the one recorded last time.
      const entry: FillRecord = { cell: m.cell, original: owner.kind === 'ours' ? owner.original : recordedFill(now), applied: colour };
      const known = before?.committed?.original === entry.original && sameColour(before.committed?.applied, colour);
      if (!w.budget.spend(fillRecordChars(m.cell), known ? 0 : fillRecordChars(m.cell))) continue;
      w.record.fills.push(entry);
      if (!known) w.pending.fills.push(entry);
      const at = parseCellAddress(m.cell);
      if (at) cells.push(at);
    }
    for (const area of compressCells(cells).map(rangeRef)) {
      w.ops.push({ kind: 'set-fill', sheet: w.name, address: area, colour });
      w.report.fills++;
    }
  }
}

/** A note per cell, except where the user has one of their own. */
function addNotes(w: SheetWork): void {
  const notes = w.input.view.notesAt.get(w.name);
  const removedHere = w.removed.notesRemoved.get(w.name);
  const onRecord = new Set((w.input.previous?.sheets[w.name]?.notes ?? []).map((n) => n.cell));
  for (const m of w.marks) {
    const existing = notes?.get(m.cell) ?? null;
    const ours = existing !== null && ((removedHere?.has(m.cell) ?? false) || (w.discover && isOurNoteText(existing)));
    if (existing !== null && !ours) {
      w.report.skippedExplanations.push(`${w.name}!${m.cell}`);
      continue;
    }
    const text = markedNote(m.note);
    if (!w.discover) {
      // The journal names the cell unless the record already does (its notes are then read by our first line).
      const isNew = !onRecord.has(m.cell);
      if (!w.budget.spend(noteRecordChars(m.cell), isNew ? m.cell.length + 1 : 0)) continue;
      w.record.notes.push({ cell: m.cell, hash: noteHash(text) });
      w.record.noteChars += text.length;
      w.pending.notes = true;
      if (isNew) w.pending.noteCells.push(m.cell);
    }
    w.ops.push({ kind: 'add-note', sheet: w.name, cell: m.cell, text });
    w.report.notes++;
  }
}

/** ExcelApi 1.10–1.17: a comment per cell, except where one that stays is already. */
function addComments(w: SheetWork, taken: Set<string>): void {
  for (const m of w.marks) {
    if (taken.has(`${w.name}!${m.cell}`)) {
      w.report.skippedExplanations.push(`${w.name}!${m.cell}`);
      continue;
    }
    // The journal keeps its cell and a hash of its text.
    if (!w.budget.spend(ID_RECORD_CHARS, m.cell.length + 12)) continue;
    w.ops.push({ kind: 'add-comment', sheet: w.name, cell: m.cell, text: m.note });
    w.pending.comments.push({ cell: m.cell, hash: noteHash(m.note) });
    w.report.comments++;
  }
}

/** Marks on record that this host cannot remove (written by a newer Excel) stay there for one that can. */
function carryOver(input: PlanInput, record: MarkState): void {
  const { view, previous, caps } = input;
  for (const [name, prev] of Object.entries(previous?.sheets ?? {})) {
    if (!view.sheets.has(name)) continue;
    const rec = (record.sheets[name] ??= emptySheetMarks());
    // concat, not push(...): a record can hold some 100,000 notes, past a call's argument limit.
    if (!caps.conditionalFormats) rec.overlayIds = rec.overlayIds.concat(prev.overlayIds);
    if (!caps.notes) {
      rec.notes = rec.notes.concat(prev.notes);
      rec.noteChars += prev.noteChars;
    }
    if (!caps.comments) rec.commentIds = rec.commentIds.concat(prev.commentIds);
  }
  for (const [name, pend] of Object.entries(previous?.pending?.sheets ?? {})) {
    if (!view.sheets.has(name)) continue;
    const kept = emptyPendingSheet();
    if (!caps.conditionalFormats) kept.overlays = pend.overlays;
    if (!caps.notes) {
      kept.notes = pend.notes;
      kept.noteCells = pend.noteCells;
    }
    if (!caps.comments) kept.comments = pend.comments;
    if (kept.overlays || kept.notes || kept.noteCells.length || kept.comments.length) {
      record.pending ??= { sheets: {}, findingsSheets: [] };
      record.pending.sheets[name] = kept;
    }
  }
}

/** What is on record now plus everything the pass may write. */
function journalOf(input: PlanInput, planned: Map<string, PendingSheetMarks>): MarkState {
  const previous = input.previous;
  const journal: MarkState = structuredClone(previous ?? { version: 1 as const, writtenAt: input.writtenAt, sheets: {} });
  journal.writtenAt = input.writtenAt;
  const pending = (journal.pending ??= { sheets: {}, findingsSheets: [] });
  for (const [name, add] of planned) {
    const p = (pending.sheets[name] ??= emptyPendingSheet());
    p.overlays ||= add.overlays;
    p.notes ||= add.notes;
    const known = new Set(p.noteCells);
    p.noteCells = p.noteCells.concat(add.noteCells.filter((c) => !known.has(c)));
    p.comments = p.comments.concat(add.comments);
    const planned = new Set(add.fills.map((f) => f.cell));
    p.fills = [...p.fills.filter((f) => !planned.has(f.cell)), ...add.fills];
  }
  const wanted = wantedFindingsSheet(input);
  if (wanted) {
    // Its name on record before it exists: Clear removes a findings sheet only if it is there.
    if (previous?.findingsSheet && previous.findingsSheet !== wanted.name) pending.findingsSheets.push(previous.findingsSheet);
    journal.findingsSheet = wanted.name;
  }
  pending.findingsSheets = [...new Set(pending.findingsSheets.filter((s) => s !== journal.findingsSheet))];
  compactState(journal);
  return journal;
}

function chunkOps(ops: WriteOp[], caps: Capabilities, limits: MarkLimits): WriteOp[][] {
  const byteLimit = caps.payloadLimited ? (limits.payloadBytes ?? DEFAULT_PAYLOAD) : Number.POSITIVE_INFINITY;
  const opLimit = limits.opsPerSync ?? DEFAULT_OPS;
  const chunks: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    const size = opBytes(op);
    if (current.length && (bytes + size > byteLimit || current.length >= opLimit)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += size;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/**
 * Plans a pass that replaces the add-in's marks with `marks` (removes them all when `marks` is
 * empty). Throws a HostError when a sheet to mark is protected or missing, or a sheet of the
 * user's has the findings sheet's name: nothing is written then.
 */
export function planMarks(input: PlanInput): MarkPlan {
  const bySheet = marksBySheet(input.marks);
  refuse(input, bySheet);
  const discover = oneUndoStep(input.caps);
  const markedCells = new Map([...bySheet].map(([name, list]) => [name, new Set(list.map((m) => m.cell))]));
  const removed = removals(input, markedCells, discover);
  const added = additions(input, bySheet, removed, discover);
  const ops = [...removed.ops, ...added.ops];
  const wanted = wantedFindingsSheet(input);
  if (wanted) {
    ops.push({ kind: 'add-findings-sheet', name: wanted.name, header: wanted.header, rows: wanted.rows });
    added.record.findingsSheet = wanted.name;
  }
  carryOver(input, added.record);
  const adds = ops.some(isAddition);
  // Hosts that find their marks by themselves need a journal only for the findings sheet's name.
  const needsJournal = adds && (!discover || (wanted !== null && wanted.name !== input.previous?.findingsSheet));
  return {
    chunks: chunkOps(ops, input.caps, input.limits ?? {}),
    record: added.record,
    journal: needsJournal ? journalOf(input, added.pending) : null,
    report: added.report,
    discover,
  };
}

/** A mark the write step created, with the id Excel gave it. */
export interface CreatedMark {
  sheet: string;
  kind: 'overlay' | 'comment';
  id: string;
}

/** The record to keep after a complete pass: the plan's, with the new ids; null when it holds nothing. */
export function finishRecord(record: MarkState, created: readonly CreatedMark[]): MarkState | null {
  const next = structuredClone(record);
  for (const c of created) {
    const rec = (next.sheets[c.sheet] ??= emptySheetMarks());
    (c.kind === 'overlay' ? rec.overlayIds : rec.commentIds).push(c.id);
  }
  // Fill records of cells the user recoloured stay theirs: nothing to restore later.
  compactState(next);
  return Object.keys(next.sheets).length || next.findingsSheet || next.pending ? next : null;
}

/** Whether two records say the same (the time they were written aside). */
export function sameRecord(a: MarkState | null, b: MarkState | null): boolean {
  const text = (s: MarkState | null): string => {
    if (!s) return encodeMarkState({ version: 1, writtenAt: '', sheets: {} });
    const copy = structuredClone(s);
    compactState(copy);
    return encodeMarkState({ ...copy, writtenAt: '' });
  };
  return text(a) === text(b);
}

/** What a run of chunks writes, for the pane when a pass stops part way. */
export function summarise(chunks: readonly WriteOp[][]): WrittenSummary {
  const out: WrittenSummary = { removed: 0, overlays: 0, notes: 0, comments: 0, fills: 0, findingsSheet: false };
  for (const op of chunks.flat()) {
    if (op.kind === 'add-overlay') out.overlays++;
    else if (op.kind === 'add-note') out.notes++;
    else if (op.kind === 'add-comment') out.comments++;
    else if (op.kind === 'set-fill') out.fills++;
    else if (op.kind === 'add-findings-sheet') out.findingsSheet = true;
    else out.removed++;
  }
  return out;
}
