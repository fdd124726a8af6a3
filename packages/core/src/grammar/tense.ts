/**
 * Tense cues: where a text starts reporting results (初步统计, 去年, 2022年 before the plan year,
 * 1-11月, 已达…) or setting targets (预期目标, 力争, 今年, 到2025年, “十四五”末…), each with the
 * year it speaks of when it names one. The grammar gives a number the role of the nearest cue
 * before it; the reader carries a sentence's last cue into the next sentences of its paragraph.
 * One pass over the text, in order.
 */
import { matchesHolding, matchesOf } from './matches.ts';
import { stopFinder } from './stop-finder.ts';
import { parseNumber } from './numbers.ts';
import { scanTokens, type PeriodToken, type Tokens } from './scan.ts';
import {
  LEVEL_COMPARED_AFTER,
  LEVEL_COMPARED_BEFORE,
  YEAR_PLAN_SHARE_VERB,
  AIM_YAO,
  AIM,
  DEADLINE_YEAR,
  AIMED,
  AIMING_VERBS,
  AIM_VERB,
  AIMS_AN_ESTIMATE,
  AIM_OR_PLAN,
  PLANNED_OR_DUE,
  PLANNED_YEAR,
  SENTENCE_PLANS,
  GOAL_BOUND_WORDS,
  seasonsIn,
  STRIVING,
  AIMED_VERBS,
  BENCHMARK_WORDS,
  byLength,
  COMPARISON_MARKS,
  EXPECTATION_MEASURE_AFTER,
  EXPECTATION_SLOGAN_BEFORE,
  FIVE_YEAR_GOALS_BEFORE,
  FUNDS_NOUNS,
  LAST_YEAR_WORDS,
  MEASURED_AGAINST,
  OBJECT_MARKING_JIANG,
  NEW_YEAR_WORDS,
  PAST_SPAN_WORDS,
  QUOTED_GOAL_NAME,
  PAST_YEAR_WORDS,
  mayNamePeriod,
  PERIOD_NAMES,
  NAMED_OR_SET_GOAL,
  PLAN_CUES,
  STRIVING_AIMS,
  PERIOD_YEARS,
  PURPOSE_SERVED,
  RESULT_CUES,
  TEN_YEAR_SPAN_WORDS,
  thisYearEstimated,
  ESTIMATED_PART_OF_YEAR,
  ESTIMATE_VERB,
  FIRST_PLACE_HELD,
  holdsPlace,
  RANK_ALONE_CLAUSE,
  RANK_HELD,
  writesRankAlone,
} from './words.ts';

export type Tense = 'result' | 'plan';

export interface TenseCue {
  start: number;
  end: number;
  /** Null for a year that says when but not which way (no plan year to compare it with). */
  tense: Tense | null;
  /** The year the cue speaks of: 2022年, 去年 (plan year − 1), 今年, 到2025年, “十四五”末. */
  year?: number;
  /** A month period (1-11月) or a past year: a result whose period the grammar reads itself. */
  source: 'word' | 'year' | 'month' | 'period';
  /** A cue inside a parenthesis governs only up to its close (扣除2022年…支出外): the aside's end. */
  until?: number;
  /** 今后五年, 未来三年: a span the sentences after it go on planning for (not a one-sentence deadline). */
  span?: true;
  /** 初步预计, 预计全年: a cue of results given as estimates. */
  estimate?: true;
  /** 比“十二五”期末: a closed period a change is measured from (progress to date, no year of its own). */
  compared?: true;
  /** 过去五年: what a result's period is called when it is no single year (the cue's year is the span's last). */
  label?: string;
}

export interface TenseContext {
  /** The year the text plans for (or reviews, in a review part). */
  year?: number;
  /** The year 今年 means (default: `year`); 明年 is the one after. */
  thisYear?: number;
  /** A text that sets no target: `year` is a year of results too. */
  reportsOnly?: boolean;
  /** A passage reviewing the year under way (一、今年以来工作情况): its 今年 is the year reviewed, a result. */
  yearUnderWay?: boolean;
  /** The year the passage speaks of (its results' year, a plan's due year), when it named one (StatementContext.defaultYear). */
  defaultYear?: number;
  /**
   * The sentence goes on a paragraph whose sentences so far report results (not its first sentence): the plan's own year
   * written there with no word of aim after it dates results, as a year gone by does (`yearGoesOnReporting`).
   */
  resultsGoOn?: boolean;
  /** The passage's tense: in one that reports, 争取 of funds from above is obtaining (向上争取…). */
  defaultRole?: 'target' | 'actual';
  /** Under a heading that names goals (二、主要预期目标, 一、工作目标): a record or streak its lines close on is aimed at. */
  underGoals?: boolean;
  /**
   * The year a span of work ahead (未来五年, 用3年时间) ends at, when the text's year is its one written horizon rather than
   * the year it was written in (未来五年的主要目标…到2026年 with no issue year): the span is counted to that horizon, not from it.
   */
  spanEnd?: number;
  /**
   * The last year of a plan period the whole text looks back on, when that is the year it speaks of (回望“十三五” read in
   * 2020): the period's end written as a time there (“十三五”末，全市累计建成…) is the end reached, a result.
   */
  periodClosed?: number;
}
/** 向上争取, 争取上级/中央/国家/省级…: obtaining from the bodies above (`before|after` the word). */
const OBTAINED_FROM_ABOVE = /^(?:向上\|.*|[^|]*\|(?:上级|中央|国家|省级|省里|到))/;
/** 共争取, 累计争取, 已争取, 成功争取: a total won, said of what was done (in a passage that reports). */
const OBTAINED_IN_ALL = /(?:共|累计|已|成功)$/;
/**
 * 争取增发国债项目69个, 争取超长期特别国债“两重”建设项目54个: projects funded by the state's bonds, counted right after
 * 项目 — what was won from above. (Not 争取国债资金项目开工30个: a count of projects to start.)
 */
const BOND_PROJECTS_WON = /^[^，。；,;！？\n\d]{0,6}?(?:国债|专项债券?)[^，。；,;！？\n\d]{0,12}?项目\s*\d/;

/**
 * 争取各类项目73个, 争取中省资金5.2亿元: projects or funds counted right after their noun — what was won, whoever gave it
 * (in a passage that reports). Not projects to start (争取…项目开工30个), nor a noun the figure does not count (争取项目早日落地).
 */
const PROJECTS_OR_FUNDS_WON = /^[^，。；,;！？\n\d]{0,8}?(?:项目|资金)[^，。；,;！？\n\d开]{0,6}?\d/;

function obtainedFromAbove(text: string, start: number, end: number): boolean {
  const before = charsBefore(text, start, 2);
  const after = text.slice(end, end + 30);
  return (
    OBTAINED_FROM_ABOVE.test(before + '|' + text.slice(end, end + 3)) ||
    OBTAINED_IN_ALL.test(before) ||
    BOND_PROJECTS_WON.test(after) ||
    PROJECTS_OR_FUNDS_WON.test(after)
  );
}

/**
 * 计划 right before a verb of work (全州计划实施的…项目805个, 计划新开工…, 计划完成投资…): the work planned, a plan's
 * figures even in a paragraph that reports the year so far. (计划 alone stays no cue: 计划生育, 为年计划的44%.)
 */
const PLANNED_WORK: readonly string[] = [
  '计划实施',
  '计划新开工',
  '计划开工',
  '计划完成',
  '计划建设',
  '计划推进',
  '计划安排',
  // The other verbs of work a plan schedules so (计划新建…, 计划改造…, 计划培训…人次, 计划举办…场): the same shape.
  '计划新建',
  '计划新增',
  '计划建成',
  '计划改造',
  '计划打造',
  '计划培训',
  '计划引进',
  '计划招引',
  '计划举办',
  '计划种植',
  '计划投入',
  '计划发放',
  '计划实现',
  '计划达到',
];

/** The verbs of work PLANNED_WORK took in round 30 (计划新建 … 计划达到): not after 按/按照 (NOT_A_CUE). */
const PLANNED_WORK_WIDENED: readonly string[] = PLANNED_WORK.slice(PLANNED_WORK.indexOf('计划新建'));

/** A figure in the striving word's own clause, or the colon that opens the list of its aims. */
const AIM_FIGURE_IN_CLAUSE = /^[^，,。；;！？\n]*?(?:[0-9０-９]|[：:])/;

const WORDS: readonly (readonly [string, Tense])[] = byLength([
  ...RESULT_CUES.map((w) => [w, 'result'] as const),
  ...PLAN_CUES.map((w) => [w, 'plan'] as const),
  ...PLANNED_WORK.map((w) => [w, 'plan'] as const),
  ['今年', 'plan'] as const,
  ...NEW_YEAR_WORDS.map((w) => [w, 'plan'] as const),
  ['明年', 'plan'] as const,
  ['新年伊始', 'result'] as const,
  ...LAST_YEAR_WORDS.map((w) => [w, 'result'] as const),
]);
const WORD_PATTERN = new RegExp(WORDS.map(([w]) => w).join('|'), 'g');
const TENSE_OF = new Map(WORDS);
/** The last years of the five-year plan periods (2020, 2025): a 这五年 said in one of them runs up to it. */
const PERIOD_LAST_YEARS: ReadonlySet<number> = new Set([...PERIOD_YEARS.values()].map((p) => p.last));
const PERIOD_PATTERN = new RegExp(`(${PERIOD_NAMES})[”"’]?(规划)?(末期|期末|末|时期|期间|这五年|以来|(?:发展|主要)?(?:成就|成绩))`, 'g');
/**
 * A five-year plan named as setting its indicators, counted (“十五五”规划…设置了29项主要指标，包括：…; 规画, as a Taiwan repost
 * writes 规划): the figures listed after it are its targets, due at the period's end. Not 规划设置的各项指标 (no count: an aim
 * of the year may follow).
 */
const PLAN_SETS_INDICATORS = new RegExp(
  `(${PERIOD_NAMES})[”"’」]?(?:规划|规画)(?:纲要)?[^。；;\\n]{0,60}?(?:设置|设定|提出|确定|明确)了?[^。；;\\n]{0,6}?(?:\\d+|[一二三四五六七八九十两]+)项[^。；;\\n]{0,8}?指标[^。；;\\n\\d]{0,6}?[：:，,]`,
  'g',
);
/** 回望“十四五”, 回首“十三五”: a period looked back on (as 回望2022年 is a year reviewed). */
const LOOKED_BACK_PERIOD = new RegExp(`(?:回望|回首)[“"‘]?(${PERIOD_NAMES})[”"’]?`, 'g');
/** “十四五”发展成就, “十四五”成绩: what a period brought, named as a review's heading. */
const ACHIEVED = /成就|成绩/;
/** 巩固“十四五”发展成就, 在“十四五”成绩基础上: achievements built on, the frame of a plan, no review. */
const BUILT_ON = /(?:巩固|拓展|巩固拓展|用好|依托|基于|在)[“"‘]?$/;
/** A plan period named right before 这五年 (“十五五”这五年): the period, not the five years just ended, says its tense. */
const PERIOD_BEFORE = new RegExp(`(?:${PERIOD_NAMES})[”"’]?(?:规划)?$`);
/** Characters before a written year that make it a comparison base (比2020年, 从2017年的). */
const BASE_MARKS = new Set([...COMPARISON_MARKS, '从', '由', '自']);
/** Characters before 去年/上年/过去五年 that make it a base: compared with (比上年) or the start of a change (由上年的7.3:38.8:53.9调整为…, 从去年的…增加到…). */
/** After a decade's words: 的基础上 (a base), or an aim right after it (这十年要…, 这十年里将…, 这十年，力争…). */
const DECADE_AS_BASE_OR_AIMED = /^(?:[^，,。；;！？\n]{0,6}基础(?:上|之上)|[里间中]?[，,]?\s*(?:要|将|必须|力争|争取|确保))/;
/** Before a decade's words in its clause: a word that aims (要把过去十年…, 力争在这十年…) — the decade is no time of results. */
const DECADE_IN_AN_AIM = /(?:要|必须|力争|争取|确保)[^，,。；;！？\n]{0,8}$/;
const LAST_YEAR_BASE_MARKS = new Set([...COMPARISON_MARKS, '从', '由']);
/** 从“十二五”末的35%提高到50%: a period starting a change, its end figure said at 提高到 (the words between no clause). */
const CHANGE_FROM_PERIOD = /的[^，。；,;！？\n]{1,20}?(?:提高|增加|增长|上升|下降|降低|扩大|提升|减少)(?:到|至)/y;
/** 延续去年的…势头, 保持了去年的…态势: a verb carrying last year's trend on, before 去年的. */
const CONTINUED_FROM = /(?:延续|延续了|承接|接续|保持|保持了)$/;
/** Words that name a goal as what work is aimed at, with no sentence break before the 目标. */
const AIMED_AT = new RegExp(`(?:${AIMED_VERBS})[^。；！？\\n]*$`);
/**
 * 以…为 right before 目标 with no figure between (以建设农业强州为目标, 以全面推进乡村振兴为目标): the purpose work is framed by,
 * a slogan. (以地区生产总值突破100亿元为目标 names its figure: a target.)
 */
const PURPOSE_FRAME = /以[^以，,。；;！？\n\d%％]{2,24}为$/;
/**
 * A character before 了 that makes it a verb's perfective: not 为了, 除了, 不了, 罢了, 得了; nor a verb
 * of setting targets (目标定了, 提出了, 明确了, 部署了, 安排了), nor 翻了一番, which plans too.
 */
const PERFECTIVE_BEFORE = /[\u4e00-\u9fff]/;
const NOT_PERFECTIVE_BEFORE = new Set(['为', '除', '不', '罢', '得', '免', '少', '多', '好', '了', '到', '定', '出', '确', '署', '排', '划', '翻']);
/** 了解, 了结, 了如, 了却, 了断: words, not a verb's 了. */
const NOT_PERFECTIVE_AFTER = /[解结如却断]/;
/**
 * 编制了《…》, 起草了《…》: a plan drafted, whose figures are what it plans. Not any verb before 《:
 * 出台了《…措施》，新增市场主体2万户 reports what was done.
 */
const DRAFTED = /(?:编制|起草|拟定|修编|编写)$/;
/** 强调了, 表示了, 要求了: a verb of saying, whose words (often quoted: 强调了…，“落实…项目1200个”) are what was said, not done. */
const SPOKEN = /(?:强调|表示|要求|指出|提到|谈到)$/;
/**
 * 体现了, 考虑了, 反映了: a verb that explains a figure (失业率5.5%左右，体现了…就业优先的要求), as a story on a report
 * says why a target was set — what it reflects, not what was done.
 */
const EXPLAINING = /(?:体现|考虑|反映|兼顾|表明)$/;
/**
 * Targets reported met in the clause before 目标: a verb of meeting them said done (完成了…确定的目标任务,
 * 超额完成, 圆满实现, 较好地完成, 已完成, 提前完成, 提前两年实现), with no cue of planning before it (确保完成…目标 and
 * 力争提前完成 are plans).
 */
const TARGETS_MET = /(?:(?:完成|实现|达到)了|(?:超额|圆满|较好地|全面|已|提前(?:[一二两三四五\d]年)?)(?:完成|实现))[^，。；,;！？\n]*$/;
/**
 * Targets reported met after their 目标 (“五年成形”目标基本实现, 各项目标任务全面完成): a result, as 完成了…目标 is — unless a
 * cue of planning stands before it in its clause (确保全年目标如期实现 plans).
 */
const TARGETS_MET_AFTER = /^(?:任务)?(?:已经?|均已|全部|均)?(?:基本|全面|如期|顺利|圆满|提前|超额)(?:实现|完成|达成)/;
/**
 * 奋力实现全年目标圆满完成, 推动…目标全面完成, 加快…相继开工: work striving or pushed for earlier in the clause, so what
 * follows is its aim, a plan still.
 */
const STRIVES_FOR = /(?:奋力|全力|推动|推进|加快|促进|力促|督促|保证|保障|力保)[^，。；,;！？\n]*$/;
/**
 * 完成目标任务的103.1%: the share of a target reached, a result (确保完成目标任务的100% plans: PLANS_IN_CLAUSE); the goal's
 * figure may stand in brackets before 的 (年度投资目标（1237.6亿元）的55.98%) or bare, a sum of money (年度任务目标132亿元的65.89%).
 */
/** After a goal's name, its figure in brackets if given, then 的 and the share (（1237.6亿元）的55.98%): shared with statements.ts. */
export const GOAL_SHARE_AFTER = String.raw`(?:任务)?(?:\s*[（(][^（()）\n]{0,16}[）)])?的\s*\d`;
// Here the goal's figure may also stand bare, with its unit (年度任务目标132亿元的65.89%, 全年目标任务80个的57.5%).
const COMPLETION_OF = /^(?:任务)?(?:\s*[（(][^（()）\n]{0,16}[）)]|\s*\d+(?:\.\d+)?\s*[^\s\d的，。；,;、]{1,3})?的\s*\d/;
/**
 * The verb of a completion ratio before its 目标, with the year's plan as its object (完成全年计划目标的45.4%,
 * 占年度目标的63.88%, 占年度任务目标…的65.89%, 达到全年目标的52%, 为年度投资目标（1237.6亿元）的55.98%, 为上半年投资目标的113.39%): the share of
 * the goal reached so far, a result (not 作为/成为/视为…目标).
 */
/** The verb of a share of a goal reached (完成, 达到, 占, 为 but 作为/成为/认为/视为): shared with statements.ts. */
export const GOAL_SHARE_VERB = '(?:完成|达到|占|(?<![作成认视])为)(?:了)?';
/**
 * Who set the goal, and when, between the verb and the goal's name (完成年初人代会目标45亿元的116%, 完成市下达目标的98%,
 * 达到省定目标的105%, 完成年初确定目标的102%): the goal is still the yardstick of the share reached.
 */
const GOAL_SETTER = '(?:年初)?(?:[省市县区州镇]|上级|人代会|人大)?(?:下达|确定|确立|制定|设定|定)?的?';
/**
 * The goal's figure before its name (达到全年1.8万亿元目标的120%): a number and a unit of up to three characters — not a year
 * (完成2025年目标的80%: the goal of a year, no figure).
 */
const GOAL_FIGURE = String.raw`(?:(?!\d{4}\s*年)\d+(?:\.\d+)?\s*[^\s\d的，。；,;、]{1,3})?`;
/** The time of the year's goal (全年, 年度, 上半年…) and its kind (投资计划, 任务) around it. */
const GOAL_TIME = '(?:全年|年度|本年度|今年|年|上半年|前三季度|[一二三四]季度)?';
const COMPLETED_SHARE_OF = new RegExp(`${GOAL_SHARE_VERB}${GOAL_TIME}(?:投资)?(?:计划|预期|任务)?$`);
/** The same with the goal's setter or figure named (GOAL_SETTER, GOAL_FIGURE): 完成市下达目标的103%, 达到全年1.8万亿元目标的120%. */
const COMPLETED_SHARE_OF_NAMED = new RegExp(`${GOAL_SHARE_VERB}${GOAL_SETTER}${GOAL_TIME}${GOAL_FIGURE}(?:投资)?(?:计划|预期|任务)?$`);
/**
 * A 目标 said met, with no cue of planning in the 30 characters before it: by a verb said done before it (TARGETS_MET), as
 * the share of it reached (完成全年目标的56.6%: COMPLETED_SHARE_OF, COMPLETION_OF) or by a verb after it (TARGETS_MET_AFTER,
 * unless work strives for it: STRIVES_FOR).
 */
function saysTargetsMet(text: string, word: string, start: number, end: number, reportsProgress: () => boolean): boolean {
  const before = word.includes('目标') ? charsBefore(text, start, 30) : '';
  if (before === '' || PLANS_IN_CLAUSE.test(before)) return false;
  const after = text.slice(end, end + 26);
  if (TARGETS_MET.test(before)) return true;
  if (COMPLETED_SHARE_OF.test(before) && COMPLETION_OF.test(after)) return true;
  // 完成市下达目标的100%以上, 达到年初确定目标的100% in work points: the share a plan sets (m28r) — the goal's setter or
  // figure named is a result only where the passage reports or the sentence gives months before it (1至10月，…完成市下达目标的91%).
  if (COMPLETED_SHARE_OF_NAMED.test(before) && COMPLETION_OF.test(after) && reportsProgress()) return true;
  return TARGETS_MET_AFTER.test(after) && !STRIVES_FOR.test(before);
}
/** A verb of striving earlier in the clause (words.ts STRIVING: 确保, 力争, 要, 将…, not the goal's own 目标 or 预期). */
const PLANS_IN_CLAUSE = new RegExp(`(?:${STRIVING})[^，。；,;！？\\n]*$`);
/** Whether a cue of planning (力争, 确保, 要…) stands earlier in the clause that reaches `pos` (30 characters back at most). */
export const plannedInClause = (text: string, pos: number): boolean => PLANS_IN_CLAUSE.test(text.slice(Math.max(0, pos - 30), pos));
/**
 * 用3年时间, 用五年左右的时间, 通过3年左右时间, 今后五年, 未来三年: a span of work counted from the plan year
 * (过去五年 is no plan: only these words open one).
 */
/** 从2015—2017年，用三年时间…: the span's years written right before the words of it — it ends at the last of them. */
const SPAN_WRITTEN_BEFORE = /\d{4}\s*[—–\-－~～至到]+\s*(\d{4})\s*年[，,]?\s*$/;
const YEARS_OF_WORK =
  /(?:(?:用|通过|经过)\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,2})\s*年(?:左右)?的?时间|(?:今后|未来)\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,2})\s*年)/g;
