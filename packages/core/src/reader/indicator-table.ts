/**
 * Indicator tables in five-year-plan layout: a header naming the indicator column (指标名称, 项目, or none) and value
 * columns (2020年 / 基期值, 2025年 / 目标值, 年均增长, 〔累计〕, 预计值, 属性), then one row per indicator. The header's
 * columns are read from the shapes of its labels (`table-columns.ts`), its rows one a line (cells between tabs or pipes;
 * HTML tables and space-separated PDF rows are turned into tabs by cleaning) or flattened one cell a line and fitted to
 * the columns by the shapes of their cells (`table-cells.ts`). A 目标值 cell is a target due in its column's year (or
 * the plan's horizon), a 基期值/预计值 cell a result of its year, a 年均增长 cell a growth target over the period (a result
 * in a table of results), a 〔累计〕 cell the change over the whole period, the 属性 cell the target's attribute
 * (预期性/约束性).
 */
import { matchesOf } from '../grammar/matches.ts';
import { classifyMetric } from '../grammar/metric.ts';
import type { Comparator } from '../model.ts';
import { COMPARATOR_SIGNS, GROUP_HEADING } from './clean.ts';
import { departmentsOf, plainDepartmentList } from './table.ts';
import { originalSpan, type MappedText } from './mapped-text.ts';
import {
  BRACKET_UNIT,
  columnRole,
  headerColumns,
  headerLabel,
  isHeader,
  labelShape,
  NAME_HEADER,
  PART_PREFIX,
  plannedGrowth,
  RANK_CELL,
  squeeze,
  VALUE_HEADER,
  withoutClosingPipes,
  type TableColumn,
  type TableYears,
} from './table-columns.ts';
import {
  ATTRIBUTE_CELL,
  BLANK_CELL,
  CHANGE_UNIT,
  cellPerLine,
  columnSlots,
  fittestHeader,
  headerAt,
  isBlankLine,
  isValueCell,
  linesOf,
  multipliedUnit,
  nameColumn,
  shapeRead,
  stackedRowCells,
  TABLE_HINT,
  UNIT_CELL,
  valueCell,
  wordUnit,
  type Cell,
  type Line,
} from './table-cells.ts';

export interface IndicatorCell {
  column: TableColumn;
  /** Words added to the row's metric: a gap to the target (低于控制目标), a figure at comparable prices (（可比价）). */
  metricSuffix?: string;
  /** A change over the whole period under a growth column (〔1.8〕, or a 〔累计〕 column's target less base): no yearly rate. */
  cumulative?: true;
  /** A unit the cell writes itself (6.5%, 2个百分点), else null. */
  unit: string | null;
  value: number;
  max: number | null;
  comparator: Comparator;
  /** The cell's number as written, as [start, end) in the cleaned text. */
  start: number;
  end: number;
}

export interface IndicatorRow {
  metric: string;
  /** The name as written, its rate word kept (地区生产总值增长率): what says the row's kind. */
  written: string;
  unit: string;
  attribute?: '预期性' | '约束性';
  /** The departments a 责任单位 / 配合单位 column names for the row (a progress sheet's, a project table's). */
  leads?: string[];
  partners?: string[];
  cells: IndicatorCell[];
  /** The row from its indicator name to its last cell, [start, end) in the cleaned text. */
  start: number;
  end: number;
  /** A part of the total above it (#批发零售业, 其中：城镇): it may leave that total's unit unwritten. */
  part?: true;
}

export interface IndicatorTable {
  /** [start, end) of the header and rows in the cleaned text: prose reading skips it. */
  start: number;
  end: number;
  rows: IndicatorRow[];
  /** A table of results (十三五…完成情况): its growth column reports, it does not plan. */
  results: boolean;
  /** Lines inside the table that are no row of cells (a numbered row whose cells were never set apart): read as prose. */
  prose?: [number, number][];
}

const CUE: Readonly<Record<string, Comparator>> = {
  '≥': '>=',
  '>=': '>=',
  不低于: '>=',
  不少于: '>=',
  以上: '>=',
  '＞': '>',
  '>': '>',
  '≤': '<=',
  '<=': '<=',
  '＜': '<=',
  '<': '<=',
  不超过: '<=',
  不高于: '<=',
  以下: '<=',
  以内: '<=',
  约: '~',
  左右: '~',
};

