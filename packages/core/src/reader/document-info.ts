import { BULLET_MARKS, largest } from '../grammar/chars.ts';
import { stopFinder } from '../grammar/stop-finder.ts';
import {
  AIM,
  AIM_VERB,
  MID_TERM_REVIEW,
  PERIOD_NAMES,
  PERIOD_YEARS,
  PLAN_PERIODS,
  seasonsIn,
  withoutPlansNotSet,
  YEAR_LEVEL_COMPARED,
} from '../grammar/words.ts';
import type { PlanYearSource, RegionLevel } from '../model.ts';
import { chineseYear } from './numerals.ts';
import { EXECUTION_HEADING_WORDS, executesPlanOf } from './cited-plan-report.ts';
import {
  aimsAtLaterYear,
  aimsAtNextYear,
  aimsAtNextYearOnly,
  aimsAtThisYear,
  documentNumberYear,
  EVENT_SINCE,
  laterYearAimedAt,
  masksOwnYear,
  namesStandingCommitteeMeeting,
  reportedDone,
  resultsTimedFromPage,
  countsToPageDay,
  signedYear,
  soleYearAimedAt,
  withoutObtainedCounted,
} from './plan-year.ts';
import { findRegion, lastTextOnly } from './regions.ts';
import { readRegion } from './region-reading.ts';
import { firstHolding, matchesHolding, matchesOf } from '../grammar/matches.ts';

export interface DocumentInfo {
  title: string;
  /** Year the plan is for, or null when the text does not say (never the current year). */
  year: number | null;
  /** How the year was found (title, a date with 今年, a plan phrase), or 'unknown'. */
  yearSource: PlanYearSource;
  /**
   * A multi-year plan's period (2023—2027年, “十四五”): its targets are due at its end unless dated. `reviewed`: the text looks
   * back on it (“十三五”规划…完成情况, 回望“十四五”, a page dated after its end).
   */
  period?: { first: number; last: number; reviewed?: boolean };
  /** The year 今年 means, when it is not `year` (a plan for 明年 issued the year before). */
  thisYear?: number;
  /** The year was read from when a government work report was given (its session, its date): its review is of the year before. */
  delivered?: boolean;
  /**
   * The year is the one deadline the text writes (到2026年, 力争到2020年), no issue year: the horizon its aims are due at,
   * so a span of work ahead it opens (未来五年) ends there too (corpus Decisions 28).
   */
  horizon?: boolean;
  region: string | null;
  level: RegionLevel | null;
  parentRegion?: string;
}

const TITLE_LINE = /(?:工作要点|发展要点|行动计划|工作计划|工作安排|实施方案|要点)$/;
/** Words a document's title holds: the kind of document it is. */
const DOCUMENT_WORD = /计划|规划|纲要|方案|要点|报告|通知|意见|目标任务|工作安排|分解|发言|讲话/;
/**
 * A year and the kind of document it heads; not the last year of a period (（2023—2025年）》(以下简称《行动计划》)), nor a year a report reviewed (回顾了2022年的政府工作),
 * nor a year whose results are weighed against its aims (2018年…固定资产投资增长11.6%、低于预期目标; 2023年全县实现预期目标; 2017年…没有达到9%的
 * 预期目标): a year reported.
 * A year's 国民经济和社会发展计划 named in news of it (关于印发2014年国民经济和社会发展计划的通知) is the year it plans, though the
 * news reports 去年 first.
 */
const YEAR_TITLE =
  /(?<![—–\-－~～至到]\s*)(?<!回顾(?:总结)?了?)(\d{4})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:度|\s*[—–\-－~～至到]\s*\d{4}\s*年)?(?:(?!\d{4}\s*年)[^。，\n]){0,24}?(?:工作要点|发展要点|工作安排|工作计划|行动计划|国民经济和社会发展计划(?!\s*(?:执行|完成)情况)|实施方案|(?<!(?:低于|高于|超过|超出|好于|达到|实现|完成)了?(?:年初|全年)?(?:\d+(?:\.\d+)?%)?的?)(?:主要预期目标|预期目标)|目标任务|目标设定|目标设置|指标体系|重点任务|重点工作|工作任务|政府工作|(?:主要)?目标(?=[：:]?[ \t]*(?:\n|$))|主要工作(?=[ \t]*(?:\n|$)))/g;
/**
 * 部署2019年工作, 确定2016年度省重点项目, 2021年安排全市重点建设项目, 2021年全区生产总值增长目标为7.5% (…目标定在11%以上): the year a text sets
 * to work on, or whose targets it states (not a period's last year: （2023—2027年）的工作目标是); also a year
 * whose project programme its sentence gives (2022年，全市…重点项目…年度计划投资436亿元, with no comma too, 2025年142个计划实施项目，…年度计划投资16亿元; not 完成年度投资计划的105%, a result);
 * a year opening a sentence whose verb plans (2025年，兴庆区将重点做好八个方面工作; 2024年，我市计划改造城镇老旧小区130个); a year the text calls a turning
 * year right before 今年's targets (2018年是…开局之年…关键一年。今年…主要预期目标是; 2023年，是…之年。报告明确提出今年…目标 — a review's own turning year,
 * 2023年是…开局之年。一年来，…, goes on to results, not to 今年). The spaces between a line's or sentence's start and
 * its year hold no line break (each line break is a start of its own): spaces that crossed them read a long run of blank
 * lines to its end from each of its starts.
 */
const YEAR_PLANNED =
  /(?:部署|谋划|安排|做好|确定)(\d{4})\s*年|(?<![—–\-－~～至到])(\d{4})\s*年(?:度)?(?:安排|[^。，\n]{0,16}?(?:增长|发展)目标(?:(?:[确设]?定)?[为是]|[确设]?定在))|(?<![—–\-－~～至到])(\d{4})\s*年[，,]?[^。；\n]{0,40}?(?<!完成|完成了)年度(?:计划投资|投资计划)(?![^。；，\n]{0,3}的)|(?:^|[。；\n])[^\S\n\r\u2028\u2029]*(\d{4})年[，,]?[^。；，,\n\d]{0,10}?将(?:重点|着力|全力|继续|加快|围绕|聚焦|坚持|推动|实施)|(?:^|[。；，,\n])[^\S\n\r\u2028\u2029]*(\d{4})年[，,]?是[^。；\n]{0,100}?(?:之年|一年)[。；]\s*(?:[^。；\n\d]{0,12}?(?:提出|明确|确定)了?)?今年[^。\n]{0,20}?目标|(?:^|[。；\n])[^\S\n\r\u2028\u2029]*(\d{4})年[，,]\s*(?:(?!原|已|实际)[\u4e00-\u9fff]){0,4}?计划(?:改造|新建|建设|实施|完成|新增|开工|推进)(?!的)|计划(\d{4})\s*年(?:度)?新?开工项目/gm;
/**
 * 2025年，全市地区生产总值预期增长6%: a year whose sentence goes on to what is expected of a figure (预期增长, 预期达到) states
 * that year's targets — the year planned, as its 预期目标 would be. Not a result weighed against what was expected (2024年，…增长
 * 6.2%，高于预期; 2024年完成预期目标), nor a deadline's (到2025年…预期达到) or a base's year (比2024年), nor a year of results
 * before the year expected (2024年…增长5.1%，2025年预期增长5%: the span stops at the next year).
 */
const YEAR_EXPECTED =
  /(?<![\d比较到至]\s*)(\d{4})\s*年[，,]?(?:(?!完成|实现|超|高于|低于|好于|符合|\d{4}\s*年)[^。；;\n]){0,30}?预期(?:增长|达到|突破|控制在|下降)\s*[\d百千万亿]/g;
/**
 * 具体到2022年，…实现地区生产总值增长13%以上: a text turning from a term's aims to one year's own targets — the year planned. Not
 * one turning from a term's results to a year's (过去五年…。具体到2023年，…增长5.8%，同比提高0.6个百分点): measured against the
 * year before, its figures are results.
 */
const YEAR_TURNED_TO = /具体到\s*(\d{4})\s*年(?![^。！？\n]*?(?:同比|比上年|较上年|实际))/g;
/**
 * 冲刺2025全年目标, 确保2024全年任务完成: the year's goals named with the year written without 年, as news shortens
 * 2025年全年目标 — the year the text works for. Not a number's tail (12025) nor a year with 年 (read by YEAR_PLANNED's kin).
 */
const YEARS_GOALS_WITHOUT_NIAN = /(?<![\d.])((?:19|20)\d{2})全年(?:的)?(?:目标|任务)/g;
/**
 * 2020年初，县督查局对市政府下达的工作责任目标进行细化分解: the year at whose start a text's targets were broken down
 * (分解, 细化, 下达 to its units) is the year they are for, and the year its report of their progress speaks of.
 */
const YEAR_TARGETS_BROKEN_DOWN = /(?:^|[。；\n])[^\S\n\r\u2028\u2029]*(\d{4})\s*年初[，,][^。；\n]{0,40}?(?:目标|任务)[^。；，,\n]{0,8}?(?:分解|细化|下达到)/gm;
/** A line opening with a section number: 一、 / （二） / (三). */
const SECTION_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;
/** A year and the results it brought (2023年高质量发展取得新成效, 2019年经济社会呈现新气象); not a year's aim (2025年要取得更大成效). */
const YEAR_RESULTS =
  '(\\d{4})\\s*年(?:(?:(?!要|将|力争|争取|确保|努力)[\\u4e00-\\u9fff]){0,12}?取得(?!更)[\\u4e00-\\u9fff]{0,4}?(?:成效|成就|成绩)' +
  // 2024年全市上下奋发进取 交出了一份…优异成绩单: the results handed in, worded as a report card (not 2025年要交出…答卷).
  '|(?:(?!要|将|力争|争取|确保|努力)[^。，；！？\\n]){0,30}?交出了?(?:一份)?[^。，；！？\\n]{0,16}?(?:成绩单|答卷)' +
  // 2019年经济社会呈现新气象: the year's new look, a digest's heading of its results (not 2020年要展现新面貌).
  '|(?:(?!要|将|力争|争取|确保|努力)[^。，；！？\\n]){0,16}?(?:呈现|展现|焕发)出?了?[\\u4e00-\\u9fff]{0,4}?新(?:气象|面貌|局面|态势))';
/**
 * 2017年成绩单, 2023年某市干得怎么样: a digest's heading naming the year's report card, or asking how the year went, alone on its
 * line — a part of a work report's review only in news of the session that hears it (reportCardsReviewed), below the headline.
 */
const REPORT_CARD_HEADING =
  /^[ \t\u3000]*(\d{4})\s*年(?:(?:(?!要|将|力争|争取|确保|努力)[\u4e00-\u9fff]){0,6}?(?:成绩单|答卷)|[\u4e00-\u9fff]{0,8}?(?:干|做)得(?:怎么样|怎样|如何))[ \t\u3000]*$/gm;
/** A report card heading a line (REPORT_CARD_HEADING on one line). */
const REPORT_CARD_LINE = new RegExp(REPORT_CARD_HEADING.source);
/** News of a congress session hearing the report (人大三次会议开幕，市长作政府工作报告), not a page citing its goals as a yardstick. */
const SESSION_HEARS_REPORT = /人大[一二三四五六七八九十\d]次会议|人民代表大会[^。\n]{0,12}会议|作[^。\n]{0,12}?政府工作报告/;
/**
 * The years of report-card headings (REPORT_CARD_HEADING) in news of a session, below its first line: the headline of a page of
 * a year's results (2024年民生答卷⏎…政府工作报告承诺的十件实事全部办结) is that page's own year, no part of a review.
 */
function reportCardsReviewed(text: string): number[] {
  if (!SESSION_HEARS_REPORT.test(text)) return [];
  const firstLineEnd = text.indexOf('\n', text.search(/\S/));
  if (firstLineEnd < 0) return [];
  return matchesOf(REPORT_CARD_HEADING, text)
    .filter((m) => m.index > firstLineEnd)
    .map((m) => Number(m[1]));
}
/**
 * A report's review of a year: 2022年工作回顾, 2022年晋中市工作回顾, 回顾总结了2022年工作, 回顾了2022年的政府工作, 回顾某省2024年工作, 回望2022年…, 回首2022年; as
 * news of the report words it, the year's results it showed (报告展示了2024年…发展的成绩, 晒出2024年成绩单); and a
 * 过去一年 heading whose paragraph opens with its year (过去一年⏎2022年是…极为重要的一年); and the year the text says has just
 * passed (刚刚过去的2021年是…: a repost of the report's news that dates nothing else); and a heading line alone that reports a
 * year's plan carried out (一、2024年国民经济和社会发展计划执行情况; not a part of the year, 2024年上半年…).
 */
const YEAR_REVIEWED = new RegExp(
  `(\\d{4})\\s*年(?:度)?[\\u4e00-\\u9fff]{0,6}?工作回顾|回顾(?:总结)?了?(?:[\\u4e00-\\u9fff]{1,6}?(?=\\d))?(\\d{4})\\s*年(?:的|度)?(?:[县市区州省旗]?(?:人民)?政府)?工作|(?:回望|回首)(\\d{4})\\s*年(?!以来)|^[ \\t\\u3000]*${YEAR_RESULTS}[ \\t\\u3000]*$|(?:展示|晒出|盘点|亮出)了?(\\d{4})\\s*年[“"]?[\\u4e00-\\u9fff]{0,16}?(?:成绩|成就|成效)|^[ \\t\\u3000]*过去的?一年[ \\t\\u3000]*\\n\\s*(\\d{4})\\s*年是|刚刚?过去的\\s*(\\d{4})\\s*年(?![底末初中]|以来|[一二三四上下前]|\\d)|^[ \\t\\u3000]*(?:一、)?${EXECUTION_HEADING_WORDS}`,
  'gm',
);
/** A digest's heading of a year's results (2023年高质量发展取得新成效), alone on its line; not a year's aim (2025年要取得更大成效). */
const YEAR_OF_RESULTS_HEADING = new RegExp(`^${YEAR_RESULTS}$`);
/** A five-year plan named as a document: 第十五个五年规划纲要, “十五五”规划. */
const NAMES_PLAN = /五年规划|规划纲要|五[”"’]?规划/;
/** A plan period: 2023—2027年 / （2025-2027年） / (2020─2025年), a box-drawing dash as some sites print it; not a span results
 * are averaged over (2021-2024年年均增长7.4%). The look-behind takes a few spaces at most: an unbounded \s* there re-read a long
 * run of blank lines from each of its characters. */
const YEAR_SPAN =
  /((?:19|20)\d{2})\s*[—–─\-－~～至到]+\s*((?:19|20)\d{2})\s*年(?!年?均)|(?<=(?:方案|规划|计划|纲要)[ \u3000]{0,2}[（(][ \u3000]{0,2})((?:19|20)\d{2})\s*[—–─\-－~～至到]+\s*((?:19|20)\d{2})\s*(?=[）)])/;
/**
 * A plan of a five-year period reported as issued, its period inside its name: 印发了《某市“十四五”卫生健康事业发展规划》, or
 * inside the name of the notice that issues it (发布《关于某省“十四五”文化和旅游发展规划的通知》) — not one a commentary quotes,
 * 根据《…“十四五”…规划》, whose page speaks of its own present.
 */
const PERIOD_PLAN_NAMED =
  /(?:印发|出台|发布|公布|编制|审议通过)了?[^《》。\n]{0,6}(?:《[^《》\n]{0,20}?十[一二三四五六]五[”"’]?[^《》\n]{0,24}?规划(?:[（(][^）)\n]{0,8}[）)])?(?:的通知)?》|[“"‘]十[一二三四五六]五[”"’][^《》。，,；\n]{0,24}?规划)|《[^《》\n]{0,20}?十[一二三四五六]五[”"’]?[^《》\n]{0,24}?规划(?:[（(][^）)\n]{0,8}[）)])?》(?:正式|日前|近日)?(?:印发|出台|发布|公布)/;
/**
 * The first year of a five-year period whose own plan a page dated later inside the period reports issued
 * (PERIOD_PLAN_NAMED): the year the page's targets are planned for (corpus Decisions 2), not the day it was posted.
 * Only when that plan is the page's subject — named in its headline or first paragraph, or the headline names a 规划 — and
 * the page gives no figure of this year (今年/全年): a yearly report or a meeting's news that mentions a plan issued in
 * passing (过去一年，我们出台“十四五”专项规划12个。…今年…增长6%) speaks for its own year.
 */
function periodPlanIssuedBefore(title: string, text: string, issued: number, aimedAt: () => AimedPeriod | null): number | null {
  const quoted = PERIOD_PLAN_NAMED.exec(/规划/.test(title) ? text : `${title}\n${pageOpening(text)}`);
  const own = (quoted && !NOTICE_ON_PLAN_WORK.test(quoted[0]) ? readPeriod(quoted[0]) : null) ?? periodAimedAtOverStamp(text, aimedAt);
  return own && !own.reviewed && own.first < issued && issued <= own.last && !figureOfThisYear(text) ? own.first : null;
}
/** A page speaking of its own present: this year's work or results so far (今年，我局将…, 年内计划…, 截至目前…已建成, 近年来…). */
const SPEAKS_OF_ITS_PRESENT = /今年|年内|本年度?|明年|目前|截至|近年来|下一步/;
/** A plan of its own span, shorter than a period's (三年行动计划, 两年攻坚, 用三年时间): of its issue year, the span's first. */
const OWN_SPAN_PLAN = /[两三]年(?:行动|攻坚|提升)|用[两三]年(?:左右的?)?时间/;
/** The words right before a period that refer to another's plan (按照“十四五”规划, 围绕“十四五”目标, 为贯彻落实《某市“十四五”…规划》). */
const REFERS_TO_PERIOD_PLAN = /(?:按照|根据|依据|贯彻|落实|对照|对标|围绕)《?[^《》，,。；\n]{0,10}$/;
/**
 * periodAimedAt on a page dated later in the period, which it outranks only when nothing else tells the page's own time: not a
 * page speaking of its present (今年，县交通运输局将…, 截至目前，全市已建成…: news or a yearly plan of its date, quoting the
 * period's aims), not a plan of a span of its own (三年行动计划), and not one naming the period only as another document's it
 * carries out or follows (为贯彻落实《某市“十四五”生态环境保护规划》，制定本方案, 按照“十四五”规划，到2025年…).
 */
function periodAimedAtOverStamp(text: string, aimedAt: () => AimedPeriod | null): AimedPeriod | null {
  if (SPEAKS_OF_ITS_PRESENT.test(text) || OWN_SPAN_PLAN.test(text)) return null;
  if (periodsOnlyReferredTo(text)) return null;
  const aimed = aimedAt();
  // (Nor news of a plan issued whose name names no period, 某省印发制造业数字化转型行动方案: issued on the page's date, it is of
  // that year, Decisions 2 — unless the page writes the issue's own earlier year, 禹州市人民政府公报2021年第4号…出台《…实施方案》.)
  if (aimed && PLAN_ISSUED_UNPERIODED.test(text) && !writtenYears(text).some((year) => year <= aimed.first)) return null;
  return aimed;
}
/** Whether every five-year period a text names is another document's it carries out or follows (REFERS_TO_PERIOD_PLAN). */
function periodsOnlyReferredTo(text: string): boolean {
  const fives = matchesOf(FIVE_YEARS, text);
  return fives.length > 0 && fives.every((five) => REFERS_TO_PERIOD_PLAN.test(text.slice(Math.max(0, five.index - 16), five.index)));
}
/**
 * A document's name cited after a verb that carries it out or follows it (为深入贯彻落实《某省建设规划纲要（2024—2035年）》，制定本
 * 方案): its span is that document's, not the text's own period.
 */
const CITED_NAME = /(?<=(?:按照|根据|依据|贯彻|落实|对照|对标)[ \u3000]{0,2})《[^《》\n]{1,80}》/g;
/** The text with each cited name (CITED_NAME) blanked, of the same length. */
const withoutCitedNames = (text: string): string => text.replace(CITED_NAME, (name) => ' '.repeat(name.length));
/** A plan reported issued under a name that names no period (印发制造业数字化转型行动方案, 出台《某市乡村建设行动实施方案》). */
const PLAN_ISSUED_UNPERIODED =
  /(?:印发|出台|发布)了?(?:《(?![^《》\n]*十[一二三四五六]五)[^《》\n]*(?:方案|计划|意见)》|[^《》。，\n]{0,20}?(?:行动方案|实施方案|行动计划|工作方案|实施意见))/;
/**
 * A document on a period's plan named in book marks, its name going on past the plan's to a notice, an opinion or a review
 * (《关于推进落实“十四五”养老服务规划的通知》, 《关于某省“十四五”…规划中期评估情况的通知》): the page tells of that document's work, of its own
 * date — not the plan's issue (《关于印发…规划的通知》, which PERIOD_PLAN_NAMED reads).
 */
const PERIOD_PLAN_WORK_NAMED =
  /《(?![^《》\n]{0,8}关于印发)[^《》\n]{0,30}?十[一二三四五六]五[^《》\n]{0,40}?规划[^《》\n]{0,16}?(?:通知|意见|情况|报告|决定|方案)》/;
/** A five-year period a page's aims are due at the close of (periodAimedAt). */
interface AimedPeriod {
  first: number;
  last: number;
  reviewed: false;
}
/**
 * The five-year period a page's aims are set for, though it names no plan issued (“十四五”期间，我市加强…。到2025年，力争…;
 * 根据《某市“十四五”…规划（征求意见稿）》，到2025年…): the latest period the page names, reviewed nowhere it is named, when
 * the page's deadlines include that period's last year and none falls before it (a vision beyond it, 到2035年, aside). A page
 * with an earlier stage (到2023年…，到2025年…) is a plan of its own issue year, not the period's.
 */
function periodAimedAt(text: string): AimedPeriod | null {
  if (PERIOD_PLAN_WORK_NAMED.test(text)) return null;
  let first = 0;
  for (const five of matchesOf(FIVE_YEARS, text)) first = Math.max(first, fiveYearFirst(five));
  if (first === 0) return null;
  const last = first + 4;
  const deadlines = matchesOf(DEADLINE_YEAR, text).map((m) => Number(m[1]));
  if (!deadlines.includes(last) || deadlines.some((year) => year < last) || reviewedElsewhere(text, first)) return null;
  // (Nor a page writing a later year of the period as its own, 杭州2023年游客接待量…: it speaks from that time, and quotes the plan.)
  return writtenYears(text.replace(DEADLINE_YEAR, '')).some((year) => year > first && year < last) ? null : { first, last, reviewed: false };
}
/**
 * A notice on the work of a period's plan, not issuing it (《关于推进落实“十四五”养老服务规划的通知》, 《关于贯彻落实某省“十四五”…规划的
 * 通知》): a page of its own year, whose plan was issued before.
 */
const NOTICE_ON_PLAN_WORK =
  /关于(?!印发)[^《》\n十]{0,12}?(?:贯彻|落实|推进|实施|做好|开展|加强|执行|评估|督查)[^《》\n]*?十[一二三四五六]五[^《》\n]*的通知》/;
/** A page's headline and date lines and its first paragraph of prose: all up to the end of the first line holding a sentence's end. */
function pageOpening(text: string): string {
  // A digest's bullet lines under the headline (• “十四五”发展目标涉及：…。) sum the story up: its first paragraph is after them.
  for (let at = 0; at < text.length;) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    if (/[。！？]/.test(text.slice(at, end)) && !DIGEST_LINE.test(text.slice(at, end))) return text.slice(0, end);
    at = end + 1;
  }
  return text;
}
/** A line opening with a bullet mark (• …): a digest's summary of the page, no paragraph of its own. */
const DIGEST_LINE = new RegExp(`^\\s*[${BULLET_MARKS}]`);
/**
 * A sentence holding 今年 or 全年 and a figure (今年全市地区生产总值增长6%左右): the page sets or reports this year's figures.
 * (Each sentence is looked at within a fixed span either side of the word.)
 */