/** Whether a span ahead (未来五年, at `start`–`end`) opens its sentence and no figure follows it there: the span's vision. */
const opensSpanVision = (text: string, start: number, end: number): boolean => /^\s*$/.test(text.slice(0, start)) && !/\d/.test(text.slice(end));
const DATE_AFTER = /^\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]/;
/** 年初 right after a year, then 预期目标是/目标为 later in the sentence: the year's goals as set at its start. */
const GOALS_SET_AT_YEAR_START = /^年?年?初[^。！？；;\n]*?(?:预期目标|目标)(?:是|为|定为)/;
/** 创 before a year that 以来 follows: a record over the span from that year (创2010年以来最好位次). */
const RECORD_SINCE_BEFORE = /创$/;
/** 以来 then a record word after a year (2019年以来最高, 以来的同期新高, 以来首次): the span a record is set over. */
const RECORD_SINCE_AFTER = /^以来的?(?:最[高好低大快多少]|新[高低]|同期(?:最|新)|首次)/;
/**
 * 项目数量为近年来最多, 均创近年来新高: the recent years as the span a record is set over (a record word right after 近年来), no
 * review of them — the sentence's other cues say the tense (今年计划实施项目数量为近年来最多 plans).
 */
const RECORD_OVER_RECENT_YEARS = /^的?(?:最[高好低大快多少]|之最|新[高低]|同期(?:最|新)|首次)/;
/**
 * A plan or an aim before such a record in its sentence (今年计划实施项目数量为近年来最多, 今年力争…，创近年来新高): the record is
 * planned. Without one the record was set (今年我县小麦平均亩产512公斤，为近年来最高 in news of the harvest) and 近年来 stays a cue.
 */
const RECORD_PLANNED_BEFORE = new RegExp(AIM_OR_PLAN);
/** After a year, what makes it a base a change is measured from (2020年基础上, 在2020年水平上). */
const BASE_AFTER = /^的?(?:基础|水平)上/;

/**
 * Funds as the object of 争取, the sum or a clause break right after them: 新争取国家政策性资金4700多亿元, 争取上级专项资金，,
 * 争取中央预算内资金、超长期特别国债等上级资金297.2亿元 (a list of funds);
 * or the sum first, 争取到24.2亿元的超长期特别国债 (a sum in 元, so 争取到2025年 stays a plan);
 * and a review's heading saying obtaining them went well (争取资金成效显著, 向上争取资金工作成效明显).
 * Not funds that only qualify what is striven for (争取银行贷款投放增长10%, 争取国债资金项目开工30个, 争取额度内项目全部开工).
 */
const FUNDS_OBTAINED = new RegExp(
  String.raw`^(?:[^，。；,;！？\n\d]{0,24}?(?:${FUNDS_NOUNS}|额度)(?=\s*(?:超过|超|达到|达|近|约|共计|共|累计)?\s*[\d一二三四五六七八九十两百千]|[，。；,;！？\n]|$|(?:工作)?成效(?:显著|明显|突出|良好))|到?\s*\d[\d.]*\s*[万亿]*元的?[^，。；,;！？\n\d]{0,10}?(?:${FUNDS_NOUNS}|额度))`,
);

/** OBJECT_MARKING_JIANG matched at one place only: a search from each 将 went on through every later 将 of the text. */
const OBJECT_MARKING_JIANG_AT = new RegExp(OBJECT_MARKING_JIANG.source, 'y');

/** 将 as 把 (将创新摆在…, 将…作为): it marks an object, it says nothing of the future. */
function marksObject(text: string, start: number): boolean {
  OBJECT_MARKING_JIANG_AT.lastIndex = start;
  return OBJECT_MARKING_JIANG_AT.test(text);
}

/**
 * 已 whose clause only says a plan was issued (…计划经市人大审议，已于2月20日正式印发，共安排重点项目380个): the issuing is
 * done, but what follows is what the plan arranges, so the 已 reports nothing of its figures. The plan is named before
 * the 已 in its sentence; the clause after it holds no more than a day of the month and the verb of issuing (a year
 * there, 已于去年印发, dates a plan of the past).
 */
const ISSUED_CLAUSE =
  /^(?:于\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:上旬|中旬|下旬|底)?|近日|日前)\s*)?(?:正式)?(?:印发|下达|发布|出台|公布)(?:实施|执行)?(?=[，,；;。]|$)/;
const PLAN_NAMED_BEFORE = /(?:计划|方案|规划|要点|清单)[^。！？\n]{0,24}$/;
function issuesAPlan(text: string, start: number, end: number): boolean {
  return ISSUED_CLAUSE.test(text.slice(end, end + 24)) && PLAN_NAMED_BEFORE.test(sentenceBefore(text, start));
}

/** What after 显示 makes it a noun, a display (大数据显示屏, 显示器件), not what a report or the data show. */
const DISPLAY_NOUN_AFTER = /^(?:屏|器|面板|模组|终端)/;
/** 预计上半年将, 预测到5月底…将: an estimate of a part of the year under way, up to its 将 (the measure may stand between). */
const PART_OF_YEAR_ESTIMATED = new RegExp(`${ESTIMATED_PART_OF_YEAR}[^，。；;,\\n将]{0,12}$`);

/**
 * 1-5月…完成投资29亿元，预测上半年将完成…: the 将 of an estimate of the months under way (PART_OF_YEAR_ESTIMATED) after months
 * from January reported with a figure in its sentence — a period scan.ts read (1-5月, 截至4月底, 前5个月, 一季度) with a
 * figure between it and the estimate. Not 今年一季度实现开门红，预计上半年将…: no months reported, its sentence plans.
 */
function estimatesAfterMonthsReported(text: string, at: number, periods: readonly PeriodToken[]): boolean {
  const window = charsBefore(text, at, 28);
  const estimate = PART_OF_YEAR_ESTIMATED.exec(window);
  if (!estimate) return false;
  const estimateAt = at - window.length + estimate.index;
  const from = estimateAt - sentenceBefore(text, estimateAt).length;
  for (let k = countStartingBefore(periods, from); k < periods.length && periods[k]!.end <= estimateAt; k++) {
    if (periods[k]!.fromMonth === 1 && FIGURE.test(text.slice(periods[k]!.end, estimateAt))) return true;
  }
  return false;
}
const FIGURE = /\d/;
/** Before 预计全市 in its sentence: a year planned (今年, 力争, 到2027年), or what a project will bring once built (建成后). */
const PLANNED_BEFORE_ESTIMATE = new RegExp(`${PLANNED_YEAR}|(?:建成|投产|达产|运营|实施)后`);

/** 报告提出，…; 报告还明确：…: a report's proposals announced, with the comma or colon right after the verb. */
const REPORT_PROPOSES = /报告(?:还|也|同时|并)?\s*(?:提出|明确|部署)(?:[，,：:]|(?=(?:居民|城镇|国内|全[国省市县区]|地区)[^，,。；;\d]{0,16}?\d))/g;
/**
 * 目标8%，完成8.3%; GDP目标增长8%、实际增长7.2%; 增长目标8%和实际增长7.9%: a goal's figure, then — after a comma, 、 or 和 —
 * 完成, 实现 or 实际… right before a figure: what came about, set beside the goal, a result (group 1, the result word). Not
 * 目标增长8%，完成投资… (a noun after the verb: a plan's next task), nor 实际增长 alone (real growth, a plan's measure too).
 */
/**
 * After RESULT_BESIDE_GOAL's word, what it does not report (m28r): a year (完成2024年度固定资产投资计划150亿元 — the year's next
 * task), or a figure with a bound (实际增长6%左右, 完成8.5%以上 — a plan's real growth or a share aimed at).
 */
const AIMED_BESIDE_GOAL = /^\s*(?:\d{4}\s*年|\d[\d.]*\s*(?:%|个?百分点|[^\d\s，。；,;、]{1,3}?)?\s*(?:左右|以上|以内|以下))/;
const RESULT_BESIDE_GOAL =
  /目标(?:增速|增幅|增长|值)?(?:为|是)?\s*\d[\d.]{0,10}\s*(?:%|个?百分点|[^\d\s、，,。；;：:和]{1,3})?(?:左右|以上)?\s*[、，,和]\s*(实际(?:增长|完成|实现|为|达到?)?|完成|实现)(?=\s*\d)/g;
/**
 * 而实际涨幅为2.1%, 实际全年城镇新增就业1361万人, 实际上，…: what actually came about, set against the figure a report
 * proposed — a result (not 实际利用外资, 实际到位资金, 实际增长 — a measure's name or real growth — nor 结合实际).
 */
// (The look-behind follows the word: leading, it is tried at every position of the sentence, the word first lets the
// engine skip to it — several times faster, the same matches.)
const ACTUALLY = /实际(?<=(?:^|[而但，,。；;\s])实际)(?=上|全年|涨幅|增幅|增速|完成|实现|为|达到?)/g;
/**
 * A count of a plan's tasks on or off schedule, then 为 naming them (…进度11项、占比20.0%，为 / 分别为 / 主要是); not 为 a
 * share of the year's tasks (为全年任务的60%) or a number.
 */
const COUNTED_TASKS_NAMED =
  /(?:序时|时序)?进度\s*\d+\s*项(?:[、，,]\s*占比\s*[\d.]+\s*%)?[，,]\s*(?:分别|主要)?[为是](?!\s*\d|[^，,。；;]{0,8}?(?:全年|年度|计划|任务|总数)的)/g;
/** A year opening a clause (2024年，贵州将…): not a date (2024年1月), a span's start (2024年以来) or a base (比2024年). */
// (The look-behind after the year's first digit, so only digits try it.)
const CLAUSE_YEAR = /(\d(?<![比较由从至到]\d)\d{3})\s*年(?!\s*\d{1,2}\s*月|以来|的|末|底)/g;
/**
 * 2024年，贵州将坚持…，预计全省地区生产总值增长5.5%左右 in a 2024 report: the plan year (or a later one) written
 * before 预计全省 in its sentence makes it the year's aim, as 今年 does — not the year before estimated.
 */
const planYearBefore = (before: string, thisYear: number): boolean => matchesOf(CLAUSE_YEAR, before).some((m) => Number(m[1]) >= thisYear);
/**
 * A year written right before 预计全省 (2024年预计全省生产总值增长5.2%, 2024年，预计全市…): the year estimated, when it is one
 * before the year under way — so in news of a report of results only, whose 预计 otherwise estimates that year. Not a deadline
 * (到2027年预计…) nor a base (比2024年).
 */
const YEAR_BEFORE_ESTIMATE = /(\d(?<![比较由从至到]\d)\d{3})\s*年[，,]?\s*$/;

/** 占年计划的64.26%, 达到年计划的73.91%, 为年度投资计划的102%: progress measured against the year's plan. */
const PROGRESS_AGAINST_PLAN = new RegExp(`${YEAR_PLAN_SHARE_VERB}的?\\s*\\d+(?:\\.\\d+)?\\s*%`, 'g');

/**
 * Words of a result falling short of its target by a gap, or standing off it (塌目标, 落后于目标, 慢于目标; 距目标, 差目标, 未达目标, 超目标,
 * 高出目标 and 比目标 with 高/低 after it: GAP_SIDE).
 */
const SHORT_OF_WORDS = ['塌', '落后于', '落后', '慢于', '距', '差', '未达', '高出', '超', '比'];
/** 比目标高1个百分点, 比目标低0.5个百分点: the side of the gap between the 目标 and its figure. */
const GAP_SIDE = '[高低]?';
/** Whose target a gap is measured to, when named: the year's, or the one set at its start. */
const TARGET_OF_YEAR = '(?:年度|全年|年初|预期)?';
/** 塌目标, 落后于年度目标: the words right before a 目标 a result fell short of. */
const SHORT_OF_TARGET_BEFORE = new RegExp(`(?:${SHORT_OF_WORDS.join('|')})${TARGET_OF_YEAR}$`);
/**
 * 增长6.1%，低于目标0.9个百分点; 同比增长3.2%，塌目标1.8个百分点; 高于目标2.1个百分点: a figure followed by its gap
 * to the year's target is what was reached, measured against the goal — a result (the gap itself too, Decisions 14).
 */
const GAP_TO_TARGET = new RegExp(
  `[，,]\\s*(?:${[...BENCHMARK_WORDS, ...SHORT_OF_WORDS].join('|')})${TARGET_OF_YEAR}目标值?${GAP_SIDE}\\s*\\d+(?:\\.\\d+)?\\s*个?百分点`,
  'g',
);
/** Words before such a gap, in its sentence, that aim at the figure instead (力争增长8%，高于目标1个百分点). */
const AIMED_BEFORE_GAP = new RegExp(AIMING_VERBS);

/**
 * A sentence going on to say its figures are the achievements a report or a speaker summed up or showed (…粮食年产量稳定在
 * 58亿斤左右……在…会议上，政府工作报告总结了“十四五”时期的成就; …用一组数据，直观展现了…过去十年取得的发展成效): the
 * figures before those words are what was achieved.
 */
const ACHIEVEMENTS_SUMMED_UP = /(?:总结|回顾|展现|展示|彰显|见证|晒出)了[^，。；,;！？\n\d]{0,20}?(?:成就|成绩|成效|成果|答卷)/g;
/** Words of aim in such a sentence before the words that sum it up (not 今年, news's own year so far, nor 将近, nearly). */
const AIMED_BEFORE_SUMMED = new RegExp(`${AIM}|将(?!近)|计划|拟|${AIM_YAO}|${DEADLINE_YEAR}|明年|年内`);
/** How far back the figures such words sum up are looked for (a news lede's list of achievements). */
const SUMMED_UP_REACH = 200;

/**
 * The year of achievements summed up: a plan period's last year when the words name one that has closed or closes in the text's
 * year (总结了“十四五”时期的成就 in a 2026 report: 2025); none for a decade up to now (展现了…过去十年取得的发展成效: the
 * passage dates it, as 这十年 is); else, in a passage that plans, the year before the plan's, as a record set is.
 */
function summedUpYear(words: string, context: TenseContext, thisYear: number | undefined): number | undefined {
  const period = mayNamePeriod(words) ? PERIOD_NAMED.exec(words) : null;
  const last = period ? PERIOD_YEARS.get(period[1]!)?.last : undefined;
  if (last !== undefined && (context.year === undefined || last <= context.year)) return last;
  if (/十年/.test(words)) return undefined;
  return planningPassage(context) && thisYear !== undefined ? thisYear - 1 : undefined;
}
/** A plan period named (“十四五”, 十三五): its name, for PERIOD_YEARS. */
const PERIOD_NAMED = new RegExp(`(${PERIOD_NAMES})`);

/** Where the items of a list between `from` and `to` start: `from`, and each 、 or comma (a cue stands before its item's figure). */
function itemStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (let i = from; i < to; i++) if (ITEM_BREAKS.has(text[i]!)) starts.push(i);
  return starts;
}
const ITEM_BREAKS = new Set(['、', '，', ',']);

/** Words that make a figure measured against the year's plan one aimed at (words.ts AIMED). */
const PLANNED_IN_PROGRESS = new RegExp(AIMED);
/** 年度计划投资196.83亿元, 年度投资计划1015亿元, 计划完成投资3500亿元: the year's planned investment, a figure after it. */
const YEAR_PROGRAMME_INVESTMENT = /(?:(?:年度|全年|年)(?:计划投资|投资计划)|计划完成投资)(?:为|达)?\s*\d/g;
/** A sentence break (。！？ or a line break). */
const SENTENCE_BREAK = /[。！？\n]/g;
/** Words of progress or results in a programme's sentence (已, 完成, 累计, 截至, months but a dateline's 5月10日, 开工 but 新开工): a report, not the programme. */
const PROGRESS_IN_PROGRAMME = /已|(?<!计划)完成|累计|截至|截止|开复|复工|(?<![新划])开工|动工|竣工|投产|月(?!\s*\d{1,2}\s*日)|季度|上半年|了/g;
/** The same, searched once after a programme's planned figure (not global: no shared lastIndex). */
const PROGRESS_AFTER_PROGRAMME = new RegExp(PROGRESS_IN_PROGRAMME.source);

/**
 * The plan cues of sentences that close on the year's planned investment: at the first 项目 of each such sentence with
 * no progress word before the figure. The sentence's start, its first 项目 and its first progress word are found once
 * per sentence, walking forward: a sentence of many such figures is not read again from its start for each (quadratic).
 * (No progress word nor 项目 can end past the figure's 年度/全年/年 but 上半年, whose 上半 holds no other word.)
 */
function programmeCues(text: string): TenseCue[] {
  const cues: TenseCue[] = [];
  let start = 0;
  let projects = -1;
  let progressEnd = -1;
  // (The first break is found at the first figure only: most sentences have none.)
  let nextBreak: RegExpExecArray | null | undefined;
  let sentenceRead = false;
  // (Most sentences name no programme's investment: not searched for a pattern tried at every 年.)
  if (!text.includes('计划投资') && !text.includes('投资计划') && !text.includes('计划完成投资')) return cues;
  for (const m of matchesOf(YEAR_PROGRAMME_INVESTMENT, text)) {
    if (nextBreak === undefined) {
      SENTENCE_BREAK.lastIndex = 0;
      nextBreak = SENTENCE_BREAK.exec(text);
    }
    while (nextBreak && nextBreak.index < m.index) {
      start = nextBreak.index + 1;
      sentenceRead = false;
      nextBreak = SENTENCE_BREAK.exec(text);
    }
    if (!sentenceRead) {
      sentenceRead = true;
      projects = text.indexOf('项目', start);
      PROGRESS_IN_PROGRAMME.lastIndex = start;
      const progress = PROGRESS_IN_PROGRAMME.exec(text);
      progressEnd = progress ? progress.index + progress[0].length : -1;
    }
    const sentenceStates = projects >= 0 && projects + 2 <= m.index && (progressEnd < 0 || progressEnd > m.index);
    const at = sentenceStates ? projects : programmePartStart(text, Math.max(start, m.index - PROGRAMME_PART_REACH), m.index);
    if (at < 0) continue;
    // (Up to the first progress word after the figure in its sentence: 年度计划投资120亿元，完成投资60亿元 — the progress
    // reads as before; 年度计划投资98亿元，其中新开工项目40项 — the programme's parts stay planned. Read within 200 characters.)
    const figureEnd = m.index + m[0].length;
    const reportedAfter = PROGRESS_AFTER_PROGRAMME.exec(text.slice(figureEnd, Math.min(nextBreak?.index ?? text.length, figureEnd + 200)));
    cues.push({ start: at, end: at, tense: 'plan', source: 'word', ...(reportedAfter ? { until: figureEnd + reportedAfter.index } : {}) });
  }
  return cues;
}

