/**
 * The plan step on its own: plain data in (marks, what the workbook holds, the record, the
 * host's abilities), operations and records out. No Office.js and no scripted host.
 */
import { describe, expect, it } from 'vitest';
import {
  finishRecord,
  markedNote,
  OVERLAY_FORMULA,
  opBytes,
  planMarks,
  sameRecord,
  summarise,
  type CommentSeen,
  type MarksView,
  type NoteSeen,
  type OverlaySeen,
  type PlanInput,
  type WriteOp,
} from '../src/excel/mark-plan.ts';
import { ALL_CAPABILITIES, EXCEL_2016, EXCEL_365_UNDO, type Capabilities } from '../src/excel/capabilities.ts';
import { emptySheetMarks, noteHash, type MarkState, type SheetMarks } from '../src/excel/mark-record.ts';
import type { CellMark } from '../src/shared/marks.ts';

const WITH_COMMENTS: Capabilities = { ...ALL_CAPABILITIES, notes: false };
const RED = '#FFC7CE';
const YELLOW = '#FFEB9C';
const GREEN = '#00B050';
const BLUE = '#0070C0';

interface ViewParts {
  sheets?: string[];
  protectedSheets?: string[];
  overlays?: Record<string, OverlaySeen[]>;
  allNotes?: Record<string, NoteSeen[]>;
  notesAt?: Record<string, Record<string, string | null>>;
  recordedComments?: string[];
  comments?: CommentSeen[] | null;
  fillsAt?: Record<string, Record<string, string | null>>;
}

function view(parts: ViewParts = {}): MarksView {
  const nested = (r: Record<string, Record<string, string | null>> = {}) => new Map(Object.entries(r).map(([k, v]) => [k, new Map(Object.entries(v))]));
  return {
    sheets: new Set(parts.sheets ?? ['S']),
    protectedSheets: new Set(parts.protectedSheets ?? []),
    overlays: new Map(Object.entries(parts.overlays ?? {})),
    allNotes: new Map(Object.entries(parts.allNotes ?? {})),
    notesAt: nested(parts.notesAt),
    recordedComments: new Set(parts.recordedComments ?? []),
    comments: parts.comments ?? null,
    fillsAt: nested(parts.fillsAt),
  };
}

function mark(cell: string, severity: CellMark['severity'] = 'error', note = '低于目标', sheet = 'S'): CellMark {
  return { sheet, cell, severity, note };
}

function sheetMarks(parts: Partial<SheetMarks>): SheetMarks {
  return { ...emptySheetMarks(), ...parts };
}

function record(sheets: Record<string, Partial<SheetMarks>>, extra: Partial<MarkState> = {}): MarkState {
  return {
    version: 1,
    writtenAt: '2026-01-01T00:00:00.000Z',
    sheets: Object.fromEntries(Object.entries(sheets).map(([k, v]) => [k, sheetMarks(v)])),
    ...extra,
  };
}

function plan(input: Partial<PlanInput> & { caps: Capabilities }) {
  return planMarks({ marks: [], view: view(), previous: null, writtenAt: '2026-02-01T00:00:00.000Z', ...input });
}

const ops = (p: { chunks: WriteOp[][] }): WriteOp[] => p.chunks.flat();
const kinds = (p: { chunks: WriteOp[][] }): string[] => ops(p).map((o) => o.kind);

