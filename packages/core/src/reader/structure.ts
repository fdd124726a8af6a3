import { PERIOD_NAMES, PERIOD_YEARS } from '../grammar/words.ts';
import { SCORE_WORDS } from './clean.ts';
import { readPeriod } from './document-info.ts';
import { sectionNumberValue } from './numerals.ts';

/** How the title of a task table ends (…重点任务分解表, …清单, …一览表): the line above the table it names. */
export const TABLE_TITLE_END = /(?:分解表|任务表|清单|一览表)$/;

/** A numbered heading or item as it stands in the cleaned text. */
export interface Block {
  /** 1 for 一、 · 2 for （一） · 3 for 1. */
  level: 1 | 2 | 3;
  /** As written: "一、", "（三）", "1." */
  number: string;
  /** Path of numbers from the top, e.g. "二、（一）1." */
  section: string;
  title: string;
  /** Offsets into the cleaned text: the marker, the content, the end (next block or part). */
  start: number;
  contentStart: number;
  end: number;
  /** The block has text of its own beyond its title (it is an item, not just a heading). */
  hasContent: boolean;
}

/** A year part such as seed 002's "2023年工作及成效" / "2024年工作安排". */
export interface Part {
  heading: string;
  /** Null when a reposting site masked the year's digits (202*年): the plan's year then. */
  year: number | null;
  /** A review of results (成效/回顾/完成情况/总结) reads as actuals. */
  review: boolean;
  /** A plan part whose heading names a plan period (“十五五”时期主要目标): its targets are due at its end. */
  due?: number;
  start: number;
  end: number;
}