/** How far back from a programme's planned investment its part (；在建项目185项，总投资…，年度计划投资…) is looked for. */
const PROGRAMME_PART_REACH = 80;
/** Where a part of a sentence begins: after ；, or after 其中 (其中：在建项目…) that opens a programme's parts. */
const PROGRAMME_PART_BREAK = /[；;]|其中[：:]?/g;
/** A count before the projects it counts, at a part's start (45个新开工项目, 39宗新开工项目). */
const COUNT_AT_START = /^\s*\d/;

/**
 * 1-6月完成投资…，其中：在建项目185项，总投资1330亿元，年度计划投资327亿元，1-6月完成投资…；预备项目188项，…: a progress
 * report that walks through the programme's parts, each part stating its projects and planned investment before its
 * progress. The part (after the last ； or 其中 in `from`..`figure`) with 项目 and no progress word before the figure states
 * the year's programme: the plan cue's place (its count when the count comes first), or -1.
 */
function programmePartStart(text: string, from: number, figure: number): number {
  const window = text.slice(from, figure);
  let partStart = -1;
  for (const m of matchesOf(PROGRAMME_PART_BREAK, window)) partStart = m.index + m[0].length;
  if (partStart < 0) return -1;
  const part = window.slice(partStart);
  const projects = part.indexOf('项目');
  if (projects < 0 || projects + 2 > part.length) return -1;
  PROGRESS_IN_PROGRAMME.lastIndex = 0;
  if (PROGRESS_IN_PROGRAMME.test(part)) return -1;
  // (A count first is cued from the break before it: a cue at the figure's own place would not govern it.)
  return from + partStart + (COUNT_AT_START.test(part) ? -1 : projects);
}

/**
 * 需种子1200吨, 需要农药300吨, 需检修的农机具8000台: what a task needs, with its figure in the clause — not what is left to do
 * (还需, 尚需, 仍需, 亟需), what is needed by a thing (所需, 急需, 必需, 无需), how little a reform leaves (只需, 仅需: 只需1个工作日),
 * demand (需求) or a measure (化学需氧量, 需水量, 需电量: 需, a character, 量).
 */
const NEED_WITH_FIGURE = /(?<![所急无必还尚仍亟只仅])需要?(?!求|[\u4e00-\u9fff]?量)(?=[^，。；,;！？\n\d]{0,12}\d)/g;

/**
 * 已筹集资金20亿元，达到66%；需化肥2万吨，已到位1.2万吨: a need stated beside the preparations made for it is the year's
 * aim, up to its clause's end — whatever result the clause before reported; the clause after (已到位…) reads as before.
 */
function needCues(text: string): TenseCue[] {
  // (Most sentences name no need: not searched for a pattern tried at every 需.)
  if (!text.includes('需')) return [];
  return matchesOf(NEED_WITH_FIGURE, text)
    .filter((m) => !RATE_OR_CAPACITY_BEFORE.test(clauseBefore(text, m.index)))
    .filter((m) => !fundingShare(text, m.index, m.index + m[0].length))
    .filter((m) => !countedByStatistic(text, m.index))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      tense: 'plan' as const,
      source: 'word' as const,
      until: clauseEnd(text, m.index + m[0].length),
    }));
}

/**
 * 据统计，全县需救助的困难群众1200人; 统计显示，需要帮扶的…: needs counted — a statistic of how many need help or work, reported
 * as any statistic is (its result cue governs), no aim the year sets.
 */
const NEEDS_COUNTED = /(?:据统计|初步统计|统计显示|数据显示)[，,：:]?/g;
/**
 * Whether the 需 at `pos` stands in the clause a statistic governs: the statistic's own clause or the one right after its
 * lead-in (据统计，全县需救助的困难群众1200人) — not a later clause, where the plan states its need (据统计，全县现有危房1500户，
 * 需在年内改造800户: a target).
 */
function countedByStatistic(text: string, pos: number): boolean {
  const before = sentenceBefore(text, pos);
  let last: RegExpExecArray | null = null;
  for (const m of matchesOf(NEEDS_COUNTED, before)) last = m;
  return last !== null && !/[，,；;：:]/.test(before.slice(last.index + last[0].length));
}

/**
 * 总投资11亿元，拟申请中央补助1.5亿元，地方需自筹9.5亿元: a funding breakdown — the share a source must raise (需自筹, 需配套)
 * after the sentence states the total or another source — describes the project's money, no need the year aims at.
 */
function fundingShare(text: string, start: number, end: number): boolean {
  return FUNDING_SHARE_AFTER.test(text.slice(end, end + 4)) && FUNDING_STATED_BEFORE.test(sentenceBefore(text, start));
}
const FUNDING_SHARE_AFTER = /^(?:地方)?(?:自筹|配套)/;
const FUNDING_STATED_BEFORE = /总投资|申请|争取|补助|中央|省级/;

/** 每年需原料20万吨, 平均需跑1次, 人均需…, 建成后需…: a need per unit or of a thing once built — a rate or a capacity, no aim. */
const RATE_OR_CAPACITY_BEFORE = /每|平均|人均|建成后/;
/** The words before `pos` back to its clause's start (，；。！？ or a line break), at most 20 characters. */
function clauseBefore(text: string, pos: number): string {
  const window = text.slice(Math.max(0, pos - 20), pos);
  return window.slice(lastBreak(window, CLAUSE_BREAKS) + 1);
}

/** The words before `pos` back to the start of the clause before theirs (，；。！？ or a line break), at most 60 characters. */
function measuredClausesBefore(text: string, pos: number): string {
  const window = text.slice(Math.max(0, pos - 60), pos);
  const cut = lastBreak(window, CLAUSE_BREAKS);
  if (cut < 0) return window;
  // The clause of the figure measured: 完成投资1257.48亿元，达到年计划的73.91% — the one before the comma.
  return window.slice(lastBreak(window.slice(0, cut), CLAUSE_BREAKS) + 1);
}

/** The sentence's words before `pos` (back to 。！？ or a line break), at most 60 characters. */
function sentenceBefore(text: string, pos: number): string {
  const window = text.slice(Math.max(0, pos - 60), pos);
  return window.slice(lastBreak(window, SENTENCE_BREAKS) + 1);
}

const SENTENCE_BREAKS = ['。', '！', '？', '\n'];
const CLAUSE_BREAKS = ['，', ',', '；', ';', ...SENTENCE_BREAKS];
/** Where the last of `breaks` stands in `s`, or -1. */
const lastBreak = (s: string, breaks: readonly string[]): number => Math.max(...breaks.map((c) => s.lastIndexOf(c)));

/**
 * 预计全市…: a whole region's year estimated, the one before the plan's (a January report, or a December one
 * planning the next), as 去年 — or no cue: an estimate of the year planned (今年，预计全市…), of what a project
 * brings (建成后), or of months of the year under way (一季度，预计全市…: the months date it).
 */
function estimateCue(text: string, start: number, end: number, tokens: Pick<Tokens, 'periods'>, context: TenseContext): TenseCue | null {
  const before = sentenceBefore(text, start);
  if (PLANNED_BEFORE_ESTIMATE.test(before)) return null;
  if (tokens.periods.some((p) => p.end <= start && p.start >= start - before.length)) return null;
  const thisYear = context.thisYear ?? context.year;
  if (!context.reportsOnly && thisYear !== undefined && planYearBefore(before, thisYear)) return null;
  // (2024年预计全省… in a report's news of 2025: the year written right before the word is the one estimated.)
  const named = YEAR_BEFORE_ESTIMATE.exec(before);
  const written = named && thisYear !== undefined && Number(named[1]) < thisYear ? Number(named[1]) : undefined;
  const year = written ?? (thisYear === undefined ? undefined : context.reportsOnly ? thisYear : thisYear - 1);
  return { start, end, tense: 'result', ...(year !== undefined ? { year } : {}), source: 'word', estimate: true };
}

/**
 * An aim word, 计划, 拟, 预计, 任务 or a deadline (到2025年, 年底前) earlier in the clause of a total (计划全年共完成…, 年底前合计完成…;
 * words.ts PLANNED_OR_DUE): the total is planned or foreseen, not done.
 */
const PLANNED_TOTAL_BEFORE = new RegExp(`(?:${PLANNED_OR_DUE})[^，。；,;！？\\n]*$`);
/** 2023年至2024年，…: a span of years written out, earlier in the sentence. */
const SPAN_OF_YEARS_BEFORE = /((?:19|20)\d\d)\s*年?\s*(?:至|—|–|-)\s*((?:19|20)\d\d)\s*年[^。！？\n]*$/;
/** 2023年至2024年，全县共计完成…: a total over a span that began before the text's year and ends by it, done even in a plan. */
function closedSpanSummed(text: string, pos: number, context: TenseContext): boolean {
  const m = SPAN_OF_YEARS_BEFORE.exec(sentenceBefore(text, pos));
  const thisYear = context.thisYear ?? context.year;
  return m !== null && thisYear !== undefined && Number(m[1]) < thisYear && Number(m[2]) <= thisYear;
}
/** 共计, 已, 完成了 in the clause after a season: its work told as done. */
const DONE_IN_SEASON = /共计|已|完成了/;
/** A season whose figures are results: ended before the text's year, or ending in it with its clause saying the work is done. */
function seasonClosed(text: string, end: number, year: number, thisYear: number | undefined): boolean {
  if (thisYear === undefined || year < thisYear) return true;
  return DONE_IN_SEASON.test(text.slice(end, clauseEnd(text, end + 1)));
}

/**
 * Bodies other than the issuer whose forecasts news quotes (世界银行, 国际货币基金组织, 多家机构, 经济学家, 市场普遍): a pattern
 * source. Not 市场 alone (市场监管局预计…, the issuer's own department) nor 专家 (a project's appraisal); 机构 only as an
 * outside body (国际机构, 多家机构 — not 养老机构, 金融机构, the issuer's own sector); 普遍 only after one of them.
 */
const FORECASTERS =
  '世界银行|世行|国际货币基金组织|基金组织|IMF|经合组织|经济合作与发展组织|OECD|联合国|亚洲开发银行|亚开行|(?:多家|各大|国际|国内外|研究|评级|咨询|投资)机构|经济学家|分析师|分析人士|外界|市场普遍';
/** 预期 as a forecast's verb: not a slogan's (稳定预期, 提振市场预期) nor a goal's (预期目标). */
const FORECAST_EXPECTS = `预期(?<!(?:${EXPECTATION_SLOGAN_BEFORE.join('|')})预期)(?!目标)`;
/**
 * 世界银行预测，今年全球经济增长2.6%; 多家机构普遍预计，今年中国经济增速将达5%左右; 世界银行6月11日发布报告，预计…: a third
 * party's forecast, up to its verb and the verb's own ，or ： (a date or a report between, bounded). What it forecasts — the
 * clause after the verb — is nobody's target: an estimated result of the year it names or the year under way (corpus
 * Decisions 32), whatever 今年 or 将 stand in that clause; the issuer's own aims after it plan as ever.
 */
const THIRD_PARTY_FORECAST = new RegExp(`(?:${FORECASTERS})[^。；;！？!?\\n]{0,20}?(?:${ESTIMATE_VERB}|${FORECAST_EXPECTS}|估计)[，,：:]?`, 'g');
/** Every forecast's verb (预计, 预测, 预估, 预期, 估计) holds 预 or 估: a text with neither quotes none, and most have neither. */
const FORECAST_VERB_CHAR = /[预估]/;
/** THIRD_PARTY_FORECAST's matches in `text`: the one-character test spares most texts the forecasters' long alternation. */
const thirdPartyForecasts = (text: string): readonly RegExpExecArray[] => (FORECAST_VERB_CHAR.test(text) ? matchesOf(THIRD_PARTY_FORECAST, text) : []);
/**
 * …，2024年和2025年的增速分别为…; …，预期2024年的增长率为…: a clause opening on a year's measure (a year, or years joined, then
 * 的 and a bare rate word, 增速/增长率/增幅, then 为), perhaps after 预期/预计 — the same measure given for a further year, in the
 * voice of the clause before. Not a clause naming the issuer's own measure or aim (2025年的增长目标为6%, 2024年的数字经济规模要…,
 * 2025年的全市地区生产总值增长…): the issuer speaks again.
 */
const YEARS_MEASURE_OPENING = new RegExp(
  `^\\s*(?:${FORECAST_EXPECTS}|${ESTIMATE_VERB})?\\s*(?:19|20)\\d{2}\\s*年(?:\\s*(?:和|、|及|与|至)\\s*(?:19|20)\\d{2}\\s*年)*\\s*的\\s*(?:增速|增长率|增幅)(?:将|预计|预期)?\\s*(?:为|是|分别为|达到?)`,
);
/** How many further years' clauses a third party's voice runs over at most (a fixed bound: a forecast names a few years). */
const FURTHER_YEARS = 4;
/** Past each next clause of its sentence, from the clause break at `at`, that opens on a year's measure: a third party's voice going on. */
function voiceGoesOn(text: string, at: number): number {
  let end = at;
  for (let k = 0; k < FURTHER_YEARS && (text[end] === '，' || text[end] === ',') && YEARS_MEASURE_OPENING.test(text.slice(end + 1, end + 24)); k++) {
    end = clauseEnd(text, end + 1);
  }
  return end;
}
/** Where what a forecast holds ends: the clause after its verb (and the verb's own ，), and the clauses that give its measure for further years. */
const forecastEnd = (text: string, verbEnd: number): number => voiceGoesOn(text, clauseEnd(text, verbEnd));
/**
 * 按照世界银行的统计，2023年的增长率为2.6%，预期2024年的增长率为2.4%: a third party's figures cited — its own clause reports as
 * any statistic does, and the clauses after it that give the measure for a further year (YEARS_MEASURE_OPENING) are its forecast.
 */
/** CITED_FIGURES's nouns: a sentence without one cites no third party's figures (most: not searched). */
const CITED_WORDS = /统计|数据|测算/;
const CITED_FIGURES = new RegExp(`(?:按照|根据|据)(?:${FORECASTERS})的?(?:统计|数据|测算)[，,：:]?`, 'g');
/** Whether `pos` stands in what a third party forecasts (the clauses after its verb, or after its figures cited; a short fixed look-back). */
function insideForecast(text: string, pos: number): boolean {
  const before = sentenceBefore(text, pos);
  const from = pos - before.length;
  let inside = false;
  for (const m of thirdPartyForecasts(before)) inside = pos < forecastEnd(text, from + m.index + m[0].length);
  if (!CITED_WORDS.test(before)) return inside;
  for (const m of matchesOf(CITED_FIGURES, before)) {
    const own = clauseEnd(text, from + m.index + m[0].length);
    if (pos > own && pos < voiceGoesOn(text, own)) inside = true;
  }
  return inside;
}

/** 截至/截止(到) right before `start`, not under 力争/确保 in its clause (确保截至…, a deadline): the date a stock is reported at. */
const afterAsOf = (text: string, start: number): boolean => /截[至止]到?$/.test(charsBefore(text, start, 3)) && !plannedInClause(text, start);

/**
 * 截至今年11月底: as of a day of the year under way, a stock reported, as 截至2021年底 is (not under 力争/确保 in its clause:
 * 确保截至今年10月底完成…, a deadline; nor before 前, 截至今年6月底前).
 */
const asOfThisYear = (text: string, start: number, end: number, word: string): boolean =>
  word === '今年' && /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?!(?:底|末|份)?前)/.test(text.slice(end, end + 6)) && afterAsOf(text, start);

/** A passage that plans: neither a text of results only nor a passage read as reporting. */
const planningPassage = (context: TenseContext): boolean => context.defaultRole !== 'actual' && context.reportsOnly !== true;

/** The year results to date are of: the text's own in a text that reports, the year before in one that plans. */
const sinceYear = (thisYear: number, context: TenseContext): number =>
  context.reportsOnly === true || context.yearUnderWay === true ? thisYear : thisYear - 1;

/** Where the clause that holds `from` ends: its comma or sentence break (a short fixed search), or the text's end. */
const CLAUSE_BREAK = new RegExp(`[${CLAUSE_BREAKS.join('')}]`, 'g');
const clauseEnd = (text: string, from: number): number => nextBreak(text, from, CLAUSE_BREAK);
/** Where the sentence that holds `from` ends, as clauseEnd. */
const sentenceEndAfter = (text: string, from: number): number => nextBreak(text, from, SENTENCE_END);
const SENTENCE_END = new RegExp(SENTENCE_BREAK.source, 'g');
function nextBreak(text: string, from: number, breaks: RegExp): number {
  breaks.lastIndex = from;
  const m = breaks.exec(text.length - from > 200 ? text.slice(0, from + 200) : text);
  return m ? m.index : Math.min(text.length, from + 200);
}

/** Words that give the statistics of a year just closed (初步统计，全省生产总值增长14.5%). */
const YEAR_STATISTICS = new Set(['初步统计', '初步核算', '初步测算', '据统计', '经核算', '据核算']);

/**
 * 初步统计，… with no year or months in its sentence: the statistics of the year before the plan's (a
 * January report's, as 去年); of `year` itself in a text of results only; no year after a cue of
 * planning (今年，初步测算…) or when the sentence names a year or months of its own (初步核算，上半年…).
 */
function statisticsCue(text: string, start: number, end: number, dates: DatesOfSentences, context: TenseContext): TenseCue {
  const cue: TenseCue = { start, end, tense: 'result', source: 'word' };
  const thisYear = context.thisYear ?? context.year;
  const before = sentenceBefore(text, start);
  if (thisYear === undefined || PLANNED_BEFORE_ESTIMATE.test(before)) return cue;
  const stop = dates.sentenceEnd(end);
  const sentenceEnd = stop < 0 ? text.length : stop;
  const from = start - before.length;
  const sorted = dates.dates();
  const first = sorted[countStartingBefore(sorted, from)];
  const dated = first !== undefined && first.start < sentenceEnd;
  // In a text of results only its own year (in a review part, the year reviewed, not the 今年 counted from).
  return dated ? cue : { ...cue, year: context.reportsOnly ? (context.year ?? thisYear) : thisYear - 1 };
}

/** A clause that opens by saying a goal was reached (实现…, 完成…, 达到…), an adverb or two before the verb at most. */
const REACHED_GOAL_CLAUSE = /^[^，。；,;！？\n]{0,6}?(?:实现|完成|达到|达成)[^，。；,;！？\n]*$/;
/** 为实现…目标: the goal as a purpose (GOAL_SERVED's shape), which plans what follows. */
const PURPOSE_BEFORE = /为了?(?:实现|完成|达到)/;
/** What may follow the 目标 of such a clause: its end, or the next goal of a list (小康社会目标、赶超目标). */
const CLAUSE_END_AFTER = /^(?:[，。；,;！？、\n]|$)/;

/**
 * 目标 closing a clause that says the goal was reached, with no word of aim in it (…，实现比2010年翻一番的小康目标。):
 * said of results as often as of plans, so it sets no tense and the passage's stands.
 */
function closesReachedGoal(text: string, start: number, end: number): boolean {
  if (!CLAUSE_END_AFTER.test(text.slice(end, end + 1))) return false;
  const window = charsBefore(text, start, 40);
  const clause = window.slice(lastBreak(window, CLAUSE_BREAKS) + 1);
  // 提前四年实现, 超额完成, 完成了: said done, a result cue of its own (TARGETS_MET).
  if (TARGETS_MET.test(clause)) return false;
  return REACHED_GOAL_CLAUSE.test(clause) && !PURPOSE_BEFORE.test(clause) && !PLANS_IN_CLAUSE.test(clause);
}