describe('planning a first pass', () => {
  it('overlays one conditional format per severity and batch of areas, a note per cell, in one chunk', () => {
    const marks = [mark('C3'), mark('C4'), mark('D6', 'warning')];
    const p = plan({ caps: ALL_CAPABILITIES, marks, view: view({ notesAt: { S: { C3: null, C4: null, D6: null } } }) });
    expect(p.chunks).toHaveLength(1);
    expect(ops(p)).toEqual([
      { kind: 'add-overlay', sheet: 'S', address: 'C3:C4', severity: 'error', record: true },
      { kind: 'add-overlay', sheet: 'S', address: 'D6', severity: 'warning', record: true },
      { kind: 'add-note', sheet: 'S', cell: 'C3', text: markedNote('低于目标') },
      { kind: 'add-note', sheet: 'S', cell: 'C4', text: markedNote('低于目标') },
      { kind: 'add-note', sheet: 'S', cell: 'D6', text: markedNote('低于目标') },
    ]);
    expect(p.report).toMatchObject({ overlays: 2, notes: 3, comments: 0, fills: 0, skippedExplanations: [], keptUserFills: [], overRecordLimit: 0 });
    expect(p.record.sheets['S']!.notes).toEqual(['C3', 'C4', 'D6'].map((cell) => ({ cell, hash: noteHash(markedNote('低于目标')) })));
    expect(p.record.sheets['S']!.overlayIds).toEqual([]); // given by Excel when written: finishRecord adds them
    // Saved before writing: every cell the pass may touch, found later by our formula and first line.
    expect(p.journal?.sheets).toEqual({});
    expect(p.journal?.pending?.sheets['S']).toMatchObject({ overlays: true, notes: true, noteCells: ['C3', 'C4', 'D6'] });
  });

  it('without RangeAreas (ExcelApi 1.6–1.8) writes one overlay per rectangle; with it, batches of areas', () => {
    const marks = [mark('C3'), mark('C5'), mark('E9')];
    const one = (caps: Capabilities, areaBatchChars?: number) =>
      ops(plan({ caps, marks, view: view({ notesAt: { S: {} } }), limits: areaBatchChars ? { areaBatchChars } : {} })).filter((o) => o.kind === 'add-overlay');
    expect(one({ ...ALL_CAPABILITIES, rangeAreas: false }).map((o) => o.kind === 'add-overlay' && o.address)).toEqual(['C3', 'C5', 'E9']);
    expect(one(ALL_CAPABILITIES).map((o) => o.kind === 'add-overlay' && o.address)).toEqual(['C3,C5,E9']);
    expect(one(ALL_CAPABILITIES, 5).map((o) => o.kind === 'add-overlay' && o.address)).toEqual(['C3,C5', 'E9']);
  });

  it('on Office 2016 sets fills, recording each cell’s colour before (white reads as no fill)', () => {
    const p = plan({ caps: EXCEL_2016, marks: [mark('C3'), mark('C4')], view: view({ fillsAt: { S: { C3: GREEN, C4: '#FFFFFF' } } }) });
    expect(ops(p)).toEqual([{ kind: 'set-fill', sheet: 'S', address: 'C3:C4', colour: RED }]);
    expect(p.report).toMatchObject({ overlays: 0, notes: 0, comments: 0, fills: 1 });
    const fills = [
      { cell: 'C3', original: GREEN, applied: RED },
      { cell: 'C4', original: null, applied: RED },
    ];
    expect(p.record.sheets['S']!.fills).toEqual(fills);
    expect(p.journal?.pending?.sheets['S']?.fills).toEqual(fills);
  });

  it('with comments (ExcelApi 1.10–1.17) leaves a cell that has the user’s comment alone', () => {
    const comments: CommentSeen[] = [{ id: 'user-1', at: 'S!C4', content: null }];
    const p = plan({ caps: WITH_COMMENTS, marks: [mark('C3'), mark('C4')], view: view({ comments }) });
    expect(ops(p).filter((o) => o.kind === 'add-comment')).toEqual([{ kind: 'add-comment', sheet: 'S', cell: 'C3', text: '低于目标' }]);
    expect(p.report).toMatchObject({ comments: 1, skippedExplanations: ['S!C4'] });
    expect(p.journal?.pending?.sheets['S']?.comments).toEqual([{ cell: 'C3', hash: noteHash('低于目标') }]);
  });

  it('never writes over the user’s own note', () => {
    const p = plan({ caps: ALL_CAPABILITIES, marks: [mark('C3'), mark('C4')], view: view({ notesAt: { S: { C3: '用户自己的备注', C4: null } } }) });
    expect(
      ops(p)
        .filter((o) => o.kind === 'add-note')
        .map((o) => o.kind === 'add-note' && o.cell),
    ).toEqual(['C4']);
    expect(p.report.skippedExplanations).toEqual(['S!C3']);
  });

  it('adds the findings sheet only when asked and there is something to list', () => {
    const findingsSheet = { name: 'Mubiao 校验结果', header: ['工作表', '单元格'], rows: [['S', 'C3']] };
    const p = plan({ caps: ALL_CAPABILITIES, marks: [mark('C3')], view: view({ notesAt: { S: { C3: null } } }), findingsSheet });
    expect(ops(p).at(-1)).toEqual({ kind: 'add-findings-sheet', ...findingsSheet });
    expect(p.record.findingsSheet).toBe('Mubiao 校验结果');
    expect(p.journal?.findingsSheet).toBe('Mubiao 校验结果');
    expect(kinds(plan({ caps: ALL_CAPABILITIES, findingsSheet }))).toEqual([]);
  });
});