function readValue(cell: Cell, column: TableColumn): IndicatorCell | null {
  const m = valueCell(cell.text);
  // (A figure in round brackets, (9), is a period's change only where the column says its cells may be one; elsewhere it
  // may be a note's number.)
  if (!m || (ROUND_OPENING.test(cell.text) && column.cumulative !== 'marked')) return null;
  const words = wordUnit(m);
  // 52,000: a thousands separator is no part of the figure.
  // (32亿人次: the multiplier the unit table does not hold whole goes on the figure, as prose reads it.)
  const multiplied = words ? multipliedUnit(m[5]!) : null;
  const factor = multiplied?.factor ?? 1;
  const value = Number(m[3]!.replace(/,/g, '')) * factor;
  const upper = m[4] === undefined ? null : Number(m[4].replace(/,/g, '')) * factor;
  const max = upper !== null && upper > value ? upper : null;
  const reach = REACH_CUE.test(m[2] ?? '');
  const comparator: Comparator = max !== null ? 'range' : (CUE[m[6] ?? ''] ?? (reach ? '>=' : CUE[m[2] ?? '']) ?? '=');
  const numberAt = cell.text.indexOf(m[3]!);
  const unit = m[5] === undefined ? null : m[5] === '%' ? '%' : words ? (multiplied?.unit ?? m[5]) : '百分点';
  // 低于控制目标2.1个百分点: the gap to the target, not the figure itself — its words name what is measured.
  const suffix = m[1] ?? column.metricSuffix;
  const gap = suffix ? { metricSuffix: suffix } : {};
  // [累计达到1000] under 年均[累计]: the total the period ends at, a level of the period's end year — no change over it.
  // (Only a running total: 累计 written, or the period's brackets — 达到7 under 年均增长（%） is the yearly rate reached.)
  const total = reach && (/累计/.test(m[2]!) || PERIOD_BRACKETS.test(cell.text));
  const own = total && column.role === 'growth' ? { ...column, role: 'target' as const, cumulative: undefined } : column;
  return { column: own, unit, value, max, comparator, ...gap, start: cell.start + numberAt, end: cell.end };
}
/** A cell's words of a total to reach (达到, 累计达到): `>=` the figure, a level (corpus Decisions 4). */
const REACH_CUE = /达到$/;

const ROUND_OPENING = /^[（(]/;

/** A figure at comparable prices in brackets after a cell's own (10.9(可比7.0)): a second figure of the row. */
const COMPARABLE_NOTE = /^(.*?)\s*[（(]可比价?\s*(-?\d+(?:\.\d+)?)\s*(%)?\s*[）)]$/;

/**
 * A cell of named parts, each with its figure (〔成片：五年累计约110 零星：五年累计约20〕): one figure a part, the part's
 * name added to the row's metric; a part's 累计 (a total over the period) makes its figure a level to reach, as
 * [累计达到1000] is. Two parts at least, set apart by spaces or 、；，.
 */
function partCells(cell: Cell, column: TableColumn): IndicatorCell[] {
  const inner = PERIOD_BRACKETS.test(cell.text) ? cell.text.slice(1).replace(/[〕］\]]$/, '') : cell.text;
  const offset = cell.text.indexOf(inner);
  const parts = matchesOf(NAMED_PART, inner);
  if (parts.length < 2 || parts.reduce((n, p) => n + p[0].length, 0) !== inner.replace(/[\s、；;，,]+$/, '').length) return [];
  // (一季度：5.2 上半年：6.1, 目标：8 完成：8.2: times and aims are no parts of what the row measures.)
  if (parts.some((p) => NO_PART.test(p[1]!))) return [];
  return parts.flatMap((p) => {
    const start = cell.start + offset + p.index + p[0].indexOf(p[3]!);
    const value = readValue({ text: p[3]!, start, end: start + p[3]!.length }, p[2] ? { ...column, role: 'target', cumulative: undefined } : column);
    return value ? [{ ...value, metricSuffix: `（${p[1]}）` }] : [];
  });
}
const NAMED_PART_HINT = /[\u4e00-\u9fff][:：]/;
/** A name before a colon that is a time (一季度, 上半年, 全年, 1-6月) or an aim or a result (目标, 完成, 实际), not a part. */
const NO_PART = /季度|半年|[年月]$|^(?:年度|预期|计划)?目标|完成|实际|预计/;
/** A named part of a cell: its name, its colon, 累计 or 五年累计 perhaps, its figure; then a gap or a list mark. */
const NAMED_PART = /([\u4e00-\u9fff]{1,4})[:：]\s*((?:五年|期间)?累计)?((?:约|≥|≤|>|<)?\d+(?:\.\d+)?(?:左右|以上|以下)?)[\s、；;，,]*/g;