function figureOfThisYear(text: string): boolean {
  for (const m of text.matchAll(/今年|全年/g)) {
    const before = text
      .slice(Math.max(0, m.index - 80), m.index)
      .split(/[。！？；\n]/)
      .pop()!;
    const after = text.slice(m.index, m.index + 80).split(/[。！？；\n]/)[0]!;
    if (/\d/.test(before + after)) return true;
  }
  return false;
}
/** The periods' ordinals (十四 of 十四五), as 第十四个五年规划 writes them. */
const PERIOD_ORDINALS = PLAN_PERIODS.map(([name]) => name.slice(0, -1)).join('|');
/**
 * A five-year plan period (“十四五”); reviewed (完成情况) it speaks of its last year. 第十三个五年发展规划 only inside a document's
 * name in book marks (《某区…第十三个五年发展规划纲要》): bare, it frames a year's work (今年是实施第十四个五年发展规划的关键一年).
 */
const FIVE_YEAR = new RegExp(
  `[“"‘]?(${PERIOD_NAMES})[”"’]?|第(${PERIOD_ORDINALS})个五年(?:(?<=《[^《》\n]{0,40}第[一二三四五六七八九十]{1,3}个五年)发展)?规划`,
);
/** The plan period a five-year match names: “十四五” and 第十四个五年规划 alike. */
const fiveYearFirst = (m: RegExpExecArray): number => PERIOD_YEARS.get(m[1] ?? `${m[2]!}五`)!.first;
/** A five-year period named, perhaps quoted, perhaps as its plan (“十四五”规划的): what a turning year or a period's turn is of. */
const PERIOD_NAMED = `[“"‘]?(${PERIOD_NAMES})[”"’]?(?:规划)?的?`;
/**
 * “十四五”规划收官之年, “十五五”开局(起步)之年: the last or first year of a five-year plan, named by its place in it; a
 * short aside in brackets after the word is read past (收官（结束）之年, as a repost glosses it).
 */
const TURNING_YEAR = new RegExp(
  `([^\\n]{0,6})${PERIOD_NAMED}(?:[\\u4e00-\\u9fff]{2}之年、)?(收官|开局)(?:[（(][^（()）\\n]{1,4}[）)])?(?:起步|决胜)?之年`,
  'g',
);

/** 刚刚过去的一年，是…, 去年是…: the year just past, named right before a turning year. */
const JUST_PAST = /(?:过去的?一年|去年|上年)[，,]?是$/;
/** 明年是…, 明年将是…: the year to come, named right before a turning year — the text is of the year before it. */
const YEAR_TO_COME = /明年[，,]?(?:将|即将)?是$/;

/**
 * A period named by its start or close (“十五五”开局, 开好局, 良好开局, 开局起步, “十四五”收官, 收官之年): one year of it, its first or
 * last; not a period named as a plan (“十五五”规划纲要) or as a span (“十五五”时期), nor one whose word a bracket follows
 * (收官（结束）之年 is read as a turning year below; a long bracket is no aside and names none).
 */
const PERIOD_TURN = new RegExp(`${PERIOD_NAMED}(?:良好|好)?(开局|起步|开好局|收官)(?![（(])`);
/**
 * Such a period opening the text (its first 30 characters, where a headline stands); not one said of the year just
 * past (去年是“十三五”收官之年), which makes the text the next year's (turningYear).
 */
const turnOpening = (head: string): RegExpExecArray | null => {
  const m = PERIOD_TURN.exec(head);
  const before = head.slice(0, m?.index ?? 0);
  // (Nor one under a review heading, 2025年工作回顾⏎2025年是“十四五”收官之年: the year reviewed.)
  return m && m.index <= 30 && !JUST_PAST.test(before) && !YEAR_TO_COME.test(before) && !/回顾/.test(before) ? m : null;
};
/**
 * A period named by its close in a sentence (确保“十四五”圆满收官, 为“十三五”顺利收官打下基础): its last year, the one the text
 * speaks of (收官之年 is read as a turning year; a period named as a plan or a span, “十四五”规划, “十四五”时期, is not closed here).
 */
const PERIOD_CLOSING = new RegExp(`${PERIOD_NAMED}(?:圆满|顺利|胜利|完美|全面)?收官(?!之年|[（(])`);
/** The year of a period's turn: its last for 收官, else its first (开局, 起步). */
const yearOfTurn = (name: string, turn: string): number => {
  const period = PERIOD_YEARS.get(name)!;
  return turn === '收官' ? period.last : period.first;
};

/**
 * A year a report's review says was completed (2016年较好完成了…确定的年度任务，…是“十三五”规划的开局之年): the
 * turning year its sentence names is looked back on, not the year the text is for.
 */
const YEAR_COMPLETED = /\d{4}\s*年[^。！？\n]{0,8}?(?:完成|实现|取得)了/;
const sentenceBefore = (text: string, at: number): string =>
  text
    .slice(Math.max(0, at - 200), at)
    .split(/[。！？\n]/)
    .pop()!;

/**
 * A year an aim is dated by (力争2025年底…, 确保到2025年…, 争取在2025年…), also written before the aim in its clause
 * (2023年襄阳经济总量力争实现6400亿元).
 */
const AIMED_YEAR = new RegExp(String.raw`(?:${AIM_VERB})(?:到|在|于)?\s*(\d{4})\s*年|(\d{4})\s*年[^，,。；！？\n\d]{0,12}?(?:${AIM_VERB})`, 'g');
/** A year opening a sentence, set off by its comma (2024年，忠县地区生产总值增长6.7%). */
const YEAR_OPENING_SENTENCE = /(?:^|[。；！？\n])[^\S\n]*(\d{4})\s*年[，,]/g;
/** 今年的项目建设攻坚年行动中: 今年 and the campaign, project or drive it names (four characters or more). */
const THIS_YEARS_NAMED = /今年的([\u4e00-\u9fff]{4,16}?)(?:中|里|期间|[，,。；])/g;
/**
 * The year a text's 今年 is, when 今年 names what a sentence opened by that year (2023年，…) starts without a figure
 * (a campaign, not results: 深入开展项目建设攻坚年行动) — that year's own, so the text is of it, not the year after.
 */
function yearThisYearNames(text: string): number | null {
  const named = [...text.matchAll(THIS_YEARS_NAMED)].map((m) => m[1]!);
  if (named.length === 0) return yearOfProgrammeThisYearNames(text);
  const sentenceEnd = stopFinder(text, /[。！？\n]/g);
  for (const m of text.matchAll(YEAR_OPENING_SENTENCE)) {
    const opened = m.index + m[0].length;
    const stop = sentenceEnd(opened);
    const sentence = text.slice(opened, stop < 0 ? text.length : stop);
    if (plausibleYear(Number(m[1])) && !/\d/.test(sentence) && named.some((name) => sentence.includes(name))) return Number(m[1]);
  }
  return yearOfProgrammeThisYearNames(text);
}
/** 今年惠民工程共涉及20项, 今年的民生实事: 今年 and the yearly programme it names (…工程, …实事, …行动, …活动). */
const THIS_YEARS_PROGRAMME = /今年的?([\u4e00-\u9fff]{2,8}?(?:工程|实事|行动|活动))/g;
/**
 * 全面启动2019年惠民工程。…今年惠民工程共涉及20项: a yearly programme named by its year in a sentence stating no figure (its
 * launch, not its results) and then as 今年's — the same programme, so 今年 is that year. (2023年惠民工程完成投资5亿元 reports.)
 */
function yearOfProgrammeThisYearNames(text: string): number | null {
  for (const m of text.matchAll(THIS_YEARS_PROGRAMME)) {
    const name = m[1]!;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const year = /(\d{4})\s*年度?$/.exec(text.slice(Math.max(0, at - 8), at));
      if (!year || !plausibleYear(Number(year[1]))) continue;
      const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
      const ends = [text.indexOf('。', at), text.indexOf('\n', at)].filter((i) => i >= 0);
      const sentence = text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
      if ((sentence.match(/\d+/g) ?? []).length === 1) return Number(year[1]);
    }
  }
  return null;
}
const aimedYears = (text: string): Set<number> => new Set([...text.matchAll(AIMED_YEAR)].map((m) => Number(m[1] ?? m[2])));

/** The year a text calls a plan's first or last: the one it says 今年 is, else the first it names (not a year reviewed as done). */
function turningYear(text: string): number | null {
  let first: number | null = null;
  // (Every turning year ends on 之年: a text without one is not searched, the pattern's opening context tried everywhere.)
  for (const m of matchesHolding('之年', TURNING_YEAR, text)) {
    if (YEAR_COMPLETED.test(sentenceBefore(text, m.index))) continue;
    const year = yearOfTurn(m[2]!, m[3]!);
    if (/今年|本年/.test(m[1]!)) return year;
    // 刚刚过去的一年，是“十一五”的布局之年、开局之年: the year just past was the turning year; the text is for the next.
    const said = sentenceBefore(text, m.index) + m[1]!.replace(/[“"‘]$/, '');
    if (JUST_PAST.test(said)) return year + 1;
    // 明年是“十五五”开局之年: the year to come is the turning year; the text is for the one before.
    if (YEAR_TO_COME.test(said)) return year - 1;
    first ??= year;
  }
  return first;
}
/**
 * “十四五”答卷, “十四五”成绩单: a period's answer sheet handed in, so the period is reviewed; not one still to
 * write (“十五五”时期，要奋力交出高质量发展新答卷).
 */
function handedIn(after: string): boolean {
  const sheet = /答卷|成绩单/.exec(after);
  return sheet !== null && after[sheet.index - 1] !== '新' && !/要|将|奋力|努力|力争|确保|书写|谱写/.test(after.slice(0, sheet.index));
}
/** A year a line looks back on (回顾过去的2025年，…交出了一份成绩单): the year reviewed, not the one planned. */
const YEAR_LOOKED_BACK = /(?:回顾|回望|过去的?)\s*\d{4}\s*年/g;
/** A long-range vision named beside a plan (和2035年远景目标纲要): not the year the plan is for. */
const VISION_YEAR = /(\d{4})\s*年远景/g;
/** 明年 heading the targets a text sets (明年经济社会发展主要预期目标是): the text is written the year before them. */
const NEXT_YEAR_GOALS = /明年[^。；\n]{0,12}?(?:主要预期目标|预期目标|发展目标|主要目标)/;
/** Words that set a target for the year a text is dated in (推进全年…按计划完成, 将…完成各项目标任务). */
const SETS_TARGET = /全年|年内|力争|确保|目标任务|计划完成|(?:今后|未来)[五5]年[^。；\n]{0,16}?目标(?:是|为)/;
/** A yearly work plan's own name: one without a year in its title is for the latest year it writes. */
const YEARLY_PLAN = /工作要点|工作计划|工作安排/;

/**
 * Title, year and issuing region of a plan, from its cleaned text. The year is the latest year
 * that a plan phrase names ("2024年工作安排" beats "2023年工作及成效"); the region is its issuer
 * (readRegion).
 */
export function readDocumentInfo(text: string, withoutNotSet?: string): DocumentInfo {
  const title = readTitle(text);
  const { year, source: yearSource, period, thisYear, delivered, horizon } = readYear(title, text, withoutNotSet);
  const { region, level } = readRegion(title, text);
  const entry = region ? findRegion(region) : undefined;
  return {
    title,
    year,
    yearSource,
    ...(period ? { period } : {}),
    ...(thisYear !== undefined ? { thisYear } : {}),
    ...(delivered ? { delivered } : {}),
    ...(horizon ? { horizon } : {}),
    region,
    level,
    ...(entry?.parent ? { parentRegion: entry.parent } : {}),
  };
}

/** A disclosure page's metadata row naming the document: 名称: | 关于…的报告 |, 文件名称：…, 标题：… (not 原标题). */
const LABELLED_TITLE = /^[ \t|]*(?:文件)?(?:名\s*称|标\s*题)\s*[：:][ \t|]*([^|\t\n]{4,80}?)[ \t]*(?:\||$)/m;

function readTitle(text: string): string {
  const labelled = LABELLED_TITLE.exec(text.slice(0, 2000));
  if (labelled) return labelled[1]!;
  const lines = text.split('\n').map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < 4 || line.length > 50 || /[。：:]/.test(line) || /^附件|^关于/.test(line)) continue;
    const next = lines[i + 1] ?? '';
    // A title broken over two lines: "宿州市…行动计划" + "2023年工作要点".
    if (TITLE_LINE.test(next) && next.length <= 20 && /^\d{4}年/.test(next)) return line + next;
    if (TITLE_LINE.test(line)) return line;
  }
  const head = /^\s*(\d{4}年[^。，\n]{2,30}?(?:工作要点|发展要点|行动计划|工作安排))/.exec(text);
  if (head) return head[1]!;
  return headline(lines, text);
}

/**
 * A news headline whose column name and title one bar sets apart (直通两会·解读政府工作报告 | 2021年巩固恢复性增长): a
 * headline still, not a table row — words on both sides, no bar at either end, and no page furniture (来源, 时间, 作者).
 */
const HEADLINE_IN_TWO_PARTS = /^(?![^|]*(?:来源|來源|时间|時間|作者|编辑|發布|发布))[^|]*[\u4e00-\u9fff]{2}[^|]*\|[^|]*[\u4e00-\u9fff]{4}[^|]*$/;

/** A speaker reporting to a people's congress: 我代表市人民政府向大会报告工作. */
const REPORTS_TO_CONGRESS = /向大会(?:作|报告)(?:政府)?工作/;
/** A list item, not a headline: a line opening with a bullet (●2023年…) or closing with ；. */
const LIST_ITEM = new RegExp(`^[${BULLET_MARKS}]|[；;]$`);

/**
 * A page's headline among its first lines: a short line without a full stop that names a kind of
 * document (…计划的通知, …政府工作报告) or a year (2017年云南工业增加值将超4200亿元).
 */
/**
 * A line opening with who speaks and a verb of saying set off by a comma (报告指出，…, 会议强调，…, 他表示，…): a sentence of
 * a story's body — an excerpt's cut last line too — never its headline, though it names a plan and a year.
 */
const REPORTED_SPEECH_OPENING = /^[^\d，,。：:\s]{1,8}?(?:指出|提出|强调|表示|认为|要求|明确)[，,]/;

/** A line heading with a year (2023年…, 锚定前列2024某市这样拼): not a date (2025年01月08日 来源：…). */
const YEAR_HEADING = /^\D{0,12}((?:19|20)\d{2})(?!\s*年\s*\d{1,2}\s*月)(?=\s*[\u4e00-\u9fff])/;
/**
 * Whether lines heading with a year name more than one year: the part headings of a story (2023年某市干得怎么样 … 2024年某市还要
 * 怎么拼). Not a numbered section heading (二、2023年工作打算 under 某乡2022年工作总结: the document's own part).
 */
function headingsOfTwoYears(candidates: readonly string[]): boolean {
  const years = new Set(
    candidates
      .filter((l) => !SECTION_HEADING.test(l))
      .map((l) => YEAR_HEADING.exec(l)?.[1])
      .filter((y) => y !== undefined),
  );
  return years.size > 1;
}

