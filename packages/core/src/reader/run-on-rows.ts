/**
 * An indicator table whose cells ran together when its page was copied: no tab, no line break between them, only the
 * header's labels one after another (指标名称计量单位2020年目标值资料来源) and then each row's number, name, unit, target
 * and source in a run (2 服务业增加值占GDP比重% ≥ 53省统计局3 …). Its rows are cut apart again at what shapes them — a
 * target's cue and figure (≥ 53) close a row's name and unit, a department after it (省统计局) its source column, and the
 * next number in sequence opens the next row — and written one a line, their cells between tabs, so the indicator reader
 * reads the table as any other. A figure that ran into the next row's number (≥9818 before row 18's name) is cut
 * where that number begins: the rows number in sequence (corpus Decisions 35).
 */
import { applyEdits, type MappedText } from './mapped-text.ts';

/** The header's labels run together: the name, the unit, the target of a year, perhaps a source column. */
const RUN_ON_HEADER = /指标名称[ \t]*((?:计量)?单位)[ \t]*((?:(?:19|20)\d{2}[ \t]*年[ \t]*)?目标值)[ \t]*(资料来源|数据来源|责任单位|牵头单位)?/dg;
/** A target's cue and figure: what closes a row. */
const CUE_FIGURE = /(?:≥|≤|>|<|=|＞|＜)[ \t]*(\d+(?:\.\d+)?)/g;
/** A row's unit at the end of its name, longest first (人年 before 年 and 人). */
const UNITS = [
  '万吨标准煤',
  '吨标准煤',
  '微克/立方米',
  '毫克/立方米',
  '亿千瓦时',
  '千瓦时',
  '万千瓦',
  '平方公里',
  '万平方米',
  '立方米',
  '千瓦',
  '公顷',
  '万人',
  '人年',
  '标台',
  '万元',
  '亿元',
  '万吨',
  '万亩',
  '平方米',
  '公里',
  '%',
  '‰',
  '件',
  '人',
  '年',
  '张',
  '个',
  '元',
  '岁',
  '户',
  '家',
  '辆',
  '座',
  '吨',
  '亩',
  '天',
  '所',
].sort((a, b) => b.length - a.length);
/** A rate's unit written as one measure per another at the end of a name (微克/立方米, 人/万人, 张/千人). */
const PER_UNIT = /[\u4e00-\u9fff]{1,3}\/[\u4e00-\u9fff]{1,4}$/;
/** A source or department cell after a target: 省统计局, 江苏调查总队, 省人社厅/统计局. */
const SOURCE = /^[ \t]*([\u4e00-\u9fff]{1,8}?(?:局|厅|委|办|总队)(?:[ \t]*\/[ \t]*[\u4e00-\u9fff]{1,8}?(?:局|厅|委|办|总队))?)/;
/** A row's number in sequence before its name (2 服务业…, 15农村…). */
const ROW_NUMBER = /(?<![\d.])(\d{1,2})(?=[ \t]*[\u4e00-\u9fff“A-Za-z])/g;
/** The most a row runs before its target's cue: a longer run is prose, and the table ends before it. */
const MAX_ROW = 120;

type Edit = { start: number; end: number; text: string };