/** A value cell's figures: its own, and one at comparable prices it writes in brackets after it. */
function cellValues(cell: Cell, column: TableColumn): IndicatorCell[] {
  if (NAMED_PART_HINT.test(cell.text)) {
    const parts = partCells(cell, column);
    if (parts.length > 0) return parts;
  }
  const note = COMPARABLE_NOTE.exec(cell.text);
  if (!note) {
    const value = readValue(cell, column);
    return value ? [value] : [];
  }
  const own = readValue({ text: note[1]!, start: cell.start, end: cell.start + note[1]!.length }, column);
  if (!own) return [];
  const at = cell.start + cell.text.lastIndexOf(note[2]!);
  const unit = note[3] ?? own.unit;
  const comparable: IndicatorCell = {
    column,
    unit,
    value: Number(note[2]),
    max: null,
    comparator: '=',
    metricSuffix: '（可比价）',
    start: at,
    end: at + note[2]!.length,
  };
  return [own, comparable];
}

/** The index of a row's indicator name: after its 序号 when there is one, else its first words. */
function nameIndex(cells: Cell[]): number {
  // A row's number stands before its figures (经济发展 | 1 | 地区生产总值…), never among them (城镇化率 | 56.4 | 63 | 预期性).
  const serial = cells.findIndex((c) => /^\d{1,3}[.、]?$/.test(c.text));
  const beforeFigures = serial >= 0 && cells.slice(0, serial).every((c) => !/\d/.test(c.text));
  if (beforeFigures && serial + 1 < cells.length && /[\u4e00-\u9fff]{2}/.test(cells[serial + 1]!.text)) return serial + 1;
  return cells.findIndex(
    (c, i) =>
      /[\u4e00-\u9fff]{2}/.test(c.text) &&
      i + 1 < cells.length &&
      (isValueCell(cells[i + 1]!.text) ||
        (BLANK_CELL.test(cells[i + 1]!.text) && cells.slice(i + 2).some((n) => isValueCell(n.text))) ||
        // 2.居民消费价格涨幅 | % | 2.7: a row whose group cell was merged away, its unit cell before the figure.
        (UNIT_CELL.test(cells[i + 1]!.text) && i + 2 < cells.length && isValueCell(cells[i + 2]!.text))),
  );
}

/** An indicator's own number before its name (1.地区生产总值…): no part of the name. */
const SERIAL_PREFIX = /^\d{1,3}[.、．]\s*/;

/**
 * Every indicator table in the cleaned text. `years` gives the plan's year and horizon, used for
 * a 目标值 or 基期值 column whose header names no year.
 */
export function readIndicatorTables(clean: MappedText, years: TableYears): IndicatorTable[] {
  const text = clean.text;
  if (!TABLE_HINT.test(text)) return [];
  const lines = linesOf(text);
  const tables: IndicatorTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const found = headerAt(lines, i);
    const header = found && cellPerLine(lines, found.next) ? fittestHeader(lines, found) : found;
    if (!header) {
      // A table turned on its side holds cells on this line or the next (its label alone above them).
      const turned = lines[i]!.cells.length > 0 || (lines[i + 1]?.cells.length ?? 0) > 0 ? readTransposedTable(text, lines, i, years) : null;
      if (turned) {
        tables.push(turned.table);
        i = turned.next - 1;
      }
      continue;
    }
    const columns = headerColumns(header.labels, years, text.slice(Math.max(0, header.start - 80), header.start));
    const nameCol = nameColumn(columns, header);
    if (nameCol < 0) continue;
    const body: { rows: IndicatorRow[]; end: number; next: number; prose?: [number, number][] } =
      cellPerLine(lines, header.next) && shapeRead(columns)
        ? stackedRows(lines, header.next, columns, nameCol, header.labels)
        : lineRows(text, lines, header.next, header.line, columns, nameCol);
    unitsOfParts(body.rows);
    body.rows = withoutCutFigure(body.rows, text, columns);
    if (body.rows.length > 0) {
      tables.push({
        start: header.start,
        end: Math.max(header.end, body.end),
        rows: body.rows,
        results: columns.every((c) => c.role !== 'target' && !plannedGrowth(c)),
        ...(body.prose?.length ? { prose: body.prose } : {}),
      });
      i = body.next - 1;
    } else i = header.next - 1;
  }
  return tables;
}

/**
 * The rows without a bare figure the text's end cuts (a table excerpted inside a row, which stops short of its columns:
 * `16-59周岁 ⏎ 47` and nothing after): its digits may be cut too (47 of 47x.x), so it gives no entry (corpus Decisions
 * 17), as a number cut at the end of prose gives none. A figure with its cue or unit (`6左右`, `47%`), or closing a row
 * that fills its columns, is whole; so is a row's second figure or later (森林覆盖率 ⏎ 45 ⏎ 46: a row that leaves its last
 * column empty), and a figure on its name's line (a row of cells, `年末常住人口	120`, which a page writes whole).
 */
