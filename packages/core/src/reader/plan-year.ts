import { AIM, AIM_OR_PLAN, PLANNED_OR_DUE, seasonsIn } from '../grammar/words.ts';
import { chineseYear } from './numerals.ts';

/**
 * Whole-text decisions on the plan year that read one piece of evidence each (round 18). Kept apart from
 * document-info.ts so that each rule states the one thing in the text it rests on.
 */

/**
 * A standing committee named as the body whose meeting a text reports (区人大常委会举行第五次会议, 常务委员会第十二次会议),
 * not only as a person's title (县人大常委会主任何献春宣布大会开幕, 市人大常委会副主任…出席): a congress session's news names the
 * officers presiding by their standing-committee titles, and that makes it no news of the committee's own meeting.
 */
const STANDING_COMMITTEE = /常务委员会|人大常委会/g;
const OFFICER_AFTER = /^(?:党组)?(?:副?主任|秘书长|副秘书长|委员(?!会)|组成人员)/;

export function namesStandingCommitteeMeeting(head: string): boolean {
  for (const m of head.matchAll(STANDING_COMMITTEE)) {
    if (!OFFICER_AFTER.test(head.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/**
 * The one year a text writes of its own (deadlines, bases and years something runs from left out), when its own clause says
 * what will be done in it (2024年，我们将锚定…。预期目标是，…增长7%: YEAR_WILL in document-info.ts): the year the text plans,
 * though it gives no issue date and no plan title. Null when the text writes two years or more, or its one year only reports.
 */
export function soleYearAimedAt(ownYears: readonly number[], willYears: ReadonlySet<number>): number | null {
  const years = new Set(ownYears);
  if (years.size !== 1) return null;
  const year = [...years][0]!;
  return willYears.has(year) ? year : null;
}

/**
 * Funds or projects 争取 from above and counted (争取上级各类项目资金11.88亿元, 向上争取项目73个): obtained, so the 争取 there
 * aims at nothing — a text whose only word of planning it is sets nothing (news of a work report's review). Not projects
 * to start (争取…项目开工30个), nor 争取 before a deadline or with no figure.
 */
const FUNDS_OR_PROJECTS_OBTAINED = /争取(?:到|了)?[^。；，,\n\d]{0,8}?(?:项目|资金)[^。；，,\n\d开]{0,6}?\d/g;
export const withoutObtainedCounted = (text: string): string => text.replace(FUNDS_OR_PROJECTS_OBTAINED, '');

/**
 * The later of the two years running a text writes of its own, when its clause says what will be done in it and the earlier
 * one's only reports (2024年，…迈上3000亿元新台阶。2025年作为…之年，某区将锚定目标…): the year the text plans, as
 * soleYearAimedAt's one year is. Null for one year, three or more, two apart, or the earlier one planned too.
 */
export function laterYearAimedAt(ownYears: readonly number[], willYears: ReadonlySet<number>): number | null {
  const years = new Set(ownYears);
  const year = Math.max(...years);
  if (years.size !== 2 || !years.has(year - 1) || willYears.has(year - 1)) return null;
  return willYears.has(year) ? year : null;
}

/**
 * A year an event runs from (1998年县第十四届人民代表大会第一次会议以来, 自2018年省委提出…的部署以来, 2016年某某副中心启动建设至今):
 * like 2019年以来, a span's start, no year of results. The event is a few words with no clause break, digit or other 年, not
 * joined to the year by 及, 和 or 、 (2019年和今年以来, 2023年及“十四五”以来工作回顾 name the year as one of the text's own).
 */
export const EVENT_SINCE = /\d{4}\s*年(?![及和与暨、])[^。，,；;！？\n\d年]{1,24}?(?:以来|(?<!截)至今)/g;

/**
 * A year a template or a copying site masked (20xx年, 20XX年, 202*年, xxxx年工作回顾) where the text would write its own, with no
 * year of four digits written but in a full date (a stamp, 2023年5月2日): the text withholds its year, so a full date a site stamped on the page
 * (时间:2024.5.2) is the upload's, not the document's. Not a masked year beside years written (c077's 202*年 after 2022年工作回顾).
 */
const MASKED_YEAR = /(?:(?:19|20)(?:[xX×*]{2}|\d[xX×*])|[xX]{4})\s*年/;
export const masksOwnYear = (text: string): boolean => MASKED_YEAR.test(text) && !/\d{4}\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/.test(text);

/**
 * A line holding a full date and nothing else (某县人民政府⏎2023年2月16日, （2024年12月26日）, 二〇二三年三月一日): the date the
 * document is signed or adopted with, its own. A date a page's chrome stamps shares its line with labels (发布时间：2024-04-12
 * 来源：… 浏览次数：…) and is the upload's, so it never outranks this one. Dates written with 年月日 only: a bare 2024-04-12 on a
 * line of its own is a page's stamp as often as not.
 */
// (The spaces around the optional brackets are [ \t\u3000]*(?:[（(][ \t\u3000]*)?, not [ \t\u3000]*[（(]?[ \t\u3000]*: without the
// bracket a line of spaces alone was split two ways, each split tried, quadratic in the line's length.)
const SIGNATURE_DATE =
  /^[ \t\u3000]*(?:[（(][ \t\u3000]*)?((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})[ \t]*年[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \t]*月[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*日[ \t\u3000]*(?:[）)][ \t\u3000]*)?$/gm;

/** The latest year of the text's own date lines (SIGNATURE_DATE), or null when it has none. */
export function signedYear(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(SIGNATURE_DATE)) {
    const year = /^\d/.test(m[1]!) ? Number(m[1]) : chineseYear(m[1]!);
    if (year !== null && year >= 1949 && year <= 2100 && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** 去年 as the time of what a text tells (去年全市…, 去年以来…), not a base of a change (比去年, 较去年同期). */
export const LAST_YEAR_AS_TIME = /(?<![比较于])去年(?!同期)/;
/** A part of the year reported on: 上半年, 前三季度, 一季度, 1-6月. */
const PART_OF_YEAR = /[上下]半年|前[一二三]季度|[一二三四]季度|(?<!\d)1\s*[-—–~至]\s*1?\d\s*月/;
/**
 * Results counted up to the day the page speaks (截至目前, 至今, 迄今, 到目前为止, “十四五”以来, 党的十八大以来) or what
 * stands on that day (目前, 现有泊位12个): of the year the page is dated in. (A year something runs from, 2019年以来, is a
 * year written: the text's own years decide there.)
 */
const TO_DATE = /目前|至今|迄今|以来|现有/;

/**
 * The time a dated page's results are told by, when it writes no year of its own and plans nothing (its only year its
 * lede's or dateline's date: 2024年11月5日⏎截至目前，已累计建成…; 2025年3月5日⏎答：去年我们新引进…): counted from the day
 * of the page, as 今年 is. 'this year' for results to date or of a part of the year (上半年, 1—10月); 'last year' for
 * results of 去年 and nothing later — news of results is of the last year it reports (corpus Decisions 2), and its 去年
 * is the year before the page's. Null when nothing in the text times its results from the page's day.
 */
export function resultsTimedFromPage(text: string): 'this year' | 'last year' | null {
  if (PART_OF_YEAR.test(text) || TO_DATE.test(text)) return 'this year';
  return LAST_YEAR_AS_TIME.test(text) ? 'last year' : null;
}

/** A part of a year written with its year (2023年前三季度): dated by the text, not by the page's day. */
const PART_OF_A_YEAR_WRITTEN = new RegExp(`(?:19|20)\\d{2}\\s*年\\s*(?:第)?(${PART_OF_YEAR.source})`, 'g');
/** A span from a year written (2024年以来, 2019年脱贫以来, 2020年至今): of the years the text writes, not the page's day. */
const SINCE_A_YEAR_WRITTEN = /(?:19|20)\d{2}\s*年[^。，,；;！？\n\d年]{0,24}?(?:以来|(?<!截)至今)/g;
/**
 * Whether a page counts results up to its own day (截至目前, 十年来…累计, 现有…, 一季度 with no year written): those
 * are of the year the page is dated in, though it writes earlier years too. (Not a part of a year the text dates
 * somewhere, 2023年前三季度 under a headline's bare 前三季度: the same part, of the year written.)
 */
export function countsToPageDay(text: string): boolean {
  const dated = new Set([...text.matchAll(PART_OF_A_YEAR_WRITTEN)].map((m) => m[1]!));
  // (A span from a year written, 2024年以来, is of the years the text writes: no count to the page's day.)
  const rest = [...dated].reduce((t, part) => t.split(part).join(''), text.replace(SINCE_A_YEAR_WRITTEN, ''));
  return resultsTimedFromPage(rest) === 'this year';
}

/**
 * A document's own number on a line of its own (某政办发〔2023〕12号, 文号：某农〔2020〕5号): the year it was issued in, the
 * year of a plan with no period named (corpus Decisions 2). Not a number cited inside a sentence (根据《…》（国发〔2022〕2号）):
 * that is another document's — nor one a PDF's line wrap left alone on a line in the body (根据《…》（⏎某政发〔2019〕3号⏎）精神):
 * a document's own number stands in its head, before the salutation (各乡镇：) and within its first lines. Read only where the
 * page gives no full date; it then also ends the deadlines-only reading (onlyDeadlines), as any issue year does.
 */
const OWN_DOCUMENT_NUMBER =
  /^[ \t\u3000]*(?:(?:文号|发文字号|发文号)[ \t]*[：:][ \t]*)?[\u4e00-\u9fff]{1,12}[〔[［【]((?:19|20)\d{2})[〕\]］】][ \t]*第?\d{1,4}[ \t]*号[ \t\u3000]*$/m;
/** How far a document's head reaches at most, and the salutation that closes it (各乡镇：, 各县（市、区）人民政府：). */
const HEAD_CHARS = 400;
const SALUTATION = /^[ \t\u3000]*各[^：:\n]{0,20}[：:]/m;
export function documentNumberYear(text: string): number | null {
  let head = text.slice(0, HEAD_CHARS);
  const salutation = SALUTATION.exec(head);
  if (salutation) head = head.slice(0, salutation.index);
  const m = OWN_DOCUMENT_NUMBER.exec(head);
  return m ? Number(m[1]) : null;
}

/** Aims in the clause after a year word, within a short span: `(?:${year})` then `(?:${aims})` before any clause break. */
const aimsAfter = (year: string, aims: string): RegExp => new RegExp(`(?:${year})(?!以来)[^。；！？\\n]{0,30}?(?:${aims})`);

/**
 * A season or an academic year named by the two years it spans (2023/2024榨季, 2023/24榨季, 2024—2025学年, 2023至2024年度) —
 * grammar's seasonsIn, the one pattern the tense of its figures is read with — whose clause goes on to plan it
 * (计划, 将, 力争, 目标, 预计, 任务: grammar's PLANNED_OR_DUE): the year the season ends, which is the plan year when the text gives no other (corpus
 * Decisions 30, 33). Not a season only reported, years not consecutive, nor a span of years (2021—2025年，…将).
 */
const SEASON_PLANS_AFTER = new RegExp(`^[^。；！？\\n]{0,30}?(?:${PLANNED_OR_DUE})`);
export function plannedSeasonEnds(text: string): number[] {
  return seasonsIn(text)
    .filter(({ end }) => SEASON_PLANS_AFTER.test(text.slice(end, end + 40)))
    .map(({ year }) => year);
}
/** The latest season a text plans (plannedSeasonEnds), or null. */
export function seasonPlannedYear(text: string): number | null {
  const ends = plannedSeasonEnds(text);
  return ends.length > 0 ? Math.max(...ends) : null;
}

/**
 * A plan named by its year that the same clause reports done (2019年制定的…三年行动计划已全面完成, 2022年的各项目标任务圆满完成):
 * a past plan cited in a review, not the document's own. The done word reads as past: after 已 or 均, closing its clause
 * (…圆满完成。), or 收官. Not a plan to be done (…目标任务，确保全面完成), nor a plan's own order (一是全面完成市下达的…目标).
 * `after`: the text after the year's match.
 */
const DONE = '(?:全面|圆满|顺利|如期|超额)';
const REPORTED_DONE = new RegExp(
  `^(?:(?!确保|力争|争取|努力|必须|要|将)[^。；！？\\n]){0,16}?(?:(?:已(?:经)?|均)${DONE}?完成|${DONE}完成了?(?=[，,。；！？\\n]|$)|胜利收官|圆满收官)`,
);
export const reportedDone = (after: string): boolean => REPORTED_DONE.test(after);

/**
 * 明年 with a figure it aims at (明年全市力争…, 明年…增长6%左右, 明年的主要预期目标): news of a year's closing meeting (an 经济工作
 * 会议 in December) that reviews the year under way and sets the next. Not 明年 with a bare 将 or 计划 (明年将谋划一批重大项目,
 * 某项目明年将建成投产, 条例明年1月1日起将施行): a project or a law of next year, no year's aims.
 */
const NEXT_YEAR_AIMS = aimsAfter('明年', `${AIM}|(?:增长|达到|新增|完成|突破)\\s*\\d`);
/**
 * The year under way with what it aims at (今年全县力争…, 今年的目标是…, 全年地区生产总值力争增长6%, 年内将…): the text plans the
 * year it speaks in. Not 今年以来 (results to date), nor 明年全年 or 2025年度 (another year's).
 */
const THIS_YEAR_AIMS = aimsAfter('今年|(?<!明年)全年|年内|(?<![\\d年])年度', AIM_OR_PLAN);
/** 新的一年 with what it aims at (新的一年，全县力争…). */
const NEW_YEAR_AIMS = aimsAfter('新的?一年', AIM_OR_PLAN);
export const aimsAtNextYear = (text: string): boolean => NEXT_YEAR_AIMS.test(text);
/** 明年 aims while the year under way aims at nothing (今年全市经济运行稳中有进): the text plans the year after it speaks in. */
export const aimsAtNextYearOnly = (text: string): boolean => aimsAtNextYear(text) && !aimsAtThisYear(text);
/** 今年 with what it aims at (今年全县力争…, 今年的目标是…): the text plans the year it speaks in. */
export const aimsAtThisYear = (text: string): boolean => THIS_YEAR_AIMS.test(text);
/** A text that goes on to aim at a year after one it reports (今年…力争, 新的一年…将, 明年…增长6%): not one that only names it. */
export const aimsAtLaterYear = (text: string): boolean => aimsAtThisYear(text) || aimsAtNextYear(text) || NEW_YEAR_AIMS.test(text);
