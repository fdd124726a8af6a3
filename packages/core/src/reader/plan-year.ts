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
 * A year an event runs from (1998年县第十四届人民代表大会第一次会议以来, 自2018年省委提出…的部署以来): like 2019年以来, a span's
 * start, no year of results. The event is a few words with no clause break, digit or other 年, not joined to the year by 及,
 * 和 or 、 (2019年和今年以来, 2023年及“十四五”以来工作回顾 name the year as one of the text's own).
 */
export const EVENT_SINCE = /\d{4}\s*年(?![及和与暨、])[^。，,；;！？\n\d年]{1,24}?以来/g;

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
const SIGNATURE_DATE =
  /^[ \t\u3000]*[（(]?[ \t\u3000]*((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})[ \t]*年[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \t]*月[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*日[ \t\u3000]*[）)]?[ \t\u3000]*$/gm;

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
