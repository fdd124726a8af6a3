/**
 * The figures of a plan text that became neither a target nor a result (安装太阳能路灯2万盏: the grammar takes a measure
 * word it does not know as a unit only after a figure without 万), so a host can say which numbers the reader passed
 * over — a target missed is never silent ("no false pass").
 * Only figures a planner would miss are listed: years, dates, times, ordinals and list numbers, document and phone
 * numbers, URLs, identifiers glued to letters (5G, PM2.5, 4A级) and figures inside names (《…》, “…”) are not.
 * One pass over the text: linear in its length.
 */
import type { Plan, Span } from '../model.ts';
import { nameRanges, skipSpaces } from '../grammar/scan.ts';
import { isChineseNumeral, isDigit, scanNumber } from '../grammar/numbers.ts';
import { unitStartingAt } from '../grammar/units.ts';
import { cleanText, VIEW_COUNTER_WORDS } from './clean.ts';
import { originalSpan, type MappedText } from './mapped-text.ts';

export interface UnreadFigure {
  /** The figure with its unit or per cent sign as written: [start, end) into the text given. */
  span: Span;
  /** The text at `span`: 2万盏, 3.5%, 2-3个. */
  text: string;
  /** The sentence (or line) the figure stands in, [start, end) into the text given; in a long one, the characters around the figure only. */
  sentence: { span: Span; text: string };
}

/** Characters kept on each side of a figure, each side cut on its own (a line with no stop, a flattened table). */
const SENTENCE_REACH = 80;
/** Counting words the unit table lacks, written after a figure (2万盏, 20株): kept with the figure as its unit. */
const COUNTING_WORDS = new Set([...'盏株棵辆艘架部张本册条根块片只匹口眼处所栋幢间篇份门支队组类种级层节段对双把头期']);
/** Words after a number that make it a date, a time or a part of the calendar: 3月, 12日, 8时, 2季度, 10:30. */
const CALENDAR_AFTER = /^\s*(?:月|日|号|时|季度|周年|点\d|[:：]\s*\d)/;
/** 年 or 个月 after a number: a year (2025年) or a span of time (3年内, 6个月), a quantity only where it is reached (达到11年). */
const YEARS_AFTER = /^\s*(?:年|个月)/;
/** Words that reach a quantity, just before a figure: 受教育年限达到11年 is a duration aimed at, not a date. */
const REACHED_BEFORE =
  /(?:达到?|提高到|提高至|提升到|提升至|增加到|增至|延长到|延长至|缩短到|缩短至|降到|降至|控制在|保持在|稳定在|超过|不低于|不少于|不超过)$/;
/** Range marks between two numbers: 3-5家, 2021—2025年. */
const RANGE_MARKS = new Set([...'-—–~～至到－〜']);
/** Where a list number opens an item: after a line break or a sentence's end (…发展。2、加快…). */
const ITEM_OPENERS = new Set([...'\n。；;：:！？!?']);
/** Brackets around a list or reference number: （1）, (2), 【3】, [4]. */
const OPEN_BRACKETS = new Set([...'（([【〔']);
const CLOSE_BRACKETS = new Set([...'）)]】〕']);
/** Web addresses: their digits are paths, not figures. */
const URL = /(?:https?:\/\/|www\.)[\x21-\x7e]+/g;
/** 1.2023“两会”解读: an item's number glued to the year after it. */
const ITEM_BEFORE_YEAR = /^\d{1,2}\.(?:19|20)\d\d(?!\d)/;
/** A year joined to more digits by a dash, point or slash: a date (2024-02-29, 2024.1) or an index (2023-141193). */
const YEAR_JOINED = /^(?:19|20)\d\d\s*[-－/.]\s*\d/;
/** A page's counter left where cleaning keeps it (no time before it): 浏览量:186, 阅读：174 — the page's, not the plan's. */
const COUNTER_BEFORE = new RegExp(`${VIEW_COUNTER_WORDS}\\s*[:：]?\\s*$`);
const LABELS_BEFORE = /(?:表|图|附件|附表)\s*$/;
const SENTENCE_ENDS = new Set([...'。！？!?\n']);