function withoutCutFigure(rows: IndicatorRow[], text: string, columns: readonly TableColumn[]): IndicatorRow[] {
  const row = rows.at(-1);
  const last = row?.cells.at(-1);
  // (Stopping short: the figure stands under a value column that is not the header's last.)
  const lastColumn = columns.findLast((c) => VALUE_ROLES.has(c.role));
  if (
    !row ||
    !last ||
    last.column.header === lastColumn?.header ||
    last.end !== text.trimEnd().length ||
    !/^\d+(?:\.\d+)?$/.test(text.slice(last.start, last.end))
  )
    return rows;
  // (The row's only figure, alone on its line: one cell a line, cut after the first of the row's figures.)
  if (row.cells.length > 1 || !/\n[ \t]*$/.test(text.slice(0, last.start))) return rows;
  const cells = rows.at(-1)!.cells.slice(0, -1);
  return cells.length > 0 ? [...rows.slice(0, -1), { ...rows.at(-1)!, cells }] : rows.slice(0, -1);
}

const VALUE_ROLES: ReadonlySet<TableColumn['role']> = new Set(['target', 'base', 'estimate', 'growth', 'rank']);

/** The rows of a table one row a line from line `from`; the end of the last and the line after it. */
function lineRows(
  text: string,
  lines: readonly Line[],
  from: number,
  header: Line | undefined,
  columns: readonly TableColumn[],
  nameCol: number,
): { rows: IndicatorRow[]; end: number; next: number; prose: [number, number][] } {
  const rows: IndicatorRow[] = [];
  const prose: [number, number][] = [];
  let end = 0;
  let j = from;
  for (; j < lines.length; j++) {
    // Another table's header (指标 | 2022年 | 2027年目标值 after a blank line) ends this one: it is read with its own years.
    if (j > from && lines[j]!.cells.length >= 2 && isHeader(lines[j]!.cells.map((c) => squeeze(c.text)))) break;
    const wrapped = j + 1 < lines.length ? (joinWrappedCell(lines[j]!, lines[j + 1]!, columns.length) ?? nameAbove(lines[j]!, lines[j + 1]!)) : null;
    if (wrapped) j++;
    const line = wrapped ?? lines[j]!;
    if (line.cells.length === 0) {
      if (isBlankLine(line)) continue; // blank lines between HTML rows
      // A group heading alone on its line (绿色生态) with a row after it: the table goes on.
      // (The row after it may come after a numbered line of words too: 一、经济发展 ⏎ 1地区生产总值…翻一番… ⏎ 2⇥…)
      const next = lines[j + 1]?.cells.length === 0 && NUMBERED_LINE.test(text.slice(lines[j + 1]!.start, lines[j + 1]!.end)) ? lines[j + 2] : lines[j + 1];
      const goesOn = next !== undefined && next.cells.length > 0 && !isHeader(next.cells.map((c) => squeeze(c.text)));
      if (GROUP_HEADING.test(text.slice(line.start, line.end)) && goesOn) continue;
      // A numbered row whose cells were never set apart (1地区生产总值…翻一番（全省人均GDP≥10万元）省统计局) with a row after
      // it: the table goes on, and its words are read as prose.
      if (NUMBERED_LINE.test(text.slice(line.start, line.end)) && goesOn) {
        prose.push([line.start, line.end]);
        continue;
      }
      break;
    }
    for (const part of runOnRows(header ? withEmptyCells(text, line, header) : line, columns)) {
      const row = readRow(part, columns, nameCol);
      if (row) rows.push(row);
    }
    end = line.end;
  }
  return { rows, end, next: j, prose: prose.filter(([start]) => start < end) };
}
/** A line opening with a row's number and its name's words (1地区生产总值…, 12 高新技术…). */
const NUMBERED_LINE = /^\s*\d{1,2}[.、．]?\s*[\u4e00-\u9fff]/;

/** The rows of a table flattened one cell a line (`stackedRowCells`), each part of a stacked row a row of its own. */
function stackedRows(
  lines: readonly Line[],
  from: number,
  columns: readonly TableColumn[],
  nameCol: number,
  labels: readonly string[],
): { rows: IndicatorRow[]; end: number; next: number } {
  const slots = columnSlots(columns, nameCol, labels);
  const body = stackedRowCells(lines, from, slots);
  const rows = body.rows.flatMap((row) =>
    row.names.flatMap((name, k) => {
      const placed: (Cell | undefined)[] = [];
      placed[nameCol] = name;
      if (row.unit && !BLANK_CELL.test(row.unit.text)) placed[slots.unitCol] = row.unit;
      if (row.attribute) placed[slots.attributeCol] = row.attribute;
      slots.valueColumns.forEach((column, slot) => (placed[column] = row.values[k]![slot]));
      return rowOf(name, placed, columns, nameCol, row.heading) ?? [];
    }),
  );
  return { ...body, rows };
}