/** Whether the 目标 ending at `end` closes a goal of history or one set before (百年奋斗目标, 既定的增长目标). */
function endsNamedOrSetGoal(text: string, end: number): boolean {
  const before = text.slice(Math.max(0, end - 14), end);
  return matchesOf(NAMED_OR_SET_GOAL, before).some((m) => m.index + m[0].length === before.length);
}

/** Whether the word at `start`–`end` stands inside a purpose results serve (为…打下/奠定…基础, PURPOSE_SERVED). */
function servesPurpose(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 32);
  const window = text.slice(from, Math.min(text.length, end + 48));
  for (const m of matchesOf(PURPOSE_SERVED, window)) if (from + m.index <= start && from + m.index + m[0].length >= end) return true;
  return false;
}

const charsBefore = (text: string, start: number, n: number): string => text.slice(Math.max(0, start - n), start);
/** Words before a first (首次突破…) in its sentence that put it ahead: a deadline (到2030年，…首次突破…), 有望 (expected). */
const FIRST_AHEAD = new RegExp(`有望|${DEADLINE_YEAR}`);
/** 今年61岁, 今年已经70岁: 今年 before a person's age. */
const AGE_AFTER = /^(?:已经?|刚|才|都)?\d{1,3}周?岁/;
const namesGoal = (word: string): boolean => word.includes('目标') || word.startsWith('预期');
/** Words of aim that a slogan's quoted name may hold (“两确保、三提升”). */
const AIMS_IN_NAMES: ReadonlySet<string> = new Set(['确保', '力争', '争取']);

/** 目标完成率, 目标任务完成率, 计划完成率: the words after a 目标 or 计划 that make it part of a completion rate's name. */
const COMPLETION_RATE_AFTER = /^(?:任务)?完成率/;

/**
 * A cue word that says nothing of tense where it stands: `words` says which cue words the check is about (read once per
 * word, see noCuesFor), `holds` whether this one, at `start`–`end`, is such a case.
 */
interface NoCue {
  words: (word: string) => boolean;
  holds: (text: string, start: number, end: number, context: TenseContext, word: string) => boolean;
}
const is =
  (...words: string[]) =>
  (word: string): boolean =>
    words.includes(word);

/** The month each season begins in (秋季学期 begins with 秋季, in September). */
const SEASON_START_MONTH: Readonly<Record<string, number>> = { 春: 3, 夏: 6, 秋: 9, 冬: 12 };
/** 秋季将…, 秋季学期将…: a season (group 1 its first character) right before 将. */
const SEASON_BEFORE_JIANG = /([春夏秋冬])季(?:学期)?\s*$/;
/**
 * 秋季将新开办学校, 秋季学期将新增学位: a school term's openings — the term begins with its season, so by its month they are done.
 * Farm or forest work of the season (秋季将完成冬小麦播种, 春季将完成植树造林) is still ahead in it: no such word, no reading.
 */
const SCHOOL_TERM_AFTER = /^[^，。；,;]{0,6}?(?:开办|开学|招生|学位|学校|幼儿园|中小学|投用)/;
/** 截至9月, 截止到今年8月底: the month a report stands at (group 1). */
const AS_OF_MONTH = /(?:截至|截止)到?\s*(?:今年|\d{4}\s*年)?\s*(\d{1,2})\s*月/;
/** Whether the 将 at `start` follows a season the month its sentence reports at (截至9月) has reached. */
function seasonBegunAsOf(text: string, start: number): boolean {
  const season = SEASON_BEFORE_JIANG.exec(charsBefore(text, start, 6));
  if (!season || !SCHOOL_TERM_AFTER.test(text.slice(start + 1, start + 16))) return false;
  const asOf = AS_OF_MONTH.exec(sentenceBefore(text, start));
  return asOf !== null && Number(asOf[1]) >= SEASON_START_MONTH[season[1]!]!;
}

/** 已申报的35个, 已签约的 20 个: a verb of two to four characters, 的 and a count — things picked by what was done to them. */
const ALREADY_OF_THINGS = /^经?[\u4e00-\u9fff]{1,4}的\s*\d/;
/**
 * A time ahead later in the clause (推动已签约的20个项目年内开工, …早日投产) or a word of striving later in the sentence
 * (全力推进已开工的25个项目建设，确保年内竣工15个): work pushed for is an aim only so — news of progress pushes too
 * (今年，我县加快推进已开工的45个重点项目建设 reports the projects under way, m28r).
 */
const AIMED_AFTER_PUSHED = new RegExp(`^(?:[^，。；,;！？\\n]*?(?:年内|年底前|月底前|尽快|早日)|[^。；;！？\\n]*?(?:${STRIVING}))`);

/** Cue words that say nothing of tense where they stand, each with why: tenseCues skips a word any of them holds for. */
const NOT_A_CUE: readonly NoCue[] = [
  // 数据显示屏: a display, no data shown.
  { words: (w) => w.endsWith('显示'), holds: (t, _s, e) => DISPLAY_NOUN_AFTER.test(t.slice(e, e + 2)) },
  // 而已, 不已, 自已 (a slip for 自己): no 已 of something done; …计划…已于2月20日正式印发: the issuing says nothing of its figures.
  { words: is('已'), holds: (t, s) => t[s - 1] === '而' || t[s - 1] === '不' || t[s - 1] === '自' },
  { words: is('已'), holds: (t, s, e) => issuesAPlan(t, s, e) },
  // 要加强已申报的35个国债项目…对接, 推动已签约的20个项目开工: 已…的 right before a count only says which things the aim or
  // the work pushed for in its clause acts on (ALREADY_OF_THINGS), no result reported.
  {
    words: (w) => w.startsWith('已'),
    holds: (t, s) =>
      ALREADY_OF_THINGS.test(t.slice(s + 1, s + 11)) &&
      (plannedInClause(t, s) || (STRIVES_FOR.test(charsBefore(t, s, 30)) && AIMED_AFTER_PUSHED.test(t.slice(s, s + 60)))),
  },
  // 今年计划…为近年来最多, 力争…创近年来新高: the span a planned record is set over, no years reviewed.
  {
    words: is('近年来', '近几年来', '近些年来'),
    holds: (t, s, e) => RECORD_OVER_RECENT_YEARS.test(t.slice(e, e + 6)) && RECORD_PLANNED_BEFORE.test(sentenceBefore(t, s)),
  },
  // 今后这五年; “十五五”这五年: the years ahead, or the period named before it, say the tense (今后这十年 too).
  { words: is('这五年', ...TEN_YEAR_SPAN_WORDS), holds: (t, s) => /(?:今后|未来|接下来)$/.test(charsBefore(t, s, 3)) },
  { words: is('这五年'), holds: (t, s) => PERIOD_BEFORE.test(charsBefore(t, s, 8)) },
  // 比过去十年平均水平高, 较过去十年: a decade compared with is a base, no span of results.
  { words: is(...TEN_YEAR_SPAN_WORDS), holds: (t, s) => LAST_YEAR_BASE_MARKS.has(t[s - 1] ?? '') },
  // 在过去十年的基础上, 要把过去十年积累的经验用好, 这十年要实现…翻番 (after 未来十年): a decade as a base, as the object of an
  // aim, or the decade ahead the next words aim over — no span of results (mend m31r).
  { words: is(...TEN_YEAR_SPAN_WORDS), holds: (t, _s, e) => DECADE_AS_BASE_OR_AIMED.test(t.slice(e, e + 12)) },
  { words: is(...TEN_YEAR_SPAN_WORDS), holds: (t, s) => DECADE_IN_AN_AIM.test(charsBefore(t, s, 12)) },
  // 稳就业、稳预期: expectations to steady, a slogan, set no target.
  { words: is('预期'), holds: (t, s) => EXPECTATION_SLOGAN_BEFORE.some((x) => t.startsWith(x, s - x.length)) },
  // 人均预期寿命, 预期指数: 预期 in a measure's name, no target set.
  { words: is('预期'), holds: (t, _s, e) => EXPECTATION_MEASURE_AFTER.some((x) => t.startsWith(x, e)) },
  // 目标完成率, 计划完成率: the goal or plan as the yardstick in a measure's name (a share reached), no target set. Read
  // from after the goal or plan, so the longer word 计划完成 (PLANNED_WORK) is the same case.
  { words: is('目标', '计划', '计划完成'), holds: (t, s) => COMPLETION_RATE_AFTER.test(t.slice(s + 2, s + 7)) },
  // 完成年度计划开工的80.8%, 占年度计划完成投资的…: the year's planned work as the yardstick of progress, none set.
  { words: (w) => PLANNED_WORK.includes(w), holds: (t, s) => /(?:完成|达到|占|为)了?(?:全年|年度|本年度|今年|年)?$/.test(charsBefore(t, s, 6)) },
  // 今年61岁的老张: a person's age now, no year planned.
  { words: is('今年'), holds: (t, _s, e) => AGE_AFTER.test(t.slice(e, e + 6)) },
  // 第二个百年奋斗目标, 实现既定的增长目标: a milestone of history or a goal set before, no target set here.
  { words: is('目标'), holds: (t, _s, e) => endsNamedOrSetGoal(t, e) },
  // …，实现比2010年翻一番的小康目标。: a goal reported reached as often as aimed at; the passage's tense stands.
  { words: is('目标'), holds: (t, s, e) => closesReachedGoal(t, s, e) },
  // 力求稳中求进，…; 努力完成各项任务，…; 奋力实现了…: an effort described, a manner of the work or a striving done, not an
  // aim stated — the striving words are a plan's only with the figure they aim at in their own clause (力求全年…增长6%,
  // 努力实现地区生产总值增长6.5%, 努力实现以下目标：) and never with the 了 of the thing done.
  { words: (w) => STRIVING_AIMS.includes(w), holds: (t, _s, e) => t[e] === '了' || !AIM_FIGURE_IN_CLAUSE.test(t.slice(e, e + 60)) },
  // 数据表明，我县消费潜力巨大。: what the data show with no figure of its own in its sentence, no tally reported (the figures
  // after it keep their passage's tense).
  { words: is('数据表明', '统计表明'), holds: (t, _s, e) => !/^[^。；！？\n]*[0-9０-９]/.test(t.slice(e, e + 80)) },
  // 全年按计划实现通车里程80公里: the work done as planned, said of results as of aims — the passage's tense stands.
  { words: (w) => PLANNED_WORK_WIDENED.includes(w), holds: (t, s) => /(?:按|按照|根据|依)$/.test(charsBefore(t, s, 2)) },
  // 将近, 即将, 并将其…; 将创新摆在…: no 将 of a plan.
  { words: is('将'), holds: (t, s, e) => t[e] === '近' || t[s - 1] === '即' || (t[s - 1] === '并' && t[e] === '其') },
  { words: is('将'), holds: (t, s) => marksObject(t, s) },
  // 预计全年将超过1200万人: the 将 of the estimate 预计全年 has just opened, no plan (预计全年 is a result cue of its own).
  // (Also with the measure between, 预计全年地区生产总值将超过1300亿元: the estimate's subject, no plan.)
  { words: is('将'), holds: (t, s) => /预计全年(?:[\u4e00-\u9fff“”]{2,12})?$/.test(charsBefore(t, s, 16)) },
  // 预计将超过35万亿元, 预计今年将超过 in a text that sets nothing: the 将 of an estimate, no plan (Decisions 3).
  // So is 预计上半年将完成…, 预测到5月底…将: the months under way estimated, in such a text (Decisions 31).
  // (Also in a text that plans, when its sentence reports months so far first: estimatesAfterMonthsReported, in tenseCues.)
  {
    words: is('将'),
    holds: (t, s, _e, c) =>
      c.reportsOnly === true && (/(?:预计|有望)(?:今年|全年)*$/.test(charsBefore(t, s, 6)) || PART_OF_YEAR_ESTIMATED.test(charsBefore(t, s, 28))),
  },
  // 计划共完成…, 力争全年共完成…: a total aimed at, no sum done. 共 only totals: a total is done only in a passage that reports
  // (as OBTAINED_IN_ALL's 共争取), so in one that plans (全年共完成造林5万亩 in a year's aims) the passage's tense stands.
  {
    words: is('共完成', '共计完成', '合计完成'),
    holds: (t, s, _e, c) => (planningPassage(c) && !closedSpanSummed(t, s, c)) || plannedInClause(t, s) || PLANNED_TOTAL_BEFORE.test(charsBefore(t, s, 20)),
  },
  // 世界银行预测，今年…将达…: the year under way and the 将 a third party forecasts, no plan of the issuer's (the forecast
  // itself is the cue: THIRD_PARTY_FORECAST in tenseCues) — only in the clause forecast, not the issuer's after it.
  { words: is('今年', '将', '有望', '预期'), holds: (t, s) => insideForecast(t, s) },
  // 截至9月，…秋季将新开办学校93所: a season the report's month has reached, its 将 said of a term already begun — what the
  // report counts as done by its date, no plan (a season still ahead, 截至9月…冬季将…, plans).
  { words: is('将'), holds: (t, s) => seasonBegunAsOf(t, s) },
  // 落实“一目标三聚焦四强化”总体思路, 聚焦“两确保、三提升”工作要求: a programme's quoted name, no goal set.
  { words: (w) => namesGoal(w) || AIMS_IN_NAMES.has(w), holds: (t, s) => insideQuotedGoalName(t, s) },
  // 项目资金争取再上台阶, 资金争取工作: 争取 as the noun of funds or projects sought, no aim of its own.
  { words: is('争取'), holds: (t, s) => /(?:项目|资金)$/.test(charsBefore(t, s, 2)) },
  // 围绕/朝着/紧扣 …目标: the goal work is aimed at, a slogan, sets no target (紧紧围绕“建田园嘉禾”目标).
  { words: is('目标'), holds: (t, s) => AIMED_AT.test(charsBefore(t, s, 30)) },
  // 以建设农业强州为目标: the purpose work is framed by, with no figure in it (PURPOSE_FRAME), sets no target.
  { words: is('目标'), holds: (t, s) => PURPOSE_FRAME.test(charsBefore(t, s, 30)) },
  // 实现“十四五”规划目标任务的关键一年: the five-year plan's goals as a year's frame, no target set.
  // (提前完成“十四五”规划目标, 超额完成“十三五”规划目标任务: the period's goals said met, a result cue: TARGETS_MET.)
  {
    words: (w) => w.includes('目标'),
    holds: (t, s) => FIVE_YEAR_GOALS_BEFORE.test(charsBefore(t, s, 20)) && !TARGETS_MET.test(charsBefore(t, s, 30)),
  },
  // 塌目标1.8个百分点, 落后目标3个百分点: the target a result fell short of, a yardstick (GAP_TO_TARGET), no target set.
  { words: is('目标'), holds: (t, s, e) => SHORT_OF_TARGET_BEFORE.test(charsBefore(t, s, 6)) && /^值?[高低]?\s*\d/.test(t.slice(e, e + 5)) },
  // 低于5.0%的控制目标, 好于预期: a yardstick a result is measured against, no target set.
  { words: namesGoal, holds: (t, s) => MEASURED_AGAINST.test(charsBefore(t, s, 32)) },
  // 争取 with funds as its object (新争取国家政策性资金4700多亿元, 争取上级资金10亿元) means obtaining them: the
  // verb of the sum, said of results and plans alike, so the passage's tense stands.
  { words: is('争取'), holds: (t, _s, e) => FUNDS_OBTAINED.test(t.slice(e, e + 40)) },
  // 力争首次突破…, 今年首次…, 到2030年…首次突破…, 有望首次…: a first aimed at, due or expected, not reported.
  {
    words: (w) => w.startsWith('首次'),
    holds: (t, s) => plannedInClause(t, s) || /今年|明年/.test(charsBefore(t, s, 8)) || FIRST_AHEAD.test(sentenceBefore(t, s)),
  },
  // 力争先后建成…, 要先后实现…, 今年先后…: steps aimed at, not reported.
  { words: (w) => w.startsWith('先后'), holds: (t, s) => plannedInClause(t, s) || /今年|明年/.test(charsBefore(t, s, 8)) },
  // 力争…以来累计: a total to date under a cue of planning in its clause is aimed at, not reported.
  { words: (w) => w.endsWith('以来'), holds: (t, s) => plannedInClause(t, s) },
  // 力争上游: an idiom of striving to be among the best, no aim set (STRIVING_IDIOM).
  { words: is('力争'), holds: (t, _s, e) => t.startsWith('上游', e) },
  // 为…确保“十四五”圆满收官打下了坚实基础: an aim that results so far serve, set elsewhere; the passage's tense stands.
  { words: () => true, holds: (t, s, e) => servesPurpose(t, s, e) },
];

/**
 * The checks of NOT_A_CUE about `word`, picked once per cue word (WORD_PATTERN's words are few): most checks are about
 * one word, and running all of them for every cue cost more than any pattern of the tense cues.
 */
const NO_CUES_BY_WORD = new Map<string, readonly NoCue[]>();
function noCuesFor(word: string): readonly NoCue[] {
  let found = NO_CUES_BY_WORD.get(word);
  if (!found) NO_CUES_BY_WORD.set(word, (found = NOT_A_CUE.filter((noCue) => noCue.words(word))));
  return found;
}
/** Whether one of NOT_A_CUE holds for `word` at [start, end). (A loop: a closure per word was one of the grammar's allocations.) */
function noCueHolds(text: string, start: number, end: number, context: TenseContext, word: string): boolean {
  for (const noCue of noCuesFor(word)) if (noCue.holds(text, start, end, context, word)) return true;
  return false;
}

/** A multiple right after a year's 的 (1.5倍, 2.3、2.8倍, 两倍): the year is its base. */
const MULTIPLE_OF_YEAR_AFTER = /^\s*[\d.一二两三四五六七八九十]+(?:\s*[、和及与]\s*[\d.一二两三四五六七八九十]+)*\s*倍/;

