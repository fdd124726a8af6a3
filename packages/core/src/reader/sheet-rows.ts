/**
 * Sheets flattened one cell per line under a department column: a 序号/任务/完成情况/责任单位 progress sheet, a 年度目标/
 * 完成情况/责任部门 sheet of a district. A web page's table copied as text puts each cell on its own line, and a row then
 * takes as many lines as its cells were written in: a group cell merged over several rows is written once (高质量发展
 * before the first row of its group), a cell wrapped in its column takes two lines (四大重点培育产业占区级税收 ⏎ 比重,
 * 提升4个 ⏎ 百分点, 重点产业 ⏎ 领域招商), and a department cell lists one department a line (区科委 ⏎ 区金融办 ⏎ 区商务委).
 * Counting lines by the header's width then reads every row after the first off by some cells.
 *
 * Such a sheet's last column says where each row ends whatever its lines: a run of department names. The lines of a
 * row are then given to the columns from both ends: the departments the last, the value columns the cells before it (a
 * unit or comparator left alone on a line, 百分点, 以上, 内, joins the cell above it; a cue word alone, 控制在, the cell
 * below it), and the name columns what is left before them — under 类别 | 指标名称, a line before the row's numbered
 * name (1、…) is its group cell, the lines from it the name. Each row becomes one line of tab-separated cells, the header
 * too, so the indicator and decomposition readers read the sheet as any table. (A sheet that ends in a rate or an
 * attribute is an indicator table read by the shapes of its cells, `table-cells.ts`.)
 */
import { applyEdits, type MappedText } from './mapped-text.ts';

interface Line {
  start: number;
  end: number;
  /** The line's text, trimmed. */
  cell: string;
}

type Edit = { start: number; end: number; text: string };

/** A header cell of such a sheet: short, naming what a column holds. */
const SHEET_HEADER_CELL =
  /^(?:序号|类别|分类|领域|[^\t]{0,6}(?:指标|名称|任务|内容|目标|完成|进度|进展|情况|计划|预计|实际|单位|部门|属性|备注|完成率|\d{4}\s*年|基期|规划|年均|增长|增速)[^\t]{0,4})$/;
/** Columns that name a row's thing (its group, its indicator or target): they come first. */
const NAME_HEADER = /^(?:序号|类别|分类|领域|类型|板块|[^\t]{0,4}(?:指标名称|目标名称|项目名称|名称|项目|指标))$/;
/**
 * The last column that marks where a row ends: its departments. A department column says what its bodies do (责任部门,
 * 牵头责任单位); a bare 单位 is the unit column.
 */
const DEPARTMENT_HEADER = /(?:责任|牵头|配合|主管|承办|负责|协办|主办|实施|考核|监考)[^\t]{0,3}(?:单位|部门)$|^部门$/;
/** A bare 单位 column first among the values (单位 | 2020年 | 2025年目标): rows that have no unit leave its cell out. */
const UNIT_HEADER = /^(?:计量)?单位$/;
/** A unit cell (%, ‰, 岁, 万元, /10万, 张/千人): short, no figure of its own before a word. */
const UNIT_LINE = /^(?:%|‰|‱|[\u4e00-\u9fff]{1,4}(?:[/／][\u4e00-\u9fff\d]{1,4})?|[/／]\d*[十百千万亿]*[\u4e00-\u9fff]{0,2})$/;
/** A 序号 cell alone on its line (1, 12): the row's number, a cell of its own between the group and the name. */
const SERIAL_LINE = /^\d{1,3}$/;

/** A progress column (推进情况, 工作进展): after a department column, what was done, so no row ends at the departments. */
const PROGRESS_HEADER = /(?:完成|进展|进度|落实|推进|执行)情况$|(?:工作|当前)进展$/;

/** A department's name (区发改委, 市财政局（国资委）, 区投促办): words ending in what a body is called, no figure. */
const DEPARTMENT_NAME =
  /^[\u4e00-\u9fff（）()]{1,24}(?:局|委|办|厅|院|部|部门|单位|中心|政府|公司|街道|集团|管委会|委员会|办公室|总工会|团委|妇联|队|所|站|行|处|室|署|镇|乡|会)(?:[（(][\u4e00-\u9fff]{1,12}[）)])?$/;
const DEPARTMENT_LINE = (cell: string): boolean => cell.split(/[、，,]/).every((name) => DEPARTMENT_NAME.test(name.trim()));

/** A unit, comparator or 内 a wrapped cell left alone on its line: it closes the figure on the line above. */
const FIGURE_TAIL_LINE = /^(?:个?百分点|%|‰|以上|以下|以内|内|左右|上下|[万亿]?(?:元|人|个|家|户|项|吨|亩|幢|座|次|人次))$/;
/** A line ending in a figure (提升4个, 6%): the unit or comparator on the next line closes it. */
const FIGURE_END = /\d(?:\.\d+)?[%个]?$/;
/** A cue a wrapped cell left alone on its line: it opens the figure on the line below. */
const FIGURE_CUE_LINE = /^(?:控制在|保持在|稳定在|提升|提高|降低|下降|增长|达到|不低于|不高于|不超过|不少于|低于|高于|突破|超过)$/;
/** An indicator's own number (1、, 2.): it starts the name cell under 指标名称. */
const NUMBERED = /^\d{1,3}[、.．]/;

