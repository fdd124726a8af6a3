/**
 * Responsible departments, read from the lists plans put in parentheses at the end of a sentence
 * or item: "（市经信局、市发改委）", "（…按职责分工负责）", "（责任单位：…）",
 * "牵头单位：… 配合单位：…".
 *
 * Who leads in a plain list: the first named department leads and the rest are partners (the
 * usual convention of these documents: "排在第一位的为牵头单位"). Collective entries — "各县区政府",
 * "有关乡镇", "…为落实主体/责任主体" — are implementing bodies, never the lead: they become
 * partners, and the lead is the first department that is not collective. A note such as
 * "（…为落实主体，以下不再列出）" or "（…为责任主体，下同）" makes those bodies standing partners of
 * every later target in the document.
 */
import { parseChineseNumeral } from '../grammar/numbers.ts';
import { firstHolding } from '../grammar/matches.ts';

export interface DepartmentList {
  leads: string[];
  partners: string[];
  /** Implementing bodies declared once for everything that follows ("以下不再列出", "下同"). */
  standing: string[];
}

const DEPARTMENT_NAME =
  /(?:局|委|办|中心|政府|管委会?|公司|支行|分行|分局|法院|中院|检察院|单位|专班|工商联|企联|开发区|乡镇|街道|县区|商会|协会|运营商|企业|部|厅|署|处|站|所|院|团|会|行)$|^(?:市|区|县|省|各|人行|国家|有关|相关)[^区园]/;
// 市政府各部门, 市级其他有关单位: every department of a scope, named after its scope, is collective too.
const COLLECTIVE = /^(?:各|有关|相关|全市|全区|全县)|为(?:落实|责任|实施)主体|县区|乡镇$|(?:各|有关|相关)(?:部门|单位)$/;
const STANDING_NOTE = /以下不再列出|下同|以下同/;
const IMPLEMENTERS = /^(.+?)(?:为|作为)(?:落实|责任|实施)主体/;
// 配合 closes the partners of “A牵头，B配合”, as 牵头 closes the lead.
const DUTY_SUFFIX = /(?:按职责分工负责|按职责分工|分工负责|共同负责|负责|牵头|配合)$/;
/** The text cut at ；;，, (a loop: `split` with a pattern copies the pattern on every call). */
function splitOnClauseMarks(text: string): string[] {
  const clauses: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '；' || ch === ';' || ch === '，' || ch === ',') {
      clauses.push(text.slice(from, i));
      from = i + 1;
    }
  }
  clauses.push(text.slice(from));
  return clauses;
}

/** Labels before a list; 部门分工/责任分工 head a line “部门分工：A牵头，B配合” under a target. */
const LABEL = /^(?:责任单位|责任部门|牵头单位|配合单位|主要责任单位|部门分工|责任分工)[:：]?/;

/** An official named before the departments (分管副省长, 协管副秘书长, 分管副市长): a person. */
const OFFICIAL = /(?:省长|市长|县长|区长|州长|旗长|秘书长|书记|主任)$/;

/** Parses the inside of a department parenthetical; null when it is not a department list. */
export function parseDepartmentList(inner: string): DepartmentList | null {
  const text = inner.slice(0, endBefore(inner, SPACE_OR_STOP)).replace(/\s+/g, '');
  if (text === '') return null;
  const explicit = parseLabelledList(text);
  if (explicit) return explicit;

  const plain: string[] = [];
  const implementers: string[] = [];
  let standing = false;
  for (const clause of splitOnClauseMarks(text)) {
    const c = clause.replace(LABEL, '');
    if (c === '') continue;
    if (STANDING_NOTE.test(c) && !IMPLEMENTERS.test(c)) {
      standing = true;
      continue;
    }
    const implementer = IMPLEMENTERS.exec(c);
    if (implementer) {
      for (const name of splitNames(implementer[1]!)) implementers.push(name);
      if (STANDING_NOTE.test(c)) standing = true;
      continue;
    }
    // (One by one: a list of some hundred thousand names spread into push would overflow the stack.)
    for (const name of splitNames(c.replace(DUTY_SUFFIX, ''))) plain.push(name);
  }
  // 分管副省长、协管副秘书长负责: the officials who oversee the work are persons, not departments.
  for (const list of [plain, implementers]) {
    for (let i = list.length - 1; i >= 0; i--) if (OFFICIAL.test(list[i]!)) list.splice(i, 1);
  }
  const names = [...plain, ...implementers];
  if (names.length === 0) return null;
  // Names shorter than 3 characters ("（区）" in "先进县（区）") do not vote for a list.
  const departmentLike = names.filter((n) => n.length >= 3 && DEPARTMENT_NAME.test(n)).length;
  if (departmentLike === 0 || departmentLike / names.length < 0.6) return null;

  const leadIndex = plain.findIndex((n) => !COLLECTIVE.test(n));
  const leads = leadIndex === -1 ? [] : [plain[leadIndex]!];
  const partners = [...plain.filter((_, i) => i !== leadIndex), ...implementers];
  return { leads, partners, standing: standing ? implementers : [] };
}