/** Years that date no figure: each test is given the text and the year's start and end. */
const NOT_A_YEAR_CUE: readonly ((t: string, s: number, e: number) => boolean)[] = [
  // 比2020年, 从2017年的, 2020年基础上, 2020年水平上: a base; 2020年4月22日: a date the text was given on.
  (t, s, e) => BASE_MARKS.has(t[s - 1] ?? '') || BASE_AFTER.test(t.slice(e, e + 4)) || DATE_AFTER.test(t.slice(e, e + 8)),
  // 以2020年为基点, 以2022年为基数（基期、基准）: the base a plan's growth is counted from, no date of the figures after it.
  (t, s, e) => t[s - 1] === '以' && BASE_YEAR_NAMED_AFTER.test(t.slice(e, e + 5)),
  // 在2020年的水平上: a base; 而在2019年，… dates what follows.
  (t, s, e) => t[s - 1] === '在' && t[e] === '的',
  // 改造2000年底前建成的老旧小区50个, 2005年前老旧小区: when the things were built, no date of the figure.
  (t, _s, e) => BUILT_BEFORE.test(t.slice(e, e + 12)),
  // 接近2018年全年水平, 恢复到2019年同期水平: a level a figure is compared with, no date of it.
  (t, s, e) => LEVEL_COMPARED_BEFORE.test(charsBefore(t, s, 4)) && LEVEL_COMPARED_AFTER.test(t.slice(e, e + 5)),
  // 是2015年的1.46倍: the base of a multiple.
  (t, s, e) => t[s - 1] === '是' && t[e] === '的',
  // 到2025年…达到2020年的1.5倍, 分别是2010年的2.3、2.8倍: a year whose multiple follows is the base, whatever verb
  // reaches it; the figure keeps the date its sentence gives it.
  (t, _s, e) => t[e] === '的' && MULTIPLE_OF_YEAR_AFTER.test(t.slice(e + 1, e + 24)),
  // 恢复到2019年的113%, 相当于2019年的九成: the level of an earlier year a result is measured against, its base.
  (t, s, e) => /(?:恢复|相当于)(?:到|至)?$/.test(charsBefore(t, s, 4)) && t[e] === '的',
  // 创2010年以来最好位次, 2019年以来同期新高: the start of the span a record is set over, no year of results.
  (t, s, e) => RECORD_SINCE_BEFORE.test(charsBefore(t, s, 1)) && t.startsWith('以来', e),
  (t, _s, e) => RECORD_SINCE_AFTER.test(t.slice(e, e + 8)),
  // 为到2035年…打好基础: the year a purpose looks to, no deadline of the figures around it.
  (t, s) => /为(?:到|至)?$/.test(charsBefore(t, s, 2)),
  // 力争在2025年5月底前完成2024年度中央财政高标准农田建设项目: a year's batch of a programme named inside the object of
  // a verb of work — the batch, no date of the figure (not 完成2024年度目标任务, the year's own goals).
  (t, s, e) => WORK_VERB_BEFORE_BATCH.test(charsBefore(t, s, 2)) && BATCH_OF_YEAR_AFTER.test(t.slice(e, e + 4)),
  // 截至5月10日，2020年省重点项目累计完成投资180亿元; 举行2023年重点项目集中开工仪式: a year naming a programme of key
  // projects — which programme, no date of the figures: the sentence's other cues and its passage say the tense.
  // (Only where another date governs its sentence: with none, the year written is the figures' own — 2023年市重点项目完成投资
  // 320亿元 in a 2024 report is 2023's result.)
  (t, s, e) => PROGRAMME_OF_YEAR_AFTER.test(t.slice(e, e + 12)) && OTHER_DATE_IN.test(sentenceBefore(t, s)),
];
/** Whether one of NOT_A_YEAR_CUE holds for the year at [start, end) (a loop, no closure per year). */
function notAYearCue(text: string, start: number, end: number): boolean {
  for (const noCue of NOT_A_YEAR_CUE) if (noCue(text, start, end)) return true;
  return false;
}
/** Another date before a programme's year in its sentence: an as-of day or month, months so far, the year under way. */
const OTHER_DATE_IN = /截至|截止|以来|\d{1,2}\s*月|[一二三四]季度|上半年|前三季度|今年|目前|当天|今天|日前/;
/** 省重点项目, 市级重大项目, 重点建设项目 right after a year: the year's programme named. */
const PROGRAMME_OF_YEAR_AFTER = /^度?\s*(?:全[省市县区州])?[省市县区州旗]?级?(?:重点|重大)(?:建设|投资)?项目/;
/** 为基点, 为基数, 为基期, 为基准, 为基础 after 以 and a year or its end (以2020年末为基数, 以“十三五”末为基期): a base. */
const BASE_YEAR_NAMED_AFTER = /^(?:末|底)?为基[点数期准础]/;
/** A verb of work right before a year that names a batch (完成2024年度…项目). */
const WORK_VERB_BEFORE_BATCH = /(?:完成|实施|建设|推进|建成)$/;
/** 年度 then a programme's name, not the year's own goals or plan (目标, 任务, 计划, 考核, 指标, 工作). */
const BATCH_OF_YEAR_AFTER = /^度(?!目标|任务|计划|考核|指标|工作|预算)[\u4e00-\u9fff]{2}/;

/**
 * What statisticsCue asks of every 初步统计 of a text, answered without reading the text or the tokens again for each:
 * where the sentence ends after a position (asked in increasing order), and the years and months, sorted by start.
 */
interface DatesOfSentences {
  sentenceEnd: (from: number) => number;
  dates: () => readonly { start: number }[];
}

function datesOfSentences(text: string, tokens: Pick<Tokens, 'years' | 'periods'>): DatesOfSentences {
  let dates: { start: number }[] | null = null;
  return {
    sentenceEnd: stopFinder(text, /[。！？\n]/g),
    dates: () => (dates ??= [...tokens.years, ...tokens.periods].sort((a, b) => a.start - b.start)),
  };
}

/** The words of aim that keep a period's end a deadline in a text reviewing it (closedEndReached). */
const END_AIMED = new RegExp(`${AIM_VERB}|将(?!近)|计划|拟|${AIM_YAO}`);
/**
 * A period's end written as a time (“十三五”末，…), not a deadline (到/至“十三五”末), in a text looking back on that period in its
 * last year (TenseContext.periodClosed): the end reached.
 */
