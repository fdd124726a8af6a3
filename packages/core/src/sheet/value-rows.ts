import { unitInfo } from '../grammar/units.ts';
import type { Cell, TargetKind, UnitInfo } from '../model.ts';
import { normaliseHeader } from './header-lexicon.ts';
import { cellAddress } from './address.ts';
import { readCellQuantity, type CellQuantity } from './cell-quantity.ts';
import type { RowContext } from './read-sheet.ts';
import { ClaimStore } from './claim-store.ts';
import { indicatorMeaning, statementsIn } from './statements.ts';
import type { SheetColumn, SheetRow, UnparsedCell } from './types.ts';

/** Region cells that name the whole rather than a part: the sheet's own total row. */
const TOTAL_ROW = /^(合计|总计|小计|总数|全市|全区|全县|全省|全州|汇总|总体)/;
/** Value cells that say "nothing here" rather than a number. */
const EMPTY_VALUE = /^(—+|-+|－+|\/|／|无|暂无|\\|空|不适用|N\/?A)$/i;

/**
 * Structured tables, where targets and results are numbers in cells:
 * - indicators: one row per indicator (指标 | 单位 | 目标值 | 1-6月完成 …), optionally with a
 *   县区 column (one row per district and indicator);
 * - allocation: one row per district or department, one column per indicator
 *   (县区 | 规上工业增加值增速(%) | 新增规上企业(户) …), two-row headers giving 目标/完成 per indicator.
 * Each value cell becomes one claim; cells that hold text that is not a quantity become
 * `unparsed` candidates, and "**" a placeholder claim.
 */
export function readValueRows(ctx: RowContext): { rows: SheetRow[]; claims: ClaimStore; unparsed: UnparsedCell[] } {
  const { view, header } = ctx;
  const indicator = ctx.column('indicator');
  const unitColumn = ctx.column('unit');
  const region = ctx.column('region');
  const index = ctx.column('index');
  const valueColumns = header.columns.filter((c) => c.role === 'target' || c.role === 'actual' || c.role === 'metric');
  const rows: SheetRow[] = [];
  const claims = new ClaimStore(ctx.sheet, rows, ctx.keys, Math.max(0, ctx.end - header.bottom) * valueColumns.length);
  const unparsed: UnparsedCell[] = [];
  let lastRegion = '';

  for (let r = header.bottom + 1; r < ctx.end; r++) {
    if (ctx.repeatsHeader(r)) continue;
    const name = indicator ? view.text(r, indicator.col) : '';
    let place = region ? view.text(r, region.col) : '';
    if (indicator && !name) continue;
    if (!indicator && !place) continue;
    // An indicator row inside a district block keeps the district of the merged cell above.
    if (region && !place) place = lastRegion;
    lastRegion = place;
    const total = !!place && (isTotalName(place) || place === ctx.region);
    const row: SheetRow = {
      key: ctx.keys.rowKey(r),
      rows: [r],
      leads: ctx.departments(r, 'lead'),
      partners: ctx.departments(r, 'partner'),
    };
    const indexText = index ? view.text(r, index.col) : '';
    if (indexText) row.index = indexText;
    if (place && !total) row.region = place;
    if (view.hiddenRow(r)) row.hidden = true;
    const rowUnit = unitColumn ? view.text(r, unitColumn.col) : ''; // once per row, not per value cell
    let produced = false;
    for (const column of valueColumns) {
      const raw = view.ownText(r, column.col);
      if (!raw) {
        // A formula saved without its result (some generators never compute them): say so.
        const formula = view.grid.cells[r]?.[column.col]?.formula;
        if (formula)
          unparsed.push({
            sheet: ctx.sheet,
            cell: cellAddress(r, column.col),
            row: r,
            col: column.col,
            text: `=${formula.replace(/^=/, '')}`,
            reason: 'formula-without-value',
          });
        continue;
      }
      if (EMPTY_VALUE.test(raw.trim())) continue;
      const metricName = column.role === 'metric' ? column.metric! : name;
      if (!metricName) continue;
      // The row is pushed after its cells (when one of them states something): its index is rows.length.
      const notRead = valueClaim(ctx, claims, rows.length, r, column, raw, metricName, rowUnit, row, total);
      if (notRead) {
        unparsed.push(notRead);
        continue;
      }
      produced = true;
    }
    if (produced || name) rows.push(row);
  }
  return { rows, claims, unparsed };
}

