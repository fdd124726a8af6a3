/**
 * The lexical pass: one left-to-right walk over the text that finds every quantity
 * (number + unit + comparator word), rank (第七位), month period (1—11月) and year (2023年),
 * and skips numbers that are names (inside “…” or 《…》) or identifiers (5G, G60).
 */
import { matchesOf } from './matches.ts';
import type { Comparator } from '../model.ts';
import { CLAUSE, charFlags, LEXICAL } from './chars.ts';
import { isChineseNumeral, isDigit, scanNumber, type NumberToken } from './numbers.ts';
import { MULTIPLIER_THEN_CURRENCY, canonicalUnit, keepsMultiplier, unitAcrossMore, unitCutOff, unitStartingAt } from './units.ts';
import {
  AIMED_UNTIL,
  byLength,
  ESTIMATE_VERB,
  PERIOD_WORDS,
  POST_COMPARATORS,
  PRE_COMPARATORS,
  RANK_CUES,
  RANK_SCOPE,
  RANKED_MEASURE_WORDS,
  REWORK_VERBS,
} from './words.ts';

export interface Quantity {
  /** Start of the number (or of the placeholder stars). */
  start: number;
  /** End of the number or range, before the unit. */
  numberEnd: number;
  /** End of unit and of a post comparator word (以上, 左右…). */
  end: number;
  value: number | null;
  max: number | null;
  /** Canonical unit ("%" for ％, "百分点" for 个百分点). */
  unit: string;
  placeholder: boolean;
  post: Comparator | null;
  /** 多/余 between number and unit: "7900多个". */
  approximate: boolean;
  /** Preceded by 前: a top-N bound (前60名), never a statement. */
  topN: boolean;
}

/** A single figure read as written (no range, no placeholder, no 约/前N): the shape most quantity readers return. */
function singleFigure(number: NumberToken, numberEnd: number, end: number, unit: string, post: Comparator | null): Quantity {
  return { start: number.start, numberEnd, end, value: number.value, max: null, unit, placeholder: false, post, approximate: false, topN: false };
}

export interface RankToken {
  start: number;
  end: number;
  value: number;
}

export interface PeriodToken {
  start: number;
  end: number;
  fromMonth: number;
  toMonth: number;
  label: string;
}

export interface YearToken {
  start: number;
  end: number;
  year: number;
  /** A span of years (2023—2025年): its first year; `year` is the last. */
  from?: number;
}

export interface Tokens {
  quantities: Quantity[];
  ranks: RankToken[];
  periods: PeriodToken[];
  years: YearToken[];
}

const RANGE_SEPARATORS = new Set(['-', '—', '–', '－', '～', '~', '至', '到', '〜']);
/** 分别 in the clause after quarters counted from the first (1-3季度分别增长…): the quarters one by one, not their months together. */
const QUARTERS_EACH = /^[^，,。；;！？\n]{0,12}?分别/;
const POST_BY_LENGTH = byLength(POST_COMPARATORS);
const RANK_CUES_BY_LENGTH = byLength(RANK_CUES);
/** Quotes longer than this are not names but unbalanced marks; numbers in them still count. */
const MAX_NAME_LENGTH = 40;
const MAX_DIGITS = 15;
/** Whether the lone 一 at `start`, its measure word at `j`, is one thing built for each place or year (ONE_FOR_EACH). */
function oneForEach(text: string, start: number, j: number): boolean {
  return /[个座所处家]/.test(text[j] ?? '') && ONE_FOR_EACH.test(text.slice(Math.max(0, start - ONE_FOR_EACH_REACH), start));
}
/** Denominators that are nouns rather than units of the table: 元/月, 元/天 (年 is in the table). */
const PER_NOUNS = new Set(['月', '天']);
const PERIOD_STARTS = new Set(PERIOD_WORDS.map(([word]) => word[0]!));
/** 增加一倍, 增长一倍, 提高一倍: a change by one times the base, a multiple written in words. */
const ONE_TIMES_MORE = /(?:增加|增长|提高|扩大)一倍$/;
/**
 * 新建一座污水处理厂, 新增一所幼儿园: one facility a programme builds is a count of one; so is one a verb of reworking
 * counts, 一个 too (提升改造一个服务站, 设置一处观景台). (Not 打造一座…城, 建成一座…城市: a slogan's article; nor 一个,
 * 一批 after any other verb: the article of anything, 提升一个档次; nor a span of time set, 设置一个过渡期 / 窗口期.)
 */
const ONE_BUILT = new RegExp(`^(?:(?:新建|新增)一[座所处]|(?:${REWORK_VERBS.join('|')})一[座所处个](?![^，。；,;、\\s]{0,3}(?:期|阶段)))`);
/**
 * 每个镇都新建了一个街头绿地, 每个县（市）都要引进一个…项目, 力争每年创建一个5A级景区: one thing a verb of building or bringing
 * in sets for each place or each year (每 opening the words before the verb) is a count of one, whatever the verb's measure
 * word — not the article of a slogan (建成一个以…为支撑的…, 建设一个什么样的首都), which names no 每. The 每 is of a place or
 * a year (每个…, 每年), with no second 每 after it: not a reward's condition (每新建一个…项目奖励, 每成功引进一个…), nor a person's
 * (为每位老人建立一个健康档案), nor a routine (每个部门每月…一个问题清单). Not 建立/设立 (a team, a mechanism: 建立一个工作专班) nor
 * a bare 建 (组建/搭建一个服务队、平台).
 */
const ONE_FOR_EACH = /每(?:一?个|年)[^，。；,;：:！？\d每]{0,10}?(?:新建|新增|建成|建设|创建|引进)了?$/;
/** The words before a lone 一 that ONE_FOR_EACH is tested on (a short clause). */
const ONE_FOR_EACH_REACH = 20;
/** 分 and 之 of 三分之一, compared as codes at every numeral. */
const FEN = '分'.charCodeAt(0);
const ZHI = '之'.charCodeAt(0);
/** Words after an amount that name it as a tier reached (台阶) rather than qualify a noun. */
// (门槛 too: 突破千亿门槛, 跨过百亿元门槛 — the threshold a sum crosses, as 大关 is.)
const TIER_WORDS = ['新台阶', '大台阶', '台阶', '新大关', '大关', '关口', '大门槛', '门槛'];
/** 水平 or 阶段性水平 right after an amount and closing its clause: the level the figure names (not 水平的提升, 平均水平). */
const LEVEL_CLOSING = /^(?:阶段性)?水平(?=[，。；,;、）)\s]|$)/;
/**
 * Any comparator word of the shared table right before a level's figure (达到, 控制在, 保持在, 稳定在…): it says the bound,
 * as it does for any figure, and 水平 adds nothing to it.
 */
const COMPARATOR_BEFORE_LEVEL = new RegExp(`(?:${byLength(PRE_COMPARATORS.map(([word]) => word)).join('|')})\\s*$`);
const LONGEST_PRE_COMPARATOR = Math.max(...PRE_COMPARATORS.map(([word]) => word.length));

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u3000' || ch === '\u00a0';
}

function isAsciiLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0) | 0x20;
  return c >= 97 && c <= 122;
}

/** Letters that stand for a figure left out (X亿元, x.x%, ××家). */
function isMaskLetter(c: string | undefined): boolean {
  return c === 'X' || c === 'x' || c === '×';
}

function isAsciiAlnum(c: string | undefined): boolean {
  return isAsciiLetter(c) || (c !== undefined && c >= '0' && c <= '9');
}

// Module-level rather than a closure inside scanTokens: it ran once per lexical character.
function isStar(c: string | undefined): boolean {
  return c === '*' || c === '＊';
}

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

/** Past spaces, ideographic spaces and no-break spaces from `i` (not tabs: a tab parts cells). */
export function skipSpaces(text: string, i: number): number {
  // Character codes: a one-character string per step was an allocation per number scanned.
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x3000 || c === 0xa0) c = text.charCodeAt(++i);
  return i;
}

/** Quoted words that state a figure: a metric of two or more characters, a verb, a number and a unit, or a percentage in words. */
const QUOTED_STATEMENT =
  /[\u4e00-\u9fff]{2,}(?:增长|增速|下降|达到|突破|超过|提高到?)(?:\d+(?:\.\d+)?(?:%|％|个百分点|[万亿]*元|户|家)|百分之[〇○零一二两三四五六七八九十点]+)/;
/**
 * A report's words quoted in a news story: a whole quote that is a rate (地区生产总值要“增长7%左右”, the measure
 * before the quote), or a verb of work and what it counts (“落实5000万元以上项目1200个、亿元以上项目1000个”).
 */
const QUOTED_RATE = /^(?:增长|下降|降低|提高|提升)\d+(?:\.\d+)?(?:%|％|个百分点)(?:左右|以上|以内|以下)?$/;
const QUOTED_COUNT =
  /^(?:落实|实施|推进|建设|新增|培育|引进|签约|新开工|开工|新建|打造|招引)[^“”]*?[\u4e00-\u9fff]{2}\d+(?:个|项|家|户)(?:以上|左右)?(?:[、，,]|$)/;
/** A quote that is only a percentage (目标定为“5%左右”, 增长“6%以上”): a figure quoted, never a name as “2321” is. */
const QUOTED_PERCENT = /^\d+(?:\.\d+)?(?:%|％)(?:左右|以上|以内|以下)?$/;
/** A figure held, then a figure striven for: 保6争7, 保6.5争7 (a pattern source; holdThenStrive reads the pair). */
const HOLD_STRIVE = '保(\\d{1,2}(?:\\.\\d{1,2})?)争(\\d{1,2}(?:\\.\\d{1,2})?)';
/** A quote that is only a rate held and one striven for (增速“保6争7”): figures quoted, no name. */
const QUOTED_HOLD_STRIVE = new RegExp(`^${HOLD_STRIVE}$`);
const quotesStatement = (quoted: string): boolean =>
  QUOTED_STATEMENT.test(quoted) || QUOTED_RATE.test(quoted) || QUOTED_COUNT.test(quoted) || QUOTED_PERCENT.test(quoted) || QUOTED_HOLD_STRIVE.test(quoted);

/** The characters a name opens with. */
const QUOTE_OPENERS = /[“《「]/g;

/** Characters inside “…”, 《…》 and 「…」 pairs, as [start, end) ranges in order: numbers there are names (“2321”, “136”工程). */
export interface NameRange {
  start: number;
  end: number;
}

/**
 * The name ranges of `text`, in order and apart. Ranges rather than a mask over every character:
 * most sentences quote nothing, and a typed array per sentence was a measurable share of the scan.
 */
export function nameRanges(text: string): NameRange[] {
  const ranges: NameRange[] = [];
  const opener = QUOTE_OPENERS;
  opener.lastIndex = 0;
  // Jumps from one opening mark to the next (the regex scans), rather than reading every character.
  for (let found = opener.exec(text); found; found = opener.exec(text)) {
    const i = found.index;
    const code = text.charCodeAt(i);
    // “ ” · 《 》 · 「 」
    const close = code === 0x201c ? '”' : code === 0x300a ? '》' : '」';
    const limit = Math.min(text.length, i + MAX_NAME_LENGTH);
    for (let j = i + 1; j < limit; j++) {
      const ch = text[j];
      if (ch === close) {
        // A whole statement in quotes (“生产总值增长5.5%左右”列入预期目标) is quoted, not a name.
        // Nor is a club of sums (进入“万亿俱乐部”): its figure is a tier reached.
        const quoted = text.slice(i + 1, j);
        if (!quotesStatement(quoted) && !QUOTED_CLUB.test(quoted)) ranges.push({ start: i, end: j + 1 });
        opener.lastIndex = j + 1;
        break;
      }
      if (ch === '\n' || ch === '。') break;
    }
  }
  return ranges;
}

/** Whether `pos` lies in one of `ranges` (in order); `cursor` carries the search on between calls at rising positions. */
function inRange(ranges: readonly NameRange[], pos: number, cursor: { at: number }): boolean {
  if (cursor.at > 0 && ranges[cursor.at - 1]!.end > pos) cursor.at = 0; // a position before the last one asked: start over
  while (cursor.at < ranges.length && ranges[cursor.at]!.end <= pos) cursor.at++;
  return cursor.at < ranges.length && ranges[cursor.at]!.start <= pos;
}

/**
 * What may stand right before a deleted number: a noun's last character, not a numeral, a scale or rough-count word
 * (上万元, 近万元, 数亿元, 3个万亿元台阶, 每万人), a verb of reaching (突破万元: one 万元) or a word that names the unit (单位为万元,
 * 计量单位万元).
 */
const NO_BLANK_BEFORE = /[每上近数几成千百十万亿零〇一二两三四五六七八九个单位按以为过超破达至到冲跨迈站逾约余多折合计均上下]/;
function blankBefore(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  return /[\u4e00-\u9fff]/.test(prev) && !NO_BLANK_BEFORE.test(prev);
}
/**
 * A comparator word, then a clause break, after a blank's unit (万人次以上。). Not a line's end: a line of keywords
 * (关键词：农业 结构调整 万亩) closes on a unit with no number deleted.
 */
const BLANK_CLOSING = /^(?:以上|以下|以内|左右)?(?=[，,。；;！？])/;
/**
 * The placeholder a blank's multiplier and unit make (万元, 亿元以上; 万人次 in 人次, as a count's 万 goes into its value), or
 * null when no clause closes on them.
 */
function blankFigure(text: string, i: number): Quantity | null {
  const whole = unitAt(text, i);
  if (!whole || whole.end - i < 2 || !BLANK_CLOSING.test(text.slice(whole.end, whole.end + 3))) return null;
  const quantity = finishQuantity(text, i, keepsMultiplier(whole.unit) ? i : i + 1, null, null, false);
  return quantity?.placeholder ? quantity : null;
}

/**
 * In a page whose reposting site deleted its figures (corpus Decisions 14, 23: c122, c657), a unit right after the noun it
 * measured, or a 0 the deletion left before one (达到0亿元), closing its clause after a verb of work or reaching in it, is
 * what remains of a figure: a placeholder (招聘教师名。, 新增护理型养老床位张；, 人口达到万人，, 财政收入达到亿元以上；).
 * Not after a numeral or scale word (上万人, 近千家), nor a word that ends in a measure word (老年人, 专家, 场所, 排名) with no
 * comparator word after it.
 */
