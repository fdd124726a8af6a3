import type { Statement } from '../grammar/types.ts';
import { unitInfo } from '../grammar/units.ts';
import type { Period } from '../model.ts';
import { readCellQuantity } from './cell-quantity.ts';
import { cellAddress } from './address.ts';
import type { RowContext } from './read-sheet.ts';
import { statementsIn } from './statements.ts';
import { ClaimStore } from './claim-store.ts';
import type { SheetColumn, SheetRow, UnparsedCell } from './types.ts';
import { unreadTargets } from './unread.ts';

/** A piece of a logical row's 内容和要求 text: one cell, at an offset in the joined text. */
interface Segment {
  row: number;
  col: number;
  text: string;
  offset: number;
}

/** A logical row as returned, with the pieces of its content text beside it. */
interface LogicalRow {
  row: SheetRow;
  segments: Segment[];
}

/** Markup some exports leave in cells ("<p>…</p>"): blanked out with spaces so offsets hold. */
function blankMarkup(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(/<\/?[a-zA-Z][^<>]{0,40}>/g, (tag) => ' '.repeat(tag.length));
}

/** The row's content text, joined across page breaks (one cell's own string when it is one). */
function joinedText(segments: Segment[]): string {
  return blankMarkup(segments.length === 1 ? segments[0]!.text : segments.map((s) => s.text).join(''));
}

/** Ranks (排名第3) are not targets a sheet takes on; the cached list itself when it has none. */
function withoutRanks(statements: Statement[]): Statement[] {
  return statements.some((s) => s.kind === 'rank') ? statements.filter((s) => s.kind !== 'rank') : statements;
}

/**
 * Free-text task tables (序号 / 重点任务 / 内容和要求 / 牵头单位 / 配合单位): the targets are in the
 * prose of the content column and are read with the plan grammar. Rows are joined only where the
 * sheet says so: a row with no 序号, 牵头单位 or 配合单位 of its own continues the task above when
 * its 序号/任务 cell is merged with that task's, or when that task is numbered (a row broken
 * across a page). The joined text is read as one, so "…占营收比重" + "突破 2.6%。" is one target
 * standing on the cell that holds its number. A sheet without numbering is read row by row.
 */
export function readTaskRows(ctx: RowContext): { rows: SheetRow[]; claims: ClaimStore; unparsed: UnparsedCell[] } {
  const { view, header } = ctx;
  const content = ctx.column('content')!;
  const index = ctx.column('index');
  const task = ctx.column('task');
  const lead = ctx.column('lead');
  const partner = ctx.column('partner');
  const logical: LogicalRow[] = [];
  let current: LogicalRow | undefined;
  const valueColumns = ctx.header.columns.filter((c) => c.role === 'target' || c.role === 'actual');
  /**
   * Whether the sheet itself says row r belongs to the task above: its 序号 or 任务 cell is part of
   * a merge that started in that task, or the task above is numbered and r is not (a row broken
   * across a page). A sheet that numbers nothing is read row by row.
   */
  const sheetJoins = (r: number, above: SheetRow): boolean => {
    for (const column of [index, task]) {
      const m = column ? view.mergeAt(r, column.col) : undefined;
      if (m && m.top < r && m.top >= above.rows[0]!) return true;
    }
    return index !== undefined && view.ownText(above.rows[0]!, index.col) !== '';
  };

  for (let r = header.bottom + 1; r < ctx.end; r++) {
    let filled = false;
    for (let c = header.left; c <= header.right && !filled; c++) if (view.ownText(r, c)) filled = true;
    if (!filled || ctx.repeatsHeader(r)) continue;
    const ownIndex = index ? view.ownText(r, index.col) : '';
    const ownLead = lead ? view.ownText(r, lead.col) : '';
    const ownPartner = partner ? view.ownText(r, partner.col) : '';
    const text = view.ownText(r, content.col);
    const continues = current !== undefined && !ownIndex && !ownLead && !ownPartner && sheetJoins(r, current.row);
    if (!continues) {
      const indexText = index ? view.text(r, index.col) : '';
      const taskText = task ? view.text(r, task.col) : '';
      const row: SheetRow = {
        key: ctx.keys.rowKey(r),
        rows: [r], // a literal of one: most rows never continue, and push() on [] reserves 16 slots
        leads: ctx.departments(r, 'lead'),
        partners: ctx.departments(r, 'partner'),
      };
      if (indexText) row.index = indexText;
      if (taskText) row.task = taskText;
      current = { row, segments: [] };
      logical.push(current);
    }
    const { row, segments } = current!;
    if (continues) row.rows.push(r);
    if (view.hiddenRow(r)) row.hidden = true;
    if (text) {
      const last = segments[segments.length - 1];
      const offset = last ? last.offset + last.text.length : 0;
      const segment: Segment = { row: r, col: content.col, text, offset };
      // A one-element literal for the common single-cell row (push() on [] reserves 16 slots).
      if (segments.length === 0) current!.segments = [segment];
      else segments.push(segment);
    }
  }

  const rows = logical.map((l) => l.row);
  const claims = new ClaimStore(ctx.sheet, rows, ctx.keys, logical.length * 2);
  const unparsed: UnparsedCell[] = [];
  for (let rowIndex = 0; rowIndex < logical.length; rowIndex++) {
    const logicalRow = logical[rowIndex]!;
    if (logicalRow.segments.length === 0) continue;
    const joined = joinedText(logicalRow.segments);
    const statements = withoutRanks(statementsIn(joined, ctx.year));
    let n = 0;
    for (const s of statements) addClaim(ctx, claims, rowIndex, logicalRow, s, n++);
    if (valueColumns.length > 0) valueColumnClaims(ctx, valueColumns, rowIndex, logicalRow, statements, claims, unparsed, n);
    for (const u of unreadIn(joined, ctx.year, statements)) {
      const seg = segmentAt(logicalRow.segments, u.start);
      unparsed.push({
        sheet: ctx.sheet,
        cell: cellAddress(seg.row, seg.col),
        row: seg.row,
        col: seg.col,
        text: u.text,
        reason: u.reason,
        ...(ctx.hidden(seg.row, seg.col) ? { hidden: true } : {}),
      });
    }
  }
  return { rows, claims, unparsed };
}

