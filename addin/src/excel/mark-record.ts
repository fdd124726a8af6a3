/**
 * The record of what the add-in wrote into a workbook, and its saved form. It is kept in the
 * workbook itself (document settings travel with the file) so that Clear, and the next Validate,
 * remove exactly our marks and restore exactly what was there: conditional-format ids, a hash of
 * each note we wrote, comment ids, and for the Office 2016 fallback the original fill colour of
 * every cell we filled.
 *
 * Office keeps about 2 MB of settings per add-in (less in practice), and a record listing every
 * note's full text took 3.9 MB for 12,000 findings, so the saved form is compact:
 * - notes: the cells as A1 areas ("D2:D900,F7") and, per cell, a 6-character hash of the text
 *   we wrote (enough to tell whether the user has edited the note since: then it is theirs);
 * - fills (Office 2016): cells grouped by (original colour, our colour), as areas.
 * Overlay and comment ids are kept as they are. Version 1 records (full note texts) still read.
 */
import { compressCells, parseAreas, parseCellAddress, rangeRef, cellAddress } from './address.ts';

export interface FillRecord {
  cell: string;
  /** Fill colour before we marked the cell; null when it had none. */
  original: string | null;
  /** The colour we set, so a cell the user has since recoloured is left alone. */
  applied: string;
}

export interface SheetMarks {
  overlayIds: string[];
  /** Our notes: the cell and noteHash() of the text we wrote there. */
  notes: { cell: string; hash: string }[];
  /** Characters of those notes together: how much reading them back will return. */
  noteChars: number;
  commentIds: string[];
  fills: FillRecord[];
}

/**
 * What a pass that has not finished may have written on one sheet. Saved before its first write,
 * so that whatever part of it reached the workbook, Clear finds it: ids are given by Excel only
 * once a mark exists, so overlays and notes are recognised by our formula and our first line (as
 * on ExcelApi 1.20), comments by their cell and text.
 */
export interface PendingSheetMarks {
  /** Conditional formats on the sheet whose rule is our formula are ours. */
  overlays: boolean;
  /**
   * A note that starts with our first line is ours on every note cell of the sheet's record
   * (whatever its hash: the pass may have rewritten it) and on `noteCells`.
   */
  notes: boolean;
  /** Cells the pass may have written a note on beyond those already on record. */
  noteCells: string[];
  /** Comments we may have added: the cell and noteHash() of the text. */
  comments: { cell: string; hash: string }[];
  /** Fills we may have set, with the colour each cell had before (known before writing). */
  fills: FillRecord[];
}

export interface PendingPass {
  sheets: Record<string, PendingSheetMarks>;
  /** Findings sheets of earlier passes that may still be there (the pass's own is `findingsSheet`). */
  findingsSheets: string[];
}

export interface MarkState {
  version: 1;
  /** ISO time of the pass that wrote these marks. */
  writtenAt: string;
  sheets: Record<string, SheetMarks>;
  /** Name of the findings sheet we added, if the user asked for one. */
  findingsSheet?: string;
  /** A pass that started writing and did not finish (see PendingSheetMarks). */
  pending?: PendingPass;
}

export function emptySheetMarks(): SheetMarks {
  return { overlayIds: [], notes: [], noteChars: 0, commentIds: [], fills: [] };
}

export function emptyPendingSheet(): PendingSheetMarks {
  return { overlays: false, notes: false, noteCells: [], comments: [], fills: [] };
}

function isEmptySheet(s: SheetMarks): boolean {
  return !s.overlayIds.length && !s.notes.length && !s.commentIds.length && !s.fills.length;
}

function isEmptyPendingSheet(s: PendingSheetMarks): boolean {
  return !s.overlays && !s.notes && !s.noteCells.length && !s.comments.length && !s.fills.length;
}

/** Drops sheets with nothing on record, and an empty pending part. */
export function compactState(state: MarkState): void {
  for (const [name, s] of Object.entries(state.sheets)) if (isEmptySheet(s)) delete state.sheets[name];
  if (state.pending) {
    for (const [name, s] of Object.entries(state.pending.sheets)) if (isEmptyPendingSheet(s)) delete state.pending.sheets[name];
    if (!Object.keys(state.pending.sheets).length && !state.pending.findingsSheets.length) delete state.pending;
  }
}

/**
 * Characters of saved record we allow ourselves: half the documented 2 MB, because saves have
 * been reported failing near 1 MB (OfficeDev/office-js#3957). Marks that would not fit in the
 * record are not written: a mark without a record could not be cleared.
 */
export const RECORD_CHAR_BUDGET = 1_000_000;