function deletedFigureAt(text: string, i: number, clauseStart: number): Quantity | null {
  const prev = text[i - 1] ?? '';
  if (!/[\u4e00-\u9fff]/.test(prev) || DELETED_NO_BLANK_BEFORE.test(prev)) return null;
  const zero = text[i] === '0' && !isDigit(text[i + 1]) && text[i + 1] !== '.';
  const at = zero ? i + 1 : i;
  const whole = unitAt(text, at);
  const closing = whole ? DELETED_CLOSING.exec(text.slice(whole.end, whole.end + 3)) : null;
  if (!whole || !closing || !DELETED_VERB_BEFORE.test(text.slice(clauseStart, i))) return null;
  // (A bound after it says a figure stood there whatever word the unit ends: 新增“四上”企业家以上.)
  if (closing[0] === '' && WORD_ENDING_IN_UNIT.test(text.slice(Math.max(0, at - 3), whole.end))) return null;
  // (A count's 万 goes into its value, which is lost: 万人 leaves 人; a measure keeps it, 万元.)
  const from = /^[万亿]/.test(whole.unit) && !keepsMultiplier(whole.unit) ? at + 1 : at;
  const quantity = finishQuantity(text, i, from, null, null, false);
  return quantity?.placeholder ? quantity : null;
}
/** A numeral or scale word before a unit: a figure's own part, no blank (上万人, 近千家, 每万人). */
const DELETED_NO_BLANK_BEFORE = /[每上近数几成千百十万亿零〇一二两三四五六七八九个]/;
/** What may close a blank: a comparator word, then a clause break or a list's 、 (项目个、助推类…). */
const DELETED_CLOSING = /^(?:以上|以下|以内|左右)?(?=[，,。；;！？、\n]|$)/;
/** A verb of work, adding or reaching in the blank's clause: what a plan's figure follows. */
const DELETED_VERB_BEFORE = /新增|完成|招聘|建设|新建|实施|培训|发放|改造|引进|培育|增加|达到|突破|超过|实现|打造|创建|开展|举办|开工|竣工/;
/** Words that end in a measure word (老年人, 负责人, 专家, 国家, 场所, 办事处, 排名, 整个). */
const WORD_ENDING_IN_UNIT =
  /(?:老年|残疾|负责|责任|年轻|带头|个|工|家|法|主|别|他|本|商|农|病|客|艺|军|证|承包|经营)人$|(?:专|大|国|企业|商|农|作|画|行|赢|买|卖|东)家$|(?:场|住|处|厕|派出|研究|事务|诊|卫生|托儿|招待)所$|(?:办事|各|到|住|用|好|益|长|短)处$|(?:报|排|知|著|命|提|署|点|实|冠|有|成|功|签)名$|(?:整|各|这|那|每|某)个$|(?:紧|主|扩|开|夸|慌|铺)张$/;

/** A number with a decimal part right before a unit (1.2个百…). */
const DECIMAL_BEFORE = /\d[.．]\d+\s*$/;
/** The unit written at `pos` (longest match), with its canonical key, or null. */
function unitAt(text: string, pos: number): { unit: string; end: number } | null {
  if (text.startsWith('个百分点', pos)) return { unit: '百分点', end: pos + 4 };
  // 提高1.2个百 where the text ends: the unit the cut word starts (not 1.2个 of it) — 个百 only after a decimal, which no
  // count in 个 has (新建幼儿园5个百… may be cut from 5个百亿级项目).
  const cut = text.length - pos <= 4 ? unitCutOff(text.slice(pos).trimEnd()) : null;
  if (cut && (cut !== '百分点' || DECIMAL_BEFORE.test(text.slice(Math.max(0, pos - 12), pos))))
    return { unit: cut, end: pos + text.slice(pos).trimEnd().length };
  if (text[pos] === '％') return { unit: '%', end: pos + 1 };
  if (text.startsWith('台(套)', pos) || text.startsWith('台（套）', pos)) return { unit: '台套', end: pos + 4 };
  const yuan = MULTIPLIER_THEN_CURRENCY.exec(text.slice(pos, pos + 6));
  if (yuan) return { unit: `${yuan[1]}元`, end: pos + yuan[0].length };
  const unit = unitStartingAt(text, pos);
  if (unit === null) return null;
  // 3000万人(次): 人次 written with its 次 in brackets.
  if (unit.endsWith('人') && BRACKETED_TIMES.test(text.slice(pos + unit.length, pos + unit.length + 3)))
    return { unit: canonicalUnit(`${unit}次`), end: pos + unit.length + 3 };
  const alternate = alternateMeasureAt(text, unit, pos + unit.length);
  if (alternate !== null) return { unit: `${unit}(${alternate})`, end: pos + unit.length + 3 };
  return { unit: canonicalUnit(unit), end: pos + unit.length };
}

/** (次) right after a unit of people: 人(次) is 人次. */
const BRACKETED_TIMES = /^[(（]次[)）]/;
/**
 * 2万套(间), 5.3万台(套): a count whose 万 or 亿 went into its value is in its first measure word, the bracketed alternative
 * dropping out (corpus Decisions 34; 5000套(间), with no 万, keeps it as written). (万头(只) keeps its 万 in the unit: cattle
 * and sheep counted together, as 头只.)
 */
const ALTERNATE_AFTER_SCALED = /^([个只头套间台户家处座条辆张所项栋幢部艘架株棵口名件])[(（][个只头套间台户家处座条辆张所项栋幢部艘架株棵口名件][)）]/;
function scaledCountUnit(text: string, start: number, numberEnd: number, at: number): string | null {
  if (!/[万亿]\s*$/.test(text.slice(start, numberEnd))) return null;
  const written = ALTERNATE_AFTER_SCALED.exec(text.slice(at, at + 4));
  return written ? canonicalUnit(written[1]!) : null;
}

/** Measure words a count is written with, alone or as the bracketed alternative of another (套(间), 万头(只), 家(个)). */
const MEASURE_WORDS = new Set([...'个只头套间台户家处座条辆张所项栋幢部艘架株棵口名件']);

/**
 * 5000套(间), 2500万头(只), 80家(个): a counting measure word followed by a bracketed alternative measure word
 * counts one set of things in either word, so the bracket belongs to the unit (written with half-width brackets,
 * as the corpus records it). The alternative, or null — also for a longer bracket (5000套（含续建）).
 */
function alternateMeasureAt(text: string, unit: string, pos: number): string | null {
  if (!MEASURE_WORDS.has(unit[unit.length - 1]!) || (text[pos] !== '(' && text[pos] !== '（')) return null;
  const inner = text[pos + 1];
  const close = text[pos + 2];
  if (inner === undefined || !MEASURE_WORDS.has(inner) || (close !== ')' && close !== '）')) return null;
  return inner;
}

/**
 * GDP2917.85亿元: an amount glued to a metric's acronym, the phrase ending there (or its change following:
 * 同比增长). An amount that goes on to name a thing (建设LNG100万吨接收站) is a size in a name, no figure.
 */
function acronymAmount(text: string, start: number, numberEnd: number): boolean {
  if (!/[A-Z]{2}$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  const unit = unitAt(text, skipSpaces(text, numberEnd));
  if (unit === null) return false;
  const after = postComparatorAt(text, unit.end)?.end ?? unit.end;
  return AMOUNT_ENDS_PHRASE.test(text.slice(after, after + 3));
}

/** What may follow an acronym's amount: no Han character, or its change (同比增长, 比上年, 增长). */
const AMOUNT_ENDS_PHRASE = /^(?:$|[^\u4e00-\u9fff]|同比|比|较|增长|下降)/;

function postComparatorAt(text: string, pos: number): { comparator: Comparator; end: number } | null {
  for (const [word, comparator] of POST_BY_LENGTH) {
    if (text.startsWith(word, pos)) return { comparator, end: pos + word.length };
  }
  return null;
}

/** Ranks are 第N位 / 第N名, or 第N right after 居/位居/并列… ("居全国第七、…"). */
function rankAt(text: string, pos: number, clauseStart: number, previousRankEnd = -1): RankToken | null {
  const number = scanNumber(text, pos + 1);
  if (!number || !Number.isInteger(number.value) || number.value <= 0) return null;
  const end = number.end;
  // 全省第1、第3和第2: the next items of a list of ranks, joined to a rank by 、 or 和, are ranks at its scope.
  if (previousRankEnd >= clauseStart && RANK_JOINER.test(text.slice(previousRankEnd, pos)) && RANK_LIST_GOES_ON.test(text.slice(end, end + 1))) {
    return { start: pos, end, value: number.value };
  }
  // 全区倒数第二位: a rank counted from the bottom, which a rank's value cannot hold (corpus c1433).
  if (COUNTED_FROM_BOTTOM.test(text.slice(Math.max(0, pos - 2), pos))) return null;
  const suffix = text[end];
  if (suffix === '名' && CONTEST_PLACE_BEFORE.test(text.slice(Math.max(clauseStart, pos - 16), pos))) return null;
  if (suffix === '位' || suffix === '名') return { start: pos, end: end + 1, value: number.value };
  // 第一方阵, 第二梯队: a tier, not a rank; 第三批, 第一个: an ordinal of things; 第五代, 第二届: a generation, a session;
  // 系列发布会第二十四场, 第三轮: an ordinal of events (系列 holds the rank verb 列).
  if (NOT_RANK_AFTER.test(text.slice(end, end + 2))) return null;
  // 全省第二, 保持全国第一: a scope right before it makes it a rank, when no noun follows (全省第一家); so does a
  // measure's growth or size, ranked among the group named (在过5万亿经济大省中增速第一; 增速第一个 counts).
  const before = text.slice(Math.max(0, pos - 6), pos);
  const closes =
    (!/[\u4e00-\u9fff]/.test(text[end] ?? '') || RANK_PLACE_AFTER.test(text.slice(end, end + 3))) && !ORDINALS_SHARING_NOUN.test(text.slice(end, end + 6));
  if ((RANK_SCOPE.test(before) || RANKED_MEASURE.test(before)) && closes) return { start: pos, end, value: number.value };
  // Otherwise, without 位/名 a rank needs a rank verb shortly before it in the same clause.
  const from = Math.max(clauseStart, pos - 12);
  const window = text.slice(from, pos);
  if (RANK_CUES_BY_LENGTH.some((cue) => window.includes(cue)) && !RANK_CUE_IN_WORD.test(window)) return { start: pos, end, value: number.value };
  return null;
}
/** 倒数 before 第: counted from the bottom. */
const COUNTED_FROM_BOTTOM = /倒[数數]$/;
/**
 * The only rank verb of the window is 排 inside another word (会议安排部署了…兵团第七师, 编排, 排放, 排查): no rank verb at all.
 * (A window with 排名 or another verb besides is read as before.)
 */
const RANK_CUE_IN_WORD = /^(?:(?![位居列]|进至|升至)[^排])*[安编彩]排(?:(?![位居列]|进至|升至|排)[^])*$/;
/**
 * 荣获第一、第二名: a place won in a contest (an event's appraisal of who did best), no measure's rank — a scope between
 * (荣获全省第一名) still ranks.
 */
const CONTEST_PLACE_BEFORE = /(?:荣获|获得|夺得|摘得)(?:第[一二三四五六七八九十\d]{1,3}名?、)*$/;
/**
 * 增速低于第二、第三产业, 增速快于第三季度: words comparing the measure with another one; what follows is that other one (its
 * ordinal names a sector or a quarter), not the measure's rank.
 */
const COMPARED_WITH = '[高低快慢次优好]于|超过|超出|不及|落后|领先|比';
/**
 * 增速第一, 增幅第二, 总量第三: the growth or size of a measure ranked — also with the group it is ranked in between, a
 * short run of words with no break (增速四川第二, 总量全省县域第一, 增速西部第一).
 */
const RANKED_MEASURE = new RegExp(`(?:${RANKED_MEASURE_WORDS})(?:(?!${COMPARED_WITH})[\u4e00-\u9fff]){0,4}$`);
/** 第二、第三产业, 第一、二季度: a list of ordinals whose last one runs into the noun they all number (not 第三位/名, a rank, nor
 * 第1、第3和第2, a list of ranks going on). */
const ORDINALS_SHARING_NOUN = /^、第?[一二三四五六七八九十\d]{1,2}(?![一二三四五六七八九十\d位名和及与并])[\u4e00-\u9fff]/;
/** 保持了综合实力全省第二的位置: the place a rank holds, after it; the rank closes there as before a break. */
const RANK_PLACE_AFTER = /^的(?:位置|位次)/;
const NOT_RANK_AFTER = /^(?:方阵|梯队|方队|等次|档|批|次|个|家|代|届|场|轮)/;
/** What joins two ranks of a list (第1、第3和第2). */
const RANK_JOINER = /^\s*[、和及]\s*$/;
/** What may follow a rank of such a list: the list goes on, or the clause ends (not a noun: 第3批, 第2家). */
const RANK_LIST_GOES_ON = /^(?:$|[、和及，,。；;！？\s\n）)])/;

/** One pass over the text. Never throws; every token lies inside the text. */
/**
 * @param figuresDeleted the page's reposting site deleted its figures (the reader's `figuresDeleted`): a unit left where a
 *   figure stood is a placeholder (`deletedFigureAt`).
 */