/** Stores the value cell's claim, or returns why the cell could not be read. */
function valueClaim(
  ctx: RowContext,
  store: ClaimStore,
  rowIndex: number,
  r: number,
  column: SheetColumn,
  raw: string,
  metricName: string,
  rowUnit: string,
  row: SheetRow,
  total: boolean,
): UnparsedCell | null {
  const hidden = ctx.hidden(r, column.col) || row.hidden === true;
  const source = ctx.view.source(r, column.col);
  const error = source?.error;
  let q: (CellQuantity & { kind?: TargetKind }) | null = error ? null : (numberCell(source) ?? readCellQuantity(raw));
  if (!q && !error) q = quantityInProse(metricName, raw, ctx.year);
  if (!q) {
    return {
      sheet: ctx.sheet,
      cell: cellAddress(r, column.col),
      row: r,
      col: column.col,
      text: raw,
      reason: error ? 'error-value' : 'not-a-quantity',
      ...(hidden ? { hidden: true } : {}),
    };
  }
  // The cell's own unit wins, then the row's 单位 cell, then the header's "(亿元)".
  const given = q.unit || normaliseUnit(rowUnit) || column.unit || '';
  const named = indicatorMeaning(metricName, given);
  // Last resort: a unit in the indicator's own brackets ("规上工业增加值增速(%)" in a 指标 cell).
  const unit = given || named.unit;
  // A phrase's own verb (增长, 新增) says the kind better than the bare indicator name.
  const meaning = q.kind ? { ...named, kind: q.kind, decline: false } : named;
  const info = unitOf(unit);
  const role = column.role === 'metric' ? (column.valueRole ?? 'target') : column.role === 'actual' ? 'actual' : 'target';
  const d = store.draft;
  d.row = r;
  d.col = column.col;
  d.rowIndex = rowIndex;
  d.ordinal = 0;
  d.role = role;
  d.metric = meaning.metric;
  d.metricKey = meaning.metricKey;
  d.kind = meaning.kind;
  d.comparator = q.comparator;
  d.value = q.value;
  d.max = q.max;
  d.decline = q.decline !== meaning.decline;
  d.unit = info.unit;
  d.dimension = info.dimension;
  d.factor = info.factor;
  d.text = raw;
  d.spanStart = 0;
  d.spanEnd = raw.length;
  d.year = column.year ?? ctx.year;
  const period = ctx.period(column);
  d.period = period && role === 'actual' ? period : undefined;
  d.hidden = hidden;
  d.total = total;
  store.add();
  return null;
}

/**
 * A value cell written as a phrase ("力争增长12%以上", "新增25户左右"): the grammar reads it, and
 * the one quantity it states is the cell's. Two or none: not a quantity.
 */
function quantityInProse(metric: string, raw: string, year: number | undefined): (CellQuantity & { kind: TargetKind }) | null {
  // Read after the indicator name, so "力争增长12%以上" has the metric the grammar needs.
  const found = statementsIn(`${metric}${raw}`, year).filter((s) => s.kind !== 'rank');
  if (found.length !== 1) return null;
  const s = found[0]!;
  if (s.kind === 'rank') return null;
  return { comparator: s.comparator, value: s.value, max: s.max, unit: s.unit, decline: s.decline, kind: s.kind };
}

const units = new Map<string, UnitInfo>();

/** The grammar's unit info, looked up once per unit text (a column repeats one unit). */
function unitOf(unit: string): UnitInfo {
  let info = units.get(unit);
  if (!info) {
    info = unitInfo(unit);
    if (units.size < 1000) units.set(unit, info);
  }
  return info;
}

/**
 * A typed number needs no reading: most value cells are plain numbers (a percent-formatted
 * 0.2 shows as 20%). Text cells go through readCellQuantity.
 */
function numberCell(cell: Cell | undefined): CellQuantity | null {
  if (!cell || typeof cell.value !== 'number' || !Number.isFinite(cell.value)) return null;
  if (cell.text && !/^[-+]?\d+(\.\d+)?$/.test(cell.text)) return null; // shown with a unit or words: read the text
  const percent = !!cell.numFmt && cell.numFmt.includes('%') && !cell.text;
  const value = percent ? Number((cell.value * 100).toPrecision(12)) : cell.value;
  return { comparator: '=', value: Math.abs(value), max: null, unit: percent ? '%' : '', decline: value < 0 };
}

/** A 单位 cell as a unit: full-width forms folded, "个百分点" kept for the grammar's alias. */
function normaliseUnit(text: string): string {
  if (!text) return '';
  let unit = unitTexts.get(text);
  if (unit === undefined) {
    unit = text.normalize('NFKC').replace(/\s+/g, '');
    if (unitTexts.size < 1000) unitTexts.set(text, unit);
  }
  return unit;
}

const unitTexts = new Map<string, string>();

const totalNames = new Map<string, boolean>();

/** A 合计/全市 region cell; district names repeat down the column, so each is judged once. */
function isTotalName(place: string): boolean {
  let total = totalNames.get(place);
  if (total === undefined) {
    total = TOTAL_ROW.test(normaliseHeader(place));
    if (totalNames.size < 10_000) totalNames.set(place, total);
  }
  return total;
}