describe('refusing before anything is written', () => {
  it('refuses a protected sheet, a missing sheet, and a sheet of the user’s with the findings sheet’s name', () => {
    expect(() => plan({ caps: ALL_CAPABILITIES, marks: [mark('C3')], view: view({ protectedSheets: ['S'] }) })).toThrow(
      expect.objectContaining({ problem: 'protected-sheet', sheet: 'S' }),
    );
    expect(() => plan({ caps: ALL_CAPABILITIES, marks: [mark('C3', 'error', 'x', 'Gone')] })).toThrow(/Sheet "Gone" was not found\. Nothing was written/);
    const findingsSheet = { name: 'F', header: ['a'], rows: [] };
    expect(() => plan({ caps: ALL_CAPABILITIES, marks: [mark('C3')], view: view({ sheets: ['S', 'F'] }), findingsSheet })).toThrow(
      /already has a sheet named "F"/,
    );
    // Ours (on record): replaced.
    const ours = plan({
      caps: ALL_CAPABILITIES,
      marks: [mark('C3')],
      view: view({ sheets: ['S', 'F'], notesAt: { S: { C3: null } } }),
      findingsSheet,
      previous: record({}, { findingsSheet: 'F' }),
    });
    expect(kinds(ours)).toEqual(['delete-sheet', 'add-overlay', 'add-note', 'add-findings-sheet']);
  });
});