export function scanTokens(text: string, figuresDeleted = false): Tokens {
  const quantities: Quantity[] = [];
  const ranks: RankToken[] = [];
  const periods: PeriodToken[] = [];
  const years: YearToken[] = [];
  // Most sentences quote nothing: no mask is built for them.
  const names = nameRanges(text);
  const nameCursor = { at: 0 };
  const found: Found = { quantities, periods, years, colons: null };
  let clauseStart = 0;
  let i = 0;
  while (i < text.length) {
    const flags = charFlags(text.charCodeAt(i));
    if (flags & CLAUSE) {
      clauseStart = i + 1;
      i++;
      continue;
    }
    // 招聘教师名。, 人口达到万人，, 达到0亿元: in a page whose site deleted its figures, what the deletion left.
    if (figuresDeleted) {
      const blank = deletedFigureAt(text, i, clauseStart);
      if (blank) {
        quantities.push(blank);
        i = blank.end;
        continue;
      }
    }
    // 完成年度投资.2亿元: a figure whose digits before the point a reposting site deleted, leaving no mark — a
    // placeholder, as a masked figure is (what is left is no number: not 2亿元).
    if (text[i] === '.' || text[i] === '．') {
      const cut = cutDecimalEnd(text, i);
      if (cut > i) {
        const quantity = finishQuantity(text, i, cut, null, null, false);
        if (quantity) {
          quantities.push(quantity);
          i = quantity.end;
          continue;
        }
      }
    }
    // Most characters start nothing: one table read and on.
    if (!(flags & LEXICAL) || (names.length > 0 && inRange(names, i, nameCursor))) {
      i++;
      continue;
    }
    const ch = text[i]!;
    // 第二季度: a part of the year, not an ordinal.
    const quarter = ch === '第' ? periodWordAt(text, i) : null;
    if (quarter) {
      periods.push(quarter);
      i = quarter.end;
      continue;
    }
    if (ch === '第') {
      const rank = rankAt(text, i, clauseStart, ranks[ranks.length - 1]?.end);
      if (rank) {
        ranks.push(rank);
        i = rank.end;
        continue;
      }
      // 第三批, 第一: ordinals are never quantities; skip the numeral.
      const ordinal = scanNumber(text, i + 1);
      i = ordinal ? ordinal.end : i + 1;
      continue;
    }
    const period = PERIOD_STARTS.has(ch) ? periodWordAt(text, i) : null;
    if (period) {
      periods.push(period);
      i = period.end;
      continue;
    }
    // 百分之二十 / 百分之15: a percentage written in words.
    if (ch === '百' && text.startsWith('百分之', i)) {
      const percent = scanNumber(text, i + 3);
      if (percent) {
        const upper = percentRangeEnd(text, percent.end, percent.value);
        const quantity = percentInWords(text, i, upper?.end ?? percent.end, percent.value);
        if (upper) quantity.max = upper.value;
        quantities.push(quantity);
        i = quantity.end;
        continue;
      }
    }
    // 人口自然增长率控制在千分之四点五以内: a rate per mille written in words, in ‰ as 4.5‰ is (not a fraction in %) — only
    // after the rate it measures (千分之一的概率 names no rate).
    if (ch === '千' && text.startsWith('千分之', i) && PERMILLE_RATE_BEFORE.test(text.slice(Math.max(0, i - 8), i))) {
      const permille = scanNumber(text, i + 3);
      if (permille) {
        const quantity = { ...percentInWords(text, i, permille.end, permille.value), unit: '‰' };
        quantities.push(quantity);
        i = quantity.end;
        continue;
      }
    }
    // 一半, 半数以上, 1/3左右: a half or a simple fraction is a share in %, as 三分之一 is.
    const share = ch === '一' || ch === '半' || isDigit(ch) ? simpleShareAt(text, i) : null;
    if (share) {
      const quantity = percentInWords(text, i, share.end, share.value);
      quantities.push(quantity);
      i = quantity.end;
      continue;
    }
    // 2.1-6月，…: a list number glued to the month range that opens its item — the number is skipped, the months read.
    if (isDigit(ch) && atLineStart(text, i)) {
      const listed = LIST_NUMBER_BEFORE_MONTHS.exec(text.slice(i, i + 16));
      if (listed) {
        i += listed[0].length;
        continue;
      }
    }
    // 2112.*亿元, *.2%, 11*2, 202*年: digits masked by a reposting site leave no number; before a
    // unit the figure is a placeholder, and what is left of it is never read as a number.
    if (isDigit(ch) || isStar(ch)) {
      const masked = maskedFigureEnd(text, i);
      if (masked > i) {
        const quantity = finishQuantity(text, i, masked, null, null, false);
        if (quantity) quantities.push(quantity);
        i = Math.max(masked, quantity?.end ?? masked);
        continue;
      }
    }
    // X亿元, x.x%, XX家, ×家: a template's or an anonymised copy's letters where the number should be (a figure of the
    // original left out) — a placeholder before a unit, as stars are. Not a letter of a word or code (5G+X, 224X, X射线).
    if (isMaskLetter(ch) && !isAsciiAlnum(text[i - 1])) {
      let end = i;
      while (isMaskLetter(text[end]) || (text[end] === '.' && isMaskLetter(text[end + 1]) && isMaskLetter(text[end - 1]))) end++;
      const quantity = end - i <= 4 && !isAsciiAlnum(text[end]) ? finishQuantity(text, i, end, null, null, false) : null;
      if (quantity) {
        quantities.push(quantity);
        i = quantity.end;
        continue;
      }
    }
    // 协奏曲*%**#, 时间里##**%: stars inside a run of a page's junk marks (with # or @) mask no figure; the run is skipped.
    if (isStar(ch)) {
      const junk = junkMarksEnd(text, i);
      if (junk > i) {
        i = junk;
        continue;
      }
    }
    // "**", and "*" or "*.*" right before a unit (a masked figure: *家, *.*亿元).
    const isStars = isStar(ch) && (isStar(text[i + 1]) || unitAt(text, i + 1) !== null || (text[i + 1] === '.' && isStar(text[i + 2])));
    if (isStars) {
      let end = i;
      while (isStar(text[end]) || (text[end] === '.' && isStar(text[end + 1]) && isStar(text[end - 1]))) end++;
      const quantity = finishQuantity(text, i, end, null, null, false);
      if (quantity) quantities.push(quantity);
      i = Math.max(end, quantity?.end ?? end);
      continue;
    }
    // 投资总额亿元以上，接待游客万人次，: a multiplier and unit right after the noun they measure, closing its clause — the
    // number was deleted (a reposting site's or a draft's blank): a placeholder, as ** is.
    if ((ch === '万' || ch === '亿') && blankBefore(text, i)) {
      const blank = blankFigure(text, i);
      if (blank) {
        quantities.push(blank);
        i = blank.end;
        continue;
      }
    }
    // 超万亿元: a bare 万 that starts 万亿元 is one 万亿元.
    // (Not after 个: 连跨3个万亿元台阶 counts tiers crossed, it names no sum.)
    if (ch === '万' && text.startsWith('万亿元', i) && !isChineseNumeral(text[i - 1]) && !isDigit(text[i - 1]) && text[i - 1] !== '个') {
      const one = { value: 1, start: i, end: i, chinese: true };
      const consumed = readAfterNumber(text, one, found);
      i = Math.max(consumed, i + 1);
      continue;
    }
    // 农村居民人均收入突破万元大关: a bare 万元 after a verb of reaching, closing its phrase, is one 万元.
    if (ch === '万' && reachedBefore(text, i, i + 1) && tenThousandClosing(text, i + 1) && !passedByCounted(text, i)) {
      const one = { value: 1, start: i, end: i, chinese: true };
      i = Math.max(readAfterNumber(text, one, found), i + 1);
      continue;
    }
    // 突破亿元, 冲万亿: a bare 亿 or 万亿 after a verb of reaching is one of it (with or without 元).
    if ((ch === '亿' || (ch === '万' && text[i + 1] === '亿')) && (reachedBefore(text, i, ch === '万' ? i + 2 : i + 1) || clubAfter(text, i))) {
      const end = ch === '万' ? i + 2 : i + 1;
      // 12个产值过亿元增长点, 税收超亿元企业: a threshold the things after it pass, no sum reached.
      if (THRESHOLD_NOUN_AFTER.test(text.slice(end, end + 6)) || (passedByCounted(text, i) && STEP_REACHED_BEFORE.test(text.slice(Math.max(0, i - 2), i)))) {
        i = end;
        continue;
      }
      if (text[end] === '元') {
        const one = { value: 1, start: i, end: i, chinese: true };
        i = Math.max(readAfterNumber(text, one, found), i + 1);
        continue;
      }
      const bare = moneyWithoutYuan(text, { value: ch === '万' ? 1e12 : 1e8, start: i, end, chinese: true }, end, null);
      if (bare) {
        // 实现万亿级规模: a tier to reach is a floor, as 达到 makes it (实现 alone would read as =).
        if (text.slice(Math.max(0, i - 2), i) === '实现') bare.post ??= '>=';
        quantities.push(bare);
        i = bare.end;
        continue;
      }
    }
    // 三分之一, 四分之一以上: a fraction in words is a share in %, to two decimals.
    if (ch !== '百' && text.charCodeAt(i + 1) === FEN && text.charCodeAt(i + 2) === ZHI) {
      const fraction = fractionAt(text, i);
      if (fraction) {
        const quantity = percentInWords(text, i, fraction.end, fraction.value);
        quantities.push(quantity);
        i = quantity.end;
        continue;
      }
    }
    // 突破千亿元, 百亿元企业: a bare 百/千 before a 万/亿 unit is a round number.
    if ((ch === '百' || ch === '千') && (text[i + 1] === '万' || text[i + 1] === '亿') && !isChineseNumeral(text[i - 1]) && text[i - 1] !== '个') {
      const unit = unitStartingAt(text, i + 1);
      if (unit) {
        const round = { value: ch === '百' ? 100 : 1000, start: i, end: i + 1, chinese: true };
        const consumed = readAfterNumber(text, round, found);
        i = Math.max(consumed, i + 1);
        continue;
      }
      // 迈上千亿级台阶: a round tier of money written without 元.
      const tier = moneyWithoutYuan(
        text,
        { value: (ch === '百' ? 100 : 1000) * (text[i + 1] === '亿' ? 1e8 : 1e4), start: i, end: i + 2, chinese: true },
        i + 2,
        null,
        sumRunBefore(text, i, quantities),
      );
      if (tier) {
        quantities.push(tier);
        i = tier.end;
        continue;
      }
    }
    // 培训超百名…, 超千名…, 举办活动百场以上: a bare 百/千/万 before a counting unit is a round count where a comparator
    // bounds it (千家万户, 百家争鸣 have none).
    if ((ch === '百' || ch === '千' || ch === '万') && ROUND_COUNT_UNIT.test(text[i + 1] ?? '') && roundCountBounded(text, i)) {
      const round = { value: ch === '百' ? 100 : ch === '千' ? 1000 : 10000, start: i, end: i + 1, chinese: true };
      const consumed = readAfterNumber(text, round, found);
      i = Math.max(consumed, i + 1);
      continue;
    }
    const startsNumber = isDigit(ch) || isChineseNumeral(ch);
    if (!startsNumber) {
      i++;
      continue;
    }
    // A run of more than 15 digits is an identifier (备案号, 身份证号), never a quantity.
    if (isDigit(ch)) {
      let runEnd = i;
      while (runEnd < text.length && isDigit(text[runEnd])) runEnd++;
      if (runEnd - i > MAX_DIGITS) {
        i = skipIdentifier(text, runEnd);
        continue;
      }
    }
    const number = scanNumber(text, i);
    if (!number) {
      i++;
      continue;
    }
    // Identifiers: G60, 5G, 3D, v1.2 — letters glued to digits (not a unit of the table: 15EFLOPS, 35mg;
    // nor a metric's acronym before an amount: GDP2917.85亿元).
    const letterBefore = isAsciiLetter(text[i - 1]) && !acronymAmount(text, i, number.end);
    if (!number.chinese && (letterBefore || (isAsciiLetter(text[number.end]) && unitStartingAt(text, number.end) === null))) {
      i = skipIdentifier(text, number.end);
      continue;
    }
    // 近4成, 达到六成: a share written in tenths is a percentage.
    const tenths = tenthsAt(text, number);
    if (tenths) {
      quantities.push(tenths);
      i = tenths.end;
      continue;
    }
    // A minus sign that is not a range dash (增长-2.5%): the written number is negative.
    // A space may stand between the sign and the digits (增 长- 39.7%, a PDF line break).
    const signAt = isSpace(text[i - 1]) && (text[i - 2] === '-' || text[i - 2] === '－') ? i - 2 : i - 1;
    const sign = text[signAt];
    const signed =
      (sign === '-' || sign === '－') && !isDigit(text[signAt - 1]) && !isChineseNumeral(text[signAt - 1])
        ? { ...number, value: -number.value, start: signAt }
        : number;
    const consumed = readAfterNumber(text, signed, found);
    i = Math.max(consumed, number.end, i + 1);
  }
  return { quantities, ranks, periods, years };
}

/**
 * End of the digits after a decimal point at `start` that follows a Han character straight (投资.2亿元: the
 * whole part cut), or -1. Only before a unit: a point closing a sentence before a list number (发展.2.加快…),
 * a year or a date (….2024年) is no figure.
 */
function cutDecimalEnd(text: string, start: number): number {
  if (!/[\u4e00-\u9fff]/.test(text[start - 1] ?? '') || !isDigit(text[start + 1])) return -1;
  let end = start + 1;
  while (isDigit(text[end])) end++;
  if (end - start > 3 || /[年月日号时点.．、]/.test(text[end] ?? '')) return -1;
  return unitAt(text, end) === null ? -1 : end;
}

/**
 * End of a figure at `start` written with both digits and masking stars (2112.*, *.2, 1.1*, 11*2),
 * or -1 when the run there is all digits or all stars.
 */
function maskedFigureEnd(text: string, start: number): number {
  let digits = false;
  let stars = false;
  let point = false;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') digits = true;
    else if (c === '*' || c === '＊') stars = true;
    else if ((c === '.' || c === '．') && !point && i > start) point = true;
    else break;
  }
  if (text[i - 1] === '.' || text[i - 1] === '．') i--;
  return digits && stars ? i : -1;
}

function skipIdentifier(text: string, i: number): number {
  while (i < text.length && (isAsciiLetter(text[i]) || isDigit(text[i]))) i++;
  return i;
}

/** An item's number (2.) right before a range of months from January (1-6月, 1至11月) that opens the item. */
const LIST_NUMBER_BEFORE_MONTHS = /^\d{1,2}[.．](?=1\s*[-—–~～至]\s*(?:[2-9]|1[0-2])\s*月(?!\s*\d{1,2}\s*[日号]))/;

/** Only spaces between `pos` and the start of its line (or of the text). */
function atLineStart(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
}

function periodWordAt(text: string, pos: number): PeriodToken | null {
  for (const [word, from, to] of PERIOD_WORDS) {
    if (!text.startsWith(word, pos)) continue;
    const end = pos + word.length;
    if (quarterRanUpTo(text, pos, end, word)) return { start: pos, end: end + 1, fromMonth: 1, toMonth: to, label: text.slice(pos, end + 1) };
    return { start: pos, end, fromMonth: from, toMonth: to, label: word };
  }
  return null;
}

/**
 * 截至三季度末, 截止2025年二季度末: the year's results up to that quarter's end (months 1 to its last), as 截至9月底 is
 * — not a deadline (三季度末前, 力争截至三季度末).
 */
function quarterRanUpTo(text: string, start: number, end: number, word: string): boolean {
  return /^(?:第)?[一二三四]季度$/.test(word) && ranUpToEnd(text, start, end);
}

/**
 * 截至11月底, 截至2020年三季度末: the month or quarter from `start` to `end` closes the span results ran over — 截至 before
 * it, 底 or 末 after it — not a deadline (截止11月底前, or 力争截至… under a cue of planning).
 */
function ranUpToEnd(text: string, start: number, end: number): boolean {
  return (
    /^[底末](?!前)/.test(text.slice(end, end + 2)) &&
    SINCE_START.test(text.slice(Math.max(0, start - 10), start)) &&
    !AIMED_SINCE.test(text.slice(Math.max(0, start - 30), start))
  );
}

