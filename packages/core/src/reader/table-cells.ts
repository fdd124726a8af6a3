/**
 * The cells of indicator tables as a text flattens them, read by their shapes: lines of cells (tabs, pipes) and lines
 * of one cell, a header read from its labels (one line, or one label a line), and the rows of a table flattened one
 * cell a line, each row's words and the cells after them. `indicator-table.ts` reads the rows; cleaning keeps the
 * lines of such a table apart (a figure alone on its line there is a cell, no wrapped figure of the words around it).
 */
import {
  BRACKET_UNIT,
  CARRIED_LABEL,
  VALUE_HEADER,
  columnRole,
  RANK_CELL,
  dropSpanningLabels,
  headerLabel,
  isHeader,
  labelShape,
  measuredUnit,
  nameColumnOf,
  PART_PREFIX,
  placeColumns,
  placeHeader,
  placeLabel,
  shapedHeader,
  spanningGoal,
  spansYear,
  splitsGoal,
  wrappedNameHead,
  type TableColumn,
} from './table-columns.ts';

/** A cell; `column` is its place among the line's separators (empty cells counted), for a line split by tabs or pipes. */
export type Cell = { text: string; start: number; end: number; column?: number };

export interface Line {
  start: number;
  end: number;
  /** The cells of a line split by tabs or pipes; none for a line with no separator. */
  cells: Cell[];
  /** A line with no separator: its words as one cell (a table flattened one cell a line), none when blank. */
  lone?: Cell;
}

function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let [from, column] = [start, 0];
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\t' || text[i] === '|') {
      const raw = text.slice(from, i);
      const lead = raw.length - raw.trimStart().length;
      const cell = raw.trim();
      if (cell !== '') cells.push({ text: cell, start: from + lead, end: from + lead + cell.length, column });
      [from, column] = [i + 1, column + 1];
    }
  }
  return cells;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  // (Breaks, tabs and pipes are looked for with indexOf, each search's answer kept while it lies ahead: most lines hold no
  // tab or pipe, and a loop reading every character of the text cost several times the searches.)
  const nextTab = nextOf(text, '\t');
  const nextPipe = nextOf(text, '|');
  for (let start = 0; ;) {
    const found = text.indexOf('\n', start);
    const end = found === -1 ? text.length : found;
    const tab = nextTab(start);
    const pipe = nextPipe(start);
    const piped = pipe !== -1 && pipe < end;
    const secondPipe = piped ? nextPipe(pipe + 1) : -1;
    const tabbed = (tab !== -1 && tab < end) || (secondPipe !== -1 && secondPipe < end);
    const line: Line = { start, end, cells: tabbed ? cellsOf(text, start, end) : [] };
    if (!tabbed) line.lone = loneCell(text, start, end, piped);
    lines.push(line);
    if (found === -1) return lines;
    start = end + 1;
  }
}

/**
 * A finder of the first `ch` at or after a position, for positions asked in increasing order: an answer still ahead is given
 * again, so a text is searched once however many lines ask (-1: none follows).
 */
function nextOf(text: string, ch: string): (from: number) => number {
  let found = -2;
  return (from) => (found === -1 || found >= from ? found : (found = text.indexOf(ch, from)));
}

/**
 * The one cell of a line with no tab, or undefined when it is blank: its words trimmed; a pipe at either end is a page's
 * cell border (指标|, |2020年|), and a line with one inside is one cell too.
 */
function loneCell(text: string, start: number, end: number, pipe: boolean): Cell | undefined {
  let [from, to] = [start, end];
  while (from < to && border(text[from]!, pipe)) from++;
  while (to > from && border(text[to - 1]!, pipe)) to--;
  return from < to ? { text: text.slice(from, to), start: from, end: to } : undefined;
}
/** What a lone cell is trimmed of: spaces, and the pipes of a page's cell borders. */
const border = (ch: string, pipe: boolean): boolean => /\s/.test(ch) || (pipe && ch === '|');

/** A line's only cell: the words of a line with no separator, or the one cell between its pipes (|2020年|). */
const soleCell = (line: Line | undefined): Cell | undefined => (line?.cells.length === 1 ? line.cells[0] : line?.lone);
export const isBlankLine = (line: Line): boolean => line.cells.length === 0 && line.lone === undefined;

/**
 * A value cell: 45.31, 52,000, ≥95, 95以上, 约23, 8-10, [20] (a cumulative figure), 6.5%, 提高13.4个百分点 (a change over
 * the period), 增速7%左右 or 控制在71万人以内 (the word before the figure, its cue after), [累计达到1000] (a running total
 * to reach, in a cumulative column's brackets: a level, `>=`), or an amount with its unit
 * written in the cell (500亿元, 4755人: a table with no unit column).
 */
