/**
 * Indicator tables in five-year-plan layout: a header row naming the indicator column (指标名称)
 * and value columns (2020年 / 基期值, 2025年 / 目标值, 年均增长, 预计值, 属性), then one row per
 * indicator. Cells are separated by tabs (HTML tables and space-separated PDF rows are turned into
 * tabs by cleaning). A 目标值 cell is a target due in its column's year (or the plan's horizon), a
 * 基期值/预计值 cell a result of its year, a 年均增长 cell a growth target over the period (a result
 * in a table of results), the 属性 cell the target's attribute (预期性/约束性).
 */
import { largest } from '../grammar/chars.ts';
import { classifyMetric } from '../grammar/metric.ts';
import { unitInfo } from '../grammar/units.ts';
import { PERIOD_WORDS } from '../grammar/words.ts';
import type { Comparator } from '../model.ts';
import { COMPARATOR_SIGNS, GROUP_HEADING, RANK_CELL, RANK_HEADER } from './clean.ts';
import { DEPARTMENT_COLUMN, departmentsOf, PARTNER_ROLE, plainDepartmentList } from './table.ts';
import { originalSpan, type MappedText } from './mapped-text.ts';

export type ColumnRole = 'name' | 'unit' | 'attribute' | 'lead' | 'partner' | 'target' | 'base' | 'estimate' | 'growth' | 'rank' | 'other';

export interface TableColumn {
  role: ColumnRole;
  header: string;
  /** A rank column's scope (全省 in 全省排名). */
  rankScope?: string;
  /** The year the column speaks of, when its header says (2025年目标值) or the plan implies it. */
  year: number | null;
  /** Months of the year a results column covers (1-3月), as written. */
  months?: { from: number; to: number; label: string };
  /** A unit the header writes in brackets (上半年完成(%)): its cells' unit where neither cell nor row writes one. */
  unit?: string;
  /** Words a results column adds to the row's name (比重 of a 构成 table: 城镇 | 25 → 城镇比重). */
  metricSuffix?: string;
  /** A completion ratio column (完成进度 beside 年度目标 and 1-6月完成): its cells are shares of the target reached. */
  completionRatio?: true;
}

export interface IndicatorCell {
  column: TableColumn;
  /** Words added to the row's metric: a gap to the target (低于控制目标), a figure at comparable prices (（可比价）). */
  metricSuffix?: string;
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
}

const NAME_HEADER = /指标/;
/** A column of results over months of the year (1-3月, 1—11月): a monitoring table's period. */
const MONTHS_HEADER = /^(\d{1,2})\s*[-—–至~]\s*(\d{1,2})\s*月(?:完成|实际)?$/;
/**
 * A column of results over a part of the year (上半年完成, 一季度, 前三季度实际): a mid-year report's table
 * of the year's targets beside what the months so far reached.
 */
/** A stock at the year's end (年末人口(万人), 年底余额, 期末数): a bulletin's result of its year. */
const YEAR_END_HEADER = /^(?:年末|年底|期末)/;
/** The share of the whole each row's stock makes up (比重(%) beside 年末人口 in a 构成 table). */
const SHARE_OF_WHOLE_HEADER = /^(?:比重|占比|构成)$/;
const PART_OF_YEAR_HEADER = new RegExp(`^(${PERIOD_WORDS.map(([word]) => word).join('|')})(?:完成|实际)?$`);
const VALUE_HEADER = new RegExp(
  `${YEAR_END_HEADER.source}|\\d{4}\\s*年|基期|目标|预计|完成|现状|年均|属性|规划|预期值|实际|绝对数|增长|增幅|涨跌|${MONTHS_HEADER.source}|${PART_OF_YEAR_HEADER.source}`,
);
/**
 * The value header of a two-column table of a 统计公报 (指标 | 增幅, 指标 | 比上年增长): a change
 * reported against the year before. A two-column table heading no such change (指标 | 目标) is
 * too little to tell from a list of figures.
 */
const REPORTED_CHANGE = /比上年|增幅|涨跌|增长/;
/** Header cells are spaced out to fill a column (指 标, 增 幅): read them without the spaces. */
const squeeze = (label: string): string => label.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '');
const YEAR = /((?:19|20)\d{2})\s*年/;