function closedEndReached(text: string, m: RegExpExecArray, context: TenseContext): boolean {
  if (context.periodClosed !== PERIOD_YEARS.get(m[1]!)!.last || !/末/.test(m[3]!) || /[到至][“"‘]?$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
    return false;
  // (Not an end still aimed at in its sentence, 力争“十三五”末…达到45%, “十三五”末将达到…: a target of that year.)
  const from = Math.max(...[...'。；;！？!?\n'].map((c) => text.lastIndexOf(c, m.index - 1))) + 1;
  const stop = text.slice(m.index).search(/[。；;！？!?\n]/);
  return !END_AIMED.test(text.slice(from, stop < 0 ? text.length : m.index + stop));
}

/** Every tense cue in `text`, in order of position. */
/**
 * Whether the plan's own year, written inside a paragraph whose sentences so far report results (`resultsGoOn`), goes on
 * reporting: nothing after it in its sentence aims (AIMS_IN_SENTENCE: 力争, 要, 将, 计划, 今年, 到2025年… or a goal's bound,
 * 左右, 以上, 控制在…). A page written at the year's end (…634个贫困村退出。2020年全市粮食产量达到53.41万吨；过去一年，…。
 * 2024年争列省重点项目4个) tells that year's results so; a paragraph that opens on the year (2025年，推进…) or a sentence
 * that aims after it (2021年，要实现粮食产量稳定在23万吨以上) still plans.
 */
function yearGoesOnReporting(year: number, aimAfter: () => boolean, context: TenseContext): boolean {
  if (context.resultsGoOn !== true || context.defaultRole !== 'actual') return false;
  // (Not after results of an earlier year: 2023年…实际增长6.3%。2024年，全县地区生产总值增长6.1%。 turns from last year to the plan's.)
  return (context.defaultYear === undefined || context.defaultYear >= year) && !aimAfter();
}

/** A word of aim or a goal's bound (yearGoesOnReporting), looked for after each year in turn with one cursor (stopFinder). */
const AIMS_IN_SENTENCE = new RegExp(`${SENTENCE_PLANS}|${GOAL_BOUND_WORDS}`, 'g');

export function tenseCues(text: string, tokens: Pick<Tokens, 'years' | 'periods'>, context: TenseContext): TenseCue[] {
  const cues: TenseCue[] = [];
  const thisYear = context.thisYear ?? context.year;
  // Built at the first 初步统计 only: most sentences have none, and the finder's pattern and closures cost per sentence.
  let dates: DatesOfSentences | undefined;
  WORD_PATTERN.lastIndex = 0;
  for (let m = WORD_PATTERN.exec(text); m; m = WORD_PATTERN.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if (noCueHolds(text, start, end, context, word)) continue;
    if (word === '将' && estimatesAfterMonthsReported(text, start, tokens.periods)) continue;
    if (YEAR_STATISTICS.has(word)) {
      cues.push(statisticsCue(text, start, end, (dates ??= datesOfSentences(text, tokens)), context));
      continue;
    }
    if (word.startsWith('预计全') && word !== '预计全年') {
      const estimate = estimateCue(text, start, end, tokens, context);
      if (estimate) cues.push(estimate);
      continue;
    }
    // 完成了…确定的目标任务, 实现预期目标: targets met are a result.
    if (saysTargetsMet(text, word, start, end, () => context.defaultRole === 'actual' || tokens.periods.some((p) => p.end <= start))) {
      cues.push({ start, end, tense: 'result', source: 'word' });
      continue;
    }
    // 去年, 过去一年, 过去五年 (the span's last year, labelled as written): the year before the one a report plans
    // for — not a base (比去年增长, 较过去五年, 由上年的…调整为) nor 去年同期.
    if (LAST_YEAR_WORDS.includes(word) || PAST_YEAR_WORDS.includes(word) || PAST_SPAN_WORDS.includes(word)) {
      if (LAST_YEAR_BASE_MARKS.has(text[start - 1] ?? '') || text.startsWith('同期', end)) continue;
      // 每年在上一年基础上新增…: the year before each year of a plan, a base, not the year before the text's.
      if (word === '上一年' && (text[start - 1] === '在' || /^的?基础/.test(text.slice(end, end + 3)))) continue;
      // 工业延续去年的良好势头，规上工业增加值增长6.1%: last year's trend carried on, not the period of the figure.
      if (word === '去年' && text.startsWith('的', end) && CONTINUED_FROM.test(text.slice(Math.max(0, start - 4), start))) continue;
      // 十五年来, 2015年来: a longer span or a year since, not the five years just reviewed: results of no year.
      if (word.endsWith('年来') && /[0-9０-９〇零一二两三四五六七八九十百]/.test(text[start - 1] ?? '')) {
        cues.push({ start, end, tense: 'result', source: 'word' });
        continue;
      }
      // 10亿人次以上年均增长13.6%: the comparator 以上 and the 年 of 年均 (年内, 年末), not last year.
      if (word === '上年' && text[start - 1] === '以' && /^[均内末底度]/.test(text.slice(end))) continue;
      // 去年以来，… in a text speaking in the year after: results up to that year, as 2023年以来 (`sinceLastYear`).
      if (word === '去年' && thisYear !== undefined && sinceLastYear(text, { start, end, year: thisYear - 1 }, thisYear, context)) {
        cues.push({ start, end: end + 2, tense: 'result', year: thisYear, label: '去年以来', source: 'word' });
        continue;
      }
      const label = PAST_SPAN_WORDS.includes(word) ? { label: word } : {};
      cues.push({ start, end, tense: 'result', ...(thisYear !== undefined ? { year: thisYear - 1, ...label } : {}), source: 'word' });
      continue;
    }
    // 这五年是…发展最好的五年 in a report planning the year after them: the five years just ended, dated by their last
    // year as 过去五年 is; in a plan period's last year or a text that sets nothing, the years up to the one it speaks of.
    if (word === '这五年' && thisYear !== undefined) {
      const upToThisYear = context.reportsOnly === true || PERIOD_LAST_YEARS.has(thisYear);
      cues.push({ start, end, tense: 'result', year: upToThisYear ? thisYear : thisYear - 1, label: word, source: 'word' });
      continue;
    }
    // 新年伊始，…以重点项目建设为牵引。大会上，16个新招商项目签约: what the year under way has brought since it began,
    // results of 今年, not of a year the paragraph reviewed before it.
    if (word === '新年伊始') {
      cues.push({ start, end, tense: 'result', ...(thisYear !== undefined ? { year: thisYear } : {}), source: 'word' });
      continue;
    }
    // 新的一年 is 今年 in a report that has just reviewed the year before.
    if (word === '今年' || word === '明年' || NEW_YEAR_WORDS.includes(word)) {
      const year = thisYear === undefined ? undefined : word === '明年' ? thisYear + 1 : thisYear;
      // A text of results only keeps 今年 only on a page about the year to date (今年前三季度): results too.
      // So does a passage reviewing the year under way (一、今年以来工作情况 … 今年，我局积极抓好…).
      // 今年预计…, 预计今年…: the year under way estimated, a result with the estimate flag (Decisions 3) — up to its
      // clause's end only (预计今年财政收入继续恢复增长,…支出规模28.5万亿元: the budget after the comma is planned).
      const tense = ((context.reportsOnly || context.yearUnderWay) && word === '今年') || asOfThisYear(text, start, end, word) ? 'result' : 'plan';
      if (word === '今年' && thisYearEstimated(text, start, end)) {
        const until = clauseEnd(text, end);
        cues.push({ start, end, tense: 'result', ...(year !== undefined ? { year } : {}), source: 'word', estimate: true, until });
        // The sentence goes on past the comma: there 今年 reads as it would without the estimate.
        if (/[，,]/.test(text[until] ?? '')) cues.push({ start: until, end: until, tense, ...(year !== undefined ? { year } : {}), source: 'word' });
        continue;
      }
      cues.push({ start, end, tense, ...(year !== undefined ? { year } : {}), source: 'word' });
      continue;
    }
    // A text that sets nothing (a mid-term review) names a plan's goals only as what its results are measured by.
    if (context.reportsOnly && /目标|预期/.test(word) && TENSE_OF.get(word) === 'plan') continue;
    // 向上争取项目7个, 争取上级补助资金6.9亿元 in a passage that reports: funds and projects obtained from above, no aim.
    if (word === '争取' && context.defaultRole === 'actual' && obtainedFromAbove(text, start, end)) continue;
    const cue: TenseCue = { start, end, tense: TENSE_OF.get(word)!, source: 'word' };
    // 初步预计, 预计全年: results given as estimates (the paragraph a lead-in opens keeps them so).
    if (cue.tense === 'result' && word.includes('预计')) cue.estimate = true;
    cues.push(cue);
  }
  for (const m of mayNamePeriod(text) ? matchesOf(PERIOD_PATTERN, text) : []) {
    const { last } = PERIOD_YEARS.get(m[1]!)!;
    // 以来, a period already over, or one whose time (时期/期间) has reached its last year: a review.
    const since = m[3] === '以来';
    // “十四五”发展成就: what the period brought so far, whether it is over or not — a review, of the years it has run.
    if (ACHIEVED.test(m[3]!)) {
      if (BUILT_ON.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
      const year = context.year === undefined ? last : Math.min(last, context.year);
      cues.push({ start: m.index, end: m.index + m[0].length, tense: 'result', year, source: 'period' });
      continue;
    }
    const reviewed =
      context.year !== undefined &&
      (last < context.year || (last === context.year && (m[3] === '时期' || m[3] === '期间' || m[3] === '这五年' || closedEndReached(text, m, context))));
    // 比“十二五”期末增长10%: the period's end is the base a change is measured from, no date of the figure; a
    // change since a closed period reports progress to date (unless its sentence plans it: dropComparedAfterPlans).
    // 是“十二五”末的5.3倍: the base of a multiple, as 是2015年的 is.
    const markBefore = markBeforePeriod(text, m.index);
    // 以“十三五”末为基期: a period's end named as the base, as 比“十三五”末 is.
    const namedBase = markBefore === '以' && BASE_YEAR_NAMED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
    if (COMPARISON_MARKS.has(markBefore) || namedBase || (markBefore === '是' && text[m.index + m[0].length] === '的')) {
      if (reviewed) cues.push({ start: m.index, end: m.index + m[0].length, tense: 'result', source: 'period', compared: true });
      continue;
    }
    // 力争“十四五”以来累计降低10%: a running period's total to date under a cue of planning is a target of the plan's year.
    if (since && !reviewed && plannedInClause(text, m.index)) {
      cues.push({ start: m.index, end: m.index + m[0].length, tense: 'plan', source: 'period' });
      continue;
    }
    // A period under way in a text that sets nothing (“十四五”规划纲要实施…中期评估) is the one its results report on;
    // its end there (“十四五”末预计将迈上6000亿元台阶) dates an estimate by the period's last year.
    if (context.reportsOnly && !since && !reviewed) {
      if (/末/.test(m[3]!) && !/[到至]$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
        cues.push({ start: m.index, end: m.index + m[0].length, tense: 'result', year: last, source: 'period' });
      continue;
    }
    const tense: Tense = since || reviewed ? 'result' : 'plan';
    // “十四五”以来 in a text of a year before the period's last: results to date — of the year the text speaks in when it
    // reports (news of the year so far), of the year before the one a plan sets (a January report's review), never a
    // year of the period still ahead.
    const year = since && thisYear !== undefined && thisYear < last ? sinceYear(thisYear, context) : last;
    cues.push({ start: m.index, end: m.index + m[0].length, tense, year, source: 'period' });
  }
  // “十五五”规划…设置了29项主要指标，包括：: the plan's targets follow, due at its end (after the 了 of 设置了, which sets).
  for (const m of matchesHolding('指标', PLAN_SETS_INDICATORS, text)) {
    const { last } = PERIOD_YEARS.get(m[1]!)!;
    if (context.year !== undefined && last < context.year) continue;
    const end = m.index + m[0].length;
    cues.push({ start: end - 1, end, tense: 'plan', year: last, source: 'period' });
  }
  // 回望“十四五”, 回首“十三五”: a period looked back on, whose results follow — of its last year, unless that is
  // still ahead of the plan year.
  for (const m of matchesHolding('回', LOOKED_BACK_PERIOD, text)) {
    const { last } = PERIOD_YEARS.get(m[1]!)!;
    if (context.year !== undefined && last > context.year) continue;
    cues.push({ start: m.index, end: m.index + m[0].length, tense: 'result', year: last, source: 'period', label: `“${m[1]!}”时期` });
  }
  // (Built at the first year that may go on reporting only: the next word of aim after each year, years in order.)
  let nextAim: ((from: number) => number) | undefined;
  for (const y of tokens.years) {
    if (notAYearCue(text, y.start, y.end)) continue;
    // 国际货币基金组织预计，2024年全球经济增长3.2%: the year a third party forecasts, an estimated result, never a target.
    if (insideForecast(text, y.start)) {
      cues.push({ start: y.start, end: y.end, tense: 'result', year: y.year, source: 'year', estimate: true });
      continue;
    }
    // 2022年以来，…实现地区生产总值142.83亿元 in a text speaking in 2023: 去年以来 written with its year, results up to
    // the year the text speaks in, labelled as written (corpus Decisions 13) — not in a review of that year itself.
    if (sinceLastYear(text, y, thisYear, context)) {
      cues.push({ start: y.start, end: y.end + 2, tense: 'result', year: thisYear!, label: `${y.year}年以来`, source: 'word' });
      continue;
    }
    // 截至2021年底: as of a date, a stock reported (not 到/至, a deadline) — unless that date is still ahead.
    // (Not under 力争/确保 in its clause, 确保截至2024年9月底新增…, nor before 前, 截止2024年底前: deadlines.)
    const asOf = !/^(?:底|末)?前/.test(text.slice(y.end, y.end + 2)) && afterAsOf(text, y.start);
    // 从2012年的119亿元增加到2021年的293.7亿元: the year a change reached, no deadline.
    const changeEnd = changeReachedIn(text, y.start, y.end);
    const by =
      !asOf && !changeEnd && (text[y.start - 1] === '到' || text[y.start - 1] === '至' || text.startsWith('前', y.end) || text.startsWith('底前', y.end));
    // A change reached by a year not after the plan's reports that year's figure.
    const reached = changeEnd && context.year !== undefined && y.year <= context.year;
    // (In a passage reviewing the year under way, a summary's 全镇2020年共完成…, that year written is the one reviewed.)
    const reviewed = context.yearUnderWay === true && !by;
    const past =
      reached || (context.year !== undefined && (y.year < context.year || ((context.reportsOnly === true || asOf || reviewed) && y.year === context.year)));
    // 到2020年 in a 2021 text is a deadline already passed: what it reached is a result.
    const tense: Tense | null = by && !past ? 'plan' : context.year === undefined ? (by ? 'plan' : null) : past ? 'result' : 'plan';
    // 2019年年初，…报告提到的主要预期目标是…增长7%左右: the start of an earlier year, when that year's goals were set, dates
    // the goals its sentence goes on to state — targets of that year, not results.
    const goalsSetThen = past && !asOf && GOALS_SET_AT_YEAR_START.test(text.slice(y.end, y.end + 80));
    // …4.8万户贫困人口实现全部脱贫。2020年全市粮食产量达到53.41万吨: the plan's year inside a paragraph of results says when, not which way.
    const goesOnReporting =
      tense === 'plan' &&
      !by &&
      y.year === context.year &&
      yearGoesOnReporting(y.year, () => (nextAim ??= stopFinder(text, AIMS_IN_SENTENCE))(y.end) >= 0, context);
    cues.push({ start: y.start, end: y.end, tense: goalsSetThen ? 'plan' : goesOnReporting ? null : tense, year: y.year, source: 'year' });
  }
  for (const p of tokens.periods) {
    const aimed = aimedAtPeriod(text, p.start) || plannedForPeriod(text, p.start, p.end);
    cues.push({ start: p.start, end: p.end, tense: aimed ? 'plan' : 'result', source: 'month' });
  }
  // 完成投资368.7亿元，占年计划的64.26%: a clause measuring what was done against the year's plan reports progress,
  // from its start — unless it is aimed at (力争全年完成…，达到年计划的110%).
  for (const m of matchesHolding('%', PROGRESS_AGAINST_PLAN, text)) {
    const clauseStart = m.index - measuredClausesBefore(text, m.index).length;
    if (PLANNED_IN_PROGRESS.test(text.slice(clauseStart, m.index))) continue;
    cues.push({ start: clauseStart, end: clauseStart, tense: 'result', source: 'word' });
  }
  // 增长6.1%，低于目标0.9个百分点: the figures of the sentence (or of its ；-clause) before a gap to the target are
  // results, from the sentence's start — unless a word of aim stands before them.
  // (Every gap ends on 百分点: a sentence without it is not searched.)
  for (const m of matchesHolding('百分点', GAP_TO_TARGET, text)) {
    const window = text.slice(Math.max(0, m.index - 80), m.index);
    const from = m.index - window.length + lastBreak(window, [...SENTENCE_BREAKS, '；', ';']) + 1;
    if (AIMED_BEFORE_GAP.test(text.slice(from, m.index))) continue;
    cues.push({ start: from, end: from, tense: 'result', source: 'word' });
  }
  // …稳定在58亿斤左右……政府工作报告总结了“十四五”时期的成就: the figures before words summing up achievements are results,
  // from the sentence's start up to those words — unless a word of aim stands there.
  for (const m of matchesHolding('了', ACHIEVEMENTS_SUMMED_UP, text)) {
    const window = text.slice(Math.max(0, m.index - SUMMED_UP_REACH), m.index);
    const from = m.index - window.length + lastBreak(window, [...SENTENCE_BREAKS, '；', ';']) + 1;
    if (AIMED_BEFORE_SUMMED.test(text.slice(from, m.index))) continue;
    const summedYear = summedUpYear(m[0], context, thisYear);
    // (Each item of the list the words sum up reports, after a cue another item wrote: 各市今年全部退出…、232.3万贫困人口全部脱贫.)
    for (const at of itemStarts(text, from, m.index))
      cues.push({ start: at, end: at, tense: 'result', ...(summedYear !== undefined ? { year: summedYear } : {}), source: 'word', until: m.index });
  }
  // 用3年时间 (今后三年) in a plan for year Y: due at the end of the third year counted from Y (Y + 2).
  if (thisYear !== undefined && /年(?:左右)?的?时间|今后|未来/.test(text)) {
    for (const m of matchesOf(YEARS_OF_WORK, text)) {
      const years = parseNumber(m[1] ?? m[2]!);
      if (years !== null && Number.isInteger(years) && years >= 1 && years <= 15) {
        const written = SPAN_WRITTEN_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
        const end = written ? Number(written[1]) : (context.spanEnd ?? thisYear + years - 1);
        const cue: TenseCue = { start: m.index, end: m.index + m[0].length, tense: 'plan', year: end, source: 'word' };
        // Only a sentence that names the span's goals (今后五年…主要目标, …提出了20个预期性指标) opens it for
        // the sentences after: 未来3年，累计投资1500亿元。全年完成投资500亿元。 — the next is the plan year's again.
        // So does a sentence the span opens that states no figure, a vision whose goals the next sentences give
        // (未来五年，某区将建设…新城区。主要目标是，地区生产总值达1220亿元…).
        if (m[2] !== undefined && (/目标|指标/.test(text) || opensSpanVision(text, m.index, m.index + m[0].length))) cue.span = true;
        cues.push(cue);
      }
    }
  }
  // 2019年，某州实施重点项目76个，总投资2355亿元，年度计划投资196亿元。: a sentence that closes on the year's planned
  // investment states the year's programme — its projects counted and their total before it are the plan's too.
  cues.push(...programmeCues(text));
  if (thisYear !== undefined) for (const cue of yearEstimatedAfterResults(text, thisYear)) cues.push(cue);
  // 报告提出，要…; 报告还明确：…: news of a report turning to what it proposes — the aims after it plan.
  for (const m of matchesHolding('报告', REPORT_PROPOSES, text)) cues.push({ start: m.index, end: m.index + m[0].length, tense: 'plan', source: 'word' });
  // 2023/2024榨季，…: a season's figures, of the year it ends, to its sentence's end — results once that year is before the
  // text's (a season closed), planned when it is still ahead or set as a deadline (到2027—2028年雪季). A season ending in the
  // text's year may be under way (a 榨季 runs to April, a 学年 to July): its year only, the tense left to the sentence, unless
  // its clause says the work is done (共计, 已, 完成了).
  // (A campaign named by its working year, 做好2024—2025年度…工作, is no season: seasonsIn leaves it out.)
  for (const { start, end, year } of seasonsIn(text)) {
    const deadline = /[到至]$/.test(charsBefore(text, start, 1)) || plannedInClause(text, start);
    const tense = deadline || (thisYear !== undefined && year > thisYear) ? 'plan' : seasonClosed(text, end, year, thisYear) ? 'result' : null;
    cues.push({ start, end, tense, year, source: 'word', until: sentenceEndAfter(text, end) });
  }
  // 世界银行预测，…: a third party's forecast, an estimated result of the year under way in the clause it forecasts.
  for (const m of thirdPartyForecasts(text)) {
    // (On its verb's last character, before the verb's ，, so that it follows the verb's own cue: 预期 alone plans.)
    const end = m.index + m[0].replace(/[，,：:]$/, '').length;
    const until = forecastEnd(text, m.index + m[0].length);
    cues.push({ start: end - 1, end, tense: 'result', ...(thisYear !== undefined ? { year: thisYear } : {}), source: 'word', estimate: true, until });
  }
  for (const m of matchesOf(ACTUALLY, text)) cues.push({ start: m.index, end: m.index + m[0].length, tense: 'result', source: 'word' });
  for (const m of matchesHolding('目标', RESULT_BESIDE_GOAL, text)) {
    const end = m.index + m[0].length;
    if (AIMED_BESIDE_GOAL.test(text.slice(end, end + 24))) continue;
    cues.push({ start: end - m[1]!.length, end, tense: 'result', source: 'word' });
  }
  // 未达到序时进度11项、占比20.0%，为…完成投资80亿元、…覆盖率达80%: the tasks a progress notice counts, named after
  // the count by 为, are the plan's own targets quoted, of the year it reports on.
  for (const m of matchesHolding('进度', COUNTED_TASKS_NAMED, text)) {
    cues.push({
      start: m.index + m[0].length - 1,
      end: m.index + m[0].length,
      tense: 'plan',
      ...(context.year !== undefined ? { year: context.year } : {}),
      source: 'word',
    });
  }
  for (const cue of needCues(text)) cues.push(cue);
  // A verb with 了 (增长了, 建成了, 实施了) tells what was done: a result.
  for (let at = text.indexOf('了'); at !== -1; at = text.indexOf('了', at + 1)) {
    const verb = text[at - 1] ?? '';
    if (!PERFECTIVE_BEFORE.test(verb) || NOT_PERFECTIVE_BEFORE.has(verb) || NOT_PERFECTIVE_AFTER.test(text[at + 1] ?? '')) continue;
    const verbBefore = charsBefore(text, at, 2);
    if (text[at + 1] === '《' && DRAFTED.test(verbBefore)) continue;
    if (SPOKEN.test(verbBefore) || EXPLAINING.test(verbBefore)) continue;
    // 力争…增长了8%: a 了 under a cue of planning in its clause plans still.
    if (!plannedInClause(text, at)) {
      cues.push({ start: at - 1, end: at + 1, tense: 'result', source: 'word' });
    }
  }
  // (Pushed one by one: spread into push, some hundred thousand cues would overflow the stack.)
  if (thisYear !== undefined)
    for (const cue of [...projectsAsTheyStand(text, thisYear), ...stocksNow(text, thisYear), ...nowOpening(text, thisYear)]) cues.push(cue);
  for (const cue of batchesOfTheEvent(text, thisYear)) cues.push(cue);
  for (const cue of placesCompared(text, thisYear)) cues.push(cue);
  // (In a passage that plans, a record set is the year before's, as 去年 is; elsewhere its passage dates it.)
  const recordYear = planningPassage(context) && thisYear !== undefined ? thisYear - 1 : undefined;
  // (First, so a cue at the same place, 2022年全市…创历史新高, sorts after it and dates the figures instead: few, one a sentence at most.)
  // (A result stated in words, STATES_RESULT, only turns a sentence of a passage that plans: a passage of results dates it already.)
  // (Under a heading that names goals, 工业投资增长10%，实现“三连增” is the aim's: no record is set there.)
  cues.unshift(...recordsSet(text, recordYear, planningPassage(context), context.underGoals !== true));
  cues.sort((a, b) => a.start - b.start);
  endChangesFromPeriods(text, cues);
  limitToAsides(text, cues);
  limitToDocumentTitles(text, cues);
  return dropComparedAfterPlans(text, cues);
}

/**
 * A sentence closing on a record set or a standing held (…分别达50个、29个、15个，均创历史新高; …新增里程505公里，居全国前列): what it
 * counts has happened — a record is never set ahead. Not where the sentence plans (力争…创历史新高, 将…居全国前列).
 * Round 32 widened the words as a writer varies them: the span the record is set over (创7年来最好水平, 创十年来最高增速,
 * 创“十三五”以来最高改善幅度, 达到建区以来同期最好水平: 创 with or without a span, 达/为 with one), the best named by any noun
 * (最高增速, 最好位次, 最大增幅), and a streak held (实现粮食生产“二十连丰”, 工业投资三连增).
 */
const RECORD_SET = new RegExp(
  '(?:创(?:历史|同期|年度)?(?:新高|最好水平|最高水平|最好成绩)' +
    // 创/达/为 then a span and the best (创7年来最好水平, 为近年来最好, 达到建区以来同期最好水平, 创历史最好成绩).
    `|(?:创|达到?|为)(?:历史|近年来|(?:近)?[\\d一二三四五六七八九十两]{1,3}年(?:来|以来)?|[^，。；！？,;!?\\n\\d]{1,12}?以来)的?(?:同期)?(?:最好|最高|最快|最大|最佳|新高)[^，。；！？,;!?\\n\\d]{0,4}` +
    // The most of all the years (力度历年最大, 增速为历年同期最高): a record said without 创.
    '|历年(?:同期)?(?:最好|最高|最快|最大|最多|最佳)' +
    // A streak held: N连丰, N连增, N连涨, N连冠; 连续24年保持两位数增长, 连续5年稳居全国第一, 连续3年超百万吨 (its clause: 连续N年 then a verb of holding).
    '|[一二三四五六七八九十两\\d]{1,3}连(?:丰|增|涨|冠|升)[”"」]?' +
    '|连续[\\d一二三四五六七八九十两]{1,3}年(?:保持|稳居|位居|居|位列|领跑|稳定在|超过|超|突破)[^，。；！？,;!?\\n]{1,16}?)',
);
/** A standing held (居全国前列): a result closing its sentence, but a plan's aim as often inside a list of aims. */
const STANDING_HELD = '居[^，。；！？,;!?\\n\\d]{0,10}?前列';
/** A record set or a standing held at the close of a sentence. */
const RECORD_CLOSING = new RegExp(`(?:${RECORD_SET.source}|${STANDING_HELD})$`);
/** RECORD_CLOSING's words anywhere: a text without them has no sentence closing on a record. */
const RECORD_WORDS = new RegExp(RECORD_CLOSING.source.slice(0, -1));
/**
 * A rank aimed at (力争全市第一, 争创全国第一, 确保全省前三, 进入前列): a sentence that aims a rank lists its other ranks as aims
 * too (力争全市第一，地区生产总值增长6%，全县第一), so a rank standing alone in it reports nothing.
 */
const RANK_AIMED =
  /(?:力争|争创|争取|确保|努力|争当|争做|进入|跻身|冲刺)[^，。；！？,;!?\n]{0,8}?(?:第[一二三四五六七八九十\d]|前[一二两三四五六七八九十\d列]|首位|之首|榜首)/;
/** A record's part of its sentence; `rank` for a rank standing alone, which reports its clause though the sentence plans elsewhere. */
interface ClausePart {
  start: number;
  end: number;
  /** The part names months of a year (MONTHS_OF_YEAR), which date its figures. */
  months: boolean;
  rank?: true;
}
/**
 * A record set at the close of a clause inside a sentence (…增长5.5%左右，创7年来最好水平；新建…): it reports the figures of its
 * own part of the sentence (from the ；before it) up to that clause's end, as one closing the sentence reports the sentence.
 * Each such record's part, in order. (Not a standing held, 位居全国前列, which a list of aims names beside its figures.)
 */
const RECORD_CLAUSE = new RegExp(`${RECORD_SET.source}(?=[，。；！？,;!?]|……)`, 'g');
/**
 * A figure bounded as an aim is (稳定在6亿斤, 达到85%以上，, 控制在…以内，, 不低于5%): the record or streak its part closes on
 * is the aim's (粮食总产稳定在6亿斤以上，实现“十一连丰”), not one set. Not a size class naming what is counted (亿元以上项目720个,
 * 均创历史新高: 以上 before a noun, not a clause break), nor 左右 (an estimate of the year gone has it, 增长5.5%左右，创7年来最好水平).
 */
const AIM_BOUND = /(?:稳定在|控制在|保持在|不低于|不少于|不超过)\s*\d|\d[\d.]*\s*[^\d\s，,；;。、]{0,5}?(?:以上|以内)(?=[，,；;。]|$)/;
/**
 * Months of a year named (一季度, 1—10月, 上半年, 今年以来): a record over them (创近3年同期最高) compares the year's months so far
 * with the same months before — the figures are of the months named, which date them, not of the year before.
 */
const MONTHS_OF_YEAR = /[一二三四]季度|前[两二三]季度|[上下]半年|\d{1,2}\s*[-—–－~～至]\s*\d{1,2}\s*月|(?:今年|年初)以来|\d{1,2}\s*月(?:份|末|底)/;
/** The part of `sentence` a record at `at` closes: from the ；before it (or the sentence's start) up to it. */
function partBefore(sentence: string, at: number): { start: number; text: string } {
  const before = sentence.slice(0, at);
  const start = Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
  return { start, text: before.slice(start) };
}
/**
 * Each record's part closing a clause inside `sentence`, in order, and whether its part names months of a year
 * (MONTHS_OF_YEAR). Not a part whose figure is bounded as an aim (AIM_BOUND).
 */
function recordClauseParts(sentence: string): ClausePart[] {
  const parts: ClausePart[] = [];
  for (const m of matchesOf(RECORD_CLAUSE, sentence)) {
    const part = partBefore(sentence, m.index);
    if (AIM_BOUND.test(part.text)) continue;
    parts.push({ start: part.start, end: m.index + m[0].length, months: MONTHS_OF_YEAR.test(part.text) });
  }
  // A rank standing alone as a clause (…增长12.5%，全国第5): it reports the one clause before it, from that clause's break.
  for (const m of matchesOf(RANK_ALONE_CLAUSE, sentence))
    parts.push({ start: clauseStart(sentence, m.index, m.index), end: m.index + m[0].length, months: false, rank: true });
  return parts.sort((a, b) => a.start - b.start);
}
const PLANS_IN_SENTENCE = new RegExp(SENTENCE_PLANS);
const SENTENCE = /[^。！？\n]+/g;
const TRAILING_BREAK = /[\s，,；;]/;
/** Nothing but sentence breaks and spaces to a text's end. */
const CLOSING_BREAKS = /^[。！？!?\s]*$/;

/**
 * A sentence that says by its own words, anywhere in it, that what it counts is done — a rank held (列全省第一, 位居全市第3位,
 * 连续4年全省第一), a completion rate reached (任务完成率113%, 完成率达98%), a thing already done (已开工, 已完成, 已建成) —
 * reports, as one closing on a record does: its figures are results though its passage plans (a text read as the next year's
 * plan loses that sentence, not its results). Not where the sentence plans (PLANS_IN_SENTENCE: 力争列全省第一, 确保…已开工).
 */
const RATE_REACHED = /完成率(?:分别)?(?:为|达到?)?\s*\d/;
const ALREADY_DONE = /已(?:经)?(?:全部|全面|基本|均|累计)?(?:完成|开工|开复工|复工|竣工|完工|投产|建成|签约|实现|达到?|突破|超过)/;
/**
 * 相继召开, 陆续复工, 先后建成: events or works told one after another — done only against a plan clause after them in the
 * sentence (…相继召开推进会，今年将新开工…), so read by doneBeforePlans alone. Alone in a plan, they may be its aim
 * (20个续建项目陆续投产, a 工作要点 item), so they turn no sentence by themselves; nor do 顺利/圆满/如期, which say how the
 * work is to go, not that it went (中心城区污水处理厂如期建成投运 is a plan's item).
 */
const DONE_IN_TURN = /(?:相继|陆续|先后)(?:召开|举办|举行|开工|开复工|复工|竣工|完工|投产|建成|签约|落地|开业|完成|通过)/;
const STATES_RESULT = new RegExp(`${RANK_HELD.source}|${FIRST_PLACE_HELD.source}|${RATE_REACHED.source}|${ALREADY_DONE.source}`);
/**
 * Whether STATES_RESULT matches anywhere in `s`, its three patterns tried apart: RANK_HELD opens on look-behinds V8 tries
 * at every character, so it runs only where the 第 every rank holds is written; the other two open on fixed words.
 */
const statesResult = (s: string): boolean => holdsPlace(s) || RATE_REACHED.test(s) || ALREADY_DONE.test(s);
/** STATES_RESULT or DONE_IN_TURN: a done marker, of which doneBeforePlans takes the first before a sentence's plan clause. */
const DONE_MARKER_AT = new RegExp(`${STATES_RESULT.source}|${DONE_IN_TURN.source}`, 'g');

/**
 * Where, in `sentence`, the result a done marker states stops governing, when a plan word stands only after it (…均已实现复工，
 * 秋季学期将投入使用): the end of the marker's clause. The first marker counts; none with a plan word, or a pushing verb in
 * its clause, before it (今年计划实施60个，已开工25个: the 60 is planned; 推动…相继开工). -1 when no such marker.
 */
function doneBeforePlans(sentence: string): number {
  for (const m of matchesOf(DONE_MARKER_AT, sentence)) {
    const before = sentence.slice(0, m.index);
    if (PLANS_IN_SENTENCE.test(before) || STRIVES_FOR.test(before)) return -1;
    const end = stopFinder(sentence, CLAUSE_BREAK)(m.index + m[0].length);
    // (Only where the plan word stands after the clause: a plan word inside it, 已开工…将, keeps the sentence a plan's.)
    const stop = end < 0 ? sentence.length : end;
    return PLANS_IN_SENTENCE.test(sentence.slice(m.index, stop)) ? -1 : stop;
  }
  return -1;
}

/** A result cue from `start` up to `until`, of `year` when a passage that plans dates its records (the year before's). */
function recordCue(start: number, until: number, year: number | undefined): TenseCue {
  return year === undefined
    ? { start, end: start, tense: 'result', source: 'word', until }
    : { start, end: start, tense: 'result', year, source: 'word', until };
}

/**
 * Result cues opening each sentence that closes on a record set (RECORD_CLOSING) or, in a passage that plans (`statedToo`),
 * states a result by its own words (STATES_RESULT), each governing its own sentence only. Records count only where
 * `recordsCount` (not under a heading that names goals).
 */
function recordsSet(text: string, year: number | undefined, statedToo: boolean, recordsCount = true): TenseCue[] {
  const cues: TenseCue[] = [];
  // A sentence closes on a record only where the text writes one (RECORD_WORDS), and states a result only if the whole
  // text does: most hold neither, and are not split at all. (STATES_RESULT reads the same at a sentence's edges: its
  // look-behinds and look-ahead refuse no sentence break nor trimmed break.)
  if (!RECORD_WORDS.test(text) && !writesRankAlone(text) && !(statedToo && (statesResult(text) || DONE_IN_TURN.test(text)))) return cues;
  for (const m of matchesOf(SENTENCE, text)) {
    // Trailing breaks trimmed by a walk back: a regex ending in `+$` is tried from every space of a long run that does
    // not reach the end (预计 and a run of tabs before a word), each try reading the run again.
    let end = m[0].length;
    while (end > 0 && TRAILING_BREAK.test(m[0][end - 1]!)) end--;
    const sentence = m[0].slice(0, end);
    // (A record closing a part whose figure is bounded as an aim, 稳定在6亿斤以上，实现“十一连丰”, is the aim's.)
    const closingAt = recordsCount ? RECORD_CLOSING.exec(sentence) : null;
    const closingPart = closingAt ? partBefore(sentence, closingAt.index).text : '';
    const closing = closingAt !== null && !AIM_BOUND.test(closingPart);
    // (A record closing a clause inside the sentence governs up to there only: the clauses after it may plan.)
    const parts = closing || !recordsCount ? [] : recordClauseParts(sentence);
    // (A rank standing alone is no record: it has no year of its own.)
    const record = closing || parts.some((part) => !part.rank);
    const plans = PLANS_IN_SENTENCE.test(sentence);
    // (DONE_IN_TURN counts only before a plan clause: doneBeforePlans.)
    const stated = statedToo && (statesResult(sentence) || (plans && DONE_IN_TURN.test(sentence)));
    if (!(record || stated || parts.length > 0)) continue;
    if (parts.length > 0 && !stated) {
      // (Records inside a sentence that plans nowhere: each reports its own part, of the year a record is dated by.)
      // A rank standing alone reports its own clause unless that clause plans (目标：增长8%，全省第一 is no rank held); a rank
      // held is of now, which the passage dates (no year of its own); only in a passage that plans, as a rank held with a
      // verb (a passage of results dates it already). A record over months of a year leaves them their own year.
      for (const part of parts) {
        if (part.rank && statedToo && !PLANS_IN_SENTENCE.test(sentence.slice(part.start, part.end)) && !RANK_AIMED.test(sentence))
          cues.push(recordCue(m.index + part.start, m.index + part.end, undefined));
        else if (!part.rank && !plans) cues.push(recordCue(m.index + part.start, m.index + part.end, part.months ? undefined : year));
      }
      continue;
    }
    const start = m.index;
    let until = m.index + m[0].length;
    if (plans) {
      // A sentence that plans after a result stated (…均已实现复工，…将投入使用): the result governs up to its clause's end.
      const stop = stated ? doneBeforePlans(sentence) : -1;
      if (stop < 0) continue;
      until = m.index + stop;
    }
    // (A record is the year before's in a passage that plans; a rank held or a thing already done is of now, which the
    // passage dates — no year of its own.)
    const cue: TenseCue =
      year === undefined || !record || plans
        ? { start, end: start, tense: 'result', source: 'word', until }
        : recordCue(start, until, MONTHS_OF_YEAR.test(closingPart) ? undefined : year);
    // The text's last sentence, wholly reporting, closes on its result (…居全省第2位。⏎ then 贡献率达95%。 in its paragraph
    // reports too): no bound, so the sentence's closing tense carries it on as any result cue's does.
    if (!plans && CLOSING_BREAKS.test(text.slice(until))) delete cue.until;
    cues.push(cue);
  }
  return cues;
}

/**
 * 本次集中开工项目56个, 此次签约的项目, 当日开工的…项目 (the day of the event a news item tells of): the batch of the event a news
 * item reports (a ceremony that has taken place); or a
 * batch whose own verb is the event's (176个重大项目集中开复工, 活动现场集中签约项目28个, 共集中开复工…项目5个): 集中 before
 * the verb says the projects were started or signed together, at the event (group 1).
 */
const BATCH_OF_THE_EVENT =
  /(?:本次|此次|当日|当天)[^，。；;,！？\n\d]{0,10}?(?:开工|开复工|签约|竣工|投产)|(集中(?:开工|开复工|复工|签约|竣工|投产)(?!仪式|活动|大会))/g;
/** How far back a batch's sentence start is looked for: the figures a batch is counted by stand right before its verb. */
const BATCH_SENTENCE_REACH = 80;

/**
 * Result cues for the batch of projects an event has just started or signed (本次集中开工项目56个，总投资120亿元), of the
 * year the text speaks of, each up to its sentence's end: the ceremony has taken place (corpus Decisions 18), so its
 * count and total are results even in a text that plans, while a later cue of planning in the sentence (…，今年计划完成投资
 * 40亿元) still plans what follows it. A batch counted before its verb (总投资860亿元的176个重大项目集中开复工) is governed from
 * its clause's start (within BATCH_SENTENCE_REACH). Not 本次会议 (no event of projects), nor a batch under a cue of
 * planning in its clause (计划集中开工项目50个, 力争集中签约…, 将集中开工), nor a ceremony named (举行集中开工仪式: no batch).
 */
function batchesOfTheEvent(text: string, thisYear: number | undefined): TenseCue[] {
  // (matchesOf, not matchAll, which copies the pattern per call; most sentences have no match, and no stop finder then.)
  const found = matchesOf(BATCH_OF_THE_EVENT, text);
  if (found.length === 0) return [];
  const cues: TenseCue[] = [];
  const sentenceEnd = stopFinder(text, /[。！？；!?;\n]/g);
  for (const m of found) {
    if (plannedInClause(text, m.index) || batchAhead(text, m.index) || (m[1] !== undefined && !batchCountedDone(text, m.index, m[0].length))) continue;
    const until = sentenceEnd(m.index);
    // (本次 is the event the text reports, of its year; a batch by its verb alone may be a past year's, 2022年…集中开工项目38个,
    // which its passage dates.)
    const ofTheEvent = m[1] === undefined;
    const start = ofTheEvent ? m.index : clauseStart(text, m.index, BATCH_SENTENCE_REACH);
    // (A sentence that dates the event by its day or month, 3月6日，…19个重点项目集中开工, is read as of that day already.)
    if (!ofTheEvent && MONTH_NAMED.test(text.slice(sentenceStart(text, m.index, BATCH_SENTENCE_REACH), m.index))) continue;
    cues.push({
      start,
      end: start + 2,
      tense: 'result',
      ...(ofTheEvent && thisYear !== undefined ? { year: thisYear } : {}),
      source: 'word',
      until: until < 0 ? text.length : until,
    });
  }
  return cues;
}

/** A count of projects (176个, 28项, 3批) in the clause around a batch's verb: a batch counted, not work done in a batch. */
const BATCH_COUNT = /\d+\s*[个项家批]/;
/** A word before the verb in its clause that puts the batch ahead (计划集中开工, 今年拟集中签约, 推动…集中投产). */
const BATCH_AHEAD = /计划(?!完成投资|投资)|拟|预计|今年(?!以来)|明年|年内|下一步|谋划|准备|推动|推进|组织/;
/**
 * A word before `pos` in its clause (40 characters back at most) that puts a batch ahead (计划当日签约项目12个), or an event
 * its sentence or the sentence before says is still to be held (活动将于3月6日举行，当天开工项目56个; 大会定于…举行。届时…).
 */
function batchAhead(text: string, pos: number): boolean {
  const window = text.slice(Math.max(0, pos - 40), pos);
  if (BATCH_AHEAD.test(window.slice(lastBreak(window, CLAUSE_BREAKS) + 1))) return true;
  const sentence = sentenceBefore(text, pos);
  return EVENT_AHEAD.test(sentence) || (/^\s*届时/.test(sentence) && EVENT_AHEAD.test(sentenceBefore(text, pos - sentence.length - 1)));
}
/** An event still to be held (将于3月6日举行, 定于, 拟于, 即将, 届时, 将举行). */
const EVENT_AHEAD = /将于|定于|拟于|即将|届时|将(?:在|要)?(?:举行|举办|召开)/;

/**
 * Whether the batch whose verb stands at `pos` was counted as done: its clause (the comma-bounded stretch, at most 40
 * characters before the verb and 30 after) counts it (176个重大项目集中开复工, 集中签约项目28个; not 推动…等项目在上半年集中投产,
 * no count). (A word before the verb that puts it ahead, 今年计划集中开工项目50个, is read first: batchAhead.)
 */
function batchCountedDone(text: string, pos: number, length: number): boolean {
  const window = text.slice(Math.max(0, pos - 40), pos);
  const before = window.slice(lastBreak(window, CLAUSE_BREAKS) + 1);
  const after = text.slice(pos + length, pos + length + 30).split(CLAUSE_BREAK)[0]!;
  return BATCH_COUNT.test(before) || BATCH_COUNT.test(after);
}

/** A month named (3月6日, 三月): the day or month an event is dated by. */
const MONTH_NAMED = /[\d一二三四五六七八九十]\s*月/;
/** Where a sentence or a ；-clause breaks (SENTENCE_BREAKS, ；, and the ASCII marks a copy may write). */
const SENTENCE_OR_SEMICOLON = [...SENTENCE_BREAKS, '；', ';', '!', '?'];
/** CLAUSE_BREAKS and the ASCII marks a copy may write. */
const CLAUSE_OR_ASCII = [...CLAUSE_BREAKS, '!', '?'];
/** Just after the last of `breaks` within `reach` characters before `pos` (else `pos - reach`, or the text's start). */
function afterBreakBefore(text: string, pos: number, reach: number, breaks: readonly string[]): number {
  const from = Math.max(0, pos - reach);
  return from + lastBreak(text.slice(from, pos), breaks) + 1;
}
/** The start of the sentence holding `pos`, looked for at most `reach` characters back (else `pos - reach`). */
const sentenceStart = (text: string, pos: number, reach: number): number => afterBreakBefore(text, pos, reach, SENTENCE_OR_SEMICOLON);
/**
 * The start of the clause holding `pos`, looked for at most `reach` characters back (else `pos - reach`): after the comma
 * that ends what opens the sentence (3月6日，…; 目前，…), whose own cue keeps its place.
 */
const clauseStart = (text: string, pos: number, reach: number): number => afterBreakBefore(text, pos, reach, CLAUSE_OR_ASCII);

/** The nouns of one work a sentence may describe: a project or site, a reservoir, a road or railway. */
const WORK_NOUNS = '项目|园|园区|基地|工程|水库|公路|铁路';
/** What such a work measures as it stands: its (planned) total investment, its site, its length, its storage. */
const WORK_SIZES = '计划总投资|总投资|总占地|线路全长|全长|工程总库容|总库容';
/**
 * 某物流园总投资2亿元，总占地193亩; 该项目计划总投资347亿元; 某新材料项目，是…的延链补链项目，总投资30亿元; …之一的某水库，工程总库容
 * 1.06亿方; 某高速公路线路全长约103.37公里: one named work described as it stands — its subject (group 1) a noun of a work opening
 * its sentence (or its clause after a lead-in, 据了解，, or after …之一的), its size word after it (group 2: the stretch up to the
 * figure, past a comma or an appositive 是… clause) — a fact of now, not an aim.
 */
const PROJECT_AS_IT_STANDS = new RegExp(
  `(?<=^|[。！？；!?;\\s]|(?:据了解|据悉|据介绍)[，,]|之一的)([^，。；！？,;!?\\s\\d“”《》]{1,24}(?:${WORK_NOUNS}))` +
    `(?=((?:[，,]是[^，。；！？,;!?\\n]{1,40}?)?[，,]?(?:${WORK_SIZES})(?:约|达|为)?\\s*)[\\d.])`,
  'g',
);
/** A subject naming many works (全市重点项目, 各类项目, 一批项目): a programme's, no one work described. */
const MANY_WORKS = /重点|重大|各类|一批|等|全[省市县区州旗]/;
/**
 * 新建青禾至白石公路，全长32公里; 推进青禾灌区续建配套工程，总投资2.5亿元: a subject opening on a verb of work is a plan's task
 * item, the work to be done (corpus c876: a work the year's plan is to start is a target), no work described as it stands.
 */
const WORK_VERB_OPENING = /^(?:新建|续建|扩建|改建|改扩建|建设|启动|开工|推进|加快|实施|谋划|打造|完成|争取|力争|抓好|推动|做好)/;
/** …全长32公里，计划年内开工: a work whose start its sentence plans (not 正开工建设, under way) stands nowhere yet. */
const START_AHEAD = /(?:计划|拟|将|年内|力争|争取|确保|预计)[^，。；,;]{0,6}?开工/;
/** Words that plan, before the figure in its sentence or ending the stretch of facts after it. */
const PLANNING_WORD = /将|计划|拟|力争|争取|确保|预计|目标|今年|年内|明年|谋划|实施|安排|开工|签约|到20\d\d年/;
/** 总投资12亿元的新材料产业园: the figure qualifies what follows (its 的), no fact stated. */
const QUALIFYING_FIGURE = /[\d.]+\s*[^，。；,;\d]{0,3}的/y;

/**
 * Result cues, labelled 目前 with the year the text speaks of, for sentences that open by stating one work's size (its total
 * investment, site, length or storage) with no word of planning before it (a bare 项目 is a programme's, not one named
 * project's; nor is a subject naming many, MANY_WORKS). Each stands at its subject's end — after the first 项目 a sentence
 * closing on the year's planned investment cues as a programme's (programmeCues), so the one work's size stays a fact — and
 * governs up to its sentence's end or the first word of planning after its size word (…，计划年内完成一期建设; …，年度计划投资
 * 160亿元, the programme's again).
 */
function projectsAsTheyStand(text: string, thisYear: number): TenseCue[] {
  const cues: TenseCue[] = [];
  // Most sentences name no size of a work: spare them the pattern (tried from every position) and the finders.
  if (!/总投资|总占地|全长|库容/.test(text)) return cues;
  const sentenceEnd = stopFinder(text, /[。！？；!?;]/g);
  const nextPlanningWord = stopFinder(text, new RegExp(PLANNING_WORD.source, 'g'));
  for (const m of matchesOf(PROJECT_AS_IT_STANDS, text)) {
    const subject = m[1]!;
    const end = m.index + subject.length;
    const figure = end + m[2]!.length;
    QUALIFYING_FIGURE.lastIndex = figure;
    if (subject === '项目' || PLANNING_WORD.test(subject) || MANY_WORKS.test(subject) || PLANNING_WORD.test(m[2]!.replace(/计划总投资/, ''))) continue;
    if (QUALIFYING_FIGURE.test(text)) continue;
    if (WORK_VERB_OPENING.test(subject)) continue;
    // A planning word is looked for in this sentence only: one past its end could never stop the cue first.
    const stop = sentenceEnd(end);
    const sentenceStop = stop < 0 ? text.length : stop;
    const planned = nextPlanningWord(figure);
    if (START_AHEAD.test(text.slice(figure, sentenceStop))) continue;
    const until = planned >= 0 && planned < sentenceStop ? planned : sentenceStop;
    cues.push({ start: end, end, tense: 'result', year: thisYear, label: '目前', source: 'word', until });
  }
  return cues;
}

/** A year just before the one the text speaks in, then 以来, outside a passage of that earlier year and not aimed at. */
function sinceLastYear(text: string, y: { start: number; end: number; year: number }, thisYear: number | undefined, context: TenseContext): boolean {
  if (thisYear === undefined || y.year !== thisYear - 1 || !text.startsWith('以来', y.end)) return false;
  // 力争2023年以来累计新增…: a total to date under a cue of planning in its clause is aimed at.
  if (plannedInClause(text, y.start)) return false;
  return context.year === undefined || context.year === thisYear;
}

/** The character before a period's name at `start`, past its opening quote (比“十二五”, 从“十二五”, 是十二五): '' at the text's start. */
function markBeforePeriod(text: string, start: number): string {
  return text[start - (/[“"‘]/.test(text[start - 1] ?? '') ? 2 : 1)] ?? '';
}

/**
 * 回首“十三五”，…比重从“十二五”末的35%提高到50%: the period a change starts from dates its start figure only; the end
 * figure, at 提高到, is of the time the sentence speaks of — the cue before the 从 holds again there. Sorted cues in, sorted out.
 */
function endChangesFromPeriods(text: string, cues: TenseCue[]): void {
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k]!;
    if (cue.source !== 'period' || cue.year === undefined) continue;
    const from = markBeforePeriod(text, cue.start);
    if (from !== '从' && from !== '由') continue;
    // Matched in place: no copy of the rest of the text for each period.
    CHANGE_FROM_PERIOD.lastIndex = cue.end;
    const change = CHANGE_FROM_PERIOD.exec(text);
    if (!change) continue;
    const at = cue.end + change[0].length;
    const next = cues[k + 1];
    if (next && next.start < at) continue;
    // With no cue before it in the sentence (占比从“十三五”末的42%提升至60%以上。), the period dates the start figure
    // only and leaves the passage as it was: the end figure and the sentences after keep the passage's time.
    if (k === 0) cues[0] = { ...cue, until: at - 1 };
    else cues.splice(k + 1, 0, { ...cues[k - 1]!, start: at - 1, end: at });
  }
}

/** 到2025年，…比“十三五”末提高5个百分点: a change since a closed period, planned in its sentence, is planned. */
function dropComparedAfterPlans(text: string, cues: TenseCue[]): TenseCue[] {
  if (!cues.some((c) => c.compared)) return cues;
  return cues.filter((cue, k) => {
    if (!cue.compared) return true;
    for (let j = k - 1; j >= 0 && j >= k - MAX_LOOKBACK; j--) {
      if (/[。！？!?\n]/.test(text.slice(cues[j]!.end, cue.start))) break;
      if (cues[j]!.tense === 'plan') return false;
    }
    return true;
  });
}

/** A parenthesis (（…） or (…), short, not nested) is an aside: its cues say nothing of what follows it. */
const ASIDE = /[（(][^（()）\n]{1,60}[)）]/g;

function limitToAsides(text: string, cues: TenseCue[]): void {
  if (cues.length === 0 || !/[（(]/.test(text)) return;
  let k = 0;
  for (const m of matchesOf(ASIDE, text)) {
    const close = m.index + m[0].length - 1;
    while (k < cues.length && cues[k]!.start < m.index) k++;
    for (let j = k; j < cues.length && cues[j]!.end <= close; j++) cues[j]!.until = close;
  }
}

/** 现有人口32万人: 现有 opening a clause right before a measure and its figure (not 现有的…, nor 在现有基础上再…). */
// (The look-behind after the word, as ACTUALLY's.)
const STOCK_NOW = /现有(?<=(?:^|[，。；、,;：:\s])现有)(?!的)[^，。；,;\d]{1,10}?(?=[\d.]+)/g;
const NOT_A_STOCK = /基础|水平|上|再|增|提|降|减|达|到|比|较|为|将/;

/** The next clause break (，。；,;) at or after `from`, or -1. */
function clauseEndFrom(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (STOCK_CLAUSE_BREAKS.has(text[i]!)) return i;
  return -1;
}
const STOCK_CLAUSE_BREAKS = new Set(['，', '。', '；', ',', ';']);
/** How many clauses going on with 以及 a stock's list is read over. */
const STOCK_CLAUSES_MORE = 3;
/**
 * The words of a clause going on a stock's list after its 以及 (现有幼儿园201所、小学87所，以及职业高中、社区学院各1所): more of the
 * stock, when nothing in them changes, builds or plans (not …，以及新建卫生院2所, …，以及力争…).
 */
function listsMoreStock(clause: string): boolean {
  return !NOT_A_STOCK.test(clause) && !/新|建|计划|拟|力争|确保|争取|要/.test(clause);
}

/** Result cues, labelled 目前 with the year the text speaks of, for a stock 现有 states as it stands, up to its clause's end. */
function stocksNow(text: string, thisYear: number): TenseCue[] {
  const cues: TenseCue[] = [];
  const clauseEnd = stopFinder(text, /[，。；,;]/g);
  for (const m of matchesOf(STOCK_NOW, text)) {
    if (NOT_A_STOCK.test(m[0].slice(2))) continue;
    const start = m.index;
    const end = start + 2;
    let stop = clauseEnd(end);
    // (现有幼儿园201所、小学87所，以及职业高中、社区学院各1所: a clause going on with 以及 lists more of the stock.)
    // (A few clauses at most: a list is not gone on with 以及 again and again, and each stock's walk stays short.)
    // (Its own scan, not the shared finder, which later stocks ask from their own places.)
    for (let more = 0; more < STOCK_CLAUSES_MORE && stop >= 0 && /[，,]/.test(text[stop]!) && text.startsWith('以及', stop + 1); more++) {
      const next = clauseEndFrom(text, stop + 1);
      if (!listsMoreStock(text.slice(stop + 3, next < 0 ? text.length : next))) break;
      stop = next;
    }
    cues.push({ start, end, tense: 'result', year: thisYear, label: '目前', source: 'word', until: stop < 0 ? text.length : stop });
  }
  return cues;
}

/**
 * 目前，… / 目前我市… opening a sentence: the time it speaks of is the text's own now, so what it states is as things stand
 * (a stock, work under way), a result of that year — up to its sentence's end, or to the first word of its sentence that plans
 * (…，计划新建…; …，全年新增…; 目前，要…; 目前，我县确定今年…目标为…), past which the passage reads as it did. The sentences after it keep their
 * passage's tense (目前，全县共有企业180家。全年新增…: the plan's). Not 目前为止 (a total to date, read by its own words), nor
 * 目前的 (a state named as a base: 在目前的基础上).
 */
const NOW_OPENING = /(?<![^\s。！？；;：:])目前(?![为的])/g;
/**
 * A word by which the rest of a 目前 sentence plans: SENTENCE_PLANS (计划, 将, 要, 力争, 目标, 今年, 到2025年…), 全年 (not 预计全年,
 * the year under way estimated), 下一步, 年底前. Not a project's 计划投资 or 计划总投资 (目前在建项目33个，其中某项目计划投资1600亿元):
 * its size, as 总投资 is.
 */
const PLANS_AFTER_NOW = `(?!计划总?投资)(?:${[SENTENCE_PLANS, '(?<!预计)全年', '下一步', '新的一年', '年底前'].join('|')})`;

/** Result cues, labelled 目前 with the year the text speaks of, for a sentence opening on 目前 (NOW_OPENING). */
function nowOpening(text: string, thisYear: number): TenseCue[] {
  if (!text.includes('目前')) return [];
  const sentenceEnd = stopFinder(text, /[。！？!?\n]/g);
  const nextPlanningWord = stopFinder(text, new RegExp(PLANS_AFTER_NOW, 'g'));
  return matchesOf(NOW_OPENING, text).map((m) => {
    const end = m.index + 2;
    const stop = sentenceEnd(end);
    const sentenceStop = stop < 0 ? text.length : stop;
    const planned = nextPlanningWord(end);
    const until = planned >= 0 && planned < sentenceStop ? planned : sentenceStop;
    return { start: m.index, end, tense: 'result' as const, year: thisYear, label: '目前', source: 'word' as const, until };
  });
}

/**
 * 与杭州（1705亿元）、青岛（1910亿元）相当: a place named (after 与/和/同/及/于/、 or a clause's start) and a bare figure in brackets
 * right after it — the other places a comparison measures the text's own against, their figures as they stand, no target.
 */
const PLACE_FIGURE = /(?<=^|[与和同及于、，,：:\s])(?:(?![与和同及于比较])[\u4e00-\u9fff]){2,6}[（(]\s*\d[\d.]*\s*[^\d\s（）()，,。；;、：:]{0,4}[)）]/g;
/** 高于, 远低于, 超过, 仅次于…: a comparison that governs the place named right after it. */
const COMPARED_TO_NEXT_WORDS = ['高于', '低于', '超过', '不及', '好于', '快于', '慢于', '仅次于', '落后于', '领先于'];
const COMPARED_TO_NEXT = new RegExp(`(?:${COMPARED_TO_NEXT_WORDS.join('|')})$`);
/** 与/和/同 right before the first place of a list, 相当/持平/接近 right after its last bracket: the places set level with. */
const LEVEL_WITH_BEFORE = /[与和同]$/;
const LEVEL_WITH_WORDS = ['相当', '持平', '接近'];
const LEVEL_WITH_AFTER = new RegExp(`^(?:基本|大致|大体|总体)?(?:${LEVEL_WITH_WORDS.join('|')})`);
/** 、 or 和/及 between one bracket's close and the next place: the places listed under one comparison. */
const LISTED_NEXT = /^(?:[、和及]|以及)$/;
/** How far apart two bracketed places of one sentence may stand to be read together: a fixed short span. */
const COMPARISON_REACH = 60;
/**
 * Every word COMPARED_TO_NEXT or LEVEL_WITH_AFTER reads: a sentence with none of them compares no place, so PLACE_FIGURE (a
 * look-behind tried at every character) is not run on it.
 */
const COMPARISON_ANYWHERE = new RegExp([...COMPARED_TO_NEXT_WORDS, ...LEVEL_WITH_WORDS].join('|'));

/** Where a PLACE_FIGURE match ends: after its bracket's close. */
function closeOf(m: RegExpExecArray): number {
  return m.index + m[0].length;
}

/** Whether found[k] follows found[k - 1] in one list (only 、/和/及 between them). */
function listedAfterPrevious(found: readonly RegExpExecArray[], k: number, text: string): boolean {
  return k > 0 && k < found.length && LISTED_NEXT.test(text.slice(closeOf(found[k - 1]!), found[k]!.index));
}

/** Whether found[k] and found[k + 1] stand in one sentence (`sentenceEnd` finds its end), within reach. */
function nearNext(found: readonly RegExpExecArray[], k: number, text: string, sentenceEnd: (from: number) => number): boolean {
  if (k + 1 >= found.length) return false;
  const close = closeOf(found[k]!);
  const stop = sentenceEnd(close);
  return found[k + 1]!.index < Math.min(stop < 0 ? text.length : stop, close + COMPARISON_REACH);
}

/**
 * Result cues (目前, the year the text speaks of) inside each bracket of PLACE_FIGURE that a comparison governs, where a
 * neighbouring bracket stands in its sentence too (a single bracket after a name, 甲县（12个）, may be a part's own count):
 * a list of places after 高于/低于/超过… (低于成都（3700亿元）、西安（3350亿元）), or after 与/和/同 and closed by
 * 相当/持平/接近 (与杭州（1705亿元）、青岛（1910亿元）相当). Not a plan's breakdown by district (其中东城区（5所）、西城区（3所），
 * 新增学位超过1万个: the 超过 bounds the text's own figure, it compares no place).
 */
function placesCompared(text: string, thisYear: number | undefined): TenseCue[] {
  const cues: TenseCue[] = [];
  if ((!text.includes('（') && !text.includes('(')) || !COMPARISON_ANYWHERE.test(text)) return cues;
  const found = matchesOf(PLACE_FIGURE, text);
  if (found.length < 2) return cues; // a single bracket has no neighbour (nearNext)
  const sentenceEnd = stopFinder(text, SENTENCE_BREAK);
  let listCompared = false;
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    if (!listedAfterPrevious(found, i, text)) {
      // A list's first place: compared if a comparison word stands right before it, or 与…相当 around the whole list.
      let last = i;
      while (listedAfterPrevious(found, last + 1, text)) last++;
      listCompared =
        COMPARED_TO_NEXT.test(charsBefore(text, m.index, 3)) ||
        (LEVEL_WITH_BEFORE.test(charsBefore(text, m.index, 1)) && LEVEL_WITH_AFTER.test(text.slice(closeOf(found[last]!), closeOf(found[last]!) + 6)));
    }
    if (!listCompared || !(nearNext(found, i, text, sentenceEnd) || (i > 0 && nearNext(found, i - 1, text, sentenceEnd)))) continue;
    // (The name holds no bracket: the first is the figure's.)
    const open = m.index + m[0].search(/[（(]/);
    const end = closeOf(m);
    cues.push(
      thisYear === undefined
        ? { start: open, end: open + 1, tense: 'result', source: 'word', until: end }
        : { start: open, end: open + 1, tense: 'result', year: thisYear, label: '目前', source: 'word', until: end },
    );
  }
  return cues;
}

/** 关于2023年…计划执行情况与2024年…计划草案的报告 written without 《》: the name of a document. */
const DOCUMENT_TITLE = /关于[^，。；,;：:“”《》]{2,80}?的(?:报告|通知|意见|决定|决议|说明)/g;

/**
 * A result cue inside a document's name written bare (关于2023年…执行情况…的报告) names what the document covers, not when
 * the figures after it fall: like an aside's, it governs only up to the name's end (报告指出，…新增光伏装机容量40兆瓦 keeps
 * the passage's tense).
 */
function limitToDocumentTitles(text: string, cues: TenseCue[]): void {
  if (cues.length === 0 || !text.includes('关于')) return;
  for (const m of matchesOf(DOCUMENT_TITLE, text)) {
    // 《关于印发…2023年重点工作任务的通知》: a named plan's year still dates the tasks quoted from it.
    if (text[m.index - 1] === '《') continue;
    const close = m.index + m[0].length;
    // Cues are sorted by start: only those starting inside the name are looked at.
    for (let k = countStartingBefore(cues, m.index); k < cues.length && cues[k]!.start < close; k++) {
      const cue = cues[k]!;
      if (cue.tense === 'result' && cue.end <= close) cue.until = Math.min(cue.until ?? close, close);
    }
  }
}

const MAX_LOOKBACK = 48;

/** Whether the word at `start` lies inside a quoted name that holds a goal word and no figure (QUOTED_GOAL_NAME). */
function insideQuotedGoalName(text: string, start: number): boolean {
  // Looked for in the 17 characters before the word only: a text without “ was read back to its start for every goal word.
  const from = Math.max(0, start - 17);
  const at = text.slice(from, start + 1).lastIndexOf('“');
  if (at < 0) return false;
  const open = from + at;
  QUOTED_GOAL_NAME.lastIndex = 0;
  const name = QUOTED_GOAL_NAME.exec(text.slice(open, open + 36));
  return name !== null && name.index === 0 && open + name[0].length > start;
}

/** How many of `items` (sorted by start) start before `pos`: a binary search. */
export function countStartingBefore(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last cue that starts before `pos` and at or after `from` and passes `keep`, else undefined. */
export function cueBefore(cues: readonly TenseCue[], from: number, pos: number, keep: (cue: TenseCue) => boolean): TenseCue | undefined {
  const lo = countStartingBefore(cues, pos);
  // At most MAX_LOOKBACK cues back, so a sentence of thousands of cues stays linear.
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_LOOKBACK && cues[k]!.start >= from; k--) {
    const cue = cues[k]!;
    if (cue.end <= pos && (cue.until === undefined || pos <= cue.until) && keep(cue)) return cue;
  }
  return undefined;
}

/** A sentence's closing tense: its last cue's, with the last year named in that tense (and whether that year is a span's). */
export type ClosingTense = { tense: Tense; year: number | null; span?: true; estimate?: true } | null;

/**
 * The tense a sentence leaves its paragraph in: its last cue's, with the last year named in that
 * tense; null when the sentence has no cue (the passage goes on as it was).
 */
export function closingOf(cues: readonly TenseCue[]): ClosingTense {
  const end = Number.MAX_SAFE_INTEGER;
  const last = cueBefore(cues, 0, end, (c) => c.tense !== null);
  if (!last) return null;
  const dated = cueBefore(cues, 0, end, (c) => c.year !== undefined && (c.tense === null || c.tense === last.tense));
  const closing: NonNullable<ClosingTense> = dated?.span
    ? { tense: last.tense!, year: dated.year!, span: true }
    : { tense: last.tense!, year: dated?.year ?? null };
  if (last.estimate) closing.estimate = true;
  return closing;
}

/**
 * closingOf a text the grammar has not scanned (a sentence without numbers needs no scan). A bare
 * 将 there is a prediction (必将载入史册), not a plan: it sets no figure, so it turns no passage.
 */
export function closingTense(text: string, context: TenseContext): ClosingTense {
  if (typeof text !== 'string' || text.length === 0) return null;
  // 上半年/下半年 are month periods with no numeral in them: 今年上半年，…势头明显 closes on its months, a result.
  const tokens = /[0-9０-９〇零一二两三四五六七八九十]|[上下]半年/.test(text) ? scanTokens(text) : { years: [], periods: [] };
  return closingOf(tenseCues(text, tokens, context).filter((c) => !(c.source === 'word' && text.slice(c.start, c.end) === '将')));
}

/** 预计2023年全年, 预计今年全年: the year under way estimated as a whole. */
const YEAR_ESTIMATED = /预计\s*(?:(\d{4})\s*年|今年)\s*全年/g;
/** Words of aim that make a 预计 state a goal (Decisions 3): 力争, 确保, 争取, 目标, 计划, 将, 要 (not 主要, 重要), 到2025年. */
const AIM_IN_SENTENCE = new RegExp(AIMS_AN_ESTIMATE);
/**
 * 2021年、2022年规上工业完成产值398.8亿元、579.33亿元，预计2023年全年工业产值有望突破700亿元: a 预计 of the year under way
 * right after earlier years' results in its sentence continues the report — an estimate of that year's result, not a goal,
 * whatever the text plans elsewhere (corpus Decisions 3). A result cue of that year at the end of 全年, so it outranks the
 * year's own cue, up to the sentence's end. Not with a word of aim before it in its sentence (力争…，预计全年…), nor with no
 * earlier year's result before it (全年…达到600亿元，预计比上年增长15% in a plan states the target's growth).
 */
function yearEstimatedAfterResults(text: string, thisYear: number): TenseCue[] {
  if (!text.includes('预计')) return [];
  const cues: TenseCue[] = [];
  for (const m of matchesOf(YEAR_ESTIMATED, text)) {
    const year = m[1] === undefined ? thisYear : Number(m[1]);
    if (year !== thisYear) continue;
    const before = sentenceBefore(text, m.index);
    const earlier = [...before.matchAll(/(\d{4})\s*年/g)].some((y) => Number(y[1]) < year);
    if (!earlier || AIM_IN_SENTENCE.test(before)) continue;
    const at = m.index + m[0].length;
    cues.push({ start: at, end: at, tense: 'result', year, source: 'word', estimate: true });
  }
  return cues;
}

/** A verb of change and 到/至 right before a year (增加到2021年, 提高至2020年) whose figure follows (…年的293.7亿元). */
const CHANGE_TO_YEAR_BEFORE = /(?:增加|增长|提高|提升|上升|扩大|下降|降低|减少|跃升|攀升)(?:到|至)\s*$/;
const changeReachedIn = (text: string, start: number, end: number): boolean =>
  CHANGE_TO_YEAR_BEFORE.test(charsBefore(text, start, 6)) && /^\s*(?:末|底)?的\s*\d/.test(text.slice(end, end + 6));

/** 2000年底前建成的…, 2005年前老旧小区: a year the things a figure counts were built before. */
const BUILT_BEFORE = /^(?:底|末)?以?前(?:(?:建成|建设|修建|建造|竣工)的|的?老旧)/;

/**
 * 力争, 确保, 争取, 力保, 下一步, 将, 要 earlier in a sentence (全年将推动…，其中一季度实现…; 今年要…，一季度完成…), with nothing after
 * them saying the work is done (group 1 the word). Not 即将 (about to: news of what is under way), nor 要求 (按照市委要求，1-5月完成…:
 * a demand a report answers, its months reported), nor words that only hold 将 or 要 (将乐县, 将军路, 将近; 首要, 交通要冲).
 */
const AIMED_BEFORE = new RegExp(
  `(${AIM_VERB}|力保|下一步|下步|(?<!即)将(?![乐军近领士])|(?<!首)${AIM_YAO}(?![求冲道塞]))(?![^。！？；;\\n]*?(?:已|了|以来|截至|截止))[^。！？；;\\n]*$`,
);
/** A clause break: 力保 governs only the months inside its own clause (力保…一季度开工项目完成…), not a summary's next clause. */
const CLAUSE_BREAK_IN = /[，,：:]/;

/** Whether the aim word AIMED_BEFORE found in `before` (at `at`, absolute `pos`) governs the months at its end. */
function aimGovernsMonths(text: string, before: string, at: number, pos: number, word: string): boolean {
  // 将…作为/纳入/放在: 将 marks an object, as 把 does (README, Not cues) — no future.
  if (word === '将') return !marksObject(text, pos);
  if (word === '力保') return !CLAUSE_BREAK_IN.test(before.slice(at));
  return true;
}

/**
 * 确保…，上半年实现通车总里程突破1万公里, 力争一季度实现开门红: months of the plan year a sentence aims at are a
 * deadline, not the period a result ran over (a 截至 or 以来 before them, or 已/了 after the cue, still report).
 */
function aimedAtPeriod(text: string, start: number): boolean {
  const before = charsBefore(text, start, 80);
  if (/(?:截至|截止)\s*$/.test(before)) return goalThenPart(before);
  const m = AIMED_BEFORE.exec(before);
  const from = start - before.length;
  return (m !== null && aimGovernsMonths(text, before, m.index, from + m.index, m[1]!)) || goalThenPart(before);
}

/** 目标为5%，其中 / 预期增长8%，其中: a goal word, its figure and 其中 closing the text before the months. */
const GOAL_THEN_PART = /(预期|目标)[^。！？；;\n]{0,16}?[，,]\s*其中\s*[，,]?\s*$/;
/** 高于预期目标, 完成年度目标: a goal named as the yardstick of a result, no goal set (年度目标为… alone sets one). */
const YARDSTICK_BEFORE_GOAL = /(?:高于|低于|超过|超出|好于|快于|慢于|完成|实现|达到|符合)(?:年度|年初)?(?:预期)?$/;

/**
 * 增长目标为5%，其中一季度为5%左右; 预期增长8%，其中上半年增长7.5%: months after 其中 split the goal their sentence has just set, a
 * target of the plan year, not a result of those months — not a goal named as a yardstick (高于预期目标…，其中一季度增长6.1%).
 */
function goalThenPart(before: string): boolean {
  const m = GOAL_THEN_PART.exec(before);
  return m !== null && !YARDSTICK_BEFORE_GOAL.test(before.slice(Math.max(0, m.index - 4), m.index));
}

/** 下半年计划新开工…, 三季度，全市要完成…: a plan word right after the months (past its scope word) sets their work. */
const PLANNED_AFTER_PERIOD =
  /^份?(?:末|底)?\s*[，,]?\s*(?:(?:全|我)[市县区省镇乡])?\s*(?:计划|要|拟|力促(?=完成|实现|达到|突破|新增|新开工)|力争|确保|争取(?![^，。；,;\d]{0,12}?(?:资金|债券|投资|补助|专项|项目|贷款)))(?!生育)/;
/**
 * 计划一季度完成投资5亿元, 拟于上半年建成: 计划 or 拟 right before the months plans their work, as after them (not the
 * year's plan named as a yardstick, 占年计划, 年度计划; nor 按计划/照计划/依计划, "as scheduled", how work reported went).
 */
const PLANNED_BEFORE_PERIOD = /(?<![年度按照依])(?:计划|拟)(?:在|于)?\s*$/;
/** 到三季度末: the months as a deadline (截止到 still reports). */
const BY_PERIOD_END = /(?<!截止|截)到$/;

/** 预计到, 预测至: an estimate of the months up to a month's end, no deadline. */
const ESTIMATED_UP_TO = new RegExp(String.raw`(?:${ESTIMATE_VERB})[到至]\s*$`);
/** The months a plan word right after them plans, or that 到 before their end makes a deadline. */
function plannedForPeriod(text: string, start: number, end: number): boolean {
  if (PLANNED_AFTER_PERIOD.test(text.slice(end, end + 12)) || PLANNED_BEFORE_PERIOD.test(charsBefore(text, start, 5))) return true;
  // 预计到5月底: the months under way estimated, a result (Decisions 31), not a deadline.
  if (ESTIMATED_UP_TO.test(charsBefore(text, start, 5))) return false;
  return BY_PERIOD_END.test(charsBefore(text, start, 3)) && /^(?:末|底)/.test(text.slice(end, end + 1));
}
