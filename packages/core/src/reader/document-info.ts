import { BULLET_MARKS, largest } from '../grammar/chars.ts';
import { stopFinder } from '../grammar/stop-finder.ts';
import { MID_TERM_REVIEW, PERIOD_NAMES, PERIOD_YEARS, PLAN_PERIODS, seasonsIn, withoutPlansNotSet, YEAR_LEVEL_COMPARED } from '../grammar/words.ts';
import type { PlanYearSource, RegionLevel } from '../model.ts';
import { chineseYear } from './numerals.ts';
import { EXECUTION_HEADING_WORDS, executesPlanOf } from './cited-plan-report.ts';
import { ledByDistrictCommittee, namedOnlyAsSuperior, ownAtEndOfSuperiors, speakerBelowSuperior } from './superiors.ts';
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
  signedYear,
  soleYearAimedAt,
  withoutObtainedCounted,
} from './plan-year.ts';
import {
  areaWordStem,
  namesKindOfArea,
  headingRegion,
  issuerWeight,
  nameBefore,
  rankingMentions,
  readIssuer,
  soleStrongIssuer,
  SOURCE_ORGANISATION,
  townIssuer,
  townsAddressed,
  writtenDistricts,
  wellFormedUnknownName,
  writtenTwice,
} from './issuer.ts';
import { countyEndingOwnSlogan, regionInOwnChapter, subjectBelowProvince } from './subject-region.ts';
import {
  autonomousCountyWritten,
  countiesOfShortForm,
  countMentions,
  countSentenceLineMentions,
  countyWord,
  countyShortForms,
  findRegion,
  lastTextOnly,
  levelOfName,
  lineOfDescent,
  municipalDistrictOfShortForm,
  municipalShortForms,
  type RegionEntry,
  regionNameEnding,
  regionOpening,
  standsAsRegionName,
  REGIONS,
  timesNamed,
} from './regions.ts';

export interface DocumentInfo {
  title: string;
  /** Year the plan is for, or null when the text does not say (never the current year). */
  year: number | null;
  /** How the year was found (title, a date with 今年, a plan phrase), or 'unknown'. */
  yearSource: PlanYearSource;
  /** A multi-year plan's period (2023—2027年, “十四五”): its targets are due at its end unless dated. */
  period?: { first: number; last: number };
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
 * A year and the kind of document it heads; not the last year of a period (（2023—2025年）》(以下简称《行动计划》)), nor a year a report reviewed (回顾了2022年的政府工作).
 * A year's 国民经济和社会发展计划 named in news of it (关于印发2014年国民经济和社会发展计划的通知) is the year it plans, though the
 * news reports 去年 first.
 */
const YEAR_TITLE =
  /(?<![—–\-－~～至到]\s*)(?<!回顾(?:总结)?了?)(\d{4})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:度|\s*[—–\-－~～至到]\s*\d{4}\s*年)?(?:(?!\d{4}\s*年)[^。，\n]){0,24}?(?:工作要点|发展要点|工作安排|工作计划|行动计划|国民经济和社会发展计划(?!\s*(?:执行|完成)情况)|实施方案|主要预期目标|预期目标|目标任务|目标设定|目标设置|指标体系|重点任务|重点工作|工作任务|政府工作|(?:主要)?目标(?=[：:]?[ \t]*(?:\n|$))|主要工作(?=[ \t]*(?:\n|$)))/g;
/**
 * 部署2019年工作, 2021年安排全市重点建设项目, 2021年全区生产总值增长目标为7.5%: the year a text sets
 * to work on, or whose targets it states (not a period's last year: （2023—2027年）的工作目标是); also a year
 * whose project programme its sentence gives (2022年，全市…重点项目…年度计划投资436亿元, with no comma too, 2025年142个计划实施项目，…年度计划投资16亿元; not 完成年度投资计划的105%, a result);
 * a year opening a sentence whose verb plans (2025年，兴庆区将重点做好八个方面工作; 2024年，我市计划改造城镇老旧小区130个); a year the text calls a turning
 * year right before 今年's targets (2018年是…开局之年…关键一年。今年…主要预期目标是; 2023年，是…之年。报告明确提出今年…目标 — a review's own turning year,
 * 2023年是…开局之年。一年来，…, goes on to results, not to 今年). The spaces between a line's or sentence's start and
 * its year hold no line break (each line break is a start of its own): spaces that crossed them read a long run of blank
 * lines to its end from each of its starts.
 */
const YEAR_PLANNED =
  /(?:部署|谋划|安排|做好)(\d{4})\s*年|(?<![—–\-－~～至到])(\d{4})\s*年(?:度)?(?:安排|[^。，\n]{0,16}?(?:增长|发展)目标(?:[确设]?定)?[为是])|(?<![—–\-－~～至到])(\d{4})\s*年[，,]?[^。；\n]{0,40}?(?<!完成|完成了)年度(?:计划投资|投资计划)(?![^。；，\n]{0,3}的)|(?:^|[。；\n])[^\S\n\r\u2028\u2029]*(\d{4})年[，,]?[^。；，,\n\d]{0,10}?将(?:重点|着力|全力|继续|加快|围绕|聚焦|坚持|推动|实施)|(?:^|[。；，,\n])[^\S\n\r\u2028\u2029]*(\d{4})年[，,]?是[^。；\n]{0,100}?(?:之年|一年)[。；]\s*(?:[^。；\n\d]{0,12}?(?:提出|明确|确定)了?)?今年[^。\n]{0,20}?目标|(?:^|[。；\n])[^\S\n\r\u2028\u2029]*(\d{4})年[，,]\s*(?:(?!原|已|实际)[\u4e00-\u9fff]){0,4}?计划(?:改造|新建|建设|实施|完成|新增|开工|推进)(?!的)|计划(\d{4})\s*年(?:度)?新?开工项目/gm;
/**
 * 2025年，全市地区生产总值预期增长6%: a year whose sentence goes on to what is expected of a figure (预期增长, 预期达到) states
 * that year's targets — the year planned, as its 预期目标 would be. Not a result weighed against what was expected (2024年，…增长
 * 6.2%，高于预期; 2024年完成预期目标), nor a deadline's (到2025年…预期达到) or a base's year (比2024年), nor a year of results
 * before the year expected (2024年…增长5.1%，2025年预期增长5%: the span stops at the next year).
 */
