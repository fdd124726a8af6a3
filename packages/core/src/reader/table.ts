import type { Span } from '../model.ts';
import { cleanText, PROGRESS_HEADER_CELL, SCORE_HEADER_CELL } from './clean.ts';
import { splitNames } from './departments.ts';
import { joinMapped, originalSpan, sliceMapped, trimMapped, type MappedText } from './mapped-text.ts';
import { readOutline, TABLE_TITLE_END, type Outline } from './structure.ts';
import { DEPARTMENT_COLUMN, PARTNER_ROLE } from './table-columns.ts';

/** A cell's cleaned text and the original characters it came from. */
export interface TableText {
  text: string;
  span: Span;
}

/**
 * One row of an attached decomposition table (序号 / 重点任务 / 内容和要求 / 牵头单位 / 配合单位),
 * with continuation lines (blank 序号, a row running onto the next page) already joined.
 */
export interface DecompositionRow {
  /** 序号 as written. */
  number: string;
  /**
   * The merged 重点任务 group cell the row sits under ("推进转型升级，促进提质增效"), when the
   * table splits 重点任务 into a group and a sub-task; undefined for a row that has only one name.
   */
  group?: string;
  /** The row's own 重点任务 name (the sub-task when there is a group). */
  task: TableText;
  /** 内容和要求, continuation pieces joined; its span runs over anything spliced in between. */
  content: TableText;
  /** 牵头单位 / 配合单位 as written, and split into names. */
  leadText: TableText;
  partnerText: TableText;
  leads: string[];
  partners: string[];
  /** The whole row in the original text, continuation lines included. */
  span: Span;
}

export interface DecompositionTable {
  /** The table's title line, e.g. "《金安区2023年度工业发展要点》重点任务分解表". */
  title: string;
  /** Year named in the title (2023 for seed 004's table), or null. */
  year: number | null;
  /** Header cells as written. */
  columns: string[];
  rows: DecompositionRow[];
  /** From the title line to the end of the last row, in the original text. */
  span: Span;
}

/** A row plus the mapped content the plan reader feeds to the grammar. */
export interface MappedRow extends DecompositionRow {
  contentMapped: MappedText;
  /** The row's own 重点任务 or indicator-name cell, mapped. */
  taskMapped: MappedText;
  /** The row's 完成情况/进展情况 cell, mapped: what was done, beside the target (a progress sheet). */
  resultsMapped?: MappedText;
}

/**
 * The attached decomposition table of a plan document (seed 004), or null when it has none.
 * Takes the document as received; every span points into it.
 */
export function readDecompositionTable(original: string): DecompositionTable | null {
  const table = readMappedTable(cleanText(original));
  if (!table) return null;
  return { ...table, rows: table.rows.map(({ contentMapped: _, taskMapped: __, resultsMapped: ___, ...row }) => row) };
}

/**
 * The same, on already cleaned text; rows keep their mapped content. A caller that has read the
 * text's outline passes it, so the whole text is not outlined again.
 */
export function readMappedTable(
  clean: MappedText,
  outline: Outline = readOutline(clean.text),
): (Omit<DecompositionTable, 'rows'> & { rows: MappedRow[] }) | null {
  if (outline.tableHeader === null) return null;
  const text = clean.text;
  const headerEnd = lineEnd(text, outline.tableHeader);
  const columns = text
    .slice(outline.tableHeader, headerEnd)
    .split('\t')
    .map((c) => c.trim());
  const titleLine = findTitleLine(text, outline.bodyEnd, outline.tableHeader);

  const rows: Building[] = [];
  const scored = scoredColumns(columns);
  const layout = headerLayout(columns);
  let group: string | undefined;
  for (let at = headerEnd + 1; at < text.length;) {
    const end = lineEnd(text, at);
    const cells = splitCells(clean, at, end);
    at = end + 1;
    if (cells.every((c) => c.text.trim() === '')) continue;
    const first = cells[0]!.text.trim();
    if (scored) {
      // No 序号: a line of one cell is a group heading, a line of several a row.
      if (trimTrailingEmpty(cells).length === 1) group = first;
      else rows.push(startScoredRow(String(rows.length + 1), cells, scored, rows.at(-1), group));
    } else if (/^\d{1,3}$/.test(first) || isNextNumber(first, rows.at(-1))) {
      const row = layout && fitsLayout(cells, layout) ? startLaidOutRow(first, cells, layout) : startRow(first, cells, rows.at(-1));
      if (group && !row.group) row.group = group;
      rows.push(row);
    } else if (cells.length === 1 && GROUP_LINE.test(first) && /^\d{1,3}\t/.test(text.slice(at, lineEnd(text, at))))
      group = first; // a group cell over the next rows
    else if (rows.length > 0) continueRow(rows.at(-1)!, cells);
  }
  const built = rows.map(finishRow);
  const last = built.at(-1);
  const start = titleLine ? titleLine.start : outline.tableHeader;
  return {
    title: titleLine ? text.slice(titleLine.start, titleLine.end).trim() : '',
    year: titleLine ? yearIn(text.slice(titleLine.start, titleLine.end)) : null,
    columns,
    rows: built,
    span: [originalSpan(clean, start, start + 1)[0], last ? last.span[1] : originalSpan(clean, headerEnd - 1, headerEnd)[1]],
  };
}

