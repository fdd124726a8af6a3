/**
 * Writes marks into the workbook, and removes them, without ever changing a cell's value.
 *
 * A pass is three steps: read (mark-read.ts: what the workbook holds now), plan (mark-plan.ts, a
 * pure function: the exact operations, the records, what the pane reports) and write
 * (mark-write.ts: the operations through Office.js). One pass = 2 read syncs (the sheet names;
 * then what we wrote last time, what the user has there now, protection — split on Excel on the
 * web when the expected response passes 5 MB; one more when the workbook has comments) + 1 write
 * sync per chunk (our previous marks removed and the new ones added in the same batch, so no
 * half-updated state is ever visible; see the add-in README on undo). Chunks exist only to stay
 * under Excel on the web's 5 MB request limit; their number grows with the number of notes,
 * never with the number of rows, because highlighted cells are compressed into areas and sent
 * as `worksheet.getRanges("A1:A9,C3,…")` batches, one conditional format per severity and batch.
 *
 * Nothing is lost when a write fails part way: the record of everything the pass may touch is
 * saved before its first write (the journal), and a failed pass is taken back at once by a Clear
 * over that record. When taking it back fails too, the error says batch by batch what is in the
 * workbook, and Clear, later, restores every touched cell (see the add-in README, Known limits).
 *
 * Clear is the same pass with no marks. Running Validate twice leaves the state of one run.
 */
import type { CellMark } from '../shared/marks.ts';
import type { Capabilities } from './capabilities.ts';
import { finalRecordNotSaved, recordNotSaved, writeIncomplete, writeRolledBack } from './errors.ts';
import type { MarkState } from './mark-record.ts';
import type { MarkStore } from './mark-state.ts';
import { finishRecord, planMarks, sameRecord, summarise, type FindingsSheet, type MarkLimits, type MarkPlan, type PlanReport } from './mark-plan.ts';
import { readMarks } from './mark-read.ts';
import { ChunkFailure, writeChunks } from './mark-write.ts';

export { batchAreas, NOTE_MARKER, OVERLAY_FORMULA, sheetCellKey } from './mark-plan.ts';

export interface WriteOptions extends MarkLimits {
  /** Add a sheet listing every finding (off by default: the workbook stays as it was). */
  findingsSheet?: FindingsSheet | null;
  now?: () => Date;
}

export interface WriteResult extends PlanReport {
  syncs: number;
  chunks: number;
  /** Whether the record was saved to document settings (which clears Excel's undo stack). */
  saved?: boolean;
}

/**
 * Replaces the add-in's marks with `marks` (or removes them all when `marks` is empty).
 * Throws a HostError, having written nothing, when a sheet to mark is protected; one saying what
 * happened to the workbook when a write fails part way.
 */
export function applyMarks(
  context: Excel.RequestContext,
  marks: CellMark[],
  caps: Capabilities,
  store: MarkStore,
  options: WriteOptions = {},
): Promise<WriteResult> {
  return runPass(context, marks, caps, store, options, store.read(), true);
}

/** Removes every mark the add-in wrote and restores the original fills. */
export function clearMarks(context: Excel.RequestContext, caps: Capabilities, store: MarkStore, options: WriteOptions = {}): Promise<WriteResult> {
  return runPass(context, [], caps, store, options, store.read(), true);
}

async function runPass(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  caps: Capabilities,
  store: MarkStore,
  options: WriteOptions,
  previous: MarkState | null,
  recover: boolean,
): Promise<WriteResult> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const { view, handles } = await readMarks(context, marks, caps, previous, options.payloadBytes, sync);
  const plan = planMarks({
    marks,
    view,
    previous,
    caps,
    findingsSheet: options.findingsSheet ?? null,
    limits: options,
    writtenAt: (options.now?.() ?? new Date()).toISOString(),
  });
  if (plan.journal) {
    try {
      await store.write(plan.journal);
    } catch (error) {
      throw recordNotSaved(error);
    }
  }
  let created;
  try {
    created = await writeChunks(context, plan.chunks, handles, caps, sync);
  } catch (error) {
    if (!recover || !(error instanceof ChunkFailure)) throw error;
    const retried = await takeBack(context, caps, store, options, plan, previous, error, marks.length === 0);
    return { ...retried, syncs: syncs + retried.syncs };
  }
  const result: WriteResult = { ...plan.report, syncs, chunks: plan.chunks.length };
  const keep = finishRecord(plan.record, created);
  // On undo-group hosts an unchanged record is not saved again (saving clears Excel's undo stack).
  if (plan.discover && sameRecord(plan.journal ?? previous, keep)) {
    result.saved = false;
    return result;
  }
  try {
    await store.write(keep);
  } catch (error) {
    if (plan.journal) throw finalRecordNotSaved(error);
    throw error;
  }
  result.saved = true;
  return result;
}

/**
 * After a failed write: a Clear over everything the pass may have touched, in the same context.
 * For a Clear that failed, that is the Clear again, and its result is the pass's; for a write,
 * the error says the workbook is back as it was. If that fails too, the error says what is in
 * the workbook, batch by batch.
 */
async function takeBack(
  context: Excel.RequestContext,
  caps: Capabilities,
  store: MarkStore,
  options: WriteOptions,
  plan: MarkPlan,
  previous: MarkState | null,
  failure: ChunkFailure,
  clearing: boolean,
): Promise<WriteResult> {
  const done = failure.chunksDone;
  try {
    const cleared = await runPass(context, [], caps, store, { ...options, findingsSheet: null }, plan.journal ?? previous, false);
    if (clearing) return cleared;
  } catch (error) {
    const progress = {
      batch: done + 1,
      batches: plan.chunks.length,
      written: summarise(plan.chunks.slice(0, done)),
      partly: summarise(plan.chunks.slice(done, done + 1)),
      notWritten: summarise(plan.chunks.slice(done + 1)),
    };
    throw writeIncomplete(progress, failure.failure, error, plan.journal !== null);
  }
  throw writeRolledBack(done + 1, plan.chunks.length, failure.failure);
}