function headline(lines: readonly string[], text: string): string {
  const first = lines.filter((l) => l !== '').slice(0, 12);
  const candidates = first.filter(
    (l) =>
      l.length >= 6 &&
      l.length <= 80 &&
      !/[。！？\t]/.test(l) &&
      (!l.includes('|') || HEADLINE_IN_TWO_PARTS.test(l)) &&
      !LIST_ITEM.test(l) &&
      !REPORTED_SPEECH_OPENING.test(l) &&
      /[\u4e00-\u9fff]{4}/.test(l),
  );
  // (A report also when the text has its speaker report to the congress: 我代表市人民政府向大会报告工作.)
  // (Any of the first lines names it, a table row's cell too: 政府工作报告摘登 | closed by a pipe is no candidate.)
  const reportNamed = first.some((l) => /政府工作报告/.test(l)) || REPORTS_TO_CONGRESS.test(text);
  // The story's first paragraph: a long line of prose closed by a full stop.
  const firstProse = first.findIndex((l) => l.length > 60 && /。/.test(l));
  const named =
    // (Not a numbered section heading, 一、2023年…计划执行情况: never the title.)
    // (A five-year plan named by its ordinal, 关于制定…第十五个五年规划的建议, names its period as “十五五” does.)
    candidates.find((l) => DOCUMENT_WORD.test(l) && /\d{4}\s*年|十[一二三四五六]五|第十[一二三四五六]个五年规划/.test(l) && !SECTION_HEADING.test(l)) ??
    candidates.find(
      (l) =>
        // (Not a line of words under the story's first paragraph, 2024年气势如虹 after a news lede: the heading of a part of
        // it. A line with a figure of its own, 2024年——全市工业产值增长6.2%, is read as before.)
        (firstProse < 0 || first.indexOf(l) < firstProse || /\d/.test(l.replace(/\d{4}\s*年/, ''))) &&
        // (Or its year without 年 before the session it names: 2024“两会”解读政府工作报告要点之二.)
        (/^\D{0,12}\d{4}\s*年/.test(l) || SESSION_YEAR_OPENING.test(l)) &&
        !BODY_LINES.some((body) => body.test(l)) &&
        // 2023年高质量发展取得新成效 under a report's name: the heading of its review, not the page's headline.
        !(reportNamed && YEAR_OF_RESULTS_HEADING.test(l)) &&
        // (Nor a report card, 2017年成绩单, below the first line of news of the session: a heading of its review.)
        !(l !== first[0] && SESSION_HEARS_REPORT.test(text) && REPORT_CARD_LINE.test(l)) &&
        // (Nor one of a story's part headings that name two years, 2023年某市干得怎么样 … 2024年某市还要怎么拼: a review's
        // heading and a plan's, neither the page's headline.)
        !headingsOfTwoYears(candidates),
    );
  return named ?? '';
}

/**
 * A year set off by a comma heading the targets it sets (2025年，全市经济社会发展主要预期目标是, 2022年，全州经济社会发展的主要目标是：,
 * 2025年，…的主要预期目标任务是：;
 * also with the verb that set them before 为 (2019年，全省…主要预期目标建议为：, …目标确定为, …目标设定为, …目标定为: a report's or a session's wording);
 * not 到2027年目标：, a deadline, nor 2026年目标是… inside a sentence, nor goals reported met: 2023年，全州实现主要目标为).
 */
const YEAR_OF_TARGETS =
  /(?<!到\s*)(\d{4})\s*年[，,](?:(?!完成|实现)[^。；;\n\d]){1,16}?(?:主要)?(?:预期)?目标(?:任务)?(?:(?:建议|确定|设定|初步定|拟定|定|调整|安排)?为|(?:建议|确定)?是|[：:])/g;
/**
 * A year whose clause goes on to what will be (2031年将是…一年, 2031年某县将实施…, 2031年全市将着力…, 2031年，我们将锚定…,
 * 2031年，某县将扎实…), also after the year is framed (2031年，是…的关键之年，更是…的攻坚之年。某区将…); not 将近 (nearly), nor
 * 将 as 把 before a noun (2022年，全市将养老服务纳入…). 要 says it as 将 does (他要求，2019年，某省交通要围绕…; not 主要, 重要, 需要), and
 * 将于 names an event to come in the year (2024年全国“两会”将于3月初登场): the year under way or ahead, no year of results.
 */
const YEAR_WILL =
  /(?<![到至]\s*|\d)(\d{4})\s*年(?:[，,]?(?:是|作为)[^。；！？\n\d]{1,90}?之年[，,。])?[，,]?([^。；，,\n\d]{0,10}?)(将|(?<![主重需必只想还])要)(是|成为|迎来|重点|着力|全力|继续|加快|围绕|聚焦|坚持|推动|实施|以|进一步|持续|力争|确保|努力|锚定|打造|推进|扎实|切实|全面|大力|深入|认真|积极|奋力|紧紧|紧扣|坚决|高质量|于)/g;
/**
 * Whether a YEAR_WILL match says what a thing the year qualifies will do, by 要 or 将于 (2023年开工的青石大桥将于明年通车,
 * 2023年签约的项目要加快建设): the year is the one it was begun in, a year of results — not a year that will be.
 */
const thingOfTheYear = (m: RegExpMatchArray): boolean => (m[3] === '要' || m[4] === '于') && m[2]!.includes('的');
/** The years whose clause goes on to what will be (YEAR_WILL). */
const yearsWill = (text: string): Set<number> =>
  new Set(
    matchesOf(YEAR_WILL, text)
      .filter((m) => !thingOfTheYear(m))
      .map((m) => Number(m[1])),
  );
/**
 * A year whose goals a sentence names as what it has just listed (…增长6%以上……这是某区2024年的发展目标。): the year aimed at,
 * not one of results — not goals reported met (2023年全区圆满完成了既定的发展目标。), nor a deadline (到2025年的发展目标).
 */
const YEAR_GOALS_NAMED = /(?<![到至]\s*|\d)(\d{4})\s*年度?的?(?:(?!完成|实现|达到|超)[^。，,；;\n\d]){0,8}?(?:发展|奋斗)目标\s*[。；！]/g;
/**
 * A year whose aims a sentence says were put forward, a figure to reach following (记者了解到，2024年奉贤区提出，地区生产总值增长5%左右):
 * the year planned, though a speech in the text says 今年 of it. Not a proposal reported done (2023年，我们提出了…), nor
 * one with no figure to reach after it (2019年提出，加快建设…), nor a deadline (到2027年…提出).
 */
const YEAR_PROPOSED = /(?<![到至]\s*|\d)(\d{4})\s*年[，,]?[^。；，,\n\d]{0,12}?(?:提出|明确)[，,：:][^。；\n]{0,30}?(?:增长|达到|控制在|突破)\s*\d/g;
/**
 * The same proposal written the other way round, the year after the verb (报告提出，2023年，某市将…力争化工产值达1800亿元): the year
 * planned, its aims worded as aims (将, 力争, 争取, 确保) with a figure to reach. Not a year a result was proposed in
 * (提出，2022年全市增长5%), which sets nothing.
 */
const PROPOSED_YEAR_AFTER = /(?:提出|明确)[，,：:]\s*(\d{4})\s*年[，,][^。；\n]{0,60}?(?:将|力争|争取|确保)[^。；\n]{0,40}?(?:增长|达到?|控制在|突破)\s*\d/g;
/**
 * 某区2022年建设工程项目开（复）工仪式, 2024年全市重点项目集中开工活动: the ceremony opening a year's project programme is held
 * early in that year, so the year it names is the one the text plans (its 今年), not a year of results before it.
 */
const YEAR_PROJECTS_STARTED =
  /(\d{4})\s*年(?:度)?[^。，,；！？\n\d]{0,12}?项目[^。，,；！？\n\d]{0,4}?(?:集中)?(?:开[（(]复[）)]工|开复工|开工|开工建设)(?:暨[^。，,；！？\n\d]{0,12})?(?:仪式|活动|大会)/g;
/**
 * The years whose aims the text says were put forward (YEAR_PROPOSED, PROPOSED_YEAR_AFTER), when no later year but a deadline is written: a proposal
 * older than the results a text gives (2021年提出，“十四五”时期…年均增长6%。2023年，…增长5%) is history, not the plan.
 */
function proposedYears(text: string): number[] {
  const proposed = [...text.matchAll(YEAR_PROPOSED), ...text.matchAll(PROPOSED_YEAR_AFTER)].map((m) => Number(m[1])).filter(plausibleYear);
  if (proposed.length === 0) return [];
  const later = writtenYears(text.replace(/[到至]\s*\d{4}\s*年/g, ''));
  return proposed.filter((y) => later.every((w) => w <= y));
}
/** Whether a sentence opening with `year` measures a figure against the year before (2025年末…余额3.8万亿元、同比增长11.1%): results. */
const comparedWithYearBefore = (text: string, year: number): boolean =>
  new RegExp(`(?:^|[。！？\\n])[^。！？\\n]{0,12}?${year}\\s*年[^。！？\\n]{0,80}?(?:同比|比上年|较上年)(?:增长|下降|提高|减少)`).test(text);
/**
 * A year framed as the year (2022年是…召开之年，是…关键之年) whose sentence goes on to 今年 (做好今年工作意义重大): that 今年, the year
 * planned — not a review's turning year that goes on to results (2023年是…开局之年。一年来，…), nor 今年以来.
 */
const YEAR_FRAMED_AS_THIS_YEAR = /(?:^|[。！？\n])[^\S\n]*[“"‘]?(\d{4})\s*年[，,]?是[^。！？；\n]{0,100}?(?:之年|一年)[^。！？；\n]{0,40}?今年(?!以来)/g;
const yearsFramedAsThisYear = (text: string): number[] => [...text.matchAll(YEAR_FRAMED_AS_THIS_YEAR)].map((m) => Number(m[1])).filter(plausibleYear);
/** A year something runs from (2009年起, 2019年以来, 自2015年开始, 2016年至今): no year of results. */
const YEAR_SINCE = /\d{4}\s*年(?:起|以来|开始|至今)/g;
/** The base of a multiple (一般公共预算收入是2011年的1.9倍, 分别是2010年的2倍): a year the figure is measured from. */
const MULTIPLE_BASE_YEAR = /是\s*\d{4}\s*年(?:末|底)?的/g;
/** A year named as the one to work hard in, a slogan's object (精干2023年, 大干2023年, 决战2020年, 冲刺2025年): no year of results. */
const YEAR_WORKED_FOR = /(?:[大精实苦]干|奋战|决战|冲刺)\s*\d{4}\s*年/g;
/** A year the work lays the ground for (为2020年全面打赢脱贫攻坚战奠定基础, 为2025年目标打下坚实基础): a year aimed at, no year of results. */
const YEAR_GROUNDWORK_FOR = /为\s*\d{4}\s*年[^。；！？\n]{0,30}?(?:奠定|打下|夯实|打牢)[^。；！？\n]{0,6}?基础/g;
/** A year inside a statement of goals (为未来五年设定的目标是：…，2030年人均GDP接近…): a year aimed at, no year of results. */
const YEAR_IN_GOALS = /目标(?:是|为)[：:]?[^。；！？\n\d]{0,40}?(?:\d[^。；！？\n]{0,40}?)?\d{4}\s*年/g;
/**
 * A year a text names that is no year of its results: one something runs from, one whose level a figure is compared with
 * (接近2018年全年水平), the base of a multiple, the year a slogan works for, or one the text aims at (goals, groundwork).
 */
const NOT_RESULT_YEAR = new RegExp(
  `${YEAR_SINCE.source}|${EVENT_SINCE.source}|${YEAR_LEVEL_COMPARED.source}|${MULTIPLE_BASE_YEAR.source}|${YEAR_WORKED_FOR.source}|${YEAR_IN_GOALS.source}|${YEAR_GROUNDWORK_FOR.source}`,
  'g',
);
/**
 * A year the text only frames as a year (…指出2007年对于…是十分关键的一年), with no figure in those sentences, in a text that speaks
 * of 明年 and never of 去年: the year to come its 明年 names, the year planned — not a year of results a 今年 moves on from.
 */
function framedAsYearAhead(text: string, year: number): boolean {
  if (!/明年/.test(text) || /去年|上年/.test(text)) return false;
  const named = new RegExp(`${year}\\s*年`, 'g');
  const sentences = text.split(/[。！？\n]/).filter((s) => s.search(named) >= 0);
  return sentences.length > 0 && sentences.every((s) => /是[^。，,；]{0,30}?(?:一年|之年)/.test(s) && !/\d/.test(s.replace(named, '')));
}
/** A deadline (到2030年, 至2027年底), not a change to a year's figure (增长到2024年的4.08万亿元), nor a date results run to (截至2020年11月底). */
/**
 * A year a target is due by (到2025年, 至2027年; not 截至, nor 到2021年的 before the figure reached, nor 具体到2022年, which turns
 * to that year's own targets): its year captured.
 */
const DEADLINE_AT = String.raw`(?<!截|具体)[到至]\s*(\d{4})\s*年(?!的\s*\d)`;
const DEADLINE_YEAR = new RegExp(DEADLINE_AT, 'g');
/** Whether a text writes a deadline (到2027年, 至2030年): one test, DEADLINE_AT's. */
const DEADLINE_WRITTEN = new RegExp(DEADLINE_AT);
/** Lines that open with a year yet are lines of the body, no headline that dates the text. */
const BODY_LINES: readonly RegExp[] = [
  // 到2027年全省经济总量突破7万亿元: a deadline line of a digest.
  /^\D{0,12}?(?:到|至)\s*\d{4}\s*年/,
  // 全区地区生产总值由2020年末的585.8亿元提高到…: the base a change starts from.
  /^\D{0,12}?[由从比较]\s*\d{4}\s*年/,
  // 2023年以来，我们全力以赴…: a span something runs from opens a sentence (an excerpt's cut last line).
  new RegExp(`^\\D{0,12}?${YEAR_SINCE.source}`),
  // 2023年，全省…: a year set off by a comma opens a sentence; so does a month or a day of it (2018年2月，铜川被纳入…).
  /^\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?[，,]/,
  // A date (2024-01-05), a label with its colon, a section heading (一、2022年工作回顾, 2022年晋中市工作回顾).
  /^\d{4}-\d/,
  // (2025年12月6日…全体会议通过): the bracketed line recording the day a meeting adopted the document, no headline.
  /^[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^）)\n]*(?:通过|批准)\s*[）)]$/,
  /[：:]/,
  SECTION_HEADING,
  /工作回顾$/,
];

/**
 * A year written without 年 right before the 两会 it names (2023“两会”, 2024全国两会, 2022省两会): the session's year. Not a
 * number's tail (1.2023 is a list mark and a year only when 两会 follows; 12023 is no year).
 */
/** The year each season of two consecutive years a line names ends (2023至2024年度 → 2024; grammar's seasonsIn). */
const seasonEndsIn = (line: string): number[] =>
  seasonsIn(line)
    .map(({ year }) => year)
    .filter(plausibleYear);
const SESSION_YEAR = /(?<!\d)((?:19|20)\d{2})(?![\d年])[“"‘]?(?:全国|[省市县区])?[“"‘]?两会/g;
/** A line whose first year is a session's, written so (2024“两会”解读…): a headline as one with 2024年 is. */
const SESSION_YEAR_OPENING = new RegExp(`^\\D{0,12}${SESSION_YEAR.source}`);
/** A year alone in the bracketed tag a headline opens with (【广东2023】): four digits, no others in the tag. */
const BRACKET_TAG_YEAR = /^\s*【[^】\d\n]{0,8}?((?:19|20)\d{2})[^】\d\n]{0,8}】/;

/**
 * A paper's page line opening the text whose column name writes a year without 年 (第06版:2022某地两会, 第A03版：2023全国两会):
 * the session's year, as a bracketed tag's. Only the first line, a 两会 column of one year and no other digits, the year
 * not followed by 年 (a 2022年终盘点 column is dated by the title's rules; 共1998人参加 is a count).
 */
const EDITION_COLUMN_YEAR = /^\s*第\s*[A-Z]?\d{1,3}\s*版\s*[：:]\s*[^\d\n]{0,8}?((?:19|20)\d{2})(?![\d年])[^\d\n]{0,8}?两会[^\d\n]{0,8}$/;
function editionColumnYear(text: string): number | null {
  const first = /^\s*([^\n]*)/.exec(text)?.[1] ?? '';
  const m = EDITION_COLUMN_YEAR.exec(first);
  return m && plausibleYear(Number(m[1])) ? Number(m[1]) : null;
}

/**
 * A work report's title naming the year its own review part heads (蔡甸区2014年政府工作报告 over a line 一、2014年工作回顾, or
 * 2015年和“十二五”工作回顾): the year reviewed, not the one planned — a report never reviews the year it plans. Not a title
 * of a report on a plan's progress (执行情况, 落实情况), nor a review of a part of the year (2014年上半年工作回顾).
 */
function titledByYearReviewed(title: string, text: string, year: number): boolean {
  if (!/政府工作报告/.test(title) || REVIEW_OF_PLAN_TITLE.test(title)) return false;
  // (A copy that ran the heading into the prose keeps it numbered after a sentence's end: …提出意见。一、2023年工作回顾今年以来，….)
  // (The numeral takes the spaces after it: spaces on both sides of a numeral that is not there were split two ways.)
  return new RegExp(
    `(?:^|\\n)[ \\t\\u3000]*(?:[一二三四五六七八九十]{1,2}、[ \\t\\u3000]*)?${year}\\s*年度?(?:(?:和|及|暨)[^\\n]{0,12}?)?工作回顾[ \\t\\u3000]*(?:\\n|$)|[。！]\\s*一、\\s*${year}\\s*年度?工作回顾(?![与和及暨])`,
  ).test(text);
}
/** A headline's year going on to what is to be reached by then (2016年茶叶产值或达12.5亿, 2025年建成…, 力争2020年建成…). */
const headlineYearReached = (year: number): RegExp =>
  new RegExp(`(?:力争|争取|确保|计划)\\s*${year}\\s*年|${year}\\s*年[^。，,\\s\\d]{0,12}?(?:建成|或达|将达|可达|达到?|突破|破|超过?)`);
/**
 * A headline's year going on to a count or progress (2022年累计推广800辆, 2025年…取得实质性进展): a deadline only on a page dated
 * before it — on one dated after, the year's results told (2024年累计新增就业15万人 over 从2020年到2024年… dated 2025).
 */
const headlineYearProgress = (year: number): RegExp => new RegExp(`${year}\\s*年[^。，,\\s\\d]{0,12}?(?:取得|累计)`);
/**
 * A headline that restates a deadline its body writes (宣城2016年茶叶产值或达12.5亿 over 力争到2016年，…达到12.5亿元): the year
 * the target is due, not the plan's — as 到2020年 in a headline is (corpus Decisions 2, 26, 29: the issue year, the span's
 * first year). A headline year with no verb of reaching (某区2025年工作要点), or one the body never writes as 到Y年, stays;
 * so does one the body gives as a year's end (到2024年底: a yearly plan's own deadline) or as a count's date (截至2023年底).
 */
function restatesDeadline(title: string, text: string, year: number): boolean {
  // (The page's date, a pass over the whole text, only for a headline that tells progress.)
  const progress = (): boolean => {
    if (!headlineYearProgress(year).test(title)) return false;
    const issued = issueYear(text);
    return issued !== null && issued < year;
  };
  const reached = headlineYearReached(year).test(title) || progress();
  return reached && new RegExp(`(?<!截)[到至]\\s*${year}\\s*年(?![底末])`).test(text);
}

/** A title that reports how a plan was carried out: 落实情况, 完成情况, 执行情况, 进展情况, 成绩单. */
const REVIEW_OF_PLAN_TITLE = /(?:落实|完成|执行|进展)情况|成绩单/;

/**
 * The plan's year, and how it was found: the title's year (a plan period's first year, “十四五” →
 * 2021); else the latest year a plan phrase names (2024年工作安排, 2022年主要预期目标, 2021年度目标设定, 部署2019年工作);
 * else a period the text opens with; else, for a text that speaks of 今年/本年 (明年), the year of its
 * issue date (2022-02-27, 2022年2月27日, 二〇二二年二月二十七日) (plus one); else the year after the
 * latest year whose results a text gives before speaking of 今年 (新的一年, undated 预期目标); else the latest year a text of
 * results names; else the first year of a five-year plan the text speaks of; else unknown.
 */
