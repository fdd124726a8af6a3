/**
 * The write step of a pass (read → plan → write, see write.ts): carries out the planned
 * operations through Office.js, one context.sync per chunk, and collects the ids Excel gives the
 * overlays and comments it creates. Decides nothing: every choice was made by the plan.
 */
import { SEVERITY_COLOURS } from '../shared/marks.ts';
import { columnName } from './address.ts';
import type { Capabilities } from './capabilities.ts';
import type { MarkHandles } from './mark-read.ts';
import { cellRef, OVERLAY_FORMULA, type CreatedMark, type WriteOp } from './mark-plan.ts';

/** A chunk's sync failed: the chunks before it are in the workbook, it may be in part. */
export class ChunkFailure extends Error {
  constructor(
    /** Chunks written completely before the failure. */
    readonly chunksDone: number,
    readonly failure: unknown,
  ) {
    super(`chunk ${chunksDone + 1} failed: ${(failure as Error)?.message ?? String(failure)}`);
    this.name = 'ChunkFailure';
  }
}

interface Pending {
  sheet: string;
  kind: CreatedMark['kind'];
  proxy: { id: string };
}

function need<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`write step: nothing was read for ${key}`);
  return value;
}

/** Queues one operation on the context. */
function queue(context: Excel.RequestContext, op: WriteOp, handles: MarkHandles, caps: Capabilities, created: Pending[]): void {
  switch (op.kind) {
    case 'delete-overlay':
      need(handles.overlays, op.ref).delete();
      return;
    case 'delete-note':
      need(handles.notes, op.ref).delete();
      return;
    case 'delete-comment':
      need(handles.comments, op.id).delete();
      return;
    case 'restore-fill': {
      const fill = need(handles.fills, cellRef(op.sheet, op.cell));
      if (op.colour) fill.color = op.colour;
      else fill.clear();
      return;
    }
    case 'delete-sheet':
      handles.sheet(op.sheet).delete();
      return;
    case 'add-overlay': {
      const sheet = handles.sheet(op.sheet);
      const range = caps.rangeAreas ? sheet.getRanges(op.address) : sheet.getRange(op.address);
      const cf = range.conditionalFormats.add('Custom');
      const colours = SEVERITY_COLOURS[op.severity];
      cf.custom.rule.formula = OVERLAY_FORMULA;
      cf.custom.format.fill.color = colours.fill;
      cf.custom.format.font.color = colours.font;
      // Above the user's own rules, so the mark is seen; it never stops theirs.
      cf.priority = 0;
      if (op.record) {
        cf.load('id');
        created.push({ sheet: op.sheet, kind: 'overlay', proxy: cf });
      }
      return;
    }
    case 'set-fill':
      handles.sheet(op.sheet).getRange(op.address).format.fill.color = op.colour;
      return;
    case 'add-note':
      handles.sheet(op.sheet).notes.add(op.cell, op.text);
      return;
    case 'add-comment': {
      const comment = context.workbook.comments.add(handles.sheet(op.sheet).getRange(op.cell), op.text);
      comment.load('id');
      created.push({ sheet: op.sheet, kind: 'comment', proxy: comment });
      return;
    }
    case 'add-findings-sheet': {
      const sheet = handles.worksheets.add(op.name);
      const rows = [op.header, ...op.rows.map((r) => op.header.map((_, i) => r[i] ?? ''))];
      // Addresses rather than getResizedRange (ExcelApi 1.3): this runs on Office 2016 too.
      const lastCol = columnName(op.header.length - 1);
      sheet.getRange(`A1:${lastCol}${rows.length}`).values = rows;
      sheet.getRange(`A1:${lastCol}1`).format.font.bold = true;
      return;
    }
  }
}

/**
 * Writes the chunks in order, one `sync` each. Throws a ChunkFailure saying how many chunks were
 * written when a sync fails.
 */
export async function writeChunks(
  context: Excel.RequestContext,
  chunks: readonly WriteOp[][],
  handles: MarkHandles,
  caps: Capabilities,
  sync: () => Promise<void>,
): Promise<CreatedMark[]> {
  const created: Pending[] = [];
  for (const [i, chunk] of chunks.entries()) {
    try {
      for (const op of chunk) queue(context, op, handles, caps, created);
      await sync();
    } catch (error) {
      throw new ChunkFailure(i, error);
    }
  }
  return created.map(({ sheet, kind, proxy }) => ({ sheet, kind, id: proxy.id }));
}