/** "牵头单位：A、B 配合单位：C" — the labels say who leads. */
function parseLabelledList(text: string): DepartmentList | null {
  const lead = /牵头(?:单位|部门)[:：]([^；;。]*?)(?=[；;，,]?配合|$)/.exec(text);
  const partner = /配合(?:单位|部门)[:：]([^；;。]*)/.exec(text);
  if (!lead && !partner) return null;
  return {
    leads: lead ? splitNames(lead[1]!) : [],
    partners: partner ? splitNames(partner[1]!) : [],
    standing: [],
  };
}

/** Splits a list of department names on 、，, and tidies each. */
export function splitNames(list: string): string[] {
  // (Loops, not flatMap/map/filter chains: this runs on every bracket closing a sentence.)
  const names: string[] = [];
  for (const piece of splitOutsideBrackets(list)) {
    for (const part of splitRunTogether(piece)) {
      const name = tidyName(part);
      if (name.length > 0) names.push(name);
    }
  }
  return names;
}

/** Every split point of RUN_TOGETHER stands between one of 局委办厅 and one of 区市县省. */
const RUN_TOGETHER_PAIR = /[局委办厅][区市县省]/;

/** A name cut where two run together (市发改委市财政局); most have no such pair, and `split` copies its pattern per call. */
function splitRunTogether(name: string): string[] {
  return RUN_TOGETHER_PAIR.test(name) ? name.split(RUN_TOGETHER) : [name];
}

/**
 * A name without its label, duty word, opening bracket, full stop and an unmatched closing bracket. (Characters
 * compared, not one pattern each: five replaces a name added up.)
 */
function tidyName(raw: string): string {
  let n = raw.replace(LABEL, '').replace(DUTY_SUFFIX, '');
  if (n.startsWith('（') || n.startsWith('(')) n = n.slice(1);
  if (n.endsWith('。')) n = n.slice(0, -1);
  // (The opening bracket is looked for in the raw name, before what precedes the closing one was trimmed.)
  if ((n.endsWith('）') || n.endsWith(')')) && !/[（(]/.test(raw.slice(0, n.length - 1))) n = n.slice(0, -1);
  return n.trim();
}

const NAME_SEPARATOR = /[、，,；;\s]/;
/** NAME_SEPARATOR, with the Chinese characters that make up most of a list skipped without a pattern. */
function isNameSeparator(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code < 0x4e00 || code > 0x9fff) && NAME_SEPARATOR.test(ch);
}
/** Brackets a name may carry: 各区县政府<含南太湖新区、长合区管委会> writes its aside in angle brackets. */
const OPENING = '（(<＜〈';
const CLOSING = '）)>＞〉';

/**
 * The list cut at its separators, but not inside a bracket that belongs to a name: 各镇（街道、园区）
 * and 市委组织部（市委人才办） are one name each. A bracket opening the list is the list's own.
 */
function splitOutsideBrackets(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i]!;
    if (OPENING.includes(ch) && i > from) depth++;
    else if (CLOSING.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && isNameSeparator(ch)) {
      if (i > from) names.push(list.slice(from, i));
      from = i + 1;
    }
  }
  if (from < list.length) names.push(list.slice(from));
  return names;
}