const YEAR_EXPECTED =
  /(?<![\d比较到至]\s*)(\d{4})\s*年[，,]?(?:(?!完成|实现|超|高于|低于|好于|符合|\d{4}\s*年)[^。；;\n]){0,30}?预期(?:增长|达到|突破|控制在|下降)\s*[\d百千万亿]/g;
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
 * A report's review of a year: 2022年工作回顾, 2022年晋中市工作回顾, 回顾总结了2022年工作, 回顾了2022年的政府工作, 回望2022年…, 回首2022年; as
 * news of the report words it, the year's results it showed (报告展示了2024年…发展的成绩, 晒出2024年成绩单); and a
 * 过去一年 heading whose paragraph opens with its year (过去一年⏎2022年是…极为重要的一年); and the year the text says has just
 * passed (刚刚过去的2021年是…: a repost of the report's news that dates nothing else); and a heading line alone that reports a
 * year's plan carried out (一、2024年国民经济和社会发展计划执行情况; not a part of the year, 2024年上半年…).
 */
const YEAR_REVIEWED = new RegExp(
  `(\\d{4})\\s*年(?:度)?[\\u4e00-\\u9fff]{0,6}?工作回顾|回顾(?:总结)?了?(\\d{4})\\s*年(?:的|度)?(?:政府)?工作|(?:回望|回首)(\\d{4})\\s*年(?!以来)|^[ \\t\\u3000]*${YEAR_RESULTS}[ \\t\\u3000]*$|(?:展示|晒出|盘点|亮出)了?(\\d{4})\\s*年[“"]?[\\u4e00-\\u9fff]{0,16}?(?:成绩|成就|成效)|^[ \\t\\u3000]*过去的?一年[ \\t\\u3000]*\\n\\s*(\\d{4})\\s*年是|刚刚?过去的\\s*(\\d{4})\\s*年(?![底末初中]|以来|[一二三四上下前]|\\d)|^[ \\t\\u3000]*(?:一、)?${EXECUTION_HEADING_WORDS}`,
  'gm',
);
/** A digest's heading of a year's results (2023年高质量发展取得新成效), alone on its line; not a year's aim (2025年要取得更大成效). */
const YEAR_OF_RESULTS_HEADING = new RegExp(`^${YEAR_RESULTS}$`);
/** A five-year plan named as a document: 第十五个五年规划纲要, “十五五”规划. */
const NAMES_PLAN = /五年规划|规划纲要|五[”"’]?规划/;
/** A plan period: 2023—2027年 / （2025-2027年）; not a span results are averaged over (2021-2024年年均增长7.4%). The look-behind
 * takes a few spaces at most: an unbounded \s* there re-read a long run of blank lines from each of its characters. */
const YEAR_SPAN =
  /((?:19|20)\d{2})\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*年(?!年?均)|(?<=(?:方案|规划|计划|纲要)[ \u3000]{0,2}[（(][ \u3000]{0,2})((?:19|20)\d{2})\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*(?=[）)])/;
/**
 * A plan of a five-year period reported as issued, its period inside its name: 印发了《某市“十四五”卫生健康事业发展规划》
 * (not one a commentary quotes, 根据《…“十四五”…规划》, whose page speaks of its own present).
 */
const PERIOD_PLAN_NAMED =
  /(?:印发|出台|发布|公布|编制|审议通过)了?[^《》。\n]{0,6}(?:《[^《》\n]{0,20}?十[一二三四五]五[”"’]?[^《》\n]{0,24}?规划(?:[（(][^）)\n]{0,8}[）)])?》|[“"‘]十[一二三四五]五[”"’][^《》。，,；\n]{0,24}?规划)|《[^《》\n]{0,20}?十[一二三四五]五[”"’]?[^《》\n]{0,24}?规划(?:[（(][^）)\n]{0,8}[）)])?》(?:正式|日前|近日)?(?:印发|出台|发布|公布)/;
/**
 * The first year of a five-year period whose own plan a page dated later inside the period reports issued
 * (PERIOD_PLAN_NAMED): the year the page's targets are planned for (corpus Decisions 2), not the day it was posted.
 * Only when that plan is the page's subject — named in its headline or first paragraph, or the headline names a 规划 — and
 * the page gives no figure of this year (今年/全年): a yearly report or a meeting's news that mentions a plan issued in
 * passing (过去一年，我们出台“十四五”专项规划12个。…今年…增长6%) speaks for its own year.
 */
function periodPlanIssuedBefore(title: string, text: string, issued: number): number | null {
  const quoted = PERIOD_PLAN_NAMED.exec(/规划/.test(title) ? text : `${title}\n${pageOpening(text)}`);
  const own = quoted ? readPeriod(quoted[0]) : null;
  return own && !own.reviewed && own.first < issued && issued <= own.last && !figureOfThisYear(text) ? own.first : null;
}
/** A page's headline and date lines and its first paragraph of prose: all up to the end of the first line holding a sentence's end. */
function pageOpening(text: string): string {
  const stop = text.search(/[。！？]/);
  const end = stop < 0 ? -1 : text.indexOf('\n', stop);
  return stop < 0 || end < 0 ? text : text.slice(0, end);
}
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
/** A five-year plan period (“十四五”); reviewed (完成情况) it speaks of its last year. */
const FIVE_YEAR = new RegExp(`[“"‘]?(${PERIOD_NAMES})[”"’]?|第(${PERIOD_ORDINALS})个五年规划`);
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
const AIMED_YEAR = /(?:力争|争取|确保)(?:到|在|于)?\s*(\d{4})\s*年|(\d{4})\s*年[^，,。；！？\n\d]{0,12}?(?:力争|争取|确保)/g;
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
  for (const m of text.matchAll(TURNING_YEAR)) {
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
    candidates.find((l) => DOCUMENT_WORD.test(l) && /\d{4}\s*年|十[一二三四五]五|第十[一二三四五]个五年规划/.test(l) && !SECTION_HEADING.test(l)) ??
    candidates.find(
      (l) =>
        // (Not a line of words under the story's first paragraph, 2024年气势如虹 after a news lede: the heading of a part of
        // it. A line with a figure of its own, 2024年——全市工业产值增长6.2%, is read as before.)
        (firstProse < 0 || first.indexOf(l) < firstProse || /\d/.test(l.replace(/\d{4}\s*年/, ''))) &&
        // (Or its year without 年 before the session it names: 2024“两会”解读政府工作报告要点之二.)
        (/^\D{0,12}\d{4}\s*年/.test(l) || SESSION_YEAR_OPENING.test(l)) &&
        !BODY_LINES.some((body) => body.test(l)) &&
        // 2023年高质量发展取得新成效 under a report's name: the heading of its review, not the page's headline.
        !(reportNamed && YEAR_OF_RESULTS_HEADING.test(l)),
    );
  return named ?? '';
}

/**
 * A year set off by a comma heading the targets it sets (2025年，全市经济社会发展主要预期目标是, 2022年，全州经济社会发展的主要目标是：,
 * 2025年，…的主要预期目标任务是：;
 * not 到2027年目标：, a deadline, nor 2026年目标是… inside a sentence, nor goals reported met: 2023年，全州实现主要目标为).
 */
const YEAR_OF_TARGETS = /(?<!到\s*)(\d{4})\s*年[，,](?:(?!完成|实现)[^。；;\n\d]){1,16}?(?:主要)?(?:预期)?目标(?:任务)?(?:是|为|[：:])/g;
/**
 * A year whose clause goes on to what will be (2031年将是…一年, 2031年某县将实施…, 2031年全市将着力…, 2031年，我们将锚定…,
 * 2031年，某县将扎实…), also after the year is framed (2031年，是…的关键之年，更是…的攻坚之年。某区将…); not 将近 (nearly), nor
 * 将 as 把 before a noun (2022年，全市将养老服务纳入…).
 */
const YEAR_WILL =
  /(?<![到至]\s*|\d)(\d{4})\s*年(?:[，,]?(?:是|作为)[^。；！？\n\d]{1,90}?之年[，,。])?[，,]?[^。；，,\n\d]{0,10}?将(?:是|成为|迎来|重点|着力|全力|继续|加快|围绕|聚焦|坚持|推动|实施|以|进一步|持续|力争|确保|努力|锚定|打造|推进|扎实|切实|全面|大力|深入|认真|积极|奋力|紧紧|紧扣|坚决)/g;
/** The years whose clause goes on to what will be (YEAR_WILL). */
const yearsWill = (text: string): Set<number> => new Set([...text.matchAll(YEAR_WILL)].map((m) => Number(m[1])));
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
/** A year something runs from (2009年起, 2019年以来, 自2015年开始): no year of results. */
const YEAR_SINCE = /\d{4}\s*年(?:起|以来|开始)/g;
/** The base of a multiple (一般公共预算收入是2011年的1.9倍, 分别是2010年的2倍): a year the figure is measured from. */
const MULTIPLE_BASE_YEAR = /是\s*\d{4}\s*年(?:末|底)?的/g;
/** A year named as the one to work hard in, a slogan's object (精干2023年, 大干2023年, 决战2020年, 冲刺2025年): no year of results. */
const YEAR_WORKED_FOR = /(?:[大精实苦]干|奋战|决战|冲刺)\s*\d{4}\s*年/g;
/**
 * A year a text names that is no year of its results: one something runs from, one whose level a figure is compared with
 * (接近2018年全年水平), the base of a multiple, or the year a slogan works for.
 */
const NOT_RESULT_YEAR = new RegExp(
  `${YEAR_SINCE.source}|${EVENT_SINCE.source}|${YEAR_LEVEL_COMPARED.source}|${MULTIPLE_BASE_YEAR.source}|${YEAR_WORKED_FOR.source}`,
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
/** A year a target is due by (到2025年, 至2027年; not 截至, nor 到2021年的 before the figure reached): its year captured. */
const DEADLINE_AT = String.raw`(?<!截)[到至]\s*(\d{4})\s*年(?!的\s*\d)`;
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
 * A headline that restates a deadline its body writes (宣城2016年茶叶产值或达12.5亿 over 力争到2016年，…达到12.5亿元): the year
 * the target is due, not the plan's — as 到2020年 in a headline is (corpus Decisions 2, 26, 29: the issue year, the span's
 * first year). A headline year with no verb of reaching (某区2025年工作要点), or one the body never writes as 到Y年, stays;
 * so does one the body gives as a year's end (到2024年底: a yearly plan's own deadline) or as a count's date (截至2023年底).
 */
function restatesDeadline(title: string, text: string, year: number): boolean {
  return headlineYearReached(year).test(title) && new RegExp(`(?<!截)[到至]\\s*${year}\\s*年(?![底末])`).test(text);
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
  period?: { first: number; last: number };
  thisYear?: number;
  delivered?: boolean;
  horizon?: boolean;
} {
  // A period in the title, in the document's name near its start (（2023—2027年）), or opening it (“十四五”时期，…);
  // not one opening it as the frame of a year (今年是实施“十四五”规划承上启下的关键一年).
  const head = text.slice(0, 400);
  // A title naming a period by its start or close (“十五五”开局，福州计划这样干) speaks of that one year, not of the period.
  // (Not a title that names a plan or its span as well: 确保“十五五”开好局——某市2026—2030年行动计划.)
  const titleTurn = YEAR_SPAN.test(title) || NAMES_PLAN.test(title) ? null : PERIOD_TURN.exec(title);
  const turn = titleTurn ?? (title === '' ? turnOpening(head) : null);
  const period = turn ? null : (readPeriod(title) ?? (framesAYear(head) ? null : readPeriod(head, 30)));
  const withPeriod = <T extends object>(x: T) => (period ? { ...x, period } : x);
  // A government work report is given early in the year it plans, whatever year a repost's title names.
  const delivered = deliveryYear(text, title);
  if (delivered !== null) return withPeriod({ year: delivered, source: 'text' as const, delivered: true });
  const closing = closedPeriodReviewed(text);
  if (closing !== null) return withPeriod({ year: closing + 1, source: 'text' as const });
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
  // line, the plan's span, or an earlier stage aimed at, 力争2016年内…，到2020年… — else that year is all the page gives.)
  // (A date line of the year before the headline's is no such thing: 某县计划2024年完成投资… posted 2023-12-25 is next year's plan.)
  const datedOtherwise = (year: number): boolean => {
    const dateLine = issueYear(text);
    return period !== null || (dateLine !== null && dateLine !== year - 1) || [...aimedYears(text)].some((y) => y < year);
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
    ...proposedYears(text),
    ...[...text.matchAll(YEAR_PROJECTS_STARTED), ...text.matchAll(YEARS_GOALS_WITHOUT_NIAN), ...text.matchAll(YEAR_EXPECTED)]
      .map((m) => Number(m[1]))
      .filter(plausibleYear),
  );
  if (years.length + planned.length > 0) {
    return withPeriod(writtenBefore(largest([...years, ...planned]), 'text', text));
  }
  // 今年（2024年）: the text says which year its 今年 is.
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
    const planning = periodPlanned(period, text);
    return { year: planning.reviewed ? planning.last : planning.first, source: 'text', period: planning };
  }
  // A government work report reviews the year before the one it is given for (一、2022年工作回顾).
  // So does one that looks back on a whole period (回望“十四五”): it is given in the year after the period's last.
  // (A report given to a people's congress session: 政府工作报告, 报告工作, or news of the session, 市五届人大二次会议.)
  // (报告政府工作 as well: 我代表市人民政府，向大会报告政府工作.)
  // (Or a government thanking its congress for oversight, 在市人大…的监督支持下: a work report's words, where a text
  // cut to its body keeps no others.)
  const reviewedYears =
    /政府工作报告|报告(?:政府)?工作|人大[一二三四五六七八九十\d]次会议|人民代表大会[^。\n]{0,12}会议/.test(text) || CONGRESS_OVERSIGHT.test(text)
      ? [
          ...[...text.matchAll(YEAR_REVIEWED)].map((m) => Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8])).filter(plausibleYear),
          ...[...lookedBackPeriods(text)].map((first) => first + 4),
        ]
      : [];
  if (reviewedYears.length > 0) return { year: largest(reviewedYears) + 1, source: 'text' };
  // (A template that masks its own year, 20xx年政府工作回顾, is dated by no stamp a site put on it: 时间:2024.5.2 is the upload's.)
  const issued = masksOwnYear(text) ? null : issueYear(text);
  if (issued !== null) {
    // 2024年12月22日…会议提出，明年全市…增长6%左右 beside 今年全市经济运行稳中有进: a page dated late in a year that reviews it and
    // aims at 明年 only plans the year after its date. (A page whose 今年 aims too plans its own year.)
    const month = issueMonth(text, issued);
    // (So does one that aims at the next year by its number, 2024年12月20日…会议强调，2025年全县要确保…增长6%.)
    // (Not a page of results to date, 今年以来 or 1—10月, whose one project is aimed at the next year: 某大桥力争2025年底前建成.)
    const nextYearAimed = aimsAtNextYear(text) || (aimedYears(text).has(issued + 1) && resultsTimedFromPage(text) !== 'this year');
    if (month !== null && month >= 11 && nextYearAimed && !aimsAtThisYear(text)) return { year: issued + 1, source: 'date', thisYear: issued };
    // (今年政府工作报告指出，过去5年… names the report of the page's year, no year the page speaks for.)
    if (/今年|本年度?|当年|新的?一年/.test(text.replace(THIS_YEARS_REPORT, ''))) {
      // (Not news of a period's plan issued before the page, 发布了“十四五”期间某市旅游发展规划, whose 今年 sets nothing: the
      // page's 迎来今年“暖春” is its present, the plan's year the period's first.)
      const own = periodPlanIssuedBefore(title, text, issued);
      return own !== null ? { year: own, source: 'date', thisYear: issued } : { year: issued, source: 'date' };
    }
    if (/明年/.test(text)) return { year: issued + 1, source: 'date', thisYear: issued };
  }
  const written = writtenYears(text);
  const dated = issued !== null && written.length === 0 ? datedPageYear(text, issued) : null;
  if (dated !== null) return { year: dated, source: 'date' };
  // A report of last year's results that goes on to 今年: the year after the results — not after a year
  // something runs from (2009年起…增速目标定为10%以下, 2019年以来), nor after the year a five-year plan it
  // names ends (2030年人均GDP… in news of the 十五五 纲要 is a goal).
  const ends = planEnds(text);
  // (A year something runs from, 创下2022年以来的新高, is no year of results either.)
  // (Nor is a deadline, 某市提出，到2030年…达到900亿元: a text of 2024's results going on to 今年 is 2025's, not 2031's.)
  const ownYears = writtenYears(text.replace(NOT_RESULT_YEAR, '').replace(DEADLINE_YEAR, ''));
  // (A year whose targets the text states, 2022年，全州…的主要目标是, never gets here: YEAR_OF_TARGETS returned above.)
  // (Nor is a year the text aims at, 2031年将是关键一年, 2031年某县将实施…: 2030年…；2031年将是… is a text of 2031.)
  // The years a text aims at: years that plan (YEAR_WILL) or that 力争/确保 reach. (A year whose goals it names,
  // YEAR_GOALS_NAMED, was read above.)
  const willYears = yearsWill(text);
  const aimedAt = new Set([...willYears, ...aimedYears(text)]);
  const resultYears = ownYears.filter((y) => !ends.has(y) && !aimedAt.has(y));
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
    return { year: largest(results.length > 0 ? results : ownYears), source: 'text' };
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
    const own = periodPlanIssuedBefore(title, text, issued);
    if (own !== null) return { year: own, source: 'date', thisYear: issued, ...current };
    return { year: issued, source: 'date', ...current };
  }
  // A dated page that sets this year's targets without naming the year (推进全年…考核指标按计划完成).
  // So does a dated plan document of its own (某市…行动方案⏎（2024年5月10日）⏎用三年时间，…): a plan with no period named is of
  // its issue year (corpus Decisions 2), whatever words its aims use. Not a yearly work plan (某市工作计划 dated 12月20日 may be
  // next year's; its year is read below or left unknown).
  if (issued !== null && (SETS_TARGET.test(text) || (PLAN_TITLE_LINE.test(text) && !YEARLY_PLAN.test(text)))) {
    // (Unless the page reports a plan of the period issued before it: 《某市“十三五”水利发展规划》正式发布 dated 2017 is of 2016.)
    const own = periodPlanIssuedBefore(title, text, issued);
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
  const found = readPeriod(text);
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
  return { year: null, source: 'unknown' };
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
  const due = deadlines.filter((m) => /\d/.test(m[2]!)).map((m) => Number(m[1]));
  // Stages due in two years or more (到2025年 … 到2030年, corpus Decisions 26, 31): the first stage is the year it plans for,
  // as a multi-year plan takes its first year — whether or not that stage states figures (到2020年，形成…机制。到2025年，…
  // 达到100亿元 is a plan from 2020). (A single deadline without a figure is no plan of that year: null below.)
  if (due.length > 0) return Math.min(...deadlines.map((m) => Number(m[1])));
  // (Its figures written in the sentences after each deadline, 到2025年，…全面发展。…突破百项前沿技术: the first too.)
  return deadlines.length > 1 ? Math.min(...deadlines.map((m) => Number(m[1]))) : null;
}
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
const glossedThisYear = (text: string): number | null => {
  const m = GLOSSED_THIS_YEAR.exec(text);
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
  const withPart = [...text.matchAll(YEAR_WITH_PART)].filter((m) => Number(m[1]) === year).length;
  // (Or a year whose sentence the months so far open the next of: 2022年，我县安排重点项目72宗…。1至5月，累计完成投资…)
  const monthsNext = [...text.matchAll(YEAR_THEN_MONTHS_SO_FAR)].filter((m) => Number(m[1]) === year).length;
  // (Or a year written only as when work is due, 2024年底前 in a task table's column, or as the name of a meeting held in it,
  // 传达了2024年全市春季农业生产现场会议精神: both are of the year the work is done in, not a year closed.)
  const dueOrMeeting = [...text.matchAll(YEAR_DUE_OR_MEETING)].filter((m) => Number(m[1] ?? m[2]) === year).length;
  const within = withPart + monthsNext + dueOrMeeting;
  return within > 0 && within === written.filter((y) => y === year).length;
}
/**
 * A year written as a due date within it (2024年底前, 2024年6月底前) or as the first word of a meeting's name
 * (2024年全县春耕生产现场会, 2024年全市经济工作会议精神): a short name, no sentence break, no figure in it.
 */