/** A line of a name column: short, no sentence. */
const NAME_LINE = (cell: string): boolean => cell.length <= 30 && !/[。；]/.test(cell);
/** Rows longer than this many lines are no rows of the sheet: the table ended. */
const MAX_ROW_LINES = 16;

export function gatherSheetRows(m: MappedText): MappedText {
  if (!/(?:单位|部门)[ \t\u3000]*\n/.test(m.text)) return m;
  const lines = nonBlankLines(m.text);
  const edits: Edit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i);
    if (header !== null) i = gatherTable(lines, i, header, edits) - 1;
  }
  return edits.length === 0 ? m : applyEdits(m, edits);
}

function nonBlankLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    const stop = end === -1 ? text.length : end;
    const cell = text.slice(start, stop).trim();
    if (cell !== '') lines.push({ start, end: stop, cell });
    if (end === -1) return lines;
    start = end + 1;
  }
}

interface Header {
  labels: string[];
  /** How many leading columns name the row's thing. */
  names: number;
  /** The first value column is a bare 单位, a cell rows without a unit leave out. */
  unit: boolean;
}

/** The sheet's header starting at line `i`: three cells or more, a name column first and an end column last. */
function headerAt(lines: readonly Line[], i: number): Header | null {
  const labels: string[] = [];
  for (let j = i; j < lines.length && labels.length < 12; j++) {
    const label = lines[j]!.cell.replace(/[ \u3000]+/g, '');
    if (label.includes('\t') || label.length > 12 || !SHEET_HEADER_CELL.test(label)) break;
    labels.push(label);
  }
  // Cut after the end column: the cells after it are the first row's (a department's name can read as a header cell).
  const last = labels.findIndex((label, k) => k >= 2 && DEPARTMENT_HEADER.test(label));
  // A progress column after the department one (…| 牵头单位 | 一季度进展) is no sheet these rows end in.
  if (last === -1 || PROGRESS_HEADER.test(labels[last + 1] ?? '')) return null;
  labels.length = last + 1;
  const names = labels.findIndex((label) => !NAME_HEADER.test(label));
  if (names < 1 || names > 3 || names >= last) return null;
  return { labels, names, unit: UNIT_HEADER.test(labels[names]!) };
}

/** Joins the header at line `at` and the rows after it; returns the index of the first line after the sheet. */
function gatherTable(lines: readonly Line[], at: number, header: Header, edits: Edit[]): number {
  const width = header.labels.length;
  const own: Edit[] = [];
  joinLines(lines, at, at + width, '\t', own);
  let row = at + width;
  let rows = 0;
  while (row < lines.length) {
    // The header again (a sheet printed over two pages repeats it): one line as the first.
    if (sameHeader(lines, row, header)) {
      joinLines(lines, row, row + width, '\t', own);
      row += width;
      continue;
    }
    const end = rowEnd(lines, row, header);
    if (end === null || !joinRow(lines, row, end, header, own)) break;
    rows++;
    row = end;
  }
  // A header no row follows is left as it was written; the search goes on after it and its repeats (not from inside
  // them again, which would read the same lines once for each).
  if (rows === 0) return Math.max(at + 1, row);
  edits.push(...own);
  return row;
}

function sameHeader(lines: readonly Line[], at: number, header: Header): boolean {
  return header.labels.every((label, k) => at + k < lines.length && lines[at + k]!.cell.replace(/[ \u3000]+/g, '') === label);
}

/**
 * The line after the row that starts at `row`: after the run of lines its end column holds. A row the text's end cuts
 * off before its end column keeps the lines it has; a row whose first line is no name, or that runs on without an end,
 * is none (the sheet ended before it).
 */
function rowEnd(lines: readonly Line[], row: number, header: Header): number | null {
  if (!NAME_LINE(lines[row]!.cell) || DEPARTMENT_LINE(lines[row]!.cell)) return null;
  for (let j = row + 1; j < lines.length && j - row < MAX_ROW_LINES; j++) {
    if (sameHeader(lines, j, header)) return j - row >= 3 ? j : null;
    if (!DEPARTMENT_LINE(lines[j]!.cell)) continue;
    let end = j + 1;
    // Departments stacked one a line are one cell.
    while (end < lines.length && DEPARTMENT_LINE(lines[end]!.cell)) end++;
    return end;
  }
  const rest = lines.length - row;
  return rest >= 3 && rest < MAX_ROW_LINES ? lines.length : null;
}

