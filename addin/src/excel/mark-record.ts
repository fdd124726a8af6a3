/**
 * The record of our marks as it is saved in document settings. Office keeps about 2 MB of
 * settings per add-in (less in practice), and a record listing every note's full text took
 * 3.9 MB for 12,000 findings, so the saved form is compact:
 * - notes: the cells as A1 areas ("D2:D900,F7") and, per cell, a 6-character hash of the text
 *   we wrote (enough to tell whether the user has edited the note since: then it is theirs);
 * - fills (Office 2016): cells grouped by (original colour, our colour), as areas.
 * Overlay and comment ids are kept as they are. Version 1 records (full note texts) still read.
 */
import { compressCells, parseAreas, parseCellAddress, rangeRef, cellAddress } from './address.ts';
import type { FillRecord, MarkState, SheetMarks } from './mark-state.ts';

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

interface SavedRecordV2 {
  version: 2;
  writtenAt: string;
  findingsSheet?: string;
  sheets: Record<string, SavedSheet>;
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
    saved.n = [areas, cellsOfAreas(areas).map((cell) => hashOf.get(cell) ?? '').join('')];
    saved.nl = marks.noteChars;
  }
  if (marks.commentIds.length) saved.c = marks.commentIds;
  if (marks.fills.length) {
    const groups = new Map<string, { original: string | null; applied: string; cells: string[] }>();
    for (const f of marks.fills) {
      const key = `${f.original ?? ''}\u0000${f.applied}`;
      const group = groups.get(key) ?? { original: f.original, applied: f.applied, cells: [] };
      group.cells.push(f.cell);
      groups.set(key, group);
    }
    saved.f = [...groups.values()].map((g) => [g.original, g.applied, areasOf(g.cells)]);
  }
  return saved;
}

/** The record as saved: JSON text. */
export function encodeMarkState(state: MarkState): string {
  const saved: SavedRecordV2 = { version: 2, writtenAt: state.writtenAt, sheets: {} };
  if (state.findingsSheet) saved.findingsSheet = state.findingsSheet;
  for (const [name, marks] of Object.entries(state.sheets)) saved.sheets[name] = encodeSheet(marks);
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
  const fills: FillRecord[] = [];
  for (const group of Array.isArray(saved.f) ? saved.f : []) {
    if (!Array.isArray(group) || typeof group[1] !== 'string' || typeof group[2] !== 'string') continue;
    const original = typeof group[0] === 'string' ? group[0] : null;
    for (const cell of cellsOfAreas(group[2])) fills.push({ cell, original, applied: group[1] });
  }
  const noteChars = typeof saved.nl === 'number' && saved.nl >= 0 ? saved.nl : 0;
  return { overlayIds: strings(saved.o), notes, noteChars, commentIds: strings(saved.c), fills };
}

/** A version 1 record: note texts in full, fills one by one. */
function decodeSheetV1(saved: Record<string, unknown>): SheetMarks {
  const notes: SheetMarks['notes'] = [];
  let noteChars = 0;
  for (const n of Array.isArray(saved['notes']) ? saved['notes'] : []) {
    if (n && typeof n.cell === 'string' && typeof n.content === 'string') {
      notes.push({ cell: n.cell, hash: noteHash(n.content) });
      noteChars += n.content.length;
    }
  }
  const fills: FillRecord[] = [];
  for (const f of Array.isArray(saved['fills']) ? saved['fills'] : []) {
    if (f && typeof f.cell === 'string' && typeof f.applied === 'string') fills.push({ cell: f.cell, original: typeof f.original === 'string' ? f.original : null, applied: f.applied });
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
  const record = value as { version?: unknown; writtenAt?: unknown; findingsSheet?: unknown; sheets?: unknown };
  if ((record.version !== 1 && record.version !== 2) || typeof record.sheets !== 'object' || record.sheets === null) return null;
  const state: MarkState = { version: 1, writtenAt: typeof record.writtenAt === 'string' ? record.writtenAt : '', sheets: {} };
  if (typeof record.findingsSheet === 'string') state.findingsSheet = record.findingsSheet;
  for (const [name, saved] of Object.entries(record.sheets as Record<string, unknown>)) {
    if (typeof saved !== 'object' || saved === null) continue;
    state.sheets[name] = record.version === 2 ? decodeSheetV2(saved as SavedSheet) : decodeSheetV1(saved as Record<string, unknown>);
  }
  return state;
}