describe('planning a pass over a previous one (the record)', () => {
  const previous = record({
    S: {
      overlayIds: ['cf-ours'],
      notes: [
        { cell: 'C3', hash: noteHash(markedNote('a')) },
        { cell: 'C4', hash: noteHash(markedNote('b')) },
        { cell: 'C5', hash: noteHash(markedNote('c')) },
      ],
      noteChars: 30,
    },
  });
  const overlays = {
    S: [
      { ref: 'r1', id: 'cf-ours', formula: null },
      { ref: 'r2', id: 'cf-user', formula: null },
    ],
  };
  const notesAt = { S: { C3: markedNote('a'), C4: '已核实，按 15% 执行', C5: markedNote('c') } };

  it('removes exactly what the record names, spares the notes the user edited, and writes again in the same chunk', () => {
    const p = plan({ caps: ALL_CAPABILITIES, previous, marks: [mark('C3', 'error', 'a'), mark('C4', 'error', 'b')], view: view({ overlays, notesAt }) });
    expect(p.chunks).toHaveLength(1);
    expect(ops(p)).toEqual([
      { kind: 'delete-overlay', ref: 'r1' },
      { kind: 'delete-note', ref: 'S!C3' },
      { kind: 'delete-note', ref: 'S!C5' },
      { kind: 'add-overlay', sheet: 'S', address: 'C3:C4', severity: 'error', record: true },
      { kind: 'add-note', sheet: 'S', cell: 'C3', text: markedNote('a') },
    ]);
    // The edited note is the user's: not removed, not written over.
    expect(p.report.skippedExplanations).toEqual(['S!C4']);
    // C3 is on record already: the journal names no new note cell, only that the sheet's notes are read by their first line.
    expect(p.journal?.sheets['S']).toEqual(previous.sheets['S']);
    expect(p.journal?.pending?.sheets['S']).toMatchObject({ overlays: true, notes: true, noteCells: [] });
  });

  it('Clear removes the same and writes nothing: no journal, an empty record', () => {
    const p = plan({ caps: ALL_CAPABILITIES, previous, view: view({ overlays, notesAt }) });
    expect(kinds(p)).toEqual(['delete-overlay', 'delete-note', 'delete-note']);
    expect(p.journal).toBeNull();
    expect(finishRecord(p.record, [])).toBeNull();
  });

  it('forgets the marks of a sheet the user deleted', () => {
    const two = record({ S: { overlayIds: ['a'] }, T: { overlayIds: ['b'], fills: [{ cell: 'A1', original: null, applied: RED }] } });
    const p = plan({ caps: ALL_CAPABILITIES, previous: two, view: view({ overlays: { S: [{ ref: 'r', id: 'a', formula: null }] } }) });
    expect(ops(p)).toEqual([{ kind: 'delete-overlay', ref: 'r' }]);
    expect(finishRecord(p.record, [])).toBeNull();
  });

  it('keeps on record what this Excel cannot remove, for a newer one', () => {
    const rich = record({ S: { overlayIds: ['cf1'], notes: [{ cell: 'C3', hash: 'abcdef' }], noteChars: 9, commentIds: ['c1'] } });
    const p = plan({ caps: EXCEL_2016, previous: rich });
    expect(kinds(p)).toEqual([]);
    expect(finishRecord(p.record, [])?.sheets['S']).toEqual(rich.sheets['S']);
  });

  it('removes recorded comments that still exist; a comment of ours being removed frees its cell', () => {
    const prev = record({ S: { commentIds: ['c1', 'c-gone'] } });
    const comments: CommentSeen[] = [
      { id: 'c1', at: 'S!C3', content: null },
      { id: 'u1', at: 'S!C4', content: null },
    ];
    const p = plan({ caps: WITH_COMMENTS, previous: prev, marks: [mark('C3'), mark('C4')], view: view({ recordedComments: ['c1'], comments }) });
    expect(ops(p).filter((o) => o.kind.endsWith('comment'))).toEqual([
      { kind: 'delete-comment', id: 'c1' },
      { kind: 'add-comment', sheet: 'S', cell: 'C3', text: '低于目标' },
    ]);
    expect(p.report.skippedExplanations).toEqual(['S!C4']);
  });

  it('Office 2016: a cell still marked keeps its first original, one no longer marked gets it back, one the user recoloured stays theirs', () => {
    const prev = record({
      S: {
        fills: [
          { cell: 'C3', original: GREEN, applied: RED },
          { cell: 'C4', original: null, applied: RED },
          { cell: 'C5', original: null, applied: RED },
        ],
      },
    });
    const p = plan({
      caps: EXCEL_2016,
      previous: prev,
      marks: [mark('C3', 'warning'), mark('C5')],
      view: view({ fillsAt: { S: { C3: RED, C4: RED, C5: BLUE } } }),
    });
    expect(ops(p)).toEqual([
      { kind: 'restore-fill', sheet: 'S', cell: 'C4', colour: null },
      { kind: 'set-fill', sheet: 'S', address: 'C3', colour: YELLOW },
    ]);
    expect(p.report.keptUserFills).toEqual(['S!C5']);
    expect(p.record.sheets['S']!.fills).toEqual([{ cell: 'C3', original: GREEN, applied: YELLOW }]);
    // Clear later: the user's colour is left and reported again.
    const clear = plan({ caps: EXCEL_2016, previous: prev, view: view({ fillsAt: { S: { C3: RED, C4: RED, C5: BLUE } } }) });
    expect(ops(clear)).toEqual([
      { kind: 'restore-fill', sheet: 'S', cell: 'C3', colour: GREEN },
      { kind: 'restore-fill', sheet: 'S', cell: 'C4', colour: null },
    ]);
    expect(clear.report.keptUserFills).toEqual(['S!C5']);
  });

  it('removes the findings sheet on Clear, and replaces it when asked again', () => {
    const prev = record({}, { findingsSheet: 'F' });
    expect(ops(plan({ caps: ALL_CAPABILITIES, previous: prev, view: view({ sheets: ['S', 'F'] }) }))).toEqual([{ kind: 'delete-sheet', sheet: 'F' }]);
    expect(ops(plan({ caps: ALL_CAPABILITIES, previous: prev }))).toEqual([]); // the user deleted it
  });
});

