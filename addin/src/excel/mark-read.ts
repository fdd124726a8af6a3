/**
 * The read step of a pass (read → plan → write, see write.ts): what the workbook holds now that
 * the plan needs — the sheets, protection, our previous marks (through the record, or found by
 * themselves on ExcelApi 1.20), the notes, comments and fills of the cells about to be marked —
 * in 2 syncs (the sheet names; then everything else), one more when comments must be located,
 * and on Excel on the web as many as keep each response under the payload limit.
 *
 * It returns the plain data (MarksView) for the plan, and the loaded proxies (MarkHandles) the
 * write step acts through, keyed as the view's refs.
 */
import type { CellMark } from '../shared/marks.ts';
import { explanationStyle, markStyle, oneUndoStep, type Capabilities } from './capabilities.ts';
import type { MarkState } from './mark-record.ts';
import { cellRef, sheetCellKey, type CommentSeen, type MarksView, type NoteSeen, type OverlaySeen } from './mark-plan.ts';
import { isNull } from './null-object.ts';
import { isOwnSheet } from './read.ts';

const DEFAULT_PAYLOAD = 4_000_000;

/** The proxies the write step acts through. */
export interface MarkHandles {
  worksheets: Excel.WorksheetCollection;
  /** A sheet that existed when the pass read the workbook. */
  sheet(name: string): Excel.Worksheet;
  overlays: Map<string, Excel.ConditionalFormat>;
  notes: Map<string, Excel.Note>;
  comments: Map<string, Excel.Comment>;
  fills: Map<string, Excel.RangeFill>;
}

export interface MarksRead {
  view: MarksView;
  handles: MarkHandles;
}

interface OverlayLoad {
  collection: Excel.ConditionalFormatCollection;
  withFormulas: boolean;
}

/**
 * Reads what a pass writing `marks` over the `previous` record needs. `sync` is the pass's
 * counted context.sync.
 */