/** A measure counted in years before its number: 受教育年限, 服务年限 (not 年限 cut off by a sentence break). */
const YEARS_LENGTH_BEFORE = /年限[^。；;，,\n]*$/;

/**
 * 截至 or 截止 just before a month (a year between them): results up to that month's end; so is 到/至 after an estimate word
 * (预计到5月底: the months under way estimated, Decisions 31 — labelled from 到, as the gold writes it).
 */
const SINCE_START = new RegExp(String.raw`(?:截至|截止|(?<=${ESTIMATE_VERB})[到至])\s*(?:(?:19|20)\d{2}\s*年)?\s*$`);
/** 力争截至6月底, 确保截至9月底: under a cue of planning in its clause, 截至 sets a deadline. */
const AIMED_SINCE = new RegExp(`(?:${AIMED_UNTIL})[^，,。；;！？\\n]*${SINCE_START.source}`);

/**
 * 截至2024年6月底: the results ran from January up to that month's end (months 1..6), labelled as written from 截至
 * (the corpus gold, Decisions 12) — not the one month 6月.
 */
function monthsUpTo(text: string, monthStart: number, end: number, to: number): PeriodToken {
  const before = text.slice(Math.max(0, monthStart - 10), monthStart);
  const since = SINCE_START.exec(before);
  const labelStart = since ? monthStart - before.length + since.index : monthStart;
  return { start: monthStart, end, fromMonth: 1, toMonth: to, label: text.slice(labelStart, end + 1).trim() };
}

/**
 * 前7月, 前10月份: the first N months of the year, as 前7个月 is — not 提前1月 or 之前3月 (a span or a month before
 * something), nor 前3月份 followed by a day (一月前3月5日).
 */
function firstMonthsAt(text: string, numberStart: number, end: number, single: boolean): boolean {
  return (
    single &&
    text[numberStart - 1] === '前' &&
    !/[提之此以]$/.test(text.slice(Math.max(0, numberStart - 2), numberStart - 1)) &&
    text[end] !== '底' &&
    text[end] !== '末'
  );
}

/** What the scan has found so far, and the last run of colon-joined numbers it read (see `ratioFrom`). */
interface Found {
  quantities: Quantity[];
  periods: PeriodToken[];
  years: YearToken[];
  colons: ColonRun | null;
}

/** After a number: a range, then a year/month/date marker or a unit and comparator word. */
function readAfterNumber(text: string, number: NumberToken, out: Found): number {
  let max: number | null = null;
  let numberEnd = number.end;
  let j = skipSpaces(text, number.end);
  if (RANGE_SEPARATORS.has(text[j]!)) {
    let k = j + 1;
    while (text[k] === '—' || text[k] === '-') k++; // "——" double dashes
    k = skipSpaces(text, k);
    const upper = scanNumber(text, k);
    if (upper && upper.chinese === number.chinese && upper.value > number.value) {
      max = upper.value;
      numberEnd = upper.end;
      j = skipSpaces(text, upper.end);
    }
  }
  const marker = text[j];
  if (marker === '月') {
    // 7月12日 is a day, not a period of results.
    const day = scanNumber(text, skipSpaces(text, j + 1));
    if (day && max === null && (text[skipSpaces(text, day.end)] === '日' || text[skipSpaces(text, day.end)] === '号')) {
      return skipSpaces(text, day.end) + 1;
    }
    const from = number.value;
    let to = max ?? number.value;
    let end = j + 1;
    // 1月至11月 / 1月-11月: a range with 月 on both ends.
    if (max === null && RANGE_SEPARATORS.has(text[end]!)) {
      const upper = scanNumber(text, skipSpaces(text, end + 1));
      if (upper && text[skipSpaces(text, upper.end)] === '月' && upper.value > from) {
        to = upper.value;
        end = skipSpaces(text, upper.end) + 1;
      }
    }
    // 9月底前, 6月前, 10月底: a deadline, not a period of results.
    // 截至11月底 (截至2020年11月末) is the period results ran over, not a deadline (截止11月底前 is one).
    const after = text.slice(end, end + 2);
    const ranUpTo = ranUpToEnd(text, number.start, end);
    const deadline = max === null && to === from && /^(?:底|末|前|中旬|上旬|下旬)/.test(after) && !ranUpTo;
    if (Number.isInteger(from) && Number.isInteger(to) && from >= 1 && to <= 12 && !deadline) {
      out.periods.push(
        ranUpTo
          ? monthsUpTo(text, number.start, end, to)
          : firstMonthsAt(text, number.start, end, max === null && to === from)
            ? { start: number.start - 1, end, fromMonth: 1, toMonth: to, label: text.slice(number.start - 1, end) }
            : { start: number.start, end, fromMonth: from, toMonth: to, label: text.slice(number.start, end) },
      );
    }
    return end;
  }
  // 1-3季度, 1至2季度: quarters counted from the first, the months they cover (1-3季度 → 1-9月) — unless 分别 follows in
  // the clause (1-3季度分别增长5%、6%和7%: each quarter's own figure, not the months together).
  if (max !== null && text.startsWith('季度', j) && number.value === 1 && Number.isInteger(max) && max <= 4 && !QUARTERS_EACH.test(text.slice(j + 2, j + 16))) {
    out.periods.push({ start: number.start, end: j + 2, fromMonth: 1, toMonth: max * 3, label: text.slice(number.start, j + 2) });
    return j + 2;
  }
  // 前11个月: the first N months of the year.
  if (text[number.start - 1] === '前' && text.startsWith('个月', j) && Number.isInteger(number.value) && number.value >= 1 && number.value <= 12) {
    out.periods.push({ start: number.start - 1, end: j + 2, fromMonth: 1, toMonth: number.value, label: text.slice(number.start - 1, j + 2) });
    return j + 2;
  }
  // 平均受教育年限11.7年: a number of years (read as a quantity below), not a year.
  const yearsLong = marker === '年' && !isYear(number.value) && YEARS_LENGTH_BEFORE.test(text.slice(Math.max(0, number.start - 16), number.start));
  if (marker === '年' && !yearsLong) {
    if (max === null && isYear(number.value)) {
      out.years.push({ start: number.start, end: j + 1, year: number.value });
    } else if (max !== null && isYear(number.value) && isYear(max)) {
      out.years.push({ start: number.start, end: j + 1, year: max, from: number.value });
    }
    return j + 1;
  }
  // (得分达到90分: 分 of a score is its unit, read below by measureWordAfter, not a minute.)
  if (marker === '日' || marker === '号' || marker === '时' || (marker === '分' && !scoreBefore(text, number.start))) return j + 1;
  // Lone 一 (一批, 一次, 一个县区) is an article, not a quantity; 一期/二期 name project phases.
  // (Not 增加一倍, 增长一倍: after a verb of change, 一倍 is the multiple itself.)
  if (
    number.chinese &&
    max === null &&
    text.slice(number.start, number.end) === '一' &&
    !ONE_TIMES_MORE.test(text.slice(Math.max(0, number.start - 2), number.end + 1)) &&
    !ONE_BUILT.test(text.slice(Math.max(0, number.start - 2), number.end + 5)) &&
    !oneForEach(text, number.start, j)
  )
    return number.end;
  if (number.chinese && text[j] === '期' && text[number.start] !== '两') return j + 1;
  const topN = text[number.start - 1] === '前';
  if (max === null && !number.chinese && (text[j] === ':' || text[j] === '：')) {
    const { run, from } = ratioFrom(text, number, out);
    // The parts of a structure add up to 100 (a time such as 18:00:17 does not); a time after a date
    // (发布时间：2024-07-19 13:50:37) is none, whatever its parts add up to.
    if (
      (run.parts.length - from >= 3 || twoPartRatio(text, run, from)) &&
      addsUpTo100(run, from) &&
      !CLOCK_AFTER_DATE.test(text.slice(Math.max(0, number.start - 12), number.start))
    ) {
      for (let k = from; k < run.parts.length; k++) out.quantities.push(run.parts[k]!);
      return run.parts[run.parts.length - 1]!.end;
    }
  }
  const quantity =
    finishQuantity(text, number.start, numberEnd, number.value, max, topN, j) ??
    moneyWithoutYuan(text, number, numberEnd, max, sumRunBefore(text, number.start, out.quantities)) ??
    peopleWithoutUnit(text, number, numberEnd) ??
    unitlessScore(text, number, numberEnd, j) ??
    holdThenStrive(text, number, numberEnd) ??
    rankedValueInBrackets(text, number, numberEnd) ??
    rateListedBefore(text, number, numberEnd, max) ??
    perPopulation(text, number, numberEnd) ??
    measureWordAfter(text, number, numberEnd, j) ??
    countCutAtEnd(text, number, numberEnd);
  if (!quantity) return numberEnd;
  out.quantities.push(quantity);
  return quantity.end;
}

/**
 * 陕牌农产品走进全国50多, 解决企业难题50余 where the text ends: an excerpt cut before the count's measure word — the count,
 * with no unit (corpus gold), approximate as 多/余 say. Digits only, after a verb or noun (not a list number, a year).
 */
/** A page's counter a repost keeps at its foot (阅读数300余, 浏览次数1200多): no figure of the text. */
const PAGE_COUNTER_BEFORE = /(?:阅读|浏览|点击|访问|点赞|评论|转发|收藏|分享)(?:量|数|次数|人数)?\s*[：:]?\s*$/;
function countCutAtEnd(text: string, number: NumberToken, numberEnd: number): Quantity | null {
  if (number.chinese || !/^[多余]\s*$/.test(text.slice(numberEnd)) || !/[\u4e00-\u9fff]/.test(text[number.start - 1] ?? '')) return null;
  if (PAGE_COUNTER_BEFORE.test(text.slice(Math.max(0, number.start - 8), number.start))) return null;
  return { ...singleFigure(number, numberEnd, numberEnd + 1, '', null), approximate: true };
}

/**
 * Money written without 元 before a tier or scale word: 7000亿级, 超过五千亿规模 → 亿元 (the
 * multiplier the number ends with becomes the unit).
 */
function moneyWithoutYuan(text: string, number: NumberToken, numberEnd: number, max: number | null, inSumRun = false): Quantity | null {
  const last = text[numberEnd - 1];
  if (last !== '亿' && last !== '万') return null;
  const tier = SCALE_WORD.exec(text.slice(numberEnd, numberEnd + 3));
  // 万亿级以上规模: a floor on the tier, the scale word after it.
  const floor = tier?.[0] === '级' ? TIER_FLOOR.exec(text.slice(numberEnd + 1, numberEnd + 6)) : null;
  const afterScale = numberEnd + (tier ? tier[0].length : 0) + (floor ? floor[0].length : 0);
  // 迈上万亿台阶, 首破万亿大关, 迈上千亿级台阶: a tier reached is money (the tier word belongs to the figure).
  const tierWord =
    TIER_WORDS.find((w) => text.startsWith(w, afterScale)) ??
    (clubJoined(text, number.start) ? CLUB.exec(text.slice(afterScale, afterScale + 6))?.[0] : undefined);
  // 跨越3个十亿级台阶, 连跨两个百亿台阶: the tiers after a count are the tiers counted (crossed), no sum reached — as
  // 3个千亿台阶 and 3个万亿元台阶 are read.
  if ((tier || tierWord) && text[number.start - 1] === '个') return null;
  // 财政赤字2.18万亿。: a sum of money named just before, the clause ending on the multiplier.
  const closes = numberEnd >= text.length || CLAUSE_END.test(text[numberEnd]!);
  // (A bare 万 is money only when a money word is the last noun before it, 投资额均达3000万: 投资带动就业1.2万 counts people.)
  const moneyNamed =
    last === '万'
      ? MONEY_WORD_LAST.test(text.slice(Math.max(0, number.start - 8), number.start))
      : MONEY_WORD.test(text.slice(Math.max(0, number.start - 8), number.start)) || reachedSumOfSentence(text, number.start, last) || inSumRun;
  // 达到4500亿、7000亿级规模: a list whose next item is money in 亿 is money throughout.
  const listOfMoney = text[numberEnd] === '、' && MONEY_ITEM.test(text.slice(numberEnd + 1, numberEnd + 16));
  if (!tier && !tierWord && !closes && moneyNamed) return bareSumBounded(text, number, numberEnd, max);
  if (!tier && !tierWord && !(closes && (moneyNamed || listOfMoney))) return null;
  const trillion = last === '亿' && text[numberEnd - 2] === '万';
  const scale = trillion ? 1e12 : last === '亿' ? 1e8 : 1e4;
  const round = (x: number) => Math.round((x / scale) * 1e6) / 1e6;
  return {
    start: number.start,
    numberEnd,
    end: afterScale + (tierWord?.length ?? 0),
    value: round(number.value),
    max: max === null ? null : round(max),
    unit: trillion ? '万亿元' : last === '亿' ? '亿元' : '万元',
    placeholder: false,
    // 提升至7万亿级: a tier to reach is a floor, whatever verb names the move (达到7000亿级 says so too).
    post: tier?.[0].startsWith('级') || (tierWord !== undefined && CLUB.test(tierWord)) ? '>=' : null,
    approximate: false,
    topN: false,
  };
}
const TIER_FLOOR = /^以上(?:规模|量级)?/;

const GAP_BEFORE = /(?:相差|差距|差)(?:约|近)?$/;
/**
 * 固定资产投资400亿以上。: a bare 亿 after a sum of money named just before, closed by a comparator word (以上, 左右,
 * 以内…) that ends its clause — the sum in 亿元, bounded by that word (not 400亿以上项目, a size bound on a noun).
 */
function bareSumBounded(text: string, number: NumberToken, numberEnd: number, max: number | null): Quantity | null {
  const last = text[numberEnd - 1];
  // (投资额均达3000万以上: the caller has checked that a money word is the last noun before a bare 万, MONEY_WORD_LAST.)
  if ((last !== '亿' && last !== '万') || text[numberEnd - 2] === '万' || text[numberEnd - 2] === '亿') return null;
  // 两地经济总量相差100亿左右: a gap between two sums, not a sum of its own (left to the readers of gaps).
  if (GAP_BEFORE.test(text.slice(Math.max(0, number.start - 4), number.start))) return null;
  const post = postComparatorAt(text, numberEnd);
  if (!post || (post.end < text.length && !CLAUSE_END.test(text[post.end]!))) return null;
  const scale = last === '万' ? 1e4 : 1e8;
  const round = (x: number) => Math.round((x / scale) * 1e6) / 1e6;
  return {
    start: number.start,
    numberEnd,
    end: post.end,
    value: round(number.value),
    max: max === null ? null : round(max),
    unit: last === '万' ? '万元' : '亿元',
    placeholder: false,
    post: post.comparator,
    approximate: false,
    topN: false,
  };
}