function columnRole(header: string): ColumnRole {
  if (MONTHS_HEADER.test(header) || PART_OF_YEAR_HEADER.test(header)) return 'base';
  if (RANK_HEADER.test(header)) return 'rank';
  if (/属性|指标性质|^(?:指标)?类型$/.test(header)) return 'attribute'; // 类型 alone: its cells are 预期性/约束性
  if (/^(?:计量)?单位$/.test(header)) return 'unit';
  // 责任单位, 牵头部门, 配合单位: the department columns a 分解表 reads, read alike.
  if (DEPARTMENT_COLUMN.test(header)) return PARTNER_ROLE.test(header) ? 'partner' : 'lead';
  // 完成进度, 完成率: the share of the target reached, no value of the metric (completionRatioColumns reads it as one).
  if (/进度|完成率|完成比例/.test(header)) return 'other';
  if (/年均|增速|增长|增幅|涨跌/.test(header)) return 'growth';
  if (/预计/.test(header)) return 'estimate';
  // 2020年完成, 完成值, 实际: what was reached is a result (完成情况 heads a whole table, not a column).
  if (/基期|现状|基数|完成(?!情况)|实际|绝对数/.test(header) || YEAR_END_HEADER.test(header)) return 'base';
  if (/目标|规划|预期值/.test(header)) return 'target';
  if (/指标/.test(header)) return 'name';
  if (YEAR.test(header) && !/情况/.test(header)) return 'target'; // resolved against the other years below
  return 'other';
}

interface Line {
  start: number;
  end: number;
  cells: { text: string; start: number; end: number }[];
}

function cellsOf(text: string, start: number, end: number): Line['cells'] {
  const cells: Line['cells'] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\t' || text[i] === '|') {
      const raw = text.slice(from, i);
      const lead = raw.length - raw.trimStart().length;
      const cell = raw.trim();
      if (cell !== '') cells.push({ text: cell, start: from + lead, end: from + lead + cell.length });
      from = i + 1;
    }
  }
  return cells;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const tabbed = text.slice(start, i).includes('\t') || (text.slice(start, i).match(/\|/g)?.length ?? 0) >= 2;
      lines.push({ start, end: i, cells: tabbed ? cellsOf(text, start, i) : [] });
      start = i + 1;
    }
  }
  return lines;
}

/**
 * A value cell: 45.31, ≥95, 95以上, 约23, 8-10, [20] (a cumulative figure), 6.5%, 提高13.4个百分点 (a change over
 * the period), 增速7%左右 or 控制在71万人以内 (the word before the figure, its cue after), or an amount with its unit
 * written in the cell (500亿元, 4755人: a table with no unit column).
 */
const VALUE_CELL =
  /^(?:提高|提升|增加|降低|下降|减少|增速|控制在|([低高]于(?:控制)?目标))?(≥|>=|＞|>|≤|<=|＜|<|不低于|不少于|不超过|不高于|约|〔|\[)?\s*(-?\d+(?:\.\d+)?)\s*(?:[-—~～]\s*(\d+(?:\.\d+)?))?\s*(%|个百分点|百分点|[\u4e00-\u9fff]{1,4}?(?:\/[\u4e00-\u9fff]{1,3})?)??\s*(以上|以下|以内|左右)?\s*[〕\]]?$/;

/** A unit a cell writes in words that measures something (亿元, 人, 家); not a word of no known unit, nor 年 (a date). */
function measuredUnit(unit: string): boolean {
  const { dimension } = unitInfo(unit);
  return !dimension.startsWith('unit:') && dimension !== 'duration-years';
}

/** Whether a matched cell's unit is written in words (亿元), not %/百分点. */
const wordUnit = (m: RegExpExecArray): boolean => m[5] !== undefined && m[5] !== '%' && !/百分点$/.test(m[5]);

/** A value cell's match, or null: a unit in words must be one that measures something. */
function valueCell(text: string): RegExpExecArray | null {
  const m = VALUE_CELL.exec(text);
  return m && (!wordUnit(m) || measuredUnit(m[5]!)) ? m : null;
}
const isValueCell = (text: string): boolean => valueCell(text) !== null;
/** A cell the table leaves empty on purpose: /, —, -. */
const BLANK_CELL = /^[/／—\-–]$/;
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