const YEAR_DUE_OR_MEETING =
  /(?<![\d比较从到至])(\d{4})\s*年(?:\s*\d{1,2}\s*月)?底前|(?<![\d比较从到至])(\d{4})\s*年[^\s。，,；;、！？\n\d]{2,18}?(?:会议|大会|现场会|推进会|座谈会)/g;
/** A year opening a sentence whose next sentence opens with the months so far, no year of their own (…。1至5月，…). */
const YEAR_THEN_MONTHS_SO_FAR =
  /(?<![\d比较从到至])(\d{4})\s*年[，,][^。！？\n\d]{0,40}?(?:\d[^。！？\n]{0,80}?)?。\s*(?:1\s*[-—–~至]\s*(?:[2-9]|1[01])\s*月份?|上半年|前[一二三]季度)[，,]/g;
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
  if (span && plausibleYear(from) && to > from) {
    return { first: from, last: to, reviewed: false };
  }
  const five = FIVE_YEAR.exec(text);
  // Opening the text, a period is its own (“十四五”时期，…); after a year (2024年是…“十四五”规划承上启下的一年) it is that year's frame.
  if (!five || five.index > fiveYearWithin || (fiveYearWithin !== Infinity && /\d{4}\s*年/.test(text.slice(0, five.index)))) return null;
  const first = fiveYearFirst(five);
  return { first, last: first + 4, reviewed: reviewedAt(text, five) || reviewedElsewhere(text, first) };
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
function aimsInSentence(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const close = text.slice(at).search(/[。\n]/);
  const sentence = text.slice(from, close < 0 ? text.length : at + close).replace(NO_AIM_FIGURES, '');
  return /\d|目标|力争|确保|争取|预期/.test(sentence);
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
  const m = text.includes('计划执行情况') ? EXECUTION_AND_DRAFT.exec(text) : null;
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
 * The year a government work report plans, from the date it was given: the date written after
 * 会议上 (a report's cover), or a lede's day (1月14日上午，…开幕) dated by a full date of the page with
 * the same month and day. Congresses meet in the first months of the year they plan (or the
 * December, or a new term's November, before it); other dates say nothing of the plan year.
 */
function deliveryYear(text: string, title: string): number | null {
  // (A title that dates the report by the day it was given, 某市人民政府工作报告（2022年12月30日）, says so itself.)
  const titled = REPORT_TITLE_DAY.exec(title);
  if (titled) return planYearOfSession(Number(titled[1]), Number(titled[2]), true);
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
  if (/目标|力争|争取|(?<!好于|高于|超出|超过|优于|低于)预期|提出|将|今年|明年|新的?一年/.test(withoutObtainedCounted(text))) return null;
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

/** The last year of the five-year period a text's review heading closes with that year, else null. */
function closedPeriodReviewed(text: string): number | null {
  // (Both of its forms end on 工作回顾: a text without it is not searched for a pattern tried at every digit and quote.)
  const m = text.includes('工作回顾') ? CLOSED_PERIOD_REVIEW.exec(text) : null;
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
 * 预期目标 with no year before it and not reported as met (完成/实现/超额…预期目标), nor named as what results so far
 * serve (上半年…，为实现全年增长5%左右的预期目标奠定基础: the year under way's).
 */
const UNDATED_EXPECTED = /(?<!\d年[，,]?[^。，；\n]{0,16}|完成|实现|达到|超过|好于|高于|为了?(?:实现|完成)[^。，；\n]{0,16})预期目标/;

/** A headline of a year's results: 2022年中国完成国土绿化面积超1亿亩, 2024年全市GDP突破千亿元. */
export const RESULTS_HEADLINE = /\d{4}\s*年[^，,：:\n]{0,16}?(?:完成|实现|突破|达到|增长)/;

/**
 * A headline giving a year's results on a page issued later that turns to what comes next (今年, or 下一步 with a
 * figure): the headline's year is the year reviewed, not the year planned, so it does not date the text.
 */
function headlinesResultsBeforeAims(title: string, text: string, year: number): boolean {
  if (!RESULTS_HEADLINE.test(title)) return false;
  const issued = issueYear(text);
  return issued !== null && issued > year && (/今年(?!以来)|新的?一年/.test(text) || NEXT_STEP_FIGURE.test(text));
}

/**
 * 下一步 opening a sentence that sets a figure (下一步，…将…保证每年1亿亩): news of last year's results that turns
 * to what comes next plans the year after them, as one that turns to 今年 does. (A 下一步 that names no figure,
 * 下一步，我市将继续…, is a closing phrase of news of results: no plan of its own.)
 */
const NEXT_STEP_FIGURE = /下一步[，,][^。；\n]{0,60}?(?:将|要)[^。；\n]{0,40}?\d/;

const plausibleYear = (y: number) => y >= 1949 && y <= 2100;

/**
 * Dates a document is signed or published with: 2022-02-27, 2022/2/27, 2022年2月27日, 2022.02.27. Not digits inside a path
 * (an image's address, /Files262/BeyondPic/2023-9/25/1334….png: a slash before the year, or after the day with the path going
 * on; not a date line's 2025/12/08/ 20:15), which is an address, as a URL is, and dates nothing the text says (corpus Decisions 12).
 */
const DATE = /(?<!\d)((?:19|20)\d{2})(?:(?<!\/(?:19|20)\d{2})[-/.]\s?(\d{1,2})[-/.]\s?(\d{1,2})(?!\d|\/\S)|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)/g;
/** A part of a year passed whose results a sentence gives against the same months before: 2017年上半年，…同比增长39.4%. */
const PART_OF_YEAR_REPORTED =
  /(\d{4})\s*年\s*(?:上半年|前[一二三]季度|[一二三]季度|1\s*[-—–~至]\s*(?:[2-9]|1[01])\s*月)[^。！？\n]{0,80}?(?:同比|比上年同期|较上年同期)/g;
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
    if (Number(m[1]) < floor) continue;
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
  return years.length ? largest(years) : null;
}

/**
 * The issuing region and its level: the issuer its phrases name (a congress, 代表X人民政府, a
 * signature); else the region names a title opens with; else the level the document speaks for
 * (全市 → a city, 全区 → a district) and its most mentioned region (or one inside it named more);
 * else the name opening the first line; else, for a text the State Council speaks in, the nation.
 */
function readRegion(title: string, text: string): { region: string | null; level: RegionLevel | null } {
  // A town or street speaking as itself is the issuer below the county the other rules read (Decisions 34).
  const town = townIssuer(title, text);
  if (town) return { region: town, level: 'district' };
  const read = withoutWordsAsName(title, text, cityOverSpeakingHead(text, subjectOverProvince(text, readRegionAsWritten(title, text))));
  const full = read.region ? autonomousCountyWritten(read.region) : undefined;
  // 玉龙县 written for 玉龙纳西族自治县, 沧源县 for 沧源佤族自治县: the gazetteer's full name, the one autonomous county whose
  // name opens with the stem and ends with the suffix (the name as written matches no gold path's component).
  return full ? { region: full.name, level: 'district' } : read;
}

/**
 * Whatever rule read it, a region is a name the reader can stand behind (`standsAsRegionName`; one the text writes twice,
 * a division newer than the list; one written once that reads as a name, `wellFormedUnknownName`): words run into a suffix
 * (2025年安排市重点项目, 部署县…, 所小区) give the known name they end with (征求廉江市 → 廉江市), else no region, the level
 * then the text's scope words' (the words' suffix said nothing).
 */
function withoutWordsAsName(
  title: string,
  text: string,
  read: { region: string | null; level: RegionLevel | null },
): { region: string | null; level: RegionLevel | null } {
  const region = read.region;
  if (!region || standsAsRegionName(region)) return read;
  // 聚焦宁乡市…: a known name the words end with is the region, before any test of the words as a name.
  const known = regionNameEnding(region);
  if (known && !wordEndingOnly(text, known, region)) return { region: findRegion(known)?.name ?? known, level: levelOfName(known) };
  // A name written twice is vouched for where it stands, not in its stem (安排市重点项目… twice is still no name).
  if (wellFormedUnknownName(text, region) || (writtenTwice(text, region) && wellFormedUnknownName('', region))) return read;
  return { region: null, level: readLevel(title) ?? readLevel(text) };
}

/**
 * 推进老城区改造计划: a known name that is also a word for an area (老城区, 新城区, 城区) ending longer words, and the text
 * writing it nowhere else: the word, not the place.
 */
function wordEndingOnly(text: string, known: string, words: string): boolean {
  if (!countyWord(known) && !namesKindOfArea(known)) return false;
  return text.split(known).length <= text.split(words).length;
}

/**
 * A province read from one weak phrase (记者从陕西省…获悉, 山东省人民政府发布《…》) or a scope word, for a text that keeps
 * naming one region below it: that region (`subjectBelowProvince`). A province named by its congress or 代表…人民政府
 * (weight 3 and more) is the issuer whatever the text names.
 */
function subjectOverProvince(text: string, read: { region: string | null; level: RegionLevel | null }): { region: string | null; level: RegionLevel | null } {
  if (read.level !== 'province' || !read.region || findRegion(read.region)?.level !== 'province') return read;
  if (issuerWeight(text, read.region) > 2) return read;
  return subjectBelowProvince(text, read.region) ?? read;
}

/**
 * A county or district named as the issuer only by its head who speaks (营山县委书记…表示: weight 1), in a text that names
 * the city above it more than twice as often: the city's meeting, where its counties' heads speak in turn, not the county's
 * plan. (A congress, a notice or a signature, weight 2 and more, is the county's own.)
 */
function cityOverSpeakingHead(text: string, read: { region: string | null; level: RegionLevel | null }): { region: string | null; level: RegionLevel | null } {
  if (read.level !== 'district' || !read.region || issuerWeight(text, read.region) !== 1) return read;
  const city = findRegion(findRegion(read.region)?.parent ?? '');
  if (city?.level !== 'city') return read;
  const mentions = countMentions(text);
  return timesNamed(mentions, city.name) > 2 * timesNamed(mentions, read.region) ? { region: city.name, level: 'city' } : read;
}

function readRegionAsWritten(title: string, text: string): { region: string | null; level: RegionLevel | null } {
  // 河北省人民政府关于《衡水市国土空间总体规划》的批复 … 衡水市人民政府：你市…: the plan approved is the addressee's.
  const approved = approvedPlanRegion(text);
  if (approved) return { region: approved.name, level: approved.level };
  // 武汉市第十五届人民代表大会…, 长沙市第十六届…, 南昌市第十六届…: a roundup of several regions' congresses has no single issuer.
  const roundup = roundupOfCongresses(text) ?? roundupOfTargets(text);
  if (roundup) return roundup;
  const issuer = readIssuer(text);
  if (issuer?.name) return { region: issuer.name, level: issuer.level };
  // 宁夏各地争分夺秒加油干 … 银川市…, 石嘴山市…: a province's paper summing up the places of its province has no issuer of one
  // city: the province (corpus Decisions 30).
  const placesOfProvince = issuer ? null : roundupOfProvincesPlaces(text);
  if (placesOfProvince) return { region: placesOfProvince, level: 'province' };
  // 兵团第七师 opening the headline or named three times: a division of the production and construction corps, a prefecture-level body.
  const division = issuer ? null : corpsDivision(title, text);
  if (division) return { region: division, level: 'city' };
  // A title that opens with its region's name (哈尔滨市双城区国民经济…规划) names the issuer; so does a roundup page's section
  // heading naming one region alone in brackets (北京十六区2024年将干这些事【16】⏎【延庆区】⏎延庆2024年…).
  const titled = issuer ? null : (headingRegion(title) ?? bracketedSection(text));
  if (titled) return { region: findRegion(titled)?.name ?? titled, level: levelOfName(titled) };
  // A headline opening with a short name set apart (广东2024年目标安排, 浙江：…) speaks for that region.
  const headline = issuer ? undefined : regionOpening(title.trim());
  if (headline) return { region: headline.name, level: headline.level };
  // 按照省、赣州市、瑞金市党代会部署: superiors listed from the province down end with the speaker's own county.
  const listedOwn = issuer ? null : ownAtEndOfSuperiors(text);
  if (listedOwn) return { region: listedOwn, level: 'district' };
  // 泰州市委六届十次全会、市委十三届七次全会: the speaker's own committee after its prefecture's, a level below it.
  // 各镇人民政府、街道办事处: a notice addressed to towns is a county's, a district's or a county-level city's.
  // 在县委的坚强领导下: a government working under a county's committee is a district's, whatever 全市 it writes.
  const level =
    issuer?.level ??
    speakerBelowSuperior(text)?.level ??
    (ledByDistrictCommittee(text) || townsAddressed(text) ? 'district' : null) ??
    readLevel(title) ??
    readLevel(text);
  // With no scope word, regions are counted without a news dateline's place (新华社武汉1月10日电): where the story was
  // filed, not whose plan (a local paper's 本报太原讯 over 全市 still names its city, above). (withoutDatelines is asked at
  // each use, and keeps its last answer: most texts return a region before it is needed.)
  // 结合眉山实际, 立足本溪实际: the region whose circumstances the text is fitted to is its own, however often it names a
  // metropolis it joins (环成都经济圈) or a neighbour.
  const region = level ? (regionFittedTo(text, level) ?? mostMentioned(title, level) ?? mostMentionedOutsideRoutes(text, level)) : null;
  // 全市 in a text that names its prefecture only after the bare 省, as a superior (落实省…和常州市…体系): the one county-level
  // city of that prefecture the text names speaks (溧阳市…动员大会召开), as a county-level city with no prefecture named does.
  const below = level === 'city' && region ? (countyCityBelowSuperior(withoutDatelines(text), region) ?? countyCityHeadingText(text, region)) : null;
  if (below) return { region: below, level: 'district' };
  if (region) return narrowed(text, region, level!);
  // 本报铜鼓讯（记者…）…我县…: a local paper's dateline is the one place named, of the level the text speaks for.
  const filedFrom = level ? datelinePlace(text, level) : null;
  if (filedFrom) return { region: filedFrom, level: level! };
  // A region outside the gazetteer: the name heading the first line (2月10日，沙洋县召开…).
  // A known region's short form heading it (江苏扬州:…) is that region, by the gazetteer's full name and level.
  const heading = headingRegion(text.trimStart().split('\n', 1)[0]!);
  const named = heading ? (findRegion(heading)?.name ?? heading) : null;
  if (named && (level === null || levelOfName(named) === level)) return { region: named, level: levelOfName(named) };
  // 全县 and no county the gazetteer knows: the one county or district the text writes whole (2024年平昌县地区生产总值).
  const county = level === 'district' ? onlyWrittenDistrict(withoutDatelines(text)) : null;
  if (county) return { region: county, level };
  // 全县 and no county named whole: the county the text writes by its short form, below a city or province it names
  // (西华 under 周口, 子长 under 延安).
  // 我区/全区 in a text that keeps naming one autonomous region (广西 five times, 桂林 twice) and no district whole: 区 is
  // the region's, whatever county's short form a word spells (文化遗产资源 is no 资源县).
  const ownAutonomous = level === 'district' ? keptAutonomousRegion(withoutDatelines(text)) : null;
  if (ownAutonomous) return { region: ownAutonomous, level: 'province' };
  const shortCounty = level === 'district' ? countyBelowNamed(withoutZones(withoutRoutesAndPairs(withoutDatelines(text)))) : null;
  if (shortCounty) return { region: shortCounty, level };
  // A district's scope words and no district named whole: the district of 北京, 天津, 上海 or 重庆 the text writes by its
  // short form (门头沟 under 全区, 徐汇 beside 上海 and 区委).
  const municipalDistrict = level !== 'province' && level !== 'national' ? shortMunicipalDistrict(withoutDatelines(text), level) : null;
  if (municipalDistrict) return { region: municipalDistrict, level: 'district' };
  // 全市 of 北京, 天津, 上海 or 重庆, no prefecture named: the one district of that city the text names (衔接江津区第十五次党代会).
  const municipal = level === 'city' ? districtOfMunicipality(withoutDatelines(text)) : null;
  if (municipal) return { region: municipal, level: 'district' };
  // 全市 and no prefecture named: the one county-level city the text names (博乐市…全市): its 全市 is its own.
  const countyCity = level === 'city' ? onlyCountyLevelCity(withoutDatelines(text)) : null;
  if (countyCity) return { region: countyCity, level: 'district' };
  // 全市, 我市 or 市商务局 and no prefecture or district named: 北京, 天津, 上海 or 重庆 the text keeps naming speaks — a city
  // in its words, a province in the model (天津市政府下发…, 全市地区生产总值增长4%左右).
  const municipality = level === 'city' ? municipalitySpeaking(withoutDatelines(text)) : null;
  if (municipality) return { region: municipality, level: 'province' };
  // 全区 and no district named, in a text that keeps naming a city of an autonomous region (柳州 seven times, 全区经济
  // 发展调度会在南宁召开): 全区 is the region's, and the text speaks for its city.
  const regionsCity = level === 'district' ? cityOfAutonomousRegion(withoutDatelines(text)) : null;
  if (regionsCity) return { region: regionsCity, level: 'city' };
  // No scope word but a district's, no district read: the one development or reform zone the text names after its region
  // and keeps speaking of (邯郸经济开发区 four times; 《辽宁省沈抚改革创新示范区…规划纲要》 then 示范区 three times).
  const zone = level === null || level === 'district' ? keptZone(withoutDatelines(text), level === null) : null;
  if (zone) return { region: zone, level: 'district' };
  // The State Council's report to the National People's Congress (国务院总理…作政府工作报告, 十四届全国人大四次会议) speaks
  // for the nation however often its venue (北京人民大会堂) or a reposting outlet's home (香港新闻网) is named.
  if (level === null && NATIONAL_CONGRESS_REPORT.test(text.slice(0, 600))) return { region: '全国', level: 'national' };
  // No issuer and no scope word: a prefecture named before the count of its divisions (天水市两区五县两会) sums them up.
  const summing = level === null ? prefectureSummingDivisions(withoutDatelines(text)) : null;
  if (summing) return { region: summing, level: 'city' };
  // No issuer and no scope word: the one region the text keeps naming (安徽省地区生产总值…, 安徽省一般公共预算收入…).
  const subject = level === null ? dominantRegion(withoutDatelines(text)) : null;
  if (subject) return { region: subject.name, level: subject.level };
  // No government of a region speaks (no scope word either): the State Council's report, a national conference.
  if (level === null && (NATIONAL.test(text.slice(0, 300)) || MINISTRY_SPEAKS.test(text.slice(0, 300)) || MINISTRIES_JOINTLY.test(text.slice(0, 300))))
    return { region: '全国', level: 'national' };
  // Nor does one that reports the nation's own measure, 国内生产总值 (a region's is 地区生产总值), from a government work report.
  if (level === null && NATIONAL_REPORT.test(text) && NATIONAL_MEASURE.test(text) && !/地区生产总值/.test(text)) return { region: '全国', level: 'national' };
  // Nothing else says: a county the gazetteer lacks that the text keeps naming (陇县地区生产总值…, 陇县坚持…).
  const kept = level === null ? keptDistrict(withoutDatelines(text)) : null;
  if (kept) return { region: kept, level: 'district' };
  // Nothing else says: the lowest of the regions named on one line of descent (贯彻…关于湖南和湘潭重要讲话精神).
  const lowest = level === null ? lowestOfChain(withoutDatelines(text)) : null;
  // 北京 the lowest named, 通州 written more often than it: the text speaks for that district of the municipality.
  const ownDistrict = lowest && MUNICIPALITIES.has(lowest.name) ? districtWrittenMore(withoutDatelines(text), lowest.name) : null;
  if (ownDistrict) return { region: ownDistrict, level: 'district' };
  if (lowest) return { region: lowest.name, level: lowest.level };
  // 文件编号：鄂政发〔2018〕1号: a province's government numbers its documents with the province's one-character name.
  const numbered = level === 'province' ? numberingProvince(text) : null;
  if (numbered) return { region: numbered, level };
  const province = unnamedProvince(withoutDatelines(text), level);
  // A province the text never names, read from its cities, yields to the one city of it the text keeps naming (松原 six
  // times beside 全省…): its 全省 words are the province around that city.
  const keptCity = province && level === 'province' ? cityKeptBelow(withoutDatelines(text), province) : null;
  if (keptCity) return { region: keptCity, level: 'city' };
  if (province) return { region: province, level: 'province' };
  // Nothing names a region and no scope word says: a text that speaks of the nation as its own (我国粮食产量…, a
  // headline 2022年中国完成…), as a province's says 我省, is the nation's.
  if (level === null && speaksForNation(title, withoutDatelines(text))) return { region: '全国', level: 'national' };
  // Nothing above names it: the region the text writes into its own chapter (奋力谱写中国式现代化磴口新篇章).
  const chapter = regionInOwnChapter(withoutDatelines(text), level);
  if (chapter) return chapter;
  // 全县 and nothing names the county: the one county written at the end of the text's own slogan (“美丽幸福清徐”).
  const sloganCounty = level === 'district' ? countyEndingOwnSlogan(withoutDatelines(text)) : null;
  return sloganCounty ? { region: sloganCounty, level } : { region: null, level };
}

/** A line of the page's head opening with a region's full name in brackets (【延庆区】): the section of a roundup the page gives. */
const BRACKETED_SECTION = /^[ \t]*【([\u4e00-\u9fff]{2,12})】/gm;
/**
 * The one bracketed region of the page (【延庆区】): not the first of several sections (【南京市】…【苏州市】…: a roundup), nor
 * a city's tag over a county's or district's own scope words (【宜昌市】⏎今年全县…).
 */
function bracketedSection(text: string): string | null {
  const sections = [...text.matchAll(BRACKETED_SECTION)].map((m) => m[1]!).filter((name) => findRegion(name)?.name === name);
  if (sections.length !== 1 || text.indexOf(`【${sections[0]}】`) > 400) return null;
  const level = findRegion(sections[0]!)!.level;
  return level !== 'district' && /[全我](?:县|区)/.test(text) ? null : sections[0]!;
}

/** A congress's term and name (第十六届人民代表大会, 十七届人大), not its standing committee's. */
const CONGRESS_TERM = /第?[一二三四五六七八九十]{1,4}届\s*(?:人民代表大会|人大)(?!常务委员会|常委)/g;

/** The known region, by its full name, that a congress's term follows (长春市第十六届…), else undefined. */
function knownRegionBefore(text: string, end: number): RegionEntry | undefined {
  const name = nameBefore(text, end)?.name ?? '';
  const found = findRegion(name);
  return found?.name === name ? found : undefined;
}

/**
 * A roundup of the congresses of three regions or more (the capitals of three provinces, the districts of a municipality
 * holding their 两会 in turn) has no single issuer (corpus Decisions 30): regions in different provinces sum up to the
 * nation, a municipality's districts to the municipality. Regions of one province's cities are left to the other
 * readings: such a roundup takes the city it quotes beyond its target (Decisions 30, c121's 南昌), not the province.
 */
function roundupOfCongresses(text: string): { region: string; level: RegionLevel } | null {
  const named = new Map<string, RegionEntry>();
  // (Every term holds 届: a text without one is not searched from every numeral.)
  for (const m of text.includes('届') ? text.matchAll(CONGRESS_TERM) : []) {
    const region = knownRegionBefore(text, m.index);
    if (region) named.set(region.name, region);
  }
  if (named.size < 3) return null;
  const regions = [...named.values()];
  const provinces = new Set(regions.map(provinceOf));
  if (provinces.size > 1) return { region: '全国', level: 'national' };
  const [province] = provinces;
  return MUNICIPALITIES.has(province!) && regions.every((r) => r.level === 'district') ? { region: province!, level: 'province' } : null;
}

/** Province-level regions by the short name news writes (广东, 上海, 内蒙古, 广西), longest first. */
const PROVINCE_SHORTS = new RegExp(
  REGIONS.filter((r) => r.level === 'province')
    .map((r) => r.name.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ''))
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);
/** A province by its short name, its level word after it if written (广东, 广东省, 广西壮族自治区). */
const PROVINCE_NAMED = `(?:${PROVINCE_SHORTS.source})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?`;
/**
 * Provinces as a clause's subject: one province or a 、 list of them opening a clause (…。广东省政府工作报告提出, ，辽宁、云南、
 * 青海的目标均在…), or after a word that introduces them (其中, 包括, 例如, a describing 的, a word for provinces: 经济发达省市广东、
 * 上海). Not a province inside a place name (黄河南岸, 洞庭湖北岸, 泰山东麓) nor one compared with (与江苏、浙江持平, 对标江苏,
 * 低于四川): the character before it is no break or introducing word.
 */
const PROVINCES_AS_SUBJECT = new RegExp(
  `(?:^|[，,；;：:\\s（(“「]|其中|包括|例如|比如|的|省市|省份|省区)(${PROVINCE_NAMED}(?:[、和及]${PROVINCE_NAMED})*)`,
  'g',
);
/**
 * A sentence that sets a target with a figure (…目标定为5%至6%, 目标值, 预期目标是…增长6%): 目标 and a digit anywhere in it. Tested
 * as two searches, not as one pattern with a run between them, which is retried from every digit of a long sentence (quadratic).
 */
const setsTargetWithFigure = (sentence: string): boolean => sentence.includes('目标') && /\d/.test(sentence);
/** The issuer's own scope words, as LEVEL_WORDS reads them (全省, 我市, 全州, 全盟, 全旗, 全地区): a province's, a prefecture's or a county's own text, however many other places it names. */
const OWN_SCOPE = /[我全本](?:[省市州盟区县旗]|地区)/;

/**
 * A roundup of the targets several provinces set (各省2024年经济增长目标: 江苏、浙江…都定在5%至6%; 广东省…增长5%以上), with no
 * scope word of its own (全省, 我市): three provinces or more, each the subject of a clause in a sentence that sets a target with
 * a figure, sum up to the nation (corpus Decisions 30), whichever of them the issuer reader would take for the speaker. A
 * province's or a city's own text that names others (对标江苏、浙江, 高于全省) writes its own scope word or names them only as
 * compared with; one region named as strongly as a congress names it, and no other, is the speaker — unless the text counts
 * the provinces it sums up (31个省份); a national report is the nation's anyway.
 */
function roundupOfTargets(text: string): { region: string; level: RegionLevel } | null {
  if (OWN_SCOPE.test(text)) return null;
  const provinces = new Set<string>();
  for (const sentence of text.split(/[。！？\n]/)) {
    if (!setsTargetWithFigure(sentence)) continue;
    for (const list of sentence.matchAll(PROVINCES_AS_SUBJECT)) for (const m of list[1]!.matchAll(PROVINCE_SHORTS)) provinces.add(m[0]);
  }
  // 31省份今年增速目标揭晓 … 四川省第十四届人民代表大会第四次会议开幕: a roundup that counts the provinces it sums up may quote one
  // province's congress; it is no less the nation's.
  return provinces.size >= 3 && (soleStrongIssuer(text) === null || PROVINCES_COUNTED.test(text)) ? { region: '全国', level: 'national' } : null;
}
/**
 * Provinces counted as a group by a number (31个省份, 31省份): the provinces a roundup sums up. Not 多个省份 (a reporter's
 * comparison beside a province's own congress) nor 各省区市 (a province's partners).
 */
const PROVINCES_COUNTED = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})个?省(?:份|区市)/;

/**
 * The province whose places (各地: 宁夏各地, 河北全省各地, 宁夏全区各地) the page's head names as its subject, when the text names
 * two of its prefectures or more twice or more each (银川市 five times, 石嘴山市 four): a roundup of the province's places, not
 * one city's story (河北各地新蓝图|唐山:… names 唐山 alone).
 */
function roundupOfProvincesPlaces(text: string): string | null {
  // 各地 as the subject of a line of the head (宁夏各地争分夺秒…), not an object (吸引山东各地游客, 江苏各地人才), on a page whose
  // first line and whose 各地 line open with no region of their own (唐山：…⏎河北各地竞相发展, 济南市与山东各地…: a city's story).
  const head = text.trimStart().slice(0, 400);
  const first = head.split('\n', 1)[0]!;
  if (headingRegion(first) !== null || regionOpening(first) !== undefined) return null;
  for (let at = head.indexOf('各地'); at !== -1; at = head.indexOf('各地', at + 2)) {
    if (/^[游人客企]/.test(head.slice(at + 2))) continue;
    const province = provinceEndingAt(head, head.slice(Math.max(0, at - 2), at) === '全区' || head.slice(Math.max(0, at - 2), at) === '全省' ? at - 2 : at);
    if (!province || openedByOther(head.slice(head.lastIndexOf('\n', at) + 1, at), province)) continue;
    const cities = [...countMentions(text)].filter(([r, n]) => r.parent === province && r.level === 'city' && n >= 2);
    return cities.length >= 2 ? province : null;
  }
  return null;
}
/** A line opening with a region other than `province` (唐山：…, 济南市与山东各地…). */
function openedByOther(line: string, province: string): boolean {
  const opener = regionOpening(line)?.name ?? headingRegion(line);
  return opener !== null && opener !== undefined && (findRegion(opener)?.name ?? opener) !== province;
}
/** The province whose short name (two or three characters) ends right before `end` (宁夏|各地, 黑龙江|各地). */
function provinceEndingAt(text: string, end: number): string | null {
  for (const length of [3, 2]) {
    const region = findRegion(text.slice(Math.max(0, end - length), end));
    if (region?.level === 'province' && region.short === text.slice(end - length, end)) return region.name;
  }
  return null;
}

/** The province-level region a known region lies in (itself for a province). */
function provinceOf(region: RegionEntry): string {
  let r: RegionEntry | undefined = region;
  while (r?.parent && findRegion(r.parent)) r = findRegion(r.parent);
  return r!.name;
}

/**
 * 常德市三区五县, 天水市两区五县, 某州八县一市: a prefecture named right before a count of its districts and counties is a
 * prefecture's text summing up its divisions (their congresses, their targets), whichever of them it then names in turn.
 */
const PREFECTURE_BEFORE_COUNT = /([\u4e00-\u9fff]{2,8}?[市州盟])(?=[一二两三四五六七八九十]{1,2}[区县旗市](?:[一二两三四五六七八九十]{1,2}[区县旗市])?)/g;

/** The one prefecture of the gazetteer a text names so (two different ones: a comparison, none). */
function prefectureSummingDivisions(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(PREFECTURE_BEFORE_COUNT)) {
    // The name's end is fixed by the count after it; its start is tried from the longest down (常德市, not 德市).
    for (let k = 0; k + 3 <= m[1]!.length; k++) {
      const known = findRegion(m[1]!.slice(k));
      if (known?.level === 'city' && known.name === m[1]!.slice(k)) {
        found.add(known.name);
        break;
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** 兵团第七师, 新疆生产建设兵团第十四师: a division of the corps, by its number. */
const CORPS_DIVISION = /(?:新疆生产建设)?兵团第([一二三四五六七八九十]{1,3})师/g;
/** The same, opening a text or its headline. */
const CORPS_DIVISION_OPENING = new RegExp(`^\\s*${CORPS_DIVISION.source}`);
/**
 * The one division of the 新疆生产建设兵团 a text speaks for: named whole (兵团第七师) opening its headline, or three times
 * or more, and no other division named (two are partners or a list). Its region is written under the corps, which sets its targets, not under 新疆.
 */
function corpsDivision(title: string, text: string): string | null {
  const numbers = [...`${title}\n${text}`.matchAll(CORPS_DIVISION)].map((m) => m[1]!);
  const distinct = new Set(numbers);
  if (distinct.size !== 1) return null;
  // (Anchored at the start and held to no line break, the pattern reads the first line that is not blank only: no copy of the text.)
  const headed = CORPS_DIVISION_OPENING.test(title) || CORPS_DIVISION_OPENING.test(text);
  return headed || numbers.length >= 3 ? `新疆生产建设兵团第${numbers[0]!}师` : null;
}

/** 我国 (the nation in the first person, as 我省 is a province's), or a headline whose subject is 中国/我国/全国. */
const NATION_AS_SUBJECT = /^(?:\d{4}年)?(?:中国|我国|全国)(?!人民|共产党|特色|式|人大|政协|银行|移动|电信|联通|石化|石油|建筑|铁建|中铁)/;
function speaksForNation(title: string, text: string): boolean {
  return /我国/.test(text) || NATION_AS_SUBJECT.test(title.trim());
}

/**
 * The county a text writes by its short form (西华, 子长), below a prefecture or province the text names (周口, 延安,
 * 河南): a short form alone is a word, a town or a person's name as often (东方, 振兴, 记者倪金凤), and a county of the
 * same name elsewhere lies below a city the text does not name. A county whose prefecture is named goes first (正定 under
 * 石家庄 before 复兴 of 民族复兴, under 河北 only); one below a named province only is written twice or more. Below an
 * autonomous region its prefecture must be named (全区 is the region's, rule 6). Two written as often name none.
 */
function countyBelowNamed(text: string): string | null {
  const named = new Set([...countMentions(text).keys()].map((r) => r.name));
  const province = (name: string) => named.has(name) && !name.endsWith('自治区');
  // 2: its prefecture is named; 1: only its province; 0: neither.
  const standing = (r: RegionEntry) => {
    const above = findRegion(r.parent!)!;
    if (above.level !== 'city') return province(above.name) ? 2 : 0;
    return named.has(above.name) ? 2 : province(above.parent!) ? 1 : 0;
  };
  const ranked = [...countyShortForms(text)]
    .map(([r, count]) => ({ r, count, standing: standing(r) }))
    .filter((c) => c.standing === 2 || (c.standing === 1 && c.count >= 2))
    .sort((a, b) => b.standing - a.standing || b.count - a.count);
  const [first, second] = ranked;
  return first && !(second && second.standing === first.standing && second.count === first.count) ? first.r.name : null;
}

/**
 * The district of a municipality a text writes by its short form (门头沟, 徐汇, 北辰: findRegion knows them by full name
 * only), when the text speaks as a district (全区, 区委, 区政府) and names no district whole: written three times or more,
 * or twice beside its municipality's name, more often than any other and than any prefecture the text names.
 */
function shortMunicipalDistrict(text: string, level: RegionLevel | null): string | null {
  if (level !== 'district' && !/全区|区委|区政府/.test(text)) return null;
  const mentions = [...countMentions(text)];
  if (mentions.some(([r]) => r.level === 'district') || writtenDistricts(text).size > 0) return null;
  // A city named in passing (幸福安康 spells 安康) is no issuer; one named as often as the district is.
  const cityCount = Math.max(0, ...mentions.filter(([r]) => r.level === 'city').map(([, count]) => count));
  const municipalities = new Set(mentions.map(([r]) => r.name));
  return mostWrittenMunicipal(text, (f) => f.count > cityCount && (f.count >= 3 || (f.count >= 2 && municipalities.has(f.municipality))));
}

/** The district of `municipality` written by its short form twice or more and more often than the municipality itself. */
function districtWrittenMore(text: string, municipality: string): string | null {
  const own = timesNamed(countMentions(text), municipality);
  return mostWrittenMunicipal(text, (f) => f.municipality === municipality && f.count >= 2 && f.count > own);
}

/** Of the municipal districts written by short form that `keep` admits, the one written most often; none on a tie. */
function mostWrittenMunicipal(text: string, keep: (form: { count: number; municipality: string }) => boolean): string | null {
  const [first, second] = [...municipalShortForms(text)].filter(([, f]) => keep(f)).sort((a, b) => b[1].count - a[1].count);
  return first && !(second && second[1].count === first[1].count) ? first[0] : null;
}

/** The one district of a province-level city (重庆市江津区) a text names, when it names no prefecture. */
function districtOfMunicipality(text: string): string | null {
  const named = [...countMentions(text).keys()];
  if (named.some((r) => r.level === 'city')) return null;
  const districts = named.filter((r) => r.level === 'district' && MUNICIPALITIES.has(r.parent ?? ''));
  return districts.length === 1 ? districts[0]!.name : null;
}
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/**
 * The province-level city (北京, 天津, 上海, 重庆) a text with a city's scope words keeps naming — twice or more and more than
 * twice as often as any other region — when it names no prefecture and no district whole, and names its government, one of
 * its departments or its paper (天津市政府下发…, 重庆市农委负责人介绍, 来源：重庆日报): its 全市 is the municipality's. A city
 * that only deals with it (赴北京招商, 对接北京高校) names no body of it.
 */
function municipalitySpeaking(text: string): string | null {
  const named = [...countMentions(text)].sort((a, b) => b[1] - a[1]);
  if (named.some(([r]) => r.level === 'city' || r.level === 'district')) return null;
  const [first, second] = named;
  if (!first || !MUNICIPALITIES.has(first[0].name) || first[1] < 2 || (second && first[1] <= 2 * second[1])) return null;
  return ownBodyNamed(text, first[0]) ? first[0].name : null;
}
/** A government's, a department's or a paper's name after a region's (天津市政府, 重庆市农委, 北京市商务局, 重庆日报). */
const OWN_BODY = /^市?(?:人民政府|政府|[\u4e00-\u9fff]{1,6}?(?:局|委员会|委|办)(?![\u4e00-\u9fff]{0,2}(?:大学|学院|组委)))/;
/**
 * The body named opening a sentence, a clause or a line, as its subject (天津市政府近日印发…, 据重庆市农委负责人介绍): not one a
 * city deals with (对接北京市发改委,
 * 拜访上海市商务委, 与重庆市政府签署), nor a paper reposting the text (来源：北京日报).
 */
function ownBodyNamed(text: string, region: RegionEntry): boolean {
  for (let at = text.indexOf(region.short); at !== -1; at = text.indexOf(region.short, at + 1)) {
    if (at > 0 && !/[。！？；，,\n据]/.test(text[at - 1]!)) continue;
    if (OWN_BODY.test(text.slice(at + region.short.length, at + region.short.length + 10))) return true;
  }
  return false;
}

/**
 * The one county-level city (博乐市, 神木市) a text names, when it names no prefecture: a county-level city says 全市 of
 * itself as a prefecture does, so its scope words read as a city's.
 */
function onlyCountyLevelCity(text: string): string | null {
  const named = [...countMentions(text).keys()];
  if (named.some((r) => r.level === 'city')) return null;
  const cities = named.filter((r) => r.level === 'district' && r.name.endsWith('市'));
  return cities.length === 1 ? cities[0]!.name : null;
}

/**
 * The one county-level city below `prefecture` the text names, when the text names the prefecture only as a superior after
 * the bare province (落实省…和常州市…: `namedOnlyAsSuperior`); null when it names none or two, or the prefecture otherwise.
 */
function countyCityBelowSuperior(text: string, prefecture: string): string | null {
  if (findRegion(prefecture)?.level !== 'city' || !namedOnlyAsSuperior(text, prefecture)) return null;
  const cities = [...countMentions(text).keys()].filter((r) => r.level === 'district' && r.name.endsWith('市') && r.parent === prefecture);
  return cities.length === 1 ? cities[0]!.name : null;
}

/** The most characters a headline line takes (a title and a subtitle). */
const HEADLINE_LENGTH = 48;
/**
 * 全市 in a text whose first line opens with a county-level city of the prefecture most named (衡阳常宁市：…, 岳阳市临湘市召开…,
 * 常宁市2024年…): the city the headline names speaks, its 全市 its own; the prefecture is named as its parent.
 */
function countyCityHeadingText(text: string, prefecture: string): string | null {
  const line = text.trimStart().split('\n', 1)[0]!;
  // A headline: a short line, no sentence closed (宜兴市…大会召开。…全市… opening a one-paragraph item is a sentence).
  if (line.length > HEADLINE_LENGTH || /[。；;]/.test(line)) return null;
  const heading = headingRegion(line);
  const entry = heading ? findRegion(heading) : undefined;
  if (!(entry?.level === 'district' && entry.name.endsWith('市') && entry.parent === prefecture)) return null;
  // 耒阳市：衡阳市重点项目推进会召开: a venue or column tag before the prefecture's own headline, which names it in full.
  const at = line.indexOf(entry.name);
  return at !== -1 && line.includes(prefecture, at + entry.name.length) ? null : entry.name;
}

/** The city of an autonomous region (广西, 内蒙古, 西藏, 宁夏, 新疆) the text keeps naming, if any. */
function cityOfAutonomousRegion(text: string): string | null {
  const subject = dominantRegion(text);
  if (subject?.level !== 'city') return null;
  return findRegion(subject.name)?.parent?.endsWith('自治区') ? subject.name : null;
}

/** The one county or district outside the gazetteer the text writes whole; null when it writes none or several. */
function onlyWrittenDistrict(text: string): string | null {
  const names = [...writtenDistricts(text).keys()];
  return names.length === 1 ? names[0]! : null;
}

/**
 * A county outside the gazetteer, written whole, that the text names three times or more (by its short form too when
 * that has two characters: 良庆区…深入良庆), and more than twice as often as any other region.
 */
function keptDistrict(text: string): string | null {
  const found = writtenDistricts(text);
  const named = shortFormCounts(text, [...found.keys()]);
  const written = [...found].map(([name, count]): [string, number] => [name, Math.max(count, named.get(name) ?? 0)]).sort((a, b) => b[1] - a[1]);
  const [first, second] = written;
  if (!first || first[1] < 3 || (second && second[1] * 2 >= first[1])) return null;
  const known = Math.max(0, ...countMentions(text).values());
  return known * 2 < first[1] ? first[0] : null;
}

/** How often each name's short form of two or three characters (良庆 for 良庆区) is written: one pass over the text. */
function shortFormCounts(text: string, names: readonly string[]): Map<string, number> {
  const byShort = new Map<string, string>();
  for (const name of names) {
    const short = name.replace(/(?:自治县|县|区|旗)$/, '');
    if (short.length >= 2 && short.length <= 3) byShort.set(short, name);
  }
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length && byShort.size > 0; i++) {
    for (const len of [2, 3]) {
      const name = byShort.get(text.slice(i, i + len));
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/** The one-character names provinces number their governments' documents with (鄂政发, 黔府办发, 冀政办字). */
const PROVINCE_CHARACTERS: Readonly<Record<string, string>> = {
  京: '北京市',
  津: '天津市',
  沪: '上海市',
  渝: '重庆市',
  冀: '河北省',
  晋: '山西省',
  蒙: '内蒙古自治区',
  辽: '辽宁省',
  吉: '吉林省',
  黑: '黑龙江省',
  苏: '江苏省',
  浙: '浙江省',
  皖: '安徽省',
  闽: '福建省',
  赣: '江西省',
  鲁: '山东省',
  豫: '河南省',
  鄂: '湖北省',
  湘: '湖南省',
  粤: '广东省',
  桂: '广西壮族自治区',
  琼: '海南省',
  川: '四川省',
  黔: '贵州省',
  滇: '云南省',
  云: '云南省',
  藏: '西藏自治区',
  陕: '陕西省',
  甘: '甘肃省',
  青: '青海省',
  宁: '宁夏回族自治区',
  新: '新疆维吾尔自治区',
};
/**
 * A document number of the text's own, opening a line or a field (文件编号:鄂政发〔2018〕1号), its government's or one of its
 * departments' (鲁农产业字〔2020〕5号: 山东's agriculture department, corpus Decisions 34), not one a sentence cites in brackets
 * (《…》(黔府办发〔2022〕25号)) nor a city's or county's (宝凤政发, 咸政发, 吉市政发, 赣市府发).
 */
const OWN_NUMBER = /(?:^|[ \t:：|])([^\s:：|（(《])(?![市州县区])(?:(?:政|府)办?(?:发|函|字)?|[\u4e00-\u9fff]{1,4}?(?:发|函|字|规))〔(?:19|20)\d{2}〕/gm;
function numberingProvince(text: string): string | null {
  const provinces = new Set([...text.matchAll(OWN_NUMBER)].map((m) => PROVINCE_CHARACTERS[m[1]!]).filter(Boolean));
  return provinces.size === 1 ? [...provinces][0]! : null;
}

/**
 * A road or transit line named by its two ends (兴平至周至高速公路, 西安-周至旅游公交专线, 南宁至深圳高铁), or a section of one
 * (玉林至岑溪段, 玉林—岑溪段; not 迈进到新阶段): the places it joins, not the speaker — a plan names the towns its roads run
 * to as often as its own (corpus Decisions 24).
 */
const ROUTE =
  /[\u4e00-\u9fff]{2,4}(?:(?:至|到|-|—|－)[\u4e00-\u9fff]{2,4}?(?:高速公路|高速|高铁|城际轨道交通|城际铁路|城际|铁路|公路|轨道交通|旅游公交专线|公交专线|专线|快速路|快速通道)|(?:至|—)[\u4e00-\u9fff]{2,4}?(?<!阶)段)/g;
/**
 * A station and the few characters before it (推进玉林北站, 桂林站): blanked only from a region's name on (玉林北站, not 柳州服务站
 * or 柳州驿站), and never the verb 站 (站在, 站上, 站稳, 站住) nor 站长, 站点, 站位, 站所.
 */
const STATION = /[\u4e00-\u9fff]{2,4}?[东南西北]?站(?![长点位所在上稳住])/g;
/** The station `m` with its place blanked from the first region's name in it on (推进玉林北站 → 推进＿＿＿＿), else as written. */
function stationBlanked(m: string): string {
  const place = m.replace(/[东南西北]?站$/, '');
  for (let k = 0; k <= place.length - 2; k++) if (findRegion(place.slice(k))) return m.slice(0, k) + '\u3000'.repeat(m.length - k);
  return m;
}
/** Two places paired by a 、 before their cooperation (深化太仓、周至协作, 苏州、铜仁对口合作): partners, either could be the speaker. */
const PARTNERS = /[\u4e00-\u9fff]{2,4}、[\u4e00-\u9fff]{2,4}(?=(?:东西部|对口)?(?:协作|合作|帮扶))/g;
/** A partner the text's region deals with (与义乌市签订合作协议, 与苏州结对帮扶): named after 与, before the cooperation. */
const PARTNER_AFTER_WITH =
  /(与)(?<![参给]与)([\u4e00-\u9fff]{2,8}?)(?=(?:签订|签署|共建|开展|建立|深化|加强|推进)?[\u4e00-\u9fff]{0,4}?(?:合作|协作|对口|结对|帮扶|友好))/g;
/**
 * An event named after a place (2024杭州西湖博览会: a brand's year glued to it, no 年; 庆元首届民宿大会: its edition after the
 * place): the place hosts the event, the text's region may only take part. Not a congress (第十八届人民代表大会).
 */
const EVENT_NAMED_AFTER_PLACE =
  /(?:(?:19|20)\d{2}(?![\d年])[\u4e00-\u9fff]{2,12}?|[\u4e00-\u9fff]{2,4}(?:首|第[一二三四五六七八九十\d]{1,3})届[\u4e00-\u9fff]{0,8}?)(?:博览会|交易会|展览会|展销会|洽谈会|推介会|论坛|峰会|运动会|马拉松|大赛|(?<!代表|党代)大会|文化节|旅游节|艺术节)/g;
/**
 * The text with route names and partner pairs blanked (same length, no name inside): a county written by its short form only
 * there is weak evidence of the speaker, and a wrong region is worse than none.
 */
const withoutRoutesAndPairs = (text: string) => {
  const routed = text.replace(ROUTE, blanked);
  // (Every station holds 站: a text without one is not searched for it from every Chinese character.)
  const stationed = routed.includes('站') ? routed.replace(STATION, stationBlanked) : routed;
  const paired = stationed.replace(PARTNERS, blanked).replace(PARTNER_AFTER_WITH, (_m, withWord: string, partner: string) => withWord + blanked(partner));
  return EVENT_HINT.test(paired)
    ? paired.replace(EVENT_NAMED_AFTER_PLACE, (m, at: number, whole: string) => (placeNamedOutside(m, at, whole) ? m : blanked(m)))
    : paired;
};
/**
 * What every EVENT_NAMED_AFTER_PLACE holds (its year glued to the name, or 届): a quick test, since the pattern's second
 * branch is tried from every Chinese character of the whole text and most texts name no such event.
 */
const EVENT_HINT = /届|(?:19|20)\d{2}(?![\d年])/;
/**
 * The place an event is named after (2024六安国际茶文化节, 青川县第三届…旅游节) is written outside it too (六安市将…): the
 * text's region holds its own event, whose name is then no reason to blank it.
 */
function placeNamedOutside(event: string, at: number, text: string): boolean {
  const place = [...countMentions(event).keys()][0];
  if (!place) return false;
  const rest = text.slice(0, at) + text.slice(at + event.length);
  return rest.includes(place.short);
}
/**
 * The text with parks and zones named after a place blanked too: a county written by its short form only there (碧江高新区
 * beside 铜仁高新区 under 我区) is no speaker (corpus Decisions 30). (A city's 全市 text naming its zone, 宜昌经济开发区, is left to
 * the zone rule.)
 */
const withoutZones = (text: string) => text.replace(ZONE_NAMED_AFTER_PLACE, (m) => (zoneDivision(m) ? m : blanked(m)));
/**
 * A development zone or park named after a place (碧江高新区, 铜仁高新区, 苏州工业园区): the zone, not the region that speaks
 * (corpus Decisions 30: a park named after the issuer does not name it) — unless the zone is a county-level division itself
 * (万盛经济技术开发区).
 */
const ZONE_NAMED_AFTER_PLACE = /[\u4e00-\u9fff]{2}(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区)/g;
/** A zone that is a county-level division itself (万盛经济技术开发区, written 万盛经开区 too): a region, no park. */
const zoneDivision = (zone: string): boolean => /开发区$/.test((findRegion(zone) ?? findRegion(zone.slice(0, 2)))?.name ?? '');
/** Characters blanked, as many as written (offsets kept). */
const blanked = (m: string) => '\u3000'.repeat(m.length);
/**
 * The region of `level` the text names most, counted with its routes, stations and partner pairs and without them, when the
 * two agree: a 我市 item naming its city only in its projects is unnamed, and the blanking never hands the text to a city
 * named once elsewhere (a wrong region is worse than none).
 */
function mostMentionedOutsideRoutes(text: string, level: RegionLevel): string | null {
  const named = mostMentioned(text, level);
  return named !== null && mostMentioned(withoutRoutesAndPairs(text), level) === named ? named : null;
}

/** A reply approving a plan whose name opens with a region's (关于《衡水市国土空间总体规划(2021-2035年)》的批复). */
const APPROVED_PLAN = /关于《([\u4e00-\u9fff]{2,10}?(?:省|自治区|市|州|盟|地区|县|区|旗))[^》\n]{0,40}?(?:规划|计划|方案|纲要)[^》\n]{0,20}》的批复/;

/**
 * The region of the plan a higher government's reply approves, when the reply is addressed to that region's government
 * (衡水市人民政府：你市《关于审批…》): the plan is the addressee's, and a sheet is checked against it, not against the province
 * that signs the reply. Not a reply whose addressee is another body, nor a plan named only in a sentence.
 */
function approvedPlanRegion(text: string): RegionEntry | null {
  const m = APPROVED_PLAN.exec(text.slice(0, 3000));
  const region = m ? findRegion(m[1]!) : undefined;
  if (!region || region.name !== m![1]) return null;
  return new RegExp(`${region.name}人民政府[：:]`).test(text) ? region : null;
}

/** The kinds of zone a government administers as a county-level body: a development zone, a new area, a reform zone. */
const ZONE_KIND = /经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|新区|示范区|试验区|合作区|开发区/g;
/**
 * A zone's kind by its short form: 扬州经济技术开发区 and 扬州经开区 are one zone, as 镇江高新技术产业开发区 and 镇江高新区 are;
 * a bare 开发区 is the text's own 经济开发区 (桐乡经济开发区 … 开发区(高桥街道)).
 */
const zoneKindShort = (kind: string): string => (/^(?:经济(?:技术)?)?开发区$/.test(kind) ? '经开区' : kind === '高新技术产业开发区' ? '高新区' : kind);

/**
 * The zone named with its region's name at its head (邯郸经济开发区, 辽宁省沈抚改革创新示范区: a known region, up to eight
 * characters of its own, its kind), at `end` of the run of characters before its kind; null when no known region heads it
 * (创建国家级开发区).
 */
function zoneNameAt(text: string, kindAt: number, kind: string, countyHeads: boolean): string | null {
  const run = /[\u4e00-\u9fff]{2,14}$/.exec(text.slice(Math.max(0, kindAt - 14), kindAt))?.[0];
  if (!run) return null;
  // 桐乡经济开发区: with no scope word of a county's, a county-level city's short form heading the zone is its region too.
  if (countyHeads && run.length <= 4) {
    const [county, ...more] = countiesOfShortForm(run.slice(0, 2));
    if (county && more.length === 0 && county.name.endsWith('市') && !/[委届]/.test(run.slice(2))) return run + kind;
  }
  for (let i = 0; i + 2 <= run.length; i++) {
    for (let len = Math.min(9, run.length - i); len >= 2; len--) {
      const r = findRegion(run.slice(i, i + len));
      // The zone's own words hold no party committee or its term (中共扬州八届市委经济技术开发区工委: the committee's, no zone's name).
      if (r && r.level !== 'district' && run.length - i - len <= 8) return /[委届]/.test(run.slice(i + len)) ? null : run.slice(i) + kind;
    }
  }
  return null;
}

/**
 * The one zone a text names after its region and keeps speaking of: written whole three times or more (a district that
 * hosts a zone names it twice: 推动新余经开区…, 以新余经开区三大片区为核心), or once with its kind
 * written bare twice more (是示范区功能转换之年, 实现示范区规上企业…: the text's own 示范区). Two zones named name none.
 */
function keptZone(text: string, countyHeads = false): string | null {
  // Zones are counted by their name with the kind's short form (扬州经开区 and 扬州经济技术开发区 are one), and given by the
  // name they are written with most.
  const named = new Map<string, { kind: string; count: number; written: Map<string, number> }>();
  const kinds = new Map<string, number>();
  for (const m of text.matchAll(ZONE_KIND)) {
    const kind = zoneKindShort(m[0]);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    const name = zoneNameAt(text, m.index, m[0], countyHeads);
    if (!name) continue;
    const key = name.slice(0, name.length - m[0].length) + kind;
    const zone = named.get(key) ?? { kind, count: 0, written: new Map<string, number>() };
    zone.count++;
    zone.written.set(name, (zone.written.get(name) ?? 0) + 1);
    named.set(key, zone);
  }
  if (named.size !== 1) return null;
  const [{ kind, count, written }] = [...named.values()] as [{ kind: string; count: number; written: Map<string, number> }];
  const bare = (kinds.get(kind) ?? 0) - count;
  const name = [...written].sort((a, b) => b[1] - a[1])[0]![0];
  return count >= 3 || bare >= 2 ? name : null;
}

/** A paper's dateline at the head of a story (本报铜鼓讯, 日报铜鼓2月10日讯): the place it was filed from. */
const PAPER_DATELINE = /报([\u4e00-\u9fff]{2,6}?)\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?讯/;

/**
 * The place a paper's dateline names, when the gazetteer gives it one region (its full name, or a county's short form)
 * of `level`, the level the text's own words (我县, 全县) speak for: a county paper files from its own county. Not a
 * place of another level (本报太原讯 over 全县), nor a short form two counties share.
 */
function datelinePlace(text: string, level: RegionLevel): string | null {
  const m = PAPER_DATELINE.exec(text.slice(0, 300)) ?? ownPaperMasthead(text);
  if (!m) return null;
  const named = findRegion(m[1]!);
  if (named) return named.level === level ? named.name : null;
  const counties = level === 'district' ? countiesOfShortForm(m[1]!) : [];
  if (counties.length === 1) return counties[0]!.name;
  return (level === 'district' && counties.length === 0 && municipalDistrictOfShortForm(m[1]!)) || null;
}
/**
 * A paper's name in the page's head, opening a line or after a mark, a figure or a space (秀山电子报 over 我县…, 来源：某某日报): a
 * county's or a city's paper is named after it, as its dateline is (`datelinePlace` reads the place as it reads 本报铜鼓讯). (A
 * page's lines joined by cleaning run on around it: 按日期检索12 201734秀山电子报电子报刊阅读器.)
 */
const PAPER_MASTHEAD = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,6}?)(电子报|日报|晚报|都市报)/m;
/**
 * The masthead, when its name is a place's: a county's e-paper (秀山电子报), or a 日报/晚报/都市报 whose name is a region's full
 * name or a short form the text writes again outside the masthead. A paper's name is no place by itself (光明日报, 解放日报,
 * 新民晚报, 江南都市报 are no 光明区, 解放区, 新民市, 江南区).
 */
function ownPaperMasthead(text: string): RegExpExecArray | null {
  const m = PAPER_MASTHEAD.exec(text.slice(0, 600));
  if (!m || m[2] === '电子报' || findRegion(m[1]!)?.name === m[1]) return m;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return rest.includes(m[1]!) ? m : null;
}

/**
 * 新华社武汉1月10日电, 本报太原2月9日讯, 央广网果洛2月26日消息: the place a story was filed from, left out. (The outlet's last
 * character is matched and put back, not looked behind for: a leading look-behind is tried at every character of the text.)
 */
const DATELINE = /([社网报台])[\u4e00-\u9fff]{2,6}?(?=\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|消息))/g;
const withoutDatelines = lastTextOnly((text: string) => text.replace(DATELINE, '$1'));

/**
 * The autonomous region whose 我区/全区 a text writes: no county's or city's scope word (全县, 我市), no district named,
 * and the one autonomous region named three times or more and more often than any other region.
 */
function keptAutonomousRegion(text: string): string | null {
  if (!/[我全]区/.test(text) || /[我全本][县市]|[县市]委|[县市]政府/.test(text)) return null;
  const mentions = [...countMentions(text)];
  if (mentions.some(([r]) => r.level === 'district')) return null;
  const [first, second] = mentions.sort((a, b) => b[1] - a[1]);
  if (!first || first[0].level !== 'province' || !first[0].name.endsWith('自治区') || first[1] < 3) return null;
  return !second || first[1] > second[1] ? first[0].name : null;
}

/**
 * A province that speaks without writing its name: the one above every prefecture the text names, when the
 * level is a province's (自治区主席 and 两会在呼和浩特召开 → 内蒙古自治区); and an autonomous region the text names
 * whose 全区/我区 read as a district's (宁夏…我区将…), no district being named.
 */
function unnamedProvince(text: string, level: RegionLevel | null): string | null {
  const named = [...countMentions(text).keys()];
  if (level === 'district') {
    const autonomous = named.filter((r) => r.level === 'province' && r.name.endsWith('自治区'));
    return autonomous.length === 1 && !named.some((r) => r.level !== 'province') ? autonomous[0]!.name : null;
  }
  if (level !== 'province' || named.some((r) => r.level === 'province')) return null;
  const above = new Set(named.filter((r) => r.level === 'city').map((r) => r.parent));
  return above.size === 1 ? [...above][0]! : null;
}

/**
 * The prefecture below `province` the text names three times or more and more than twice as often as any other region,
 * unless the text speaks as the province (我省).
 */
function cityKeptBelow(text: string, province: string): string | null {
  // 今年我省要…: the province speaks as itself, as in narrowed.
  if (SPEAKS_AS_PROVINCE.test(text)) return null;
  const subject = dominantRegion(text);
  return subject?.level === 'city' && findRegion(subject.name)?.parent === province ? subject.name : null;
}

/** The first person of a province's government (我省); a city's 我市 is left out: a county-level city's own report says 我市 too. */
const SPEAKS_AS_PROVINCE = /我省/;
/**
 * A region inside the one the scope words give, named more often than it in the text's sentences
 * (铁岭 three times, 辽宁 once, under 全省): the text speaks of that region, 全省 being the province
 * around it. A site's banner (晋城生活网) is no sentence, and a region named once is named in passing.
 */
function narrowed(text: string, region: string, level: RegionLevel): { region: string; level: RegionLevel } {
  const counts = countSentenceLineMentions(text);
  // 今年我省要… in a report read for one of its cities (…推动厦门培育…, the city named more): the text speaks as the wider
  // region itself (我省), so no city inside it takes its place.
  if (level === 'province' && SPEAKS_AS_PROVINCE.test(text)) return { region, level };
  const own = timesNamed(counts, region);
  let best: { region: string; level: RegionLevel; count: number } = { region, level, count: own };
  // Named once (本报太原2月9日讯, an example) is named in passing. A district named beside others of its city (金安区：…,
  // 裕安区：… in a city's table of its districts' progress) is one of the city's, not its speaker.
  for (const [r, count] of counts) if (r.parent === region && count > 1 && count > best.count) best = { region: r.name, level: r.level, count };
  if (best.level === 'district' && level === 'city' && namesSiblings(text, best.region, region)) return { region, level };
  // 全省 read once, 贵阳市 three times, 开阳县 once and 开阳 four times: the province's word was a partner or a frame, and
  // the text keeps naming a county below the city it narrowed to — that county speaks (only when the scope word was the
  // province's: a city's 全市 is its own).
  const county =
    level === 'province' && best.level === 'city'
      ? countyKeptBelowCity(
          text
            .split('\n')
            .filter((line) => line.includes('。'))
            .join('\n'),
          counts,
          best,
        )
      : null;
  return county ? { region: county, level: 'district' } : { region: best.region, level: best.level };
}

/**
 * Whether the text names other districts of `city` as often as `district`, taken together (裕安区 twice beside 金安区 and
 * 叶集区 once each, all below 六安市): a city's view over its districts, not one district's text naming a neighbour once.
 */
function namesSiblings(text: string, district: string, city: string): boolean {
  let own = 0;
  let others = 0;
  for (const [r, n] of countMentions(text)) {
    if (r.parent !== city || r.level !== 'district') continue;
    if (r.name === district) own += n;
    else others += n;
  }
  return others >= own;
}

/**
 * The one county below `city` that the text writes whole at least once and, whole or by its short form, more often than
 * the city (开阳县…开阳…开阳 beside 贵阳市): the county is the subject, its city the frame it is set in.
 */
function countyKeptBelowCity(text: string, counts: ReadonlyMap<RegionEntry, number>, city: { region: string; count: number }): string | null {
  const kept = [...countyShortForms(text)].filter(([r, n]) => r.parent === city.region && n > city.count && (counts.get(r) ?? 0) > 0);
  return kept.length === 1 ? kept[0]![0].name : null;
}

/**
 * A ministry of the State Council opening a sentence as the one who speaks (交通运输部26日宣布, 财政部近日公布): the nation's
 * own figures. A province's or city's departments are 厅 and 局, and a party committee's 宣传部 or 组织部 is no ministry.
 */
const MINISTRIES =
  '交通运输部|交通部|财政部|商务部|工业和信息化部|工信部|农业农村部|自然资源部|生态环境部|住房和城乡建设部|住房城乡建设部|水利部|人力资源和社会保障部|人力资源社会保障部|教育部|科学技术部|科技部|民政部|文化和旅游部|应急管理部';
const MINISTRY_SPEAKS = new RegExp(`(?:^|[。！\\n])\\s*(?:中国|国家)?(?:${MINISTRIES})(?:\\d{1,2}日|近日|日前|今天|今日)?(?:宣布|发布|公布|表示|透露|消息)`);

/**
 * The State Council's ministries issuing a plan together (国家发展改革委、中央宣传部、教育部等二十一部门联合印发《…规划》): a
 * national body or ministry heading the list, counted departments, their verb. Not a province's (省发展改革委等10部门联合印发).
 */
const MINISTRIES_JOINTLY = new RegExp(
  `(?:^|[^\\u4e00-\\u9fff]|】)(?:国家[\\u4e00-\\u9fff]{1,8}?(?:局|委员会|委)(?=[、等])|${MINISTRIES})[^。\\n]{0,40}?等[一二三四五六七八九十\\d]{1,4}个?部[门委](?:联合)?(?:印发|发布|公布|出台)`,
);

/** The premier's government work report to a session of the National People's Congress. */
const NATIONAL_CONGRESS_REPORT =
  /届全国人(?:大|民代表大会)(?!代表)[^。\n]{0,40}国务院总理[^。\n]{0,40}政府工作报告|国务院总理[^。\n]{0,30}届全国人(?:大|民代表大会)(?!代表)[^。\n]{0,30}政府工作报告|国务院总理[^。\n]{0,20}政府工作报告[^。\n]{0,60}国内生产总值/;
/** 国内生产总值 as a measure of its own (not 占国内生产总值比重, a region's share of it). */
const NATIONAL_MEASURE = /(?<!占)国内生产总值(?!的?比重)/;
const NATIONAL_REPORT = /政府工作报告|两会/;
/**
 * The State Council as the speaker (国务院总理…在政府工作报告中, 国务院1日公布), a national work conference opening a
 * text, a report given to the National People's Congress (十四届全国人大四次会议; not one of its deputies, 全国人大代表) or a
 * minister of the State Council who speaks (工业和信息化部部长表示: a province's departments are headed by 厅长; not one
 * only named, 对标工信部部长提出的要求), or the head of one of a ministry's departments (规划司司长王伟指出: a province's
 * departments have 处, not 司); or the nation's statistics and planning bodies, the State Council's press office or
 * the national political consultative conference holding a press conference or speaking through their spokesmen
 * (国家发改委31日举行新闻发布会, 国家统计局发言人表示, 国新办举行记者会, 全国政协…新闻发布会); or a state administration
 * issuing a document of its own (国家能源局印发《…指导意见》, 国家发展和改革委员会于2021年7月7日公布“…规划” — its full name, the day
 * between, a plan's name in quotes; not a province's 省能源局印发《…》).
 */
const NATIONAL =
  /国务院(?:总理|\d|在|[^。，、\n]{0,8}(?:发布|公布|印发|召开|举行))|全国[^。，、\n]{0,12}工作会议|届全国人(?:大|民代表大会)(?!代表)[^。，、\n]{0,6}会议|部部长[^。，、\n]{0,12}(?:表示|介绍|说|指出|称|透露|接受|答|在)|部[\u4e00-\u9fff]{1,6}?司司?长[\u4e00-\u9fff]{0,4}(?:表示|介绍|说|指出|称|透露)|(?:国家(?:统计局|发展改革委|发改委)|国新办)[^。，、\n]{0,8}(?:新闻发言人|发言人|举行|召开|负责同志)|全国政协[^。，、\n]{0,12}(?:新闻发布会|新闻发言人)|国家[\u4e00-\u9fff]{1,8}?(?:局|委员会|委)(?:近日|日前|于\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?(?:印发|发布|公布)(?:了)?[《“「]/;

/**
 * The scope words of each level. A 地区 (和田地区, 塔城地区) is a prefecture: its whole (全地区), its party committee (地委, 和田地委书记), its
 * office (行署) and its departments opening a clause (地区工信局) are a city's, and the 区 of 地区…局 is no district's, nor
 * that of a park, town part or scenic area (园区发展格局, 城区, 社区, 景区). A 格局, 布局, 大局 or 全局 is no city bureau
 * (城市发展新格局), as 局面 is not.
 */
const LEVEL_WORDS: readonly [RegionLevel, RegExp][] = [
  ['province', /全省|我省|省(?!委)[^\s，。、市县区]{0,8}?(?:厅|委)/g],
  [
    'city',
    /全市|我市|全州|我州|全地区|市[^\s，。、]{0,8}?(?<![格布大全变结当])局(?!面)|地委书记|(?:^|(?<=[^\u4e00-\u9fff]|[在和与、]))(?:地委|行署|地区[\u4e00-\u9fff]{1,5}?(?<![格布大全变结当])局(?!面))/gm,
  ],
  // 区域发展新格局 is no district's bureau: 区域 and 区间 are words, and a 格局 or 布局 no 局 (as a city's).
  ['district', /全区|我区|全县|我县|全旗|我旗|(?:县|(?<![地园城社景片校街矿山])区(?![域间]))[^\s，。、]{0,8}?(?<![格布大全变结当])局(?!面)/g],
];

/**
 * 居全省第2位, 高于全省平均, 全省率先, 列全省, 全省排第7位, 高出全省0.1个百分点, 占全省比重, 获评全省…先进县 (an award the level above gives): the level above, named to rank the issuer against it, not
 * the level the document speaks for; so is one the issuer keeps pace with (与全国全省同步, 与全省同步).
 */
function ranksAgainst(text: string, at: number, length: number): boolean {
  return (
    /^(?:第|前|首|平均|排名|排第|排在|排位|领先|率先|同类|唯一)/.test(text.slice(at + length, at + length + 2)) ||
    // 率先在全区召开, 在全省率先: the first of the level above to act, a rank against it.
    /率先在$/.test(text.slice(Math.max(0, at - 3), at)) ||
    // 入围2024年全省开发区…十强榜单: the year of a list the issuer enters may stand between.
    /[居列占]$|(?:获评|荣获|评为|入选|入围|列入|跻身)(?:\d{4}\s*年度?)?$/.test(text.slice(Math.max(0, at - 9), at)) ||
    // 高出全省0.1个百分点, 分别高于全国、全省6.1、5.7个百分点: the level above, as what a figure is measured against.
    /(?:高出|高于|低于|快于|慢于|超出)(?:全国[、和])?$/.test(text.slice(Math.max(0, at - 5), at)) ||
    // 与全国全省同步基本实现现代化: the level above, named as what the issuer keeps pace with.
    // (Not a scope acting at once, 全省同步推进: only after 与.)
    (/^(?:同步|一道)/.test(text.slice(at + length, at + length + 2)) && /与(?:全国[、和]?)?$/.test(text.slice(Math.max(0, at - 4), at))) ||
    // 建设全国精品丝绸加工基地、全省优质茧生产基地: statures listed from the nation down, the level above as the reach of a
    // base or title the issuer aims at (not 全国、全省同步, read above, nor 全省 opening its own clause).
    /全国[^，。；,;！？\n]{1,30}、$/.test(text.slice(Math.max(0, at - 32), at)) ||
    inCitedTitle(text, at)
  );
}

/**
 * Inside a document's title in 《》 (落实《河南省人民政府办公厅关于印发…的通知》): the scope words of whoever wrote the cited
 * document, not of the text. (Looked for within a title's length before `at` only.)
 */
function inCitedTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const open = before.lastIndexOf('《');
  return open !== -1 && !before.includes('》', open);
}

function readLevel(text: string): RegionLevel | null {
  let best: RegionLevel | null = null;
  let bestCount = 0;
  let tiedWithProvince: RegionLevel | null = null;
  for (const [level, pattern] of LEVEL_WORDS) {
    const count = [...text.matchAll(pattern)].filter((m) => !ranksAgainst(text, m.index, m[0].length)).length;
    if (count > bestCount) [best, bestCount] = [level, count];
    else if (count > 0 && count === bestCount && best === 'province' && !tiedWithProvince) tiedWithProvince = level;
  }
  // 发挥我市…优势，打造全省…高地: a text that says 我市 (我县, 我区) and never 我省 speaks for the lower level when the
  // province's words are no more; 全省 is then the stage it means to lead.
  if (tiedWithProvince && SPEAKS_AS_LOWER.test(text) && !/我省/.test(text)) return tiedWithProvince;
  return best;
}
/** The first person of a city, a county or a district (我市, 我州, 我县, 我区, 我旗). */
const SPEAKS_AS_LOWER = /我[市州县区旗]/;

/**
 * A region named three times or more and more than twice as often as any other: what the text is about. A county the text
 * writes whole at least once counts its short form too (崇川区经济运行分析会 once, then 崇川将…, 崇川的“头等大事”): once
 * written whole, a news report goes on by the short name, as 息烽 after 息烽县 (a short form never written whole may be
 * a word, 惠民活动, and is not counted).
 */
function dominantRegion(text: string): { name: string; level: RegionLevel } | null {
  const shorts = countyShortForms(text);
  // 上海崇明区概况 … 崇明作为…: a district of 北京, 天津, 上海 or 重庆 written whole counts its short form too, as a county does.
  const municipal = municipalShortForms(text);
  // (Its short forms are counted apart from its full name: 崇明区 twice and 崇明 four times more.)
  const times = (r: RegionEntry, n: number) => Math.max(n, shorts.get(r) ?? 0, n + (municipal.get(r.name)?.count ?? 0));
  const counts = [...countMentions(text)].map(([r, n]): [RegionEntry, number] => [r, n > 0 ? times(r, n) : n]).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  if (!first || first[1] < 3 || (second && second[1] * 2 >= first[1])) return null;
  return { name: first[0].name, level: first[0].level };
}

/**
 * The lowest of the regions a text names when they all lie on one line of descent (湖南 › 湘潭: 贯彻…关于湖南和湘潭
 * 重要讲话; 池州 alone): a text with no issuer phrase and no scope word names the regions above it, and its own.
 */
function lowestOfChain(text: string): { name: string; level: RegionLevel } | null {
  const mentions = countMentions(text);
  // Named once, in a firm's, a site's or a spirit's name (引进太原天然气公司, 中国西藏网>即时新闻, 弘扬延安精神): no region the
  // text speaks for, as 记者从杭州银行获悉 names no issuer, nor one on its line of descent.
  const named = [...mentions.keys()].filter((r) => mentions.get(r) !== 1 || !firmNamed(text, r.short));
  if (named.length === 0 || named.length > 3 || namesUnknownDistrict(text)) return null;
  // One region left beside a body's or a spirit's name off its line (弘扬延安精神 … 北京将率先…): an example the text cites,
  // not the speaker (陕西省…延安精神: 延安 lies below 陕西; 中国西藏网 over 北京市海淀区 … 北京市 still names a line of two).
  if (named.length === 1 && [...mentions.keys()].some((r) => !lineOfDescent(r).has(named[0]!.name))) return null;
  const lowest = named.reduce((a, b) => (LEVEL_RANK[b.level] > LEVEL_RANK[a.level] ? b : a));
  const line = lineOfDescent(lowest);
  return named.every((r) => line.has(r.name)) ? { name: lowest.name, level: lowest.level } : null;
}
/**
 * A body's name going on from a place's (太原天然气公司, 杭州银行, 兰州大学): the bodies a reporter's source may be,
 * SOURCE_ORGANISATION; or a spirit named after where it was born (延安精神, 大庆精神), which names no place that speaks.
 */
const BODY_NAMED_AFTER = new RegExp(`^(?:[\\u4e00-\\u9fff]{0,6}?(?:${SOURCE_ORGANISATION.source})|精神)`);
/** `short` opens a firm's or an institution's name (太原天然气公司, 杭州银行, 兰州大学). */
function firmNamed(text: string, short: string): boolean {
  const at = text.indexOf(short);
  return at !== -1 && BODY_NAMED_AFTER.test(text.slice(at + short.length, at + short.length + 10));
}

/**
 * A county or district the gazetteer does not know, written with its suffix and again by its short form (良庆区发展…,
 * 深入良庆考察): the regions the text names are above it, so the lowest of them is not the issuer.
 */
function namesUnknownDistrict(text: string): boolean {
  // Each short form is counted once, by looking for a second one: splitting the whole text at every
  // match made the scan quadratic in a text naming many districts.
  const counted = new Set<string>();
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2})[区县旗]/g)) {
    const short = m[1]!;
    if (counted.has(short) || /[全我本该各城新市省州的是和与在了]/.test(short) || areaWordStem(short) || findRegion(m[0])) continue;
    counted.add(short);
    if (text.indexOf(short, text.indexOf(short) + short.length) !== -1) return true;
  }
  return false;
}
const LEVEL_RANK: Record<RegionLevel, number> = { national: -1, province: 0, city: 1, district: 2 };

/** 结合眉山实际, 立足X的实际, 从X实际出发: the region a text is fitted to, with its words (结合全市实际 names none). */
const FITTED_TO = /(?:结合|立足|从)([\u4e00-\u9fff]{2,8}?)的?实际/g;

/** The one known region of the level the text speaks for that it says it is fitted to (two different ones: none). */
function regionFittedTo(text: string, level: RegionLevel): string | null {
  const fitted = new Set<string>();
  for (const m of text.matchAll(FITTED_TO)) {
    const region = findRegion(m[1]!);
    if (region?.level === level) fitted.add(region.name);
  }
  return fitted.size === 1 ? [...fitted][0]! : null;
}

/**
 * The region of `level` the text names most. Regions named as often as each other name none — a wrong region is worse than
 * none (长白山 spells 白山 once, 长春理工大学 长春 once) — unless the tie is told apart (`tieBroken`). Two districts so named are
 * the county's partners (与宁陕县、镇坪县合作 under 全县), as two counties the gazetteer lacked, written whole, never did.
 */
function mostMentioned(text: string, level: RegionLevel): string | null {
  let best: RegionEntry[] = [];
  let bestCount = 0;
  for (const [region, written] of countMentions(text)) {
    // 位于岳阳前列, 稳居南宁市县域第一: the prefecture a county-level city is ranked in is not the speaker.
    const count = region.level !== level ? 0 : level === 'city' ? written - rankingMentions(text, region.name) : written;
    if (count <= 0 || count < bestCount) continue;
    best = count === bestCount ? [...best, region] : [region];
    bestCount = count;
  }
  return best.length <= 1 ? (best[0]?.name ?? null) : (tieBroken(text, best, level)?.name ?? null);
}

/**
 * Of regions of one level named as often as each other, the one the text tells apart: a district written whole beside one
 * whose short form is a word's characters (茶叶集散 spells 叶集 of 叶集区 beside 将高县建成 written whole), else one the text
 * keeps naming by its short form (融水 four times more beside 忻府区 in a list of links); a city whose own districts the
 * text names (金安区, 裕安区, 叶集区 beside 六安 and 合肥 once each: a city's table of its districts' progress).
 */
function tieBroken(text: string, tied: readonly RegionEntry[], level: RegionLevel): RegionEntry | undefined {
  if (level !== 'district') return namedInOpening(text, tied) ?? cityOfNamedDistricts(text, tied);
  const whole = tied.filter((r) => text.includes(r.name));
  return whole.length === 1 ? whole[0] : keptByShortForm(text, whole);
}

/**
 * Of `tied` regions, the one named first, when that is in the text's first third (江苏信保>连云港>金融资讯, 黑龙江省五大连池市
 * 以高质量发展统揽全局, 对迪庆提出的要求): a text introduces what it is about; a region first met further on is met in passing
 * (长白山 spells 白山 near the end, 合肥信息学院 in a table's last rows).
 */
function namedInOpening(text: string, tied: readonly RegionEntry[]): RegionEntry | undefined {
  const [first] = tied.map((r): [RegionEntry, number] => [r, text.indexOf(r.short)]).sort((a, b) => a[1] - b[1]);
  return first && first[1] * 3 < text.length ? first[0] : undefined;
}

/** Of `tied` districts, the one written (whole or by its short form) more than twice as often as each other, and twice more. */
function keptByShortForm(text: string, tied: readonly RegionEntry[]): RegionEntry | undefined {
  const shorts = countyShortForms(text);
  const [first, second] = tied.map((r): [RegionEntry, number] => [r, shorts.get(r) ?? 0]).sort((a, b) => b[1] - a[1]);
  // Once against none is no lead (浙江安吉县、江苏溧阳市: 安吉 not counted beside its province).
  return first && second && first[1] > 2 * second[1] && first[1] - second[1] >= 2 ? first[0] : undefined;
}

/** Of `tied` regions, the one alone that districts the text names lie below (金安区 and 裕安区 below 六安市, none below 合肥市). */
function cityOfNamedDistricts(text: string, tied: readonly RegionEntry[]): RegionEntry | undefined {
  const districts = [...countMentions(text).keys()].filter((r) => r.level === 'district');
  const holding = tied.filter((city) => districts.some((d) => d.parent === city.name));
  return holding.length === 1 ? holding[0] : undefined;
}