/** 得分≥76分, 测评得分达到90分以上: a score named right before its figure, whose 分 is the score's unit. */
const SCORE_BEFORE = /(?:得分|评分|分值|分数)[^，,。；;]{0,5}$/;
function scoreBefore(text: string, start: number): boolean {
  return SCORE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * 孕产妇死亡率控制在12/10万以下: a rate per population written as a fraction of people (/10万, /万, /千), the unit as written.
 */
const PER_POPULATION = /^[/／](?:10万|十万|万|千)/;
function perPopulation(text: string, number: NumberToken, numberEnd: number): Quantity | null {
  if (number.chinese) return null;
  const per = PER_POPULATION.exec(text.slice(numberEnd, numberEnd + 4));
  if (!per) return null;
  const after = numberEnd + per[0].length;
  const post = postComparatorAt(text, after);
  return singleFigure(number, numberEnd, post ? post.end : after, per[0].replace('／', '/'), post ? post.comparator : null);
}

/**
 * Characters that follow a figure without being a measure word: multipliers, dates and times, tiers, ranks and moves in a
 * ranking (30强, 3级, 前移7位), degrees (气温16度), the classes a list is sorted into (分为8类), shares in words (3成, 8折), ages (80后), a document's own parts (600字, 3页, 18篇, 62章),
 * places and addresses (1市5区, 10号704室), a unit cut short (11.67千公) and function words.
 */
const NOT_MEASURE_WORDS = new Set([
  ...'万亿千百十年月日号时分秒天周强级届代版楼层路线点成折度后前内外中上下多余左右以和与及或至到等的是为在',
  ...'位名字页篇章节款段行室弄区市县镇乡村省国公类',
]);
/**
 * 安装太阳能路灯1000盏, 得分≥76分: a single measure word the unit table does not hold, after a figure in digits, closing its
 * clause (or followed by a comparator word that does) with a word before the figure — a count or measure in that word.
 * Not after 第 (an ordinal), nor a figure glued to letters or standing first on its line (a numbered item), nor a
 * multiplier, date, tier or function word (NOT_MEASURE_WORDS; 分 only after a score word).
 */
function measureWordAfter(text: string, number: NumberToken, numberEnd: number, j: number): Quantity | null {
  // (A figure ending in a multiplier, 2万单, is left to the table's units: a 万 on an unknown word is too often a cut unit.)
  if (number.chinese || j !== numberEnd || /[万亿千]/.test(text[numberEnd - 1]!)) return null;
  const word = text[j];
  // (A unit of the table that finishQuantity turned down, 1条底线, stays turned down.)
  if (unitStartingAt(text, j) !== null) return null;
  if (word === undefined || !/[\u4e00-\u9fff]/.test(word) || (NOT_MEASURE_WORDS.has(word) && !(word === '分' && scoreBefore(text, number.start)))) return null;
  const before = text[number.start - 1];
  if (before === undefined || before === '第' || !/[\u4e00-\u9fff≥≤＞＜>]/.test(before)) return null;
  const post = postComparatorAt(text, j + 1);
  const end = post ? post.end : j + 1;
  if (end < text.length && !CLAUSE_END.test(text[end]!)) return null;
  return singleFigure(number, numberEnd, end, word, post ? post.comparator : null);
}

/** Marks that join a bare rate to the next one of its list (0.3和0.2个百分点, 10.2、6.3个百分点). */
const RATE_LIST_MARKS = new Set(['、', '和', '与', '及']);
/** What may stand right before a bare rate of a list: a word or the list's mark, not a break or an item's start (1、3.5万亩…). */
const RATE_LIST_OPENS = /(?:[\u4e00-\u9fff]|\d\s*[、和与及])$/;
/**
 * A rate whose unit only the last figure of its list writes (分别提高0.3和0.2个百分点, 快于东部地区1.8和2.5个百分点,
 * 分别增长12.1、8.4%, 分别是2010年的2.3、2.8倍): the bare figure takes the unit of the next one, %, 百分点 or 倍 only
 * (a count's 、 may join a code: 3、4号线). Its span is the number alone.
 */
function rateListedBefore(text: string, number: NumberToken, numberEnd: number, max: number | null): Quantity | null {
  if (number.chinese || max !== null || !RATE_LIST_OPENS.test(text.slice(Math.max(0, number.start - 3), number.start))) return null;
  let at = skipSpaces(text, numberEnd);
  // The list runs on through bare figures to the first that writes its unit (at most a few).
  for (let items = 0; items < 6 && RATE_LIST_MARKS.has(text[at]!); items++) {
    const next = scanNumber(text, skipSpaces(text, at + 1));
    if (!next || next.chinese) return null;
    const unit = unitAt(text, skipSpaces(text, next.end));
    if (unit) {
      // 分别是2010年的2.3、2.8倍: multiples of a list share their 倍 as rates share their %.
      const rate = unit.unit === '%' || unit.unit === '百分点' || unit.unit === '个百分点' || unit.unit === '倍';
      if (!rate) return null;
      const canonical = finishQuantity(text, next.start, next.end, next.value, null, false);
      if (!canonical || (canonical.unit !== '%' && canonical.unit !== '百分点' && canonical.unit !== '倍')) return null;
      return {
        start: number.start,
        numberEnd,
        end: numberEnd,
        value: number.value,
        max: null,
        unit: canonical.unit,
        placeholder: false,
        post: null,
        approximate: false,
        topN: false,
      };
    }
    at = skipSpaces(text, next.end);
  }
  return null;
}
/**
 * A count of people written in 万 without 人 (人才总量突破300万, 农村贫困人口减少60万以上): a noun of people
 * just before, the clause ending on the 万 (or on its comparator word). The 万 goes into the value, as on
 * any count of people.
 */
function peopleWithoutUnit(text: string, number: NumberToken, numberEnd: number): Quantity | null {
  // 五年净增近8万人口: bare 人口 after a verb of change counts the people added (30万人口的县城 only sizes a town).
  if (text[numberEnd] === '万' && text.startsWith('人口', numberEnd + 1) && CHANGE_BEFORE_PEOPLE.test(text.slice(Math.max(0, number.start - 6), number.start)))
    return peopleQuantity({ ...number, value: number.value * 1e4 }, numberEnd + 1, numberEnd + 1, null);
  // 960多万贫困人口, 90余万群众: the 万 after 多/余 scales the number as 960万 would, the count approximate.
  const moreThen = MORE_THEN_TEN_THOUSAND.exec(text.slice(numberEnd, numberEnd + 2));
  if (moreThen && !number.chinese && PEOPLE_AFTER.test(text.slice(numberEnd + 2, numberEnd + 12)))
    return { ...peopleQuantity({ ...number, value: number.value * 1e4 }, numberEnd + 2, numberEnd + 2, null), approximate: true };
  // 近1亿农村贫困人口: a count in 亿 before the people it counts, as in 万 (not 万亿, money).
  if (text[numberEnd - 1] === '亿' && text[numberEnd - 2] !== '万' && PEOPLE_AFTER.test(text.slice(numberEnd, numberEnd + 10)))
    return peopleQuantity(number, numberEnd, numberEnd, null);
  // 全市300万人民: 万人 is no unit before 民 (NOT_UNIT_BEFORE), so the number stops before its 万 — the people of a place
  // counted in 万, as 170万青禾人民 is (digits only: 百万青禾人民 is an epithet).
  if (text[numberEnd] === '万' && !number.chinese && POPULATION_AFTER.test(text.slice(numberEnd + 1, numberEnd + 8)))
    return peopleQuantity({ ...number, value: number.value * 1e4 }, numberEnd + 1, numberEnd + 1, null);
  // 参保人数达10.7亿。: a count in 亿 after its noun of people, as in 万 (not 万亿, money).
  const hundredMillion = text[numberEnd - 1] === '亿' && text[numberEnd - 2] !== '万';
  if ((text[numberEnd - 1] !== '万' || text[numberEnd - 2] === '亿') && !hundredMillion) return null;
  // 实现28.7万农村贫困人口脱贫: the people counted named right after the 万 — the noun is the count's object.
  if (!hundredMillion && PEOPLE_AFTER.test(text.slice(numberEnd, numberEnd + 10))) return peopleQuantity(number, numberEnd, numberEnd, null);

  const before = text.slice(Math.max(0, number.start - 8), number.start);
  const visits = VISITS_WORD.test(before);
  if ((!PEOPLE_WORD.test(before) && !visits) || NOT_PEOPLE.test(before)) return null;
  const post = postComparatorAt(text, numberEnd);
  const end = post ? post.end : numberEnd;
  if (end < text.length && !CLAUSE_END.test(text[end]!)) return null;
  return peopleQuantity(number, numberEnd, end, post?.comparator ?? null, visits ? '人次' : '人');
}

function peopleQuantity(number: NumberToken, numberEnd: number, end: number, post: Comparator | null, unit = '人'): Quantity {
  return {
    start: number.start,
    numberEnd,
    end,
    value: number.value,
    max: null,
    unit,
    placeholder: false,
    post,
    approximate: false,
    topN: false,
  };
}
/** Counting units a bare 百/千/万 may stand before as a round count (超百名, 百场以上; not 万人, a unit of its own). */
const ROUND_COUNT_UNIT = /^[名场家户个项次件]$/;
/** A comparator before the bare round number (超, 超过, 突破, 逾, 近) or a floor after its unit (以上, 余, 多). */
const ROUND_BOUND_BEFORE = /(?:超过|超|突破|逾|近)$/;
const ROUND_BOUND_AFTER = /^(?:以上|余|多)/;

/** Whether the bare 百/千/万 at `i` is bounded as a round count: a comparator before it or a floor after its unit. */
function roundCountBounded(text: string, i: number): boolean {
  if (isChineseNumeral(text[i - 1]) || isDigit(text[i - 1])) return false;
  return ROUND_BOUND_BEFORE.test(text.slice(Math.max(0, i - 2), i)) || ROUND_BOUND_AFTER.test(text.slice(i + 2, i + 4)) || inRoundWorkSeries(text, i);
}
/** A verb of work, a bare 百/千, its unit and the thing made (形成百项标志性产品, 培育百家专业服务机构) up to a clause break. */
const ROUND_WORK = /(?:形成|打造|开拓|制定|培育|突破|建设|培养|引进|推出|攻克)[百千][项家个](?=[\u4e00-\u9fff]{2,12}[，,、；;。])/g;
/**
 * 形成百项标志性产品，打造百家领军企业，制定百项关键标准: a bare 百/千 after a verb of work is a round count when its sentence
 * sets at least two such counts in a row (a series of goals); a lone 走进千家万户 or 百家争鸣 is none.
 */
function inRoundWorkSeries(text: string, i: number): boolean {
  const from = Math.max(0, i - 120);
  const stretch = text.slice(from, i + 120);
  let ownAt = false;
  let count = 0;
  for (const m of matchesOf(ROUND_WORK, stretch)) {
    const at = from + m.index + 2;
    if (at === i) ownAt = true;
    if (Math.abs(at - i) <= 60) count++;
  }
  return ownAt && count >= 2;
}

/** A verb of change right before a count in 万 of bare 人口 (净增近8万人口; 近/约/超 allowed between). */
const CHANGE_BEFORE_PEOPLE = /(?:净增|新增|增加|减少|净流入|流入|集聚)(?:近|约|超过?|逾)?\s*$/;
/**
 * 10万农村人口安全饮水工程: people named as the size of a project, the noun running into 工程/项目/计划 with no verb between
 * (corpus Conventions: sizes that qualify a noun are no entries; 为10万农村人口实施饮水工程 counts them).
 */
const PROJECT_NAMED_AFTER = String.raw`(?:(?!实施|建设|提供|开展|解决|完成|推进)[\u4e00-\u9fff]){0,4}(?:工程|项目|计划)`;
/**
 * The people of a place named after a count in 万 (170万青禾人民, 全市300万人民, 2400多万陇原儿女; not 人民币): the population
 * the text gives, as it stands (corpus Decisions 41.5).
 */
const POPULATION_NOUN = String.raw`[\u4e00-\u9fff]{0,4}?(?:人民(?!币)|儿女)`;
/** Such people right after the count's 万 (statements.ts reads the figure as the population, `populationAt`). */
export const POPULATION_AFTER = new RegExp(`^${POPULATION_NOUN}`);
/**
 * A noun of people right after a count in 万 (28.7万农村贫困人口, 为150万中小学生开展…, 4.98万农村人口, 8.5万农牧民群众; 3万名学生 has its own unit): what is
 * counted. (Not a per-head measure after it, 5万居民人均…: the noun then qualifies a measure.)
 */
const PEOPLE_AFTER = new RegExp(
  String.raw`^(?:[\u4e00-\u9fff]{0,6}?(?:贫困人口|低收入人口|农业转移人口|农村人口|劳动力|农民工|城乡居民|常住人口|中小学生|大学生|学生|老年人|新市民|青少年|儿童)(?!人均|收入|数)|(?:农民|农牧民|牧民|群众|居民)(?!人均|收入)|${POPULATION_NOUN})(?!${PROJECT_NAMED_AFTER})`,
);
/** 多万 or 余万 right after the digits of a count (960多万贫困人口). */
const MORE_THEN_TEN_THOUSAND = /^[多余]万/;
/**
 * Nouns of people whose count a text may give in 万 or 亿 without 人, right before the number or before a verb
 * of reaching or change (人才总量突破, 贫困人口减少, 参保人数达10.7亿): 人口密度达到1.2万, 就业补贴发放200万 and 场均观众近6万
 * do not say people are counted.
 */
const PEOPLE_WORD =
  /(?:人口|人才|人员|人数|就业|劳动力|农民工|职工|游客|学生|居民|群众|观众)(?:总数|总量|数)?(?:突破|超过|超|达到|达|增至|增加到|增加|减少|净增|新增|下降)?\s*$/;
/**
 * A measure counted in visits (年流通人次, 年服务人次, 接待游客人次) right before its number in 万, or before a verb of
 * reaching or a floor (年流通人次大于等于400万): the 万 counts 人次.
 */
const VISITS_WORD = /人次(?:突破|超过|超|达到|达|不低于|不少于|大于等于|大于或等于)?\s*$/;
/** …but not what people have or spend (居民人均消费支出2.5万, 职工工资总额3万). */
const NOT_PEOPLE = /人均|支出|消费|工资|存款|储蓄|收入(?!人口)|元|面积|亩|吨/;
const MONEY_ITEM = /^[\d.]+[万亿]+(?:元|级|规模|量级)/;
// Module-level, not literals in the functions: these run for every number without a unit.
const SCALE_WORD = /^(?:量级|级规模|级|规模)/;
// 收入倍差, 城乡居民收入比: a ratio of two incomes, stated without a unit as an index is; so is a coefficient
// (地区人均生产总值差异系数, 基尼系数, 恩格尔系数).
const SCORE_WORD = /指数|得分|评分|分值|倍差|收入比|系数|两化融合(?:发展)?水平/;
/**
 * 居民消费价格指数为102.7, 乡村振兴发展指数77.3，: an index stated right after its name (with 为 or nothing between) and
 * closing its clause is its value, as one reached by a verb is.
 */
const INDEX_STATED = /指数\s*为?\s*$/;
/**
 * 工业用水重复利用率保持在95以上, 森林覆盖率稳定在62左右: a rate whose % the writer left out, right before its figure (past a verb
 * of reaching or keeping); read only with a comparator word after the figure, which says it is a measure, not a stray number.
 */
const RATE_BEFORE = /率\s*(?:保持在|稳定在|达到|达|提高到|提高至|提升到|提升至|超过|不低于|为)?\s*$/;
/**
 * The rate a per mille in words measures, right before it (自然增长率控制在千分之五): past a verb of keeping or reaching. Not a
 * rate a rule fixes (印花税税率为千分之一, 手续费率, 贷款利率): no measure of a place.
 */
const PERMILLE_RATE_BEFORE = /(?<![税费利])率\s*(?:控制在|保持在|稳定在|达到|达|为|降至|降到|低于|不超过)?\s*$/;
const SCORE_REACHED = /(?:达到|达|突破|超过|提高到|提升至|提升到|不低于|缩小至|缩小到|缩小为|降至|降到|控制在)\s*$/;
const CLAUSE_END = /[，,。；;！？、）)\s]/;
/** :1 after a ratio (2.36:1, 2.2∶1 with the ratio sign). */
const TO_ONE = /^\s*[:：∶]\s*1(?![\d.])/;
/** 城乡居民收入差距控制在2.2∶1以内: a gap between two measures, given as a ratio against one, is a ratio as 收入比 is. */
const GAP_WORD = /(?<!的)差距/;
/** 由2.5∶1缩小到…, 从2.8:1降至…: the verb of change and 到/至/为 after the start figure of a from-to pair. */
const TO_AFTER_START = /^\s*[\u4e00-\u9fff]{0,3}?(?:到|至|为)/;
/** The words of `words` after its last clause break (not a colon: a ratio's 2.5:1 before): what the figure's own clause says before it. */
function inClause(words: string): string {
  return words.slice(Math.max(...[...'，,；;。！？\n'].map((mark) => words.lastIndexOf(mark))) + 1);
}
/** Verbs of reaching a round sum written without a numeral (突破亿元, 冲万亿, 首破万亿, 跨越万亿大关), not after a digit or numeral. */
const REACHED_BEFORE = /(?:突破|超过|超|达到|达|迈上|迈入|迈向|跨上|跨入|跨越|站上|冲|过|破)$/;
/** 收入突破万元大关, 人均存款超万元。: a bare 万元 reached closes its phrase (超万元的项目 grades a noun: no sum). */
const TEN_THOUSAND_CLOSING = /^元(?:大关|关口|台阶|门槛)?(?=[，,。；;！？、\s]|$)/;
/** The rest of a listed condition that grades a noun (单笔贷款超万元、期限一年以上的创业项目). */
const GRADES_NOUN_AFTER = /^、[^，,。；;！？]{0,20}?的/;
/** Whether a bare 万元 at `from` closes its phrase — not as the first of conditions a noun after 的 must meet. */
function tenThousandClosing(text: string, from: number): boolean {
  const closing = TEN_THOUSAND_CLOSING.exec(text.slice(from, from + 5));
  return closing !== null && !GRADES_NOUN_AFTER.test(text.slice(from + closing[0].length, from + closing[0].length + 22));
}
/**
 * 进入“万亿俱乐部”, 跻身千亿城市行列: a club of sums one joins is a tier of money reached, a floor
 * (the club word, and a closing quote before it, belong to the figure).
 */