/**
 * 社会消费品零售总额(亿元) then # 批发零售业, 住宿餐饮业: the parts a total is broken into (from a row marked # or 其中
 * to the next row that writes a unit) are in the total's unit when they write none of their own.
 */
function unitsOfParts(rows: IndicatorRow[]): void {
  let unit = '';
  let parts = false;
  for (const row of rows) {
    if (row.unit !== '') [unit, parts] = [row.unit, false];
    else if (row.part || parts) {
      parts = true;
      if (unit !== '') row.unit = unit;
    } else unit = ''; // a total that writes no unit (每千人口床位数) lends none to its parts, nor an earlier row's
  }
}

/**
 * A row whose name cell wrapped onto the next line (`2⇥常住人口城镇化` ⏎ `率⇥%⇥56.4⇥63⇥预期性`): the two lines as one row,
 * the wrapped words joined to the cell above, when together they are as wide as the header. Only a last cell of words
 * and a first piece of a few words with no figure (not a row under a group heading, not a number); or a target's sign
 * and its figure.
 */
function joinWrappedCell(line: Line, next: Line, width: number): Line | null {
  const last = line.cells.at(-1);
  const first = next.cells[0];
  if (!last || !first || line.cells.length >= width || next.cells.length < 2 || line.cells.length + next.cells.length - 1 !== width) return null;
  if (!wrappedName(line, last.text, first.text) && !wrappedComparator(last.text, first.text)) return null;
  const joined = { text: last.text + first.text, start: last.start, end: first.end };
  return { start: line.start, end: next.end, cells: [...line.cells.slice(0, -1), joined, ...next.cells.slice(1)] };
}

/**
 * A row whose name stands alone on its line above its cells (`地区生产总值（亿元）` ⏎ `312⇥450⇥预期性`, a page that wrapped
 * the name cell): the two lines as one row. Only a name of words, and a line of cells that opens with a figure or a blank
 * (not with a row's number before a name of its own).
 */
function nameAbove(line: Line, next: Line): Line | null {
  const name = line.lone;
  const first = next.cells[0];
  if (!name || !first || next.cells.length < 2 || !/[\u4e00-\u9fff]/.test(name.text) || name.text.length > 40 || /[。；：:]/.test(name.text)) return null;
  if (!isValueCell(first.text) && !BLANK_CELL.test(first.text)) return null;
  // (Not a line that opens with a row's number and its own name: 2⇥城乡居民养老保险参保率⇥%⇥≥97.)
  if (/^\d{1,3}[.、]?$/.test(first.text) && /[\u4e00-\u9fff]{2}/.test(next.cells[1]!.text)) return null;
  return { start: line.start, end: next.end, cells: [name, ...next.cells] };
}

/** A name cell's tail (`常住人口城镇化` ⏎ `率`): words on both sides, and no figure before the wrap but the row's number. */
function wrappedName(line: Line, last: string, first: string): boolean {
  if (!/^[\u4e00-\u9fff（）()%]{1,8}$/.test(first) || !/[\u4e00-\u9fff]$/.test(last) || ATTRIBUTE_CELL.test(last)) return false;
  return !line.cells.some((c, k) => /\d/.test(c.text) && !(k === 0 && /^\d{1,3}[.、]?$/.test(c.text)));
}

const LONE_SIGN = new RegExp(`^[${COMPARATOR_SIGNS}]$`);

/** A target cell's sign left at the line's end and its figure on the next (`…⇥88⇥≥` ⏎ `90⇥约束性`): one cell `≥90`. */
function wrappedComparator(last: string, first: string): boolean {
  return LONE_SIGN.test(last) && /^\d+(?:\.\d+)?%?$/.test(first);
}

/**
 * A tabbed row as wide as its tabbed header that left cells empty (`城镇调查失业率⇥%⇥-⇥≤5.5⇥⇥预期性`: no growth
 * written): each empty cell kept in its place, so the cells after it stay under their columns. Not a row of
 * another width (a merged cell left out, a wrap), nor a header that itself has empty cells.
 */
function withEmptyCells(text: string, line: Line, header: Line): Line {
  const width = header.cells.length;
  if (line.cells.length >= width || text.slice(header.start, header.end).split('\t').length !== width) return line;
  const pieces = text.slice(line.start, line.end).split('\t');
  if (pieces.length !== width || pieces.some((p) => p.includes('|'))) return line;
  const cells: Cell[] = [];
  let at = line.start;
  for (const piece of pieces) {
    const lead = piece.length - piece.trimStart().length;
    const cell = piece.trim();
    cells.push({ text: cell, start: at + lead, end: at + lead + cell.length });
    at += piece.length + 1;
  }
  return { ...line, cells };
}