export async function readMarks(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  caps: Capabilities,
  previous: MarkState | null,
  payloadBytes: number | undefined,
  sync: () => Promise<void>,
): Promise<MarksRead> {
  const worksheets = context.workbook.worksheets;
  // The sheets that exist now: anything queued on a sheet the user has deleted since (even
  // through getItemOrNullObject) fails the whole batch, so we ask only about sheets we know.
  worksheets.load('items/name');
  await sync();
  const existing = new Set(worksheets.items.map((s) => s.name));
  const proxies = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string): Excel.Worksheet | null => {
    if (!existing.has(name)) return null;
    let ws = proxies.get(name);
    if (!ws) proxies.set(name, (ws = worksheets.getItem(name)));
    return ws;
  };
  // Reads are one sync, except on payload-limited hosts where the expected response is split.
  const readBudget = caps.payloadLimited ? (payloadBytes ?? DEFAULT_PAYLOAD) : Number.POSITIVE_INFINITY;
  let pendingRead = 0;
  const expectResponse = async (bytes: number): Promise<void> => {
    if (pendingRead > 0 && pendingRead + bytes > readBudget) {
      await sync();
      pendingRead = 0;
    }
    pendingRead += bytes;
  };

  const bySheet = new Map<string, string[]>();
  for (const m of marks) {
    const cells = bySheet.get(m.sheet) ?? [];
    cells.push(m.cell);
    bySheet.set(m.sheet, cells);
  }
  const pending = previous?.pending?.sheets ?? {};
  const protections = new Map<string, Excel.WorksheetProtection>();
  if (caps.protection) {
    for (const name of bySheet.keys()) {
      const sheet = sheetOf(name);
      if (!sheet) continue;
      const p = sheet.protection;
      p.load('protected');
      protections.set(name, p);
    }
  }
  const overlays = new Map<string, OverlayLoad>();
  const loadOverlays = (name: string, withFormulas: boolean): void => {
    const sheet = sheetOf(name);
    if (!sheet || overlays.has(name)) return;
    const collection = sheet.getRange().conditionalFormats;
    collection.load(withFormulas ? 'items/id,items/type,items/customOrNullObject/rule/formula' : 'items/id');
    overlays.set(name, { collection, withFormulas });
  };
  /** On undo-group hosts: every note of every sheet, to find ours by their marker. */
  const allNotes = new Map<string, Excel.NoteCollection>();
  if (oneUndoStep(caps)) {
    // Our previous marks, found by themselves: no record needed, so none is saved (saving
    // document settings would clear Excel's undo stack). Same sync as the rest of the read.
    for (const name of existing) {
      if (isOwnSheet(name)) continue;
      loadOverlays(name, true);
      const notes = sheetOf(name)!.notes;
      notes.load('items/content');
      allNotes.set(name, notes);
    }
  }
  /** Per sheet and cell, one proxy loaded once however many reasons there are to read it. */
  const perCell = <T>(load: (sheet: Excel.Worksheet, cell: string) => T) => {
    const loaded = new Map<string, Map<string, T>>();
    const add = (name: string, cell: string): void => {
      const map = loaded.get(name) ?? new Map<string, T>();
      loaded.set(name, map);
      if (!map.has(cell)) map.set(cell, load(sheetOf(name)!, cell));
    };
    return [loaded, add] as const;
  };
  const [notesAt, loadNote] = perCell((sheet, cell) => sheet.notes.getItemOrNullObject(cell).load('content'));
  const [fillsAt, loadFill] = perCell((sheet, cell) => sheet.getRange(cell).format.fill.load('color'));
  const recorded: Excel.Comment[] = [];

  // Our previous marks, through the record.
  for (const [name, record] of Object.entries(previous?.sheets ?? {})) {
    if (!sheetOf(name)) continue;
    if (record.overlayIds.length && caps.conditionalFormats) loadOverlays(name, pending[name]?.overlays ?? false);
    if (record.notes.length && caps.notes) {
      // The record keeps no texts, only their total: reads are split by the average note.
      const noteChars = Math.ceil(record.noteChars / record.notes.length) || 300;
      for (const n of record.notes) {
        await expectResponse(80 + noteChars * 3);
        loadNote(name, n.cell);
      }
    }
    if (record.commentIds.length && caps.comments) {
      for (const id of record.commentIds) {
        await expectResponse(100);
        const c = context.workbook.comments.getItemOrNullObject(id);
        c.load('id');
        recorded.push(c);
      }
    }
    for (const f of record.fills) {
      await expectResponse(80);
      loadFill(name, f.cell);
    }
  }
  // What a pass that did not finish may have written.
  let pendingComments = false;
  for (const [name, p] of Object.entries(pending)) {
    if (!sheetOf(name)) continue;
    if (p.overlays && caps.conditionalFormats) loadOverlays(name, true);
    if (caps.notes) {
      for (const cell of p.noteCells) {
        await expectResponse(80 + 300 * 3);
        loadNote(name, cell);
      }
    }
    for (const f of p.fills) {
      await expectResponse(80);
      loadFill(name, f.cell);
    }
    pendingComments ||= p.comments.length > 0 && caps.comments;
  }
  // What the user has on the cells we are about to mark.
  const explain = explanationStyle(caps);
  for (const [name, cells] of bySheet) {
    if (!sheetOf(name)) continue;
    if (explain === 'note') {
      for (const cell of cells) {
        if (!notesAt.get(name)?.has(cell)) await expectResponse(80);
        loadNote(name, cell);
      }
    }
    if (markStyle(caps) === 'fill') {
      for (const cell of cells) {
        if (!fillsAt.get(name)?.has(cell)) await expectResponse(80);
        loadFill(name, cell);
      }
    }
  }
  let comments: Excel.CommentCollection | null = null;
  if ((explain === 'comment' && marks.length) || pendingComments) {
    comments = context.workbook.comments;
    comments.load(pendingComments ? 'items/id,items/content' : 'items/id');
  }
  await sync();
  // Where each existing comment sits; a second read only when the workbook has comments.
  const places = new Map<Excel.Comment, Excel.Range>();
  for (const c of comments?.items ?? []) {
    const place = c.getLocation();
    place.load('address');
    places.set(c, place);
  }
  if (places.size) await sync();

  return {
    view: viewOf(),
    handles: {
      worksheets,
      sheet: (name) => sheetOf(name)!,
      overlays: new Map(overlayList().map(({ seen, proxy }) => [seen.ref, proxy])),
      notes: new Map([...noteRefs()]),
      comments: new Map([...recorded.filter((c) => !isNull(c)), ...places.keys()].map((c) => [c.id, c])),
      fills: new Map([...fillsAt].flatMap(([name, map]) => [...map].map(([cell, fill]) => [cellRef(name, cell), fill] as const))),
    },
  };

  function overlayList(): { seen: OverlaySeen & { sheet: string }; proxy: Excel.ConditionalFormat }[] {
    return [...overlays].flatMap(([name, { collection, withFormulas }]) =>
      collection.items.map((cf, i) => ({
        seen: { sheet: name, ref: `${name}#cf${i}`, id: cf.id, formula: withFormulas && cf.type === 'Custom' ? cf.customOrNullObject.rule.formula : null },
        proxy: cf,
      })),
    );
  }

  function* noteRefs(): Generator<[string, Excel.Note]> {
    for (const [name, map] of notesAt) for (const [cell, note] of map) if (!isNull(note)) yield [cellRef(name, cell), note];
    for (const [name, notes] of allNotes) for (const [i, note] of notes.items.entries()) yield [`${name}#note${i}`, note];
  }

  function viewOf(): MarksView {
    const overlaysSeen = new Map<string, OverlaySeen[]>([...overlays.keys()].map((name) => [name, []]));
    for (const { seen } of overlayList()) {
      const { sheet, ...rest } = seen;
      overlaysSeen.get(sheet)!.push(rest);
    }
    const allSeen = new Map<string, NoteSeen[]>();
    for (const [name, notes] of allNotes) allSeen.set(name, notes.items.map((note, i) => ({ ref: `${name}#note${i}`, content: note.content })));
    const commentsSeen: CommentSeen[] | null = comments
      ? [...places].map(([c, place]) => ({ id: c.id, at: sheetCellKey(place.address), content: pendingComments ? c.content : null }))
      : null;
    return {
      sheets: existing,
      protectedSheets: new Set([...protections].filter(([, p]) => p.protected).map(([name]) => name)),
      overlays: overlaysSeen,
      allNotes: allSeen,
      notesAt: new Map([...notesAt].map(([name, map]) => [name, new Map([...map].map(([cell, note]) => [cell, isNull(note) ? null : note.content]))])),
      recordedComments: new Set(recorded.filter((c) => !isNull(c)).map((c) => c.id)),
      comments: commentsSeen,
      fillsAt: new Map([...fillsAt].map(([name, map]) => [name, new Map([...map].map(([cell, fill]) => [cell, fill.color]))])),
    };
  }
}