export function readYear(
  title: string,
  text: string,
  /** `withoutPlansNotSet(text)`, when the caller has it already. */
  withoutNotSet?: string,
): {
  year: number | null;
  source: PlanYearSource;
  period?: { first: number; last: number; reviewed?: boolean };
  thisYear?: number;
  delivered?: boolean;
  horizon?: boolean;
} {
  // (periodAimedAt, read when first asked and kept: a headline's deadline years, a date stamp and the period found all ask it.)
  let periodAimedRead: AimedPeriod | null | undefined;
  const periodAimedOnce = (): AimedPeriod | null => (periodAimedRead === undefined ? (periodAimedRead = periodAimedAt(text)) : periodAimedRead);
  // A period in the title, in the document's name near its start (（2023—2027年）), or opening it (“十四五”时期，…);
  // not one opening it as the frame of a year (今年是实施“十四五”规划承上启下的关键一年).
  const head = text.slice(0, 400);
  // A title naming a period by its start or close (“十五五”开局，福州计划这样干) speaks of that one year, not of the period.
  // (Not a title that names a plan or its span as well: 确保“十五五”开好局——某市2026—2030年行动计划.)
  const titleTurn = YEAR_SPAN.test(title) || NAMES_PLAN.test(title) ? null : PERIOD_TURN.exec(title);
  const turn = titleTurn ?? (title === '' ? turnOpening(head) : null);
  const period = turn ? null : (readPeriod(title) ?? (framesAYear(head) ? null : readPeriod(withoutCitedNames(head), 30)));
  const withPeriod = <T extends object>(x: T) => (period ? { ...x, period } : x);
  // A government work report is given early in the year it plans, whatever year a repost's title names.
  const delivered = deliveryYear(text, title);
  if (delivered !== null) return withPeriod({ year: delivered, source: 'text' as const, delivered: true });
  const closing = closedPeriodReviewed(text);
  if (closing !== null) return withPeriod({ year: closing + 1, source: 'text' as const });
  // (Not under a headline that writes a year, 某县2020年工作要点 over 一、2020年工作回顾: the title's reading decides. A body's
  // clause taken for the title, 2024年，是实现…的关键之年，是, is no headline.)
  const headlineYear = /(?:19|20)\d{2}/.test(title) && !/[，,。；]/.test(title);
  const reviewedPart = headlineYear ? null : yearReviewedInPart(text);
  if (reviewedPart !== null)
    return withPeriod({
      year: reviewedPart.year + 1,
      source: 'text' as const,
      ...(reviewedPart.nextYearOnly ? { thisYear: reviewedPart.year } : {}),
    });
  if (turn) return { year: yearOfTurn(turn[1]!, turn[2]!), source: titleTurn ? ('title' as const) : ('text' as const) };
  // 2025年工作回顾⏎2025年是“十四五”收官之年 opening an untitled text (a digest cut to a work report's review part): the
  // turning year is the year reviewed, and the report is given for the year after it.
  const reviewPart = title === '' ? REVIEW_PART_OPENING.exec(head) : null;
  if (reviewPart && PERIOD_TURN.test(head.slice(reviewPart[0].length, reviewPart[0].length + 40))) {
    return withPeriod({ year: Number(reviewPart[1]) + 1, source: 'text' as const });
  }
  const titlePeriod = readPeriod(title);
  if (titlePeriod) return withPeriod({ year: titlePeriod.reviewed ? reviewedYear(titlePeriod, title) : titlePeriod.first, source: 'title' as const });
  // 现将2023年…计划执行情况与2024年…计划草案提请大会审议: a plan report reviews one year and plans the next.
  const drafted = draftAfterExecution(text);
  if (drafted !== null) return withPeriod({ year: drafted, source: 'text' as const });
  // (Nor a headline restating a deadline, 宣城2016年茶叶产值或达12.5亿, when the page says otherwise when its plan starts: a date
  // line, the plan's span, an earlier stage aimed at, 力争2016年内…，到2020年…, or the period whose close it is, 某省力争2025年GDP
  // 达…⏎…“十四五”规划纲要…到2025年 (periodAimedAt; not a page speaking of its present, 近年来…已完成投资12亿元) — else that year
  // is all the page gives.)
  // (A date line of the year before the headline's is no such thing: 某县计划2024年完成投资… posted 2023-12-25 is next year's plan.)
  const datedOtherwise = (year: number): boolean => {
    const dateLine = issueYear(text);
    return (
      period !== null ||
      (dateLine !== null && dateLine !== year - 1) ||
      [...aimedYears(text)].some((y) => y < year) ||
      (!SPEAKS_OF_ITS_PRESENT.test(text) && periodAimedOnce()?.last === year)
    );
  };
  // (Not the date of a paper's edition line taken for a title, 某某日报/2024年/1月/3日/第001版: the day it was printed.)
  const inTitle = [
    ...title
      .replace(VISION_YEAR, '')
      .replace(YEAR_LOOKED_BACK, '')
      // (Nor a deadline the headline names, 重庆计划到2020年 创建10个以上…示范区县: the year its target is due, not the plan's.)
      // (Nor a full date heading the headline, 2024年12月22日 某县召开经济工作会议: the page's date, read as its issue date.)
      .matchAll(/(?<![到至]\s*)(\d{4})\s*年(?!\s*[/／]\s*\d{1,2}\s*月\s*[/／])(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/g),
  ]
    .map((m) => Number(m[1]))
    .filter((y) => plausibleYear(y) && !(restatesDeadline(title, text, y) && datedOtherwise(y)));
  // 【广东2023】, 【2023两会】: a column's tag opening the headline (the first line, when no title was read) writes its year
  // without 年. (The pattern is anchored at the start and stops at a line break: on the text it reads the first line only.)
  const tag = BRACKET_TAG_YEAR.exec(title === '' ? text : title);
  if (tag && plausibleYear(Number(tag[1]))) inTitle.push(Number(tag[1]));
  const column = editionColumnYear(text);
  if (column !== null) inTitle.push(column);
  // 2023“两会”解读…, 2024全国两会特稿: a headline naming a year's session writes its year without 年, as a tag does.
  for (const m of title.matchAll(SESSION_YEAR)) if (plausibleYear(Number(m[1]))) inTitle.push(Number(m[1]));
  // 召开2023至2024年度甘蔗产业发展工作会, 2024/2025榨季生产总结: a headline naming a season or working year of two years speaks
  // of the year it ends, planned or reported (corpus Decisions 30, 33) — its 至2024年 is no deadline.
  for (const end of seasonEndsIn(title)) inTitle.push(end);
  const titleYear = inTitle.length > 0 ? largest(inTitle) : null;
  // 2019年《政府工作报告》量化指标任务落实情况 on a page dated 2020, a 2018 “成绩单” dated 2019: a review of the year's
  // plan published the year after — its 去年 is the year reviewed, its 今年 the year of the page.
  if (titleYear !== null && REVIEW_OF_PLAN_TITLE.test(title) && issueYear(text) === titleYear + 1)
    return withPeriod({ year: titleYear, source: 'title' as const, thisYear: titleYear + 1 });
  // 蔡甸区2014年政府工作报告 over 一、2014年工作回顾: a site titled the report by the year it reviews; it plans the next.
  if (titleYear !== null && titledByYearReviewed(title, text, titleYear)) return withPeriod({ year: titleYear + 1, source: 'text' as const });
  if (titleYear !== null && !headlinesResultsBeforeAims(title, text, titleYear)) return withPeriod(writtenBefore(titleYear, 'title', text));
  const goesOnToLaterYear = aimsAtLaterYear(text);
  const years = [
    // (Not a past plan its clause reports done, 2019年制定的…行动计划已全面完成, in a text that goes on to aim at a later year (今年…力争,
    // 新的一年…将, 明年…增长6%): a review's citation. A text that only reports it done is of that year, Decisions 2.)
    ...[...text.matchAll(YEAR_TITLE)].filter((m) => !(goesOnToLaterYear && reportedDone(text.slice(m.index + m[0].length, m.index + m[0].length + 24)))),
    ...text.matchAll(YEAR_OF_TARGETS),
    ...text.matchAll(YEAR_GOALS_NAMED),
    ...text.matchAll(YEAR_TARGETS_BROKEN_DOWN),
  ]
    .map((m) => Number(m[1]))
    .filter(plausibleYear);
  const planned = [...text.matchAll(YEAR_PLANNED)].map((m) => Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7])).filter(plausibleYear);
  planned.push(
    ...yearsFramedAsThisYear(text),
    ...proposedYears(text),
    ...[...text.matchAll(YEAR_PROJECTS_STARTED), ...text.matchAll(YEARS_GOALS_WITHOUT_NIAN), ...text.matchAll(YEAR_EXPECTED), ...text.matchAll(YEAR_TURNED_TO)]
      .map((m) => Number(m[1]))
      .filter(plausibleYear),
  );
  if (years.length + planned.length > 0) {
    return withPeriod(writtenBefore(largest([...years, ...planned]), 'text', text));
  }
  // 今年（2024年）, 对于今年…要求，会议提出，2020年…: the text says which year its 今年 is.
  const glossed = glossedThisYear(text);
  if (glossed !== null) return withPeriod(writtenBefore(glossed + (NEXT_YEAR_GOALS.test(text) ? 1 : 0), 'text', text));
  // News of a session early in a year that reviews the one year it writes is of the year after, though that year is called a
  // turning year (报告指出，2020年，是“十三五”规划收官之年: the year reviewed, not the one planned).
  const reviewedAtSession = yearAfterSessionReview(text);
  if (reviewedAtSession !== null) return { year: reviewedAtSession, source: 'text', delivered: true };
  // A year called a five-year plan's 收官之年 (开局之年) is that plan's last (first) year.
  const turning = turningYear(text);
  if (turning !== null) return withPeriod({ year: turning, source: 'text' as const });
  // 召开2023至2024年度甘蔗产业发展工作会 near the start of a text that writes no year of its own: the season it names is its
  // own period, due the year it ends, the plan year (corpus Decisions 33) — where a span of years would give its first.
  // (Not in a text that writes a year elsewhere, 2025年，全县力争…。2025/2026榨季，计划…: its targets' sentences date it.)
  const season = period || writtenYears(withoutSeasons(text)).length > 0 ? [] : seasonEndsIn(head);
  if (season.length > 0) return { year: largest(season), source: 'text' };
  if (period) {
    const planning = periodPlanned(periodOverByDate(period, text), text);
    return { year: planning.reviewed ? planning.last : planning.first, source: 'text', period: planning };
  }
  // A government work report reviews the year before the one it is given for (一、2022年工作回顾).
  // So does one that looks back on a whole period (回望“十四五”): it is given in the year after the period's last.
  // (A report given to a people's congress session: 政府工作报告, 报告工作, or news of the session, 市五届人大二次会议.)
  // (报告政府工作 as well: 我代表市人民政府，向大会报告政府工作.)
  // (Or a government thanking its congress for oversight, 在市人大…的监督支持下: a work report's words, where a text
  // cut to its body keeps no others.)
  const reportGate =
    /政府工作报告|报告(?:政府)?工作|人大[一二三四五六七八九十\d]次会议|人民代表大会[^。\n]{0,12}会议/.test(text) || CONGRESS_OVERSIGHT.test(text);
  const reviewedYears =
    reportGate || WORK_CONFERENCE.test(text)
      ? [
          ...yearsTheReportReviews(text),
          ...[...text.matchAll(YEAR_REVIEWED)].map((m) => Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8])).filter(plausibleYear),
          ...reportCardsReviewed(text).filter(plausibleYear),
          ...[...lookedBackPeriods(text)].map((first) => first + 4),
        ]
      : [];
  if (reviewedYears.length > 0) {
    // (A conference's news at a year's close that aims at 明年 only and never says 今年 speaks in the year it reviews: its
    // 明年 is the year planned, as a year's closing meeting's, below.)
    const closing = !reportGate && aimsAtNextYearOnly(text);
    return closing
      ? { year: largest(reviewedYears) + 1, source: 'text', thisYear: largest(reviewedYears) }
      : { year: largest(reviewedYears) + 1, source: 'text' };
  }
  // 关于制定…第十五个五年规划的建议, 就制定…“十五五”规划提出以下建议: a proposal for a five-year plan, or news of it, plans that
  // period from its first year, whenever before it the proposal was adopted (corpus Decisions 2: a multi-year plan's first year).
  const proposed = periodProposed(text);
  if (proposed !== null) return { year: proposed, source: 'text' };
  // (A template that masks its own year, 20xx年政府工作回顾, is dated by no stamp a site put on it: 时间:2024.5.2 is the upload's.)
  const issued = masksOwnYear(text) ? null : issueYear(text);
  if (issued !== null) {
    // 2024年12月22日…会议提出，明年全市…增长6%左右 beside 今年全市经济运行稳中有进: a page dated late in a year that reviews it and
    // aims at 明年 only plans the year after its date. (A page whose 今年 aims too plans its own year.)
    const month = issueMonth(text, issued);
    // (So does one that aims at the next year by its number, 2024年12月20日…会议强调，2025年全县要确保…增长6%.)
    // (Not a page of results to date, 今年以来 or 1—10月, whose one project is aimed at the next year: 某大桥力争2025年底前建成.)
    // (Or says what will be done in it, 2022年，某州农牧部门将认真贯彻…: YEAR_WILL.)
    const nextYearAimed =
      aimsAtNextYear(text) || ((aimedYears(text).has(issued + 1) || yearsWill(text).has(issued + 1)) && resultsTimedFromPage(text) !== 'this year');
    if (month !== null && month >= 11 && nextYearAimed && !aimsAtThisYear(text)) return { year: issued + 1, source: 'date', thisYear: issued };
    // (今年政府工作报告指出，过去5年… names the report of the page's year, no year the page speaks for.)
    if (/今年|本年度?|当年|新的?一年/.test(text.replace(THIS_YEARS_REPORT, ''))) {
      // (Not news of a period's plan issued before the page, 发布了“十四五”期间某市旅游发展规划, whose 今年 sets nothing: the
      // page's 迎来今年“暖春” is its present, the plan's year the period's first.)
      const own = periodPlanIssuedBefore(title, text, issued, periodAimedOnce);
      return own !== null ? { year: own, source: 'date', thisYear: issued } : { year: issued, source: 'date' };
    }
    if (/明年/.test(text)) return { year: issued + 1, source: 'date', thisYear: issued };
  }
  const written = writtenYears(withoutCitedNames(text));
  const dated = issued !== null && written.length === 0 ? datedPageYear(text, issued) : null;
  if (dated !== null) return { year: dated, source: 'date' };
  // A report of last year's results that goes on to 今年: the year after the results — not after a year
  // something runs from (2009年起…增速目标定为10%以下, 2019年以来), nor after the year a five-year plan it
  // names ends (2030年人均GDP… in news of the 十五五 纲要 is a goal).
  const ends = planEnds(text);
  // (A year something runs from, 创下2022年以来的新高, is no year of results either.)
  // (Nor is a deadline, 某市提出，到2030年…达到900亿元: a text of 2024's results going on to 今年 is 2025's, not 2031's.)
  const ownYears = writtenYears(withoutHistory(withoutCitedNames(text)).replace(NOT_RESULT_YEAR, '').replace(DEADLINE_YEAR, ''));
  // (A year whose targets the text states, 2022年，全州…的主要目标是, never gets here: YEAR_OF_TARGETS returned above.)
  // (Nor is a year the text aims at, 2031年将是关键一年, 2031年某县将实施…: 2030年…；2031年将是… is a text of 2031.)
  // The years a text aims at: years that plan (YEAR_WILL) or that 力争/确保 reach. (A year whose goals it names,
  // YEAR_GOALS_NAMED, was read above.)
  const willYears = yearsWill(text);
  // (Nor a later year whose programme the text prepares, 开展2026年度…编排工作.)
  const aimedAt = new Set([...willYears, ...aimedYears(text), ...yearsPrepared(text, ownYears)]);
  // (A plan's last year is still one of results where its sentence measures it against the year before: 2025年末…贷款余额3.8万亿元、
  // 同比增长11.1% on a page that also names “十四五”.)
  const resultYears = ownYears.filter((y) => (!ends.has(y) || comparedWithYearBefore(text, y)) && !aimedAt.has(y));
  // So does one that goes on to its 预期目标 without naming their year (划定发展预期目标，…增长3%).
  // So does one that goes on to 今后五年 and dates nothing ahead (2016年，全市…；今后五年…): a new term's first report.
  // (Not one that dates a target ahead: 力争2024年… in a January 2023 interview.)
  const termAhead = /(?:今后|未来)五年/.test(text) && !/(?:到|力争|争取|确保)\s*\d{4}\s*年/.test(text);
  // (Not a page dated in the latest of those years: 2024年全市一季度… on a page of 2024-03-01 is no report of last year.)
  const resultsBeforeIssue = issued === null || largest(resultYears) < issued;
  // 2023年，全市…开展项目建设攻坚年行动。…在今年的项目建设攻坚年行动中: 今年 names that year's own campaign.
  const sameYear = yearThisYearNames(text);
  if (sameYear !== null) return { year: sameYear, source: 'text' };
  // 会议总结了2023年经济工作，部署明年工作。明年全县力争…: a text of one year's results that aims at 明年 and never says 今年 speaks
  // in the year it reviews (a year's closing meeting); 明年 is the year after it, the plan year.
  if (new Set(resultYears).size === 1 && resultsBeforeIssue && !LATER_YEAR_NAMED.test(text) && aimsAtNextYearOnly(text)) {
    return { year: largest(resultYears) + 1, source: 'text', thisYear: largest(resultYears) };
  }
  if (
    resultYears.length > 0 &&
    resultsBeforeIssue &&
    (LATER_YEAR_NAMED.test(text) || UNDATED_EXPECTED.test(text) || termAhead || NEXT_STEP_FIGURE.test(text))
  ) {
    // (Not when that year is written only with a part of it that has passed, 2024年一季度经济运行情况…今年2月: it is under way.)
    const latest = largest(resultYears);
    // 会议指出二00七年…是十分关键的一年 in news of a meeting on 明年's work: the year to come, framed, not a year of results.
    if (framedAsYearAhead(text, latest)) return { year: latest, source: 'text', thisYear: latest - 1 };
    // (Nor in a summary of work, 镇长年度工作总结: its 今年 is the year it reviews, the latest written.)
    const thisYear = yearUnderWay(text, written, latest) || summarizesWork('', text) ? latest : latest + 1;
    // That 今年 plans the year after it in news of a December session (12月30日讯…人大一次会议开幕，…作政府工作报告):
    // 2006年… and 今年… there speak in 2007 of the report for 2008.
    // (Unless that year's results are estimated, 2025年，某区预计地区生产总值增长6.5%左右: a December session tells of the year
    // under way, and the report plans the one after it; its 新的一年 is that one.)
    if (aheadOfThisYear(text)) {
      if (estimatesYear(text, latest)) return { year: latest + 1, source: 'text' };
      return { year: thisYear + 1, source: 'text', thisYear };
    }
    return { year: thisYear, source: 'text' };
  }
  // 2024年，…增长6.7%。…力争2025年底常住人口城镇化率达到54%: a year opening sentences of results, then aims dated the
  // year after — the text is for that year.
  const opened = [...text.matchAll(YEAR_OPENING_SENTENCE)].map((m) => Number(m[1])).filter(plausibleYear);
  if (opened.length > 0 && resultsBeforeIssue && aimedYears(text).has(largest(opened) + 1)) {
    return { year: largest(opened) + 1, source: 'text' };
  }
  // A text of results only (a 统计公报; a goal it names only as what work aimed at plans nothing) is of its latest year.
  // (增长到2021年的5.38万亿元 is a change to a year's figure, no deadline.)
  const reported = withoutNotSet ?? withoutPlansNotSet(text);
  // (A text that writes no year but one something runs from says none.)
  // (Nor an indicator table marking its rows 约束性/预期性, the attributes only a plan's targets carry: its last column's year is
  // the period's end, due, not reported.)
  if (ownYears.length > 0 && !/到\s*\d{4}\s*年(?!的\s*\d)|力争|目标|约束性|预期性/.test(reported)) {
    const results = writtenYears(reported.replace(NOT_RESULT_YEAR, ''));
    const latest = largest(results.length > 0 ? results : ownYears);
    // (A page dated after that year that also counts results to its own day, 十年来…累计, 截至目前, 现有…: those are of the
    // page's year, the last it reports — corpus Decisions 2, 43.)
    if (issued !== null && issued > latest && countsToPageDay(text)) return { year: issued, source: 'date' };
    return { year: latest, source: 'text' };
  }
  if (issued !== null && DEADLINE_WRITTEN.test(text)) {
    // A page on a five-year plan of its own time (《…第十五个五年规划纲要》 reported in 2026) sets
    // targets due at that plan's end, whatever vision year (到2035年) it also names.
    // Only a page that names such a plan (五年规划, 规划纲要): 为推动“十五五”开好局，制定本方案 names a period, no plan of it.
    // Such a page later in the period (a 十四五 special plan, 《某市“十四五”某某发展规划》, reported in 2022 or 2024) is of the
    // plan, so of its period's first year (corpus Decisions 2), not of the day it was posted.
    // (Its 今年 stays the page's year.)
    const named = NAMES_PLAN.test(text) ? readPeriod(text) : null;
    const current = named && !named.reviewed && named.first <= issued && issued <= named.last ? { period: named } : {};
    const own = periodPlanIssuedBefore(title, text, issued, periodAimedOnce);
    if (own !== null) return { year: own, source: 'date', thisYear: issued, ...current };
    return { year: issued, source: 'date', ...current };
  }
  // A dated page that sets this year's targets without naming the year (推进全年…考核指标按计划完成).
  // So does a dated plan document of its own (某市…行动方案⏎（2024年5月10日）⏎用三年时间，…): a plan with no period named is of
  // its issue year (corpus Decisions 2), whatever words its aims use. Not a yearly work plan (某市工作计划 dated 12月20日 may be
  // next year's; its year is read below or left unknown).
  if (issued !== null && (SETS_TARGET.test(text) || (PLAN_TITLE_LINE.test(text) && !YEARLY_PLAN.test(text)))) {
    // (Unless the page reports a plan of the period issued before it: 《某市“十三五”水利发展规划》正式发布 dated 2017 is of 2016.)
    const own = periodPlanIssuedBefore(title, text, issued, periodAimedOnce);
    return own !== null ? { year: own, source: 'date', thisYear: issued } : { year: issued, source: 'date' };
  }
  // A yearly work plan without a year in its title (…制定如下工作要点) is for the latest year it writes.
  // (到2022年底 in it names that year too; a later 到20XX年 makes it a multi-year plan.)
  if (written.length > 0 && YEARLY_PLAN.test(text)) {
    const latest = largest(written);
    const deadlines = [...text.matchAll(/到\s*(\d{4})\s*年/g)].map((m) => Number(m[1]));
    if (deadlines.every((y) => y <= latest)) return { year: latest, source: 'text' };
  }
  // A review of a finished five-year plan (“十三五”规划主要指标完成情况) speaks of its last year.
  const reviewed = /[“"]?(十一五|十二五|十三五|十四五)[”"]?规划[^。\n]{0,12}(?:完成情况|执行情况)/.exec(text);
  if (reviewed) return { year: PERIOD_YEARS.get(reviewed[1]!)!.last, source: 'text' };
  // A text with no year of its own that speaks of a five-year plan (会议印发了《…第十四个五年规划…》，
  // 确定今后五年的主要发展目标) plans for that period.
  // (Not a period named only as the frame of a year it does not date: 今年是实施“十二五”规划承前启后的关键一年.)
  // A period named by its close (确保“十四五”圆满收官) in such a text speaks of that one year, the period's last.
  const closed = PERIOD_CLOSING.exec(text);
  if (closed) return { year: PERIOD_YEARS.get(closed[1]!)!.last, source: 'text' };
  // A dated text that names a period only as the nation's plan (聚焦国家“十四五”规划102项重大工程 in a province's 实施方案
  // signed 2023年3月17日) plans for no period of its own: its issue year decides (corpus Decisions 2).
  if (issued !== null && namesOnlyNationalPeriod(text)) return { year: issued, source: 'date' };
  // (A later period the page's aims are due at the close of outranks the one it names first: “十三五”时期，当地完成…。…到2025年，
  // 力争… reviews one period and plans the next — periodAimedAt.)
  const aimedPeriod = periodAimedOnce();
  const foundFirst = readPeriod(withoutCitedNames(text));
  const found = aimedPeriod !== null && (foundFirst === null || foundFirst.first < aimedPeriod.first) ? aimedPeriod : foundFirst;
  const named = found && !framesAYear(text) && !onlyAlignsYearAims(text) && periodPlanned(found, text);
  // A page dated after the period it names has ended (“十四五”期间累计投入… on a page of 2026) looks back on it, however it
  // words its results: no page plans a period gone by, so its issue year is its own.
  if (named && issued !== null && issued > named.last) return { year: issued, source: 'date' };
  if (named && !named.reviewed) return { year: named.first, source: 'text', period: named };
  // A page dated in the last year of the period it reviews (提前三年完成“十四五”主要经济指标, issued 2025) reports that year.
  if (named && named.reviewed && issued === named.last) return { year: named.last, source: 'text' };
  // A dated page of results that writes no year, on a part of the year (上半年, 前三季度): its issue year's.
  // (A work plan dated in December that aims at 一季度开门红 is for a year it does not name.)
  const resultsOnly = !YEARLY_PLAN.test(text) && !/力争|目标/.test(reported);
  // So is one whose results are counted to date (截至目前，已累计…, “十四五”以来…); one that tells only 去年's reports the year
  // before its page's, whose 今年 is the page's year (答：去年我们新引进企业45家).
  const timed = issued !== null && written.length === 0 && resultsOnly ? resultsTimedFromPage(text) : null;
  if (timed === 'this year') return { year: issued!, source: 'date' };
  if (timed === 'last year') return { year: issued! - 1, source: 'text', thisYear: issued! };
  const aimed = soleAimedYear(text, written);
  if (aimed !== null) return { year: aimed, source: 'text', horizon: true };
  // 2024年，我们将锚定…。预期目标是，…: the one year the text writes is the one it says what will be done in.
  const willDo = soleYearAimedAt(ownYears, willYears) ?? laterYearAimedAt(ownYears, willYears);
  if (willDo !== null) return { year: willDo, source: 'text' };
  const sole = soleYearOfResults(text, ownYears);
  // (Its 去年, in a text that never says 今年, is that year: the page was written the year after, 去年1-11月 as 2020's.)
  if (sole !== null) return { year: sole, source: 'text', ...(/去年(?!同期)/.test(text) && !/今年/.test(text) ? { thisYear: sole + 1 } : {}) };
  const due = onlyDeadlines(text, written);
  // (The one year every deadline names is the horizon; of two or more, the first is only where the plan starts.)
  if (due !== null) return { year: due, source: 'text', ...(new Set(written).size === 1 ? { horizon: true } : {}) };
  const compared = yearAfterSamePeriod(text, written);
  if (compared !== null) return { year: compared, source: 'text' };
  const ahead = yearAfterBase(text);
  if (ahead !== null) return { year: ahead, source: 'text', thisYear: ahead - 1 };
  const event = written.length === 0 ? soleEventYear(text) : null;
  if (event !== null) return { year: event, source: 'text' };
  // A text dating nothing else whose aims are due at the close of the period it names (《某区“十三五”规划纲要》正式发布。…
  // 到2020年，…): a five-year plan's, of the period's first year (corpus Decisions 2).
  if (aimedPeriod !== null) return { year: aimedPeriod.first, source: 'text' };
  return { year: null, source: 'unknown' };
}