export interface Outline {
  parts: Part[];
  blocks: Block[];
  /** Where the body ends: the attached table's title lines, or the end of the text. */
  bodyEnd: number;
  /** Line where an attached decomposition table's header row starts, if any. */
  tableHeader: number | null;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
/** A line's start, with the spaces a web page indents its lines by (`  1.地区生产总值…`). */
const LINE_START = '(?:^|\\n)[ \\t\\u3000]*';
const MARKERS: readonly { level: 2 | 3; pattern: RegExp }[] = [
  { level: 2, pattern: new RegExp(`(${LINE_START})（(${NUMERAL})）`, 'g') },
  { level: 3, pattern: new RegExp(`(${LINE_START})(\\d{1,2})(?:[.．](?!\\d)|、)`, 'g') },
];

/**
 * A year part's heading: a line "2023年工作及成效" / "一、2021年1-11月工业经济指标完成情况" /
 * "三、2022年工作计划", or such a numbered heading run into the text ("…提出意见。一、2019年工作回顾2019年，…", a
 * joined page's "…计划草案的报告一、2022年…计划执行情况2022年是…"), or opening its line with more after its keyword than a
 * heading line takes ("一、2025年工作回顾和“十四五”发展主要成绩"), where it ends at its keyword; not after a numeral (十一、
 * is one number), nor inside a sentence: after a mark that goes on with it (报告分两部分：一、2024年工作回顾；二、…, a
 * digest's list of the report's parts; 其中：一、2024年重点工作项目…; …，一、2024年目标任务中…) — a colon only after a
 * salutation (各位代表：一、2021年工作回顾, a joined page) — or after 之 (…示范县之一、2024年度目标任务考核优秀县, one word).
 * A heading found both ways is one part.
 */
const PART_WORDS = '工作安排|工作计划|成效|回顾|完成情况|执行情况|工作总结|目标任务|预期目标|主要目标|发展思路|工作思路|总体要求|工作任务|重点工作|主要任务';
/** A year, or one whose last digits a reposting site or a template masked (202*年, 20XX年). */
const PART_YEAR = '(\\d{4}|\\d{2,3}[*Xx×]{1,2})';
const SECTION_MARK = '(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)?';
/** A plan period named before the year: 一、“十四五”时期和2025年工作回顾. */
const PERIOD_AND = '(?:[“"]?十[一二三四五六]五[”"]?(?:时期|期间)?(?:和|及|暨|、))?';
const PART_HEADING = new RegExp(
  `(^|\\n)(${SECTION_MARK}[ \\t]*${PERIOD_AND}${PART_YEAR}年(?:度)?[^\\n。，；]{0,16}?(?:${PART_WORDS})[^\\n。，；]{0,6})(?=\\n|$)`,
  'g',
);
const INLINE_PART_HEADING = new RegExp(
  `((?<![一二三四五六七八九十；;，,、之])(?<![^表员][：:])[一二三四五六七八九十]{1,3}、${PART_YEAR}年(?:度)?[^\\n。，；]{0,16}?(?:${PART_WORDS}))`,
  'g',
);
/** Words of a heading that reviews results (2023年工作及成效, 一、工作回顾). */
// 落实情况/推进情况 too: 一、2023年重点工作落实情况 (a year part since 重点工作 opens one) reports.
// A word of scope may stand before 情况: 一、上半年…计划指标执行总体情况, 完成基本情况.
export const REVIEW = /成效|回顾|(?:完成|执行|落实|推进)(?:总体|整体|基本)?情况|总结|进展/;
/** A heading line that turns to the plan year without writing it: 主要预期目标, 二、今年工作安排, 新的一年工作. */
const PLAN_HEADING = new RegExp(
  `(^|\\n)(${SECTION_MARK}[ \\t]*(?:今年|明年|新的一年|本年度?)?[^\\n。，；：:]{0,10}?(?:主要预期目标|预期目标|主要目标|工作安排|工作打算|目标任务)[^\\n。，；]{0,8})(?=\\n)`,
  'g',
);
/** The labels that name who answers for a target or a task (责任单位：…, 牵头部门：…, a 分解表's column). */
const ANSWERING_LABELS = ['牵头单位', '责任单位', '牵头部门', '责任部门'];
/** A block's content that is one department line and nothing else: 责任单位：区发展和改革局. */
const DEPARTMENT_LINE = new RegExp(`^\\s*(?:${ANSWERING_LABELS.join('|')})[:：][^\\n]*\\s*$`);
/** Words of a 分解表 header's department or task column, after its 序号 and a tab. */
const TABLE_HEADER_WORDS = [...ANSWERING_LABELS, '重点任务'];
/** A 考核 table's header with no 序号: a name column, a score column (分值, 权重) and a department column. */
const SCORED_TABLE_HEADER = new RegExp(`(^|\\n)([^\\n\\t]{1,12}\\t(?:${SCORE_WORDS})\\t[^\\n]*(?:单位|部门)[ \\t]*)(?=\\n|$)`);

const ONE_YEAR_OF_PERIOD = /之年|开局年|收官年|首年|第[一二三四五]年/;

/** The last year of the plan period `heading` names (“十五五”, 2026—2030年), else null. */
function periodEnd(heading: string): number | null {
  // “十五五”开局之年的主要目标任务: one year of the period, the plan's own.
  if (ONE_YEAR_OF_PERIOD.test(heading)) return null;
  return readPeriod(heading)?.last ?? null;
}

/** A figure with its unit: 5.4%, 300亿, 12个 — each tried from the first digit of its run only, so a long run of digits is read once. */
const FIGURES = /(?<!\d)\d[\d.,]*\s*(?:%|％|百分点|[万亿]|元|个|家|户|项|人)/g;

/** A heading over a plan's indicators (主要目标指标), as a five-year outline names them; a year's are 主要预期目标. */
const PERIOD_INDICATORS = /目标指标/;

/**
 * A five-year plan's outline presented to a congress (国务院编制了《…第十五个五年规划纲要（草案）》，提交大会审查): the
 * goals a report then gives for it are the period's, due at its end.
 */
const PLAN_PRESENTED = /编制了?《[^》\n]{0,60}?(?:五年规划|规划纲要)[^》\n]{0,30}》[^。\n]{0,30}?(?:提交|提请)[^。\n]{0,12}?审查/g;

/**
 * The line presenting a five-year plan's outline opens a part due at the period's end, up to the next part (a
 * digest's 2026年…总体要求): a report's short account of the outline lists its indicators under headings that name no
 * period (主要目标指标); presented, it ends a review part it stands in (二、关于…规划纲要草案 after 一、2025年工作回顾).
 */
function addPlanPresented(body: string, parts: Part[]): void {
  const starts = new Set(parts.map((p) => p.start));
  // Where the sentence before each match starts, found reading on from the match before: many matches on one
  // line would each read back over the whole line.
  let scanned = 0;
  let sentenceStart = 0;
  let lineStart = 0;
  let figures: RegExpExecArray[] | null = null;
  let lastFigure = -1;
  for (const m of body.matchAll(PLAN_PRESENTED)) {
    for (; scanned < m.index; scanned++) {
      if (SENTENCE_STOPS.has(body[scanned]!)) sentenceStart = scanned + 1;
      if (body[scanned] === '\n') lineStart = scanned + 1;
    }
    const start = lineStart;
    // (编制了《…纲要（草案）》 after a figure in its sentence is one more result of a review: 增长5.4%，高质量编制了….)
    // The figures are found once; the last to end before the match is the one that may stand in its sentence.
    figures ??= [...body.matchAll(FIGURES)];
    while (lastFigure + 1 < figures.length && figures[lastFigure + 1]!.index + figures[lastFigure + 1]![0].length <= m.index) lastFigure++;
    if (lastFigure >= 0 && figures[lastFigure]!.index >= sentenceStart) continue;
    if (starts.has(start) || periodEnd(m[0]) === null) continue;
    starts.add(start);
    parts.push({ heading: m[0], year: null, review: false, start, end: body.length });
  }
  parts.sort((a, b) => a.start - b.start);
}
/** What ends the sentence before a presented outline: a line break, 。 or ；. */
const SENTENCE_STOPS = new Set(['\n', '。', '；']);

/** The index of the first of `sorted` (ordered by start) that starts after `at`, or its length: a binary search. */
export function firstStartingAfter(sorted: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A verb of work, then a number with a counting or size unit and a noun: 建成 40 个文化驿站, 新增学位 2.7 万个. */
const FIGURE_WITH_NOUN =
  /[\u4e00-\u9fff]{2}\s*(?<!\d)\d+(?:\.\d+)?\s*(?:万\s*)?(?:个|所|家|户|条|处|座|部|名|人|张|套|项|公里|亩|平方米)(?![\u4e00-\u9fff]{0,2}(?:年|月))/;

/**
 * A rate or an amount closing its line after a word (县域内就诊率达到90%以上, 收入增长8%左右, 投资12亿元): a numbered line that
 * lost its 。 (7、…90%以上⏎8、…) states a figure; headings name a topic, they do not end on a figure.
 */
const FIGURE_CLOSES_LINE = /[\u4e00-\u9fff]\s*(?<![\d.])\d+(?:\.\d+)?\s*(?:%|‰|个百分点|(?:万|亿)?元)\s*(?:以上|左右|以内|以下)?\s*$/;

/** Departments named in brackets at the end of a line: …（责任单位：区科经局）, （牵头单位：…）. */
export const DEPARTMENTS_CLOSING = new RegExp(`[（(]\\s*(?:${ANSWERING_LABELS.join('|')}|主责单位)\\s*[:：][^（）()\\n]*[）)]\\s*$`);

/** A heading numbered at the top level: 二、. */
const TOP_SECTION_MARK = /^[一二三四五六七八九十]{1,3}、/;

const partYear = (written: string): number | null => (/^\d{4}$/.test(written) ? Number(written) : null);

/**
 * Where the first 分解表 header line starts: a line with 序号, then a tab, then a department or task
 * column (序号⇥重点任务⇥牵头单位). Line by line with indexOf, not one regex: /[^\n]*序号[^\n]*\t…/ went
 * back to every 序号 of a long line without a tab and read on to its end from each (quadratic).
 */
function decompositionHeaderAt(text: string): number | null {
  for (let serial = text.indexOf('序号'); serial !== -1;) {
    const lineStart = text.lastIndexOf('\n', serial) + 1;
    const newline = text.indexOf('\n', serial);
    const lineEnd = newline === -1 ? text.length : newline;
    const rest = text.slice(serial + 2, lineEnd);
    const tab = rest.indexOf('\t');
    if (tab !== -1 && TABLE_HEADER_WORDS.some((w) => rest.includes(w, tab + 1))) return lineStart;
    serial = newline === -1 ? -1 : text.indexOf('序号', newline);
  }
  return null;
}

/** Finds parts, numbered blocks and where the body ends in cleaned plan text. */
export function readOutline(text: string): Outline {
  const scored = SCORED_TABLE_HEADER.exec(text);
  const tableHeader = decompositionHeaderAt(text) ?? (scored ? scored.index + scored[1]!.length : null);
  const bodyEnd = tableHeader === null ? text.length : attachmentStart(text, tableHeader);
  const body = text.slice(0, bodyEnd);

  const parts: Part[] = [];
  for (const m of body.matchAll(PART_HEADING)) {
    const start = m.index + m[1]!.length;
    parts.push({ heading: m[2]!.trim(), year: partYear(m[3]!), review: REVIEW.test(m[2]!), start, end: bodyEnd });
  }
  const lineParts = new Set(parts.map((p) => p.start));
  for (const m of body.matchAll(INLINE_PART_HEADING)) {
    if (lineParts.has(m.index)) continue;
    parts.push({ heading: m[1]!, year: partYear(m[2]!), review: REVIEW.test(m[1]!), start: m.index, end: bodyEnd });
  }
  parts.sort((a, b) => a.start - b.start);
  // A review part ends at a heading that turns to the plan without naming its year (主要预期目标). A heading
  // naming a plan period's goals (“十五五”时期主要目标和重大任务：) opens a part due at the period's end, review or
  // none before it: a digest of a yearly report lists the period's indicators under it, then the year's.
  const planHeadings = [...body.matchAll(PLAN_HEADING)];
  const firstReview = parts.find((p) => p.review);
  const firstPeriodGoals = planHeadings.find((m) => !REVIEW.test(m[2]!) && periodEnd(m[2]!) !== null);
  const opensAt = Math.min(firstReview ? firstReview.start + 1 : Infinity, firstPeriodGoals ? firstPeriodGoals.index + firstPeriodGoals[1]!.length : Infinity);
  if (opensAt !== Infinity) {
    const starts = new Set(parts.map((p) => p.start));
    for (const m of planHeadings) {
      const start = m.index + m[1]!.length;
      // 二、“十三五”主要目标指标完成情况 reviews the goals it names: the review goes on.
      if (start >= opensAt && !starts.has(start) && !REVIEW.test(m[2]!)) parts.push({ heading: m[2]!.trim(), year: null, review: false, start, end: bodyEnd });
    }
    parts.sort((a, b) => a.start - b.start);
  }
  addPlanPresented(body, parts);
  parts.forEach((p, i) => {
    if (parts[i + 1]) p.end = parts[i + 1]!.start;
    // 主要目标指标 under a presented outline (or a period's part) names that period's indicators: its due year goes on.
    const inherited = p.year === null && PERIOD_INDICATORS.test(p.heading) ? (parts[i - 1]?.due ?? null) : null;
    const due = p.review ? null : (periodEnd(p.heading) ?? inherited);
    if (due !== null) p.due = due;
  });

  const markers = findMarkers(body, parts);
  // A numbered part due at a period's end (二、“十五五”时期主要目标) ends at the next top heading
  // (三、2025年主要目标任务（…）, one no part pattern reads): its due year dates its own section only.
  for (const p of parts) {
    if (p.due === undefined || !TOP_SECTION_MARK.test(p.heading)) continue;
    for (let k = firstStartingAfter(markers, p.start); k < markers.length && markers[k]!.start < p.end; k++) {
      if (markers[k]!.level !== 1) continue;
      p.end = markers[k]!.start;
      break;
    }
  }
  const blocks: Block[] = [];
  const path: string[] = [];
  markers.forEach((m, i) => {
    const next = markers[i + 1]?.start ?? bodyEnd;
    const partEnd = parts[firstStartingAfter(parts, m.start)]?.start ?? bodyEnd;
    const end = Math.min(next, partEnd);
    path.length = m.level - 1;
    path[m.level - 1] = m.number;
    const afterMarker = m.start + m.length;
    const rest = body.slice(afterMarker, end);
    const stop = rest.search(/[。\n]/);
    // An item line closed by ；is one item of a list (1.地区生产总值增长15%；), never a heading.
    // A line the text's end cuts (no break, nothing under it) is an item a copy cut short, not a heading.
    const cutAtEnd = stop === -1 && end === bodyEnd;
    const headingStyle = !cutAtEnd && (stop === -1 || rest[stop] === '\n') && !/[；;]\s*$/.test(rest.slice(0, stop === -1 ? rest.length : stop));
    const titleEnd = stop === -1 ? rest.length : stop;
    const title = rest.slice(0, titleEnd).trim();
    // A heading line with only a department line under it (（一）地区生产总值增长7%以上⏎责任单位：…) is a
    // target and who answers for it: the heading is read with the line that names its departments.
    const departmentsOnly = headingStyle && DEPARTMENT_LINE.test(rest.slice(titleEnd));
    // （一）建成 40 个文化驿站 over its paragraph: a heading that states a count or amount with its noun is read too.
    // 2.规模以上工业增加值增长10%左右(责任单位:区科经局): a line closed by who answers for it is an item, not a heading;
    // so is one closed by a rate or an amount (7、县域内就诊率达到90%以上⏎8、…), whose 。 was lost.
    const statesFigure = headingStyle && (FIGURE_WITH_NOUN.test(title) || FIGURE_CLOSES_LINE.test(title) || DEPARTMENTS_CLOSING.test(title));
    const contentStart = headingStyle && !departmentsOnly && !statesFigure ? afterMarker + Math.min(rest.length, titleEnd + 1) : afterMarker;
    const hasContent = headingStyle ? body.slice(contentStart, end).trim().length > 0 : true;
    blocks.push({
      level: m.level,
      number: m.number,
      section: path.filter(Boolean).join(''),
      title,
      start: m.start,
      contentStart,
      end,
      hasContent,
    });
  });
  return { parts, blocks, bodyEnd, tableHeader };
}

interface Marker {
  level: 1 | 2 | 3;
  number: string;
  value: number;
  start: number;
  length: number;
}

const CHINESE_NUMERALS = '一二三四五六七八九十';
const LINE_INDENT = ' \t\u3000';
/** What may end the text before an inline 一、: a finished sentence, or a closed bracket. */
const INLINE_MARKER_AFTER = '。；）';

/**
 * Level-1 markers (一、 up to three numerals): at a line start, after the spaces a web page indents by, or inline right
 * after a finished sentence (seed 003 runs items together). Found from each 、 backward rather than by a pattern
 * opening at every character (a line start or a look-behind), which cost the most of any single pass over the text.
 */
function levelOneMarkers(body: string): (Marker & { lineStart: boolean })[] {
  const found: (Marker & { lineStart: boolean })[] = [];
  for (let comma = body.indexOf('、'); comma !== -1; comma = body.indexOf('、', comma + 1)) {
    let start = comma;
    while (start > 0 && comma - start < 4 && CHINESE_NUMERALS.includes(body[start - 1]!)) start--;
    const length = comma - start;
    if (length === 0 || length > 3) continue;
    let before = start - 1;
    while (before >= 0 && LINE_INDENT.includes(body[before]!)) before--;
    const lineStart = before < 0 || body[before] === '\n';
    if (!lineStart && (before !== start - 1 || !INLINE_MARKER_AFTER.includes(body[before]!))) continue;
    const written = body.slice(start, comma + 1);
    found.push({ level: 1, number: written, value: sectionNumberValue(body.slice(start, comma)), start, length: written.length, lineStart });
  }
  return found;
}

function findMarkers(body: string, parts: readonly Part[]): Marker[] {
  const all = levelOneMarkers(body);
  for (const { level, pattern } of MARKERS) {
    for (const m of body.matchAll(pattern)) {
      const start = m.index + m[1]!.length;
      const written = body.slice(start, m.index + m[0].length);
      all.push({
        level,
        number: written,
        value: sectionNumberValue(m[2]!),
        start,
        length: written.length,
        lineStart: m[1] !== '' || m.index === 0,
      });
    }
  }
  all.sort((a, b) => a.start - b.start);
  // An inline marker only counts when it continues its level's sequence; numbering may restart
  // in a new part (seed 002 numbers （一） again under 2024).
  const last = [0, 0, 0];
  const kept: Marker[] = [];
  for (const m of all) {
    if (Number.isNaN(m.value)) continue;
    // A part starts after the last marker kept and at or before this one: numbering restarts.
    const nextPart = parts[firstStartingAfter(parts, kept.at(-1)?.start ?? -1)];
    if (nextPart && nextPart.start <= m.start) last.fill(0);
    const previous = last[m.level - 1]!;
    if (!m.lineStart && m.value !== previous + 1) continue;
    last[m.level - 1] = m.value;
    kept.push(m);
  }
  return kept;
}

/** The start of the attachment title lines ("附件", "…分解表") just above a table header. */
function attachmentStart(text: string, header: number): number {
  let start = header;
  for (;;) {
    const lineEnd = start - 1;
    if (lineEnd < 0) break;
    // lastIndexOf with a negative start still looks at index 0: a text opening with blank lines
    // would give back the same line for ever.
    const lineStart = lineEnd === 0 ? 0 : text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd).trim();
    const attachmentLine = line.length <= 60 && (/^附件/.test(line) || TABLE_TITLE_END.test(line));
    if ((line !== '' && !attachmentLine) || lineStart >= start) break;
    start = lineStart;
  }
  return start;
}

/**
 * 2022年是新一届政府的开局之年, 今年是本届政府履职的第一年, 2021年是“十四五”开局之年: the plan year named as the first of a new
 * government term or of a plan period. Captures the year (none for 今年, the plan year) and the period's name.
 */
const FIRST_YEAR_OF = new RegExp(
  `(?:(\\d{4})\\s*年|今年)[，,]?(?:是|为)[^。；\\n]{0,20}?(?:(?:新一届|本届)[^。；\\n]{0,10}?|[“"‘]?(${PERIOD_NAMES})[”"’]?(?:规划)?的?)(?:开局之年|开局年|起步之年|第一年|首年)`,
);
/** Words that date a passage: a year, a year named relatively, a span looked back on or run from. */
const OWN_TIME_WORDS = /\d{4}\s*年|今年|去年|明年|上年|本年|全年|年内|过去|一年来|以来|新的一年/g;
/** A deadline: 到2026年, 至2025年底. */
const DEADLINE = /[到至]\s*(\d{4})\s*年/y;

/**
 * The year the aims before a report's part on its plan year are due, when the report calls that year the first of a new term
 * or of a plan period (…累计新增就业10万人。⏎三、2022年主要工作⏎2022年是新一届政府的开局之年): a page of the report opening inside
 * the aims of the term (the period), whose heading (今后五年的目标, “十四五”主要目标) the page cut. They are due at its end: the plan
 * year + 4 for a term, as 今后五年 in that report (corpus Decisions 12, 22), the period's last year for a period. Null unless the
 * heading at `preambleEnd` names the plan year (2022年…, 今年…), the sentence stands under it, and the text before names no time
 * of its own (a review's 去年, a 今年 aim, a year) but deadlines up to that end (到2026年突破500亿元).
 */
export function termAimsDue(text: string, preambleEnd: number, planYear: number | null): number | null {
  if (planYear === null || preambleEnd <= 0 || preambleEnd >= text.length) return null;
  const lineEnd = text.indexOf('\n', preambleEnd);
  const heading = text.slice(preambleEnd, lineEnd === -1 ? text.length : lineEnd);
  if (!heading.includes(`${planYear}年`) && !/今年|新的一年/.test(heading)) return null;
  const first = FIRST_YEAR_OF.exec(text.slice(preambleEnd, preambleEnd + 600));
  if (!first || (first[1] !== undefined && Number(first[1]) !== planYear)) return null;
  const period = first[2] === undefined ? null : PERIOD_YEARS.get(first[2])!;
  if (period && period.first !== planYear) return null;
  const due = period ? period.last : planYear + 4;
  return ownTimeBefore(text.slice(0, preambleEnd), due) ? null : due;
}

/** Whether a passage names a time of its own, other than a deadline after the plan year up to `due`. */
function ownTimeBefore(passage: string, due: number): boolean {
  for (const m of passage.matchAll(OWN_TIME_WORDS)) {
    DEADLINE.lastIndex = Math.max(0, m.index - 1);
    const deadline = m.index > 0 ? DEADLINE.exec(passage) : null;
    if (!deadline || Number(deadline[1]) > due || Number(deadline[1]) < due - 4) return true;
  }
  return false;
}