/**
 * 目标值 / 完成情况 columns beside the prose: a cell in prose ("已新增规上企业12户") is read by the
 * grammar; a bare quantity ("15%以上", 12) belongs to the row's one metric when its prose states
 * exactly one, and is `unparsed` (no metric) otherwise.
 */
function valueColumnClaims(
  ctx: RowContext,
  columns: readonly SheetColumn[],
  rowIndex: number,
  row: LogicalRow,
  statements: Statement[],
  out: ClaimStore,
  unparsed: UnparsedCell[],
  first: number,
): void {
  let n = first;
  for (const column of columns) {
    const role = column.role === 'actual' ? 'actual' : 'target';
    for (const r of row.row.rows) {
      const text = ctx.view.ownText(r, column.col);
      if (!text) continue;
      const seg: Segment = { row: r, col: column.col, text, offset: 0 };
      const single: LogicalRow = { row: row.row, segments: [seg] };
      const own = withoutRanks(statementsIn(blankMarkup(text), ctx.year, role));
      if (own.length > 0) {
        for (const s of own) addClaim(ctx, out, rowIndex, single, { ...s, role }, n++, ctx.period(column));
        continue;
      }
      const q = readCellQuantity(text);
      const only = statements.length === 1 ? statements[0]! : undefined;
      if (q && only) {
        const unit = q.unit || column.unit || only.unit;
        const info = unitInfo(unit);
        addClaim(
          ctx,
          out,
          rowIndex,
          single,
          { ...only, role, comparator: q.comparator, value: q.value, max: q.max, decline: q.decline !== only.decline, ...info, span: [0, text.length] },
          n++,
          ctx.period(column),
        );
      } else if (/[\d*＊]/.test(text)) {
        unparsed.push({
          sheet: ctx.sheet,
          cell: cellAddress(r, column.col),
          row: r,
          col: column.col,
          text,
          reason: q ? 'no-metric' : 'not-a-quantity',
          ...(ctx.hidden(r, column.col) ? { hidden: true } : {}),
        });
      }
    }
  }
}

type Unread = ReturnType<typeof unreadTargets>;
const unreadCache = new Map<number | undefined, Map<string, Unread>>();
let unreadCached = 0;

/** unreadTargets, remembered per year and text like the statements it depends on (rows repeat texts). */
function unreadIn(text: string, year: number | undefined, statements: readonly Statement[]): Unread {
  let texts = unreadCache.get(year);
  let found = texts?.get(text);
  if (!found) {
    found = unreadTargets(text, statements);
    if (unreadCached >= 50_000) {
      unreadCache.clear();
      unreadCached = 0;
      texts = undefined;
    }
    if (!texts) unreadCache.set(year, (texts = new Map<string, Unread>()));
    texts.set(text, found);
    unreadCached++;
  }
  return found;
}

/** The segment holding offset `pos` of the joined text (segments are in offset order: a binary search). */
function segmentAt(segments: Segment[], pos: number): Segment {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.offset <= pos) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo]!;
}

/**
 * Stores statement `s` of a logical row as its n-th claim. A result in a 完成 column takes the
 * column's period unless its own text names the months (`columnPeriod`).
 */
function addClaim(ctx: RowContext, store: ClaimStore, rowIndex: number, row: LogicalRow, s: Statement, n: number, columnPeriod?: Period): void {
  // The claim stands on the cell holding its number (the end of its span).
  const seg = segmentAt(row.segments, Math.max(0, s.span[1] - 1));
  const start = Math.max(0, s.span[0] - seg.offset);
  const end = Math.min(seg.text.length, s.span[1] - seg.offset);
  const d = store.draft;
  d.row = seg.row;
  d.col = seg.col;
  d.rowIndex = rowIndex;
  d.ordinal = n;
  d.role = s.role;
  d.metric = s.metric;
  d.metricKey = s.metricKey;
  d.kind = s.kind === 'rank' ? 'level' : s.kind;
  d.comparator = s.comparator;
  d.value = s.value;
  d.max = s.max;
  d.decline = s.decline;
  d.unit = s.unit;
  d.dimension = s.dimension;
  d.factor = s.factor;
  d.text = seg.text;
  d.spanStart = start;
  d.spanEnd = Math.max(start, end);
  d.year = s.period?.year ?? ctx.year;
  d.period = columnPeriod && s.role === 'actual' && !s.period?.toMonth ? columnPeriod : s.period;
  d.hidden = row.row.hidden === true || ctx.hidden(seg.row, seg.col);
  d.total = false;
  store.add();
}