/**
 * Rows run on into one line (a group cell merged over two rows left no line of pipes between them:
 * 空气质量 | 城市PM2.5下降 | 57.3 | / | 约束性 | 优良天数占比(%) | 77.9 | / | 约束性): in a table whose last
 * column is the 属性, a line longer than the header is cut after each 属性 cell more cells follow.
 */
function runOnRows(line: Line, columns: readonly TableColumn[]): Line[] {
  if (columns.at(-1)?.role !== 'attribute' || line.cells.length <= columns.length) return [line];
  const parts: Line[] = [];
  let from = 0;
  line.cells.forEach((cell, i) => {
    if (!ATTRIBUTE_CELL.test(cell.text) || i + 1 >= line.cells.length) return;
    parts.push(partOf(line, from, i + 1));
    from = i + 1;
  });
  if (from < line.cells.length) parts.push(partOf(line, from, line.cells.length));
  return parts;
}
function partOf(line: Line, from: number, to: number): Line {
  const cells = line.cells.slice(from, to);
  return { start: cells[0]!.start, end: cells.at(-1)!.end, cells };
}

function readRow(line: Line, columns: readonly TableColumn[], nameCol: number): IndicatorRow | null {
  // A row as wide as the header has its name under the header's name column (a 单位 cell may follow it),
  // one character long or more (蛋, 猪 in a price table).
  const full = line.cells.length === columns.length && /[\u4e00-\u9fff]/.test(line.cells[nameCol]!.text);
  const at = full ? nameCol : nameIndex(line.cells);
  if (at < 0) return null;
  const unitColumn = columns.findIndex((c) => c.role === 'unit');
  const cellUnderUnit = unitColumn > nameCol ? line.cells[at + unitColumn - nameCol] : undefined;
  // 城乡居民人均收入比 | 2.92: a row that leaves its unit cell out (a ratio has none) has a figure under the
  // unit column; its figures fill the value columns after it.
  // 全科医生数 | - | 4 | 预期性: a blank under the unit column of a row one cell short is its base value, left blank.
  const short = line.cells.length - at === columns.length - nameCol - 1;
  const noUnitCell =
    cellUnderUnit !== undefined && ((isValueCell(cellUnderUnit.text) && !UNIT_CELL.test(cellUnderUnit.text)) || (short && BLANK_CELL.test(cellUnderUnit.text)));
  // Each column's cell: the row's cells from its name on, a unit cell it left out skipped.
  const placed: (Cell | undefined)[] = [];
  for (let k = nameCol; k < columns.length; k++) {
    if (noUnitCell && k === unitColumn) continue;
    const cell = line.cells[at + (k - nameCol) - (noUnitCell && k > unitColumn ? 1 : 0)];
    if (!cell) break;
    placed[k] = cell;
  }
  return rowOf(line.cells[at]!, placed, columns, nameCol);
}

/** A number alone in a cell, no unit nor cue (201). */
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
/** A year alone in a cell (1952, 2001年). */
const BARE_YEAR = /^(?:19|20)\d{2}年?$/;

/** A name cell's name (its 序号, 其中, footnote mark and bracketed unit taken off) and the unit its brackets write. */
function nameOf(written: string): { name: string; unit: string | undefined } {
  // (A mark after the bracketed unit too: 研发经费投入强度（%）① keeps its unit.)
  const text = written.replace(FOOTNOTE_MARK, '');
  const bracket = BRACKET_UNIT.exec(text);
  const name = (bracket ? text.slice(0, bracket.index).trim() : text).replace(SERIAL_PREFIX, '').replace(PART_PREFIX, '').replace(FOOTNOTE_MARK, '');
  return { name, unit: bracket?.[1] };
}
/** A footnote's mark closing a name (全员劳动生产率①, 数字经济增加值占比重[2]): the note's number, no part of the name. */
const FOOTNOTE_MARK = /(?<=[\u4e00-\u9fff）)])(?:[①-⑳]|\[\d{1,2}\])$/;

/**
 * A row from its name cell and the cell each column holds (`placed`, by column): what the row → target/actual reading
 * takes — the name (under a heading its parts stand under: 义务教育标准班额比例（小学）), the unit (the unit column's
 * cell, else the name's brackets, else the heading's), the attribute, the departments, the value cells.
 */