/** The text with each table of run-together cells written a row a line, its cells between tabs. */
export function splitRunOnRows(m: MappedText): MappedText {
  if (!m.text.includes('目标值')) return m;
  const edits: Edit[] = [];
  for (const header of m.text.matchAll(RUN_ON_HEADER)) {
    const lineStart = m.text.lastIndexOf('\n', header.index) + 1;
    const lineEnd = m.text.indexOf('\n', header.index);
    if (m.text.slice(lineStart, lineEnd < 0 ? m.text.length : lineEnd).includes('\t')) continue;
    edits.push(...headerEdits(m.text, header), ...rowEdits(m.text, header.index + header[0].length, header[3] !== undefined));
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return applyEdits(m, edits);
}

/** The header's labels apart: a line break before and after it, a tab between its labels. */
function headerEdits(text: string, header: RegExpExecArray): Edit[] {
  const edits: Edit[] = [];
  const start = header.index;
  // (Words before it on its line, a title the page ran into it, stay there, a cell apart: the line is still the title's.)
  if (start > 0 && text[start - 1] !== '\n') edits.push({ start, end: start, text: '\t' });
  for (let g = 1; g < header.length; g++) {
    const at = header.indices?.[g];
    if (!at) continue;
    // The gap before the label (spaces or none) becomes one tab.
    let gapStart = at[0];
    while (gapStart > start && /[ \t]/.test(text[gapStart - 1]!)) gapStart--;
    edits.push({ start: gapStart, end: at[0], text: '\t' });
  }
  return edits;
}

/** The rows after a header, from `from`: a line break before each, tabs between its cells; the table ends before prose. */
function rowEdits(text: string, from: number, hasSource: boolean): Edit[] {
  const edits: Edit[] = [];
  let pos = from;
  let serial = 0;
  let depth = 0;
  let scanned = from;
  CUE_FIGURE.lastIndex = from;
  for (let cue = CUE_FIGURE.exec(text); cue; cue = CUE_FIGURE.exec(text)) {
    // A cue inside brackets (翻一番（全省人均GDP ≥ 10万元）) is a note of the row, not its target cell.
    for (; scanned < cue.index; scanned++) depth += /[（(]/.test(text[scanned]!) ? 1 : /[）)]/.test(text[scanned]!) ? -1 : 0;
    if (depth > 0) continue;
    const run = text.slice(pos, cue.index);
    if (run.length > MAX_ROW || /[。；]/.test(run)) break;
    // Line breaks a copy left inside the rows are no row's end.
    for (let k = pos; k < cue.index; k++) if (text[k] === '\n') edits.push({ start: k, end: k + 1, text: ' ' });
    if (text[pos - 1] !== '\n') edits.push({ start: pos, end: pos, text: '\n' });
    // Rows numbered in sequence in the run: each opens a line (a row before with no target cell keeps its words).
    // (A row before it with no target cell, 翻一番（全省人均GDP ≥ 10万元）, keeps its words on a line of their own: prose.)
    let nameStart = pos;
    let last: { at: number; length: number } | null = null;
    for (const number of run.matchAll(ROW_NUMBER)) {
      if (!opensRow(Number(number[1]), serial, run.slice(0, number.index))) continue;
      serial = Number(number[1]);
      const at = pos + number.index;
      if (at > pos) edits.push({ start: at, end: at, text: '\n' });
      last = { at, length: number[0].length };
    }
    if (last) {
      let after = last.at + last.length;
      while (/[ \t]/.test(text[after] ?? '')) after++;
      edits.push({ start: last.at + last.length, end: after, text: '\t' });
      nameStart = after;
    }
    const unit = unitBefore(text, nameStart, cue.index);
    if (unit) {
      edits.push({ start: unit.start, end: unit.start, text: '\t' });
      edits.push({ start: unit.end, end: cue.index, text: '\t' });
    } else edits.push({ start: cue.index, end: cue.index, text: '\t' });
    // (=100: an equal sign is what a cell without a cue says already.)
    if (text[cue.index] === '=') edits.push({ start: cue.index, end: cue.index + 1, text: '' });
    let end = cue.index + cue[0].length;
    // A figure run into the next row's number (≥9818 城镇…: 98, then row 18).
    // (Not when a source cell follows the whole figure: ≥ 55省农委5 服务… is 55, then the source, then row 5.)
    const next = String(serial + 1);
    const sourced = hasSource && SOURCE.test(text.slice(end, end + 30));
    if (!sourced && runsIntoNumber(cue[1]!, next) && /[ \t\u4e00-\u9fff]/.test(text[end] ?? '') && !numberAfter(text, end, next)) {
      end -= next.length;
      pos = end;
      CUE_FIGURE.lastIndex = end;
      continue;
    }
    const source = sourced ? SOURCE.exec(text.slice(end, end + 30)) : null;
    if (source) {
      edits.push({ start: end, end: end + source[0].length - source[1]!.length, text: '\t' });
      end += source[0].length;
    }
    pos = end;
  }
  if (pos > from && pos < text.length && text[pos] !== '\n') edits.push({ start: pos, end: pos, text: '\n' });
  return edits;
}

/**
 * Whether a number opens the next row: the next in sequence, or — the first of the table, nothing before it — any
 * number (a table continued from the page before starts at row 9).
 */
const opensRow = (n: number, serial: number, before: string): boolean => n === serial + 1 || (serial === 0 && n > 0 && before.trim() === '');

/**
 * Whether a figure ends in the next row's number run into it (9818: 98 and row 18; 2.52: 2.5 and row 2), what is left a
 * whole figure (not 5. of 5.2).
 */
const runsIntoNumber = (figure: string, next: string): boolean =>
  figure.endsWith(next) && figure.length > next.length && !figure.slice(0, -next.length).endsWith('.');

/** Whether the next row's number stands apart after a figure (≥ 98 18 城镇…): the figure is whole. */
const numberAfter = (text: string, end: number, next: string): boolean => new RegExp(`^[ \\t]*${next}(?!\\d)`).test(text.slice(end, end + 8));

/** The unit closing a row's name before its target (比重% ≥, 拥有量件≥), or null. */
function unitBefore(text: string, start: number, cue: number): { start: number; end: number } | null {
  let end = cue;
  while (end > start && /[ \t]/.test(text[end - 1]!)) end--;
  const words = text.slice(start, end);
  const unit = UNITS.find((u) => words.endsWith(u) && words.length > u.length) ?? PER_UNIT.exec(words)?.[0];
  return unit && words.length > unit.length ? { start: end - unit.length, end } : null;
}