describe('the saved record’s limit', () => {
  it('writes no more notes than the record holds, and counts the rest', () => {
    const marks = Array.from({ length: 100 }, (_, i) => mark(`C${2 * i + 2}`));
    const p = plan({ caps: ALL_CAPABILITIES, marks, view: view({ notesAt: { S: {} } }), limits: { recordChars: 600 } });
    expect(p.report.notes).toBeGreaterThan(10);
    expect(p.report.notes + p.report.overRecordLimit).toBe(100);
    expect(ops(p).filter((o) => o.kind === 'add-note')).toHaveLength(p.report.notes);
    // Every cell is still highlighted: overlays cost an id each, not one entry per cell.
    expect(p.report.overlays).toBe(1);
  });

  it('holds fills and comments within it too', () => {
    const marks = Array.from({ length: 100 }, (_, i) => mark(`C${2 * i + 2}`));
    const fills = plan({ caps: EXCEL_2016, marks, view: view({ fillsAt: { S: {} } }), limits: { recordChars: 400 } });
    expect(fills.report.overRecordLimit).toBeGreaterThan(0);
    expect(fills.record.sheets['S']!.fills.length + fills.report.overRecordLimit).toBe(100);
    const comments = plan({ caps: WITH_COMMENTS, marks, view: view({ comments: [] }), limits: { recordChars: 1000 } });
    expect(comments.report.comments + comments.report.overRecordLimit).toBe(100);
    expect(comments.report.comments).toBeLessThan(100);
  });

  it('also holds the journal within it: new cells beyond a full record are not written', () => {
    const onRecord = Array.from({ length: 60 }, (_, i) => ({ cell: `C${2 * i + 2}`, hash: noteHash(markedNote('低于目标')) }));
    const previous = record({ S: { notes: onRecord, noteChars: 600 } });
    const same = onRecord.map((n) => mark(n.cell));
    const notesAt = { S: Object.fromEntries(onRecord.map((n) => [n.cell, markedNote('低于目标')])) };
    const limit = 1_000;
    // The same cells again: the journal is the record as it is, so all fit as before.
    const again = plan({ caps: ALL_CAPABILITIES, previous, marks: same, view: view({ notesAt }), limits: { recordChars: limit } });
    expect(again.report.overRecordLimit).toBe(0);
    // Other cells: the journal must name them beside the cells on record.
    const others = onRecord.map((n) => mark(n.cell.replace('C', 'E')));
    const moved = plan({ caps: ALL_CAPABILITIES, previous, marks: others, view: view({ notesAt }), limits: { recordChars: limit } });
    expect(moved.report.overRecordLimit).toBeGreaterThan(0);
    expect(moved.journal!.pending!.sheets['S']!.noteCells).toHaveLength(moved.report.notes);
  });
});