/**
 * The figures of `text` outside every target's and actual's span of `plan` (read from that same text) and outside the
 * parts the reading passed over (`partsNotRead`: the attached table of another year, or the body when only the table
 * was read), in order. The figures are found in the text as the reader cleans it (cleanText: no page numbers, counters,
 * tags, Traditional or full-width forms) and given back as spans into `text`. Pure and linear; never throws.
 */
export function unreadFigures(text: string, plan: Pick<Plan, 'targets' | 'actuals' | 'partsNotRead'>): UnreadFigure[] {
  const clean = cleanText(text);
  const t = clean.text;
  const read = mergedSpans([...plan.targets.map((x) => x.span), ...plan.actuals.map((a) => a.span), ...(plan.partsNotRead ?? [])]);
  const names = nameRanges(t);
  // Inside 《…》 a figure is part of a title; inside “…” only a bare one is a name (“136”工程, “1+N”): a quoted figure with
  // its unit (“向40万辆发起冲击”) is one a planner reads.
  const titles = names.filter((r) => t[r.start] === '《').map((r): Span => [r.start, r.end]);
  const quotes = mergedSpans(names.filter((r) => t[r.start] !== '《').map((r): Span => [r.start, r.end]));
  const skipped = mergedSpans([...titles, ...urlSpans(t)]);
  const quoteCursor = { at: 0 };
  const figures: Span[] = [];
  const skipCursor = { at: 0 };
  let i = 0;
  while (i < t.length) {
    const ch = t[i]!;
    const arabic = isDigit(ch);
    if (!arabic && !(isChineseNumeral(ch) && !isChineseNumeral(t[i - 1]))) {
      i++;
      continue;
    }
    if (inSpans(skipped, i, skipCursor)) {
      i++;
      continue;
    }
    const figure = arabic ? arabicFigure(t, i) : chineseFigure(t, i);
    if (figure === null) {
      i = arabic ? skipToken(t, i) : i + 1;
      continue;
    }
    const bare = !/[^\d.,]/.test(t.slice(i, figure[1]));
    // (Cleaning may move a table's cells into reading order: spans back in the text are looked up, not walked.)
    if (!overlapsAny(read, originalSpan(clean, figure[0], figure[1])) && !(bare && inSpans(quotes, i, quoteCursor))) figures.push(figure);
    i = figure[1];
  }
  return withSentences(text, clean, figures);
}

/**
 * The sentence cut around its figure for a line of `width` characters at most (unless the figure alone is wider):
 * before, the figure, after (… where cut). Hosts mark the figure between them.
 */
export function figureInSentence(figure: UnreadFigure, width = 60): { before: string; figure: string; after: string } {
  const [start, end] = figure.sentence.span;
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(figure.sentence.text.slice(0, figure.span[0] - start)).trimStart();
  const after = flat(figure.sentence.text.slice(figure.span[1] - start, end - start)).trimEnd();
  const room = Math.max(0, width - figure.text.length);
  const keepBefore = Math.min(before.length, Math.max(Math.ceil(room / 2), room - after.length));
  const keepAfter = Math.min(after.length, room - keepBefore);
  // A side cut keeps `keep` characters with its … among them: none at all when there is no room.
  const cutBefore = keepBefore < before.length ? (keepBefore === 0 ? '' : `…${before.slice(before.length - keepBefore + 1)}`) : before;
  const cutAfter = keepAfter < after.length ? (keepAfter === 0 ? '' : `${after.slice(0, keepAfter - 1)}…`) : after;
  return { before: cutBefore, figure: figure.text, after: cutAfter };
}

/**
 * An Arabic figure at `start` of the cleaned text with its range and unit, or null when it is a year, a date, a time,
 * a number of a list or a document, or an identifier.
 */