const VALUE_CELL =
  /^(?:提高|提升|增加|降低|下降|减少|增速|控制在|([低高]于(?:控制)?目标))?(≥|>=|＞|>|≤|<=|＜|<|不低于|不少于|不超过|不高于|约|[〔［[]?\s*(?:累计)?达到|[〔［[（(])?\s*(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(?:[-—~～]\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?\s*(%|个百分点|百分点|[\u4e00-\u9fff]{1,4}?(?:\/[\u4e00-\u9fff]{1,3})?)??\s*(以上|以下|以内|左右)?\s*[〕］\]）)]?$/;

/** A telephone number (0571-8123456, 010—12345678): an area code and a number, no range of figures. */
const PHONE_NUMBER = /^0\d{2,3}\s*[-—]\s*\d{7,8}$/;

/** Whether a matched cell's unit is written in words (亿元), not %/百分点. */
export const wordUnit = (m: RegExpExecArray): boolean => m[5] !== undefined && m[5] !== '%' && !/百分点$/.test(m[5]);

/** A value cell's match, or null: a unit in words must be one that measures something. */
export function valueCell(text: string): RegExpExecArray | null {
  if (PHONE_NUMBER.test(text)) return null;
  const m = VALUE_CELL.exec(text);
  return m && (!wordUnit(m) || measuredUnit(m[5]!) || multipliedUnit(m[5]!) !== null || yearsCounted(m)) ? m : null;
}

/**
 * A cell's unit written with a multiplier the unit table does not hold whole (32亿人次): the multiplier's factor and the
 * unit after it, as the grammar reads 1.64亿人次 in prose; null for a unit known whole (亿元, 万人次) or no such unit.
 */
export function multipliedUnit(unit: string): { factor: number; unit: string } | null {
  const factor = MULTIPLIERS[unit[0] ?? ''];
  if (factor === undefined || unit.length < 2 || measuredUnit(unit) || !measuredUnit(unit.slice(1))) return null;
  return { factor, unit: unit.slice(1) };
}
const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
/** A count of years (11.5年, 3年以上: years of schooling, a span), not a year named (2020年, a header's date). */
const yearsCounted = (m: RegExpExecArray): boolean => m[5] === '年' && !/^(?:19|20)\d{2}$/.test(m[3]!);
export const isValueCell = (text: string): boolean => valueCell(text) !== null;
/** A cell the table leaves empty on purpose: /, —, -. */
export const BLANK_CELL = /^[/／—\-–]$/;

/** A unit column's cell: %, 亿元, 万吨… (short, no digit). */
export const UNIT_CELL = /^(?:%|‰|[\u4e00-\u9fff/]{1,5})$/;

export const ATTRIBUTE_CELL = /^(?:预期性|约束性)$/;

export interface Header {
  labels: string[];
  /** The name column a header read by its shapes names otherwise (项目, 类别), else -1. */
  nameAt: number;
  start: number;
  end: number;
  /** The line after the header. */
  next: number;
  /** The header's line, when it is one line of cells: its tabs place a row's empty cells. */
  line?: Line;
  /** A header one label a line whose labels were carried onto others (2022年 ⏎ 预计): the labels read each alone. */
  apart?: string[];
}

/** Labels a header of one cell a line holds at most: a longer run of label-like lines is no header. */
const MAX_LABELS = 16;
/** Place columns a header split among places holds at most (a province's cities, a county's towns and streets). */
const MAX_PLACES = 40;

/**
 * Whether a label alone on its line is a place column of the header read so far (指标名称 ⏎ 单位 ⏎ 苏州市 ⏎ 张家港): a place
 * after a name label, in a header with no value label (a place under 2025年 is a row's group cell, no column).
 */
function placeAmongLabels(label: string, labels: readonly string[]): boolean {
  if (!placeLabel(label) || !labels.some((l) => labelShape(l) === 'name')) return false;
  return !labels.some((l) => labelShape(l) === 'value' || labelShape(l) === 'attribute');
}

/** The header of an indicator table at line `i`: a line of cells (with a line of value words under its years), or label after label one a line. */
export function headerAt(lines: readonly Line[], i: number): Header | null {
  const line = lines[i]!;
  if (line.cells.length >= 2) return lineHeader(lines, i);
  // (A label is short: a line of prose starts no header, and is passed at once.)
  const cell = soleCell(line);
  return cell && cell.text.length <= MAX_LABEL_LENGTH ? stackedHeader(lines, i) : null;
}
/** The longest a header's label one a line is (预计完成情况（亿元）, 年均增速〔累计〕（%）). */
const MAX_LABEL_LENGTH = 20;

/** What a header line's cells hold somewhere: a year, a value or growth word, an attribute (the rest of lines are rows). */
const HEADER_HINT = new RegExp(`${VALUE_HEADER.source}|(?:19|20)\\d{2}|累计|性质|十[一二三四五六]五`);

function lineHeader(lines: readonly Line[], i: number): Header | null {
  const line = lines[i]!;
  if (!line.cells.some((c) => HEADER_HINT.test(c.text)) && !placeHeader(line.cells.map((c) => headerLabel(c.text)))) return null;
  let labels = line.cells.map((c) => headerLabel(c.text));
  let [next, end] = [i + 1, line.end];
  // 指标 | 2020年 | 2025年 | 年均增长 ⏎ 基期值 | 目标值 | 〔累计〕: the second line's words complete the cells above them.
  // (〔累计〕 alone on the line under 年均增速, or after the empty cells of the other columns, goes on the label above it.)
  const below = lines[next];
  const under = below && (below.cells.length > 0 ? below.cells : below.lone ? [below.lone] : []);
  let headerLine = line;
  if (under && under.length > 0 && under.every((c) => CARRIED_LABEL.test(headerLabel(c.text)))) {
    labels = carryLabels(line.cells, labels, under);
    [next, end] = [next + 1, below.end];
  } else if (under && under.length > 0) {
    const split = splitColumns(line, under);
    if (split) [labels, headerLine, next, end] = [split.cells.map((c) => headerLabel(c.text)), split, next + 1, below.end];
  }
  if (isHeader(labels)) return { labels, nameAt: -1, start: line.start, end, next, line: headerLine };
  return shapedHeader(labels) || placeHeader(labels) ? withNameColumn(labels, { start: line.start, end, next, line: headerLine }) : null;
}

/**
 * A header of two lines of cells whose first spans columns the second splits (`指标⇥2020年⇥2025年⇥⇥属性` over
 * `⇥⇥绝对值⇥年均增长（%）⇥`: 2025年 over its value and its growth): each cell of the second line, placed by its tabs, goes
 * on the label above it (2025年绝对值) or fills the empty cell beside it (年均增长（%）) — the header's columns, a cell each.
 * Only when the second line's cells are all value labels, one at least under an empty cell; else null.
 */
function splitColumns(line: Line, under: readonly Cell[]): Line | null {
  if (under.some((c) => c.column === undefined || !SPLIT_VALUE_LABEL.test(headerLabel(c.text)))) return null;
  const above = new Map(line.cells.map((c) => [c.column!, c]));
  if (!under.some((c) => !above.has(c.column!))) return null;
  const below = new Map(under.map((c) => [c.column!, c]));
  const width = Math.max(...above.keys(), ...below.keys()) + 1;
  // (Only a year is split so: 年度目标 | 1-6月完成 over 绝对值 | 增速 are no years, and their columns are read as before.)
  if (under.some((c) => above.has(c.column!) && !SPLIT_YEAR.test(headerLabel(above.get(c.column!)!.text)))) return null;
  const cells: Cell[] = [];
  for (let k = 0; k < width; k++) {
    const [top, bottom] = [above.get(k), below.get(k)];
    if (top && bottom) cells.push({ ...top, text: top.text + bottom.text });
    else if (top ?? bottom) cells.push((top ?? bottom)!);
  }
  return { start: line.start, end: line.end, cells };
}
/** A year a second header line may split (2025年, 2025年目标: “十四五”目标 read). */
const SPLIT_YEAR = /^(?:19|20)\d{2}年/;
/** What a second header line splits a year into: its value (绝对值, 目标值) and its change (年均增长, 增速, 〔累计〕). */
const SPLIT_VALUE_LABEL =
  /^(?:绝对[数值]|(?:目标|基期|预计|规划)值?|(?:年均|年平均)?(?:增长|增速|增幅)率?|[〔［[（(]累计[〕］\]）)])(?:[（(][^（）()]{1,6}[）)])?$/;

/**
 * A header flattened one label a line (指标 ⏎ 2020 ⏎ 基期值 ⏎ 2025 ⏎ 目标值 ⏎ 年均增速 ⏎ 〔累计〕 ⏎ 属性), blank lines between or
 * not: a label printed over two lines is one (a value word under its year, a bracketed note under its label).
 */
function stackedHeader(lines: readonly Line[], i: number): Header | null {
  const labels: string[] = [];
  const apart: string[] = [];
  let j = i;
  let end = lines[i]!.end;
  let places = 0;
  for (; j < lines.length && labels.length - places <= MAX_LABELS && places <= MAX_PLACES; j++) {
    if (isBlankLine(lines[j]!)) continue;
    const cell = soleCell(lines[j]);
    if (!cell) break;
    const label = headerLabel(cell.text);
    if (labels.length > 0 && carries(labels.at(-1)!, label) && !spansNextLabel(lines, j, label)) labels[labels.length - 1] += label;
    else if (labelShape(label) !== null || knownLabel(label, labels, soleCell(nextFilled(lines, j + 1)))) labels.push(label);
    else if (placeAmongLabels(label, labels)) {
      labels.push(label);
      places++;
    } else break;
    apart.push(label);
    end = lines[j]!.end;
  }
  if (labels.length - places > MAX_LABELS || places > MAX_PLACES || captionAbove(labels)) return null;
  if (places > 0 && placeHeader(labels)) return withNameColumn(labels, { start: lines[i]!.start, end, next: j });
  dropSpanningLabels(labels, apart);
  const at = { start: lines[i]!.start, end, next: j, ...(apart.length > labels.length ? { apart } : {}) };
  if (isHeader(labels) && labels.length >= 3) return { labels, nameAt: -1, ...at };
  return shapedHeader(labels) ? withNameColumn(labels, at) : null;
}

/** Whether label `label` on line `j` is a goal label over the year on the next filled line (规划目标 ⏎ 2025年): no value word of the year above it. */
function spansNextLabel(lines: readonly Line[], j: number, label: string): boolean {
  if (!spanningGoal(label)) return false;
  // (…and only as dropSpanningLabels drops it: over its year and a change, 2025年 ⏎ 年均增长 — not 2025年 ⏎ 2025年预计.)
  const k = filledAt(lines, j + 1);
  const [year, change] = [k, filledAt(lines, k + 1)].map((at) => headerLabel(soleCell(lines[at])?.text ?? ''));
  return spansYear(label, year!) && splitsGoal(year!, change!);
}
/** The index of the next line that is not blank from `j` on. */
function filledAt(lines: readonly Line[], j: number): number {
  while (j < lines.length && isBlankLine(lines[j]!)) j++;
  return j;
}

/**
 * Whether a header's first label is the caption over it (专栏 主要指标 ⏎ 指标 ⏎ 2020年…, 表2 主要指标): a name-shaped line
 * another name label follows, or one a 专栏/表 number opens. The header starts on the line after it.
 */
function captionAbove(labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  return CAPTION_OPENING.test(labels[0]!) || (labelShape(labels[0]!) === 'name' && labelShape(labels[1]!) === 'name');
}
const CAPTION_OPENING = /^(?:专栏|附?表\s*\d)/;

/**
 * Of a header one label a line whose labels were carried onto others (2022年 ⏎ 预计: one column, or a year's result and
 * then an estimate), the reading its rows fit: the one they fill farthest, then at the least cost.
 */
export function fittestHeader(lines: readonly Line[], header: Header): Header {
  if (!header.apart) return header;
  const at = { start: header.start, end: header.end, next: header.next };
  const apart = isHeader(header.apart) ? { labels: header.apart, nameAt: -1, ...at } : withNameColumn(header.apart, at);
  const fit = (h: Header) => {
    const columns = roughColumns(h.labels);
    const nameCol = nameColumn(columns, h);
    return nameCol < 0 ? null : stackedRowCells(lines, h.next, columnSlots(columns, nameCol, h.labels));
  };
  const [carried, alone] = [fit(header), fit(apart)];
  if (!alone || alone.rows.length === 0) return header;
  if (!carried || carried.rows.length === 0) return apart;
  return alone.end > carried.end || (alone.end === carried.end && alone.cost < carried.cost) ? apart : header;
}

/**
 * A header cell in words the column model reads (完成情况, 预计完成情况, 上半年完成（%), 全省排名, a bulletin's 绝对值（亿元）,
 * its stocks at the year's end and their shares, 年末数(万人), 比重(%): the word alone with its bracket — a row's name that
 * opens with it, 年末常住人口, 期末贷款余额, 占比：第三产业, is no label).
 */
const KNOWN_LABEL =
  /指标|序号|类别|单位|属性|\d{4}\s*年|基期|目标|预计|完成|年均|增长|增速|规划|备注|现状|排名|本月|当月|累计|绝对[数值]|^(?:年末|年底|期末)(?:数|值|人数|余额)?\s*(?:[（(].*)?$|^(?:比重|占比|构成)\s*(?:[（(].*)?$/;
/** A month of a year alone on its line (2022年8月): a monthly bulletin's caption over its header, no cell of it. */
const MONTH_CAPTION = /^\d{4}年\d{1,2}月$/;

/**
 * A label in words a header uses, short, that is no row's name: not followed by a figure (地区生产总值增长(%) ⏎ 6%左右 is the
 * first row) — unless it is the last label of a header opening with 序号, the first row's number after it.
 */
function knownLabel(label: string, before: readonly string[], next: Cell | undefined): boolean {
  if (label.length > 12 || !KNOWN_LABEL.test(label) || MONTH_CAPTION.test(label)) return false;
  if (!next || !figureCell(next.text)) return true;
  return before[0] === '序号' && /^1$/.test(next.text);
}

/** The first line from `j` that is not blank. */
function nextFilled(lines: readonly Line[], j: number): Line | undefined {
  while (j < lines.length && isBlankLine(lines[j]!)) j++;
  return lines[j];
}

/** Whether a label goes on the label above it: a bracketed note (〔累计〕 under 年均增速), a value word under a bare year. */
function carries(above: string, label: string): boolean {
  if (!CARRIED_LABEL.test(label)) return false;
  return /^[（(〔［[【]/.test(label) ? labelShape(above) !== null : /^(?:19|20)\d{2}年$/.test(above);
}

/**
 * A header's labels with the words of its second line carried onto them: each onto the label in its column when the
 * line's empty cells place it (|  |  |  | 〔累计〕 |), a bracketed note alone onto the last label of a change over the
 * period (年均增速 ⏎ 〔累计〕), else each onto the next label it completes.
 */
function carryLabels(cells: readonly Cell[], labels: readonly string[], under: readonly Cell[]): string[] {
  const out = [...labels];
  const placed = under.map((c) => cells.findIndex((h) => h.column !== undefined && h.column === c.column));
  if (placed.every((k, n) => k >= 0 && carries(out[k]!, headerLabel(under[n]!.text)))) {
    placed.forEach((k, n) => (out[k] += headerLabel(under[n]!.text)));
    return out;
  }
  const word = headerLabel(under[0]!.text);
  const change = out.findLastIndex((label) => CHANGE_LABEL.test(label));
  if (under.length === 1 && /^〔/.test(word) && change >= 0) {
    out[change] += word;
    return out;
  }
  let k = 0;
  for (const cell of under) {
    const w = headerLabel(cell.text);
    while (k < out.length && !carries(out[k]!, w)) k++;
    if (k < out.length) out[k++] += w;
  }
  return out;
}
/** A label of a change over the period, whose cumulative note is printed under it. */
const CHANGE_LABEL = /年均|增长|增速|累计/;

/** A header read by its shapes: its name column marked, or one put first where the page left that label empty. */
function withNameColumn(labels: string[], at: Omit<Header, 'labels' | 'nameAt'>): Header {
  const nameAt = nameColumnOf(labels);
  return nameAt >= 0 ? { labels, nameAt, ...at } : { labels: ['指标', ...labels], nameAt: 0, ...at };
}

/** Whether the rows after a header are flattened one cell a line: its next two lines that are not blank hold one cell each. */
export function cellPerLine(lines: readonly Line[], from: number): boolean {
  let seen = 0;
  for (let j = from; j < lines.length && seen < 2; j++) {
    if (isBlankLine(lines[j]!)) continue;
    const cell = soleCell(lines[j]);
    if (!cell) return false;
    // (A numbered group heading, 一、经济发展, heads rows of either kind: the lines after it tell.)
    if (seen === 0 && j === from && NUMBERED_HEADING.test(cell.text)) continue;
    seen++;
  }
  return seen === 2;
}
const NUMBERED_HEADING = /^[一二三四五六七八九十]{1,3}[、.．]/;

/** Words a row's name cells may run to before its figures: more is prose or a list, not a row. */
const MAX_NAME_CELLS = 5;
/** Parts a row's cell may stack (a total and its 其中 parts, their figures stacked in each column). */
const MAX_PARTS = 4;
/** A cell of words one a line that can be a row's name, group or part: short, no sentence, no figure alone. */
const wordCell = (cell: Cell | undefined): cell is Cell =>
  cell !== undefined &&
  (/[\u4e00-\u9fff]/.test(cell.text) || BRACKET_TAIL.test(cell.text)) &&
  cell.text.length <= 40 &&
  !/[。；;]/.test(cell.text) &&
  !ATTRIBUTE_CELL.test(cell.text) &&
  !figureCell(cell.text);
/** A cell of a value column: a figure with its cues, or one left blank on purpose (—, -, /); each text read once. */
const figureCell = (text: string): boolean => {
  let known = FIGURE_CELLS.get(text);
  if (known === undefined) FIGURE_CELLS.set(text, (known = isValueCell(text) || BLANK_CELL.test(text) || /^[—-]{2}$/.test(text)));
  if (FIGURE_CELLS.size > 10_000) FIGURE_CELLS.clear();
  return known;
};
const FIGURE_CELLS = new Map<string, boolean>();
/** A 序号 alone before a row's name (1, 2.). */
const SERIAL_CELL = /^\d{1,3}[.、．]?$/;
/** A unit column's cell: a short word (亿元, %, 册, 岁), or a rate's per head (/10万, 张/千人). */
const UNIT_SHAPE = /^(?:%|‰|‱|[\u4e00-\u9fff]{1,4}(?:[/／][\u4e00-\u9fff\d]{1,4})?|[/／]\d*[十百千万亿]*[\u4e00-\u9fff]{0,2})$/;
const unitCell = (cell: Cell | undefined): cell is Cell => cell !== undefined && (UNIT_SHAPE.test(cell.text) || CHANGE_UNIT.test(cell.text));
/**
 * A unit cell that says its row's figures are changes, and in what (增幅(%), 增长（%）, 增速%): a table that splits a
 * year's growth among places writes the measure once a row, 地区生产总值 ⏎ 增幅(%) ⏎ 7左右 ⏎ 7以上.
 */
export const CHANGE_UNIT = /^(增幅|增长|增速|增长率|增减|比上年增长)\s*[（(]?\s*([%％])\s*[）)]?$/;
/** A name's tail a wrap left on a line of its own: a bracketed unit (（万人）), or one character (率). */
const NAME_TAIL = /^(?:[（(][^（）()]{1,8}[）)]|[\u4e00-\u9fff])$/;
/** A bracketed unit alone on its line ((%), （‰）): only ever the tail of the name above it. */
const BRACKET_TAIL = /^[（(][^（）()\u4e00-\u9fff]{1,8}[）)]$/;

/** How a row of a table flattened one cell a line fills the header's columns. */
export interface RowCells {
  /** The words the row's parts stand under (义务教育标准班额比例(%) over 其中：小学, 初中): they name the parts. */
  heading?: Cell;
  /** The row's name, or the names of the parts it stacks. */
  names: Cell[];
  unit?: Cell;
  attribute?: Cell;
  /** Each name's cells of the value columns, in the columns' order (none where the row stops short). */
  values: (Cell | undefined)[][];
}

/** Where a header puts the cells of a row: the name column, the value columns, the unit and attribute columns (-1: none). */
export interface ColumnSlots {
  nameCol: number;
  valueColumns: number[];
  unitCol: number;
  attributeCol: number;
  /** Group columns before the name (类别 | 指标): words a row may open with at no cost. */
  groups: number;
  /** Which value columns rank (全省排名): a place number or nothing, never words. */
  ranks: boolean[];
}

export function columnSlots(columns: readonly TableColumn[], nameCol: number, labels: readonly string[] = []): ColumnSlots {
  const valueColumns = columns.flatMap((c, k) => (k > nameCol && c.role !== 'unit' && c.role !== 'attribute' ? [k] : []));
  return {
    nameCol,
    valueColumns,
    unitCol: columns.findIndex((c, k) => k > nameCol && c.role === 'unit'),
    attributeCol: columns.findIndex((c, k) => k > nameCol && c.role === 'attribute'),
    groups: columns.filter((_, k) => k < nameCol && labelShape(labels[k] ?? '') !== 'serial').length,
    ranks: valueColumns.map((k) => columns[k]!.role === 'rank'),
  };
}

/** What a row that fits costs: each cell a column holds that is not of the column's shape, each it leaves out. */
const COST = { unitLeftOut: 0.2, attributeLeftOut: 1, valueLeftOut: 1, wordValue: 0.6, extraWords: 0.3, noFigure: 1.5 } as const;
/** A row costing more fits the header too badly to be one of its rows. */
const ROW_LIMIT = 3;

/**
 * How the cells `seg` fit the header's columns as one row whose first `j` cells are its words (its 序号, group cells,
 * its name and the tail a wrap left under it, the parts it stacks), or null when they cannot: the words, then a unit
 * cell under a unit column, the attribute cell (last when its column is), and the cells of the value columns — as many
 * as the columns or fewer (a row stopping short), or as many for each part the words stack (figures only). A place
 * under a rank column is a place number or a blank.
 */
function fitRow(seg: readonly Cell[], j: number, slots: ColumnSlots): { row: RowCells; cost: number; figure: boolean } | null {
  const words: Cell[] = [];
  for (let k = 0; k < j; k++) {
    const cell = seg[k]!;
    if (SERIAL_CELL.test(cell.text) && k + 1 < j && wordCell(seg[k + 1])) continue;
    if (!wordCell(cell)) return null;
    const last = words.at(-1);
    if (last && NAME_TAIL.test(cell.text) && !PART_PREFIX.test(last.text))
      words[words.length - 1] = { text: last.text + cell.text, start: last.start, end: cell.end };
    else if (BRACKET_TAIL.test(cell.text)) return null;
    else words.push(cell);
  }
  const tail = seg.slice(j);
  if (words.length === 0 || tail.length === 0) return null;
  let cost = 0;
  // A unit cell, or one left blank (— under 单位, a ratio's) when the cells after it fill the value columns.
  const filled = tail.filter((c) => !ATTRIBUTE_CELL.test(c.text)).length - 1;
  const blankUnit = BLANK_CELL.test(tail[0]!.text) && filled > 0 && filled % slots.valueColumns.length === 0;
  const unit = slots.unitCol >= 0 && (unitCell(tail[0]) || blankUnit) ? tail.shift() : undefined;
  if (slots.unitCol >= 0 && !unit) cost += COST.unitLeftOut;
  const attributes = tail.filter((c) => ATTRIBUTE_CELL.test(c.text));
  if (attributes.length > (slots.attributeCol >= 0 ? 1 : 0)) return null;
  const attribute = attributes[0];
  if (attribute && attributeLast(slots) && tail.at(-1) !== attribute) return null;
  if (slots.attributeCol >= 0 && !attribute) cost += COST.attributeLeftOut;
  const values = tail.filter((c) => c !== attribute);
  const width = slots.valueColumns.length;
  if (width === 0 || (values.length === 0 && !attribute)) return null;
  // A total and its parts, or parts under a heading: as many figures a column as parts.
  const parts = values.length > width ? values.length / width : 1;
  if (!Number.isInteger(parts) || parts > words.length || parts > MAX_PARTS || (parts > 1 && values.some((c) => !figureCell(c.text)))) return null;
  cost += COST.valueLeftOut * Math.max(0, width - values.length) + COST.wordValue * values.filter((c) => !figureCell(c.text)).length;
  // (A wrap joined costs what a word before the name costs: the cells' fit, not the join, decides between the readings.)
  if (parts === 1 && words.length - 1 > slots.groups && wrappedNameHead(words.at(-2)!.text, words.at(-1)!.text)) {
    words.splice(-2, 2, { text: words.at(-2)!.text + words.at(-1)!.text, start: words.at(-2)!.start, end: words.at(-1)!.end });
    cost += COST.extraWords;
  }
  const own = words.slice(words.length - parts);
  const heading = PART_PREFIX.test(own[0]!.text) && words.length > parts ? words[words.length - parts - 1] : undefined;
  cost += COST.extraWords * Math.max(0, words.length - parts - (heading ? 1 : 0) - slots.groups);
  const byPart = own.map((_, k) => slots.valueColumns.map((_, slot) => values[slot * parts + k]));
  if (byPart.some((cells) => cells.some((c, slot) => c && slots.ranks[slot] && !RANK_CELL.test(c.text) && !BLANK_CELL.test(c.text)))) return null;
  const figure = attribute !== undefined || values.some((c) => figureCell(c.text));
  if (!figure) cost += COST.noFigure;
  return { row: { ...(heading ? { heading } : {}), names: own, ...(unit ? { unit } : {}), ...(attribute ? { attribute } : {}), values: byPart }, cost, figure };
}

const attributeLast = (slots: ColumnSlots): boolean => slots.attributeCol > Math.max(slots.unitCol, ...slots.valueColumns);

/**
 * The rows of a table flattened one cell a line, from line `from`, read by the shapes of their cells. Where one row ends
 * and the next begins is what fits the header best over the whole table: each row its words (group cells written once
 * for several rows, a 序号, the name, a tail a wrap left under it, the parts it stacks), then its unit cell, value cells
 * and attribute cell as `fitRow` reads them, the rows together costing least (a value written in words, 与全省保持一致,
 * a row stopping short before a rank it has not, a merged group cell). The table ends where the rows reach farthest,
 * before the first cell no row can take (prose, a line of several cells), less the rows at its end with no figure. Returns the rows, the end of the last and the
 * line after it.
 */
export function stackedRowCells(lines: readonly Line[], from: number, slots: ColumnSlots): { rows: RowCells[]; end: number; next: number; cost: number } {
  const cells: Cell[] = [];
  const lineOf: number[] = [];
  let scan = from;
  let stopped = false;
  // Cells read as the rows need them, so a table read to its end reads no further than a row's length after it.
  const cellAt = (k: number): Cell | undefined => {
    while (cells.length <= k && !stopped) {
      if (scan >= lines.length) stopped = true;
      else if (!isBlankLine(lines[scan]!)) {
        const cell = soleCell(lines[scan]);
        if (cell) [cells[cells.length], lineOf[lineOf.length]] = [cell, scan];
        else stopped = true;
      }
      scan++;
    }
    return cells[k];
  };
  const reach = slots.valueColumns.length * MAX_PARTS + 2;
  // The cheapest rows that end at each cell: their cost, where the last began and how it reads.
  const best: ({ cost: number; from: number; row: RowCells; figure: boolean } | undefined)[] = [];
  best[0] = { cost: 0, from: -1, row: { names: [], values: [] }, figure: false };
  let farthest = 0;
  for (let p = 0; p <= farthest; p++) {
    const at = best[p];
    if (!at || !cellAt(p)) continue;
    let words = 0;
    while (words <= MAX_NAME_CELLS + 1 && cellAt(p + words) && (wordCell(cellAt(p + words)) || SERIAL_CELL.test(cellAt(p + words)!.text))) words++;
    for (let j = 1; j <= words; j++) {
      // Cells after the words that are no figure, blank or attribute: past a unit cell and a word in each value column
      // (and what the row may cost), no longer row fits.
      let odd = 0;
      for (let length = j + 1; length <= j + reach && cellAt(p + length - 1); length++) {
        const last = cellAt(p + length - 1)!;
        if (!figureCell(last.text) && !ATTRIBUTE_CELL.test(last.text) && ++odd > Math.min(slots.valueColumns.length + 1, ROW_LIMIT / COST.wordValue)) break;
        const fit = fitRow(cells.slice(p, p + length), j, slots);
        if (!fit || fit.cost > ROW_LIMIT) continue;
        const cost = at.cost + fit.cost;
        const end = p + length;
        const known = best[end];
        if (!known || cost < known.cost) best[end] = { cost, from: p, row: fit.row, figure: fit.figure };
        farthest = Math.max(farthest, end);
      }
    }
  }
  // The table's end: the farthest the rows reach, less the rows at its end that hold no figure.
  let end = farthest;
  while (end > 0 && !best[end]!.figure) end = best[end]!.from;
  const rows: RowCells[] = [];
  for (let k = end; k > 0; k = best[k]!.from) rows.unshift(best[k]!.row);
  if (rows.length === 0) return { rows, end: 0, next: from, cost: 0 };
  return { rows, end: cells[end - 1]!.end, next: lineOf[end - 1]! + 1, cost: best[end]!.cost };
}

/** A table flattened one cell a line: its span (header and rows) and its header's labels. */
export interface FlattenedTable {
  start: number;
  end: number;
  labels: string[];
}

/**
 * The tables flattened one cell a line in a text (a header, then rows read by the shapes of their cells): where cleaning
 * must not join a figure alone on its line to the words around it, and whose header may name what the text plans.
 */
export function flattenedTables(text: string): FlattenedTable[] {
  if (!TABLE_HINT.test(text)) return [];
  const lines = linesOf(text);
  const tables: FlattenedTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const found = headerAt(lines, i);
    if (!found || !cellPerLine(lines, found.next)) continue;
    const header = fittestHeader(lines, found);
    const columns = roughColumns(header.labels);
    const nameCol = nameColumn(columns, header);
    if (nameCol < 0 || !shapeRead(columns)) continue;
    const body = stackedRowCells(lines, header.next, columnSlots(columns, nameCol, header.labels));
    if (body.rows.length === 0) continue;
    tables.push({ start: header.start, end: body.end, labels: header.labels });
    i = body.next - 1;
  }
  return tables;
}

/** The spans of the tables flattened one cell a line (`flattenedTables`). */
export const flattenedTableSpans = (text: string): [number, number][] => flattenedTables(text).map((t) => [t.start, t.end]);

/**
 * A header's columns by their roles alone, for where its rows' cells go (no years nor captions read): the label's
 * bracketed unit taken off as `headerColumns` takes it.
 */
function roughColumns(labels: readonly string[]): TableColumn[] {
  const columns = labels.map((label): TableColumn => {
    const bracket = BRACKET_UNIT.exec(label);
    return { role: columnRole(bracket ? label.slice(0, bracket.index).trim() : label), header: label, year: null };
  });
  placeColumns(columns, labels, { base: null, target: null });
  return columns;
}

/**
 * Whether a table flattened one cell a line is read by the shapes of its cells: not a sheet with a department column
 * (责任部门: departments stacked one a line, a progress sheet), which `sheet-rows.ts` gathers by its last column.
 */
export const shapeRead = (columns: readonly TableColumn[]): boolean => !columns.some((c) => c.role === 'lead' || c.role === 'partner');

/** The name column of a header's columns (一级指标 | 二级指标: the last), or -1 when the header has no value column. */
export function nameColumn(columns: TableColumn[], header: Header): number {
  if (header.nameAt >= 0 && columns[header.nameAt]!.role === 'other') columns[header.nameAt]!.role = 'name';
  const nameCol = columns.findLastIndex((c) => c.role === 'name');
  return nameCol >= 0 && columns.some((c) => c.role === 'target' || c.role === 'base' || c.role === 'estimate' || c.role === 'growth') ? nameCol : -1;
}

/** Where a table can be: a tab, a pipe, or a short line that can be a header's label (2020年, 目标值, 完成情况, 属性). */
export const TABLE_HINT = /[\t|]|^[^\n]{0,10}(?:指标|属性|性质|目标|基期|完成|年均|增长|增速|规划|现状|预计|预期|排名|\d{4})[^\n]{0,10}$/m;