describe('chunks', () => {
  it('cuts operations into chunks by count, and on Excel on the web by request bytes', () => {
    const marks = Array.from({ length: 50 }, (_, i) => mark(`C${i + 2}`, 'error', '低于计划目标。'.repeat(20)));
    const notesAt = { S: {} };
    expect(plan({ caps: ALL_CAPABILITIES, marks, view: view({ notesAt }) }).chunks).toHaveLength(1);
    expect(plan({ caps: ALL_CAPABILITIES, marks, view: view({ notesAt }), limits: { opsPerSync: 10 } }).chunks.map((c) => c.length)).toEqual([
      10, 10, 10, 10, 10, 1,
    ]);
    const web = plan({ caps: { ...ALL_CAPABILITIES, payloadLimited: true }, marks, view: view({ notesAt }), limits: { payloadBytes: 5_000 } });
    expect(web.chunks.length).toBeGreaterThan(1);
    for (const chunk of web.chunks) expect(chunk.reduce((n, op) => n + opBytes(op), 0)).toBeLessThanOrEqual(5_000);
    expect(web.chunks.flat()).toEqual(plan({ caps: ALL_CAPABILITIES, marks, view: view({ notesAt }) }).chunks[0]);
  });
});

describe('ExcelApi 1.20 desktop: marks found by themselves', () => {
  const overlays = {
    S: [
      { ref: 'r-user', id: 'user-cf', formula: '=A2>1' },
      { ref: 'r-ours', id: 'x', formula: OVERLAY_FORMULA },
    ],
  };
  const allNotes = {
    S: [
      { ref: 'S#note0', content: '用户自己的备注' },
      { ref: 'S#note1', content: markedNote('旧的') },
    ],
  };
  const notesAt = { S: { C2: markedNote('旧的'), D2: '用户自己的备注' } };

  it('removes overlays with our formula (or none yet) and notes with our first line, keeps the user’s, records nothing', () => {
    const withHalf = { S: [...overlays.S, { ref: 'r-half', id: 'h', formula: '' }] };
    const p = plan({ caps: EXCEL_365_UNDO, marks: [mark('C2'), mark('D2', 'warning')], view: view({ overlays: withHalf, allNotes, notesAt }) });
    expect(p.discover).toBe(true);
    expect(ops(p)).toEqual([
      { kind: 'delete-overlay', ref: 'r-ours' },
      { kind: 'delete-overlay', ref: 'r-half' },
      { kind: 'delete-note', ref: 'S#note1' },
      { kind: 'add-overlay', sheet: 'S', address: 'C2', severity: 'error', record: false },
      { kind: 'add-overlay', sheet: 'S', address: 'D2', severity: 'warning', record: false },
      { kind: 'add-note', sheet: 'S', cell: 'C2', text: markedNote('低于目标') },
    ]);
    expect(p.report.skippedExplanations).toEqual(['S!D2']);
    expect(p.journal).toBeNull();
    const keep = finishRecord(p.record, []);
    expect(keep).toBeNull();
    expect(sameRecord(null, keep)).toBe(true); // nothing to save
  });

  it('retires a record left by an older Excel: its marks removed by id or hash, the record to be removed', () => {
    const old = record({ S: { overlayIds: ['user-cf-no'], notes: [{ cell: 'E2', hash: noteHash('旧版备注') }], noteChars: 4 } });
    const p = plan({ caps: EXCEL_365_UNDO, previous: old, view: view({ overlays, allNotes, notesAt: { S: { E2: '旧版备注' } } }) });
    expect(kinds(p)).toEqual(['delete-note', 'delete-overlay', 'delete-note']);
    expect(sameRecord(old, finishRecord(p.record, []))).toBe(false);
  });

  it('puts only the findings sheet’s name on record, before writing, and need not save it again', () => {
    const findingsSheet = { name: 'F', header: ['a'], rows: [['b']] };
    const p = plan({ caps: EXCEL_365_UNDO, marks: [mark('C2')], view: view({ notesAt: { S: { C2: null } } }), findingsSheet });
    expect(p.journal).toEqual({ version: 1, writtenAt: '2026-02-01T00:00:00.000Z', sheets: {}, findingsSheet: 'F' });
    expect(sameRecord(p.journal, finishRecord(p.record, []))).toBe(true);
  });

  it('Excel on the web keeps the record even with ExcelApi 1.20', () => {
    expect(plan({ caps: { ...EXCEL_365_UNDO, payloadLimited: true } }).discover).toBe(false);
  });
});