/** The row's lines given to the columns from both ends, each cell's lines joined, the cells by tabs. */
function joinRow(lines: readonly Line[], from: number, to: number, header: Header, edits: Edit[]): boolean {
  const width = header.labels.length;
  let stop = to;
  const endCell: number[] = [];
  while (stop > from && DEPARTMENT_LINE(lines[stop - 1]!.cell)) endCell.unshift(--stop);
  const pieces = mergeWrapped(lines, from, stop);
  const values = width - header.names - 1 - (header.unit && !unitWritten(lines, pieces, width - header.names - 2) ? 1 : 0);
  // A row cut off by the text's end keeps what it has: its names up to the numbered one, then its values.
  const cut = endCell.length === 0;
  const numbered = pieces.findIndex(([first]) => NUMBERED.test(lines[first]!.cell));
  const nameCount = cut ? (header.names > 1 && numbered >= 0 ? numbered + 1 : 1) : pieces.length - values;
  if (nameCount < 1 || pieces.length < nameCount + (cut ? 1 : values)) return false;
  const valueCells = pieces.slice(nameCount, nameCount + values);
  const nameCells = nameColumns(lines, pieces.slice(0, nameCount), header.names);
  const cells = [...nameCells, ...valueCells];
  if (endCell.length > 0) cells.push([endCell[0]!, endCell.at(-1)!]);
  for (let k = 0; k < cells.length; k++) {
    const [first, last] = cells[k]!;
    joinLines(lines, first, last + 1, k === cells.length - 1 && endCell.length > 0 ? '、' : '', edits);
    if (k + 1 < cells.length) edits.push({ start: lines[last]!.end, end: lines[cells[k + 1]![0]]!.start, text: '\t' });
  }
  if (to < lines.length) edits.push({ start: lines[to - 1]!.end, end: lines[to]!.start, text: '\n' });
  return true;
}

/**
 * Whether a row under a 单位 column writes its unit: the piece before its other value cells is a unit (%, /10万), with
 * a name before it — a row with no unit (a count per thousand people, a lifespan) leaves the cell out.
 */
function unitWritten(lines: readonly Line[], pieces: readonly [number, number][], after: number): boolean {
  const at = pieces.length - after - 1;
  if (at < 1) return false;
  const [first, last] = pieces[at]!;
  // 3 | 人均寿命 | 80 | 82: a short name right after the number is the name, not a unit.
  return first === last && UNIT_LINE.test(lines[first]!.cell) && !SERIAL_LINE.test(lines[pieces[at - 1]![0]]!.cell);
}

/** Lines from..to as cells, [first line, last line] each: a wrapped figure's unit or cue joins its figure's line. */
function mergeWrapped(lines: readonly Line[], from: number, to: number): [number, number][] {
  const pieces: [number, number][] = [];
  for (let k = from; k < to; k++) {
    const previous = pieces.at(-1);
    const cell = lines[k]!.cell;
    if (previous !== undefined && FIGURE_TAIL_LINE.test(cell) && FIGURE_END.test(lines[previous[1]]!.cell)) previous[1] = k;
    else if (previous !== undefined && FIGURE_CUE_LINE.test(lines[previous[1]]!.cell) && previous[0] === previous[1]) previous[1] = k;
    else pieces.push([k, k]);
  }
  return pieces;
}

/**
 * The name columns' cells from the pieces before the values: one column takes them all (a name wrapped over lines);
 * under a group column and a name column, the pieces before the row's numbered name are its group cell, or the first
 * of several pieces when no name is numbered. A row that writes no group cell has none (the merged cell above).
 */
function nameColumns(lines: readonly Line[], pieces: [number, number][], names: number): [number, number][] {
  const span = (group: [number, number][]): [number, number] => [group[0]![0], group.at(-1)![1]];
  if (names === 1 || pieces.length === 1) return [span(pieces)];
  // 领域 | 序号 | 主要指标: the number alone on its line is its own cell, the group before it, the name after it.
  const serial = pieces.findIndex(([first, last]) => first === last && SERIAL_LINE.test(lines[first]!.cell));
  if (serial >= 0 && serial + 1 < pieces.length) {
    const group = serial > 0 ? [span(pieces.slice(0, serial))] : [];
    return [...group, pieces[serial]!, span(pieces.slice(serial + 1))];
  }
  const numbered = pieces.findIndex(([first]) => NUMBERED.test(lines[first]!.cell));
  const at = numbered >= 0 ? numbered : 1;
  return at === 0 ? [span(pieces)] : [span(pieces.slice(0, at)), span(pieces.slice(at))];
}

/** Joins lines from..to (exclusive), the break after each line but the last replaced by `between`. */
function joinLines(lines: readonly Line[], from: number, to: number, between: string, edits: Edit[]): void {
  for (let k = from; k + 1 < to && k + 1 < lines.length; k++) edits.push({ start: lines[k]!.end, end: lines[k + 1]!.start, text: between });
}