function readValue(cell: Line['cells'][number], column: TableColumn): IndicatorCell | null {
  const m = valueCell(cell.text);
  if (!m) return null;
  const words = wordUnit(m);
  const value = Number(m[3]);
  const max = m[4] !== undefined && Number(m[4]) > value ? Number(m[4]) : null;
  const comparator: Comparator = max !== null ? 'range' : (CUE[m[6] ?? ''] ?? CUE[m[2] ?? ''] ?? '=');
  const numberAt = cell.text.indexOf(m[3]!);
  const unit = m[5] === undefined ? null : m[5] === '%' ? '%' : words ? m[5] : '百分点';
  // 低于控制目标2.1个百分点: the gap to the target, not the figure itself — its words name what is measured.
  const suffix = m[1] ?? column.metricSuffix;
  const gap = suffix ? { metricSuffix: suffix } : {};
  return { column, unit, value, max, comparator, ...gap, start: cell.start + numberAt, end: cell.end };
}

/** A figure at comparable prices in brackets after a cell's own (10.9(可比7.0)): a second figure of the row. */
const COMPARABLE_NOTE = /^(.*?)\s*[（(]可比价?\s*(-?\d+(?:\.\d+)?)\s*(%)?\s*[）)]$/;

/** A value cell's figures: its own, and one at comparable prices it writes in brackets after it. */
function cellValues(cell: Line['cells'][number], column: TableColumn): IndicatorCell[] {
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
function nameIndex(cells: Line['cells']): number {
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

/** A unit in brackets after the name (森林覆盖率（%）); not a note on how it is counted (以农村居民为1, 按可比价计算). */
const BRACKET_UNIT = /[（(]\s*([^（）()以为按]{1,10}?)\s*(?:[）)]\s*|$)$/;
/** A unit column's cell: %, 亿元, 万吨… (short, no digit). */
const UNIT_CELL = /^(?:%|‰|[\u4e00-\u9fff/]{1,5})$/;
/** An indicator's own number before its name (1.地区生产总值…): no part of the name. */
const SERIAL_PREFIX = /^\d{1,3}[.、．]\s*/;
/** 其中：城镇 — a part of the row above: the marker is no part of its name. */
const PART_PREFIX = /^(?:其中\s*[:：]|#)\s*/;

/**
 * Every indicator table in the cleaned text. `years` gives the plan's year and horizon, used for
 * a 目标值 or 基期值 column whose header names no year.
 */
export function readIndicatorTables(clean: MappedText, years: { base: number | null; target: number | null }): IndicatorTable[] {
  const text = clean.text;
  if (!text.includes('\t') && !text.includes('|')) return [];
  const lines = linesOf(text);
  const tables: IndicatorTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!;
    const labels = header.cells.map((c) => squeeze(c.text));
    if (!isHeader(labels)) {
      const turned = readTransposedTable(text, lines, i, years);
      if (turned) {
        tables.push(turned.table);
        i = turned.next - 1;
      }
      continue;
    }
    const columns = headerColumns(labels, years, text.slice(Math.max(0, header.start - 80), header.start));
    // 一级指标 | 二级指标: the group, then the indicator itself.
    const nameCol = columns.findLastIndex((c) => c.role === 'name');
    if (nameCol < 0 || !columns.some((c) => c.role === 'target' || c.role === 'base' || c.role === 'estimate' || c.role === 'growth')) continue;
    const rows: IndicatorRow[] = [];
    let end = header.end;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const wrapped = j + 1 < lines.length ? joinWrappedCell(lines[j]!, lines[j + 1]!, columns.length) : null;
      if (wrapped) j++;
      const line = wrapped ?? lines[j]!;
      if (line.cells.length === 0) {
        if (text.slice(line.start, line.end).trim() === '') continue; // blank lines between HTML rows
        // A group heading alone on its line (绿色生态) with a row after it: the table goes on.
        const next = lines[j + 1];
        if (GROUP_HEADING.test(text.slice(line.start, line.end)) && next && next.cells.length > 0 && !isHeader(next.cells.map((c) => squeeze(c.text))))
          continue;
        break;
      }
      for (const part of runOnRows(withEmptyCells(text, line, header), columns)) {
        const row = readRow(part, columns, nameCol);
        if (row) rows.push(row);
      }
      end = line.end;
    }
    unitsOfParts(rows);
    if (rows.length > 0) {
      tables.push({ start: header.start, end, rows, results: columns.every((c) => c.role !== 'target' && !plannedGrowth(c)) });
    }
    i = j - 1;
  }
  return tables;
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
  const cells: Line['cells'] = [];
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
 * A growth column the header says is aimed at (预期增长, 增长目标, 计划增速): targets, even in a table that
 * sets them beside what the months so far reached (a mid-year report's 完成情况 table).
 */
const plannedGrowth = (c: TableColumn): boolean => c.role === 'growth' && /预期|目标|计划/.test(c.header);

const ATTRIBUTE_CELL = /^(?:预期性|约束性)$/;
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

/** A header row: an indicator column and a value column, or just 指标 | 增幅 in a 统计公报. */
function isHeader(labels: readonly string[]): boolean {
  if (!labels.some((l) => NAME_HEADER.test(l))) return false;
  if (labels.length === 2) return NAME_HEADER.test(labels[0]!) && REPORTED_CHANGE.test(labels[1]!) && !/目标|预期|规划|年均/.test(labels[1]!);
  return labels.length >= 3 && labels.some((l) => VALUE_HEADER.test(l));
}

function headerColumns(labels: readonly string[], years: { base: number | null; target: number | null }, before: string): TableColumn[] {
  const columns = labels.map((label): TableColumn => {
    // 上半年完成(%): the bracketed unit is no part of what the column is.
    const bracket = BRACKET_UNIT.exec(label);
    const headerUnit = bracket ? bracket[1]!.replace('％', '%') : null;
    const header = bracket ? label.slice(0, bracket.index).trim() : label;
    const year = YEAR.exec(header);
    const months = MONTHS_HEADER.exec(header);
    const part = PART_OF_YEAR_HEADER.exec(header);
    const column: TableColumn = { role: columnRole(header), header, year: year ? Number(year[1]) : null };
    const rankScope = RANK_HEADER.exec(header)?.[1];
    if (rankScope) column.rankScope = rankScope;
    if (headerUnit && (headerUnit === '%' || measuredUnit(headerUnit))) column.unit = headerUnit;
    if (months) column.months = { from: Number(months[1]), to: Number(months[2]), label: header };
    const partMonths = part ? PERIOD_WORDS.find(([word]) => word === part[1]) : undefined;
    if (partMonths) column.months = { from: partMonths[1], to: partMonths[2], label: partMonths[0] };
    return column;
  });
  monthColumns(columns, before);
  // 预期目标 | 完成情况: beside a column of targets, a 完成情况 column holds what was reached.
  if (columns.some((c) => c.role === 'target')) {
    // …of the months a mid-year caption names (表1：上半年主要指标完成情况): the plan's own year so far.
    const months = captionMonths(before);
    for (const c of columns) {
      if (c.role !== 'other' || !/^(?:完成|执行)情况$/.test(c.header)) continue;
      c.role = 'base';
      if (months) c.months = months;
    }
  }
  shareOfWholeColumns(columns);
  // Columns headed by a year alone: the latest is the target, the earlier ones are base values.
  const yearOnly = columns.filter((c) => c.role === 'target' && !/目标|规划|预期/.test(c.header));
  // …the latest of every target column's year: 2024年末 beside 2025年目标 is the base the target starts from.
  const latest = largest(columns.filter((c) => c.role === 'target').map((c) => c.year ?? 0));
  // A year at or after the plan's horizon stays a target beside a later one (2025年 | 2030年, 2025年 | 2035年).
  // With no horizon known, a plan's table (a 属性 column) keeps as targets the later years where a plan period ends
  // (2022年 | 2025年 | 2030年); a year between (2020年 | 2023年 | 2025年 in a 实施情况评估) is a result.
  const earliest = columns.some((c) => c.role === 'attribute') && years.target === null ? Math.min(...yearOnly.map((c) => c.year ?? latest)) : null;
  const staysTarget = (year: number): boolean => (years.target !== null ? year >= years.target : earliest !== null && year > earliest && year % 5 === 0);
  for (const c of yearOnly) if (c.year !== null && c.year < latest && !staysTarget(c.year)) c.role = 'base';
  // A table of results (“十三五”主要指标完成情况): a column headed by a year alone is that year's result.
  const reviewedAbove = captionLine(before, 3, REVIEWED_CAPTION) !== undefined;
  if (reviewedAbove) for (const c of yearOnly) c.role = 'base';
  // …or a table whose every dated column is a result (2015年完成, 2020年完成): its growth column reports too.
  const reviewed = reviewedAbove || (columns.some((c) => c.role === 'base') && !columns.some((c) => c.role === 'target'));
  const lastYear = largest([0, ...columns.map((c) => c.year ?? 0)]);
  // 表1 2020年…主要指标完成情况 over 预期目标 | 完成情况: the caption's one year is both columns' year.
  const captionYear =
    reviewedAbove && !columns.some((c) => c.year !== null)
      ? reviewedYear(before)
      : !columns.some((c) => c.year !== null || c.role === 'target')
        ? yearEndCaption(before)
        : null;
  for (const c of columns) {
    if (c.year !== null) continue;
    if (c.role === 'rank') continue; // after the results columns: their year
    if (captionYear !== null && (c.role === 'target' || c.role === 'estimate' || (c.role === 'base' && !c.months))) {
      c.year = captionYear;
      continue;
    }
    if (c.role === 'target') c.year = years.target;
    if (c.role === 'growth') c.year = reviewed && lastYear ? lastYear : years.target;
    // Months of a year are the plan's own year so far (1-3月 in a monitoring table), other base values the year before.
    if (c.role === 'base') c.year = c.months ? (years.base === null ? null : years.base + 1) : reachesYearTarget(c, columns) ? years.target : years.base;
  }
  completionRatioColumns(columns);
  // A place is reached by the results beside it: their year; a table of no results ranks nothing.
  const results = columns.find((c) => c.role === 'base' && !c.months);
  for (const c of columns) if (c.role === 'rank') [c.year, c.role] = results ? [results.year, 'rank'] : [null, 'other'];
  return columns;
}

/** A monthly bulletin's columns: this month's figure (本月, 当月) and the months so far (1-本月, 累计). */
const THIS_MONTH_HEADER = /^(?:本月|当月)$/;
const MONTHS_SO_FAR_HEADER = /^(?:1\s*[-—–~至]\s*本月|累计)$/;
/** 2024年4月, not a day's date (发布时间：2025年6月18日): a date line names when, not which month the table reports. */
const MONTH_CAPTION = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/g;

/**
 * 指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%) under a caption naming the month (2024年4月): results of that
 * month and of the months so far, each growth column of the months of the column before it.
 */
function monthColumns(columns: TableColumn[], before: string): void {
  if (!columns.some((c) => THIS_MONTH_HEADER.test(c.header) || MONTHS_SO_FAR_HEADER.test(c.header))) return;
  // The last month named on the nearest of the three lines above that names one.
  const named = [...(captionLine(before, 3, MONTH_CAPTION) ?? '').matchAll(MONTH_CAPTION)].at(-1);
  const month = Number(named?.[2] ?? 0);
  if (!named || month < 1 || month > 12) return;
  let months: TableColumn['months'];
  for (const c of columns) {
    if (THIS_MONTH_HEADER.test(c.header)) months = { from: month, to: month, label: `${month}月` };
    else if (MONTHS_SO_FAR_HEADER.test(c.header)) months = { from: 1, to: month, label: month === 1 ? '1月' : `1-${month}月` };
    else if (c.role !== 'growth' || !months) continue;
    if (c.role !== 'growth') c.role = 'base';
    c.months = months;
    c.year = Number(named[1]);
  }
}

/**
 * 指标 | 年末人口(万人) | 比重(%): in a table of results only (no target column), a 比重 column beside a
 * column of stocks or figures reached holds each row's share of the whole — results too, named 比重.
 */
function shareOfWholeColumns(columns: TableColumn[]): void {
  if (columns.some((c) => c.role === 'target' || plannedGrowth(c)) || !columns.some((c) => c.role === 'base')) return;
  for (const c of columns) {
    if (c.role !== 'other' || !SHARE_OF_WHOLE_HEADER.test(c.header)) continue;
    c.role = 'base';
    c.metricSuffix = '比重';
    c.unit ??= '%';
  }
}

/**
 * 完成进度, 完成率, 投资完成率, 完成比例, 进度(%): a column of the share of each row's target reached (a header ending so; not
 * 时序进度 or 形象进度, the time gone or the state of works).
 */
const COMPLETION_RATIO_HEADER = /^(?:[\u4e00-\u9fff]{0,6}(?:完成|执行|实施)(?:进度|比例)|[\u4e00-\u9fff]{0,6}完成率|进度)(?:[（(][%％][）)])?$/;

/**
 * 年度目标 | 1-6月完成 | 完成进度: beside a target and what was done, the completion ratio is a result of kind share (corpus
 * README, "Completion ratios": 完成年计划710亿元的89.4%) — named by the row's indicator and the header (固定资产投资完成进度),
 * of the period of the column of what was done before it.
 */
function completionRatioColumns(columns: TableColumn[]): void {
  if (!columns.some((c) => c.role === 'target')) return;
  let done: TableColumn | undefined;
  for (const c of columns) {
    if (c.role === 'base' && /完成|实际/.test(c.header)) done = c;
    if (c.role !== 'other' || !done || !COMPLETION_RATIO_HEADER.test(c.header)) continue;
    c.role = 'base';
    c.year = done.year;
    if (done.months) c.months = done.months;
    c.metricSuffix = c.header.replace(/[（(].*$/, '');
    c.unit = '%';
    c.completionRatio = true;
  }
}

const YEAR_END_CAPTION = /((?:19|20)\d{2})\s*年\s*(?:年末|年底|末)/;
/** The one year a caption right above a table dates its stocks by (表1 2024年年末…构成情况), or null. */
function yearEndCaption(before: string): number | null {
  // The nearest line that names one: a chart's caption above it (2020-2024年年末…) dates the chart.
  const caption = captionLine(before, 2, YEAR_END_CAPTION);
  const found = new Set([...(caption ?? '').matchAll(new RegExp(YEAR_END_CAPTION, 'g'))].map((m) => Number(m[1])));
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * A column of what was done (实际完成, 完成进度) beside an undated target of the whole year (全年任务目标, 年度目标): a
 * progress sheet's results towards that target, of the target's year, not base values of the year before.
 */
function reachesYearTarget(column: TableColumn, columns: readonly TableColumn[]): boolean {
  if (column.year !== null || !/完成|实际/.test(column.header) || /基期|现状|基数|上年|去年/.test(column.header)) return false;
  return columns.some((c) => c.role === 'target' && /全年|年度|本年/.test(c.header) && !YEAR.test(c.header));
}

/** A part of the year a results caption right above a table names (上半年…完成情况, 1-9月…执行情况), or undefined. */
function captionMonths(before: string): TableColumn['months'] {
  const caption = captionLine(before, 3, /完成情况|执行情况/) ?? '';
  const range = /(?<!\d)(\d{1,2})\s*[-—–至~]\s*(\d{1,2})\s*月/.exec(caption);
  if (range) return { from: Number(range[1]), to: Number(range[2]), label: `${range[1]}-${range[2]}月` };
  const part = PERIOD_WORDS.find(([word]) => caption.includes(word));
  return part ? { from: part[1], to: part[2], label: part[0] } : undefined;
}

/** A results caption (“十三五”主要指标完成情况, 执行情况, 实现情况). */
const REVIEWED_CAPTION = /完成情况|执行情况|实现情况/;

/** The one year a results caption right above a table names (2020年…完成情况), or null. */
function reviewedYear(before: string): number | null {
  const caption = captionLine(before, 3, REVIEWED_CAPTION, 'farthest') ?? '';
  const found = [...caption.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));
  return found.length === 1 ? found[0]! : null;
}

/**
 * The caption right above a table that a time is read from: of the last `count` lines of `before`, the nearest (or,
 * `farthest`, the first) that `names` matches, or undefined.
 */
function captionLine(before: string, count: number, names: RegExp, pick: 'nearest' | 'farthest' = 'nearest'): string | undefined {
  const lines = before.split('\n').slice(-count);
  // search, not test: a /g pattern's test would carry its lastIndex from one line to the next.
  return pick === 'nearest' ? lines.findLast((l) => l.search(names) >= 0) : lines.find((l) => l.search(names) >= 0);
}

function readRow(line: Line, columns: readonly TableColumn[], nameCol: number): IndicatorRow | null {
  // A row as wide as the header has its name under the header's name column (a 单位 cell may follow it),
  // one character long or more (蛋, 猪 in a price table).
  const full = line.cells.length === columns.length && /[\u4e00-\u9fff]/.test(line.cells[nameCol]!.text);
  const at = full ? nameCol : nameIndex(line.cells);
  if (at < 0) return null;
  const nameCell = line.cells[at]!;
  const bracket = BRACKET_UNIT.exec(nameCell.text);
  const unitColumn = columns.findIndex((c) => c.role === 'unit');
  const cellUnderUnit = unitColumn > nameCol ? line.cells[at + unitColumn - nameCol] : undefined;
  // 城乡居民人均收入比 | 2.92: a row that leaves its unit cell out (a ratio has none) has a figure under the
  // unit column; its figures fill the value columns after it.
  // 全科医生数 | - | 4 | 预期性: a blank under the unit column of a row one cell short is its base value, left blank.
  const short = line.cells.length - at === columns.length - nameCol - 1;
  const noUnitCell =
    cellUnderUnit !== undefined && ((isValueCell(cellUnderUnit.text) && !UNIT_CELL.test(cellUnderUnit.text)) || (short && BLANK_CELL.test(cellUnderUnit.text)));
  const unitCell = noUnitCell ? undefined : cellUnderUnit;
  const name = (bracket ? nameCell.text.slice(0, bracket.index).trim() : nameCell.text).replace(SERIAL_PREFIX, '').replace(PART_PREFIX, '');
  const unit = (unitCell?.text ?? bracket?.[1] ?? '').replace('％', '%');
  const cells: IndicatorCell[] = [];
  let attribute: IndicatorRow['attribute'];
  let leadText = '';
  let partnerText = '';
  let end = nameCell.end;
  for (let k = nameCol + 1; k < columns.length; k++) {
    if (noUnitCell && k === unitColumn) continue;
    const cell = line.cells[at + (k - nameCol) - (noUnitCell && k > unitColumn ? 1 : 0)];
    if (!cell) break;
    const column = columns[k]!;
    end = cell.end;
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
      cells.push(...cellValues(cell, column));
    }
  }
  if (cells.length === 0) return null;
  const part = PART_PREFIX.test(nameCell.text) ? { part: true as const } : {};
  return {
    metric: classifyMetric(name, unit).metric || name,
    written: name,
    unit,
    ...(attribute ? { attribute } : {}),
    ...departmentCells(columns, leadText, partnerText),
    cells,
    start: nameCell.start,
    end,
    ...part,
  };
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
function sideLabel(text: string, line: Line): { label: string; cells: Line['cells'] } | null {
  if (line.cells.length === 0) {
    const label = squeeze(text.slice(line.start, line.end).trim().replace(/\|+$/, '').trim());
    return label !== '' && label.length <= 12 && !/\|/.test(label) ? { label, cells: [] } : null;
  }
  const first = squeeze(line.cells[0]!.text);
  return first.length <= 12 ? { label: first, cells: line.cells.slice(1) } : null;
}

/**
 * An indicator table turned on its side (a web page's wide table flattened block by block): a line
 * labelled 指标 whose cells (or the next line's) name the indicators, then lines labelled by a value
 * header (2022年目标值, 属性), each label before its cells or alone on the line above them, as many
 * cells as names. Each name with the cells in its position makes a row, read as any table's row.
 */
function readTransposedTable(
  text: string,
  lines: readonly Line[],
  i: number,
  years: { base: number | null; target: number | null },
): { table: IndicatorTable; next: number } | null {
  const head = sideLabel(text, lines[i]!);
  if (!head || !NAME_HEADER.test(head.label) || head.label.length > 8) return null;
  let j = i + 1;
  let names = head.cells;
  if (names.length === 0) names = lines[j++]?.cells ?? [];
  const width = names.length;
  if (width < 2 || names.some((c) => isValueCell(c.text) || !/[\u4e00-\u9fff]/.test(c.text))) return null;
  const labels = [head.label];
  const records: Line['cells'][] = [];
  let end = lines[j - 1]!.end;
  while (j < lines.length) {
    const side = sideLabel(text, lines[j]!);
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