function arabicFigure(text: string, start: number): Span | null {
  if (isTimeOrCode(text, start)) return null;
  const number = scanNumber(text, start);
  if (number === null || isMasked(text, number.end) || isLabelOrCode(text, start, number.end)) return null;
  const range = rangeEnd(text, start, number.end);
  if (range === null || isOrdinal(text, start)) return null;
  const { end, upper } = range;
  if (CALENDAR_AFTER.test(text.slice(end, end + 4))) return null;
  const digits = number.end - start;
  if (YEARS_AFTER.test(text.slice(end, end + 4))) {
    if (isYearNumber(number.value, digits) || !REACHED_BEFORE.test(text.slice(Math.max(0, start - 3), skipSpacesBack(text, start)))) return null;
    return [start, end + YEARS_AFTER.exec(text.slice(end, end + 4))![0].length];
  }
  const unitEnd = unitEndAt(text, end);
  if (isListNumber(text, start, number.end, number.value)) return null;
  if (upper === null && COUNTER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && /^\s*次?$/.test(text.slice(end, unitEnd))) return null;
  if (unitEnd === end && isUnitlessNonFigure(text, start, end, number.value, digits, upper)) return null;
  return [start, unitEnd];
}

/**
 * A time's minutes (10:30, 16: 47); a date or an index written with dashes, points or slashes (2024-02-29, 2024.01.05,
 * 2023-141193); a number padded with zeros (04-30, 001008); digits after a reposting site's masking stars (202*年).
 */
function isTimeOrCode(text: string, start: number): boolean {
  const colon = skipSpacesBack(text, start) - 1;
  if ((text[colon] === ':' || text[colon] === '：') && isDigit(text[skipSpacesBack(text, colon) - 1])) return true;
  if (YEAR_JOINED.test(text.slice(start, start + 8)) || /^0(?!\.\d)/.test(text.slice(start, start + 2))) return true;
  return isStar(text[start - 1]) || (text[start - 1] === '.' && isStar(text[start - 2]));
}

/** Masking stars after the number (2112.*亿元, 202*年): the figure is not all there. */
function isMasked(text: string, end: number): boolean {
  return isStar(text[end]) || (text[end] === '.' && isStar(text[end + 1]));
}

/**
 * 表1, 图2, 附件3 (a table's, a figure's or an attachment's number), or glued to Latin letters: 5G, PM2.5, G60, 4A级, 20XX —
 * a name or a code (GDP2917亿元 is read by the grammar).
 */