function rowOf(nameCell: Cell, placed: readonly (Cell | undefined)[], columns: readonly TableColumn[], nameCol: number, heading?: Cell): IndicatorRow | null {
  const own = nameOf(nameCell.text);
  const over = heading ? nameOf(heading.text) : undefined;
  // A part under its heading is read as the heading's measure of that part (班额比例：小学), shown as 班额比例（小学）.
  const name = over ? `${over.name}：${own.name}` : own.name;
  const unitColumn = columns.findIndex((c) => c.role === 'unit');
  // (万平 方米: a unit cell spaced out to fill its column is read without the spaces.)
  // (增幅(%): a unit cell that says the row's figures are changes, in %: the name is of a growth.)
  const change = CHANGE_UNIT.exec(squeeze(placed[unitColumn]?.text ?? ''));
  const unit = change ? '%' : squeeze(placed[unitColumn]?.text ?? own.unit ?? over?.unit ?? '').replace('％', '%');
  const cells: IndicatorCell[] = [];
  let attribute: IndicatorRow['attribute'];
  let leadText = '';
  let partnerText = '';
  let end = nameCell.end;
  for (let k = nameCol + 1; k < columns.length; k++) {
    const cell = placed[k];
    if (!cell || k === unitColumn) continue;
    const column = columns[k]!;
    end = Math.max(end, cell.end);
    if (column.role === 'attribute') {
      if (cell.text === '预期性' || cell.text === '约束性') attribute = cell.text;
      continue;
    }
    if (column.role === 'lead' || column.role === 'partner') {
      // Names only: a figure or a sentence there is no list of departments.
      if (/[\u4e00-\u9fff]/.test(cell.text) && !/[。；;\d]/.test(cell.text)) {
        if (column.role === 'lead') leadText = cell.text;
        else partnerText = cell.text;
      }
      continue;
    }
    if (column.role === 'rank') {
      const place = RANK_CELL.exec(cell.text);
      if (place) cells.push({ column, unit: null, value: Number(place[1]), max: null, comparator: '=', start: cell.start, end: cell.end });
      continue;
    }
    if (column.role === 'target' || column.role === 'base' || column.role === 'estimate' || column.role === 'growth') {
      // (Under a place, a bare year is when something was done there — 设立年份 | 1952 — no figure of it; only in a row
      // that measures in no unit or in years: 城镇新增就业 | 人 | 2000 is a figure of 2000 people. A bare number in a row
      // with no unit is no figure of a place either: 办公室 | 201 | 305 is a list's rooms.)
      if (column.place !== undefined && (unit === '' || unit === '年') && (BARE_YEAR.test(cell.text) || (unit === '' && BARE_NUMBER.test(cell.text)))) continue;
      cells.push(...cellValues(cell, column));
    }
  }
  if (cells.length === 0) return null;
  cumulativeCells(cells, placed);
  const part = PART_PREFIX.test(nameCell.text) && !over ? { part: true as const } : {};
  return {
    metric: over ? `${over.name}（${own.name}）` : classifyMetric(name, unit).metric || name,
    written: change ? name + change[1] : name,
    unit,
    ...(attribute ? { attribute } : {}),
    ...departmentCells(columns, leadText, partnerText),
    cells,
    start: nameCell.start,
    end,
    ...part,
  };
}

/**
 * A cell written in the brackets plans use for a figure over the whole period (〔1.8〕, [20]; [2.75) or (9) where a
 * page's text lost one of them, under a column that says its cells may be 〔累计〕).
 */