/** A row number past 999 only where it runs on from the row before (a year cell, 2024, is no row number). */
function isNextNumber(first: string, previous: Building | undefined): boolean {
  return previous !== undefined && /^\d{4,6}$/.test(first) && Number(first) === Number(previous.number) + 1;
}

interface Cell extends MappedText {
  column: number;
}

interface Building {
  number: string;
  numberCell: Cell;
  group?: string;
  task: Cell[];
  content: Cell[];
  results?: Cell[];
  /** The lead cell is a plain list (a lone 责任单位 column): its first name leads, the others partner. */
  firstLeads?: boolean;
  leads: Cell[];
  partners: Cell[];
  last: Cell;
}

function startRow(number: string, cells: Cell[], previous: Building | undefined): Building {
  const filled = trimTrailingEmpty(cells.slice(1));
  const contentIndex = longestIndex(filled);
  const nameCells = filled.slice(0, contentIndex);
  const names = nameCells.filter((c) => c.text.trim() !== '');
  const row: Building = {
    number,
    numberCell: cells[0]!,
    task: names.slice(-1),
    content: contentIndex >= 0 ? [filled[contentIndex]!] : [],
    leads: filled[contentIndex + 1] ? [filled[contentIndex + 1]!] : [],
    partners: filled[contentIndex + 2] ? [filled[contentIndex + 2]!] : [],
    last: lastNonEmpty(cells) ?? cells[0]!,
  };
  if (names.length >= 2) {
    row.group = names
      .slice(0, -1)
      .map((c) => c.text.trim())
      .join('');
  } else if (nameCells.length >= 2 && nameCells[0]!.text.trim() === '' && previous) {
    // Blank group cell: the row sits under the merged group cell of the rows above.
    row.group = previous.group ?? previous.task.map((c) => c.text.trim()).join('');
  }
  return row;
}

/** Where a 分解表's header puts its department columns and its results column (完成情况), if any. */
interface HeaderLayout {
  width: number;
  departments: number[];
  results: number;
  /** Columns that hold neither a name nor the target: 完成时限, 备注, 责任领导. */
  other: number[];
  /** One department column, not headed 牵头: a plain list whose first name leads (排在第一位的为牵头单位). */
  plainList: boolean;
}

/** One department column, not headed 牵头/主办: a plain list whose first name leads (排在第一位的为牵头单位). */
export const plainDepartmentList = (departmentHeaders: readonly string[]): boolean =>
  departmentHeaders.length === 1 && !/牵头|主办/.test(departmentHeaders[0]!);

/** A department cell that marks its lead (▲发改局，各部门). */

/** The mark a department cell puts before its lead (▲发改局). */
const LEAD_MARK = /^[▲★△*＊]/;

/**
 * The leads and partners a row's department cells name: ▲ marks the leads and names the others partners; a plain
 * list is led by its first name; else every name of the lead cell leads. The partner cell's names are partners.
 */
export function departmentsOf(leadText: string, partnerText: string, plainList: boolean): { leads: string[]; partners: string[] } {
  const named = splitNames(leadText);
  const marked = named.filter((n) => LEAD_MARK.test(n));
  const [first, ...rest] = named;
  const plain = plainList && marked.length === 0 && first !== undefined;
  return {
    leads: marked.length > 0 ? marked.map((n) => n.replace(LEAD_MARK, '')) : plain ? [first] : named,
    partners: [...(marked.length > 0 ? named.filter((n) => !LEAD_MARK.test(n)) : plain ? rest : []), ...splitNames(partnerText)],
  };
}
const PARTNER_COLUMN = new RegExp(`(?:${PARTNER_ROLE.source})${DEPARTMENT_COLUMN.source}`);
const OTHER_COLUMN = /时限|时间|节点|备注|领导/;

/**
 * The header's layout when it names its department columns (序号 | 主要工作任务 | 责任单位, 序号 |
 * 内容与要求 | 完成情况 | 责任单位): rows as wide as it are read by it, so a department cell longer
 * than the target (*市委组织部（市委人才办）、市人力社保局) is not taken for the target. Null when the
 * header names no department column.
 */
