/**
 * Writes marks into the workbook, and removes them, without ever changing a cell's value.
 *
 * One pass = 2 read syncs (the sheet names; then what we wrote last time, what the user has
 * there now, protection — split on Excel on the web when the expected response passes 5 MB;
 * one more when the workbook has comments) + 1 write sync per chunk (our previous marks removed
 * and the new ones added in the same batch, so no half-updated state is ever visible; see the
 * add-in README on undo). Chunks exist only to stay under
 * Excel on the web's 5 MB request limit; their number grows with the number of notes, never
 * with the number of rows, because highlighted cells are compressed into areas and sent as
 * `worksheet.getRanges("A1:A9,C3,…")` batches, one conditional format per severity and batch.
 *
 * Clear is the same pass with no marks. Running Validate twice leaves the state of one run.
 */
import type { Severity } from '@mubiao/core';
import type { CellMark } from '../shared/marks.ts';
import { NOTE_MARKER, SEVERITY_RANK } from '@mubiao/core';
import { SEVERITY_COLOURS } from '../shared/marks.ts';
import { columnName, compressCells, parseCellAddress, rangeRef } from './address.ts';
import type { Capabilities } from './capabilities.ts';
import { isNull } from './null-object.ts';
import { explanationStyle, markStyle, oneUndoStep } from './capabilities.ts';
import { HostError, protectedSheet } from './errors.ts';
import { isOwnSheet } from './read.ts';
import { emptySheetMarks, type MarkState, type MarkStore, type SheetMarks } from './mark-state.ts';
import { ID_RECORD_CHARS, fillRecordChars, noteHash, noteRecordChars, RECORD_CHAR_BUDGET } from './mark-record.ts';

export interface WriteOptions {
  /** Add a sheet listing every finding (off by default: the workbook stays as it was). */
  findingsSheet?: { name: string; header: string[]; rows: (string | number)[][] } | null;
  /** Bytes per request on payload-limited hosts (Excel on the web: 5 MB). */
  payloadBytes?: number;
  /** Upper bound of characters in one getRanges address list. */
  areaBatchChars?: number;
  /** Upper bound of queued operations per sync on hosts without a payload limit. */
  opsPerSync?: number;
  /** Characters the saved record may take (default RECORD_CHAR_BUDGET). */
  recordChars?: number;
  now?: () => Date;
}

export interface WriteResult {
  syncs: number;
  chunks: number;
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
  /** Whether the record was saved to document settings (which clears Excel's undo stack). */
  saved?: boolean;
}

export const AREA_BATCH_CHARS = 2000;
const DEFAULT_PAYLOAD = 4_000_000;
const DEFAULT_OPS = 250_000;
/** The formula of our overlays: always true, and recognisable if our record is ever lost. */
export const OVERLAY_FORMULA = '=N("mubiao")=0';
/**
 * First line of every note we write (core's one marker), so a pass on ExcelApi 1.20 finds our
 * notes without a saved record. A note whose first line the user removes is theirs from then on.
 */
export { NOTE_MARKER };

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
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** A queued write with an estimate of its request bytes. */
interface Op {
  bytes: number;
  run: () => void;
}