describe('after a pass that did not finish (a journal on record)', () => {
  it('removes overlays by our formula and notes by our first line, on recorded and journalled cells', () => {
    const previous = record(
      { S: { overlayIds: ['cf1'], notes: [{ cell: 'C3', hash: noteHash(markedNote('old')) }], noteChars: 3 } },
      { pending: { sheets: { S: { overlays: true, notes: true, noteCells: ['C4', 'C5'], comments: [], fills: [] } }, findingsSheets: [] } },
    );
    const overlays = {
      S: [
        { ref: 'r1', id: 'cf1', formula: OVERLAY_FORMULA },
        { ref: 'r2', id: 'cf-new', formula: OVERLAY_FORMULA },
        { ref: 'r3', id: 'user', formula: '=A1>0' },
        // Added, but the batch stopped before its formula was set.
        { ref: 'r4', id: 'cf-half', formula: '' },
        { ref: 'r5', id: 'other', formula: null },
      ],
    };
    // C3 was rewritten by the pass (another hash, our first line); C5 holds the user's note.
    const notesAt = { S: { C3: markedNote('new'), C4: markedNote('new'), C5: '用户的备注' } };
    const p = plan({ caps: ALL_CAPABILITIES, previous, view: view({ overlays, notesAt }) });
    expect(ops(p)).toEqual([
      { kind: 'delete-overlay', ref: 'r1' },
      { kind: 'delete-overlay', ref: 'r2' },
      { kind: 'delete-overlay', ref: 'r4' },
      { kind: 'delete-note', ref: 'S!C3' },
      { kind: 'delete-note', ref: 'S!C4' },
    ]);
    expect(finishRecord(p.record, [])).toBeNull();
  });

  it('removes the comments it may have added by their cell and text', () => {
    const previous = record(
      {},
      {
        pending: {
          sheets: {
            S: {
              overlays: false,
              notes: false,
              noteCells: [],
              comments: [
                { cell: 'C3', hash: noteHash('低于目标') },
                { cell: 'C4', hash: noteHash('低于目标') },
              ],
              fills: [],
            },
          },
          findingsSheets: [],
        },
      },
    );
    const comments: CommentSeen[] = [
      { id: 'n1', at: 'S!C3', content: '低于目标' },
      { id: 'u1', at: 'S!C4', content: '用户的批注' },
      { id: 'u2', at: 'S!C5', content: '低于目标' },
    ];
    expect(ops(plan({ caps: WITH_COMMENTS, previous, view: view({ comments }) }))).toEqual([{ kind: 'delete-comment', id: 'n1' }]);
  });

  it('puts back fills set by either pass, leaves cells it never reached or already restored, and reports only real user colours', () => {
    const previous = record(
      {
        S: {
          fills: [
            { cell: 'C3', original: GREEN, applied: RED },
            { cell: 'C6', original: null, applied: RED },
            { cell: 'C7', original: null, applied: RED },
          ],
        },
      },
      {
        pending: {
          sheets: {
            S: {
              overlays: false,
              notes: false,
              noteCells: [],
              comments: [],
              fills: [
                { cell: 'C3', original: GREEN, applied: YELLOW },
                { cell: 'C4', original: null, applied: RED },
                { cell: 'C5', original: BLUE, applied: RED },
              ],
            },
          },
          findingsSheets: [],
        },
      },
    );
    // C3 got the pass's colour, C4 was never reached, C5 was, C6 was put back already, C7 the user recoloured.
    const fillsAt = { S: { C3: YELLOW, C4: '#FFFFFF', C5: RED, C6: '#FFFFFF', C7: GREEN } };
    const p = plan({ caps: EXCEL_2016, previous, view: view({ fillsAt }) });
    expect(ops(p)).toEqual([
      { kind: 'restore-fill', sheet: 'S', cell: 'C3', colour: GREEN },
      { kind: 'restore-fill', sheet: 'S', cell: 'C5', colour: BLUE },
    ]);
    expect(p.report.keptUserFills).toEqual(['S!C7']);
  });

  it('removes every findings sheet it may have left', () => {
    const previous = record({}, { findingsSheet: 'Mubiao findings', pending: { sheets: {}, findingsSheets: ['Mubiao 校验结果'] } });
    expect(ops(plan({ caps: ALL_CAPABILITIES, previous, view: view({ sheets: ['S', 'Mubiao findings', 'Mubiao 校验结果'] }) }))).toEqual([
      { kind: 'delete-sheet', sheet: 'Mubiao findings' },
      { kind: 'delete-sheet', sheet: 'Mubiao 校验结果' },
    ]);
  });

  it('an older Excel keeps on record the part it cannot look for', () => {
    const pending = {
      sheets: { S: { overlays: true, notes: true, noteCells: ['C4'], comments: [{ cell: 'C5', hash: 'abcdef' }], fills: [] } },
      findingsSheets: [],
    };
    const p = plan({ caps: EXCEL_2016, previous: record({}, { pending }) });
    expect(finishRecord(p.record, [])?.pending).toEqual(pending);
  });

  it('a journal adds to what is on record, naming only the new note cells', () => {
    const previous = record(
      { S: { notes: [{ cell: 'C3', hash: 'aaaaaa' }], noteChars: 1, fills: [] } },
      {
        findingsSheet: 'Mubiao findings',
        pending: { sheets: { S: { overlays: false, notes: true, noteCells: ['C9'], comments: [], fills: [] } }, findingsSheets: [] },
      },
    );
    const findingsSheet = { name: 'Mubiao 校验结果', header: ['a'], rows: [] };
    const p = plan({
      caps: ALL_CAPABILITIES,
      previous,
      marks: [mark('C3'), mark('C4')],
      view: view({ sheets: ['S', 'Mubiao findings'], notesAt: { S: { C3: null, C4: null, C9: null } } }),
      findingsSheet,
    });
    expect(p.journal).toEqual({
      version: 1,
      writtenAt: '2026-02-01T00:00:00.000Z',
      sheets: previous.sheets,
      findingsSheet: 'Mubiao 校验结果',
      pending: { sheets: { S: { overlays: true, notes: true, noteCells: ['C9', 'C4'], comments: [], fills: [] } }, findingsSheets: ['Mubiao findings'] },
    });
  });
});