function headerLayout(columns: readonly string[]): HeaderLayout | null {
  const departments: number[] = [];
  const other: number[] = [];
  let results = -1;
  columns.forEach((c, i) => {
    if (i === 0) return;
    // A header cell over what was done (完成情况, 工作进展, 一季度工作进展): a progress sheet's results column.
    if (PROGRESS_HEADER_CELL.test(c)) results = i;
    else if (OTHER_COLUMN.test(c)) other.push(i);
    else if (DEPARTMENT_COLUMN.test(c)) departments.push(i);
  });
  if (departments.length === 0) return null;
  const plainList = plainDepartmentList(departments.map((i) => columns[i]!));
  return { width: columns.length, departments, results, other, plainList };
}

/**
 * A row read by the header: one exactly as wide, or, under a results column, one cut short after
 * its target (the text ends mid-row) — its longest cell may be what was done, not the target.
 */
function fitsLayout(cells: Cell[], layout: HeaderLayout): boolean {
  const width = trimTrailingEmpty(cells).length;
  const fits = width === layout.width || (layout.results > 0 && width > layout.results && width < layout.width);
  // Its department cells must read as names: a sentence or a figure there is a row of another table.
  // On a progress sheet a comma may join the lead to the rest (市发改委，各县区政府): its row is told by the results column.
  const notNames = layout.results > 0 ? NOT_A_LEAD_LIST : NOT_A_NAME_LIST;
  return fits && layout.departments.every((i) => !cells[i] || !notNames.test(cells[i].text));
}

/** What a list of departments never holds: a clause break or a figure. */
const NOT_A_NAME_LIST = /[，,。；;\d]/;
const NOT_A_LEAD_LIST = /[。；;\d]/;

function startLaidOutRow(number: string, cells: Cell[], layout: HeaderLayout): Building {
  const at = (i: number): Cell[] => (cells[i] && cells[i].text.trim() !== '' ? [cells[i]] : []);
  const named = cells.map((_, i) => i).filter((i) => i > 0 && i !== layout.results && !layout.departments.includes(i) && !layout.other.includes(i));
  const candidates = named.map((i) => cells[i]!);
  const contentAt = longestIndex(candidates);
  const names = candidates.slice(0, Math.max(contentAt, 0)).filter((c) => c.text.trim() !== '');
  const row: Building = {
    number,
    numberCell: cells[0]!,
    task: names.slice(-1),
    content: contentAt >= 0 ? [candidates[contentAt]!] : [],
    leads: at(layout.departments[0]!),
    partners: layout.departments[1] === undefined ? [] : at(layout.departments[1]),
    last: lastNonEmpty(cells) ?? cells[0]!,
  };
  if (layout.results > 0) row.results = at(layout.results);
  if (layout.plainList) row.firstLeads = true;
  if (names.length >= 2)
    row.group = names
      .slice(0, -1)
      .map((c) => c.text.trim())
      .join('');
  return row;
}

/** Where a 考核 table without 序号 keeps its target and department cells (its score column is skipped). */
interface ScoredColumns {
  content: number;
  lead: number;
  partner: number;
}

/** The columns of a header with a score column (项目 | 分值 | 目标任务 | 监考单位), or null for any other header. */
function scoredColumns(columns: readonly string[]): ScoredColumns | null {
  const isScore = (c: string) => SCORE_HEADER_CELL.test(c);
  if (columns[0] === '序号' || !columns.some(isScore)) return null;
  const lead = columns.findIndex((c, i) => i > 0 && DEPARTMENT_COLUMN.test(c) && !PARTNER_ROLE.test(c));
  const partner = columns.findIndex((c, i) => i > 0 && PARTNER_COLUMN.test(c));
  const named = columns.findIndex((c, i) => i > 0 && i !== lead && /目标|任务|内容|要求|标准/.test(c));
  // Else the first column after the name that is neither the score nor a department's.
  const content = named >= 0 ? named : columns.findIndex((c, i) => i > 0 && i !== lead && i !== partner && !isScore(c));
  return content < 0 || lead < 0 ? null : { content, lead, partner };
}

/**
 * A row of a 考核 table: cells stand under their header. A row that stops before its department
 * cell sits under a merged cell written once in the row above, whose departments it takes.
 */
function startScoredRow(number: string, cells: Cell[], columns: ScoredColumns, previous: Building | undefined, group: string | undefined): Building {
  const at = (i: number): Cell[] => (i >= 0 && cells[i] && cells[i].text.trim() !== '' ? [cells[i]] : []);
  const merged = cells.length <= columns.lead;
  const row: Building = {
    number,
    numberCell: cells[0]!,
    task: at(0),
    content: at(columns.content),
    leads: merged && previous ? previous.leads : at(columns.lead),
    partners: merged && previous ? previous.partners : at(columns.partner),
    last: lastNonEmpty(cells) ?? cells[0]!,
  };
  if (group) row.group = group;
  return row;
}