/** The proposal for a five-year plan (制定…“十五五”规划的建议, 制定…第十五个五年规划和二〇三五年远景目标的建议, …规划提出以下建议). */
const PERIOD_PLAN_PROPOSED = new RegExp(`制定[^。；\\n]{0,40}?(?:${FIVE_YEAR.source})[^。；\\n]{0,24}?建议`);
/**
 * The first year of the period whose plan a text proposes (PERIOD_PLAN_PROPOSED), or null — also when the text writes a year
 * of its own after that one (a later page recalling the proposal as history).
 */
function periodProposed(text: string): number | null {
  const m = PERIOD_PLAN_PROPOSED.exec(text);
  const five = m ? FIVE_YEAR.exec(m[0]) : null;
  if (!five) return null;
  const first = fiveYearFirst(five);
  return writtenYears(text.replace(DEADLINE_YEAR, '')).some((year) => year > first) ? null : first;
}
/** An event named by its year without 年 (2025某省内外贸融合发展博览会, 2024中国某某论坛, 2026某市马拉松赛): the year captured. */
const EVENT_NAMED_BY_YEAR =
  /(?<![\d.．\-—–/／年])(\d{4})(?!\s*[年\d.．\-—–/／%％])[\u4e00-\u9fff“”"]{2,24}?(?:博览会|交易会|展览会|论坛|峰会|运动会|马拉松|文化节|旅游节|艺术节)/g;
/**
 * 利用2025某省内外贸一体化融合发展博览会平台: a text that writes no year with 年 and no date, whose one year is the one an
 * event it works with is named by, is of that year (corpus Decisions 29, c767): events are named by the year they are held in.
 */
function soleEventYear(text: string): number | null {
  const years = new Set([...text.matchAll(EVENT_NAMED_BY_YEAR)].map((m) => Number(m[1])).filter(plausibleYear));
  return years.size === 1 ? [...years][0]! : null;
}

/** 在2019年实现…的基础上，2020年实现…: a year built on the year before it, its captures the base and the year after. */
const YEAR_ON_BASE = /在\s*(\d{4})\s*年[^。；！？\n]{0,30}?的基础上[，,]?\s*(\d{4})\s*年/g;
/**
 * A text that speaks of 明年 and writes no date of its own, whose one year built on the year before it (在2019年…的基础上，
 * 2020年实现…) is that 明年: the year it plans. (A review's 在2018年增长8%的基础上，2019年又增长7% says no 明年.)
 */
function yearAfterBase(text: string): number | null {
  if (!/明年/.test(text) || issueYear(text) !== null) return null;
  const years = [...text.matchAll(YEAR_ON_BASE)].filter((m) => Number(m[2]) === Number(m[1]) + 1).map((m) => Number(m[2]));
  return years.length > 0 && plausibleYear(largest(years)) ? largest(years) : null;
}

/** 今年 or 新的一年 not of results to date (今年以来): a text naming a year after one it reports. */
const LATER_YEAR_NAMED = /今年(?!以来)|新的?一年/;
/** 今年 naming the report of the year (今年政府工作报告指出, 今年的全国两会上), not the year a text speaks for. */
const THIS_YEARS_REPORT = /今年的?(?:全国|省|市|县|区)?(?:两会|《?政府工作报告)/g;
/** A short line naming the text as a government work report: its heading (政府工作报告), a copy's (某省两会政府工作报告…全文(4)). */
const REPORT_HEADING = /^[^\n。！？]{0,30}政府工作报告[^\n。！？]{0,20}$/m;
/** A span a text looks back on: 过去五年, 过去一年, 这五年, 五年来, 一年来. */
const SPAN_LOOKED_BACK = /过去的?(?:五|5|一)年|这五年|五年来|一年来/;
/** A span of years ahead (未来五年, 今后5年, 未来五年里). */
const SPAN_AHEAD = /(?:未来|今后)的?(?:五|5)年/;
/** Words that aim (力争, 目标是, 将重点…, 今后, 明年): a text that has them plans something. */
const AIMS = /力争|确保|争取|目标(?:是|为)|预期目标|将(?:重点|着力|全力|继续|加快|围绕|聚焦|坚持|推动|实施|努力)|今后|未来|明年|新的?一年/;

/**
 * A dated page that writes no year of its own (a date line, 发布时间:2018-05-31, and nothing else): a government work report's
 * copy (a short line naming it, 政府工作报告) is the report of its session's year, the year after a December date
 * (planYearOfSession), else the page's; news that looks back on a span (过去五年, 一年来) and aims at nothing, dated in the
 * first half of a year, reports the year before (the span closed then). Null for any other page.
 */
function datedPageYear(text: string, issued: number): number | null {
  const month = issueMonth(text, issued);
  if (REPORT_HEADING.test(text)) return (month === null ? null : planYearOfSession(issued, month)) ?? issued;
  if (month !== null && month <= 6 && SPAN_LOOKED_BACK.test(text) && !AIMS.test(text)) return issued - 1;
  // One that looks back on a span and ahead on the next (过去五年…；未来5年…) speaks from its own year, the first of the span
  // ahead (a party congress's or a new term's review, corpus Decisions 40, c1337) — when dated before the year's last months,
  // where 未来五年 may already run from the next year.
  if (month !== null && month <= 10 && SPAN_LOOKED_BACK.test(text) && SPAN_AHEAD.test(text)) return issued;
  return null;
}
/**
 * The month of the page's issue date: the latest full date in `year` (the one issueYear read), not a deadline (2024年11月30日前
 * 完成验收, a date with 前 after it) nor the first date a text happens to write. Null when no full date of that year stands (a
 * year read from a document number gives no month).
 */
function issueMonth(text: string, year: number): number | null {
  let month: number | null = null;
  let latest = -1;
  for (const m of text.matchAll(DATE)) {
    if (Number(m[1]) !== year || DEADLINE_AFTER_DATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const mo = Number(m[2] ?? m[4]);
    const day = Number(m[3] ?? m[5]);
    if (mo >= 1 && mo <= 12 && mo * 100 + day > latest) [month, latest] = [mo, mo * 100 + day];
  }
  for (const m of dateLineHead(text).matchAll(SHORT_DATE_LINE)) {
    const [mo, day] = [Number(m[2]), Number(m[3])];
    if (2000 + Number(m[1]) === year && mo * 100 + day > latest) [month, latest] = [mo, mo * 100 + day];
  }
  return month;
}
/** 前, 以前, 之前 right after a date: a deadline, not the day a page is issued. */
const DEADLINE_AFTER_DATE = /^\s*[以之]?前/;

/**
 * 近日,…印发《…行动方案》。到2025年,…推出50条线路…。到2035年,…基本建成: an undated text whose every written year is a
 * deadline (到/至 it) speaks for the one year its figures are due (Decisions 18; the URL's date is never read) — a later
 * deadline whose sentence states no figure (a vision) does not count, nor does a base year (较2023年增长25%, Decisions 20) or a
 * heading restating a deadline's year without a figure (2035年全面步入…). Not a text dated by a day (its issue year decides
 * above), one writing any year otherwise (2023年，…; 由2020年的…); figures due in two years (到2025年…50个，到2030年…120个)
 * give the first of them (Decisions 26, as a multi-year plan takes its first year), two deadlines in one sentence too
 * (到2025年…10亿人次；到2027年…12亿人次). A plan document titled on its first line is read so as well (Decisions 26: a plan text
 * that writes no issue year; its issue year is not written), and so is a 到2026年目标： heading (the one year the text speaks for).
 */
function onlyDeadlines(text: string, written: readonly number[]): number | null {
  if (written.length === 0 || issueYear(text) !== null) return null;
  const deadlines = [...text.matchAll(DEADLINE_CLAUSE)].filter((m) => plausibleYear(Number(m[1])));
  // (A base year, 较2023年增长25%, is no year the text speaks for (Decisions 18, 20): `written` leaves it out. Nor is a horizon
  // restated without a figure, a subheading 2035年全面步入智能发展新阶段 over 到2035年，…: the deadline's year again.)
  const horizons = new Set(deadlines.map((m) => Number(m[1])));
  const restated = figurelessYearMentions(text).filter((y) => horizons.has(y)).length;
  if (deadlines.length !== written.length - restated || /由\s*\d{4}\s*年/.test(text)) return null;
  // (The figures may follow in the next sentences of the deadline's paragraph: 到2027年，…稳步提高。…占比力争达到45%.)
  const due = deadlines.filter((m) => /\d/.test(m[2]!) || /\d/.test(paragraphAfter(text, m.index + m[0].length))).map((m) => Number(m[1]));
  // Stages due in two years or more (到2025年 … 到2030年, corpus Decisions 26, 31): the first stage is the year it plans for,
  // as a multi-year plan takes its first year — whether or not that stage states figures (到2020年，形成…机制。到2025年，…
  // 达到100亿元 is a plan from 2020). (A single deadline without a figure is no plan of that year: null below.)
  if (due.length > 0) return Math.min(...deadlines.map((m) => Number(m[1])));
  // (Its figures written in the sentences after each deadline, 到2025年，…全面发展。…突破百项前沿技术: the first too.)
  return deadlines.length > 1 ? Math.min(...deadlines.map((m) => Number(m[1]))) : null;
}
/** The rest of the paragraph (line) from `at`. */
const paragraphAfter = (text: string, at: number): string => {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
};
/** The years written (not after 到/至) in sentences holding no other figure: 2035年全面步入智能发展新阶段, a heading naming a horizon. */
function figurelessYearMentions(text: string): number[] {
  const years: number[] = [];
  for (const sentence of text.split(/[。！？；\n]/)) {
    const named = [...sentence.matchAll(/(?<![\d比较从由到至])(\d{4})\s*年/g)];
    // (2025年羊乳产业产值突破千亿元 states a figure in words: a target, not a heading.)
    if (named.length !== 1 || /[\d百千万亿]/.test(sentence.replace(named[0]![0], ''))) continue;
    years.push(Number(named[0]![1]));
  }
  return years;
}
/**
 * 上半年完成投资86.97亿元，比2023年同期增长25.56%: a text that writes no year of its own but compares its results with one
 * year's same period (比/较…同期) reports the year after it, the one under way. Not a text writing a year of its own.
 */
function yearAfterSamePeriod(text: string, written: readonly number[]): number | null {
  if (written.length > 0) return null;
  const years = new Set([...text.matchAll(SAME_PERIOD_OF_YEAR)].map((m) => Number(m[1])).filter(plausibleYear));
  return years.size === 1 ? [...years][0]! + 1 : null;
}
/** A year's same period a result is compared with: 比2023年同期, 较2023年同期 (与2023年同期相比 writes a year of its own). */
const SAME_PERIOD_OF_YEAR = /[比较]\s*(\d{4})\s*年\s*同期/g;

/**
 * A deadline (到2025年, not 截至) and the rest of its sentence up to the next deadline (到2025年…；到2027年… are two clauses); a line
 * ending in a colon goes on to the next, whose figures it heads (到2026年目标：⏎生产总值增长6%).
 */
const DEADLINE_CLAUSE = new RegExp(`${DEADLINE_AT}((?:(?!${DEADLINE_AT})(?:[^。！？\\n]|(?<=[:：][ \\t]*)\\n))*)`, 'g');
/** A first line that is a plan document's own name (某州特色农牧业发展实施方案), no sentence. */
const PLAN_TITLE_LINE = /^\s*[^。！？，,\n]{2,60}(?:方案|规划|規劃|计划|計劃|纲要|綱要|要点|要點|意见|意見|措施)\s*(?:\n|$)/;

/**
 * 截至2020年11月底，全市…增长6.9%。去年，…增长速度目标是6.2%: a text that writes one year only, besides deadlines, years
 * something runs from, bases and slogans, and that dates results with it, is of that year, though it names a target of
 * that year inside its review. A year written only in a date (2021年1月25日) or none at all: unknown, never today's.
 * `ownYears`: the text's written years less those (readYear's, computed once).
 */
function soleYearOfResults(text: string, ownYears: readonly number[]): number | null {
  // (Not a text that aims, 力争到2026年…; its aims decide, or leave it unknown.)
  if (/力争|争取|确保|将/.test(text)) return null;
  const years = new Set(ownYears);
  if (years.size !== 1) return null;
  const year = [...years][0]!;
  // The year's own clause reports: a result verb and its figure, no 目标 or 预期 before it (2026年目标是…增长6%, 2019年，…完成预期目标，…).
  return new RegExp(`${year}\\s*年(?:(?!目标|预期)[^。；\\n]){0,40}?(?:增长|下降|达到|完成|实现)\\s*\\d`).test(text) ? year : null;
}

/**
 * 力争到2020年全地区年接待游客突破150万人次 in an undated news feature that writes no other year: the one year its aims
 * (力争, 争取, 确保 到 it) are due is the year it plans for. Not a plan document (方案, 规划, 计划…), whose own period or issue year decides,
 * nor a text writing that year any other way (2020年，全区…; 2020年以来).
 */
function soleAimedYear(text: string, written: readonly number[]): number | null {
  if (written.length === 0 || new Set(written).size > 1 || /方案|规划|计划|纲要|要点|意见|措施/.test(text)) return null;
  // (A bare 到2027年 may head a list of goals of a meeting's text, 截至2020年11月底 dates a result: 力争 and its like aim.)
  const deadlines = [...text.matchAll(AIMED_YEAR)].length;
  return deadlines === written.length ? written[0]! : null;
}

/** A text opening on a work report's review heading alone: 2025年工作回顾, 一、2022年工作回顾 (not …工作回顾与展望 or a sentence). */
const REVIEW_PART_OPENING = /^\s*(?:[一二三四五六七八九十]{1,2}、)?[ \t\u3000]*(\d{4})\s*年(?:度)?工作回顾[ \t\u3000]*(?:\n|$)/;
/** 今年（2024年）, 今年(2024): a year glossing 今年 in brackets. */
const GLOSSED_THIS_YEAR = /今年\s*[（(]\s*(\d{4})\s*(?:年\s*)?[）)]/;
/**
 * 对于今年政府工作要求，会议提出，2020年…增长6%: this year's goals or demands named, then told by a year after the verb of saying —
 * that year is the 今年 the sentence opened with. Not 今年以来, nor this year's report telling of a year (今年政府工作报告指出，
 * 2023年…: no goal or demand named before the verb), nor 指出 after them, which reviews (谈到今年的目标任务，市长指出，2023年全市…
 * 增长5.6%), nor 今年 framed (今年是实现…目标任务的关键一年，会议…).
 */
const THIS_YEARS_GOALS_TOLD = /今年(?!以来|是|作为)[^。；！？\n]{0,12}?(?:目标|要求|任务)[^。；！？\n]{0,12}?(?:提出|明确|确定)[，,：:]\s*(\d{4})\s*年/;
const glossedThisYear = (text: string): number | null => {
  const m = GLOSSED_THIS_YEAR.exec(text) ?? THIS_YEARS_GOALS_TOLD.exec(text);
  return m && plausibleYear(Number(m[1])) ? Number(m[1]) : null;
};
/**
 * A five-year period named as the frame of a year, in the middle of the period (实施“十二五”规划承前启后的关键一年,
 * “十四五”承上启下之年, 实施“十四五”规划关键之年): which of its years that is the words do not say (2023 and 2024 were both called so).
 */
const FRAMES_A_YEAR = new RegExp(
  `[“"‘]?(?:${PERIOD_NAMES})[”"’]?(?:规划)?[^。，；\n]{0,4}?(?:(?:承上启下|承前启后)的?(?:关键|重要)?|的?(?:关键|重要))(?:一年|之年)`,
);
const framesAYear = (text: string): boolean => FRAMES_A_YEAR.test(text);

/**
 * A period named only as what this year's aims are matched to (今年…主要预期目标…，与…“十四五”预期目标相衔接): the year's
 * frame, not a plan of the period — when every period the text names is named so, the text sets 今年's aims, and no aim
 * is dated by a period or a deadline (到2025年, 年均).
 */
const ALIGNED_TO_PERIOD = new RegExp(
  `(?:与|同|和)[^。；\\n]{0,24}?[“"‘]?(?:${PERIOD_NAMES})[”"’]?(?:规划)?[^。；，,\\n]{0,8}?(?:相衔接|衔接|相适应|相一致|对接)`,
  'g',
);
const THIS_YEARS_AIMS = /今年[^。；\n]{0,30}?(?:预期目标|目标|力争|确保)/;
function onlyAlignsYearAims(text: string): boolean {
  if (!THIS_YEARS_AIMS.test(text) || /到\s*\d{4}\s*年|年均/.test(text)) return false;
  const aligned = [...text.matchAll(ALIGNED_TO_PERIOD)].map((m) => [m.index, m.index + m[0].length]);
  const named = [...text.matchAll(FIVE_YEARS)];
  return aligned.length > 0 && named.every((f) => aligned.some(([from, to]) => from! <= f.index && f.index < to!));
}

/**
 * A year a text names for its plan, and — when 明年 heads its targets (二、2025年工作安排 … 明年经济社会发展主要预期目标是,
 * a report given late in the year before) — the year it is written in, whose 明年 is the year named.
 */
function writtenBefore(year: number, source: 'title' | 'text', text: string): { year: number; source: 'title' | 'text'; thisYear?: number } {
  return NEXT_YEAR_GOALS.test(text) || signedYearBefore(year, text) ? { year, source, thisYear: year - 1 } : { year, source };
}
/**
 * 某县2025年工作要点⏎（2024年12月26日）⏎明年全县…: a plan for a year signed in the year before, whose 明年 is the year planned —
 * 今年 and 明年 count from the day a text is written, and its own date line says that day (signedYear). Only a text saying 明年.
 */
const signedYearBefore = (year: number, text: string): boolean => /明年/.test(text) && signedYear(text) === year - 1;

/**
 * Years a text writes (2019年), not as a base (比2015年), nor as the date a day is (2020年1月8日), nor as the
 * horizon of a vision (…和2035年远景目标纲要: no year of results), nor as a time before which a thing was or is due
 * (2005年前老旧小区: housing built before it; 2025年前建成: a deadline — not 2025年前三季度, 2025年前5个月, the first part
 * of that year); a day's date written with slashes between
 * its parts (a paper's edition line, 某某日报/2024 年/1 月/3 日) is a date too. (The spaces around a slash are one run
 * when there is no slash, \s*(?:[/／]\s*)?, not \s*[/／]?\s*: split two ways, a long run was tried at each of its places.)
 */
const writtenYears = (text: string): number[] =>
  [
    ...text.matchAll(
      /(?<![\d比较从])(\d{4})\s*年(?!\s*(?:[/／]\s*)?\d{1,2}\s*月\s*(?:[/／]\s*)?\d{1,2}\s*日|\s*远景|以?前(?![一二三两]季度|[一二三四五六七八九十\d]{1,2}个?月))/g,
    ),
  ]
    .map((m) => Number(m[1]))
    .filter(plausibleYear);

/** A year followed by a part of it that has passed: 2024年一季度, 2024年上半年, 2024年前三季度, 2024年1-5月 (not the whole year). */
const YEAR_WITH_PART = /(\d{4})\s*年\s*(?:上半年|前[一二三]季度|[一二三]季度|1\s*[-—–~至]\s*(?:[2-9]|1[01])\s*月)/g;
/**
 * Whether a text writes `year` only with a part of it that has passed (海南省2024年一季度经济运行情况新闻发布会 … 今年2月):
 * a year under way, whose 今年 is that year, not a year closed whose results come before the next year's 今年.
 * `written` is writtenYears(text), which readYear has read already.
 */
function yearUnderWay(text: string, written: readonly number[], year: number): boolean {
  // (Not a review that goes on to the rest of that year, 2023年上半年…承压，下半年逐季回升…: it is closed.)
  if (REST_OF_YEAR.test(text)) return false;
  const withPart = [...text.matchAll(YEAR_WITH_PART)];
  // (Or a year whose sentence the months so far open the next of: 2022年，我县安排重点项目72宗…。1至5月，累计完成投资…)
  const monthsNext = [...text.matchAll(YEAR_THEN_MONTHS_SO_FAR)];
  // (Or a year written only as when work is due, 2024年底前 in a task table's column, or as the name of a meeting held in it,
  // 传达了2024年全市春季农业生产现场会议精神: both are of the year the work is done in, not a year closed.)
  const dueOrMeeting = [...text.matchAll(YEAR_DUE_OR_MEETING)];
  // (Or a year opening a sentence that counts its results to a point inside it, 2025年，…截至三季度末，…已完成…, or one whose
  // work is still to be carried on, 下一步，将持续推进2025年民生实事: the year is not over.)
  const countedSoFar = [...text.matchAll(YEAR_COUNTED_SO_FAR)].filter((m) => !countsAnotherYear(text, m));
  // (Each place the year is written counts once, though two of these read it: 2024年一季度经济运行情况新闻发布会.)
  const places = new Set<number>();
  const starting = text.matchAll(YEAR_STARTING_WELL);
  for (const m of [...withPart, ...monthsNext, ...dueOrMeeting, ...countedSoFar, ...text.matchAll(YEAR_STILL_WORKED), ...starting]) {
    const digits = m.slice(1).find((group) => group !== undefined);
    if (Number(digits) === year) places.add(m.index + m[0].indexOf(digits!));
  }
  return places.size > 0 && places.size === written.filter((y) => y === year).length;
}
/**
 * A year written as a due date within it (2024年底前, 2024年6月底前) or as the first word of a meeting's name
 * (2024年全县春耕生产现场会, 2024年全市经济工作会议精神, 2018年度某某乡村夏季精品线路新闻发布会, 某论坛2016年年会): a short name, no
 * sentence break, no figure in it — a yearly event is named by the year it is held in.
 */
const YEAR_DUE_OR_MEETING =
  /(?<![\d比较从到至])(\d{4})\s*年(?:\s*\d{1,2}\s*月)?底前|(?<![\d比较从到至])(\d{4})\s*年(?:度|(?=年会))?[^\s。，,；;、！？\n\d]{2,30}?(?:会议|大会|现场会|推进会|座谈会|发布会|年会)/g;
/** A year opening a sentence whose next sentence opens with the months so far, no year of their own (…。1至5月，…). */
const YEAR_THEN_MONTHS_SO_FAR =
  /(?<![\d比较从到至])(\d{4})\s*年[，,][^。！？\n\d]{0,40}?(?:\d[^。！？\n]{0,80}?)?。\s*(?:1\s*[-—–~至]\s*(?:[2-9]|1[01])\s*月份?|上半年|前[一二三]季度)[，,]/g;
/**
 * A year opening a sentence that counts results, there or in the next sentence, up to a point inside it (2025年，…截至三季度末,
 * 截至6月底; not 截至目前, no point inside the year).
 */
const YEAR_COUNTED_SO_FAR =
  /(?<![\d比较从到至])(\d{4})\s*年[，,][^。！？\n]{0,80}?(?:。[^。！？\n]{0,30}?)?(?:截至|截止)\s*(?:[一二三]季度末|上半年末?|(?:[1-9]|1[01])\s*月(?:底|末))/g;
/**
 * Whether the count to a point a YEAR_COUNTED_SO_FAR match finds is of the year after (2023年，…完成投资120亿元。截至5月底，今年…,
 * 今年截至6月底, 1月以来，截至2月底): its sentence, read to its end, says 今年 or counts from a start (以来).
 */
function countsAnotherYear(text: string, match: RegExpMatchArray): boolean {
  const end = match.index! + match[0].length;
  const rest = /^[^。！？\n]*/.exec(text.slice(end))![0];
  return /今年|以来/.test(match[0].slice(match[0].indexOf('年') + 1) + rest);
}
/**
 * A year whose sentence works for its whole year to start well (按下2023年项目建设加速键，为全年经济发展开好局、起好步; 2024年，
 * 全县…，确保全年开门红): a year just begun, not one closed — the start worked for (为, 确保, 力争…), not one reported
 * (2023年，全县项目建设实现全年开门红，全年完成投资86亿元: a review of the year closed).
 */
const YEAR_STARTING_WELL =
  /(?<![\d比较从到至])(\d{4})\s*年[^。！？\n]{0,40}?(?:为|确保|力争|争取|助力|奋力)[^。！？\n]{0,4}?全年[^。！？\n]{0,12}?(?:开好局|起好步|开门红|良好开局)/g;
/** A year whose work is still to be carried on (将持续推进2025年民生实事, 将全力完成2025年目标任务). */
const YEAR_STILL_WORKED = /将[^。，,；;\n\d]{0,6}?(?:推进|完成|落实|抓好|办好)\s*(\d{4})\s*年/g;
/**
 * A later year whose programme is being prepared (开展2026年度市民生实事编排工作, 2026年项目谋划工作): a year worked towards, no
 * year of results.
 */
const YEAR_PREPARED = /(?<![\d比较从到至])(\d{4})\s*年度?[^。，,；;\n\d]{0,12}?(?:编排|编制|谋划|征集|筹备)工作/g;
/**
 * The later years whose programme the text prepares (YEAR_PREPARED), each written only so and after another year the text
 * writes: not a year's own closing work (完成2023年度统计年报编制工作 in a review of 2023).
 */
function yearsPrepared(text: string, written: readonly number[]): number[] {
  const prepared = [...text.matchAll(YEAR_PREPARED)].map((m) => Number(m[1]));
  const count = (years: readonly number[], year: number) => years.filter((y) => y === year).length;
  return prepared.filter((y) => count(prepared, y) >= count(written, y) && written.some((w) => w < y));
}
/** The later part of a year, which a report of a year still under way cannot give: 下半年, 四季度, 1-12月. */
const REST_OF_YEAR = /下半年|第?四季度|(?<!\d)1\s*[-—–~至]\s*12\s*月/;

/**
 * A title naming a summary of the work done (某镇2023年工作总结, 镇长年度工作总结, 上半年工作总结, 述职报告) and no plan
 * beside it (not …工作总结及2024年工作计划, whose parts say which is which): the text reviews the year it is dated in.
 */
const SUMMARY_TITLE = /(?:工作总结|述职(?:述廉|述德述廉)?报告)[”"》]?\s*$/;
const TITLE_NAMES_PLAN = /计划|打算|思路|安排|要点|设想|谋划/;
const isSummaryTitle = (title: string): boolean => SUMMARY_TITLE.test(title.trim()) && !TITLE_NAMES_PLAN.test(title);
/** The text's first line when it is short enough to be its title (镇长年度工作总结 names no year, so no title was read). */
const firstLineTitle = (text: string): string => {
  const line = /^\s*([^\n]{4,40})\n/.exec(text)?.[1] ?? '';
  // (Not a part's numbered heading, 一、2023年工作总结, whose part says what it reviews.)
  return /[。！？]/.test(line) || /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])/.test(line) ? '' : line;
};
/** Whether the text's title (or its first short line) names a summary of the work done: see SUMMARY_TITLE. */
export const summarizesWork = (title: string, text: string): boolean => isSummaryTitle(title) || isSummaryTitle(firstLineTitle(text));

/** The last years of the five-year periods a text names and does not review (“十五五” → 2030). */
function planEnds(text: string): Set<number> {
  const ends = new Set<number>();
  for (const five of text.matchAll(FIVE_YEARS)) if (!reviewedAt(text, five)) ends.add(fiveYearFirst(five) + 4);
  return ends;
}

/** A plan period named in `text` (2023—2027年, “十四五”), and whether it is named as reviewed. */
/**
 * The text with each season of two consecutive years blanked (2023至2024年度, 2023/2024榨季: SEASON_OF_TWO_YEARS): one season,
 * due the year it ends (corpus Decisions 30, 33), no span of years a plan covers. (Of the same length: positions keep.)
 */
function withoutSeasons(text: string): string {
  let blanked = text;
  for (const { start, end } of seasonsIn(text)) blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
  return blanked;
}
export function readPeriod(text: string, fiveYearWithin = Infinity): { first: number; last: number; reviewed: boolean } | null {
  const span = YEAR_SPAN.exec(withoutSeasons(text));
  const [from, to] = span ? [Number(span[1] ?? span[3]), Number(span[2] ?? span[4])] : [0, 0];
  // (Near the start, not a span an earlier year set in the sentence before it: 2014年，市委提出…要求从2015—2017年，用三年时间… is history.)
  if (span && plausibleYear(from) && to > from && !(fiveYearWithin !== Infinity && setByEarlierYear(text, span.index, from))) {
    return { first: from, last: to, reviewed: false };
  }
  const five = FIVE_YEAR.exec(text);
  // Opening the text, a period is its own (“十四五”时期，…); after a year (2024年是…“十四五”规划承上启下的一年) it is that year's frame.
  if (!five || five.index > fiveYearWithin || (fiveYearWithin !== Infinity && /\d{4}\s*年/.test(text.slice(0, five.index)))) return null;
  const first = fiveYearFirst(five);
  return { first, last: first + 4, reviewed: reviewedAt(text, five) || reviewedElsewhere(text, first) };
}

/**
 * Whether the sentence before a span of years (from `at`) writes a year earlier than its first, opening a clause (2014年，市委提出…
 * 要求从2015—2017年…): the span is what that year set, told in a page's body, not the document's own period.
 */
/** A year closing its clause (2014年，…): the year a sentence's later span may have been set in. */
const YEAR_THEN_COMMA = /(\d{4})\s*年[，,]/g;
function setByEarlierYear(text: string, at: number, first: number): boolean {
  const before = text.slice(0, at);
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('；')) + 1);
  // (A span opening a clause of its own, 2024年，县委提出打造示范带，2025—2027年，全县计划投入…, is the plan's own period.)
  if (/(?:^|[，,：:])\s*$/.test(sentence)) return false;
  return matchesOf(YEAR_THEN_COMMA, sentence).some((m) => Number(m[1]) < first);
}