describe('after the write', () => {
  it('adds the ids Excel gave, and drops what is empty', () => {
    const p = plan({ caps: WITH_COMMENTS, marks: [mark('C3')], view: view({ comments: [] }) });
    const keep = finishRecord(p.record, [
      { sheet: 'S', kind: 'overlay', id: '{cf}' },
      { sheet: 'S', kind: 'comment', id: '{c}' },
    ]);
    expect(keep?.sheets['S']).toMatchObject({ overlayIds: ['{cf}'], commentIds: ['{c}'] });
    expect(keep?.pending).toBeUndefined();
  });

  it('compares records regardless of when they were written, and summarises chunks for the pane', () => {
    expect(sameRecord(record({}, { findingsSheet: 'F' }), { ...record({}, { findingsSheet: 'F' }), writtenAt: 'later' })).toBe(true);
    expect(sameRecord(record({}, { findingsSheet: 'F' }), null)).toBe(false);
    expect(sameRecord(record({ S: {} }), null)).toBe(true);
    const p = plan({
      caps: ALL_CAPABILITIES,
      previous: record({ S: { overlayIds: ['a'] } }),
      marks: [mark('C3'), mark('D4', 'info')],
      view: view({ overlays: { S: [{ ref: 'r', id: 'a', formula: null }] }, notesAt: { S: {} } }),
    });
    expect(summarise(p.chunks)).toEqual({ removed: 1, overlays: 2, notes: 2, comments: 0, fills: 0, findingsSheet: false });
  });
});