function groupBySheet(marks: CellMark[]): Map<string, CellMark[]> {
  const out = new Map<string, CellMark[]>();
  for (const m of marks) {
    const list = out.get(m.sheet) ?? [];
    list.push(m);
    out.set(m.sheet, list);
  }
  return out;
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

function chunkOps(ops: Op[], caps: Capabilities, options: WriteOptions): Op[][] {
  const byteLimit = caps.payloadLimited ? (options.payloadBytes ?? DEFAULT_PAYLOAD) : Number.POSITIVE_INFINITY;
  const opLimit = options.opsPerSync ?? DEFAULT_OPS;
  const chunks: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length && (bytes + op.bytes > byteLimit || current.length >= opLimit)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** "'My Sheet'!$B$3" → "My Sheet!B3", the key we compare comment places by. */
export function sheetCellKey(address: string): string {
  const bang = address.lastIndexOf('!');
  const rawSheet = bang >= 0 ? address.slice(0, bang) : '';
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, '').toUpperCase()}`;
}

function sameColour(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

/** Excel reports "no fill" as white on hosts without fill patterns (ExcelApi < 1.9). */
function recordedFill(colour: string | null | undefined): string | null {
  if (!colour || sameColour(colour, '#FFFFFF')) return null;
  return colour;
}

/**
 * Replaces the add-in's marks with `marks` (or removes them all when `marks` is empty).
 * Throws a HostError, having written nothing, when a sheet to mark is protected.
 */
export async function applyMarks(
  context: Excel.RequestContext,
  marks: CellMark[],
  caps: Capabilities,
  store: MarkStore,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const previous = store.read();
  const bySheet = groupBySheet(marks);
  const style = markStyle(caps);
  const explain = explanationStyle(caps);
  const result: WriteResult = { syncs: 0, chunks: 0, overlays: 0, notes: 0, comments: 0, fills: 0, skippedExplanations: [], keptUserFills: [], overRecordLimit: 0 };
  const sync = async (): Promise<void> => {
    result.syncs++;
    await context.sync();
  };
  const sheets = context.workbook.worksheets;
  // The sheets that exist now: anything queued on a sheet the user has deleted since (even
  // through getItemOrNullObject) fails the whole batch, so we ask only about sheets we know.
  sheets.load('items/name');
  await sync();
  const existing = new Set(sheets.items.map((s) => s.name));
  const sheetOf = (name: string): Excel.Worksheet | null => (existing.has(name) ? sheets.getItem(name) : null);
  // Reads are one sync, except on payload-limited hosts where the expected response is split.
  const readBudget = caps.payloadLimited ? (options.payloadBytes ?? DEFAULT_PAYLOAD) : Number.POSITIVE_INFINITY;
  let pendingRead = 0;
  const expectResponse = async (bytes: number): Promise<void> => {
    if (pendingRead > 0 && pendingRead + bytes > readBudget) {
      await sync();
      pendingRead = 0;
    }
    pendingRead += bytes;
  };

  // ---- Read: everything the write needs to decide, in one sync. ----
  const names = new Set([...Object.keys(previous?.sheets ?? {}), ...bySheet.keys()]);
  const ws = new Map<string, Excel.Worksheet | null>();
  for (const name of names) ws.set(name, sheetOf(name));
  const protections = new Map<string, Excel.WorksheetProtection>();
  if (caps.protection) {
    for (const name of bySheet.keys()) {
      const sheet = ws.get(name);
      if (!sheet) continue;
      const p = sheet.protection;
      p.load('protected');
      protections.set(name, p);
    }
  }
  const existingOverlays = new Map<string, Excel.ConditionalFormatCollection>();
  /** On undo-group hosts: every note of every sheet, to find ours by their marker. */
  const allNotes = new Map<string, Excel.NoteCollection>();
  const discover = oneUndoStep(caps);
  if (discover) {
    // Our previous marks, found by themselves: no record needed, so none is saved (saving
    // document settings would clear Excel's undo stack). Same sync as the rest of the read.
    for (const name of existing) {
      if (isOwnSheet(name)) continue;
      const sheet = sheets.getItem(name);
      ws.set(name, ws.get(name) ?? sheet);
      const cfs = sheet.getRange().conditionalFormats;
      cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
      existingOverlays.set(name, cfs);
      const notes = sheet.notes;
      notes.load('items/content');
      allNotes.set(name, notes);
    }
  }
  const prevNotes = new Map<string, Map<string, Excel.Note>>();
  const prevComments: Excel.Comment[] = [];
  const prevFills = new Map<string, Map<string, Excel.RangeFill>>();
  for (const [name, record] of Object.entries(previous?.sheets ?? {})) {
    const sheet = ws.get(name);
    if (!sheet) continue;
    if (record.overlayIds.length && caps.conditionalFormats && !existingOverlays.has(name)) {
      const cfs = sheet.getRange().conditionalFormats;
      cfs.load('items/id');
      existingOverlays.set(name, cfs);
    }
    if (record.notes.length && caps.notes) {
      const map = new Map<string, Excel.Note>();
      // The record keeps no texts, only their total: reads are split by the average note.
      const noteChars = Math.ceil(record.noteChars / record.notes.length) || 300;
      for (const n of record.notes) {
        await expectResponse(80 + noteChars * 3);
        const note = sheet.notes.getItemOrNullObject(n.cell);
        note.load('content');
        map.set(n.cell, note);
      }
      prevNotes.set(name, map);
    }
    if (record.commentIds.length && caps.comments) {
      for (const id of record.commentIds) {
        await expectResponse(100);
        const c = context.workbook.comments.getItemOrNullObject(id);
        c.load('id');
        prevComments.push(c);
      }
    }
    if (record.fills.length) {
      const map = new Map<string, Excel.RangeFill>();
      for (const f of record.fills) {
        await expectResponse(80);
        const fill = sheet.getRange(f.cell).format.fill;
        fill.load('color');
        map.set(f.cell, fill);
      }
      prevFills.set(name, map);
    }
  }
  // What the user has on the cells we are about to mark.
  const targetNotes = new Map<string, Map<string, Excel.Note>>();
  const targetFills = new Map<string, Map<string, Excel.RangeFill>>();
  let commentsAt: { comments: Excel.CommentCollection; places: Map<Excel.Comment, Excel.Range> } | null = null;
  for (const [name, list] of bySheet) {
    const sheet = ws.get(name);
    if (!sheet) continue;
    if (explain === 'note') {
      const map = prevNotes.get(name) ?? new Map<string, Excel.Note>();
      const mine = new Map<string, Excel.Note>();
      for (const m of list) {
        if (!map.has(m.cell)) await expectResponse(80);
        const note = map.get(m.cell) ?? sheet.notes.getItemOrNullObject(m.cell);
        if (!map.has(m.cell)) note.load('content');
        mine.set(m.cell, note);
      }
      targetNotes.set(name, mine);
    }
    if (style === 'fill') {
      const known = prevFills.get(name) ?? new Map<string, Excel.RangeFill>();
      const mine = new Map<string, Excel.RangeFill>();
      for (const m of list) {
        if (!known.has(m.cell)) await expectResponse(80);
        const fill = known.get(m.cell) ?? sheet.getRange(m.cell).format.fill;
        if (!known.has(m.cell)) fill.load('color');
        mine.set(m.cell, fill);
      }
      targetFills.set(name, mine);
    }
  }
  if (explain === 'comment' && marks.length) {
    const comments = context.workbook.comments;
    comments.load('items/id');
    commentsAt = { comments, places: new Map() };
  }
  const findingsSheetProxy = previous?.findingsSheet ? sheetOf(previous.findingsSheet) : null;
  // A sheet of the findings sheet's name that is not ours is never replaced.
  const wantedFindings = options.findingsSheet && marks.length ? options.findingsSheet.name : null;
  const clash = wantedFindings && wantedFindings !== previous?.findingsSheet ? sheetOf(wantedFindings) : null;
  await sync();
  if (commentsAt) {
    // Where each existing comment sits; a second read only when the workbook has comments.
    for (const c of commentsAt.comments.items) {
      const place = c.getLocation();
      place.load('address');
      commentsAt.places.set(c, place);
    }
    if (commentsAt.places.size) await sync();
  }

  for (const [name, p] of protections) if (p.protected) throw protectedSheet(name);
  if (wantedFindings && clash && !isNull(clash)) {
    throw new HostError(
      'host-error',
      `工作簿中已有名为“${wantedFindings}”的工作表，不会覆盖它。请改名或取消“另建校验结果工作表”。未写入任何内容。`,
      `The workbook already has a sheet named "${wantedFindings}"; it is not replaced. Rename it or untick the findings sheet. Nothing was written.`,
      wantedFindings,
    );
  }
  for (const name of bySheet.keys()) {
    if (isNull(ws.get(name))) {
      throw new HostError('host-error', `找不到工作表“${name}”。未写入任何内容。`, `Sheet "${name}" was not found. Nothing was written.`, name);
    }
  }

  // ---- Plan the writes. ----
  const ops: Op[] = [];
  const next: MarkState = { version: 1, writtenAt: (options.now?.() ?? new Date()).toISOString(), sheets: {} };
  const record = (name: string): SheetMarks => (next.sheets[name] ??= emptySheetMarks());
  const createdOverlays: { sheet: string; cf: Excel.ConditionalFormat }[] = [];
  const createdComments: { sheet: string; comment: Excel.Comment }[] = [];

  // What the saved record will take; marks it could not hold are not written (see overRecordLimit).
  let recordChars = 200;
  const recordBudget = options.recordChars ?? RECORD_CHAR_BUDGET;
  const spend = (chars: number): boolean => {
    if (recordChars + chars > recordBudget) {
      result.overRecordLimit++;
      return false;
    }
    recordChars += chars;
    return true;
  };
  /** Per sheet, the cells whose note is still the one we recorded (unedited, so ours). */
  const uneditedNotes = new Map<string, Set<string>>();
  const markedCells = new Map([...bySheet].map(([name, list]) => [name, new Set(list.map((m) => m.cell))]));
  // Remove what we wrote last time (and only that).
  for (const [name, prev] of Object.entries(previous?.sheets ?? {})) {
    const sheet = ws.get(name);
    if (!sheet || isNull(sheet)) continue; // the user deleted the sheet
    const cfs = existingOverlays.get(name);
    if (cfs && !discover) {
      const ours = new Set(prev.overlayIds);
      for (const cf of cfs.items) if (ours.has(cf.id)) ops.push({ bytes: 120, run: () => cf.delete() });
    }
    const notes = prevNotes.get(name);
    const unedited = new Set<string>();
    uneditedNotes.set(name, unedited);
    for (const n of prev.notes) {
      // On undo-group hosts notes carrying our marker are removed below, found by themselves.
      const note = notes?.get(n.cell);
      if (!note || isNull(note)) continue;
      if (discover && isOurNoteText(note.content)) continue;
      // A note the user has edited since is theirs now.
      if (noteHash(note.content) === n.hash) {
        unedited.add(n.cell);
        ops.push({ bytes: 120, run: () => note.delete() });
      }
    }
    const fills = prevFills.get(name);
    for (const f of prev.fills) {
      const fill = fills?.get(f.cell);
      if (!fill) continue;
      if (!sameColour(fill.color, f.applied)) {
        result.keptUserFills.push(`${name}!${f.cell}`);
        continue;
      }
      const stillMarked = markedCells.get(name)?.has(f.cell) ?? false;
      if (!stillMarked) {
        ops.push({ bytes: 140, run: () => (f.original ? (fill.color = f.original) : fill.clear()) });
      }
    }
  }
  if (discover) {
    const recorded = new Map(Object.entries(previous?.sheets ?? {}).map(([name, rec]) => [name, new Set(rec.overlayIds)]));
    for (const [name, cfs] of existingOverlays) {
      for (const cf of cfs.items) {
        const byFormula = cf.type === 'Custom' && isOverlayFormula(cf.customOrNullObject.rule.formula);
        if (byFormula || recorded.get(name)?.has(cf.id)) ops.push({ bytes: 120, run: () => cf.delete() });
      }
    }
    for (const notes of allNotes.values()) {
      for (const note of notes.items) if (isOurNoteText(note.content)) ops.push({ bytes: 120, run: () => note.delete() });
    }
  }
  for (const c of prevComments) if (!isNull(c)) ops.push({ bytes: 120, run: () => c.delete() });
  if (findingsSheetProxy && !isNull(findingsSheetProxy)) {
    const proxy: Excel.Worksheet = findingsSheetProxy;
    ops.push({ bytes: 120, run: () => proxy.delete() });
  }

  // Add the new marks.
  const takenByComments = new Set<string>();
  if (commentsAt) {
    const ours = new Set(prevComments.filter((c) => !isNull(c)).map((c) => c.id));
    for (const [c, place] of commentsAt.places) if (!ours.has(c.id)) takenByComments.add(sheetCellKey(place.address));
  }
  for (const [name, list] of bySheet) {
    const sheet = ws.get(name)!; // present: missing sheets were refused above
    const rec = record(name);
    if (style === 'overlay') {
      for (const severity of SEVERITIES) {
        const cells = list.filter((m) => m.severity === severity).map((m) => parseCellAddress(m.cell)).filter((c): c is { row: number; col: number } => c !== null);
        if (!cells.length) continue;
        const areas = compressCells(cells).map(rangeRef);
        const colours = SEVERITY_COLOURS[severity];
        const targets = caps.rangeAreas ? batchAreas(areas, options.areaBatchChars) : areas;
        for (const address of targets) {
          ops.push({
            bytes: 400 + address.length,
            run: () => {
              const range = caps.rangeAreas ? sheet.getRanges(address) : sheet.getRange(address);
              const cf = range.conditionalFormats.add('Custom');
              cf.custom.rule.formula = OVERLAY_FORMULA;
              cf.custom.format.fill.color = colours.fill;
              cf.custom.format.font.color = colours.font;
              // Above the user's own rules, so the mark is seen; it never stops theirs.
              cf.priority = 0;
              if (!discover) {
                cf.load('id');
                createdOverlays.push({ sheet: name, cf });
              }
            },
          });
          result.overlays++;
          if (!discover) recordChars += ID_RECORD_CHARS;
        }
      }
    } else {
      const fills = targetFills.get(name)!;
      const prevRecord = new Map((previous?.sheets[name]?.fills ?? []).map((f) => [f.cell, f]));
      for (const severity of SEVERITIES) {
        const colour = SEVERITY_COLOURS[severity].fill;
        const cells: { row: number; col: number }[] = [];
        for (const m of list.filter((x) => x.severity === severity)) {
          const fill = fills.get(m.cell)!;
          const before = prevRecord.get(m.cell);
          // Re-marking one of our own cells: its original is the one recorded last time.
          const original = before && sameColour(fill.color, before.applied) ? before.original : recordedFill(fill.color);
          if (before && !sameColour(fill.color, before.applied)) continue; // the user recoloured it: theirs
          if (!spend(fillRecordChars(m.cell))) continue;
          rec.fills.push({ cell: m.cell, original, applied: colour });
          const at = parseCellAddress(m.cell);
          if (at) cells.push(at);
        }
        for (const area of compressCells(cells).map(rangeRef)) {
          ops.push({ bytes: 160 + area.length, run: () => (sheet.getRange(area).format.fill.color = colour) });
          result.fills++;
        }
      }
    }
    if (explain === 'note') {
      const notes = targetNotes.get(name)!;
      const unedited = uneditedNotes.get(name);
      for (const m of list) {
        const existing = notes.get(m.cell)!;
        const ours = !isNull(existing) && ((unedited?.has(m.cell) ?? false) || (discover && isOurNoteText(existing.content)));
        if (!isNull(existing) && !ours) {
          result.skippedExplanations.push(`${name}!${m.cell}`);
          continue;
        }
        if (!discover && !spend(noteRecordChars(m.cell))) continue;
        const text = markedNote(m.note);
        ops.push({ bytes: 200 + m.cell.length + text.length * 3, run: () => sheet.notes.add(m.cell, text) });
        if (!discover) {
          rec.notes.push({ cell: m.cell, hash: noteHash(text) });
          rec.noteChars += text.length;
        }
        result.notes++;
      }
    } else if (explain === 'comment') {
      for (const m of list) {
        if (takenByComments.has(`${name}!${m.cell}`)) {
          result.skippedExplanations.push(`${name}!${m.cell}`);
          continue;
        }
        if (!spend(ID_RECORD_CHARS)) continue;
        ops.push({
          bytes: 200 + m.cell.length + m.note.length * 3,
          run: () => {
            const comment = context.workbook.comments.add(sheet.getRange(m.cell), m.note);
            comment.load('id');
            createdComments.push({ sheet: name, comment });
          },
        });
        result.comments++;
      }
    }
  }
  const findings = options.findingsSheet;
  if (findings && marks.length) {
    ops.push({
      bytes: 200 + JSON.stringify(findings.rows).length * 2,
      run: () => {
        const sheet = sheets.add(findings.name);
        const rows = [findings.header, ...findings.rows.map((r) => findings.header.map((_, i) => r[i] ?? ''))];
        // Addresses rather than getResizedRange (ExcelApi 1.3): this runs on Office 2016 too.
        const lastCol = columnName(findings.header.length - 1);
        sheet.getRange(`A1:${lastCol}${rows.length}`).values = rows;
        sheet.getRange(`A1:${lastCol}1`).format.font.bold = true;
      },
    });
    next.findingsSheet = findings.name;
  }

  // ---- Write: one sync per chunk. ----
  const chunks = chunkOps(ops, caps, options);
  for (const chunk of chunks) {
    for (const op of chunk) op.run();
    await sync();
  }
  result.chunks = chunks.length;
  for (const { sheet, cf } of createdOverlays) record(sheet).overlayIds.push(cf.id);
  // Marks this host cannot remove (written by a newer Excel) stay on record for one that can.
  for (const [name, prev] of Object.entries(previous?.sheets ?? {})) {
    if (!existing.has(name)) continue;
    if (!caps.conditionalFormats) record(name).overlayIds.push(...prev.overlayIds);
    if (!caps.notes) {
      record(name).notes.push(...prev.notes);
      record(name).noteChars += prev.noteChars;
    }
    if (!caps.comments) record(name).commentIds.push(...prev.commentIds);
  }
  for (const { sheet, comment } of createdComments) record(sheet).commentIds.push(comment.id);
  for (const [name, rec] of Object.entries(next.sheets)) {
    if (!rec.overlayIds.length && !rec.notes.length && !rec.commentIds.length && !rec.fills.length) delete next.sheets[name];
  }
  // Fill records of cells the user recoloured stay theirs: nothing to restore later.
  const keep = Object.keys(next.sheets).length || next.findingsSheet ? next : null;
  // On undo-group hosts the record holds at most the findings sheet's name, and is saved only
  // when that changes (or an older Excel's record is retired): every other pass saves nothing.
  const noSheets = (state: MarkState | null | undefined): boolean => !Object.keys(state?.sheets ?? {}).length;
  if (discover && noSheets(previous) && noSheets(keep) && previous?.findingsSheet === keep?.findingsSheet) {
    result.saved = false;
    return result;
  }
  await store.write(keep);
  result.saved = true;
  return result;
}

/** Removes every mark the add-in wrote and restores the original fills. */
export function clearMarks(context: Excel.RequestContext, caps: Capabilities, store: MarkStore, options: WriteOptions = {}): Promise<WriteResult> {
  return applyMarks(context, [], caps, store, options);
}

/** Worst-first ordering, for callers that show marks. */
export function sortMarks(marks: CellMark[]): CellMark[] {
  return [...marks].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.sheet.localeCompare(b.sheet) || a.cell.localeCompare(b.cell));
}