function isLabelOrCode(text: string, start: number, end: number): boolean {
  if (LABELS_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return true;
  return isLatin(text[start - 1]) || text[start - 1] === '_' || (isLatin(text[end]) && unitStartingAt(text, end) === null);
}

/**
 * Where the figure's number ends, with a range's upper bound (3-5家, 2021—2025): `end` and null when there is no range,
 * null when the two numbers are a date or a phone number (2024-02-29, 0551-1234567).
 */
function rangeEnd(text: string, start: number, end: number): { end: number; upper: number | null } | null {
  let k = skipSpaces(text, end);
  if (!RANGE_MARKS.has(text[k]!)) return { end, upper: null };
  while (text[k] === '—' || text[k] === '-') k++;
  const next = scanNumber(text, skipSpaces(text, k + (RANGE_MARKS.has(text[k]!) ? 1 : 0)));
  if (!next || next.chinese) return { end, upper: null };
  return isDateOrPhone(text, start, next.end) ? null : { end: next.end, upper: next.value };
}

/** 第3, 第三批: an ordinal. */
function isOrdinal(text: string, start: number): boolean {
  return text[skipSpacesBack(text, start) - 1] === '第';
}

/** A number with no unit that is no figure: a year alone, a document's or phone's number, a programme's name, a row number. */
function isUnitlessNonFigure(text: string, start: number, end: number, value: number, digits: number, upper: number | null): boolean {
  // A year alone (2024 in a headline, 〔2024〕12号): four digits from 1900 to 2100, a range of them too.
  if (isYearNumber(value, digits) && (upper === null || isYearNumber(upper, 4))) return true;
  // A document's or a phone's number, an ICP record: seven digits or more (digits joined by dashes are isDateOrPhone's).
  if (digits >= 7 && !text.slice(start, start + digits).includes('.')) return true;
  // ‘9+1’产业, 1+N: numbers joined by + name a programme.
  if (text[start - 1] === '+' || text[end] === '+') return true;
  // 1, 2, 3 alone in their cells down a flattened table: its rows' numbers (序号).
  return upper === null && digits <= 3 && fillsCell(text, start, end);
}

/** A Chinese numeral before a unit of the table (十五家, 三千万元), ten or more or money: smaller ones are words (一个, 三大). */
function chineseFigure(text: string, start: number): Span | null {
  const number = scanNumber(text, start);
  if (number === null || !number.chinese || text[skipSpacesBack(text, start) - 1] === '第') return null;
  const unit = unitStartingAt(text, number.end) ?? '';
  // 两千亿, 五千万: a sum in words needs no unit to be a figure.
  const sum = number.value >= 1e4 && /[万亿]/.test(text.slice(start, number.end));
  if ((unit === '' && !sum) || (number.value < 10 && !unit.endsWith('元'))) return null;
  if (CALENDAR_AFTER.test(text.slice(number.end, number.end + 4)) || YEARS_AFTER.test(text.slice(number.end, number.end + 4))) return null;
  return [start, unitEndAt(text, number.end)];
}

/** Where the unit after a figure ends: 多/余, a unit of the table, % or a counting word (盏); `end` when none. */
function unitEndAt(text: string, end: number): number {
  const from = skipSpaces(text, end);
  const ahead = text.slice(from, from + 8);
  let i = 0;
  if (ahead[i] === '多' || ahead[i] === '余') i++;
  if (ahead.startsWith('个百分点', i)) return from + i + 4;
  const unit = unitStartingAt(ahead, i);
  if (unit !== null) return from + i + unit.length;
  if (ahead[i] === '%' || ahead[i] === '‰') return from + i + 1;
  if (COUNTING_WORDS.has(ahead[i] ?? '')) return from + i + 1;
  return i > 0 ? from + i : end;
}

/** 2024-02-29, 2024/1/5, 0551-1234567: digits joined by dashes or slashes that are a date or a phone number. */
function isDateOrPhone(text: string, start: number, secondEnd: number): boolean {
  const written = text.slice(start, secondEnd);
  if (/^0\d{2,3}\s*[-－]\s*\d{7,8}$/.test(written) || /^\d{3}[-－]\d{3}/.test(written)) return true;
  const third = text.slice(secondEnd, secondEnd + 3);
  return /^(?:19|20)\d\d\s*[-/.]\s*\d{1,2}$/.test(written) && /^[-/.]\d/.test(third);
}

/** 1、 2. （3） at a line's or an item's start, and bracketed reference numbers anywhere: the number of a list. */
function isListNumber(text: string, start: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || end - start > 3) return false;
  if (OPEN_BRACKETS.has(text[start - 1]!) && CLOSE_BRACKETS.has(text[end]!)) return true;
  const opener = skipSpacesBack(text, start);
  const opensItem = opener === 0 || ITEM_OPENERS.has(text[opener - 1]!);
  if (!opensItem) return false;
  if (ITEM_BEFORE_YEAR.test(text.slice(start, start + 8))) return true;
  const after = text[end];
  // 2大力传承…: a number of one or two digits opening its line, the item's words straight after it.
  const opensLine = opener === 0 || text[opener - 1] === '\n';
  if (opensLine && end - start <= 2 && /[\u4e00-\u9fff]/.test(after ?? '') && unitEndAt(text, end) === end) return true;
  return after === '、' || after === ')' || after === '）' || (after === '.' && !isDigit(text[end + 1])) || after === ' ' || after === '\t';
}