/** 国家“十四五”规划, 全国“十四五”计划: a period named as the nation's plan, right before it. */
const NATIONAL_BEFORE_PERIOD = /(?:国家|全国|中央)$/;
/** Whether every five-year period a text names (a few looked at) is the nation's plan: 国家“十四五”规划102项重大工程. */
function namesOnlyNationalPeriod(text: string): boolean {
  const named = [...text.matchAll(FIVE_YEARS)].slice(0, 6);
  // (The match takes the period's quotes, so 国家 stands right before it and 规划 right after.)
  const national = (five: RegExpExecArray) =>
    NATIONAL_BEFORE_PERIOD.test(text.slice(Math.max(0, five.index - 2), five.index)) && /^(?:规划|计划)/.test(text.slice(five.index + five[0].length));
  return named.length > 0 && named.every(national);
}

/**
 * Whether a later mention of the period a text opens with says it reviewed (“十四五”时期，全市绿色转型全面提速。… “十四五”大气
 * 污染防治任务圆满完成) while none aims (力争在“十四五”时期…, a figure in its sentence): the text looks back on it. A few looked at.
 */
function reviewedElsewhere(text: string, first: number): boolean {
  let seen = 0;
  let reviewed = false;
  for (const five of text.matchAll(FIVE_YEARS)) {
    if (++seen > 6) break;
    if (fiveYearFirst(five) !== first) continue;
    if (reviewedAt(text, five)) reviewed = true;
    else if (aimsInSentence(text, five.index)) return false;
  }
  return reviewed;
}