const CLUB = /^[”"]?(?:俱乐部|城市行列)/;
/** A quoted club of sums, “万亿俱乐部”: no name, its 万亿 is read (see CLUB). */
const QUOTED_CLUB = /^[百千万]?亿元?(?:俱乐部|城市行列)$/;
/**
 * A verb of joining right before a club's sum (进入“万亿俱乐部”, 迈入千亿城市行列, 跻身…): only a club joined is a tier
 * reached. A club named as a kind of place (唯一一个“万亿俱乐部”城市, 与“万亿俱乐部”近在咫尺) is no sum of anyone's.
 */
const CLUB_JOINED_BEFORE =
  /(?:进入|迈入|跻身|加入|跨入|跨进|挺进|晋级|晋身|迈进|步入|入围|冲进|冲入|冲刺|迈向|跃入|跃升为|挤进|进军)[^，,。；;！？\n“”"]{0,8}[“"]?$/;
/** (The measure may stand between the verb and the club: 率先进入经济总量“万亿俱乐部”.) */
const clubJoined = (text: string, at: number): boolean => CLUB_JOINED_BEFORE.test(text.slice(Math.max(0, at - 14), at));
/** A bare 亿/万亿 (no numeral before it) naming a club joined: 进入“万亿俱乐部”. */
const clubAfter = (text: string, at: number): boolean =>
  !isDigit(text[at - 1]) && !isChineseNumeral(text[at - 1]) && CLUB.test(text.slice(text[at] === '万' ? at + 2 : at + 1, at + 8)) && clubJoined(text, at);
/** 突破亿元, or 实现 before a tier (实现万亿级规模): a bare 亿/万亿 reached. */
const reachedBefore = (text: string, at: number, end: number): boolean => {
  const before = text.slice(Math.max(0, at - 2), at);
  return REACHED_BEFORE.test(before) || (before === '实现' && TIER_CLOSING.test(text.slice(end, end + 8)));
};
/**
 * 12个村集体经济收入超过万元, 3家企业产值跨上亿元台阶: a count of things before a bare sum reached, in its clause — a threshold
 * each of them passed, no sum of the place's (as 12个产值过亿元增长点 is).
 */
const COUNTED_BEFORE_REACHED = /[\d一二三四五六七八九十两百]\s*(?:个|家|户|名|座|所)[^，,。；;！？、\d]{0,14}$/;
/** The verbs of reaching a step this round added (跨上亿元台阶); after the older ones a count's bare 亿 stays read (培育10家企业营收达亿元以上). */
const STEP_REACHED_BEFORE = /(?:迈向|跨上|跨入|站上)$/;
const passedByCounted = (text: string, at: number): boolean => COUNTED_BEFORE_REACHED.test(text.slice(Math.max(0, at - 20), at));
/** The things a bare 亿/万亿 (元) right before them grades as a threshold: 过亿元增长点, 超亿元企业, 过亿项目. */
const THRESHOLD_NOUN_AFTER = /^元?(?:的)?(?:增长点|(?:重点|工业|规上|骨干)?企业|(?:重点|产业|工业)?项目|园区|村)/;
/** A tier that closes its phrase (实现万亿级以上规模。), not one qualifying a noun (实现万亿级产业集群发展). */
const TIER_CLOSING = /^(?:量级|级规模|级以上规模|级以上|级|规模)(?=[，,。；;！？、\s]|$)/;
/** Words that name a sum of money: what a bare 亿 after them counts. */
const MONEY_WORD = /赤字|收入|投资|融资|产值|总额|营收|资金|贷款|税收|利润|规模|债券|销售额|开票|增加值|生产总值|经济总量|GDP/;
/**
 * A money word as the last noun before a figure (投资额均达, 争取资金, 总额为): only 额 / 总额 / 均 / 达 / 为 / 超 / 完成 may stand
 * between, so 投资带动就业 or 投资者户数 block it — what a bare 万 after them counts is people or households, not 万元.
 */
const MONEY_WORD_LAST = new RegExp(`(?:${MONEY_WORD.source})(?:总?额|均|达到?|为|超过?|完成)*$`);
/** Every word of MONEY_WORD, for the last one of a stretch (compiled once, not for each figure read). */
const MONEY_WORDS = new RegExp(MONEY_WORD.source, 'g');
/** A verb of reaching right before a bare 亿 (有望突破3000亿, 首次突破): the figure a sum named earlier in its sentence reaches. */
const REACHING_BEFORE_SUM = /(?:突破|首破|超过|迈上|跨上|站上|达到)$/;
/** A measure that is no money between the sum named and the figure (人口, 产量…): the 亿 counts that instead. */
const NOT_MONEY_BETWEEN = /人口|人次|游客|产量|吨|斤|亩|千瓦|立方米|[人户头只件个]/;

/**
 * What stands between two sums of a timeline (，2020年，突破4万亿 · 、2009年过千亿 · ；2016年突破): a break, maybe a year the
 * next sum is of, maybe a verb of reaching — nothing else, so the next figure goes on measuring the same sum.
 */
const SUM_RUN_BETWEEN = /^[”"’]?[，,；;、]\s*(?:[到至]?(?:19|20)\d{2}\s*年\s*[，,]?\s*)?(?:突破|首破|过|超过|超|达到|达|迈上|跨上|站上|跨越)?$/;

/**
 * 2016年突破3万亿；2020年，突破4万亿，2021年，4.6万亿: a bare 亿 right after a sum of money in 亿元 or 万亿元 read just before
 * it, with only a break, the next item's year and a verb of reaching between — the timeline's next sum, in 亿元 too.
 */
function sumRunBefore(text: string, start: number, quantities: readonly Quantity[]): boolean {
  const previous = quantities[quantities.length - 1];
  if (previous === undefined || (previous.unit !== '亿元' && previous.unit !== '万亿元') || start - previous.end > 16) return false;
  return SUM_RUN_BETWEEN.test(text.slice(previous.end, start));
}

/**
 * 地区生产总值增长7%左右，有望突破3000亿。: a bare 亿 after a verb of reaching, closing its clause, whose sentence named a sum
 * of money (GDP, 生产总值, 收入…) before it with no other measure between — the sum reached, in 亿元.
 */
function reachedSumOfSentence(text: string, start: number, last: string | undefined): boolean {
  if (last !== '亿' || !REACHING_BEFORE_SUM.test(text.slice(Math.max(0, start - 4), start).replace(/了$/, ''))) return false;
  const from = Math.max(0, start - 40);
  const window = text.slice(from, start);
  const sentenceStart = Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('！'), window.lastIndexOf('\n')) + 1;
  const sentence = window.slice(sentenceStart);
  let named = -1;
  for (const match of matchesOf(MONEY_WORDS, sentence)) named = match.index + match[0].length;
  return named >= 0 && !NOT_MONEY_BETWEEN.test(sentence.slice(named));
}

/**
 * The end of a date right before a number (2024-07-19 , 2024年7月19日 ): the number opens a time of day.
 * The year is required: 56.7 before a second structure (5.1:38.2:56.7 4.5:36.0:59.5) is no date.
 */
const CLOCK_AFTER_DATE = /(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\s*[日号])\s*$/;

/**
 * Numbers joined by colons, read once, with the sums of their tails (right to left) and of their sizes: when a run is
 * no ratio, each later number of it is tried in turn, and is answered from this run, not by reading the rest again.
 */
interface ColonRun {
  parts: Quantity[];
  at: Map<number, number>;
  tailSums: number[];
  tailSizes: number[];
}

/** The run of colon-joined numbers from `number`: a tail of the last run read when `number` is one of its parts. */
function ratioFrom(text: string, number: NumberToken, out: Found): { run: ColonRun; from: number } {
  const known = out.colons?.at.get(number.start);
  const part = known === undefined ? undefined : out.colons!.parts[known];
  if (part && part.numberEnd === number.end && part.value === number.value) return { run: out.colons!, from: known! };
  const parts = ratioAt(text, number);
  const tailSums = new Array<number>(parts.length + 1).fill(0);
  const tailSizes = new Array<number>(parts.length + 1).fill(0);
  for (let k = parts.length - 1; k >= 0; k--) {
    tailSums[k] = tailSums[k + 1]! + (parts[k]!.value ?? 0);
    tailSizes[k] = tailSizes[k + 1]! + Math.abs(parts[k]!.value ?? 0);
  }
  out.colons = { parts, at: new Map(parts.map((p, k) => [p.start, k])), tailSums, tailSizes };
  return { run: out.colons, from: 0 };
}

/**
 * Whether the parts from `from` on add up to 100 within 0.5, summed left to right as written. The tail's sum from the
 * right differs from that by rounding alone (a few ulps per part): only a sum that close to the bound is added again.
 */
function addsUpTo100(run: ColonRun, from: number): boolean {
  const gap = Math.abs(run.tailSums[from]! - 100);
  const rounding = 4 * (run.parts.length - from) * Number.EPSILON * run.tailSizes[from]!;
  if (Math.abs(gap - 0.5) > rounding) return gap <= 0.5;
  let total = 0;
  for (let k = from; k < run.parts.length; k++) total += run.parts[k]!.value ?? 0;
  return Math.abs(total - 100) <= 0.5;
}

/** A ratio named shortly before in its clause (轻重工业比由, 内外资比例为, 结构调整为…增加到): 比 not as 比上年/比去年, a comparison. */
const RATIO_NAMED_BEFORE = /(?:比(?![上去同前年分赛较如])|比例|结构)[^，,。；;！？\n\d]{0,6}(?:\d+(?:\.\d+)?[:：]\d+(?:\.\d+)?[^，,。；;！？\n\d]{0,6})?$/;

/**
 * A ratio of two parts adding up to 100 that its clause names as one (轻重工业比由3.3:96.7增加到5:95, 内外资比例为30:70):
 * one share per part, as a structure of three is (corpus Decisions 5). Two parts adding up to 100 are never a time of day
 * (hours end at 24, minutes at 59); the whole run only, not the tail of a longer one.
 */
function twoPartRatio(text: string, run: ColonRun, from: number): boolean {
  if (from !== 0 || run.parts.length !== 2) return false;
  const start = run.parts[0]!.start;
  return RATIO_NAMED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * A ratio of three or more parts (三次产业结构调整为2.8:50.9:46.3): one quantity without a unit
 * per part. Two parts (10:30) are a time or a ratio of two, not read; nor are parts that do not
 * add up to 100.
 */
function ratioAt(text: string, first: NumberToken): Quantity[] {
  const parts: Quantity[] = [];
  let number: NumberToken | null = first;
  while (number && !number.chinese) {
    parts.push({
      start: number.start,
      numberEnd: number.end,
      end: number.end,
      value: number.value,
      max: null,
      unit: '',
      placeholder: false,
      post: null,
      approximate: false,
      topN: false,
    });
    const sep: string | undefined = text[number.end];
    number = sep === ':' || sep === '：' ? scanNumber(text, number.end + 1) : null;
  }
  return parts;
}

/**
 * A score or index without a unit, bound by a comparator word after it (区域科技创新指数达到160以上)
 * or reached by a verb before it and closing its clause (两化融合发展水平指数达65，), or stated right after the index's name
 * (价格指数为102.7。, INDEX_STATED).
 */
function unitlessScore(text: string, number: NumberToken, numberEnd: number, from: number): Quantity | null {
  if (number.chinese) return null;
  const rate = RATE_BEFORE.test(text.slice(Math.max(0, number.start - 5), number.start));
  // 城乡居民收入比缩小至2.36:1: a ratio written against one; the :1 is part of the figure.
  const toOne = TO_ONE.exec(text.slice(numberEnd, numberEnd + 4));
  const words = text.slice(Math.max(0, number.start - 12), number.start);
  // (着力缩小差距，男女比例控制在1.1:1以内: the gap must be the figure's own, named in its clause.)
  const gap = toOne !== null && GAP_WORD.test(inClause(words));
  if (!rate && !SCORE_WORD.test(words) && !gap) return null;
  const figureEnd = toOne ? numberEnd + toOne[0].length : numberEnd;
  const post = postComparatorAt(text, skipSpaces(text, toOne ? figureEnd : from));
  const before = text.slice(Math.max(0, number.start - 4), number.start);
  // (城乡收入差距为2.4:1: a gap stated, as a ratio against one; 男女比例为1.05:1 names no gap.)
  // (营商环境指数2024: a year naming the index's edition is no value.)
  const stated = INDEX_STATED.test(before) && !/^(?:19|20)\d\d$/.test(text.slice(number.start, numberEnd));
  const reached = SCORE_REACHED.test(before) || (gap && /为\s*$/.test(before)) || stated;
  // 收入差距由2.5∶1缩小到2.3∶1: the start figure of a from-to pair is a figure too (corpus README, 由A提高到B), and the
  // next figure's metric is not its :1.
  if (!rate && toOne && /[由从]\s*$/.test(before) && TO_AFTER_START.test(text.slice(figureEnd, figureEnd + 6)))
    return singleFigure(number, numberEnd, figureEnd, '', null);
  if (!post && (rate || !(reached && (figureEnd >= text.length || CLAUSE_END.test(text[figureEnd]!))))) return null;
  return singleFigure(number, numberEnd, post ? post.end : figureEnd, '', post ? post.comparator : null);
}

/** A list that ranks places or bodies by a measure, opened after 依次是/依次为 and a colon (…由小到大的顺序依次是：). */
const RANKED_LIST_OPENS = /依次(?:是|为|排列为?)\s*[：:]/;
/**
 * What makes the list a ranking (排名, 排序, 的顺序, 由小到大, 从高到低): a list of the steps of a meeting or of documents
 * opened the same way (议程依次是：开幕式(1)…, 发文依次是：某政发(2024)…) ranks nothing, and its bracketed numbers measure nothing.
 */
const RANKED_BY = /排名|排序|顺序|名次|[由从][高低大小多少好差优劣前后][到至][高低大小多少好差优劣前后]/;
/** One item of such a list before its value in brackets: a name (甲市, 张家口) right after the colon or a 、. */
const RANKED_ITEM_BEFORE = /(?:[：:、]\s*)[\u4e00-\u9fffA-Za-z]{1,10}\s*[（(]\s*$/;
/** How far back a ranked list's opening is looked for. */
const RANKED_LIST_REACH = 240;

/**
 * 由小到大的顺序依次是：甲市(2.46)、乙市(3.80)、丙市(3.81): the value each item of a ranked list gives in brackets after its
 * name, without a unit (an index, a concentration whose unit the heading gave) — a figure of the measure the list ranks by.
 * Only in a list a colon after 依次是/依次为 opens within its sentence; a bracketed number elsewhere (a note, a code) is none.
 */
function rankedValueInBrackets(text: string, number: NumberToken, numberEnd: number): Quantity | null {
  if (number.chinese || !/^\s*[）)]/.test(text.slice(numberEnd, numberEnd + 2))) return null;
  const from = Math.max(0, number.start - RANKED_LIST_REACH);
  const before = text.slice(from, number.start);
  if (!RANKED_ITEM_BEFORE.test(before.slice(-16))) return null;
  const sentenceStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1;
  const sentence = before.slice(sentenceStart);
  const opens = RANKED_LIST_OPENS.exec(sentence);
  if (!opens || !RANKED_BY.test(sentence.slice(0, opens.index))) return null;
  return singleFigure(number, numberEnd, numberEnd, '', null);
}

/** A rate named before a 保…争… pair (增速“保6争7”, 增长保7争8) or right after it (“保6争7”增长目标). */
const RATE_BEFORE_PAIR = /(?:增速|增长|增幅)[“"]?$/;
const RATE_AFTER_PAIR = /^[”"]?(?:的)?(?:增速|增长|增幅)/;
const HOLD_STRIVE_PAIR = new RegExp(HOLD_STRIVE, 'y');

/**
 * 地区生产总值增速“保6争7”: a growth rate held at one figure and striven for at the next, written without % — the first a
 * floor (`>=`, 保 as before 保9000亿元力争…), the second the rate striven for (`=`). Only with a rate named right before the
 * pair or right after it; figures striven for elsewhere (保供争先) carry no digits.
 */
function holdThenStrive(text: string, number: NumberToken, numberEnd: number): Quantity | null {
  if (number.chinese) return null;
  const held = text[number.start - 1] === '保';
  // (Looked for within the pair's reach only: a search back through the whole text was one per number read.)
  const reach = Math.max(0, number.start - 6);
  const found = held ? number.start - 1 : text.slice(reach, number.start).lastIndexOf('保');
  if (found < 0) return null;
  const pairStart = held ? found : reach + found;
  HOLD_STRIVE_PAIR.lastIndex = pairStart;
  const pair = HOLD_STRIVE_PAIR.exec(text);
  if (!pair) return null;
  const heldEnd = pairStart + 1 + pair[1]!.length;
  const isHeld = number.start === pairStart + 1 && numberEnd === heldEnd;
  const isStriven = number.start === heldEnd + 1 && numberEnd === pairStart + pair[0].length;
  if (!isHeld && !isStriven) return null;
  const pairEnd = pairStart + pair[0].length;
  // (力争4%的“保3争4”增长目标: the pair as the name of figures the clause gave before it, no figures of its own.)
  if (/的[“"]?$/.test(text.slice(Math.max(0, pairStart - 2), pairStart))) return null;
  if (!RATE_BEFORE_PAIR.test(text.slice(Math.max(0, pairStart - 4), pairStart)) && !RATE_AFTER_PAIR.test(text.slice(pairEnd, pairEnd + 4))) return null;
  return singleFigure(number, numberEnd, numberEnd, '', isHeld ? '>=' : null);
}

/** A percentage written in words (百分之二十, 三分之一) ending at `numberEnd`, with a comparator word after it. */
function percentInWords(text: string, start: number, numberEnd: number, value: number): Quantity {
  const post = postComparatorAt(text, skipSpaces(text, numberEnd));
  return {
    start,
    numberEnd,
    end: post ? post.end : numberEnd,
    value,
    max: null,
    unit: '%',
    placeholder: false,
    post: post?.comparator ?? null,
    approximate: false,
    topN: false,
  };
}

/**
 * The upper bound of a range written in words, 百分之四点五至百分之五: a separator then 百分之 and a larger number.
 * Returns where that number ends and its value, or null.
 */
function percentRangeEnd(text: string, lowerEnd: number, lower: number): { end: number; value: number } | null {
  const sep = skipSpaces(text, lowerEnd);
  if (!RANGE_SEPARATORS.has(text[sep]!)) return null;
  const next = skipSpaces(text, sep + 1);
  if (!text.startsWith('百分之', next)) return null;
  const upper = scanNumber(text, next + 3);
  return upper && upper.value > lower ? { end: upper.end, value: upper.value } : null;
}

/**
 * N成 (近4成, 六成以上) as a percentage: tenths, when what follows 成 closes the figure (a comparator word, 的,
 * punctuation) — 成为, 成效, 一成不变 and the like are words.
 */
function tenthsAt(text: string, number: { value: number; start: number; end: number }): Quantity | null {
  if (text[number.end] !== '成' || number.value <= 0 || number.value > 10) return null;
  if (!TENTHS_CLOSED.test(text.slice(number.end + 1, number.end + 3))) return null;
  return percentInWords(text, number.start, number.end + 1, Math.round(number.value * 1000) / 100);
}
const TENTHS_CLOSED = /^(?:$|[，。；、,;：:！？）)\s的多]|以[上下内]|左右)/;

/**
 * 一半 (not 计划的一半, half of something named before it), 半数以上 (with its 以上: not 过半数通过, a vote) and a simple fraction written with a slash, 1/3, 1/4左右 (one digit
 * over one digit, the figure closed by a comparator word, 的 or a break: not a date 2024/1/3, a size 1/2英寸, a page
 * 第1/3页 nor a score 3/5分) at `pos`, as a percentage; or null.
 */
function simpleShareAt(text: string, pos: number): { value: number; end: number } | null {
  if (text.startsWith('一半', pos)) {
    // (完成年度投资计划的一半以上: half of a quota, a completion ratio — not a share of its own.)
    if (isChineseNumeral(text[pos - 1]) || text[pos - 1] === '的' || !SHARE_CLOSED.test(text.slice(pos + 2, pos + 4))) return null;
    // (一半的努力收效甚微: 一半的 before a noun is a share of things counted, 一半的耕地 — or what a change cuts, 压减一半的目标.)
    if (text[pos + 2] === '的' && !HALF_OF_COUNTED.test(text.slice(pos + 3, pos + 7)) && !CHANGE_BEFORE_HALF.test(text.slice(Math.max(0, pos - 2), pos)))
      return null;
    return { value: 50, end: pos + 2 };
  }
  if (text.startsWith('半数', pos)) return HALF_COUNT_AFTER.test(text.slice(pos + 2, pos + 8)) ? { value: 50, end: pos + 2 } : null;
  if (text[pos + 1] !== '/' || !isDigit(text[pos + 2]) || /[\d/.．:：A-Za-z第]/.test(text[pos - 1] ?? '') || /[\d/.]/.test(text[pos + 3] ?? '')) return null;
  const numerator = Number(text[pos]);
  const denominator = Number(text[pos + 2]);
  if (numerator === 0 || numerator >= denominator || !SHARE_CLOSED.test(text.slice(pos + 3, pos + 5))) return null;
  if (isSplitOfWhole(text, pos) || PROPORTION_AFTER.test(text.slice(pos + 3, pos + 6)) || BY_PROPORTION_BEFORE.test(text.slice(Math.max(0, pos - 10), pos)))
    return null;
  return { value: Math.round((numerator / denominator) * 10000) / 100, end: pos + 3 };
}

/** 1/2、1/4、1/4, one slash fraction (d/d) after another in a 、 list; `at` is the list's start. */
const SLASH_FRACTION_LIST = /^(?:[1-9]\/[1-9](?:左右)?、)*[1-9]\/[1-9]/;
/**
 * 按省、市、县1/2、1/4、1/4分担, 1/3、1/3、1/3: a 、 list of fractions that add up to one splits a whole among parties — a
 * rule of sharing, not a measure (稳定在全国1/4、1/3: two shares of two things, kept).
 */
function isSplitOfWhole(text: string, pos: number): boolean {
  let start = pos;
  while (start >= 4 && text[start - 1] === '、' && /^[1-9]\/[1-9]$/.test(text.slice(start - 4, start - 1))) start -= 4;
  const list = SLASH_FRACTION_LIST.exec(text.slice(start, start + 48))?.[0] ?? '';
  const parts = list.split('、').map((part) => Number(part[0]) / Number(part[2]));
  return parts.length > 1 && Math.abs(parts.reduce((sum, part) => sum + part, 0) - 1) < 0.01;
}
/** 1/3的比例: a fraction that sets a procedure's proportion (corpus Decisions 5: 按照1:2的比例筛选 is no entry). */
const PROPORTION_AFTER = /^的?比例/;
/** 按照1/3、…, 按省、市、县1/2…: a fraction a rule is applied by, in the same clause. */
const BY_PROPORTION_BEFORE = /按照?(?![期时])[^，。；,;：:！？\d]{0,8}$/;
/** 一半的耕地, 一半的村, 一半的企业: things counted, whose half is a share (not 一半的努力, a figure of speech). */
const HALF_OF_COUNTED =
  /^(?:[\u4e00-\u9fff]{0,2}?)(?:村|乡|镇|县|市|区|耕地|土地|面积|人口|人|户|家庭|企业|项目|学校|医院|社区|群众|居民|干部|资金|投资|产值|收入|岗位|工程|任务|目标)/;
/** 压减一半的目标, 减少一半的: a change the half is the size of. */
const CHANGE_BEFORE_HALF = /(?:压减|减少|下降|降低|缩短|压缩|减|提高|增加|提升|翻)$/;
/** What may follow a half or a fraction for it to be a share: a comparator word, 的, a break or the end (not 一半径, 1/2英寸). */
const SHARE_CLOSED = /^(?:$|[，。；、,;：:！？）)\s的]|以[上下内]|左右)/;
/** 半数以上 and what it counts, not a vote (半数以上同意, 过半数通过). */
const HALF_COUNT_AFTER = /^以上(?!(?:通过|同意|赞成|的?(?:委员|代表|票)))/;

/** X分之Y at `pos` as a percentage, or null. */
function fractionAt(text: string, pos: number): { value: number; end: number } | null {
  const denominator = scanNumber(text, pos);
  if (!denominator || !denominator.chinese || text.slice(denominator.end, denominator.end + 2) !== '分之') return null;
  const numerator = scanNumber(text, denominator.end + 2);
  if (!numerator || denominator.value === 0 || numerator.value > denominator.value) return null;
  return { value: Math.round((numerator.value / denominator.value) * 10000) / 100, end: numerator.end };
}

/**
 * What, right after a unit, makes it part of a word instead (家庭, 人民, 头部企业, 三次产业,
 * 十七届四次会议, 个人, 台阶, 产业链): the number there is no quantity of that unit. One pattern per
 * unit, from the words that follow it.
 */
/** 届, or 届 and the body it elects (届人大, 届全国人大, 届政协, 届人大常委会), right before a session's number. */
const SESSION_OF_TERM_BEFORE = /届(?:全国|省|市|县|区)?(?:人大(?:常委会)?|政协|党代会)?$/;
/** The rest of a list of sessions after one (、五次、六次全会): the list ends at the meeting they are sessions of. */
const SESSION_LIST_AFTER = /^(?:[、和及与][一二三四五六七八九十\d]{1,3}次)+(?:全会|会议|全体会议|常务会议|代表大会)/;
/** What follows 人 in a word of its own (人民, 人才, 人口…), not people counted. */
const PEOPLE_WORD_ENDS = ['民', '才', '员', '口', '均', '工', '大', '社', '力', '类', '们', '体', '群', '性'];
const NOT_UNIT_BEFORE: Readonly<Record<string, RegExp>> = wordsAfter({
  // 家具 (furniture) opens a word, but 家具有/家具备 is the count's 家 before the verb 具有 (培育3家具有…的企业)
  家: ['庭', '居', '具(?![有备])', '园', '乡', '电', '政', '属'],
  人: PEOPLE_WORD_ENDS,
  // 30万人口的县城: 万 and the 人 of 人口, as 人 alone.
  万人: PEOPLE_WORD_ENDS,
  名: ['单', '称', '牌', '优', '片', '义'],
  // 连续11个月, 3个月内: a span of months, not things counted. 个体 is one word only before what makes it one (个体工商户,
  // 个体户, 个体经济, 个体私营…); elsewhere 个 counts what follows: 5个体育公园, 3个体系, 2个体制机制创新平台.
  // 个人 (a person's) opens a word, but not before nouns that open with 人 (20个人居环境示范村, 5个人才驿站, 10个人工智能场景,
  // 3个人防工程): those are things counted.
  个: ['人(?!居环境|才|工智能|防工程)', '性', '体(?=户|工商|商户|经营|经济|私营|劳动|从业|化)', '税', '月'],
  头: ['部', '号', '雁'],
  次: ['产业', '会议', '全会', '全体会议', '常务会议', '代表大会', '性'],
  座: ['谈'],
  // 处理, 处置, 处于, 处罚, 处长, 处室, 处处: 处 opening a word, not places counted (整治隐患点80处)
  处: ['理', '置', '于', '罚', '长', '室', '级', '分', '境', '在', '方', '所', '事', '决', '女', '世', '处'],
  场: ['景', '所', '地', '馆', '主体'],
  户: ['籍', '口', '外'],
  // 八项规定精神: the name of a set of rules whose spirit is studied, not rules counted (出台3项规定 counts).
  项: ['目', '规定精神'],
  元: ['素', '旦'],
  岁: ['月'],
  只: ['有', '要', '是', '能'],
  // 株洲: a city's name, not plants counted
  株: ['洲'],
  万株: ['洲'],
  // 份额: a share of a market, not copies counted
  份: ['额'],
  万份: ['额'],
  // 本地, 本科, 本级, 本届, 本年度…: 本 opening a word (this, local), not books or certificates counted
  本: ['地', '科', '土', '市', '县', '区', '级', '届', '年', '次', '月', '周', '部', '身', '质', '来', '着', '期', '轮', '国', '省', '单位', '行业', '领域'],
  // 匹配, 羽毛球, 羽绒, 颗粒, 列入, 列为, 列车, 列出, 列席, 列支: words these units open, not heads, trains or satellites counted
  匹: ['配'],
  万匹: ['配'],
  羽: ['毛', '绒'],
  万羽: ['毛', '绒'],
  列: ['入', '为', '车', '出', '席', '支', '举', '示', '明', '表', '队', '项', '上', '进', '全'],
  万列: ['入', '为', '车'],
  颗: ['粒'],
  // 2万亿台阶: a tier reached, not 台 (machines); 七台河: a city's name, no machines by a river
  台: ['阶', '河'],
  // 投资500万所需资金, 所得, 所属: 所 opening a word, not schools counted; 八所港: a port's name, no school
  // being a 港
  所: ['需', '得', '属', '有', '在', '谓', '港'],
  // 1对1, 对接, 对外, 对象, 对于, 对标: 对 a preposition or a word, not pairs counted
  对: [
    '\\d',
    '一',
    // 2 对完成改造的农户进行补助, 3 对农村旱厕改造实施奖补: a list item's number before 对 as a preposition
    '完成',
    '农村',
    '接',
    '口',
    '外',
    '象',
    '于',
    '比',
    '标',
    '照',
    '应',
    '策',
    '话',
    '待',
    '等',
    '称',
    '上',
    '内',
    '其',
    '此',
    '该',
    '全',
    '我',
    '企',
    '经',
    '市',
    '县',
    '区',
    '省',
    '国',
  ],
  // 建立5张清单, 打造3张名片, 1张网, 1张蓝图: a plan's own lists and slogans, not sheets counted; so with the
  // list's name quoted between (三张“零关税”清单, 一张“惠企”网)
  张: ['清单', '名片', '蓝图', '网', '[“"][^”"，。；]{1,12}[”"](?:清单|名片|蓝图|网)'],
  // 3部门联合, 部署, 部委, 部级: a ministry or a plan's wording, not lifts or sets counted
  部: ['门', '署', '委', '级', '分', '长', '位', '件', '队', '省', '市', '属', '局', '办'],
  // 种植, 种养, 种业, 种子, 种苗: farming words, not kinds counted
  种: ['植', '养', '业', '子', '苗', '源', '质', '猪', '牛', '羊', '鸡', '类', '粮'],
  // 1条“主线”, 条件, 条例, 条款: a plan's own lines of work and words, not lines counted; 两条腿走路,
  // 一条心: idioms; 6条重点产业链, 产业链, 链条: the chains a plan is organised in — but not 冷链, cold-chain
  // logistics (3条冷链物流线路 are lines). (Articles of a policy, 人才新政30条, are statements' ARTICLES_OF.)
  条: ['“', '"', '主线', '底线', '红线', '件', '例', '款', '约', '腿', '心', '[\\u4e00-\\u9fff]{0,4}(?<!冷)链'],
});

/** One anchored alternation per unit. The entries are pattern sources: plain words need no escaping. */
function wordsAfter(table: Readonly<Record<string, readonly string[]>>): Record<string, RegExp> {
  return Object.fromEntries(Object.entries(table).map(([unit, words]) => [unit, new RegExp(`^(?:${words.join('|')})`)]));
}

/**
 * A count of days named right before its number, or before a verb of reaching (空气质量优良天数281天, 优良天数达到300天以上),
 * or a change in it against a base (优良天数较2020年增加23天, 比全省平均多10天; not 降水天数比常年偏多12天, weather's departure
 * from the normal) and the level it reached after that (，达到320天);
 * a stay counted in days (过夜游客人均停留4.2天).
 */
const DAYS_NAMED_BEFORE =
  /(?:天数(?:(?:较|比)[^，,。；;：:\n]{1,10}?(?:增加|减少|(?<!偏)多|(?<!偏)少)|同比(?:增加|减少)|增加|减少|达到|达|为|实现|保持在|稳定在|超过|突破)?|人均停留(?:时间)?(?:达到|达|为)?|\d天[，,](?:达到|达))$/;
/**
 * How long one result took, closing its clause (从洽谈到开工用时60天，): a measure of that result (corpus Conventions, c180),
 * not a deadline (30天内办结); so does one that 仅用/只用 measures, the result after 就 (仅用15天就控制住疫情; not 要/将/力争 only
 * using so many days, a time planned). (历时N天 is left: it opens a story's lead as often as it measures a result, and its tense
 * is read less surely. Nor a time planned, 计划用时30天: the length of a campaign, no result.)
 */
const DAYS_TAKEN_BEFORE = /(?<!计划|预计|拟|需要|需)(?:用时|耗时|(?<!要|将|力争|争取|确保|计划|预计|拟)(?:仅|只)用了?)$/;
/** The days closing their clause, or 就/便 and what they brought right after them (仅用15天就控制住疫情). */
const DAYS_TAKEN_CLOSING = /^天(?=[，,。；;！？]|$|[就便][\u4e00-\u9fff])/;

/** 个月 (个多月) a result took, closing its clause or before 就/便 and the result. */
const MONTHS_TAKEN = /^个多?月(?=[，,。；;！？]|$|[就便][\u4e00-\u9fff])/;
/** 仅用1个多月就遏制了…: months a result took, as its days are (corpus Decisions 43: 1个月 in 个月), before 个 is read as a count. */
function monthsTaken(text: string, start: number, j: number): { unit: string; end: number } | null {
  if (text[j] !== '个') return null;
  const months = MONTHS_TAKEN.exec(text.slice(j, j + 5));
  return months && DAYS_TAKEN_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ? { unit: '个月', end: j + months[0].length } : null;
}
/** 天 after the number of a count of days (优良天数281天): the days counted, not a deadline (30天内办结). */
function daysCounted(text: string, start: number, j: number): { unit: string; end: number } | null {
  if (text[j] !== '天') return null;
  const before = text.slice(Math.max(0, start - 20), start);
  if (DAYS_NAMED_BEFORE.test(before) || (DAYS_TAKEN_BEFORE.test(before) && DAYS_TAKEN_CLOSING.test(text.slice(j, j + 3)))) return { unit: '天', end: j + 1 };
  return null;
}

/** Unit (required), then an optional post comparator word. */
function finishQuantity(
  text: string,
  start: number,
  numberEnd: number,
  value: number | null,
  max: number | null,
  topN: boolean,
  from: number = numberEnd,
): Quantity | null {
  let j = skipSpaces(text, from);
  let approximate = false;
  // 7亿多吨: the 亿 before 多 starts the unit (亿吨), the number stopped before it.
  const across = value !== null ? unitAcrossMore(text, j) : null;
  if (across) {
    approximate = true;
  } else if (value !== null && (text[j] === '多' || text[j] === '余')) {
    approximate = true;
    j++;
    // 280多万户, 1100余万人: the multiplier after 多 scales the number, as 280万户 does.
    const scale = text[j] === '万' ? 1e4 : text[j] === '亿' ? 1e8 : 1;
    if (scale > 1 && !unitAt(text, j) && unitAt(text, j + 1)) {
      value *= scale;
      j++;
    }
  }
  const written = across ? { unit: across.unit, end: j + across.length } : (monthsTaken(text, start, j) ?? unitAt(text, j) ?? daysCounted(text, start, j));
  if (!written) return null;
  const scaled = scaledCountUnit(text, start, numberEnd, j);
  const found = scaled === null ? written : { unit: scaled, end: written.end };
  if (NOT_UNIT_BEFORE[found.unit]?.test(text.slice(found.end, found.end + 8))) return null;
  // 两列京张智能高铁: trains in words are sets of rolling stock named, not trains run (开行3.6万列 is written in digits).
  if (found.unit === '列' && !/[0-9０-９]/.test(text[numberEnd - 1] ?? '')) return null;
  // 县委十三届三次、四次全会, 区三届人大六次(⏎会议), 十四届全国人大三次会议: a session of a 届 or of the body it elects, not a count.
  if (found.unit === '次' && SESSION_OF_TERM_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return null;
  // 十一届三次、四次、五次、六次全会: every session of the list is one, not only the one its 全会 follows.
  if (found.unit === '次' && SESSION_LIST_AFTER.test(text.slice(found.end, found.end + 24))) return null;
  let unit = found;
  let end = unit.end;
  // A rate unit: 万元/亩, 千瓦时/万元, 万元/人.
  if (text[end] === '/' || text[end] === '／') {
    // (公里/百平方公里: a density per hundred of a unit, the 百 kept in the unit as written.)
    const hundred = text[end + 1] === '百' ? unitAt(text, end + 2) : null;
    const per =
      unitAt(text, end + 1) ??
      (hundred ? { unit: `百${hundred.unit}`, end: hundred.end } : null) ??
      (PER_NOUNS.has(text[end + 1]!) ? { unit: text[end + 1]!, end: end + 2 } : null);
    if (per) {
      unit = { unit: `${unit.unit}/${per.unit}`, end: per.end };
      end = per.end;
    }
  }
  // 微克每立方米: a rate unit written with 每 instead of a slash, kept as written.
  if (text[end] === '每') {
    const per = unitAt(text, end + 1);
    if (per) {
      unit = { unit: `${unit.unit}每${per.unit}`, end: per.end };
      end = per.end;
    }
  }
  // 10%-15%, 3家至5家: a range with the unit written on both bounds.
  if (value !== null && max === null && RANGE_SEPARATORS.has(text[end]!)) {
    const upper = scanNumber(text, skipSpaces(text, end + 1));
    if (upper && upper.value > value) {
      const upperUnit = unitAt(text, skipSpaces(text, upper.end));
      if (upperUnit && upperUnit.unit === unit.unit) {
        max = upper.value;
        end = upperUnit.end;
      }
    }
  }
  let post: Comparator | null = null;
  const k = skipSpaces(text, end);
  const word = postComparatorAt(text, k);
  if (word) {
    post = word.comparator;
    end = word.end;
  }
  // 迈上10亿元台阶, 突破千亿元大关: the tier word belongs to the figure.
  const tier = TIER_WORDS.find((w) => text.startsWith(w, end));
  // 跨越3个十亿元台阶: tiers counted, no sum (as moneyWithoutYuan reads 3个十亿级台阶).
  if (tier && text[start - 1] === '个' && /[亿万]元$/.test(unit.unit)) return null;
  if (tier) end += tier.length;
  // 粮食总产量700亿斤水平: 水平 closing the clause names the figure as the level kept, as 台阶 names a tier — a level
  // about that figure, as 左右 says, unless a comparator word bounds it (达到250亿斤阶段性水平: at least).
  const level = tier ? null : LEVEL_CLOSING.exec(text.slice(end, end + 8));
  if (level) {
    end += level[0].length;
    if (!COMPARATOR_BEFORE_LEVEL.test(text.slice(Math.max(0, start - LONGEST_PRE_COMPARATOR - 1), start))) post ??= '~';
  }
  return { start, numberEnd, end, value, max, unit: unit.unit, placeholder: value === null, post, approximate, topN };
}

/** The marks a page scatters as junk around its words (#%@*): a run of them that holds # or @ is no masked figure. */
const JUNK_MARK = /[*#%@＊＃％＠]/;
/**
 * The end of the run of junk marks a star at `i` stands in (协奏曲*%**#: the run from the first mark before it), or `i`
 * when the run holds neither # nor @ nor a % before a star (**亿元, *%, *.*亿元 stay placeholders).
 */
function junkMarksEnd(text: string, i: number): number {
  let start = i;
  while (start > 0 && JUNK_MARK.test(text[start - 1]!)) start--;
  let end = i;
  while (end < text.length && JUNK_MARK.test(text[end]!)) end++;
  const run = text.slice(start, end);
  // (A masked figure's stars come before its %: a % before the first star, 东大门%*%, is junk too.)
  return /[#@＃＠]|[%％][*＊]/.test(run) ? end : i;
}