/** Only spaces between the figure and its line's or tab cell's ends. */
function fillsCell(text: string, start: number, end: number): boolean {
  const before = text[skipSpacesBack(text, start) - 1];
  const after = text[skipSpaces(text, end)];
  // A page number closing a contents line (…工作回顾 2) stands after a space.
  const spaced = /\s/.test(text[start - 1] ?? '');
  const cellEnd = after === undefined || after === '\n' || after === '\t';
  return cellEnd && (before === undefined || before === '\n' || before === '\t' || spaced);
}

function isYearNumber(value: number, digits: number): boolean {
  return digits === 4 && Number.isInteger(value) && value >= 1900 && value <= 2100;
}

function isStar(ch: string | undefined): boolean {
  return ch === '*' || ch === '＊';
}

function isLatin(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0) | 0x20;
  return c >= 97 && c <= 122;
}

/** Past an identifier's letters, digits and points (PM2.5, v1.2.3), so its digits are not read one by one. */
function skipToken(text: string, i: number): number {
  let k = i + 1;
  while (k < text.length && (isDigit(text[k]) || isLatin(text[k]) || text[k] === '.' || text[k] === '-')) k++;
  return k;
}

function skipSpacesBack(text: string, i: number): number {
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u3000' || text[i - 1] === '\u00a0' || text[i - 1] === '\t')) i--;
  return i;
}

function urlSpans(text: string): Span[] {
  return [...text.matchAll(URL)].map((m): Span => [m.index, m.index + m[0].length]);
}

/** Spans sorted and merged where they touch: a cursor then walks them once. */
function mergedSpans(spans: Span[]): Span[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** Whether `pos` lies in one of `spans`; positions asked must rise (the cursor moves on). */
function inSpans(spans: readonly Span[], pos: number, cursor: { at: number }): boolean {
  while (cursor.at < spans.length && spans[cursor.at]![1] <= pos) cursor.at++;
  return cursor.at < spans.length && spans[cursor.at]![0] <= pos;
}

/** Whether [start, end) overlaps one of the merged, sorted `spans` (a binary search). */
function overlapsAny(spans: readonly Span[], [start, end]: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]![0] < end;
}

/**
 * Each figure with the sentence it stands in, found on the cleaned text (sentence ends found once, walked with the figures
 * in order) and given back as spans into `original`, with the text written there.
 */
function withSentences(original: string, clean: MappedText, figures: readonly Span[]): UnreadFigure[] {
  const text = clean.text;
  const out: UnreadFigure[] = [];
  let sentenceStart = 0;
  let scanned = 0;
  for (const figure of figures) {
    // Move the sentence start up to the last end before the figure (each character read once over all figures).
    for (; scanned < figure[0]; scanned++) if (SENTENCE_ENDS.has(text[scanned]!)) sentenceStart = scanned + 1;
    let sentenceEnd = figure[1];
    const limit = Math.min(text.length, figure[1] + SENTENCE_REACH);
    while (sentenceEnd < limit && !SENTENCE_ENDS.has(text[sentenceEnd]!)) sentenceEnd++;
    if (text[sentenceEnd] !== undefined && text[sentenceEnd] !== '\n' && sentenceEnd < limit) sentenceEnd++;
    let from = Math.max(sentenceStart, figure[0] - SENTENCE_REACH);
    while (from < figure[0] && /\s/.test(text[from]!)) from++;
    let to = sentenceEnd;
    while (to > figure[1] && /\s/.test(text[to - 1]!)) to--;
    const span = originalSpan(clean, figure[0], figure[1]);
    // The sentence's span holds the figure's even where cleaning moved cells (coveringSpan may start after it).
    const [s, e] = originalSpan(clean, from, to);
    const sentence: Span = [Math.min(s, span[0]), Math.max(e, span[1])];
    out.push({ span, text: original.slice(span[0], span[1]), sentence: { span: sentence, text: original.slice(sentence[0], sentence[1]) } });
  }
  return out;
}