/** Saved characters a recorded note costs at most (its hash, and its cell when no area merges it). */
export function noteRecordChars(cell: string): number {
  return HASH_LENGTH + cell.length + 1;
}

/** Saved characters a recorded overlay or comment costs: an id such as "{8-4-4-4-12}", quoted, a comma. */
export const ID_RECORD_CHARS = 42;

/** Saved characters a recorded fill costs at most. */
export function fillRecordChars(cell: string): number {
  return cell.length + 1;
}

const HASH_LENGTH = 6;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * FNV-1a (32 bits) of a note's text, as 6 base64url characters. A user's edit is missed only if
 * the edited text hashes the same: about one edit in four billion.
 */
export function noteHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 0;
  let out = '';
  for (let i = 0; i < HASH_LENGTH; i++) {
    out += BASE64URL[h & 63];
    h = Math.floor(h / 64);
  }
  return out;
}

interface SavedSheet {
  /** Overlay (conditional format) ids. */
  o?: string[];
  /** Notes: [areas, hashes of the cells in area order, row by row]. */
  n?: [string, string];
  /** Characters of the notes together. */
  nl?: number;
  /** Comment ids. */
  c?: string[];
  /** Fills: [original colour or null, our colour, areas]. */
  f?: [string | null, string, string][];
}

interface SavedPendingSheet {
  /** Overlays with our formula are ours (1). */
  o?: 1;
  /** Notes with our first line are ours on the recorded note cells (1). */
  m?: 1;
  /** Further cells where a note with our first line is ours, as areas. */
  n?: string;
  /** Comments: [cell, hash]. */
  c?: [string, string][];
  /** Fills, as in SavedSheet. */
  f?: [string | null, string, string][];
}

interface SavedRecordV2 {
  version: 2;
  writtenAt: string;
  findingsSheet?: string;
  sheets: Record<string, SavedSheet>;
  /** A pass in progress: { s: sheets, f: findings sheets }. */
  p?: { s: Record<string, SavedPendingSheet>; f?: string[] };
}

/** Every cell of the areas, area by area, row by row: the order the note hashes are saved in. */
function cellsOfAreas(areas: string): string[] {
  const cells: string[] = [];
  for (const r of parseAreas(areas)) {
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) cells.push(cellAddress(row, col));
  }
  return cells;
}

function areasOf(cells: Iterable<string>): string {
  const positions = [...cells].map(parseCellAddress).filter((p): p is { row: number; col: number } => p !== null);
  return compressCells(positions).map(rangeRef).join(',');
}

function encodeSheet(marks: SheetMarks): SavedSheet {
  const saved: SavedSheet = {};
  if (marks.overlayIds.length) saved.o = marks.overlayIds;
  if (marks.notes.length) {
    const hashOf = new Map(marks.notes.map((n) => [n.cell.toUpperCase(), n.hash]));
    const areas = areasOf(hashOf.keys());
    saved.n = [
      areas,
      cellsOfAreas(areas)
        .map((cell) => hashOf.get(cell) ?? '')
        .join(''),
    ];
    saved.nl = marks.noteChars;
  }
  if (marks.commentIds.length) saved.c = marks.commentIds;
  if (marks.fills.length) saved.f = encodeFills(marks.fills);
  return saved;
}

/** Fills grouped by (original colour, our colour), each group's cells as areas. */
function encodeFills(fills: FillRecord[]): [string | null, string, string][] {
  const groups = new Map<string, { original: string | null; applied: string; cells: string[] }>();
  for (const f of fills) {
    const key = `${f.original ?? ''}\u0000${f.applied}`;
    const group = groups.get(key) ?? { original: f.original, applied: f.applied, cells: [] };
    group.cells.push(f.cell);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => [g.original, g.applied, areasOf(g.cells)]);
}

function encodePendingSheet(marks: PendingSheetMarks): SavedPendingSheet {
  const saved: SavedPendingSheet = {};
  if (marks.overlays) saved.o = 1;
  if (marks.notes) saved.m = 1;
  if (marks.noteCells.length) saved.n = areasOf(marks.noteCells);
  if (marks.comments.length) saved.c = marks.comments.map((c) => [c.cell, c.hash]);
  if (marks.fills.length) saved.f = encodeFills(marks.fills);
  return saved;
}

/** The record as saved: JSON text. */
export function encodeMarkState(state: MarkState): string {
  const saved: SavedRecordV2 = { version: 2, writtenAt: state.writtenAt, sheets: {} };
  if (state.findingsSheet) saved.findingsSheet = state.findingsSheet;
  for (const [name, marks] of Object.entries(state.sheets)) saved.sheets[name] = encodeSheet(marks);
  if (state.pending) {
    saved.p = { s: {} };
    for (const [name, marks] of Object.entries(state.pending.sheets)) saved.p.s[name] = encodePendingSheet(marks);
    if (state.pending.findingsSheets.length) saved.p.f = state.pending.findingsSheets;
  }
  return JSON.stringify(saved);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);

