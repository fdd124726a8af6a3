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
import { cellRef, DEFAULT_PAYLOAD, sheetCellKey, type CommentSeen, type MarksView, type NoteSeen, type OverlaySeen } from './mark-plan.ts';
import { isNull } from './null-object.ts';
import { isOwnSheet } from './read.ts';

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

/** Per sheet and cell, one proxy loaded once however many reasons there are to read it. */
class PerCell<T> {
  readonly loaded = new Map<string, Map<string, T>>();
  constructor(private readonly load: (sheet: string, cell: string) => T) {}
  has(sheet: string, cell: string): boolean {
    return this.loaded.get(sheet)?.has(cell) ?? false;
  }
  add(sheet: string, cell: string): void {
    const map = this.loaded.get(sheet) ?? new Map<string, T>();
    this.loaded.set(sheet, map);
    if (!map.has(cell)) map.set(cell, this.load(sheet, cell));
  }
}

/** Queues the loads of one read, and turns them into the view and handles after the sync. */
class MarkReader {
  readonly #proxies = new Map<string, Excel.Worksheet>();
  readonly #protections = new Map<string, Excel.WorksheetProtection>();
  readonly #overlays = new Map<string, OverlayLoad>();
  /** On undo-group hosts: every note of every sheet, to find ours by their marker. */
  readonly #allNotes = new Map<string, Excel.NoteCollection>();
  readonly #notes = new PerCell((sheet, cell) => this.sheet(sheet).notes.getItemOrNullObject(cell).load('content'));
  readonly #fills = new PerCell((sheet, cell) => this.sheet(sheet).getRange(cell).format.fill.load('color'));
  readonly #recorded: Excel.Comment[] = [];
  #comments: { collection: Excel.CommentCollection; withContent: boolean } | null = null;
  readonly #places = new Map<Excel.Comment, Excel.Range>();
  /** Bytes the queued loads are expected to return (split on payload-limited hosts). */
  #expected = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /** The sheets that exist now. */
    readonly existing: ReadonlySet<string>,
    private readonly readBudget: number,
    private readonly sync: () => Promise<void>,
  ) {}

  has(name: string): boolean {
    return this.existing.has(name);
  }

  /** A sheet listed at the start (see readMarks). */
  sheet(name: string): Excel.Worksheet {
    let ws = this.#proxies.get(name);
    if (!ws) this.#proxies.set(name, (ws = this.context.workbook.worksheets.getItem(name)));
    return ws;
  }

  /** Reads are one sync, except where the expected response would pass the payload limit. */
  async expect(bytes: number): Promise<void> {
    if (this.#expected > 0 && this.#expected + bytes > this.readBudget) {
      await this.sync();
      this.#expected = 0;
    }
    this.#expected += bytes;
  }

  protection(name: string): void {
    const p = this.sheet(name).protection;
    p.load('protected');
    this.#protections.set(name, p);
  }

  overlays(name: string, withFormulas: boolean): void {
    if (this.#overlays.has(name)) return;
    const collection = this.sheet(name).getRange().conditionalFormats;
    collection.load(withFormulas ? 'items/id,items/type,items/customOrNullObject/rule/formula' : 'items/id');
    this.#overlays.set(name, { collection, withFormulas });
  }

  allNotes(name: string): void {
    const notes = this.sheet(name).notes;
    notes.load('items/content');
    this.#allNotes.set(name, notes);
  }

  async note(name: string, cell: string, bytes: number): Promise<void> {
    if (!this.#notes.has(name, cell)) await this.expect(bytes);
    this.#notes.add(name, cell);
  }

  async fill(name: string, cell: string): Promise<void> {
    if (!this.#fills.has(name, cell)) await this.expect(80);
    this.#fills.add(name, cell);
  }

  async recordedComment(id: string): Promise<void> {
    await this.expect(100);
    const c = this.context.workbook.comments.getItemOrNullObject(id);
    c.load('id');
    this.#recorded.push(c);
  }

  comments(withContent: boolean): void {
    const collection = this.context.workbook.comments;
    collection.load(withContent ? 'items/id,items/content' : 'items/id');
    this.#comments = { collection, withContent };
  }

  /** The sync of everything queued; then where each comment sits (one more sync if there are any). */
  async finish(): Promise<MarksRead> {
    await this.sync();
    for (const c of this.#comments?.collection.items ?? []) {
      const place = c.getLocation();
      place.load('address');
      this.#places.set(c, place);
    }
    if (this.#places.size) await this.sync();
    return { view: this.#view(), handles: this.#handles() };
  }

  #overlayList(): { sheet: string; seen: OverlaySeen; proxy: Excel.ConditionalFormat }[] {
    return [...this.#overlays].flatMap(([sheet, { collection, withFormulas }]) =>
      collection.items.map((cf, i) => ({
        sheet,
        seen: { ref: `${sheet}#cf${i}`, id: cf.id, formula: withFormulas && cf.type === 'Custom' ? cf.customOrNullObject.rule.formula : null },
        proxy: cf,
      })),
    );
  }

  #view(): MarksView {
    const overlays = new Map<string, OverlaySeen[]>([...this.#overlays.keys()].map((name) => [name, []]));
    for (const { sheet, seen } of this.#overlayList()) overlays.get(sheet)!.push(seen);
    const withContent = this.#comments?.withContent ?? false;
    const perCell = <T, V>(loaded: Map<string, Map<string, T>>, value: (proxy: T) => V) =>
      new Map([...loaded].map(([name, map]) => [name, new Map([...map].map(([cell, proxy]) => [cell, value(proxy)]))]));
    return {
      sheets: this.existing,
      protectedSheets: new Set([...this.#protections].filter(([, p]) => p.protected).map(([name]) => name)),
      overlays,
      allNotes: new Map(
        [...this.#allNotes].map(([name, notes]) => [name, notes.items.map((note, i): NoteSeen => ({ ref: `${name}#note${i}`, content: note.content }))]),
      ),
      notesAt: perCell(this.#notes.loaded, (note) => (isNull(note) ? null : note.content)),
      recordedComments: new Set(this.#recorded.filter((c) => !isNull(c)).map((c) => c.id)),
      comments: this.#comments
        ? [...this.#places].map(([c, place]): CommentSeen => ({ id: c.id, at: sheetCellKey(place.address), content: withContent ? c.content : null }))
        : null,
      fillsAt: perCell(this.#fills.loaded, (fill) => fill.color),
    };
  }

  #handles(): MarkHandles {
    const notes = new Map<string, Excel.Note>();
    for (const [name, map] of this.#notes.loaded) for (const [cell, note] of map) if (!isNull(note)) notes.set(cellRef(name, cell), note);
    for (const [name, all] of this.#allNotes) for (const [i, note] of all.items.entries()) notes.set(`${name}#note${i}`, note);
    const fills = new Map<string, Excel.RangeFill>();
    for (const [name, map] of this.#fills.loaded) for (const [cell, fill] of map) fills.set(cellRef(name, cell), fill);
    return {
      worksheets: this.context.workbook.worksheets,
      sheet: (name) => this.sheet(name),
      overlays: new Map(this.#overlayList().map(({ seen, proxy }) => [seen.ref, proxy])),
      notes,
      comments: new Map([...this.#recorded.filter((c) => !isNull(c)), ...this.#places.keys()].map((c) => [c.id, c])),
      fills,
    };
  }
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
  // The sheets that exist now: anything queued on a sheet the user has deleted since (even
  // through getItemOrNullObject) fails the whole batch, so we ask only about sheets we know.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await sync();
  const existing = new Set(worksheets.items.map((s) => s.name));
  const budget = caps.payloadLimited ? (payloadBytes ?? DEFAULT_PAYLOAD) : Number.POSITIVE_INFINITY;
  const reader = new MarkReader(context, existing, budget, sync);
  const bySheet = new Map<string, string[]>();
  for (const m of marks) {
    const cells = bySheet.get(m.sheet) ?? [];
    cells.push(m.cell);
    bySheet.set(m.sheet, cells);
  }
  if (caps.protection) for (const name of bySheet.keys()) if (reader.has(name)) reader.protection(name);
  if (oneUndoStep(caps)) {
    // Our previous marks, found by themselves: no record needed, so none is saved (saving
    // document settings would clear Excel's undo stack). Same sync as the rest of the read.
    for (const name of existing) {
      if (isOwnSheet(name)) continue;
      reader.overlays(name, true);
      reader.allNotes(name);
    }
  }
  await readRecorded(reader, previous, caps);
  const pendingComments = await readPending(reader, previous, caps);
  await readTargets(reader, bySheet, caps);
  if ((explanationStyle(caps) === 'comment' && marks.length) || pendingComments) reader.comments(pendingComments);
  return reader.finish();
}

/** Our previous marks, through the record. */
async function readRecorded(reader: MarkReader, previous: MarkState | null, caps: Capabilities): Promise<void> {
  for (const [name, record] of Object.entries(previous?.sheets ?? {})) {
    if (!reader.has(name)) continue;
    if (record.overlayIds.length && caps.conditionalFormats) reader.overlays(name, previous?.pending?.sheets[name]?.overlays ?? false);
    if (record.notes.length && caps.notes) {
      // The record keeps no texts, only their total: reads are split by the average note.
      const noteChars = Math.ceil(record.noteChars / record.notes.length) || 300;
      for (const n of record.notes) await reader.note(name, n.cell, 80 + noteChars * 3);
    }
    if (record.commentIds.length && caps.comments) for (const id of record.commentIds) await reader.recordedComment(id);
    for (const f of record.fills) await reader.fill(name, f.cell);
  }
}

/** What a pass that did not finish may have written. Returns whether comments must be read with their text. */
async function readPending(reader: MarkReader, previous: MarkState | null, caps: Capabilities): Promise<boolean> {
  let comments = false;
  for (const [name, p] of Object.entries(previous?.pending?.sheets ?? {})) {
    if (!reader.has(name)) continue;
    if (p.overlays && caps.conditionalFormats) reader.overlays(name, true);
    if (caps.notes) for (const cell of p.noteCells) await reader.note(name, cell, 80 + 300 * 3);
    for (const f of p.fills) await reader.fill(name, f.cell);
    comments ||= p.comments.length > 0 && caps.comments;
  }
  return comments;
}

/** What the user has on the cells we are about to mark. */
async function readTargets(reader: MarkReader, bySheet: Map<string, string[]>, caps: Capabilities): Promise<void> {
  for (const [name, cells] of bySheet) {
    if (!reader.has(name)) continue;
    if (explanationStyle(caps) === 'note') for (const cell of cells) await reader.note(name, cell, 80);
    if (markStyle(caps) === 'fill') for (const cell of cells) await reader.fill(name, cell);
  }
}