const PERIOD_BRACKETS = /^[〔［[]/;
const LOST_PERIOD_BRACKETS = /^[〔［[（(].*[〕］\]）)]$/;

/**
 * The cells of a growth column that give the change over the whole period (corpus Decisions 34): one written in 〔〕, or,
 * under a header that says 〔累计〕, one that is the row's target less its base value (5 → 5.5, 0.5) — the page lost
 * its brackets; a yearly rate beside them (7.5 for 312 → 450) stays one.
 */
function cumulativeCells(cells: IndicatorCell[], placed: readonly (Cell | undefined)[]): void {
  const target = cells.find((c) => c.column.role === 'target' && c.comparator === '=');
  const base = cells.find((c) => c.column.role === 'base');
  for (const cell of cells) {
    if (cell.column.role !== 'growth') continue;
    const text = placed.find((p) => p !== undefined && p.start <= cell.start && cell.end <= p.end)?.text ?? '';
    const difference = target && base && cell.column.cumulative ? Math.abs(target.value - base.value - cell.value) < 1e-6 : false;
    const bracketed = PERIOD_BRACKETS.test(text) || (cell.column.cumulative === 'marked' && LOST_PERIOD_BRACKETS.test(text));
    if (cell.column.cumulative === 'all' || bracketed || difference) cell.cumulative = true;
  }
}

/** Original [start, end) of a cleaned range. */
export function tableSpan(clean: MappedText, start: number, end: number): [number, number] {
  return originalSpan(clean, start, end);
}

/** The row's leads and partners from its department cells, read as a 分解表 reads them; nothing when none is named. */
function departmentCells(columns: readonly TableColumn[], leadText: string, partnerText: string): { leads?: string[]; partners?: string[] } {
  if (leadText === '' && partnerText === '') return {};
  const headers = columns.filter((c) => c.role === 'lead' || c.role === 'partner').map((c) => c.header);
  return departmentsOf(leadText, partnerText, plainDepartmentList(headers));
}

/** A label cell of a table turned on its side: short, its spaces squeezed (主 要 指 标 |, 2022 年 目 标 值 |). */
function sideLabel(text: string, line: Line): { label: string; cells: Cell[] } | null {
  if (line.cells.length === 0) {
    const label = squeeze(withoutClosingPipes(text.slice(line.start, line.end).trim()).trim());
    return label !== '' && label.length <= 12 && !/\|/.test(label) ? { label, cells: [] } : null;
  }
  const first = squeeze(line.cells[0]!.text);
  return first.length <= 12 ? { label: first, cells: line.cells.slice(1) } : null;
}

/** A place's name: a town, township, street, village, county, district or city. */
const PLACE_NAME = /^[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|村|社区|县|区|市|旗)$/;

/**
 * A line of names only, no label before them (地区生产总值（亿元） | 常住人口城镇化率（%）): the names of a table turned on its
 * side, when no cell is a header's label (a table's own header) nor a figure.
 */
function unlabelledNames(line: Line): { label: string; cells: Cell[] } | null {
  if (line.cells.length < 2 || line.cells.some((c) => labelShape(headerLabel(c.text)) !== null)) return null;
  // Places (城关镇 | 白石镇 | 青禾乡) are what a table of towns compares, no indicators: what it counts is not written.
  if (line.cells.every((c) => PLACE_NAME.test(c.text))) return null;
  return { label: '指标', cells: line.cells };
}

/**
 * An indicator table turned on its side (a web page's wide table flattened block by block): a line
 * labelled 指标 whose cells (or the next line's) name the indicators, then lines labelled by a value
 * header (2022年目标值, 属性), each label before its cells or alone on the line above them, as many
 * cells as names. Each name with the cells in its position makes a row, read as any table's row.
 */
function readTransposedTable(text: string, lines: readonly Line[], i: number, years: TableYears): { table: IndicatorTable; next: number } | null {
  const labelled = sideLabel(text, lines[i]!);
  // The names' line opens with its label (指标 | a | b), or is alone above it, or writes no label (a | b | c).
  const head = labelled && NAME_HEADER.test(labelled.label) && labelled.label.length <= 8 ? labelled : unlabelledNames(lines[i]!);
  if (!head) return null;
  let j = i + 1;
  let names = head.cells;
  if (names.length === 0) names = lines[j++]?.cells ?? [];
  const width = names.length;
  if (width < 2 || names.some((c) => isValueCell(c.text) || !/[\u4e00-\u9fff]/.test(c.text))) return null;
  const labels = [head.label];
  const records: Cell[][] = [];
  let end = lines[j - 1]!.end;
  while (j < lines.length) {
    const side = sideLabel(text, lines[j]!);
    if (side) side.label = headerLabel(side.label);
    if (!side || !VALUE_HEADER.test(side.label) || columnRole(side.label) === 'other' || columnRole(side.label) === 'name') break;
    let cells = side.cells;
    let last = j;
    if (cells.length === 0 && j + 1 < lines.length) cells = lines[(last = j + 1)]!.cells;
    if (cells.length !== width) break;
    labels.push(side.label);
    records.push(cells);
    end = lines[last]!.end;
    j = last + 1;
  }
  if (!records.length) return null;
  const columns = headerColumns(labels, years, text.slice(Math.max(0, lines[i]!.start - 80), lines[i]!.start));
  if (!columns.some((c) => c.role === 'target' || c.role === 'base' || c.role === 'estimate' || c.role === 'growth')) return null;
  const rows: IndicatorRow[] = [];
  for (let k = 0; k < width; k++) {
    const cells = [names[k]!, ...records.map((r) => r[k]!)];
    const row = readRow({ start: cells[0]!.start, end: cells.at(-1)!.end, cells }, columns, 0);
    if (row) rows.push(row);
  }
  if (!rows.length) return null;
  return { table: { start: lines[i]!.start, end, rows, results: columns.every((c) => c.role !== 'target' && !plannedGrowth(c)) }, next: j };
}