/**
 * Two names run together with no separator (a table cell: 区发改委区统计局): split where a name
 * ending 局/委/办/厅 is followed by another that opens with its scope (区, 市, 县, 省) and ends so too.
 */
const RUN_TOGETHER = /(?<=[局委办厅])(?=[区市县省][\u4e00-\u9fff]{1,12}[局委办厅]$)/;

// Module-level: trailingDepartments runs on every sentence, and a literal is a new object per call.
// 部门分工：/责任分工： heads other words too (按本方案执行): a list only when it says who leads (牵头, 负责).
// The lookahead checks the whole line for brackets once: without it, a line of many 牵头 ending in a
// bracket was read to its end again from each 牵头 (quadratic).
const LABELLED_LINE =
  /^(?:(?:责任单位|责任部门|牵头单位|主要责任单位)[:：][^（()）]+|(?:部门分工|责任分工)[:：](?=[^（()）]*$)[^（()）]*?(?:牵头|负责)[^（()）]*)$/;
/** ，责任单位为 / ，牵头部门均是: a clause that names who answers, the list after it. */
const DUTY_CLAUSE = String.raw`[，,]\s*(?:责任单位|责任部门|牵头单位|牵头部门)均?(?:为|是)`;
const DUTY_LIST = '[^，,。；;（）()]{2,60}';
/** ，责任单位为区发改委； closing a sentence: its department list, written as a clause. */
const INLINE_DUTY = new RegExp(`${DUTY_CLAUSE}(${DUTY_LIST})[。；;，,\\s]*$`);
/** ，责任单位为X； inside a sentence: it closes the items before it (a line of several targets, each with its own). */
export const DUTY_CLAUSE_END = new RegExp(`${DUTY_CLAUSE}${DUTY_LIST}[；;]`, 'g');
const STOP = /[\s。；;，,]/;
/** A space or a 。 (the stops a department list's inside may close with). */
const SPACE_OR_STOP = /[\s。]/;

/**
 * Where `text` ends once the characters `stop` matches are left off its end: read back from the end. (A `[…]*$` regex
 * tries each such character inside the text too, reading its run on to the run's end: quadratic on a long run.)
 */
function endBefore(text: string, stop: RegExp): number {
  let end = text.length;
  while (end > 0 && stop.test(text[end - 1]!)) end--;
  return end;
}
const FULL_OPEN = '（'.charCodeAt(0);
const ASCII_OPEN = '('.charCodeAt(0);
const FULL_CLOSE = '）'.charCodeAt(0);
const ASCII_CLOSE = ')'.charCodeAt(0);

/**
 * A bracket closing a list that says which of its names leads (列第一位者为工作牵头单位, 排在第一位的为牵头
 * 单位，下同): the documents' own rule, which a plain list follows anyway.
 */
const ORDER_NOTE = /[（(](?:[^（()）]{0,4}(?:列|排|排名|位列)(?:在)?第[一1]位?[^（()）]{0,16}牵头[^（()）]{0,16})[）)][\s。；;，,]*$/;

/** A department parenthetical that closes a sentence: where it is and what it says. */
export interface DepartmentMention extends DepartmentList {
  /** Offsets of the parenthetical (brackets included) in the string searched. */
  start: number;
  end: number;
}

/**
 * The department list at the end of a sentence ("…增长15%（市经信局、市发改委）。"), forming a
 * sentence of its own ("（责任单位：…。）"), or an unbracketed labelled line ("牵头单位：…"); or null.
 */