/**
 * The year a review of a period speaks of: its last (“十三五”规划…完成情况), or its third for a mid-term
 * review (“十四五”规划纲要实施中期评估: results halfway, 时间过半).
 */
function reviewedYear(period: { first: number; last: number }, title: string): number {
  return MID_TERM_REVIEW.test(title) ? period.first + 2 : period.last;
}

/**
 * Whether a five-year period is named as reviewed: “十三五”规划主要指标完成情况, 高质量完成“十四五”规划, “十三五”以来
 * (since it began: a review up to now), “十四五”规划的实施成效.
 */
/** 回望“十四五”, 回首“十三五”, 回眸“十四五”: a period looked back on, as 回望2022年 is a year reviewed. */
const LOOKED_BACK_ON = /(?:回望|回首|回顾|回眸)[“"‘]?$/;

function reviewedAt(text: string, five: RegExpExecArray): boolean {
  const after = text.slice(five.index, five.index + 30);
  const since = text.startsWith('以来', five.index + five[0].length);
  const midTerm = MID_TERM_REVIEW.test(text.slice(five.index, five.index + 45));
  // 规划的实施成效, 时期经济社会发展成就: what the period brought, as 完成情况 is.
  return (
    since ||
    midTerm ||
    /完成情况|回顾|总结|实施成效|实施成果|发展成就/.test(after) ||
    // “十四五”即将收官, 即将圆满收官: a period said to be closing is looked back on (确保“十四五”圆满收官 aims; no 即将 there).
    /^[“"‘]?(?:十[一二三四五六七八九]五)[”"’]?(?:规划)?即将(?:圆满|顺利|胜利)?收官/.test(after) ||
    // “十四五”发展报告：…多项指标超额完成: its goals reported met (确保“十四五”…全面完成 plans them).
    (/(?:超额|全面|圆满|顺利|提前)完成/.test(after) && !/(?:确保|力争|争取|努力)[^，。；\n]{0,6}$/.test(text.slice(Math.max(0, five.index - 8), five.index))) ||
    handedIn(after) ||
    // 完成“十四五”规划; 提前一年实现了“十四五”规划目标 (实现 with 了: achieved; 确保实现… plans).
    /(?:完成|实现了)[“"‘]?$/.test(text.slice(Math.max(0, five.index - 4), five.index)) ||
    LOOKED_BACK_ON.test(text.slice(Math.max(0, five.index - 3), five.index))
  );
}

const FIVE_YEARS = new RegExp(FIVE_YEAR.source, 'g');

/**
 * The period a text plans for: the one found, or — when that one is reviewed (“十三五”以来…，力争在“十四五”时期…) —
 * the later period it names and does not review.
 */
/**
 * A period opening a page dated after its last year (“十四五”时期 云南经济社会发展迈出历史性一大步 posted 2026-01-29): no page
 * plans a period gone by, so it is looked back on, as a period said reviewed is (its last year the one reported; a later period
 * the page aims at still outranks it, periodPlanned). Not a page whose year is masked (masksOwnYear).
 */
function periodOverByDate<P extends { first: number; last: number; reviewed: boolean }>(found: P, text: string): P {
  if (found.reviewed || masksOwnYear(text)) return found;
  const issued = issueYear(text);
  return issued !== null && issued > found.last ? { ...found, reviewed: true } : found;
}

function periodPlanned<P extends { first: number; last: number; reviewed: boolean }>(
  found: P,
  text: string,
): P | { first: number; last: number; reviewed: false } {
  if (!found.reviewed) return found;
  const next = plannedPeriod(text, found.last);
  return next ?? found;
}

/**
 * Whether the sentence naming a later period aims at something: a figure, or 目标, 力争, 确保, 争取, 预期 (力争在“十四五”时期…).
 * 面向“十五五”，某区将持续深化… in news of a period's results looks ahead with no aim: the text still reports.
 */
/** A figure or an aim word (AIM). */
const AIM_OR_FIGURE = new RegExp(`\\d|${AIM}`);
function aimsInSentence(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const close = text.slice(at).search(/[。\n]/);
  const sentence = text.slice(from, close < 0 ? text.length : at + close).replace(NO_AIM_FIGURES, '');
  return AIM_OR_FIGURE.test(sentence);
}

/**
 * Digits in a period's sentence that aim at nothing: a day or a clock time (7月24日, 2025-07-25 09:00 — the meeting or the page,
 * not a figure), and a count of the plan's own indicators said met (9项指标超出预期, 13项指标进展符合预期 — a review's words).
 */
const NO_AIM_FIGURES =
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}:\d{2}|\d+项(?:主要)?指标(?:进展)?(?:超出|超过|超|符合|达到)预期/g;

/** The first years of the five-year periods a text looks back on (回望“十四五”, 回首“十三五”). */
function lookedBackPeriods(text: string): Set<number> {
  return new Set([...text.matchAll(FIVE_YEARS)].filter((f) => LOOKED_BACK_ON.test(text.slice(Math.max(0, f.index - 3), f.index))).map(fiveYearFirst));
}

/**
 * The first five-year period a text names after `after` that it does not review (“十三五”以来…，力争在“十四五”时期… → 十四五); a few
 * looked at. An earlier period (从“十二五”末的35%提高到50% in a review of “十三五”) is a base the review measures from, no plan.
 */
function plannedPeriod(text: string, after: number): { first: number; last: number; reviewed: false } | null {
  let seen = 0;
  // A period the text looks back on (回望“十四五”) is the reviewed one wherever else it is named (“十四五”期间，…).
  const lookedBack = lookedBackPeriods(text);
  for (const five of text.matchAll(FIVE_YEARS)) {
    if (++seen > 6) break;
    if (!reviewedAt(text, five) && !lookedBack.has(fiveYearFirst(five)) && fiveYearFirst(five) > after && aimsInSentence(text, five.index)) {
      const first = fiveYearFirst(five);
      return { first, last: first + 4, reviewed: false };
    }
  }
  return null;
}

/**
 * A yearly plan report's own name: 2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案 — it reviews the
 * first year and plans the second, the year after it (not 2023年计划执行情况 alone, nor two years apart).
 */
const EXECUTION_AND_DRAFT =
  /(\d{4})\s*年[^。；\n\d]{0,20}?计划执行情况[^。；\n\d]{0,3}?(?:与|及|和|暨|以及)\s*(\d{4})\s*年[^。；\n\d]{0,20}?计划(?:（?草案）?)/;
function draftAfterExecution(text: string): number | null {
  // (The words every match holds are looked for first: the pattern is tried from every digit of the whole text.)
  const m = firstHolding('计划执行情况', EXECUTION_AND_DRAFT, text);
  if (!m || Number(m[2]) !== Number(m[1]) + 1 || !plausibleYear(Number(m[2]))) return null;
  // (A text headed 一、2022年…计划执行情况 executes the plan the named report drafted for 2022: that report is last year's, cited.)
  return executesPlanOf(text, Number(m[2])) ? null : Number(m[2]);
}
/**
 * A government thanking its congress for oversight (在市人大和市政协的监督支持下, 在地区人大工委的监督指导下; the bare
 * oversight of each named in turn, 在区人大依法监督和区政协民主监督下).
 */
const CONGRESS_OVERSIGHT =
  /在[^。，；\n]{0,12}?人大[^。，；\n]{0,12}?的?监督(?:支持|指导|帮助)下|在[^。，；\n]{0,12}?人大[^。，；\n]{0,4}?监督和[^。，；\n]{0,8}?监督下/;

/**
 * A yearly work conference that reviews a year and sets the next (某州委经济工作会议, 全县农村工作会议, 务虚会):
 * planned for the year after the one it reviews, as a work report is (corpus Decisions 2, c180). Not a meeting named with a
 * figure's sentence only (会议指出), nor a plenary (全会, 全体会议) where news shows a year's results (亮出2022年成绩单, c253): news of results.
 */
const WORK_CONFERENCE = /经济工作会议|(?:农村|三农|城市)工作会议|务虚会/;
/**
 * News of a report or a conference that relays its review with a verb of telling and a year (报告指出，2022年，…; 会议回顾，2023年…;
 * 报告显示, 报告称, 会议总结): the year reviewed. Not a year the clause goes on to plan (报告指出，2023年要…, 2024年将…, 力争, 目标) or frames (会议指出2027年…是十分关键的一年: the year ahead).
 */
/** Words a clause aims with (要, 将, 力争, 目标 …): a year they follow is planned, not reviewed. */
const AIM_WORDS = '要|将|力争|确保|争取|目标|预期|计划';
const RELAYED_REVIEW = new RegExp(
  String.raw`(?:报告|会议|讲话)(?:指出|显示|称|提到|回顾|总结|介绍|表示)[，,：:]?\s*(?:过去的?一年[，,]?\s*)?(\d{4})\s*年(?!\s*(?:以来|来|上半年|下半年|前[一二三四五六七八九十\d]|[一二三四]季度|第[一二三四]季度|1?\d\s*[-—–~至到]\s*1?\d\s*月|1?\d月))(?![^。；！？\n]{0,24}?(?:${AIM_WORDS}|是|对于))`,
  'g',
);
/**
 * The year just past in a report's or conference's own words (刚刚过去的一年, 过去的一年 + the one year it writes of results):
 * that year, when the text writes one year of its own and no more.
 */
const YEAR_JUST_PAST = /刚刚?过去的一年/;
/** A year whose sentence goes on to aim (2025年，让我们…力争增长6%): the year planned. */
const YEAR_CLAUSE_AIMS = new RegExp(String.raw`(\d{4})\s*年[^。！？\n]{0,40}?(?:${AIM_WORDS})`, 'g');
function yearsTheReportReviews(text: string): number[] {
  // (Only the year just before the latest the text writes, or that one: a page that relays 会议回顾，1984年… beside 2024年
  // retells a history, the year planned is no year after it.)
  const latest = largest(writtenYears(text));
  const relayed = [...text.matchAll(RELAYED_REVIEW)].map((m) => Number(m[1])).filter((y) => plausibleYear(y) && y >= latest - 1);
  if (relayed.length > 0) return relayed;
  if (!YEAR_JUST_PAST.test(text)) return [];
  // (Not a year the text aims at or says what will be done in, 2025年，…力争增长6%: the year planned, not the one just past.)
  const aimed = new Set([...aimedYears(text), ...yearsWill(text), ...[...text.matchAll(YEAR_CLAUSE_AIMS)].map((m) => Number(m[1]))]);
  const own = new Set(writtenYears(text.replace(NOT_RESULT_YEAR, '').replace(DEADLINE_YEAR, '')));
  return own.size === 1 && ![...own].some((y) => aimed.has(y)) ? [...own] : [];
}

/** A congress's session named (人民代表大会第一次会议, 人大二次会议, 人代会), not its standing committee's. */
const CONGRESS_SESSION = /(?:人民代表大会(?!常务委员会)|人大(?!常委)|人代会)[^。\n]{0,30}?会议/;
/** A government work report given to a congress (代表大会…会议上, 向大会作政府工作报告). */
const REPORT_GIVEN = new RegExp(`${CONGRESS_SESSION.source}|向大会(?:作|报告)|作政府工作报告`);
/**
 * A text on a government work report (政府工作报告, 向大会作…工作), not news of a standing committee's meeting (常务委员会 in its
 * first lines, not as an officer's title: 县人大常委会主任…宣布大会开幕 presides over the session), whose reports are of other kinds.
 */
const onWorkReport = (text: string): boolean => /政府工作报告|向大会(?:作|报告)(?:政府)?工作/.test(text) && !namesStandingCommitteeMeeting(text.slice(0, 300));
/** A day in brackets, its year and month captured: （2020年1月8日）. */
const BRACKETED_DAY = /[（(]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*[）)]/.source;
/** A work report's title with the day it was given in brackets: 某市人民政府工作报告（2022年12月30日）. */
const REPORT_TITLE_DAY = new RegExp(`政府工作报告[”"》]?\\s*${BRACKETED_DAY}`);
/** The date a report was given at: 在…会议上…（2020年1月8日）. */
const GIVEN_ON = new RegExp(`会议上[^。\\n]{0,24}?${BRACKETED_DAY}`);
/** A news lede's day: 1月14日上午，…会议…开幕, or its dateline (金昌12月6日讯, 新华社北京3月5日电). */
const LEDE_DAY = /(?<![\d年*])(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:讯|电|[^。\n]{0,60}?(?:会议|大会))/;
/**
 * A lede that writes its full date (2017年4月22日，湖州市第八届人民代表大会第一次会议开幕): the date the report was given
 * (not a session announced ahead, 会议将于2025年3月5日召开).
 */
const DATED_LEDES = /(?:^|\n)[^\n]{0,12}?(?<!将于|定于|拟于)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日[^。\n]{0,60}?(?:会议|大会)/g;

/**
 * The month of a lede's day (1月21日，…会议召开) in news of a work report given at a congress's session; null for other texts.
 * (Kept for the last text: the year reader asks it twice of one text, yearAfterSessionReview and aheadOfThisYear.)
 */
const sessionLedeMonth: (text: string) => number | null = lastTextOnly(ledeMonthOfSession);

function ledeMonthOfSession(text: string): number | null {
  if (!onWorkReport(text) || !CONGRESS_SESSION.test(text)) return null;
  const lede = LEDE_DAY.exec(text.slice(0, 600));
  return lede ? Number(lede[1]) : null;
}

/** A year opening a sentence whose results it gives as estimated: 2025年，某区预计地区生产总值增长6.5%左右 (预计 in its clause). */
const YEAR_ESTIMATED = /(?<![\d比较从到至])(\d{4})\s*年(?:全年)?[，,]?[^。！？；\n，,\d]{0,12}?预计/g;
/** Whether the text estimates `year`'s results (see YEAR_ESTIMATED): a year not yet closed when it was written. */
const estimatesYear = (text: string, year: number): boolean => [...text.matchAll(YEAR_ESTIMATED)].some((m) => Number(m[1]) === year);

/** Whether a text plans the year after its 今年: it is news of a congress session whose lede day is in December. */
const aheadOfThisYear = (text: string): boolean => sessionLedeMonth(text) === 12;

/** 十四届全国人大四次会议: a yearly session of a National People's Congress (not its standing committee's 常委会第七次会议). */
const NATIONAL_SESSION = /十([一二三四五])届全国人大([一二三四五])次会议/;
/**
 * The year of a National People's Congress session: each congress sits five years, the ninth from
 * 1998, and its Nth session meets in March of its Nth year (十四届四次 → 2026) — the year the report plans.
 */
function nationalSessionYear(text: string): number | null {
  const m = NATIONAL_SESSION.exec(text);
  if (!m) return null;
  const congress = 10 + '一二三四五'.indexOf(m[1]!) + 1;
  const session = '一二三四五'.indexOf(m[2]!) + 1;
  return 1998 + 5 * (congress - 9) + session - 1;
}

/**
 * The line under a report's title that says when and where it was given (——2020年1月7日在某市第八届人民代表大会第五次会议上,
 * （2023年1月6日在县第十八届人民代表大会第二次会议上）, 在某县第十七届人民代表大会第七次会议上⏎2025年12月22日), its words run
 * on to the next line as a cover wraps them (…在某县第十七届⏎人民代表大会第七次会议上): whatever report it heads (the
 * government's, a plan's, a budget's) was given to a congress's session, so the session's date dates it, though the page
 * keeps no title and writes 政 府 工 作 报 告 spaced out. Not a standing committee's meeting (人大常委会第十五次会议上: a
 * report on the year under way), nor a day in a sentence going on past the meeting (2016年1月26日在省人大四次会议上通过的
 * 《纲要》提出…: a history, NOT_A_CLAUSE).
 */
const CONGRESS_MET = String.raw`(?:人民代表大[会會]|人大|人代[会會])(?!常)[^。，,；;！？]{0,20}?(?:会议|會議)`;
const NOT_A_CLAUSE = String.raw`(?![ \t\u3000]*上?[ \t\u3000]*(?:[，,、的]|通过|所|作|提出|审议|批准|表决|确定|强调))`;
const DAY_GIVEN = String.raw`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日`;
// (The line is the cover's line alone: it ends at 会议上 or its date, a bracket closing it, or 的讲话 — not a résumé's
// …会议上当选为县长, a headline's …会议上票决产生的十件民生实事, nor a chronicle's next line opening on a day, 2023年3月1日，全县….)
const DELIVERY_LINE_END = String.raw`[ \t\u3000]*[）)]?[ \t\u3000]*$`;
const DELIVERY_LINE = new RegExp(
  String.raw`^[ \t\u3000—–\-－─（(]{0,12}(?:${DAY_GIVEN}[ \t\u3000]*在[^。，,；;！？]{0,50}?${CONGRESS_MET}上?${NOT_A_CLAUSE}(?:的(?:讲话|报告))?|在[^。，,；;！？]{0,50}?${CONGRESS_MET}上?[ \t\u3000]*[（(]?[ \t\u3000]*${DAY_GIVEN})${DELIVERY_LINE_END}`,
);
const CLAUSE_GOES_ON = /^[ \t\u3000]*(?:[，,、的]|通过|所|作出|提出|审议|批准|表决|确定|强调|当选|票决)/;
const DELIVERY_LINE_START = /^[ \t\u3000—–\-－─（(]{0,12}(?:(?:19|20)\d{2}\s*年|在)/;
/** How far into a page a report's cover line may stand (a site's metadata rows, a digest's lede before it). */
const DELIVERY_HEAD_CHARS = 1200;

/** The year and month of a report's delivery line (DELIVERY_LINE) in the page's head, each line read with the next joined on. */
function deliveryLine(text: string): { year: number; month: number } | null {
  const lines = text.slice(0, DELIVERY_HEAD_CHARS).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!DELIVERY_LINE_START.test(lines[i]!)) continue;
    // (The line alone, else the line with the next one joined on, as a cover wraps it.)
    // (Not a line whose clause the next one carries on, 根据⏎——2023年1月9日在…会议上⏎批准的规划纲要，…: a cited session.)
    const next = lines[i + 1] ?? '';
    for (const line of CLAUSE_GOES_ON.test(next) ? [] : [lines[i]!, `${lines[i]}${next.trim()}`]) {
      const m = line.length <= 120 ? DELIVERY_LINE.exec(line) : null;
      if (m) return { year: Number(m[1] ?? m[3]), month: Number(m[2] ?? m[4]) };
    }
  }
  return null;
}

/**
 * The year a government work report plans, from the date it was given: the date written after
 * 会议上 (a report's cover), or a lede's day (1月14日上午，…开幕) dated by a full date of the page with
 * the same month and day. Congresses meet in the first months of the year they plan (or the
 * December, or a new term's November, before it); other dates say nothing of the plan year.
 */