function decodeSheetV2(saved: SavedSheet): SheetMarks {
  const notes: SheetMarks['notes'] = [];
  if (Array.isArray(saved.n) && typeof saved.n[0] === 'string' && typeof saved.n[1] === 'string') {
    const hashes = saved.n[1];
    cellsOfAreas(saved.n[0]).forEach((cell, i) => {
      const hash = hashes.slice(i * HASH_LENGTH, (i + 1) * HASH_LENGTH);
      if (hash.length === HASH_LENGTH) notes.push({ cell, hash });
    });
  }
  const noteChars = typeof saved.nl === 'number' && saved.nl >= 0 ? saved.nl : 0;
  return { overlayIds: strings(saved.o), notes, noteChars, commentIds: strings(saved.c), fills: decodeFills(saved.f) };
}

function decodeFills(saved: unknown): FillRecord[] {
  const fills: FillRecord[] = [];
  for (const group of Array.isArray(saved) ? saved : []) {
    if (!Array.isArray(group) || typeof group[1] !== 'string' || typeof group[2] !== 'string') continue;
    const original = typeof group[0] === 'string' ? group[0] : null;
    for (const cell of cellsOfAreas(group[2])) fills.push({ cell, original, applied: group[1] });
  }
  return fills;
}

function decodePendingSheet(saved: SavedPendingSheet): PendingSheetMarks {
  const comments: PendingSheetMarks['comments'] = [];
  for (const c of Array.isArray(saved.c) ? saved.c : []) {
    if (Array.isArray(c) && typeof c[0] === 'string' && typeof c[1] === 'string') comments.push({ cell: c[0], hash: c[1] });
  }
  return {
    overlays: saved.o === 1,
    notes: saved.m === 1,
    noteCells: typeof saved.n === 'string' ? cellsOfAreas(saved.n) : [],
    comments,
    fills: decodeFills(saved.f),
  };
}

function decodePending(saved: unknown): PendingPass | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const p = saved as { s?: unknown; f?: unknown };
  const pending: PendingPass = { sheets: {}, findingsSheets: strings(p.f) };
  if (typeof p.s === 'object' && p.s !== null) {
    for (const [name, sheet] of Object.entries(p.s as Record<string, unknown>)) {
      if (typeof sheet === 'object' && sheet !== null) pending.sheets[name] = decodePendingSheet(sheet);
    }
  }
  return pending;
}

/** The objects of a saved array; anything else in it (a stray number, null) is skipped. */
function savedObjects(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
}

/** A version 1 record: note texts in full, fills one by one. */
function decodeSheetV1(saved: Record<string, unknown>): SheetMarks {
  const notes: SheetMarks['notes'] = [];
  let noteChars = 0;
  for (const n of savedObjects(saved['notes'])) {
    if (typeof n['cell'] === 'string' && typeof n['content'] === 'string') {
      notes.push({ cell: n['cell'], hash: noteHash(n['content']) });
      noteChars += n['content'].length;
    }
  }
  const fills: FillRecord[] = [];
  for (const f of savedObjects(saved['fills'])) {
    const { cell, applied, original } = f;
    if (typeof cell === 'string' && typeof applied === 'string') fills.push({ cell, original: typeof original === 'string' ? original : null, applied });
  }
  return { overlayIds: strings(saved['overlayIds']), notes, noteChars, commentIds: strings(saved['commentIds']), fills };
}

/** Reads a saved record (either version); null for anything else, which is treated as no record. */
export function decodeMarkState(raw: unknown): MarkState | null {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as { version?: unknown; writtenAt?: unknown; findingsSheet?: unknown; sheets?: unknown; p?: unknown };
  if ((record.version !== 1 && record.version !== 2) || typeof record.sheets !== 'object' || record.sheets === null) return null;
  const state: MarkState = { version: 1, writtenAt: typeof record.writtenAt === 'string' ? record.writtenAt : '', sheets: {} };
  if (typeof record.findingsSheet === 'string') state.findingsSheet = record.findingsSheet;
  for (const [name, saved] of Object.entries(record.sheets as Record<string, unknown>)) {
    if (typeof saved !== 'object' || saved === null) continue;
    state.sheets[name] = record.version === 2 ? decodeSheetV2(saved) : decodeSheetV1(saved as Record<string, unknown>);
  }
  const pending = record.version === 2 ? decodePending(record.p) : undefined;
  if (pending) state.pending = pending;
  return state;
}