/** A merged group cell on a line of its own (经济发展) before the row it heads. */
const GROUP_LINE = /^[\u4e00-\u9fff（）()、]{2,12}$/;

/** A line with a blank 序号 continues the row above: each piece joins its column. */
function continueRow(row: Building, cells: Cell[]): void {
  const filled = trimTrailingEmpty(cells);
  const contentIndex = longestIndex(filled);
  if (contentIndex < 0) return;
  // A line of one cell under a progress sheet's row runs on what was done (its last column), not the target.
  if (row.results && row.results.length > 0 && filled.length === 1) {
    row.results.push(filled[0]!);
    row.last = filled[0]!;
    return;
  }
  filled.forEach((cell, i) => {
    if (cell.text.trim() === '') return;
    if (i < contentIndex) row.task.push(cell);
    else if (i === contentIndex) row.content.push(cell);
    else if (i === contentIndex + 1) row.leads.push(cell);
    else row.partners.push(cell);
  });
  row.last = lastNonEmpty(cells) ?? row.last;
}

function finishRow(row: Building): MappedRow {
  const contentMapped = trimMapped(joinMapped(row.content.map(trimMapped)));
  const task = textOf(row.task);
  const leadText = textOf(row.leads);
  const partnerText = textOf(row.partners);
  const start = originalSpan(row.numberCell, 0, row.numberCell.text.length)[0];
  const end = originalSpan(row.last, 0, row.last.text.length)[1];
  // Built by assignment in key order (a row's JSON lists group second when it has one): a
  // conditional spread costs more per row than the row's cells.
  const finished = { number: row.number } as MappedRow;
  if (row.group) finished.group = row.group;
  finished.task = task;
  finished.content = { text: contentMapped.text, span: originalSpan(contentMapped, 0, contentMapped.text.length) };
  finished.leadText = leadText;
  finished.partnerText = partnerText;
  const departments = departmentsOf(leadText.text, partnerText.text, row.firstLeads === true);
  finished.leads = departments.leads;
  finished.partners = departments.partners;
  finished.span = [start, end];
  finished.contentMapped = contentMapped;
  finished.taskMapped = trimMapped(joinMapped(row.task.map(trimMapped)));
  if (row.results && row.results.length > 0) finished.resultsMapped = trimMapped(joinMapped(row.results.map(trimMapped)));
  return finished;
}

function textOf(cells: Cell[]): TableText {
  const joined = trimMapped(joinMapped(cells.map(trimMapped)));
  return { text: joined.text, span: originalSpan(joined, 0, joined.text.length) };
}

const TAB = 9;

function splitCells(clean: MappedText, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  // From tab to tab within the line, and the cell built field by field (no spread per cell). Not
  // indexOf: on a line without a tab it would search on past the line's end, to the next tab of
  // the text, and lines of one cell (group headings) after line would read the rest of the text each.
  for (let from = start; ;) {
    let cellEnd = from;
    while (cellEnd < end && clean.text.charCodeAt(cellEnd) !== TAB) cellEnd++;
    const piece = sliceMapped(clean, from, cellEnd);
    cells.push({ text: piece.text, starts: piece.starts, ends: piece.ends, column: cells.length });
    if (cellEnd === end) return cells;
    from = cellEnd + 1;
  }
}

function trimTrailingEmpty(cells: Cell[]): Cell[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.text.trim() === '') n--;
  return cells.slice(0, n);
}

/**
 * The 内容和要求 cell: the longest cell that states a number when any does (an indicator-style row,
 * 社会消费品零售总额 | 增长7% | 区商务局, has a longer name than its target cell), else the longest.
 */
function longestIndex(cells: Cell[]): number {
  const numbered = cells.some((c) => /[\d*]/.test(c.text));
  let best = -1;
  cells.forEach((c, i) => {
    if (numbered && !/[\d*]/.test(c.text)) return;
    if (c.text.trim().length > (best < 0 ? 0 : cells[best]!.text.trim().length)) best = i;
  });
  return best;
}

function lastNonEmpty(cells: Cell[]): Cell | undefined {
  return [...cells].reverse().find((c) => c.text.trim() !== '');
}

export function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
}

function findTitleLine(text: string, from: number, to: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (let at = from; at < to;) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end).trim();
    if (TABLE_TITLE_END.test(line) && !/^附件[:：]/.test(line)) best = { start: at, end };
    at = end + 1;
  }
  return best;
}

function yearIn(line: string): number | null {
  const m = /(\d{4})年/.exec(line);
  return m ? Number(m[1]) : null;
}