function deliveryYear(text: string, title: string): number | null {
  // (A title that dates the report by the day it was given, 某市人民政府工作报告（2022年12月30日）, says so itself.)
  const titled = REPORT_TITLE_DAY.exec(title);
  if (titled) return planYearOfSession(Number(titled[1]), Number(titled[2]), true);
  const delivery = deliveryLine(text);
  const onItsLine = delivery && planYearOfSession(delivery.year, delivery.month, true);
  if (onItsLine) return onItsLine;
  if (!onWorkReport(text) || !REPORT_GIVEN.test(text)) return null;
  const session = CONGRESS_SESSION.test(text);
  // The date the report itself was given (its cover, its lede) wins over a national session the text
  // names: a province's report reviews 十三届全国人大二次会议 as an event of the year before.
  const given = GIVEN_ON.exec(text);
  if (given) return planYearOfSession(Number(given[1]), Number(given[2]), session);
  // (The latest such date: a feature that recalls an earlier session first, 2018年3月5日，十三届全国人大一次会议开幕，本届政府的
  // 第一份工作报告…, then dates the session it reports, 2023年3月5日，十四届全国人大一次会议…开幕, is of the latter.)
  const dated = [...text.slice(0, 600).matchAll(DATED_LEDES)].sort((a, b) => Number(b[1]) - Number(a[1]))[0];
  if (dated) return planYearOfSession(Number(dated[1]), Number(dated[2]), session);
  const national = nationalSessionYear(text);
  if (national !== null) return national;
  const lede = LEDE_DAY.exec(text.slice(0, 600));
  if (!lede) return null;
  const month = Number(lede[1]);
  const day = Number(lede[2]);
  for (const m of text.matchAll(DATE)) {
    if (Number(m[2] ?? m[4]) === month && Number(m[3] ?? m[5]) === day) return planYearOfSession(Number(m[1]), month, session);
  }
  // (A page dated a day or two after its lede's day, 2022-12-30 over 12月29日，…会议开幕: the news of it, the same year.)
  for (const m of text.matchAll(DATE)) {
    const after = Number(m[3] ?? m[5]) - day;
    if (Number(m[2] ?? m[4]) === month && after > 0 && after <= 2) return planYearOfSession(Number(m[1]), month, session);
  }
  return null;
}

/** Goals a review says were met (完成了…确定的目标任务, 实现了全年目标) and a report said to look back (报告提出，过去的一年). */
const REVIEW_WORDS = /(?:完成|实现)了[^。；，,\n]{0,24}?目标(?:任务)?|提出[，,]\s*(?=过去的?一年|一年来|去年)/g;
const withoutReviewWords = (text: string): string => text.replace(REVIEW_WORDS, '');
/**
 * News of a work report given at a congress's session early in a year whose year the page never writes in full (1月21日，
 * 某区第六届人民代表大会第九次会议召开…报告显示，过去一年…；2025年某区…): the year of the results it reviews (过去一年, 一年来,
 * 去年), the one year it writes apart from deadlines and years something runs from, is the year before the session's. Not a
 * text that writes two years or more, nor one that names aims, nor a page with a full date, nor a session's day past April:
 * the other rules decide those.
 */
function yearAfterSessionReview(text: string): number | null {
  const month = sessionLedeMonth(text);
  // (The year reviewed may be named instead: 报告指出，2023年，全市…增长13.6% — a year opening a clause of news.)
  // (Or estimated, 预计2024年该省GDP迈上14万亿元: a year whose results are estimated has closed or is closing.)
  if (month === null || month > 4 || issueYear(text) !== null || !(/过去的?一年|一年来|去年|预计\s*\d{4}\s*年/.test(text) || YEAR_OPENING_CLAUSE.test(text)))
    return null;
  // (Only news of the review alone: a year beside aims, 报告提出，2026年全区…增长5%左右, or what is to come, 将, may be the one planned.)
  // (Projects or funds 争取 from above and counted, 争取各类项目73个, were obtained: no aim; nor is an expectation results beat, 好于预期.)
  // (Nor goals reported met, 较好地完成了…会议确定的目标任务, nor a report said to look back, 报告提出，过去的一年，…: the review's words.)
  if (/目标|力争|争取|(?<!好于|高于|超出|超过|优于|低于)预期|提出|将|今年|明年|新的?一年/.test(withoutReviewWords(withoutObtainedCounted(text)))) return null;
  const years = new Set(writtenYears(text.replace(NOT_RESULT_YEAR, '').replace(/[到至]\s*\d{4}\s*年/g, '')));
  return years.size === 1 ? [...years][0]! + 1 : null;
}

/**
 * 2025年及“十四五”时期工作回顾, “十三五”时期和2020年工作回顾: the review of a five-year period's last year together with
 * the period opens only the report given the year after (a digest's heading, though it never says 政府工作报告).
 */
const CLOSED_PERIOD_REVIEW = new RegExp(
  `(\\d{4})\\s*年(?:及|和|暨|、)[“"]?(${PERIOD_NAMES})[”"]?(?:时期|期间)?工作回顾|[“"]?(${PERIOD_NAMES})[”"]?(?:时期|期间)?(?:及|和|暨|、)(\\d{4})\\s*年工作回顾`,
);

/**
 * A heading of its own that opens the review part of a report given the year after the one it names: 一、2023年工作回顾
 * (2024年工作回顾, （一）2022年度工作回顾: a work report's, or a department's to its congress or its staff) and 一、2022年国民
 * 经济和社会发展计划执行情况 (a plan report's, whose part 二 drafts the next year's plan) — whatever the page's title says or
 * lacks. All 51 corpus texts with the first heading and all 26 with the second plan the year after it. Not a part of a year
 * (2024年上半年工作回顾, 2023年1—6月计划执行情况: the year under way), nor a review in a sentence (对2023年工作回顾如下), nor a
 * heading with more after it (2023年工作回顾与展望 may be a review's own title) — and only in a page's first pages, where a
 * report's parts begin. The report must go on past its review, to aims of a later year (今年…力争, 新的一年, 明年: aimsAtLaterYear),
 * the year after named, or a later part's heading (二、2025年工作打算, 第二部分 今年工作安排) — or be named as given to a congress
 * (向大会报告工作, 在区人大…的监督支持下: an excerpt of a work report cut after its review): an excerpt holding the review alone
 * and its results, with no such words, is of the year reviewed (corpus Decisions 2), as before.
 */
const REVIEW_PART_HEADING = new RegExp(
  String.raw`^[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[）)]|第[一二三四五六七八九十]{1,2}部分[：:]?)?[ \t\u3000]*` +
    String.raw`((?:19|20)\d{2})[ \t]*年(?:度?[ \t]*工作回[顾顧]|(?![^\n]*(?:半年|季度|\d\s*月|月份|以来))[^。，,；;\n\d]{0,16}?计划的?执行情况)[ \t\u3000]*$`,
  'm',
);
const REVIEW_PART_HEAD_CHARS = 4000;
/** A report given to a congress named by its words (政府工作报告, 向大会报告工作, 报告政府工作): given the year after its review. */
const REPORT_TO_CONGRESS = /政府工作报告|向大会(?:作|报告)|报告(?:政府)?工作/;
/**
 * A later part's heading at the review heading's own level (二、 after 一、, （二） after （一）, 第二部分 after 第一部分; any of
 * them after a heading with no ordinal) that names work to come — not the review's own subsections (（二）重点工作扎实推进 under
 * 一、2024年工作回顾), nor a heading of results or problems (（三）圆满完成年度目标任务, 二、存在的问题和不足).
 */
const LATER_PART_ORDINALS: Record<string, string> = {
  plain: String.raw`[二三四五六七八九十][、.．]`,
  bracket: String.raw`[（(][二三四五六七八九十][）)]`,
  part: String.raw`第[二三四五六七八九十]部分[：:]?`,
};
const laterPartPattern = (ordinals: string): RegExp =>
  new RegExp(
    String.raw`^[ \t\u3000]*(?:${ordinals})` +
      String.raw`(?![^\n]*(?:完成|成效|成绩|成果|进展|回顾|亮点|问题|情况))[^。\n]{0,30}?(?:工作|任务|安排|打算|计划|目标|思路|建议)`,
    'm',
  );
/** LATER_PART_ORDINALS' headings by level, built once (key '' for a review heading with no ordinal: any level follows). */
const LATER_PART_HEADINGS = new Map<string, RegExp>([
  ['', laterPartPattern(Object.values(LATER_PART_ORDINALS).join('|'))],
  ...Object.entries(LATER_PART_ORDINALS).map(([level, ordinals]): [string, RegExp] => [level, laterPartPattern(ordinals)]),
]);
const laterPartHeading = (level: string | null): RegExp => LATER_PART_HEADINGS.get(level ?? '')!;
/** The ordinal level of a review heading's match (REVIEW_PART_HEADING), or null when it has none. */
function headingLevel(heading: string): string | null {
  const h = heading.trimStart();
  return /^第/.test(h) ? 'part' : /^[（(]/.test(h) ? 'bracket' : /^[一二三四五六七八九十]/.test(h) ? 'plain' : null;
}
/**
 * A review part's body opening on the year under way (截至6月底, 今年以来, 上半年, 1—9月): the plan of that year reported
 * mid-year under its own heading (一、2024年投资计划执行情况), not a closed year's review.
 */
const YEAR_UNDER_WAY_OPENING = /^\s*[^。\n]{0,12}?(?:截至\s*(?:目前|\d{1,2}\s*月)|今年以来|年初以来|上半年|前三季度|1\s*[—–\-－~至]\s*\d{1,2}\s*月)/;
function yearReviewedInPart(text: string): { year: number; nextYearOnly: boolean } | null {
  const m = REVIEW_PART_HEADING.exec(text.slice(0, REVIEW_PART_HEAD_CHARS));
  if (!m || !plausibleYear(Number(m[1]))) return null;
  const year = Number(m[1]);
  const after = text.slice(m.index + m[0].length);
  if (YEAR_UNDER_WAY_OPENING.test(after)) return null;
  // (The year after named as itself, not as a deadline a review reports met, 提前完成到2025年的建设任务.)
  const goesOn =
    aimsAtLaterYear(after) ||
    writtenYears(after.replace(/[到至]\s*\d{4}\s*年/g, '')).includes(year + 1) ||
    laterPartHeading(headingLevel(m[0])).test(after) ||
    REPORT_TO_CONGRESS.test(text) ||
    CONGRESS_OVERSIGHT.test(text);
  // (A text aiming at 明年 only speaks in the year it reviews: its 明年 is the year planned.)
  return goesOn ? { year, nextYearOnly: aimsAtNextYearOnly(after) } : null;
}

/** The last year of the five-year period a text's review heading closes with that year, else null. */
function closedPeriodReviewed(text: string): number | null {
  // (Both of its forms end on 工作回顾: a text without it is not searched for a pattern tried at every digit and quote.)
  const m = firstHolding('工作回顾', CLOSED_PERIOD_REVIEW, text);
  if (!m) return null;
  const year = Number(m[1] ?? m[4]);
  return PERIOD_YEARS.get(m[2] ?? m[3]!)?.last === year ? year : null;
}

/**
 * The year a session given on `year`-`month` plans: January to April that year's, December the next; November the next
 * too when a congress's session is named (a new term's first session, 第二届人民代表大会第一次会议27日开幕), not only a
 * 作政府工作报告 (a November meeting hearing how the report is being drafted).
 */
const planYearOfSession = (year: number, month: number, session = false): number | null =>
  !plausibleYear(year) ? null : month <= 4 ? year : month === 12 || (month === 11 && session) ? year + 1 : null;
/** A year with its comma opening a sentence, a line or a clause after an attribution (报告指出，2023年，…). */
const YEAR_OPENING_CLAUSE = /(?:^|[。！\n]|(?:指出|表示|说|介绍)[，,])[ \t\u3000]*\d{4}\s*年\s*[，,]/m;

/**
 * 预期目标 with no year before it and not reported as met (完成/实现/超额…预期目标, a bulletin's 较好地完成了全年预期目标 — not the
 * year's goals aimed at, 确保完成全年预期目标), nor named as what results so far
 * serve (上半年…，为实现全年增长5%左右的预期目标奠定基础: the year under way's).
 */
const UNDATED_EXPECTED =
  /(?<!\d年[，,]?[^。，；\n]{0,16}|(?:完成|实现|达到|超过|好于|高于)|(?<!确保|力争|争取|努力|奋力|全力|冲刺|要)(?:完成|实现|达到|超过|好于|高于)了?(?:全年|年度|年初)的?|(?:完成|实现|达到|超过|好于|高于)了|为了?(?:实现|完成)[^。，；\n]{0,16})预期目标/;

/** A headline of a year's results: 2022年中国完成国土绿化面积超1亿亩, 2024年全市GDP突破千亿元. */
export const RESULTS_HEADLINE = /\d{4}\s*年[^，,：:\n]{0,16}?(?:完成|实现|突破|达到|增长)/;

/**
 * A headline giving a year's results on a page issued later that turns to what comes next (今年, 下一步 with a
 * figure, or the issue year's goals by its number: 2019年全市经济社会发展预期目标): the headline's year is the year reviewed, not the year planned, so it does not date the text.
 */
function headlinesResultsBeforeAims(title: string, text: string, year: number): boolean {
  if (!RESULTS_HEADLINE.test(title)) return false;
  const issued = issueYear(text);
  return issued !== null && issued > year && (/今年(?!以来)|新的?一年/.test(text) || NEXT_STEP_FIGURE.test(text) || namesYearsGoals(text, issued));
}

/**
 * The goals of a year named by its number and set by a figure in their sentence (2019年全市经济社会发展预期目标，地区生产总值增长
 * 6.5%左右): that year's aims, by their name. Not goals results serve (为实现2025年目标任务打下基础) or have met (提前完成“十四五”
 * 规划2025年目标), which set nothing.
 */
const namesYearsGoals = (text: string, year: number): boolean =>
  new RegExp(`(?<![到至]\\s*|实现|完成)${year}\\s*年[^。；！？\\n\\d]{0,16}?目标[^。；！？\\n]{0,40}?\\d`).test(text);

/**
 * 下一步 opening a sentence that sets a figure (下一步，…将…保证每年1亿亩): news of last year's results that turns
 * to what comes next plans the year after them, as one that turns to 今年 does. (A 下一步 that names no figure,
 * 下一步，我市将继续…, is a closing phrase of news of results: no plan of its own.)
 */
const NEXT_STEP_FIGURE = /下一步[，,][^。；\n]{0,60}?(?:将|要)[^。；\n]{0,40}?\d/;

const plausibleYear = (y: number) => y >= 1949 && y <= 2100;

/**
 * Dates a document is signed or published with: 2022-02-27, 2022/2/27, 2022年2月27日, 2022.02.27, and an e-paper's masthead
 * that runs the weekday on without 日 (2025年5月21星期三). Not digits inside a path
 * (an image's address, /Files262/BeyondPic/2023-9/25/1334….png: a slash before the year, or after the day with the path going
 * on; not a date line's 2025/12/08/ 20:15), which is an address, as a URL is, and dates nothing the text says (corpus Decisions 12).
 */
const DATE =
  /(?<!\d)((?:19|20)\d{2})(?:(?<!\/(?:19|20)\d{2})[-/.]\s?(\d{1,2})[-/.]\s?(\d{1,2})(?!\d|\/\S)|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|(?=星期|周[一二三四五六日])))/g;
/** A part of a year passed whose results a sentence gives against the same months before: 2017年上半年，…同比增长39.4%. */
const PART_OF_YEAR_REPORTED =
  /(\d{4})\s*年\s*(?:上半年|前[一二三]季度|[一二三]季度|1\s*[-—–~至]\s*(?:[2-9]|1[01])\s*月)[^。！？\n]{0,80}?(?:同比|比上年同期|较上年同期)/g;
/**
 * A clause that says a body was founded or a place set up on the date before it (1958年10月25日，某自治区成立; 某年某月某日，某区
 * 正式挂牌设立): a history an anniversary counts from (建区60周年), never the page's date (corpus Decisions 37, 38: an
 * anniversary dates nothing).
 */
/**
 * An anniversary the text counts (成立60周年, 建区40周年, 华诞): where a founding date is history. Without one (and since 1980),
 * the day a body is founded or a park 挂牌 is news of that day, the page's date (2024年3月15日，某产业联盟成立。…今年…).
 */
const ANNIVERSARY = /周年|华诞|诞辰/;
/**
 * A year whose clause tells a founding (1930年某县正式建县, 1949年某县解放, 1954年成立某自治县): in a text that counts an anniversary it
 * is the history the anniversary counts from, no year of results and no year the text speaks in (corpus Decisions 37, 42). Not a
 * count of bodies founded (2024年全县新成立合作社36家, 2023年设立分支机构5个): a year's results, whatever anniversary the page
 * also marks.
 */
const FOUNDING_YEAR = /\d{4}\s*年[^，,。；！？\n\d]{0,20}?(?<!新)(?:成立|诞生|建立|组建|设立|解放|建区|建市|建县|建州|挂牌)(?![^，,。；！？\n]*\d)/g;
/** The text without its founding years (FOUNDING_YEAR) when it counts an anniversary: years that date nothing of its present. */
export const withoutHistory = (text: string): string => (ANNIVERSARY.test(text) ? text.replace(FOUNDING_YEAR, '') : text);
/** A founding before this year is history whether or not the text counts its anniversary (1949年5月27日，某市解放). */
const HISTORY_BEFORE = 1980;
const FOUNDED_AFTER = /^[，,\s]*[^。；！？\n]{0,20}?(?:成立|诞生|建立|组建|设立|解放|建区|建市|建县|挂牌)了?(?:[，,。；！？\s]|$)/;
/**
 * A date line of a page's chrome that writes its year in two digits with the time beside it (22-03-22 11:44 来源：…, 最后更新：
 * 23-12-22 01:05:25): 2022-03-22. Only with the time: a bare 22-03-22 may be anything.
 */
const SHORT_DATE_LINE = /(?<![\d\-/.:])([0-3]\d)-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])[ \t]+[0-2]?\d:[0-5]\d(?![\d\-/.])/g;
/**
 * The page's chrome a short date line stands in: its first lines (c1337's at the 73rd character), before any full date. Not
 * a reader's comment below a page (网友评论 24-01-05 10:22), stamped after the page was issued.
 */
const dateLineHead = (text: string): string => {
  const head = text.slice(0, 300);
  const short = head.search(SHORT_DATE_LINE);
  // (Nor one after a full date the page is issued with: that date is the page's, the short one a later stamp.)
  return short < 0 || head.slice(0, short).search(DATE) >= 0 ? '' : head;
};
/** The same in Chinese numerals: 二〇二二年二月二十七日. */
const CHINESE_DATE = /([〇○零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/g;

/**
 * The year of the document's issue date: the latest full date the text writes (a signature, a
 * 发布时间 line; dates of past results are earlier). Null when no full date is written. (Kept for the last text: the
 * year reader asks it up to four times of one text, each three passes over it.)
 */
// (A page with no full date is dated by its own document number, 某政办发〔2023〕12号, when it gives one on a line of its own.)
const issueYear: (text: string) => number | null = lastTextOnly((text) => latestFullDateYear(text) ?? documentNumberYear(text));

function latestFullDateYear(text: string): number | null {
  const years: number[] = [];
  // (A page is not issued before a part of a year whose results it reports, 2017年上半年…同比增长39.4%: a date earlier than
  // that year is an event's it tells, 2016年12月28日，云桂铁路正式通车运营, not its own.)
  const reported = [...text.matchAll(PART_OF_YEAR_REPORTED)].map((m) => Number(m[1]));
  const floor = reported.length > 0 ? largest(reported) : 0;
  // The document's own date line (a signature) outranks a later date the page's chrome stamped (发布时间：2024-04-12).
  const signed = signedYear(text);
  if (signed !== null && signed >= floor) return signed;
  for (const m of text.matchAll(DATE)) {
    if (
      Number(m[1]) < floor ||
      ((ANNIVERSARY.test(text) || Number(m[1]) < HISTORY_BEFORE) && FOUNDED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)))
    )
      continue;
    const month = Number(m[2] ?? m[4]);
    const day = Number(m[3] ?? m[5]);
    // 1970-01-01 is the Unix epoch a page prints where its date is missing: no date.
    const epoch = m[1] === '1970' && month === 1 && day === 1;
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && plausibleYear(Number(m[1])) && !epoch) years.push(Number(m[1]));
  }
  for (const m of text.matchAll(CHINESE_DATE)) {
    const year = chineseYear(m[1]!);
    if (year !== null && plausibleYear(year) && year >= floor) years.push(year);
  }
  for (const m of dateLineHead(text).matchAll(SHORT_DATE_LINE)) years.push(2000 + Number(m[1]));
  return years.length ? largest(years) : null;
}