export function trailingDepartments(sentence: string, cutOff = false): DepartmentMention | null {
  // (列第一位者为工作牵头单位或汇总单位，下同): a note on how the list before it reads, no list itself.
  // (ORDER_NOTE and INLINE_DUTY each need a word tested first with includes: most sentences have neither.)
  const note = firstHolding('牵头', ORDER_NOTE, sentence);
  if (note) {
    const found = trailingDepartments(sentence.slice(0, note.index), cutOff);
    return found && mentionOf(found, found.start, note.index + note[0].length);
  }
  // An unbracketed line of its own: "责任单位：市经信局、市财政局" / "牵头单位：…；配合单位：…".
  const labelled = LABELLED_LINE.exec(sentence.trim());
  if (labelled) {
    const list = parseDepartmentList(labelled[0]);
    const start = sentence.indexOf(labelled[0]);
    if (list) return mentionOf(list, start, start + endBefore(labelled[0], STOP));
  }
  // …增长8%（…），责任单位为区经信局: a clause naming who answers, closing the sentence.
  const inline = firstHolding(['责任', '牵头'], INLINE_DUTY, sentence);
  if (inline) {
    const list = parseDepartmentList(inline[1]!);
    if (list) return mentionOf(list, inline.index, inline.index + endBefore(inline[0], STOP));
  }
  // Walk back from the closing bracket to its opening one (a scan, not a backtracking regex).
  const close = endBefore(sentence, STOP);
  if (close > 0 && cutOff && sentence[close - 1] !== '）' && sentence[close - 1] !== ')') return cutDepartments(sentence);
  if (close === 0 || (sentence[close - 1] !== '）' && sentence[close - 1] !== ')')) return null;
  let depth = 0;
  let open = -1;
  // Character codes: this walks back over whole sentences, and a string per character adds up.
  for (let i = close - 1; i >= 0; i--) {
    const ch = sentence.charCodeAt(i);
    if (ch === FULL_CLOSE || ch === ASCII_CLOSE) depth++;
    else if (ch === FULL_OPEN || ch === ASCII_OPEN) {
      depth--;
      if (depth === 0) {
        open = i;
        break;
      }
    }
  }
  if (open === -1) return null;
  const list = parseDepartmentList(sentence.slice(open + 1, close - 1));
  if (!list) return null;
  return mentionOf(list, open, close);
}

/**
 * A bracket the excerpt cuts off at the text's end (…下降2.5%（省发展改革委牵头，省工业和信息化厅、省): the
 * names written whole before the cut, the last, cut one left out.
 */
function cutDepartments(sentence: string): DepartmentMention | null {
  const open = Math.max(sentence.lastIndexOf('（'), sentence.lastIndexOf('('));
  if (open === -1 || /[）)]/.test(sentence.slice(open))) return null;
  const inner = sentence.slice(open + 1);
  const whole = inner.slice(0, Math.max(0, ...['、', '，', ',', '；'].map((c) => inner.lastIndexOf(c))));
  const list = whole === '' ? null : parseDepartmentList(whole);
  return list ? mentionOf(list, open, sentence.length) : null;
}

/** A list and where it stands, built field by field (a spread here cost more than the list's parsing). */
function mentionOf(list: DepartmentList, start: number, end: number): DepartmentMention {
  return { leads: list.leads, partners: list.partners, standing: list.standing, start, end };
}

/** 4项目标的责任单位均为市发展改革委, 该目标责任单位为市经委: who answers for the items just listed. */
const GROUP_DEPARTMENTS = /(?:^|\n)[ \t\u3000]*(?:以上)?(?:(\d{1,2}|[一二两三四五六七八九十])项|该项?|此项?)目标的?责任(?:单位|部门)均?为([^。；\n]+)/;

/** Names a label calls departments but no list reading orders: the first leads, the others partner. */
function firstLeads(names: string[]): DepartmentList | null {
  return names.length === 0 ? null : { leads: names.slice(0, 1), partners: names.slice(1), standing: [] };
}

/**
 * A line after a list of targets that names who answers for the last N of them (a 目标管理 plan
 * lists its targets, then 4项目标的责任单位均为…): how many items it covers (该目标: one) and its list.
 */
export function groupDepartments(text: string): { count: number; list: DepartmentList } | null {
  const m = GROUP_DEPARTMENTS.exec(text);
  if (!m) return null;
  // The label says these are departments, short forms included (市发展改革委、统计局、经委).
  const list = parseDepartmentList(m[2]!) ?? firstLeads(splitNames(m[2]!));
  if (list === null) return null;
  const written = m[1];
  const count = written === undefined ? 1 : /^\d+$/.test(written) ? Number(written) : (parseChineseNumeral(written) ?? 0);
  return count > 0 ? { count, list } : null;
}
