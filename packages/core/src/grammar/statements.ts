/**
 * The syntactic pass: turns the tokens of one sentence (or a whole text) into Statements.
 * For every quantity it decides whether it is a statement or only qualifies one, finds the
 * metric it is about, its comparator, kind, role and period. README.md documents the rules.
 */
import { firstHolding, matchesOf } from './matches.ts';
import type { Comparator, Period, Span, TargetKind } from '../model.ts';
import { CLAUSE, charFlags, PAREN_CLOSE, PAREN_OPEN, SENTENCE } from './chars.ts';
import {
  BENCHMARK,
  eachExample,
  eachPlace,
  eachPlaceListedBefore,
  groupSharesRate,
  twoWholeMeasures,
  isQualifierOnly,
  replaceQualifier,
  SHARE_ONLY,
  splitMetrics,
  splitPairedNoun,
  splitUrbanRural,
  stripLifecycle,
  type MetricRef,
} from './compose.ts';
import { comparatorOf, kindOf, SIZE_DIMENSIONS, endsWithShareWord } from './kinds.ts';
import { metricKey } from './lexicon.ts';
import { POPULATION_AFTER, scanTokens, type PeriodToken, type Quantity, type RankToken, type YearToken } from './scan.ts';
import { parseChineseNumeral } from './numbers.ts';
import { boundWordEndingAt, LIFECYCLE_BY_LENGTH, parseSegment, type Segment } from './segment.ts';
import { ISSUED_PURPOSE_REACH, OWN_ISSUING, carriedOutPurpose, issuedBeforeCount, issuedPurpose, namesIssuedMeasures } from './issued.ts';
import type { Statement, StatementContext } from './types.ts';
import { unitInfo } from './units.ts';
import {
  closingOf,
  countStartingBefore,
  cueBefore,
  GOAL_SHARE_AFTER,
  GOAL_SHARE_VERB,
  plannedInClause,
  tenseCues,
  type ClosingTense,
  type TenseCue,
} from './tense.ts';
import {
  AIMED_VERBS,
  REWORK_VERBS,
  WORK_ROOTS,
  WORK_ENDS,
  WORK_COMPOUNDS,
  ASPIRATION_CUES,
  BENCHMARK_WORDS,
  byLength,
  FUNDS_NOUNS,
  COUNT_VERBS,
  ISSUING_VERBS,
  LEADING_FILLERS,
  PRE_COMPARATORS,
  DEMONSTRATIVES,
  DOCUMENT_PARTS,
  LIFECYCLE_VERBS,
  QUOTA_AFTER,
  QUOTA_BEFORE,
  RANK_CUES,
  RANK_ANY_SCOPE,
  RANKED_MEASURE_WORDS,
  RANK_SCOPE,
  RELATIVE_METRICS,
  TARGET_CUES,
  YEAR_PLAN_SHARE_VERB,
  WORK_PART_HEADS,
  AIMS_COUNTED_BY,
  RANK_STEPS,
  COUNT_FIRST_PARTS,
  BUILT_PARTS,
  ESTIMATE_VERB,
  AIMED,
} from './words.ts';

/** The one a rank is shared with, before 并列 (与杭州并列第2): no subject of the rank. */
const TIE_PARTNER = /与[\u4e00-\u9fff]{1,6}(?:并列?)?$/;
/** 指标 after a count (3项经济指标, 五项主要指标): the count names indicators, not things done. */
const LISTED_MEASURES_NOUN = /^(?:主要)?(?:经济)?指标/;
/** The counting units a count of named things is written in (3个产业链群, 2所学校, 4家企业). */
/** 各2所, 均3个, 分别…, 不少于…: each item's own figure or a bound, no count of the items. */
const EACH_OR_BOUND_BEFORE = /(?:各|均|分别|不少于|至少|超过|达到)\s*$/;
/** A count written inside a list's last item (两大产业集群, 3个园区): the list is counted already. */
const COUNT_IN_ITEM = /[一二两三四五六七八九十]\s*[大个项类家座所条种级]/;
/** 国家级、省级专精特新企业2家: an item that is a tier (…级) lists kinds of the thing counted, not the things. */
const TIER_ITEM = /级$/;
const LISTED_ITEM_UNITS: ReadonlySet<string> = new Set(['个', '项', '家', '座', '所', '条', '种', '类', '处', '件', '宗']);
/** A count of the measures a figure is given to, opening their name (4个结构性指标, 两类企业). */
const LIST_COUNT_BEFORE = /^[0-9一二两三四五六七八九十]{1,3}(?:个|项|类)(?=[\u4e00-\u9fff]{2})/;

const CLAUSE_BREAKS = new Set(['，', ',', '；', ';', '。', '！', '？', '!', '?', '：', ':', '\n', '\r', '\t', '（', '(', '）', ')']);
/** The first character of a post comparator word (以上, 左右, 上下) and nothing after it: an excerpt cut there. */
const CUT_POST_WORD = /^\s*[以左上]\s*$/;
/** Characters after a quantity that end it as a statement (anything else is an object or a noun it qualifies). */
const TERMINALS = new Set([...CLAUSE_BREAKS, '、', '”', '"', '》', '】', ']', '[', '等', '…']);
/** How far back cue words are looked for: keeps the reader linear on text without punctuation. */
const CUE_WINDOW = 160;
/** Longest run of text read as one metric; longer runs are prose, and the bound keeps reading linear. */
const MAX_SEGMENT = 80;

const RANK_CUES_BY_LENGTH = byLength(RANK_CUES);
/** Verbs of a change, right after the figure it started from (从A增加到B, 由A、B分别提高到C、D). */
const CHANGE_TO = ['增加', '提高', '提升', '跃升', '上升', '扩大', '壮大', '发展壮大', '下降', '降低', '减少', '增', '降', '缩小', '压减'].flatMap((v) => [
  `${v}到`,
  `${v}至`,
]);
/**
 * 从32.9亿元稳步增长至…, 由45%逐步提高到…: a word of how the change went between the start figure and its verb of change
 * (a verb that goes on to its end figure: 到/至), which still ends the start figure's statement.
 */
const CHANGE_MANNERS = '稳步|逐步|逐年|持续|不断|大幅|快速|迅速|显著|明显|稳定|进一步';
const MANNER_THEN_CHANGE = new RegExp(`^(?:${CHANGE_MANNERS})(?:增长|增加|提高|提升|跃升|上升|攀升|扩大|下降|降低|减少|缩小|缩减)(?:到|至)`);
/** What is left before a change's end figure once its verb is read (稳步, 稳步增长至): no name of its own, the start figure's. */
const MANNER_ONLY = new RegExp(`^(?:${CHANGE_MANNERS})(?:增长(?:到|至))?$`);
/** 完成年度计划, 达到年计划 right before a percentage: the plan as the yardstick of the share reached (isQuota). */
const SHARE_OF_PLAN_BEFORE = new RegExp(`${YEAR_PLAN_SHARE_VERB}\\s*$`);
/** The name of a year's goal or plan as a quota (年度目标任务, 全年任务数, 计划占比): a pattern source. */
const QUOTA_NAME = '(?:全年|年度)?(?:目标)?(?:任务|计划)数?(?:占比)?';
/**
 * 国家下达的, 市下达, 上级下达的: the words before a quota that only say who set it, no measure; 年度目标任务, 全年任务 say only
 * that it is the year's goal (完成年度目标任务160亿元的53.5%).
 */
const QUOTA_WORDS_ONLY = new RegExp(`^(?:(?:国家|中央|上级|省|市|州|县|区)?下达的?|${QUOTA_NAME}|(?:全年|年度)目标)$`);
/** 增长5%达140.19万亿元: a bare 达 right before digits starts the next figure (not 达标, 达成, 达产: words 达 opens). */
const REACHES_FIGURE = /^达[0-9]/;
/** Words that, right after a number, begin another statement. */
const STATEMENT_STARTS = [
  '达到',
  '突破',
  '超过',
  '同比增长',
  '比上年增长',
  '增长',
  // 10亿人次以上年均增长13.6%: a headline's space lost, the average rate of the next statement.
  '年均增长',
  '年均下降',
  '下降',
  // 收入96.6亿元同口径增长3.1%: the change on a comparable basis, as 同比增长.
  '同口径增长',
  '同口径下降',
  '可比口径增长',
  '同比下降',
  '占全',
  '占比',
  // 从A增加到B, A跃升至B: the figure before the verb is where the change started.
  ...CHANGE_TO,
  // 保9000亿元力争超万亿元: a floor and then the figure striven for, the break between them lost.
  '力争',
  '争取',
];
/** STATEMENT_STARTS by their first character: one lookup after each figure, not a startsWith per word. */
const STATEMENT_STARTS_BY_FIRST = new Map<string, string[]>();
for (const w of STATEMENT_STARTS) STATEMENT_STARTS_BY_FIRST.set(w[0]!, [...(STATEMENT_STARTS_BY_FIRST.get(w[0]!) ?? []), w]);
/** Whether one of STATEMENT_STARTS is written at `at`. */
function opensAStatement(text: string, at: number): boolean {
  const words = STATEMENT_STARTS_BY_FIRST.get(text[at] ?? '');
  return words !== undefined && words.some((w) => text.startsWith(w, at));
}
/**
 * 硬化道路10万平方米并安装路灯1000盏: 并 (并且) right after a figure joins the next piece of work to it — the figure
 * ends its statement and the next one's measure starts after 并. Not 并列 (a tied rank), 并网, 并购, 并表 (words of
 * their own), nor 并非 / 并不 (a negation of what the figure is).
 */
const JOINED_NEXT_WORK = /^并且?(?!列|网|购|表|轨|联|非|不|未|无)[\u4e00-\u9fff]/;
/**
 * 改造雨水管网15公里和污水管网9公里, 铺设管网420米及其他附属设施: 和 / 及 / 以及 right after a figure ends the figure's
 * statement, as 、 does, when the words after it are the next item — they reach a figure of their own before the clause
 * breaks, or open with 其他 / 其它. Otherwise the 和 / 及 may start a word (5个和美乡村, 和谐社区, 及时雨) or join a phrase
 * with no figure (增长8%和就业稳定), and the figure keeps its noun. Not 及以上 / 及以下 (a comparator), nor a figure joined to
 * the next figure (15%和20%: a list of values). Looks at a fixed span after the joiner.
 */
const JOINER_BEFORE_WORDS = /^(?:以及|和|及)(?!以上|以下|以内)(?=[\u4e00-\u9fff])/;
/** The next item after a joiner: 其他 / 其它, or words reaching a figure (digits, or a numeral and its measure) before a break. */
const NEXT_ITEM_AFTER_JOINER = /^(?:其[他它]|[^，,。；;！？!?、\n]{0,12}?(?:[0-9０-９]|[一二两三四五六七八九十][个座所条处家项套台]))/;
function joinedNextItem(text: string, at: number): boolean {
  const joiner = JOINER_BEFORE_WORDS.exec(text.slice(at, at + 3));
  return joiner !== null && NEXT_ITEM_AFTER_JOINER.test(text.slice(at + joiner[0].length, at + joiner[0].length + 16));
}
/** Dimensions a count of things is written in (个, 条, 座, 所, 处…): what may open two figures on one object. */
const THINGS_COUNTED = new Set(['item', 'line', 'project', 'building', 'site', 'institution', 'plot', 'well', 'machine', 'machine-set']);
/** The second figure of two on one object: households or people in them, a length or an area (no sum, no rate). */
const SIZE_OF_THINGS = new Set(['enterprise', 'person', 'length', 'area', 'bed', 'piece']);
/**
 * 改造老旧小区25个1697户, 县乡道等16条320公里建设任务: a count of things and, right after it with nothing between, their size in
 * another unit (households, length, area) — two statements on one object, so the count ends its own. Not a count before a
 * sum or a rate (3个1000万元以上项目: the sum qualifies the projects), nor two figures in one unit (a list of values).
 */
function countThenSize(quantity: Quantity, next: Quantity | undefined, following: number): boolean {
  if (next === undefined || next.start !== following) return false;
  const first = unitInfo(quantity.unit).dimension;
  const second = unitInfo(next.unit).dimension;
  return THINGS_COUNTED.has(first) && SIZE_OF_THINGS.has(second) && first !== second && quantity.post === null;
}
/**
 * Verbs of what a sum of money goes to, right after it (安排资金3亿元支持设备更新, 1.2亿元用于…): the sum
 * ends its statement, the purpose is no noun it qualifies.
 */
const MONEY_PURPOSES = ['支持', '用于', '专项用于', '重点用于', '重点支持'];
/** 完成(年度)目标任务的 / 完成计划的 right before a percentage: a completion ratio. */
const COMPLETION_RATIO = /完成[^，。；,;\d]{0,8}?(?:任务|目标|计划)的$/;
/** The same with the goal's size before 的 (完成全年任务80个的, 完成年度目标任务160亿元的). */
const COMPLETION_RATIO_SIZED = /完成[^，。；,;\d]{0,8}?(?:任务|目标|计划)\s*\d[\d.]*\s*[^\s\d，。；,;、的]{1,3}的$/;
/** A completion rate right before its percentage (目标完成率达, 计划完成率为): a result when above 100%. */
const OVERFULFILLED = /完成(?:率|比例)(?:达到|达|为|是)?$/;
/** 5.0%左右的预期目标, 6%的增长目标: a rate named as a target (after 为实现…, what work so far serves). */
const SERVED_TARGET_AFTER = /^-?[\d.]+\s*[%％]\s*(?:左右|以上)?的(?:预期|增长|发展)?(?:预期)?目标/;
/** 为实现全年增长…, 为完成全年…: the purpose results so far serve. */
const SERVED_TARGET_BEFORE = /为了?(?:实现|完成)[^，,。；;]{0,12}$/;
const BACK_REFERENCED_TARGET = /^(?:以[内上下])?的[^，。；,;]{0,4}目标/;
/**
 * 补贴标准为：半失能人员每人每月160元，失能人员每人每月320元: the amounts a policy pays, as its standard states them —
 * no figure to reach (not a change to the standard, 补助标准再增加30元, 补贴标准提高43%, nor a total paid after it, 全年发放…45万元).
 */
const PAYMENT_STANDARD_BEFORE = /(?:补贴|补助|奖补|奖励)标准(?:为|是)?[:：]?(?:(?!提高|增加|上调|提升|达到|调整|发放|资金|共|累计|合计|总)[^。；;]){0,30}$/;
/** After a list place (第一位): the note that the name there leads (为牵头或汇总单位, 的为牵头单位, 者为工作牵头单位). */
const LEADING_NAME_AFTER = /^(?:者|的)?(?:为|是)[^。，,；;]{0,6}?(?:牵头|汇总|主办|责任)(?:单位|部门)?/;
/** A noun of what holds a rank right after it, then 的 (第三国家的, 第3位的城市的): the rank names the holder, it is no result. */
const RANK_NAMES_HOLDER = /^(?:位|名)?的?(?:国家|经济体|城市|省份|大省|经济大省)的/;
/**
 * 的 and a noun of a kind of place or body closing the phrase right after a rank (武汉流出人口全国排名第一的外省城市): the rank
 * describes what kind of thing is named after it, as a size bound qualifies a noun — no result stated for a measure. Not a
 * place named (排名在第13位的河北), nor the standing a rank holds (第二的位置, 第一的好成绩).
 */
const RANK_QUALIFIES_NOUN = /^(?:位|名)?的[\u4e00-\u9fff]{0,4}(?:城市|省份|地区|国家|企业|行业|产业)(?![\u4e00-\u9fff])/;
/** 与第一位都匀市相差, 同第二名相比: a rank after 与/同/跟 names the place compared with, no rank of the measure. */
const RANK_COMPARED_WITH_BEFORE = /[与同跟]$/;
/**
 * 有2项指标增速居全省第1位, 5项指标增速全国第一: the place ranks the indicators the count before it counts (a count result,
 * INDICATOR_PROGRESS), no measure of its own — unless a list names them (A、B五项指标增速全国第一, or …两项指标增速均排名全市第三
 * after clauses that named them: the rank is each item's).
 */
const RANK_OF_COUNTED_INDICATORS = /[\d一二三四五六七八九十两]+\s*项(?:主要)?(?:经济)?分?指标(?:增速|增幅)[^，,。；;、\d均]{0,8}$/;
/** The words of a count of indicators by their growth (7项指标增速, 2项分指标增幅). */
const COUNTED_INDICATORS_RATE = /项(?:主要)?(?:经济)?分?指标(?:增速|增幅)/;
/** A list of the indicators before their count (A、B两项, A等3项): each item holds the rank, the count is no figure. */
const INDICATORS_LISTED = /[、等]/;
/**
 * 每 and a verb of change right before the figure (GDP每增长1个百分点), or such a step earlier in the figure's clause with a verb
 * of bringing about before the figure (…可以带动约1.5万人就业): the step of a rule of thumb, or what each step brings.
 */
const RULE_STEP_BEFORE =
  /每(?:增长|增加|提高|提升|上升|下降|降低|减少)\s*(?:$|[\d.]+\s*(?:个百分点|百分点|%|[万亿]?元)[^，,。；;！？\d]{0,8}?(?:可以|可|能够?|将)?(?:带动|拉动|增加|减少|创造|吸纳)[^，,。；;！？\d]{0,4}$)/;
/** How far back in its clause such a step is looked for. */
const RULE_STEP_REACH = 40;
/** What follows the step of a scoring rule: the points it earns or loses (加0.5分, ，扣1分). */
const SCORING_STEP = /^[^，。；,;]{0,8}?[，,]?\s*(?:另加|加|扣|减|计)\s*[\d.]+\s*分/;
/** A clause that ends on a verb of saying (某所长认为, 相关负责人表示): who speaks, no measure named. */
const SPEAKER_ONLY = /(?:认为|表示|指出|说|强调|介绍|称|坦言|分析|提到|建议)$/;
/** A figure that is an average of others (7.5%平均水平, 10%的平均增速), after 高于/低于… in its clause. */
const BENCHMARK_AVERAGE = /^(?:左右)?的?平均(?:水平|增速|增幅|值)/;
/** What a measure compared with an average may close on that names no measure (GDP目标增速 → GDP). */
const AVERAGE_MEASURE_FILLER = /(?:目标)?(?:增速|增幅|增长)?$/;
/** A measure's words that say it is a rate of growth (GDP目标增速, 增长). */
const GROWTH_FILLER = /(?:增速|增幅|增长)$/;
/** 高于省、市 / 快于全省 / 低于全国和全省 right before an average's figure: the comparison word, then the levels named. */
const LEVELS_BEFORE_AVERAGE = new RegExp(`(${BENCHMARK_WORDS.join('|')})((?:全?[国省市州县]|国家)(?:[、和](?:全?[国省市州县]|国家))*)\\s*$`);
/** What may stand before a rate that only restates one (实现6.5%左右的增长): nothing, or a bare 实现. */
const RATE_RESTATED_BEFORE = /^(?:(?:要|才能|能够?|可以|就能)?实现)?$/;
/** A 、 list closed by its count and what its items are (…、大健康3大产业, …、医药三大集群). */
const COUNTED_LIST = /([2-9]|[两二三四五六七八九])大([\u4e00-\u9fff]{1,6})$/;
/** A metric that is itself a share (…占比, …比重): see SHARE_ONLY. */
function endsWithShare(metric: string): boolean {
  for (const word of SHARE_ONLY) if (metric.endsWith(word)) return true;
  return false;
}

/**
 * The noun each item of a 、 list is, when the list closes with a count that equals its items (A、B、C3大产业 → 产业):
 * the figure after it is each item's, as 均 would say; null otherwise (A、B3大产业 counts something else).
 */
function countedList(raw: string): string | null {
  const m = COUNTED_LIST.exec(raw);
  if (!m) return null;
  const count = /\d/.test(m[1]!) ? Number(m[1]) : '两二三四五六七八九'.indexOf(m[1]!) + (m[1] === '两' ? 2 : 1);
  return raw.split('、').length === count ? m[2]! : null;
}

/** Each item of a counted list (A、B、C3大产业) named with what the count says it is: A产业, B产业, C产业. */
function namedItems(raw: string, start: number, noun: string): MetricRef[] {
  const items: MetricRef[] = [];
  let at = start;
  for (const item of raw.replace(COUNTED_LIST, '').split('、')) {
    const name = item.trim() + noun;
    items.push({ metric: name, base: name, start: at + (item.length - item.trimStart().length) });
    at += item.length + 1;
  }
  return items;
}

/**
 * After a %: perhaps its bound (以上, 左右), then the growth noun it heads, with 的 and perhaps the economy's or a measure's
 * short name between (10%以上增长, 4.7%的GDP增长, 6.2%的工业增速, 年均6.8%的经济增长): the % measures a change. Not a share
 * of things that grow (30%的企业实现营收增长): no other words between.
 */
const GROWTH_NAMED_AFTER =
  /^(?:以上|以下|左右|以内)?(?:的(?:[A-Za-z]{2,6}|经济|工业|投资|消费|能源消费|出口|外贸|进出口|财政收入|收入)?)?(?:增速|增长速度|增长|增幅)(?![率点极])/;
/**
 * A verb of contribution right before the %: 民营经济贡献了全市60%以上的经济增长, 占45%的GDP增长 — the % is a share of the growth
 * the subject brings, not the growth's rate. Not a verb that only supports a growth (支撑了年均6.8%的经济增长, 拉动): its rate.
 */
const CONTRIBUTED_BEFORE = /(?:贡献|占|来自)了?[^，。；！？\d]{0,6}$/;
/** An abstract rate noun after a rate (的增速, 的增长速度, 的增长(预期)目标, 的预期经济成长, 5%经济增长): the rate named, not a measure's. */
const RATE_NOUN_AFTER = /^(?:的(?:预期)?(?:经济)?(?:增速|增长速度|增长|增幅|成长)|(?:经济)(?:增长|成长))/;
/** Words between a 、 list and its one figure that say the figure is the list's sum. */
const SUMMED = /合计|总计/;
/** 千亿级, 万亿级规模, 千亿台阶, 万亿大关: a tier of size a counted list's items each reach. */
const TIER_OF_EACH = /级|规模|台阶|大关/;
/** A short aside in brackets after a number ((人民币,下同)), skipped when looking for the next verb. */
const ASIDE = /^[（(][^（）()]{1,12}[）)]/;
/** Verbs that end a counted object and start the next statement (…项目完成投资1.4万亿元). */
const OBJECT_STOPS = /完成|实现|达到|突破|超过|增长|同比|新增|累计|占|带动/;
/** A currency written after a sum of money (3500亿元人民币): part of its unit, no noun the sum counts. */
const CURRENCY_AFTER = /^\s*人民币/;
/** A verb of reaching right before the next figure: it opens that figure's statement. */
const VERB_OF_NEXT = /(?:达到|达|突破|首破|破|超过|超|迈上|迈入|冲)$/;
/** 争 and a digit right after a figure (保6争7): the figure striven for, after the one held. */
const STRIVEN_FIGURE_NEXT = /^争\d/;
/** 人才新政30条, 20条惠企政策: 条 counting the articles of a policy, the document's structure, not lines built. */
const ARTICLES_OF = /(?:政策|新政|意见|办法|规定)$/;
const QUOTA_AFTER_BY_LENGTH = byLength(QUOTA_AFTER);
/** 就可以(了), 就够了, 就行: the words after a figure that say it would suffice (收入年均增长4.7%以上就可以了). */
const SUFFICES_AFTER = /^(?:就|便)(?:可以|够了|足够|行了?|足以)/;
/** 实施…一期2GW等项目: a capacity closing the name of a project given as an example before 等 and the projects. */
const EXAMPLE_PROJECTS_AFTER = /^等(?:\d+个)?(?:重点|重大)?项目/;
/** The sum of one item of a list of size bounds: digits or numerals with 万/亿/元 (5000万元, 亿元, 50亿). */
const BOUND_SUM = '(?:[0-9.]+|[一二两三四五六七八九十百千]{1,4})?(?:(?:万亿|亿|万)?元|(?:万亿|亿)(?![元斤吨千立平亩人度方美万]))';
/**
 * The rest of a 、 list of size bounds after its first, the last closing on the noun they all qualify (…、企业投资亿元以上项目,
 * …、50亿元、10亿元的领军型企业), or a bracket converting the sum before its bound word (5亿元（3000万美元）以上项目):
 * group 1 the bound word closing it. Each item is a sum after at most eight words (企业投资, 产值超).
 */
const BOUNDS_LIST_REST = new RegExp(
  `^(?:(?:、[^，,。；;！？\\n、\\d]{0,8}?(?:超过|超|过)?${BOUND_SUM})+?|[（(][^（）()，,。；;！？\\n]{1,14}[）)])(?:(及?以上|以下)的?|的)?(?=[\\u4e00-\\u9fff])(?!及?以[上下]|左右|上下)`,
);
/** What a figure's 的 may name that is no noun a bound qualifies: the figure's own goal or scale (100亿元、200亿元的目标). */
const NOT_QUALIFIED_AFTER = /^级?(?:目标|任务|水平|规模|台阶|大关|关口|门槛|量级)/;
/** 超100亿元, 过亿元: a word of passing right before a sum, which makes it a bound. */
const PASSING_BEFORE = /(?:超过|超|过)$/;
/** 的节能减排目标, 的减排目标 right after a figure, or closing the 、 list it heads (no clause break between). */
const FIELD_GOAL_AFTER = /^(?:、[^。；;，,！？\n]{0,40}?[\d.]+\s*[%％]?)?(?:左右|以上|以内)?的[\u4e00-\u9fff]{0,6}?目标(?!区间)/;
/** A goal word right after a quotation of figures (“…增长7%”的预期目标, ”的发展目标): the quotation states the goal. */
const QUOTED_GOAL_AFTER = /^的?(?:年度|主要|预期|发展|奋斗|增长|经济)*(?:预期)?目标(?!区间|值)/;
/** How far a quoted goal may run, from its opening to its closing quote (a list of a year's main figures). */
const QUOTED_GOAL_SPAN = 240;
/** A yardstick word right before a figure (低于5.0%的控制目标): the goal named after it is measured against, not set. */
const BENCHMARK_BEFORE = new RegExp(`(?:${BENCHMARK_WORDS.join('|')})$`);
/** Units a document counts its own parts in (项, 个, 条), and the nouns of those parts ending a metric. */
const COUNTED_PARTS: ReadonlySet<string> = new Set(['item', 'project', 'line']);
/**
 * A metric that is "this number" (这一数字, 该数据): a reporter speaking of a figure already named.
 * (该指标达到65% names a new figure for an indicator, and is read.)
 */
const POINTED_BACK = /(?:^|[^\u4e00-\u9fff]|将|把|使|让)(?:这|该|此|上述)(?:一|个)?(?:数字|数据)/;
/** Words counting who attends a meeting (应到代表, 实到, 出席会议, 实有代表, 代表名额): procedure, not a figure. */
const ATTENDANCE = /应到|实到|实有代表|代表名额|出席|列席|缺席|到会/;
/**
 * The vote a session adopts a document by (以99.3%的赞成率, 602人投票, 赞成598票, 反对3票): figures of the procedure, which no plan
 * measures — as who attends is none. The vote's words after the figure (投票, 的赞成率) or as its metric (赞成, 弃权票).
 */
const VOTE_AFTER = /^(?:的)?(?:投票|赞成|反对|弃权|票决|表决|参加表决)/;
/** 给予 earlier in the figure's clause, maybe with whom it is given to (给予小微企业, 一次性给予). */
const GRANTED_BEFORE = /给予[^，,。；;！？\n\d]{0,12}$/;
/** What is granted, closing the figure's phrase: a benefit, subsidy or reward (…价格扣除优惠, …的奖励, 补贴). */
const GRANT_AFTER = /^(?:以上|以内|左右)?的?[^，,。；;！？\n\d]{0,12}?(?:优惠|补贴|补助|奖励|奖补|扣除|减免|贴息|资助|支持)(?=[，,。；;！？\n]|$)/;
/** How far around the figure a grant's words are looked for. */
const GRANT_REACH = 16;
/** A share of a plan's own indicators (…的指标占, …类指标占比): what part of its indicator set is of a kind. */
const OWN_INDICATORS_SHARE = /(?:的|类)指标(?:数)?(?:占比?|比重|所占比重)$/;
/** A session's vote choosing what is counted after it, in the count's clause (票决产生, 票选表决县政府…). */
/** A width or a design speed right before a length (路基宽度24米, 设计时速为100公里): a size of the design. */
const DESIGN_SIZE_BEFORE = /(?:宽度|(?:路基|路面|桥面|道路)宽|设计时速|设计速度)(?:为|达到?|约)?\s*$/;
/** The units the press is counted in (46家媒体, 88名记者, 3条线路). */
const PRESS_UNITS: ReadonlySet<string> = new Set(['家', '名', '位', '条', '个']);
/** The press, and its covering an event: both in a figure's clause make it procedure (pressCovering). */
const PRESS_NAMED = /记者|媒体/;
// (Not 报道 alone: reports the issuer places, 在省级以上媒体刊发报道320条, are its work counted.)
const PRESS_COVERING = /采访|到会/;
const PRESS_SENT_BEFORE = /组织|邀请|安排|选派|派出|力争|计划|确保|争取|开展/;
/** How far a figure's clause is read each way for the press. */
const PRESS_REACH = 40;
/** A notice publishing the list its sentence names and counts (现予公布, 予以公布, 现予公告, 特此公布). */
// (Not a list said published, 新认定高新技术企业35家，并予以公布: a review's count.)
const LIST_PUBLISHED = /现予以?(?:公布|公告)|(?<![并已将均后])予以公布|特此公布/;
/** The verbs by which a notice names things as a kind (命名…为, 认定, 评定, 授予), before the count of what it names. */
const LIST_NAMED = /命名|认定|评定|授予|公布/;
/** How far a sentence is read on for LIST_PUBLISHED, and back for an attachment's title. */
const PUBLISHED_REACH = 160;
const ATTACHMENT_REACH = 80;
/** The bracket of an attachment's title closing after its count, before any sentence break (个、95处）). */
const BRACKET_CLOSES_AFTER = /^[^。！？!?\n（(）)]{0,10}[)）]/;
const VOTED_BEFORE = /(?:票决|票选|表决)(?:[^，,。；;！？\n\d]|\d{4}年){0,20}$/;
/** How far back in its clause such a vote is looked for. */
const VOTED_REACH = 24;
const VOTE_METRIC = /(?:^|[，,（(])(?:投票|赞成|反对|弃权|赞成票|反对票|弃权票)$/;
/** A 、 list of places closed by 等, right before their count (东岭、西河、南湾等). */
const PLACES_LIST_BEFORE_COUNT = /(?:^|[，,。；;：:\s])(?:[^等、\d，,。；;：:\s]{2,8}、)+[^等、\d，,。；;：:\s]{2,8}等$/u;
/** The places word a count of listed places closes on (等5个县区, 等8个城市). */
const PLACES_COUNTED_AFTER_LIST = /^(?:县市区|县区|县市|市县|城市|地市|省区)/u;
/** 均 or a tier reached in the places' clause: each place's own figure follows. */
const EACH_PLACE_AFTER = /^[^，,。；;\n]{0,40}?(?:均(?![衡等匀])|大关)/u;
/** Provinces counted (28个省份, 31个省（区、市）). */
const PROVINCES_COUNTED = /^(?:省份|省区市|省[（(]区、市[）)])/;
/**
 * 省市 counted is provinces only after a 、 list closed by 等, and closing its noun phrase: a break, 的, or the clause's verb
 * after it (广东、湖南等20多个省市相继召开, 等7个省市，都订出…, 等7个省市开展合作). Elsewhere 省市 before a noun is a level of
 * recognition (新增5个省市重点实验室, 创建4个省市示范村, 产业园等20个省市重点项目), a count of the plan's own.
 */
const PROVINCES_COUNTED_AFTER_LIST = new RegExp(
  `^省市(?:$|[^\\u4e00-\\u9fff]|的|${[...LEADING_FILLERS, ...COUNT_VERBS, ...ISSUING_VERBS].sort((a, b) => b.length - a.length).join('|')})`,
);
/**
 * The kinds of division a place is made up of (设区市, 县（市）, 县（市、区）, 县级市, 区县…, and the member states of a body): counted
 * as the whole of a place's divisions, they are its make-up.
 */
const DIVISION_KINDS = '设区市|地级市|县[（(]市[）)]|县[（(]市、区[）)]|县[（(]区[）)]|县市区|县区|区县|县市|市县|县级市|市州|省会城市|成员国';
const DIVISIONS_COUNTED = new RegExp(`^(?:${DIVISION_KINDS})(?![\\u4e00-\\u9fff]{0,2}(?:园区|示范|试点))`);
/** A whole right before the count of its divisions: its scope word (全省, 全国, 我国), or a place and 有 (黑龙江省有, 全省共有). */
const WHOLE_BEFORE_DIVISIONS = /(?:(?:全|我|本)[国省市区州盟]|[\u4e00-\u9fff]{1,6}[省市区州盟])(?:共|已|只)?有?\s*$/;
/** 下设, 下辖, 辖 earlier in the count's clause: a place's make-up listed. */
const MAKEUP_LISTED_BEFORE = /(?:下设|下辖|辖有?)[^，,。；;！？\n]{0,40}$/;
/** How far back in its clause such a list's verb is looked for. */
const MAKEUP_REACH = 48;
/** The units a place's make-up lists (村（社区）, 村民小组, 社区, 行政村, 居委会, 乡镇, 街道), and DIVISION_KINDS. */
const MAKEUP_UNITS_COUNTED = new RegExp(
  `^(?:${DIVISION_KINDS}|村[（(]社区[）)]|村民小组|社区|行政村|自然村|居委会|村委会|乡镇|街道|镇|乡|村)(?![\\u4e00-\\u9fff]{0,2}(?:园区|示范|试点|达到|实现))`,
);
/** What may stand before provinces counted as their clause's subject: nothing, 有/已有/共有, or a list closed by 等. */
const PROVINCES_AS_SUBJECT_BEFORE = /^(?:(?:全国)?(?:已|共|只)?有?|[\s\S]*[等的])$/;
/** Delegates or members a session gathers, named right after their count (3000名全国人大代表, 2000余名政协委员). */
const DELEGATES_GATHERED = /^[\u4e00-\u9fff]{0,6}?(?:人大代表|政协委员)/;
/** 来自全县各条战线的, 来自各行各业的: where the delegates a session gathers come from. */
const DELEGATES_FROM = /^来自[^，,。；;]{1,14}的$/;
/** The same after the count (823名人大代表出席会议, 500名政协委员列席会议): delegates who attend, no figure of the plan. */
const DELEGATES_ATTENDING = /^[\u4e00-\u9fff]{0,8}?(?:代表|委员)(?:们)?(?:出席|列席|到会|与会|参加会议)/;
/** What ends a count's own phrase, read backwards from the count: a clause break, list mark or opening quote. */
const PHRASE_BREAKS = new Set([...'，,。；;！？：:\n、（(《“"']);
/**
 * The words of a count's own phrase before it (issuedInReview, measuresCarriedOut): the tail of `before` holding no
 * PHRASE_BREAKS, found from the end — a `[^…]*$` pattern would be retried from every position of the slice.
 */
function ownPhraseBefore(before: string): string {
  let start = before.length;
  while (start > 0 && !PHRASE_BREAKS.has(before[start - 1]!)) start--;
  return before.slice(start);
}
/** 民生实事, 为民办实事, 实事项目: the practical matters a work report promises, its own list's items. */
const PROMISED_MATTERS = /实事(?:项目)?$/;
/** 重点民生实事, 民生实事全部超额完成: a count's noun that names practical matters, whatever is said of them after. */
const PROMISED_MATTERS_NAMED = /^[\u4e00-\u9fff]{0,4}实事/;
/** 权重40%, 总分40分, 分值4: how an assessment weighs its indicators, no figure of the plan. */
const ASSESSMENT_WEIGHT = /(?:权重|分值|总分|满分|标准分)$/;
/** 距兰州市直线距离38.5公里, 距机场20公里: how far a place lies from another, a fact of geography, no measure of a plan. */
const PLACE_DISTANCE = /^距(?:离)?(?:(?!目标|差|还|的)[\u4e00-\u9fff]){1,12}?(?:直线|车程|公路)?(?:距离)?$/;
/** 享年73岁, 时年45岁: a person's age in a news line (a repost's list of other stories), no measure of a plan. */
const PERSONAL_AGE = /(?:享年|终年|时年|现年|年仅)$/;
/** 今年61岁的…, 现年45岁: the words before a person's age (今年 then means the person's age now, no year planned). */
const AGE_OF_PERSON_BEFORE = /(?:今年|现年|时年|年仅|享年|终年)(?:已经?|刚|才|都)?$/;
/** 包括8项, 分为三类: a count whose only words are a verb listing what follows counts the list's own items. */
const LISTING_VERBS = '包括|包含|涵盖|分为|共有|共计|涉及';
const LISTING_ONLY = new RegExp(`^(?:主要)?(?:${LISTING_VERBS}|计)$`);
/**
 * What opens the list a count introduces, in its clause or the next sentence: ，依序为 / ，分别是 / ： / ，具体安排如下 /
 * 。具体包括： / 。分别是： / 。一是… / 。（1）…: the count is the size of the list that names its items (corpus Decisions 25).
 */
/** The words opening such a list (shared with the reader's test of the next sentence, extract.ts `LIST_OPENING`). */
export const LIST_OPENERS = String.raw`(?:依序|依次|分别|具体)(?:为|是)|具体(?:安排|内容|任务|项目)?(?:如下|包括)|主要包括|包括\s*[：:]|一是|其一|[（(]\s*[1１一]\s*[）)]|[1１]\s*[、.．](?![0-9])|一、`;
const LIST_OPENS = String.raw`\s*(?:[，,。；;]\s*(?:${LIST_OPENERS})|[：:])`;
const LIST_FOLLOWS = new RegExp(`^${LIST_OPENS}`);
/**
 * 推进三项改革：…, 重点抓好15件大事和民生实事。分别是：…: a count of lines of work whose noun is followed at once by the list
 * naming them (not 项目: 实施120个重点项目 is a count target whatever follows).
 */
const WORKS_LISTED_AFTER = new RegExp(`^[^，,。；;！？\\n：:\\d]{0,12}?(?:改革|任务|工作|行动|工程|举措|措施|实事|大事)${LIST_OPENS}`);
/** The same verb after a document's part (考核指标主要包括5项): the count of that part's items. */
const LISTING_VERB = new RegExp(`(?:主要)?(?:${LISTING_VERBS})$`);
/** What is said of a document's parts after them: met (提前达标, 全部完成). */
const PARTS_MET = /(?:提前|全部|均|已|顺利)?(?:达标|完成|实现)$/;
/**
 * What a review says of indicators counted by their progress (16项基本符合或快于预期, 6项达到时序进度, 12项达到或基本达到时序进度,
 * 4项未达进度, 13项指标进展超过预期): the count sorts a plan's own indicators, it is no figure.
 */
const INDICATOR_PROGRESS = new RegExp(
  String.raw`^(?:分?指标)?(?:进展)?(?:均|已)?(?:基本)?(?:` +
    // …against the plan's pace or expectation (16项基本符合或快于预期, 34项分指标超过或达到规划进度要求)
    String.raw`(?:符合|快于|慢于|好于|优于|低于|达到|未达|滞后于?|超过|超出|超)(?:或(?:基本)?(?:符合|快于|慢于|达到|超过|好于|优于))?\s*` +
    String.raw`(?:规划|年度)?(?:预期|时序进度|序时进度|预期进度|进度)` +
    // …against their goals (12项指标完成目标, 3项未能完成年度目标, 4项指标存在一定差距)
    String.raw`|(?:未能|未)?完成(?:年度|全年)?目标|存在(?:一定|较大)?差距` +
    // …against the other places (16项指标居全省前列, 8项位居全市前列)
    String.raw`|(?:位居|居|处于|保持)(?:全国|全省|全市|全州|全区|全县)[^，,。；;\d]{0,6}?前列)`,
);
/**
 * r30u's wider words for the same counts: the year's tasks done (50项已完成年度任务, 24项已提前完成全年任务), 已经, 事项 (14个事项已…).
 * Unlike the words above, these also state a count a plan sets (确保18个事项全面完成年度任务: a count target, corpus Decisions 25):
 * a count read by them only (or counted in 个) sorts items by progress only where it reports (`countsIndicatorProgress`).
 */
const TASKS_PROGRESS = new RegExp(
  String.raw`^(?:分?指标|事项)?(?:进展)?(?:均|已经?)?(?:基本)?(?:` +
    String.raw`(?:符合|快于|慢于|好于|优于|低于|达到|未达|滞后于?|超过|超出|超)(?:或(?:基本)?(?:符合|快于|慢于|达到|超过|好于|优于))?\s*` +
    String.raw`(?:规划|年度)?(?:预期|时序进度|序时进度|预期进度|进度)` +
    String.raw`|(?:未能|未)?(?:提前|全面)?完成(?:年度|全年)?(?:目标|任务)|存在(?:一定|较大)?差距` +
    String.raw`|(?:位居|居|处于|保持)(?:全国|全省|全市|全州|全区|全县)[^，,。；;\d]{0,6}?前列)`,
);
/** 个 counting a list's items only with their noun right after (14个事项, 9个指标), not any thing counted in 个. */
const ITEMS_NAMED = /^(?:分?指标|事项)/;
/**
 * …by the first place their growth took (2项指标增速居全省第1位, 5项指标增速全国第一): counted so only with no list of them before
 * the count (A、B等5项指标增速排名全市第一 ranks the subject the list names, corpus c096 and counted-measures-rank).
 */
const INDICATOR_RANKED_FIRST = /^(?:分?指标)(?:增速|增幅)(?:位居|居|位列|排名)?(?:全国|全省|全市|全州|全区|全县)第[一1]位?/;
/** The clause naming the set such counts are drawn from, right before them: …明确的32项指标中（含预计数）： */
const INDICATOR_SET =
  /\d+\s*项[^，,。；;：:！？\d]{0,16}?(?:指标|目标任务|任务|目标)中\s*(?:[（(][^）)]{0,12}[）)])?\s*[：:，,]?\s*(?:\d+\s*项[^，,。；;：:！？\d]{0,24}[，,；;]\s*){0,6}$/;
/** A clause that goes on to name what its count counts (…，分别是GDP增速、…): the count is the list's size. */
const NAMED_AFTER = /^[^，,。；;：:]*[，,：:]\s*(?:(?:分别|依次|具体)(?:是|为)|包括)/;
/** How far back the set's clause is looked for (its name and the counts before this one). */
const SET_REACH = 160;
/** Units a count of a list's own items is written in. */
const LIST_HEAD_UNITS: ReadonlySet<string> = new Set(['项', '个', '条', '件']);
/**
 * What closes the clause of a count that heads a list (17项未达序时的目标任务分别为：, 具体目标如下：): the words it counts,
 * then a word that opens the list and a colon, with no clause break between. The counted words come after the count: in
 * 实施重点项目120个如下： the count closes its noun and is the plan's figure, the list only naming its items.
 */
const LIST_OPENS_AFTER = /^[^，,。；;！？\n：:\d]{2,20}?(?:分别为|分别是|依次为|如下)\s*[：:]/;
/**
 * 比上年生产目标高, 较2025年的GDP增长目标下调了, 较去年增加: a change over an earlier year (group 1: the year when written,
 * group 2: the earlier year's goal named as the base; group 3: a gap's 高/低 rather than a move), up to the figure
 * (movesEarlierGoal).
 */
const EARLIER_GOAL_MOVED =
  /(?:比|较|較)\s*(?:上年|去年|上一年|前一年|(\d{4})\s*年)度?(?:的?[^，,。；;！？\n\d]{0,10}?(目[标標]))?[^，,。；;！？\n\d]{0,3}?(?:增加|提高|提升|下调|下調|上调|上調|调低|調低|调高|調高|降低|回落|(高|低))了?\s*$/;
/** A goal, then (across one comma) a verb of adjusting it right before the figure: 增速目标，分别上调…, 增长目标则下调… */
const GOAL_ADJUSTED_BY = /目[标標]值?[，,]?\s*(?:则|也|均|都)?(?:分别)?(?:上调|下调|调高|调低|调增|调减|上調|下調|調高|調低)了?\s*$/;
/**
 * How far before a figure EARLIER_GOAL_MOVED is looked for: its longest shape (较 2025 年度的 + ten words + 目标 + 下调了 and
 * spaces) fits, and a long clause (新增企业5家、… repeated, a run of spaces) is not read again for each of its figures.
 */
const EARLIER_GOAL_REACH = 48;
/** A metric naming a goal (GDP增长目标加权平均值): its figure is a goal, whatever role the passage gives it. */
const GOAL_WORD = /目[标標]/;
/** 三分之一, 四分之一: a share written as a fraction in words. */
const FRACTION_WRITTEN = /分之/;
/**
 * 是草原, 是山地: a fraction followed by what that part of a place is. Not 为 (新增岗位的三分之一为高校毕业生岗位: an allocation,
 * aimed at), nor after an aim or a verb of reaching in the clause (比例达到三分之一是基本要求).
 */
const IS_WHAT_AFTER = /^\s*是[\u4e00-\u9fff]/;
const REACHED_BEFORE = new RegExp(`(?:${[...TARGET_CUES, '达到', '提高到', '提升到', '增加到', '不低于', '不少于', '超过'].join('|')})[^，,。；;]*$`);
/** How far back such a verb is looked for in the fraction's clause. */
const REACHED_REACH = 16;
/** How far 发挥 and 作用 are looked for on each side of a figure. */
const USE_REACH = 36;
/** 发挥…, 充分发挥: a role asked of things named next, with no clause break after it. */
const PUT_TO_USE_BEFORE = /发挥[^，,。；;！？\n：:]{0,34}$/;
/**
 * …带动作用, …示范引领作用: the role asked, with no clause break before it, closing its clause (培育10家带动作用强的企业 and
 * 打造5个具有比较优势的集群 build things the role word only describes).
 */
const ROLE_AFTER = /^[^，,。；;！？\n：:]{0,34}?(?:作用|效应|优势)(?=[，,。；;！？\n：:]|$)/;
/** How far a document's title is looked for on each side of a figure. */
const TITLE_REACH = 40;
/** 关于2024年实施…, 关于印发…: the opening of a document's title, with no clause break after it. */
const TITLE_OPENS_BEFORE = /关于[^，,。；;！？\n：:“”《》]{0,38}$/;
/** The words a document's title closes with (…的通知, …的实施意见). */
const DOCUMENT_WORD = '通知|通报|意见|实施意见|决定|方案|实施方案|报告|批复|函';
/** After a count of promised matters: a list, a table's words, or a document's title closing (…实事的通知). */
const MATTERS_LISTED_AFTER = new RegExp(`^\\s*(?:[：:]|任务|一览表|清单|分解|的?(?:${DOCUMENT_WORD})|\\s{2,}|\\n|$)`);
/** …的通知, …的实施意见: the close of a document's title, with no clause break before it. */
const TITLE_CLOSES_AFTER = new RegExp(`^[^，,。；;！？\\n：:“”《》]{0,36}?的(?:${DOCUMENT_WORD})`);
/** Words that give the figure before converted to another unit (折合11612美元, 约合1.6亿美元). */
const CONVERTED = /^(?:折合|约合)$/;
/** A heading that only says goals follow (发展目标⏎6%, 主要目标): it names no measure, so its figure is none. */
const GOALS_HEADING = /^(?:主要|核心|发展|总体|预期|奋斗|年度)?(?:预期)?目标$/;
/**
 * A goal word alone between a figure and the next, after a comma (工作目标366亿元，增长18%，奋斗目标372亿元): a second, higher
 * goal of the measure the clause before named, no heading.
 */
const SECOND_GOAL_OF_MEASURE = /^\s*(?:奋斗|发展|年度)目标\s*$/;
/** The end of a clause that gave a figure (366亿元，, 增长18%，): what such a goal word follows. */
const FIGURE_THEN_COMMA = /\d\s*(?:[%％]|[万亿]?元|[个项家户人])?\s*[，,]\s*$/;
/** A digest's numbered label before its figure (数字1：6.5%左右, 关键词3, 看点二): it names no measure either. */
const NUMBERED_LABEL = /^(?:关键)?(?:数字|数据|关键词|看点|亮点)\s*[0-9一二三四五六七八九十]{1,2}$/;
const OWN_PART_TAIL = new RegExp(`(?:${[...DOCUMENT_PARTS, ...WORK_PART_HEADS].filter((w) => w.length >= 2).join('|')})$`);
/** The same, for a count written after its noun: 国际航线方向3个 counts routes, so 方向 is a part only before its count. */
const OWN_PART_TAIL_NOUN_FIRST = new RegExp(
  `(?:${[...DOCUMENT_PARTS, ...WORK_PART_HEADS].filter((w) => w.length >= 2 && !COUNT_FIRST_PARTS.has(w)).join('|')})$`,
);

/**
 * Metrics before a figure that make it no figure of the plan (each test holds for every metric of
 * the figure, or the figure is read): what they name is structure, procedure or a figure already given.
 */
const METRICS_OF_NO_FIGURE: readonly ((metric: string, dimension: string, unit: string | null, cued: boolean) => boolean)[] = [
  // 分解任务15项, 约束性指标8项, 考核指标主要包括5项, 包括8项: a document counting its own parts, the noun before the count.
  (m, d) => COUNTED_PARTS.has(d) && (LISTING_ONLY.test(m) || ownPart(m.replace(LISTING_VERB, ''), d, OWN_PART_TAIL_NOUN_FIRST)),
  // 将这一数字下调至7%以下: a figure already named, pointed at as "this number", states nothing new.
  (m) => POINTED_BACK.test(m),
  // 发展目标 6%, 数字1：6.5%左右: a heading or a digest's label that names no measure (Decisions 10 of the corpus).
  (m) => GOALS_HEADING.test(m) || NUMBERED_LABEL.test(m),
  // 82694元（折合11612美元）: the figure before in another unit, no figure of its own.
  (m) => CONVERTED.test(m),
  // 本次大会应到代表215名，实到199名: who attends the meeting is procedure, no figure of the plan.
  (m, d) => d === 'person' && ATTENDANCE.test(m),
  // 其中涉及民生福祉的指标占70%以上, 绿色生态类指标占比超过三分之一: the share of the plan's own indicators, its structure.
  (m, d) => d === 'percent' && OWN_INDICATORS_SHARE.test(m),
  // 赞成598票, 弃权票2张: the vote that adopted a document, procedure too.
  (m) => VOTE_METRIC.test(m),
  // 权重40%, 总分40分: how an assessment weighs its indicators.
  (m) => ASSESSMENT_WEIGHT.test(m),
  // 民生实事10件: the report's own list of practical matters counted, the noun before the count.
  (m) => PROMISED_MATTERS.test(m),
  // 因病逝世享年73岁: a person's age.
  (m, d) => d === 'age' && PERSONAL_AGE.test(m),
  // 距兰州市直线距离38.5公里: where a place lies.
  (m, d) => d === 'length' && PLACE_DISTANCE.test(m),
  // 报告中“发展”出现67次: how often a quoted word occurs in a text, no figure of the plan.
  (m, d) => d === 'event' && WORD_FREQUENCY.test(m),
  // 国境线长150公里, 海岸线总长200公里: a territory's border, its profile as its area is (corpus Decisions 19).
  (m, d, _u, cued) => d === 'length' && !cued && BORDER_LENGTH.test(m),
  // 包括县级市21个、县42个, 下辖街道5个: the divisions a place is made up of, named before their count with no verb.
  (m, d, _u, cued) => d === 'item' && !cued && DIVISIONS_LISTED.test(m),
  // 总面积4372平方公里, 三岛陆域总面积1411平方公里: a territory's size, its profile (corpus Decisions 19, 33), in a land unit.
  // (Not land worked or kept, 新增湿地保护总面积, 自然保护地总面积达到…, 完成营造林总面积: no place before the area word, or a
  // verb or a comparator before the figure.)
  (m, d, u, cued) => d === 'area' && !cued && u !== null && LAND_UNITS.has(u) && TERRITORY_AREA.test(m),
];
/**
 * 其中：甲工业园区1324公顷；城镇生活区491公顷；物流中心125公顷: the zones a layout divides its land into, each named and its
 * extent after it with no verb, in the 其中 breakdown of a total — the plan's map, as a territory's area is. (Not 建设产业园区
 * 2000公顷 or 扩建甲工业园区500公顷: a verb builds it; not 到2025年，全县现代农业产业园3000公顷 or a list a verb carries
 * (建设…示范片区1500公顷，蔬菜保供片区800公顷): no 其中 before them.)
 */
function zoneLaidOut(metric: string, dimension: string, unit: string | null, cued: boolean, before: string): boolean {
  return (
    dimension === 'area' && !cued && unit !== null && LAND_UNITS.has(unit) && ZONE_LAID_OUT.test(metric) && !ZONE_WORKED.test(metric) && before.includes('其中')
  );
}
/** A zone's name opened by the work done on it (扩建甲工业园区, 新建乙产业园区): land built, no layout. */
const ZONE_WORKED = /^(?:新建|扩建|续建|建设|改造|提升|打造|征收|征地|完成|实施|推进|新增|培育|创建|规划建设)/;
/** A zone of a layout named by its own name: 海川工业园区, 城镇生活区, 机械加工及物流中心 (not 建成区, land built up). */
const ZONE_LAID_OUT = /^[\u4e00-\u9fff]{2,12}(?:园区|产业园|工业园|功能区|片区|生活区|物流中心)$/;
/** How far back in its sentence a zone's 其中 is looked for (a layout of a few zones). */
const ZONE_LIST_REACH = 120;
/** The units a territory's or a zone's extent is given in. */
const LAND_UNITS: ReadonlySet<string> = new Set(['平方公里', '平方千米', '公顷', '万公顷']);
/**
 * 总面积, 青禾区总面积, 三岛陆域总面积, 国土面积, 开发区规划总面积: the extent of a territory or a zone laid out — the area word
 * alone or after a place's or zone's name (not 湿地保护总面积, 营造林总面积: land of a kind).
 */
const TERRITORY_AREA =
  /^(?:[\u4e00-\u9fff]{0,8}?(?:[省市县区镇乡岛州盟旗]|园区|全境|境内))?(?:陆域|海域|国土|辖区|行政区域|规划)?(?:总面积|陆域面积|国土面积|辖区面积|行政区域面积)$/;
/** A metric that only says how figures generally run (普遍在, 大多在, 多数为, 基本都在). */
const GENERALLY_ONLY = /^(?:普遍|大多|大多数|多数|大部分|基本|一般)(?:都|均)?(?:在|为|是)?$/;
/** ± right before a figure (±0.5%): a band either side. */
const BAND_SIGN_BEFORE = /(?:±|\+\/-)\s*$/;
/** A border or coast of a territory and its length (国境线长, 边境线总长, 海岸线长度). */
const BORDER_LENGTH = /(?:国境线|边境线|海岸线|边界线)(?:总)?(?:长|长度|全长)$/;
/** A division noun alone, maybe after the word listing a place's make-up (包括县级市, 县, 下辖乡镇): the make-up counted. */
const DIVISIONS_LISTED = new RegExp(`^(?:包括|其中|下辖|辖)?(?:${DIVISION_KINDS}|县|区|乡镇|街道)$`);
/** A quoted word and the verb of its occurring (“发展”出现, “创新”被提及): a word counted in a text. */
const WORD_FREQUENCY = /[”"」]\s*(?:共|被)?(?:出现|提到|提及)$/;

/**
 * A 、 list of measures closed by a count of them and 指标 (甲、乙、丙等3项经济指标增速, 甲、乙五项指标增速): the list's own items, each
 * with the measure word written after 指标 (增速), when the count equals them; null for any other subject.
 */
const COUNTED_MEASURES = /^([^，,。；;！？\d]+、[^，,。；;！？\d]+?)等?(\d{1,2}|[两二三四五六七八九十])项(?:主要)?(?:经济)?指标(增速|增幅)?[均都]?$/;
/**
 * The items of a 、 list when there are `count` of them, else null: split at each 、, or also at a 和, 及 or 与 between two
 * words of an item (甲和乙、丙 → 甲, 乙, 丙, 甲和乙 → 甲, 乙); a 和 joins words as often as items (新建和改扩建), so the count
 * must match.
 */
function listItems(list: string, count: number | null): string[] | null {
  const items = list.split('、');
  if (items.length === count) return items;
  // (A 和 splits an item in two at most: a count outside items…2×items is never met — no item is tried.)
  if (count === null || count < items.length || count > 2 * items.length) return null;
  const joined = items.flatMap((item) => {
    const pair = ITEMS_JOINED.exec(item);
    return pair ? [pair[1]!, pair[2]!] : [item];
  });
  return joined.length === count ? joined : null;
}
/** 甲和乙, 甲及乙, 甲与乙: two items joined by a word (each at least two characters). */
const ITEMS_JOINED = /^([\u4e00-\u9fff“”"]{2,}?)(?:和|及|与|以及)([\u4e00-\u9fff“”"]{2,})$/;

/**
 * 最高, 最低, 最多 and what may stand between it and the figure: a bound word (不超过, 可达), the base of a rate (产品销售合同
 * 金额的) — no digit, no 是 (最高是7.8%: a measure's extreme), no 的 (最多的乡镇: a superlative picking one).
 */
const CAP_OF_EACH_BEFORE = /(?:最高|最低|最多)(?![的是])[^，,。；;！？\n\d]{0,16}$/;
/**
 * What marks the bound as a payment's: a bound word or paying word between 最高/最低 and the figure (最高不超过, 最高奖励,
 * 最多可申请), or a prize just before it (线索奖最低) — not a measure's peak (最高用电负荷达到, 最高单产), nor a standard raised
 * (最低标准提高到每人每月…, a target of the plan).
 */
const CAP_BOUND_OR_PAID = /不超过|不高于|不低于|可|给予|奖励|奖补|补助|补贴|资助|支持|[\u4e00-\u9fff]奖$|^奖/;
/** A figure raised or reached, or a measure's peak, not a cap: 提高到, 达到, 增长; 最高负荷可达, 最高供水能力. */
const CAP_RAISED = /提高|提升|达到|达|增长|增加|上调|负荷|能力|产量|单产|产值|气温|水位/;
/** How far back from a figure its 最高/最低 is looked for: the word, a bound word and a rate's base. */
const CAP_REACH = 24;
/** Words of a policy paying out (给予支持, 奖励, 补助, 奖补, 资助, 线索奖). */
const PAYING = /给予|奖励|奖补|补助|补贴|资助|扶持|[\u4e00-\u9fff]奖(?![项章])/;
/** How far around the figure the paying words are looked for. */
const PAYING_REACH = 40;
/** How far before 拥有 its sentence is looked at for an aim, a ratio's base or an addition. */
const OWNED_LEAD_REACH = 60;
/** How far back the verb of a list of things a place has is looked for. */
const OWNED_REACH = 120;
/**
 * 拥有 (擁有), then the items already listed (300多座方山石台、, 20個國家森林公園，), each a number and its words, up to the
 * figure: the figure is one more thing the place has. The number right after the verb (not 拥有量达到…, 拥有各类企业3000家).
 */
const OWNED_LIST_BEFORE = /(?:拥有|擁有)[着了]?(?:\s*[0-9０-９.]+[^，,、。；;！？\n0-9０-９]{1,16}[、，,])*\s*$/;
/**
 * Before 拥有: an aim (力争拥有, 到2025年拥有, 到“十四五”末, 2025年, 使…拥有, 预计年底, 将拥有), a ratio's base (每千人拥有,
 * 千人口拥有, 人均拥有, 各区县均拥有), or what was added (新增拥有) — all read as before.
 */
const OWNING_AIMED_OR_PER = /力争|争取|确保|将|要|到|至|\d{4}\s*年|末|底|使|预计|目标|每|千人|万人|人均|户均|均|新增/;

/** The words after the last clause break of `words` (a 、 is no break). */
function lastClause(words: string): string {
  return words.slice(Math.max(...[...'，,。；;！？\n：:'].map((c) => words.lastIndexOf(c))) + 1);
}
function countedMeasures(subject: string): string[] | null {
  const m = COUNTED_MEASURES.exec(subject.trim());
  if (!m) return null;
  const items = m[1]!.split('、').map((item) => item.trim());
  const count = parseChineseNumeral(m[2]!) ?? Number(m[2]);
  if (items.length !== count || !items.every((item) => LISTED_MEASURE.test(item))) return null;
  // 全县税收收入、…: the scope opening the list is no part of its first item.
  return items.map((item, i) => (i === 0 ? item.replace(LEADING_SCOPE_WORD, '') : item) + (m[3] ?? ''));
}
const LEADING_SCOPE_WORD = /^(?:全[国省市州县区旗]|我[省市州县区旗])/;

/** 总量和增速, 增速、总量 right before 均: both the total and its rate rank. */
const TOTAL_AND_RATE = /总量[和、与及]增速|增速[和、与及]总量/;

/** The words after a sentence's last 、 item, when they name something (two characters or more). */
function afterLastItem(words: string): string {
  const at = words.lastIndexOf('、');
  return at >= 0 && words.length - at > 2 ? words.slice(at + 1) : words;
}

/** 位列…、中国地级市基本现代化指数第12位: the ranking a rank verb names before 第 (not a bare scope: 位列全省第3位). */
function rankingNamed(words: string): string {
  const item = afterLastItem(words).trim();
  return /[\u4e00-\u9fff]{3}/.test(item.replace(RANK_ANY_SCOPE, '')) && !/[，,；;。\d]/.test(item) ? item : '';
}

/** A metric naming one of the document's own parts (任务, 指标…; 条 of a policy's articles). */
function ownPart(metric: string, dimension: string, tail: RegExp = OWN_PART_TAIL): boolean {
  return tail.test(metric) || (dimension === 'line' && ARTICLES_OF.test(metric));
}
const QUOTA_BEFORE_BY_LENGTH = byLength(QUOTA_BEFORE);
/**
 * 省市下达我县全年粮食生产任务面积182万亩、产量15.65亿斤; 市下达…建设任务3400亩; 下达…任务是生猪存栏34.7万头，能繁母猪存栏…:
 * a quota a higher level handed down (or broke down, 分解), quoted with its figures — the year's targets, also in a review.
 * Its first figure stands in its own clause; not 任务 as the yardstick of a share (完成省下达任务的108%, 任务数的), nor a
 * completion rate (下达任务完成率), nor a quota with no figure in its clause (超额完成省下达任务，…增长6%).
 */
const QUOTA_HANDED_DOWN = /(?:下达|分解)[^，,；;。！？\n]{0,24}?任务(?:是|为)?(?![的完超]|数的)(?=[^，,；;。！？\n\d]{0,12}\d)/g;
/** How far back a quota handed down is looked for: its list of figures follows it closely. */
const QUOTA_HANDED_DOWN_REACH = 80;
/** Words between a quota handed down and a figure that make the figure what was done or expected, not the quota. */
const DONE_AFTER_QUOTA = /已|完成|实际|预计|截至|截止|超/;

/** Whether the figure at `start` is of a quota handed down earlier in its sentence, nothing done between. */
function quotaHandedDown(text: string, start: number): boolean {
  // (The figure's first digit is kept in the window: the pattern looks ahead to it.)
  const window = text.slice(Math.max(0, start - QUOTA_HANDED_DOWN_REACH), start + 1);
  if (!window.includes('任务')) return false;
  const from = Math.max(window.lastIndexOf('。'), window.lastIndexOf('！'), window.lastIndexOf('？'), window.lastIndexOf('\n')) + 1;
  const found = matchesOf(QUOTA_HANDED_DOWN, window.slice(from)).at(-1);
  if (found === undefined) return false;
  const between = window.slice(from + found.index + found[0].length, -1);
  if (!DONE_AFTER_QUOTA.test(between)) return true;
  // 下达新建任务3400亩，已完成3410亩；改造任务1800亩，已完成…: a second quota after ；, named by its own 任务 right before
  // the figure, is handed down with the first, whatever was done between.
  const clause = between.slice(Math.max(between.lastIndexOf('；'), between.lastIndexOf(';')) + 1);
  return NEXT_QUOTA_CLAUSE.test(clause) && !DONE_AFTER_QUOTA.test(clause) && !NOT_HANDED_DOWN_TASK.test(clause);
}
/** A ；-clause that is only a quota's name up to its figure (改造任务, 能繁母猪存栏任务是), no word of work done in it. */
const NEXT_QUOTA_CLAUSE = /^[^，,、\d]{0,12}任务(?:是|为)?[^，,、\d]{0,8}$/;
/** What is left of a quota (剩余任务, 尚余, 余下) or an earlier year's (去年任务, 上年任务): a gap or a past quota, none handed down now. */
const NOT_HANDED_DOWN_TASK = /(?:剩余|尚余|余下|去年|上年)[^，,、\d]{0,6}任务/;
/** A short noun then 任务 after a figure (9.45亿吨保供煤任务, 67万亩高标准农田建设任务): the task the figure sizes. */
const NAMED_TASK_AFTER = /^[\u4e00-\u9fff]{1,7}(?:目标)?任务/;
const VALUE_JOINERS = new Set(['、', '和', '及', '与']);
/** A count's bare name, to complete from the clause before (总数, 数量). */
const COUNT_OF: ReadonlySet<string> = new Set(['总数', '数量', '总数量']);
/** Verbs of making more that head a clause naming what is counted (扩增攀登企业, 壮大市场主体). */
const CLAUSE_VERB_HEAD = /^(?:扩增|扩大|壮大|增加|发展|做大|培育壮大)/;
/** Nouns a count is of: enterprises, projects, bodies, platforms. */
const COUNTED_NOUN_END = /(?:企业|项目|主体|平台|园区|基地|中心|机构|商户|经营户)$/;
/** Dimensions whose count before 等 counts things of the list's kind (3个产业园等12个项目), not a capacity in a name. */
const COUNTED_EXAMPLES: ReadonlySet<string> = new Set(['item', 'project', 'enterprise', 'institution', 'building']);
/** The number of a tier in 级: digits or numerals with 百/千/万/亿 (五千亿, 五十亿, 100亿). */
const TIER_NUMBER = '[百千万亿\\d.一二两三四五六七八九十]+';
/** What follows a tier in 级 when it names a size, not a noun it grades (级规模, 级台阶, 级以上). */
const TIER_SIZE_AFTER = '(?!以上|及以上|规模|台阶|新台阶|大台阶|大关|量级)[\\u4e00-\\u9fff]';
/** A noun graded by a tier of money in 级 (百亿元级企业), not the size the tier names. */
const GRADED_NOUN = new RegExp(`^级${TIER_SIZE_AFTER}`);
/** 争取到, 获得, 获批 right before a sum: funds obtained. */
const OBTAINED_BEFORE = /(?:争取到|获得|获批)$/;
/** 贡献了, 生产, 产出, 外运: verbs that hand over a mass of material (贡献了6亿多吨煤炭). */
const PRODUCING_VERB = '(?:贡献|生产|产出|外运|调出|供应)了?';
/** Such a verb right before a mass. */
const PRODUCED_BEFORE = new RegExp(`${PRODUCING_VERB}$`);
/** A material named bare right after its mass (煤炭, 水泥, 原油, 粮食, 钢材…): no qualifier of another noun. */
const MATERIAL_AFTER = /^[\u4e00-\u9fff]{1,4}$/;
/** One item of a list such a verb heads, up to the 、 before the next (6亿多吨煤炭、). */
const LISTED_MASS_BEFORE = /\s*[\d.]+[万亿]?多?吨[\u4e00-\u9fff]{1,4}、$/;
/** How far back one listed mass is looked for: a figure, its unit and a material of up to four characters. */
const LISTED_MASS_REACH = 40;
/** A noun of funds, after the 的 that ties a sum to it (的超长期特别国债, 的专项债券资金). */
const FUNDS_AFTER = new RegExp(`^的?[^，。；、]{0,8}?(?:${FUNDS_NOUNS})`);
/** 现有(的) right before a count: the things already there (巩固现有的8个…集群). */
const EXISTING_BEFORE = /现有的?$/;
/**
 * Tiers in 级 listed before the noun they grade (打造成新的五千亿级、万亿级产业集群; 一批百亿级、五十亿级产业集群, a tier in
 * numerals after it): the first grades it too.
 */
const GRADED_LIST = new RegExp(`^级?、(?:${TIER_NUMBER}元?级、)*${TIER_NUMBER}元?级${TIER_SIZE_AFTER}`);
/** A count's object that is a tier of size (千亿台阶, 万亿元大关). */
const TIERS_CROSSED = /^[百千万亿元级]+(?:大)?(?:台阶|大关|门槛)/;
/** 投资/总投资 right before an amount, and the verb of building right after it (投资3000万元建设…). */
const INVESTED = /(?:总)?投资$/;
const BUILT_WITH = /^(?:新建|建设|实施|打造|建成|改造|改扩建|扩建)/;
/**
 * 投资10亿元的香氛产业园开工建设, 总投资66亿元的某风电项目建成投产: the project an investment written before it with 的 sizes,
 * then the stage its clause starts or finishes it at — that project's investment is a figure (corpus Decisions 29, 41.4);
 * a project only progressing or passing a step (进展顺利, 完成设计审查, 签约) is described by its size, no figure.
 */
const PROJECT_STARTED =
  /^的([^，。；、,;：:\d]{2,20}?(?:项目|产业园|园区|基地|工程|电站|工厂|生产线))[^，。；、,;：:]{0,6}?(?:集中|正式|全面|顺利|全部)?(?:开工建设|开工|动工|建成投产|竣工投产|投产|竣工|建成|并网)/;
/**
 * An object that is nothing but quoted programme names (“一号工程”和“十项重大工程”, 两个“三年行动”): programmes
 * named, not things counted (建设3-5户“试点厕”, 新建2个“口袋公园” count things).
 */
const QUOTED_NAMES_ONLY = /^(?:[“"][^”"]{0,14}(?:工程|行动|战略|计划|攻坚战?|战役|机制|体系|模式)[”"]\s*[和及与、]?\s*)+$/;
const RATIO_MARKS = new Set([':', '：']);

interface InheritedRef extends MetricRef {
  /** The statement an inherited metric comes from (…增长8%左右，力争达到10%). */
  from?: Statement;
}

/** A statement under construction, with what later statements may inherit from it. */
interface Emitted {
  statement: Statement;
  /** The metric before composition with a verb (for 总数 → 规上工业企业总数). */
  base: string;
}

/** Per-sentence memory: previous statements, carried verb kind. */
interface SentenceState {
  start: number;
  emitted: Emitted[];
  lastGroup: Emitted[];
  carriedKind: TargetKind | null;
  statementsSinceRank: Emitted[];
  lastRankScope: string | null;
  /** The last figure emitted that is no rank: kept as emitted, so a long list of ranks finds it in one step. */
  lastFigure: Emitted | null;
}

export function readStatements(text: string, context: StatementContext = {}): Statement[] {
  return readSentence(text, context).statements;
}

/**
 * The statements of a sentence and the tense it closes in (its last cue's: what a next sentence
 * of the paragraph with no cue of its own is), from one scan.
 */
export function readSentence(text: string, context: StatementContext = {}): { statements: Statement[]; closing: ClosingTense } {
  if (typeof text !== 'string' || text.length === 0) return { statements: [], closing: null };
  try {
    const reader = new SentenceReader(text, context ?? {});
    const statements = reader.read();
    return { statements, closing: reader.closing() };
  } catch {
    // The grammar must never take a reader down; a sentence it cannot read yields nothing.
    return { statements: [], closing: null };
  }
}

/** The word right before a month period that makes it the base a change is measured from (比一季度, 较上半年). */
const COMPARED_WITH: ReadonlySet<string> = new Set(['比', '较']);
/**
 * 完成年度目标任务160亿元的53.5%, 完成全年任务80个的57.5%: a goal word right before a figure whose share the text gives right
 * after it (…的N%): the figure is the goal's size, the quota the share is reached against.
 */
const GOAL_BEFORE_FIGURE = /(?:目标|任务)\s*$/;
/**
 * 引进企业21家(任务数18家), 到位资金36亿元（目标任务34亿元）: the quota a result is set beside, in brackets right after it; a
 * change may name it (增长6.1%（年度计划增长7%）, a 计划执行情况 report).
 */
const QUOTA_IN_BRACKETS_BEFORE = new RegExp(`[（(]\\s*(?:${QUOTA_NAME}|(?:全年|年度)?预期目标)\\s*(?:[:：为是]|增长|增速|提高|下降|降低)?\\s*$`);
/** 年初确立的, 规划部署的 right before a count: set at the year's or the plan's start. */
const SET_AT_START_BEFORE = /(?:年初|规划)(?:确立|部署|确定)的$/;
/** The government's report as the one that promised (政府工作报告中, 向社会承诺). */
const PROMISER_BEFORE = /政府|报告|向社会/;
const SHARE_OF_IT_AFTER = /^的\s*\d[\d.]*\s*%/;
/**
 * 社会消费品零售总额目标增速8.2%, 增速目标分别为15%、15%、13%, 预期目标22.19亿元、增速6.5%, 增长目标定为11%: a goal word right
 * before its figure (a list of figures it opens after 、 too) names the figure the goal — a quota, a target also in a report of
 * results. The figure must carry a unit (目标1 numbers a heading); what the clause says before the 目标 is checked by
 * YARDSTICK_OF_GOAL. (Bounded: read on a window of 40 characters before the figure.)
 */
const GOAL_NAMED_RIGHT_BEFORE =
  /目标(?:增速|增幅|增长|值)?(?:分别)?(?:为|是|定为|定在)?\s*(?:\d[\d.]{0,10}\s*(?:%|[^\d\s、，,。；;：:（()）]{1,3})?(?:以上|左右)?\s*[、和]\s*(?:增速|增幅|增长)?\s*){0,6}$/;
/**
 * Words before such a 目标 in its clause that make it a yardstick a result is measured against or a goal said met, not a goal
 * named (低于目标0.9个百分点, 塌目标, 超过目标值39项, 完成全年目标任务7家的114.29%, 占年度任务目标132亿元的65.89%, 比目标高).
 */
const YARDSTICK_OF_GOAL = new RegExp(
  `${[...BENCHMARK_WORDS, '塌', '落后', '慢于', '完成', '达到', '实现', '占', '比', '较', '超', '距', '离', '差', '未达', '高出'].join('|')}`,
);
/**
 * A higher level's own goal named before a figure (去年全省经济增长目标6%，我县实际增长6.9%; 全国目标5%左右): the yardstick a
 * lower level's text sets itself against, not its quota — the rule leaves it to the sentence's cues.
 */
const HIGHER_LEVEL_GOAL = /全国|全省|国家|全球/;
/** Where a clause opens, for the window a goal named right before a figure is read in (a bracket opens one: （预期目标为8.5%以上）). */
const GOAL_CLAUSE_OPENERS = new Set(['，', ',', '。', '；', ';', '！', '？', '\n', '（', '(', '：', ':']);
/** A goal's name and an opening bracket, its figure next (年度投资目标（1237.6亿元）的55.98%). */
const GOAL_IN_BRACKETS_BEFORE = /(?:目标|计划|任务)\s*[（(]\s*$/;
/**
 * 计划上半年开工建设的113个项目开工建设103个: months a plan had set for the things a figure counts (计划 before them,
 * 的 closing the words they qualify) date what was planned, not the results — those keep their paragraph's months.
 */
function scheduledMonths(text: string, p: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, p.start - 4), p.start);
  if (SCHEDULED_BEFORE.test(before) && SCHEDULED_THINGS_AFTER.test(text.slice(p.end, p.end + 12))) return true;
  // 为上半年投资目标（610亿元）的113.39%: the span of the goal a completion ratio is measured against.
  return GOAL_SHARE_BEFORE.test(before) && GOAL_OF_MONTHS_AFTER.test(text.slice(p.end, p.end + 32));
}
const GOAL_SHARE_BEFORE = new RegExp(`${GOAL_SHARE_VERB}$`);
const GOAL_OF_MONTHS_AFTER = new RegExp(`^(?:投资|工作)?(?:目标|计划)${GOAL_SHARE_AFTER}`);
const SCHEDULED_BEFORE = /(?:计划|原定|预定)\s*(?:于|在)?\s*$/;
const SCHEDULED_THINGS_AFTER = /^[^，,。；;！？\n\d]{1,8}的/;
/** The words before a month period that make it a base: 比/较, with the base's year between (比2019年1-8月份). */
const COMPARED_BEFORE_MONTHS = /[比较]\s*(?:\d{4}\s*年\s*)?$/;
/** A month period listed before another (比一季度和上半年分别提高…): the later ones are bases if the first is. */
const PERIOD_LISTED_BEFORE = /(?:第?[一二三四]季度|[上下]半年|前三季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?)\s*[、和及与]\s*$/;

/** A ；-item opening with a time of its own (今年, 全年, 2023年, 上半年): it starts a statement of its own. */
const ITEM_OWN_TIME = /^\s*(?:今年|全年|去年|(?:19|20)\d{2}\s*年|上半年|前三季度|[一二三四]季度)/;
/**
 * An estimate word set on a verb of result (预计实现…, 预计完成…), and a ；-item that opens with such a verb unmarked (；完成…):
 * the writer marks each item's verb, so the unmarked item and those after it are no estimates (corpus Decisions 15, c153).
 */
const ESTIMATE_ON_VERB = new RegExp(`^(?:${ESTIMATE_VERB}|估计)(?:全年)?(?:实现|完成|达到)`);
const ITEM_OWN_VERB = /^\s*(?:完成|实现|达到)/;
/** Words that give a figure as an estimate (预计, 初步预计, 预测, 预估, 估计; 有望, said of a figure under way; Decisions 31). */
const ESTIMATE_WORD = new RegExp(`${ESTIMATE_VERB}|估计|有望`, 'g');
/** The same without the global flag: whether a text holds one at all (test on a /g pattern moves its lastIndex). */
const ESTIMATE_WORD_HINT = new RegExp(ESTIMATE_WORD.source);
/** 增速第一, 增幅第二, 总量第三: a measure ranked right before 第 (scan.ts ranks it). */
const RANKED_MEASURE_END = new RegExp(`(?:${RANKED_MEASURE_WORDS})\\s*$`);
/** 在中部六个省会城市中增速第一: the group a measure ranks among. */
const RANKED_AMONG = new RegExp(`在([^，,。；;在]{2,20}?)中[^，,。；;中]{0,4}${RANKED_MEASURE_END.source}`);
/** 好于预计, 比预计高, 超出预计的: the estimate as what a known result is compared with, no estimate word. */
const ESTIMATE_COMPARED = /(?:比|较|[高低好快慢优差多少大小强弱]于|超出|超过|不及)$/;
/** 原预计增长5%，实际增长6.2%: a figure said to be the real one is no estimate (实际利用外资 is a measure's name). */
const REAL_FIGURES = /实际(?:增长|增速|增加|下降|减少|提高|完成|实现|达到|达|为|是)/g;
/** 增长3%左右（预计）: an aside right after the figure that calls it an estimate. */
const ESTIMATE_ASIDE = new RegExp(String.raw`^\s*(?:左右|以上)?\s*[（(]\s*(?:${ESTIMATE_VERB}|估计)`);

/** Words that date a result by its year, not by months a paragraph reported before it (预计, 年度, 年末). */
const SPEAKS_OF_YEAR = /预计|年度|全年|年末|年底|今年|[去上]年(?!同期)/;

/** Words that only date a figure (到2025年, 2020年底, “十四五”末): no metric of their own. */
const DATE_ONLY = /^(?:到|至|截至|截止)?\s*\d{4}\s*年(?:底|末|前|底前)?$|^[“"]?十[一二三四五六]五[”"]?(?:末|期末)?$/;
/**
 * Who and when of an event before the count of projects it went through (a region's name alone, 沭阳县, 邯郸市: Han
 * characters ending in a suffix of an administrative unit; 吴忠市2022年第一批, 商洛市商州区2024年一季度, and
 * whatever a dash ends: 项目建设好戏连台——): the places, the year, the part of it and the batch, no noun the count sizes.
 */
const EVENT_SUBJECT = new RegExp(
  `^(?:[^，。；;！？]*——)?(?:[\u4e00-\u9fff]{1,7}?[省市县区州旗盟]){0,3}(?:\\d{4}年)?(?:[一二三四]季度|上半年|下半年|今年|\\d{1,2}月份?)?(?:第[一二三四五六七八九十\\d]+批次?)?$`,
);
/** A project stage ending a counted noun (重点项目集中开工, 重大项目签约): an event the projects went through. */
const STAGE_AT_END = new RegExp(`(?:${LIFECYCLE_VERBS.join('|')})$`);
/** Units that count projects (个, 项, 宗). */
const COUNTED_UNITS_OF_PROJECTS: ReadonlySet<string> = new Set(['个', '项', '宗']);
/** 3批次, 两批: the batches things counted right after come in. */
const BATCHES = '[\\d一二两三四五六七八九十]+\\s*批次?';
/** 的3批次, 的两批: such batches tied by 的 to what comes before. */
const BATCHES_AFTER_OF = new RegExp(`的\\s*${BATCHES}$`);
/** What stands between a total investment and the projects it is of: 的, and the batches they come in (…亿元的3批次22个). */
const TOTAL_TO_PROJECTS = new RegExp(`^\\s*的\\s*(?:${BATCHES})?\\s*$`);
/**
 * What opens a 、 list of counts with an aiming verb (围绕106个重大项目、): the verb and a few words at most up to the
 * first count's numeral. An item after a 、 is in such a list when one opens its clause before the 、 (no clause break
 * can come between: the clause holds none).
 */
const AIMED_LIST_HEAD = new RegExp(`(?:${AIMED_VERBS})[^，。；;！？、\\d]{0,3}?[\\d一二两三四五六七八九十百千]`, 'y');
/** Where an aiming verb may stand: every place an aimed list's head may start. */
const AIMED_VERB = new RegExp(`(?:${AIMED_VERBS})`, 'g');
/** The projects a count names, up to 项目 (省市级重点项目, 重大项目). */
const PROJECTS_COUNTED = /^[^，。；、,;]{0,14}?项目/;
/** 至少 in the words before a count, then only a verb of work that counts (至少争取, 至少建成). */
const FLOOR_OPENING_VERB = /(?:至少|最少)(?=(?:争取|建成|新建|建设|引进|培育|新培育|打造|创建|认定|新增|实施|开展|举办|组建|组织)\s*$)/;
/** Only 总投资 between a count and the sum after it (34个总投资900亿元项目): the sum is the counted projects' total. */
const TOTAL_BETWEEN_COUNT_AND_PROJECTS = /^\s*总投资\s*(?:约|近)?\s*$/;
/** A comparator before a sum of the projects' 总投资 (超, 均超过, 不低于) bounds each project; 达 states their total. */
const BOUND_ON_EACH = new RegExp(
  `(?:均|${PRE_COMPARATORS.filter(([w]) => !w.startsWith('达'))
    .map(([w]) => w)
    .join('|')})\\s*$`,
);
/**
 * 总投资100亿元的焦化苯、水溶肥、永磁材料等16个重点项目: the projects named by examples, a list closed by 等, between the
 * sum and their count (no clause break, figure or quote inside the names).
 */
const TOTAL_TO_EXAMPLED_PROJECTS = /^\s*的[^，。；;！？\n\d“”"《》]{2,40}?等\s*$/;
/** 年度计划投资, 年度计划完成投资, 年计划投资 right before a sum: the year's planned investment of the projects named. */
const YEAR_PLAN_INVESTMENT = /年度?计划(?:完成)?投资(?:额)?\s*$/;
/**
 * A count of projects, a verb of progress and a second count of the same things with nothing else between
 * (14个市级重点项目已开工8个, 160个…重大项目开工152个, 37个新开工批次项目已开工建设23个): the programme and how much of
 * it is done. Not a count qualified by 的 before it (计划上半年开工的36个项目已开工31个, 已开工建设的100个重大项目中:
 * the things a plan or a result already singled out), nor a clause with a break or another figure between.
 */
/** 已 before a verb of a project's progress, and the verbs every reading of progress below shares (each adds its own). */
const ALREADY = '(?:已经|均已|已)';
const STARTED_OR_DONE = '开复工|开工建设|开工|复工|竣工|完工|投产';
const PROGRESS_OF_PROJECTS = String.raw`[^，,。；;：:、\d的]{0,24}?项目\s*${ALREADY}?(?:${STARTED_OR_DONE})(?:建设)?\s*`;
const PROGRAMME_BEFORE_PROGRESS = new RegExp(String.raw`^${PROGRESS_OF_PROJECTS}\d`);
const DONE_AFTER_PROGRAMME = new RegExp(String.raw`(\d+)\s*(个|项|宗)${PROGRESS_OF_PROJECTS}$`);

/** Verbs of a project's progress, 完成备案 and 实现开工 too. */
const PROJECT_PROGRESS = `${ALREADY}?(?:实现)?(?:${STARTED_OR_DONE}|完成备案)`;
/** After a programme's count: its projects, 中, the count done and its verb (项目中91个项目已开工建设). */
const PROGRAMME_AMONG_AFTER = new RegExp(String.raw`^[^，,。；;：:、\d的]{0,24}?项目\s*中\s*(?:有|共有)?\s*\d+\s*(个|项|宗)\s*(?:项目)?\s*${PROJECT_PROGRESS}`);
/** Before the count done: the programme's count and its projects, 中 (93个新开项目中). */
const DONE_AMONG_BEFORE = /\d+\s*(个|项|宗)[^，,。；;：:、\d的]{0,24}?项目\s*中\s*(?:有|共有)?\s*$/;
const DONE_AMONG_AFTER = new RegExp(String.raw`^\s*(?:项目)?\s*${PROJECT_PROGRESS}`);
/** A clause of progress right after a programme's count (，复工50个, ，已开工10个): the verb, then a count. */
const PROGRESS_CLAUSE_VERB = String.raw`[，,]\s*${ALREADY}?(?:${STARTED_OR_DONE}|动工)(?:建设)?\s*`;
const PROGRESS_CLAUSE_AFTER = new RegExp(String.raw`^\s*${PROGRESS_CLAUSE_VERB}\d+(?:\.\d+)?\s*(个|项|宗)`);
/** The same seen from the second count: 项目53个，复工 right before it. */
const PROGRESS_CLAUSE_BEFORE = new RegExp(String.raw`项目\s*(?:共|合计)?\s*\d+\s*(个|项|宗)\s*${PROGRESS_CLAUSE_VERB}$`);
/** The stage of a programme's projects right before their count (续建项目, 新建项目, 前期项目, 储备项目). */
const STAGE_BEFORE = /(?:续建|新建|前期|储备|预备|在建)项目\s*(?:共|合计)?\s*$/;
const STAGE_COUNTS = /(?:续建|新建|前期|储备|预备|在建)项目\s*(?:共|合计)?\s*\d+\s*(?:个|项|宗)/g;
/** Words of progress or results in such a sentence: it reports, it lists no programme. */
const PROGRESS_OF_STAGES = /已|完成|累计|截至|截止|开复|复工|(?<![新划])开工|动工|竣工|投产|月(?!\s*\d{1,2}\s*日)|季度|上半年|了/;
/** 已 and a verb of completion right after a count (158个已开工, 42个项目已完工): the count is of things done. */
const DONE_RIGHT_AFTER = new RegExp(String.raw`^\s*(?:项目)?\s*${ALREADY}(?:${STARTED_OR_DONE}|建成|完成)`);
/**
 * 10个5000万元以上大项目陆续复工, 28个项目相继竣工: the things a count names, then a verb of their stage done one after another —
 * news of what came about after examples named (examplesDoneInTurn), unless an aim stands before the count in its sentence
 * (AIM_BEFORE, as for 已开工).
 */
const DONE_IN_TURN_AFTER = new RegExp(String.raw`^([^，。；,;！？\n]{0,20}?)(?:相继|陆续|先后)(?:${STARTED_OR_DONE}|建成|签约|落地|开业)(?!后)`);
/**
 * Between the count and 陆续…, an aim, a schedule or a time ahead (等8个项目将陆续开工, 计划于3月陆续开工, 力争年内陆续建成, 有望
 * 年内陆续投产, 6月底前相继开工: m28r): the stage is looked for, not reported — as a stage done only after (陆续投产后) is a condition.
 */
const AIMED_BEFORE_IN_TURN = new RegExp(`${AIMED}|计划|拟|有望|可望|年内|[年月]底?前`);
/**
 * 计划, 拟 and the verbs of work pushed for (推动, 加快…) before such a count: its stages are scheduled, not reported; so with
 * 随着 and 待 (随着…等5个项目陆续投产，…将突破…: what the projects will bring, m28r).
 */
const SCHEDULED_OR_PUSHED = /计划|拟|推动|推进|加快|促进|督促|力促|保障|保证|随着|待/;
/** Words of aim in the sentence before a count (words.ts AIMED: 力争, 确保, 目标, 要 but 主要/重要/需要…, 将, 预计, 到20XX年): the count is aimed at. */
const AIM_BEFORE = new RegExp(AIMED);

/** 已 in the words right before a programme's second count (已开工8个, 已经竣工…): done, whatever goal stands before. (A count
 * after 目前, 截至 or months is not read as the programme's progress at all: PROGRESS_CLAUSE_VERB allows only 已 between.) */
const ALREADY_BEFORE_COUNT = new RegExp(`${ALREADY}[^，,。；;\\d]{0,8}$`);
/** A purpose clause (为确保全年目标, 为完成全年目标任务): the goal it names governs no figure of its own. */
const PURPOSE_CLAUSE = /^\s*为(?:了)?(?:确保|完成|实现|推动|加快)/;

/** Where the last clause break (，；, or ;) stands in `s`, or -1. */
const lastClauseBreak = (s: string): number => Math.max(s.lastIndexOf('，'), s.lastIndexOf(','), s.lastIndexOf('；'), s.lastIndexOf(';'));

/** 的 (spaces allowed) right before `at`. (Module-level: a named closure per call costs under tsx's keepNames.) */
const qualifiedBefore = (text: string, at: number): boolean => /的\s*$/.test(text.slice(Math.max(0, at - 2), at));

/** Whether a count is a programme counted with its progress (the first of 14个…项目已开工8个) or the progress (the second). */
function programmeProgress(text: string, quantity: Quantity): 'programme' | 'done' | null {
  if (quantity.unit !== '个' && quantity.unit !== '项' && quantity.unit !== '宗') return null;
  const after = text.slice(quantity.end, quantity.end + 40);
  if (!qualifiedBefore(text, quantity.start) && PROGRAMME_BEFORE_PROGRESS.test(after)) {
    const done = /\d+\s*(个|项|宗)/.exec(after.slice(after.search(/\d/)));
    if (done?.[1] === quantity.unit) return 'programme';
  }
  // 93个新开项目中91个项目已开工建设: the programme, and how many among it are done.
  const among = PROGRAMME_AMONG_AFTER.exec(after);
  if (among && among[1] === quantity.unit && !qualifiedBefore(text, quantity.start)) return 'programme';
  const amongBefore = DONE_AMONG_BEFORE.exec(text.slice(Math.max(0, quantity.start - 40), quantity.start));
  if (amongBefore && amongBefore[1] === quantity.unit && DONE_AMONG_AFTER.test(text.slice(quantity.end, quantity.end + 16))) {
    if (!qualifiedBefore(text, quantity.start - amongBefore[0].length)) return 'done';
  }
  // 续建项目53个，复工50个: the programme's projects named before their count, its progress in the next clause.
  const next = PROGRESS_CLAUSE_AFTER.exec(after);
  if (next && next[1] === quantity.unit && /项目\s*(?:共|合计)?\s*$/.test(text.slice(Math.max(0, quantity.start - 4), quantity.start))) return 'programme';
  const window = text.slice(Math.max(0, quantity.start - 48), quantity.start);
  const before = DONE_AFTER_PROGRAMME.exec(window);
  if (before && before[2] === quantity.unit && !qualifiedBefore(text, quantity.start - before[0].length)) return 'done';
  const clause = PROGRESS_CLAUSE_BEFORE.exec(window);
  if (clause && clause[1] === quantity.unit) return 'done';
  return null;
}
/** A day opening a sentence (2月8日，, 3月1日上午，). */
const DAY_OPENING = /^\s*(?:(?:本报|本台|本网)讯[\s：:]*)?(\d{1,2})\s*月\s*\d{1,2}\s*日[上下午]*[，,]/;
/**
 * Ceremonies a news sentence reports as held: projects started, signed or finished together; started or resumed together, or
 * ahead of the season, on that day (集中开复工, 先期开复).
 */
const CEREMONY_WORDS = ['集中开工', '集中签约', '集中竣工', '开工仪式', '签约仪式', '开工活动', '集中开复工', '先期开复'];
/** What ends the first clause of a sentence, the one a ceremony is looked for in. */
const FIRST_CLAUSE_END = /[。；;！？!?\n]/;
/** Words that move or keep a rank (进位至, 继续保持, 稳居): they name no metric. */
const RANK_MOVE_AT_END = /(?:继续|持续|仍然|稳定)?(?:进位至?|跃升至?|上升至?|提升至?|保持|稳居|排在?|列)$/;

/** A named measure in a 、 list before one rank: Han words (quotes allowed), no number, no place-sized stub. */
const LISTED_MEASURE = /^[\u4e00-\u9fff“”"]{4,}$/;
/** 在全市, 全省: the scope written between a rank's subject and its verb. */
const SCOPE_AT_END = new RegExp(`在?(?:${RANK_ANY_SCOPE.source.replace(/\$$/, '')})$`);

/**
 * 甲增速、乙增速、丙收入增速在全市排第一: one rank written after a 、 list of named measures ranks each of
 * them, as 均 does; a list with a number or a short stub in it (两地、三县; 第一、二产业) stays one subject.
 */
function namedMeasures(subject: string): string[] {
  const items = subject.replace(RANK_ADVERBS_AT_END, '').replace(SCOPE_AT_END, '').replace(/分别$/, '').split('、');
  // 开工量、开工率、回迁量和回迁率: a conjunction may join the list's last two.
  const lastTwo = items.length > 1 ? JOINED_PAIR.exec(items.at(-1)!) : null;
  if (lastTwo && listedMeasure(lastTwo[1]!) && listedMeasure(lastTwo[2]!)) items.splice(-1, 1, lastTwo[1]!, lastTwo[2]!);
  const last = items.length - 1;
  if (last < 1 || !items.every((item, i) => listedMeasure(item) || (i === last && SHORT_LAST_MEASURE.test(item)))) return [subject];
  return items;
}

/**
 * An item of such a list that names a measure: Han words of four characters or more (quotes allowed), a short name ending as
 * a measure's does (商品量, 开工率, 增量: `SHORT_LISTED_MEASURE`), or one written with an acronym (PM10, PM2.5降幅,
 * OTC挂牌企业) — not a place (两县, 城关镇) nor a number.
 */
function listedMeasure(item: string): boolean {
  return LISTED_MEASURE.test(item) || SHORT_LISTED_MEASURE.test(item) || ACRONYM_MEASURE.test(item);
}
/** A short measure's name: one or two characters, then the word a measure ends on (总产量, 开工率, 增量, 税比, 增速). */
const SHORT_LISTED_MEASURE = /^[\u4e00-\u9fff]{1,2}(?:量|率|额|值|比|速|幅)$/;
/** A name written with an acronym: Han words around Latin letters, digits only after a letter (PM2.5降幅, 重庆OTC挂牌企业). */
const ACRONYM_MEASURE = /^[\u4e00-\u9fff]*[A-Za-z][A-Za-z\d.]*[\u4e00-\u9fff]*$/;
/** A level of government a noun is of (省, 国家级, 市级): an item of the levels listed before the noun (省、市级…). */
const LEVEL_WORD = '(?:国家|省|自治区|市|州|县|区|乡镇|乡|镇)';
const LEVEL_ITEM = new RegExp(`^${LEVEL_WORD}级?$`);
/** The rest of such a list, its last level written with 级 (市级, 、县级; not 县、区开展…: places counted). */
const LEVELS_AHEAD = new RegExp(`^(?:${LEVEL_WORD}级?、)*${LEVEL_WORD}级`);
/** The last item of a list split at its conjunction (回迁量和回迁率). */
const JOINED_PAIR = /^([^和及与]+)[和及与]([^和及与]+)$/;
/** Adverbs between a list of measures and its rank (均, 始终, 稳居's 稳, 一直): no part of the last measure's name. */
const RANK_ADVERBS_AT_END = /(?:均|都|始终|一直|稳|仍然|依然|继续|持续)+$/;

/**
 * …收入增速、零售总额增速、税比居第1位: the last item of a list of named measures may be a short name of its own; a
 * stub sharing the last item's head stands before it (粮食、油料产量), and a numeral makes a place (两县、三区).
 */
const SHORT_LAST_MEASURE = /^(?![\u4e00-\u9fff]*[一二两三四五六七八九十])[\u4e00-\u9fff]{2,3}$/;

/** The gap between two ranks of one list that pairs them with a list of measures: a conjunction, no scope (第2位和第3位). */
const RANK_PAIR_GAP = /^\s*[、和及与]\s*$/;

class SentenceReader {
  /** Positions of clause and sentence breaks, ascending: memory grows with punctuation, not text. */
  private readonly clauseBreaks: number[] = [];
  private readonly sentenceBreaks: number[] = [];
  private readonly out: Statement[] = [];
  private state: SentenceState | null = null;
  private cues: TenseCue[] = [];
  /** 从2015年(末)的 before a figure: the change a sentence reviews starts from that year's result. */
  private fromBases: FromBase[] = [];
  /** Lists of periods before 分别, by their last period (null: none), and the list marks, built when first needed. */
  private periodListsMade?: Map<PeriodToken, PeriodList | null>;
  private listMarks: ListMarks | null = null;
  /** Where the sentence's 全年 stand, and from each the first that dates its own clause: listed when first needed. */
  private wholeYears: WholeYears | null = null;
  /** The place of each rank read so far in its 、 list of ranks (0: the first). */
  private rankListIndexesMade?: Map<RankToken, number>;
  /** Per list of ranks, the first and last rank of the run joined by conjunctions each stands in (see `rankRunsOf`). */
  private rankRunsMade?: WeakMap<readonly RankToken[], { first: readonly number[]; last: readonly number[] }>;
  /** The aimed lists' heads of the text (see `aimedListOpensBefore`), listed when first needed. */
  private aimedListHeads: { starts: number[]; endsFrom: number[] } | null = null;
  /** Where the text's ；and ; stand, listed when a rank or an estimate first needs them. */
  private semicolons: number[] | null = null;
  /** Whether a sentence (by its start) has a plan cue anywhere in it. */
  private plansBySentenceMade?: Map<number, boolean>;
  private yearWordEndsMade?: Map<number, number>;
  private producedListEndsMade?: Map<number, { clauseStart: number; produced: boolean }>;
  /** Where the words that give a figure as an estimate stand (预计, 预估, 估计, 有望), and where 实际 says a figure is real. */
  private estimateWords: number[] = [];
  private realFigures: number[] = [];
  /** Where the first ceremony word of a sentence's first clause ends, by the sentence's start (see `ceremonyEnd`). */
  private ceremonyEndsMade?: Map<number, number>;
  /** Per list of periods, and per list of years, the last that dates a figure up to each (see `lastDating`). */
  private datingPeriodsMade?: WeakMap<readonly unknown[], readonly number[]>;
  private datingYearsMade?: WeakMap<readonly unknown[], readonly number[]>;

  // The memos above are made when first asked: most sentences ask few or none of them, and nine maps made for every
  // sentence were a large share of the grammar's allocation (WeakMaps cost every collection besides).
  private get periodLists(): Map<PeriodToken, PeriodList | null> {
    return (this.periodListsMade ??= new Map());
  }
  private get rankListIndexes(): Map<RankToken, number> {
    return (this.rankListIndexesMade ??= new Map());
  }
  private get rankRuns(): WeakMap<readonly RankToken[], { first: readonly number[]; last: readonly number[] }> {
    return (this.rankRunsMade ??= new WeakMap());
  }
  private get plansBySentence(): Map<number, boolean> {
    return (this.plansBySentenceMade ??= new Map());
  }
  private get yearWordEnds(): Map<number, number> {
    return (this.yearWordEndsMade ??= new Map());
  }
  private get producedListEnds(): Map<number, { clauseStart: number; produced: boolean }> {
    return (this.producedListEndsMade ??= new Map());
  }
  private get ceremonyEnds(): Map<number, number> {
    return (this.ceremonyEndsMade ??= new Map());
  }
  private get datingPeriods(): WeakMap<readonly unknown[], readonly number[]> {
    return (this.datingPeriodsMade ??= new WeakMap());
  }
  private get datingYears(): WeakMap<readonly unknown[], readonly number[]> {
    return (this.datingYearsMade ??= new WeakMap());
  }

  constructor(
    private readonly text: string,
    private readonly context: StatementContext,
  ) {
    const n = text.length;
    let inlineClose = -1; // a short (…) inside a word, as in 首台(套)装备, breaks nothing
    for (let i = 0; i < n; i++) {
      const flags = charFlags(text.charCodeAt(i));
      if (flags === 0) continue;
      if (flags & PAREN_OPEN && inlineClose < i) inlineClose = shortParenthesisEnd(text, i);
      if (i <= inlineClose && flags & (PAREN_OPEN | PAREN_CLOSE)) continue;
      if (flags & CLAUSE) this.clauseBreaks.push(i);
      if (flags & SENTENCE) this.sentenceBreaks.push(i);
    }
  }

  /** Start of the clause holding `pos`: just after the last clause break before it. */
  private clauseStartOf(pos: number): number {
    return afterLastBreak(this.clauseBreaks, pos);
  }

  private sentenceStartOf(pos: number): number {
    return afterLastBreak(this.sentenceBreaks, pos);
  }

  closing(): ClosingTense {
    return closingOf(this.cues);
  }

  read(): Statement[] {
    const tokens = scanTokens(this.text, this.context.figuresDeleted === true);
    this.cues = tenseCues(this.text, tokens, this.context);
    this.fromBases = fromBases(this.text, this.context.year, this.context.thisYear);
    if (ESTIMATE_WORD_HINT.test(this.text)) {
      this.estimateWords = matchesOf(ESTIMATE_WORD, this.text)
        .map((m) => m.index)
        .filter((at) => !this.estimateAsideOfOne(at) && !ESTIMATE_COMPARED.test(this.text.slice(Math.max(0, at - 2), at)));
      this.realFigures = matchesOf(REAL_FIGURES, this.text).map((m) => m.index);
    }
    const quantities = withoutEitherBound(this.text, shareClosingComparator(this.text, tokens.quantities));
    const ranks = tokens.ranks;
    let r = 0;
    let prevEnd = 0; // end of the last statement (or its object) in the current clause
    for (let q = 0; q < quantities.length; q++) {
      const quantity = quantities[q]!;
      while (r < ranks.length && ranks[r]!.start < quantity.start) this.readRank(ranks, r++, tokens);
      this.enterSentence(quantity.start);
      const clauseStart = this.clauseStartOf(quantity.start);
      if (prevEnd < clauseStart) prevEnd = clauseStart;
      if (this.namedInPassing(quantity, clauseStart, tokens)) continue;
      const levels = this.averageLevels(quantity);
      if (levels) {
        this.readLevelAverages(quantity, levels, prevEnd, tokens);
        prevEnd = quantity.end;
        continue;
      }
      const following = this.nextSignificant(this.afterCurrency(quantity));
      // 今后三年GDP年均增长6.3%以上就可以: what would suffice, a commentator's sum — no figure set or reached.
      if (SUFFICES_AFTER.test(this.text.slice(following, following + 6))) {
        prevEnd = quantity.end;
        continue;
      }
      // 实施…源网荷储一期2GW等项目: the size is part of the name of a project given as an example, no figure.
      // (And every capacity of a list that closes on its projects: 建设甲30万吨颗粒硅、乙10万吨多晶硅等项目, 推进甲新增3万吨、
      // 乙新增4万吨产能项目建设.)
      if (
        SIZE_DIMENSIONS.has(unitInfo(quantity.unit).dimension) &&
        (EXAMPLE_PROJECTS_AFTER.test(this.text.slice(following, following + 8)) || this.capacityListNamesProjects(quantity, following))
      ) {
        prevEnd = quantity.end;
        continue;
      }
      // 政府投资5000万元以上、企业投资亿元以上项目, 产值超100亿元、50亿元、10亿元的企业: a list of size bounds on one noun.
      const bounds = this.boundsOfListedNoun(quantities, q, following);
      if (bounds > 0) {
        q += bounds - 1;
        prevEnd = quantities[q]!.end;
        continue;
      }
      const nextQuantity = quantities[q + 1];
      const joined =
        nextQuantity !== undefined &&
        (VALUE_JOINERS.has(this.text.slice(quantity.end, nextQuantity.start).trim()) || householdsThenPeople(this.text, quantity, nextQuantity));
      // A comparator or rate verb right after the number starts the next statement (a lost
      // sentence break: 突破1万亿元达到1.3万亿元).
      const aside = ASIDE.exec(this.text.slice(following, following + 14));
      const afterAside = aside ? this.nextSignificant(following + aside[0].length) : following;
      const verbFollows =
        opensAStatement(this.text, afterAside) ||
        MANNER_THEN_CHANGE.test(this.text.slice(afterAside, afterAside + 7)) ||
        REACHES_FIGURE.test(this.text.slice(afterAside, afterAside + 2)) ||
        JOINED_NEXT_WORK.test(this.text.slice(afterAside, afterAside + 3)) ||
        joinedNextItem(this.text, afterAside) ||
        this.fundsPurpose(quantity, afterAside) ||
        this.baseRateCompared(quantity, afterAside) ||
        startsFromTo(this.text, quantity.start, afterAside);
      // 6.9万人以 at the end of an excerpt: a comparator word cut in half ends the statement.
      const cutOff = following < this.text.length && this.text.length - following <= 3 && CUT_POST_WORD.test(this.text.slice(following));
      // 10.3:45.2:44.5调整为…: the last part of a structure ends its statement whatever follows it.
      const ratioEnd = quantity.unit === '' && RATIO_MARKS.has(this.text[quantity.start - 1] ?? '');
      // 增长 8.6%固定资产投资增长 12.2% (PDF text run together): a rate a rate verb gives ends its statement when a new
      // noun follows it with no break (60%规上工业企业 with no verb before stays a share of the noun).
      const rateRunOn =
        quantity.unit === '%' &&
        RATE_VERB_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 4), quantity.start)) &&
        NEW_NOUN_AFTER.test(this.text.slice(following, following + 3));
      // 保6争7: 争 and a digit right after a figure held open the figure striven for, the next statement.
      const strivenNext = STRIVEN_FIGURE_NEXT.test(this.text.slice(following, following + 2));
      // 仅用15天就控制住疫情: the days a result took end their statement at 就, what they brought after it.
      const takenThen = (quantity.unit === '天' || quantity.unit === '个月') && /^[就便]/.test(this.text.slice(following, following + 1));
      const isTerminal =
        following >= this.text.length ||
        TERMINALS.has(this.text[following]!) ||
        joined ||
        verbFollows ||
        cutOff ||
        ratioEnd ||
        rateRunOn ||
        strivenNext ||
        takenThen;
      // (The size after a count measures the same things: both are read on the count's words, so the size takes the
      // count's metric and kind — not the count's figure, nor the noun after it: 等12条260公里建设任务 is roads laid.)
      if (!isTerminal && countThenSize(quantity, quantities[q + 1], following)) {
        const size = quantities[q + 1]!;
        this.readTerminal([quantity, size], prevEnd, tokens, false);
        prevEnd = size.end;
        q += 1;
        continue;
      }
      if (isTerminal) {
        const group = this.valueList(quantities, q);
        this.readTerminal(group, prevEnd, tokens);
        prevEnd = group[group.length - 1]!.end;
        q += group.length - 1;
        continue;
      }
      if (this.isQuota(quantity)) {
        // 完成年计划710亿元的89.4%: the plan figure is a statement even though a noun or 的 follows.
        this.readTerminal([quantity], prevEnd, tokens);
        prevEnd = quantity.end;
        continue;
      }
      if (q > 0 && this.totalAfterCountedProjects(quantities[q - 1]!, quantity, tokens)) {
        prevEnd = quantity.end;
        continue;
      }
      if (this.readPopulation(quantity, tokens)) {
        prevEnd = quantity.end;
        continue;
      }
      const objectEnd = this.readObject(quantities, q, prevEnd, tokens);
      if (objectEnd !== null) prevEnd = objectEnd;
    }
    while (r < ranks.length) this.readRank(ranks, r++, tokens);
    return this.out;
  }

  /**
   * 向全市300万人民致以问候, 2400多万陇原儿女: a count of the people of a place (POPULATION_AFTER, scan.ts) is the place's
   * population, whatever verb stands before it (corpus Decisions 41.5): `人口`, a level of the text's own time.
   */
  private readPopulation(quantity: Quantity, tokens: ReturnType<typeof scanTokens>): boolean {
    if (!populationAt(this.text, quantity)) return false;
    this.enterSentence(quantity.start);
    this.emit('人口', '人口', [quantity.start, quantity.end], quantity, parseSegment(this.text, quantity.start, quantity.start), tokens);
    return true;
  }

  // ----------------------------------------------------------------------------------------
  // Sentence state

  private enterSentence(pos: number): SentenceState {
    const start = this.sentenceStartOf(pos);
    if (!this.state || this.state.start !== start) {
      this.state = { start, emitted: [], lastGroup: [], carriedKind: null, statementsSinceRank: [], lastRankScope: null, lastFigure: null };
    }
    return this.state;
  }

  private nextSignificant(pos: number): number {
    let i = pos;
    while (i < this.text.length && (this.text[i] === ' ' || this.text[i] === '\u3000')) i++;
    return i;
  }

  /** 由4.89万元、2.90万元分别提高到…: the start figures of a change, a list like any other. */
  private changeFollows(pos: number): boolean {
    const at = this.text.startsWith('分别', pos) ? pos + 2 : pos;
    return CHANGE_TO.some((w) => this.text.startsWith(w, at));
  }

  /** Quantities joined only by 、/和/及 ("27.3%、27.7%", "15%和20%") read as one list of values. */
  private valueList(quantities: Quantity[], q: number): Quantity[] {
    const group = [quantities[q]!];
    for (let k = q + 1; k < quantities.length; k++) {
      const prev = group[group.length - 1]!;
      const next = quantities[k]!;
      const gap = this.text.slice(prev.end, next.start).trim();
      if ((!VALUE_JOINERS.has(gap) && !householdsThenPeople(this.text, prev, next)) || next.topN) break;
      const after = this.nextSignificant(next.end);
      const following = quantities[k + 1];
      const joinsNext = following !== undefined && VALUE_JOINERS.has(this.text.slice(next.end, following.start).trim());
      if (after < this.text.length && !TERMINALS.has(this.text[after]!) && !joinsNext && !this.changeFollows(after)) break;
      group.push(next);
    }
    return group;
  }

  // ----------------------------------------------------------------------------------------
  // Statements whose metric is written before the number

  private readTerminal(written: Quantity[], prevEnd: number, tokens: ReturnType<typeof scanTokens>, sharesEnding = true): void {
    // (A list of values shares its last comparator and unit; a count and its size, in two units, do not.)
    const group = sharesEnding ? shareListEnding(written) : written;
    const first = group[0]!;
    let segStart = Math.max(prevEnd, first.start - MAX_SEGMENT);
    while (segStart < first.start && /[、\s和及]/.test(this.text[segStart]!)) segStart++;
    const segment = parseSegment(this.text, segStart, first.start);
    const state = this.state!;
    let metrics = this.metricsOf(segment, first, group.length);
    if (metrics.length === 0) return;
    const dimension = unitInfo(first.unit).dimension;
    // (完成全年任务80个的57.5%: a goal whose share is given right after it is a quota, no part of the document.)
    const measured = group.length === 1 && SHARE_OF_IT_AFTER.test(this.text.slice(first.end, first.end + 12));
    // (出台超常规举措32条 in a review: measures issued, counted after their noun — no part of the document, as 推出168项…措施.)
    const issued = group.length === 1 && COUNTED_PARTS.has(dimension) && this.issuedBeforeCountInReview(first, tokens);
    if (
      !measured &&
      !issued &&
      METRICS_OF_NO_FIGURE.some((names) => metrics.every((m) => names(m.metric, dimension, first.unit, segment.verbKind !== null || segment.pre !== null)))
    )
      return;
    const cued = segment.verbKind !== null || segment.pre !== null;
    // (Only an area with no verb or qualifier may be a zone's: the sentence before is read for those alone.)
    if (!measured && dimension === 'area' && !cued) {
      const sentenceBefore = this.text.slice(Math.max(this.sentenceStartOf(first.start), first.start - ZONE_LIST_REACH), first.start);
      if (metrics.every((m) => zoneLaidOut(m.metric, dimension, first.unit, cued, sentenceBefore))) return;
    }
    if (COUNTED_PARTS.has(dimension) && this.countsListAfter(first, group[group.length - 1]!)) return;
    // 其中续建项目35宗，完成投资47.7亿元: in a review, projects named first with no verb and the sum they invested in the next
    // clause are the set that sum is counted over — scope (corpus Decisions 25; 实施重点项目36个，完成投资… counts the work).
    if (group.length === 1 && !cued && this.projectsOfInvestedSum(first, metrics, tokens)) return;
    if (this.movesEarlierGoal(first) || this.marginOverStandard(first)) return;
    // 普遍在5%以上 as a subheading alone on its line: how a roundup's figures generally run, no measure named (corpus c1035;
    // after a clause naming the goals, 目前已公布的目标，普遍设定在5%及以上, the clause names them).
    if (metrics.every((m) => GENERALLY_ONLY.test(m.metric)) && this.aloneOnLine(segment.from, group[group.length - 1]!.end)) return;
    const emitted: Emitted[] = [];
    if (group.length > 1 && metrics.length === group.length) {
      group.forEach((quantity, i) => {
        const m = metrics[i]!;
        emitted.push(this.emit(m.metric, m.base, [m.start, quantity.end], quantity, segment, tokens, m.from));
      });
    } else {
      if (group.length > 1 && metrics.length > 1) metrics = [metrics[metrics.length - 1]!];
      for (const quantity of group) {
        for (const m of metrics) {
          emitted.push(this.emit(m.metric, m.base, [metrics[0]!.start, quantity.end], quantity, segment, tokens, m.from));
        }
      }
    }
    state.lastGroup = emitted;
    if (segment.verbKind) state.carriedKind = segment.verbKind;
  }

  /**
   * 比上年生产目标高10.4亿斤, 较2025年的GDP增长目标下调了0.2%; 预期增长7.5%以上，较去年增加1个百分点: how far a goal moved from
   * an earlier year's — a gap between two goals, neither a goal set nor a result, so nobody's figure. The base names an
   * earlier goal, or, an earlier year alone opening the clause of a rate's move, the figure before it in the sentence is a goal (a result's
   * 比上年提高1个百分点 is a gap to a benchmark and is read; 低于目标2个百分点 names this year's goal and is read).
   */
  private movesEarlierGoal(quantity: Quantity): boolean {
    // 三项指标的增速目标，分别上调0.5个、5个百分点; 增长目标则下调1个百分点: a goal said to be moved by so much, its new value given
    // elsewhere — how far it moved from the earlier goal (not 目标下调至5%, the new goal itself).
    const sentenceFrom = Math.max(this.sentenceStartOf(quantity.start), quantity.start - EARLIER_GOAL_REACH);
    if (GOAL_ADJUSTED_BY.test(this.text.slice(sentenceFrom, quantity.start))) return true;
    const clauseStart = this.clauseStartOf(quantity.start);
    const from = Math.max(clauseStart, quantity.start - EARLIER_GOAL_REACH);
    const clause = this.text.slice(from, quantity.start);
    const moved = EARLIER_GOAL_MOVED.exec(clause);
    if (moved === null) return false;
    // (m29x: 比2024年目标低2.8个百分点 in the review of 2024 names this year's goal, not an earlier one: a result's gap to it,
    // read as 低于目标 is, corpus Decisions 14; a goal 下调/调低 from a year's goal is always moved from an earlier one.)
    const now = this.context.thisYear ?? this.context.year;
    if (moved[1] !== undefined && moved[3] !== undefined && now !== undefined && Number(moved[1]) >= now) return false;
    if (moved[2] !== undefined) return true;
    // (A count's rise after a goal, 新开工项目136个，较去年增加77个, is the rise that goal implies: read, as 预计比上年增长 is.)
    const dimension = unitInfo(quantity.unit).dimension;
    const opensClause = from === clauseStart && clause.slice(0, moved.index).trim() === '';
    if (!opensClause || (dimension !== 'percent' && dimension !== 'percentage-point')) return false;
    const before = this.state!.lastGroup.at(-1)?.statement;
    // m29x: only after a growth goal (corpus Decisions 26: how far the growth target moved). After a level's goal the move is
    // the measure's own change the goal implies, read: 营业收入目标50亿元，较去年提高10% (as 预计比上年增长 is), 森林覆盖率达到45%，比上年
    // 提高0.5个百分点 (a rate level's rise, as c022's 比上年提升2个百分点 is a target); and 完成年度目标的55%，较去年同期提高3个百分点 is
    // a result's share and its gap over last year (Decisions 8).
    if (before === undefined || before.kind !== 'growth') return false;
    return before.role === 'target' || GOAL_WORD.test(before.metric);
  }

  /**
   * 比重达7.5%，超出认定标准0.3个百分点: how far a target just stated lies beyond a standard, in a clause of its own — it only
   * describes that target (corpus c1000, as Decisions 26 reads a goal's move), no figure. After a result it stays a gap.
   */
  private marginOverStandard(quantity: Quantity): boolean {
    if (unitInfo(quantity.unit).dimension !== 'percentage-point') return false;
    if (!MARGIN_OVER_STANDARD.test(this.text.slice(this.clauseStartOf(quantity.start), quantity.start))) return false;
    const before = this.state!.lastGroup.at(-1)?.statement;
    return before !== undefined && before.role === 'target';
  }

  /** The last `count` figures (ranks aside) of the sentence so far, in order. */
  private lastFigures(count: number): Emitted[] {
    const emitted = this.state!.emitted;
    const owners: Emitted[] = [];
    for (let k = emitted.length - 1; k >= 0 && owners.length < count; k--) {
      if (emitted[k]!.statement.kind !== 'rank') owners.unshift(emitted[k]!);
    }
    return owners;
  }

  /** The metric(s) a segment names, resolving inherited and composed metrics. */
  private metricsOf(segment: Segment, quantity: Quantity, values: number): InheritedRef[] {
    const state = this.state!;
    const written = this.text.slice(segment.start, segment.end).trim();
    // 到2025年突破4000亿元, “十四五”末达到…: a date alone names no metric; the figure before does.
    const previous = state.lastGroup;
    // 工作目标366亿元，增长18%，奋斗目标372亿元: a goal word alone after a figure's clause is the same measure's second goal.
    const secondGoal =
      previous.length > 0 && SECOND_GOAL_OF_MEASURE.test(written) && FIGURE_THEN_COMMA.test(this.text.slice(Math.max(0, segment.start - 8), segment.start));
    // 从32.9亿元稳步增长至34.2亿元: the manner of the change before its end figure names nothing; the start figure's metric holds.
    const mannerOnly = previous.length > 0 && MANNER_ONLY.test(written);
    // 完成年度目标任务160亿元的53.5%: a 的 alone between a quota and its share names nothing; the figure before does.
    const particleOnly = written === '的' && previous.length > 0;
    const raw = DATE_ONLY.test(written) || FROM_TO_REST.test(written) || secondGoal || mannerOnly || particleOnly ? '' : written;
    // An inherited metric's span starts where this segment's own words do (增长…, 净增…).
    const anchor = Math.min(segment.start, quantity.start);
    if (raw === '') {
      // A与B…，分别增长X和Y: the values distribute over the figures before them, in order.
      if (values > 1 && previous.length < values) {
        const owners = this.lastFigures(values);
        // 地区生产总值3702.8亿元，人均生产总值40818元，年均增长9.5%和8.4%: with no 分别, as many changes as the
        // amounts of different metrics just before them are theirs, in order.
        const oneEach = owners.length === values && new Set(owners.map((e) => e.base)).size === values && owners.every((e) => e.statement.kind !== 'growth');
        if (owners.length === values && (segment.distributive || oneEach)) {
          return owners.map((e) => ({ metric: e.base, base: e.base, start: anchor, from: e.statement }));
        }
      }
      // 江苏、浙江等6个省份，均达到5%以上: places listed as the clause before share the figure 都/均 opens, each alone.
      const listedBefore = values === 1 ? this.placesListedBefore(segment, '') : null;
      if (listedBefore) return listedBefore;
      if (previous.length === 0) {
        // 经济发展进入全新阶段，年均增长6%左右 / …实现“双倍增”，分别超过90家和870家: with no figure
        // before it in the sentence, the clause before names what the number measures.
        // (Not a clause that only says who speaks, 某所长认为，8.5%的目标有助于…: it names no measure.)
        const clause = this.previousClause(segment.from);
        return clause && !SPEAKER_ONLY.test(clause.text) ? [{ metric: clause.text, base: clause.text, start: clause.start }] : [];
      }
      return previous.map((e) => ({ metric: e.base, base: e.base, start: anchor, from: e.statement }));
    }
    const prev = previous[previous.length - 1];
    // 占比分别为91%、89% after two figures: the share of each of them. A share after a share (占比5%，占比6%) is no share of
    // that share: named after a figure that is itself a share, names grew with each one, as long as the sentence.
    if (SHARE_ONLY.has(raw) && state.emitted.length > 0) {
      const owners = this.lastFigures(values);
      if (owners.length === values) {
        const shareOf = (metric: string) => (endsWithShare(metric) ? metric : metric + raw);
        return owners.map((e) => ({ metric: shareOf(e.statement.metric), base: shareOf(e.statement.metric), start: anchor }));
      }
    }
    if (prev && RELATIVE_METRICS.has(raw)) {
      return [{ metric: prev.base + raw, base: prev.base, start: anchor }];
    }
    // 实施区重点项目196个，完成投资122亿元: the investment a programme of projects counted just before completes.
    if (prev && raw === '投资' && unitInfo(quantity.unit).dimension === 'money' && /项目$/.test(prev.base)) {
      return [{ metric: prev.base + raw, base: prev.base + raw, start: anchor }];
    }
    // 扩增攀登企业，总数达到80家: with no figure before it, a bare 总数 counts what the clause before names.
    if (!prev && COUNT_OF.has(raw)) {
      const owner = this.objectOfClauseBefore(segment.from);
      if (owner) return [{ metric: owner + raw, base: owner, start: anchor }];
    }
    if (prev && isQualifierOnly(raw)) {
      const composed = replaceQualifier(prev.statement.metric, raw);
      return [{ metric: composed, base: composed, start: anchor }];
    }
    if (prev && BENCHMARK.test(raw)) {
      // 高于全国19.2个百分点: a gap to a benchmark, about the previous metric — the measured one, when the previous is a
      // gap too (…，高于全国2个百分点，高于全省1个百分点): gaps do not pile up into one name (quadratic in their number).
      const measured = BENCHMARK.test(prev.statement.metric.slice(prev.base.length)) ? prev.base : prev.statement.metric;
      return [{ metric: measured + raw, base: prev.base, start: anchor }];
    }
    if (prev && LIFECYCLE_VERBS.includes(raw)) {
      const object = stripLifecycle(prev.statement.metric);
      return [{ metric: raw + object, base: raw + object, start: anchor }];
    }
    // 其中5亿元以上项目15个 after 新开工亿元以上工业项目40个, or the next item of a 、 list
    // (落户50亿级制造业项目1个以上、10亿级制造业项目2个以上): the project stage carries over.
    const listItem = this.text.slice(Math.max(0, segment.from - 2), segment.from).includes('、');
    const stage = prev && (segment.subset || listItem) ? LIFECYCLE_BY_LENGTH.find((w) => prev.statement.metric.startsWith(w)) : undefined;
    if (stage && !LIFECYCLE_BY_LENGTH.some((w) => raw.startsWith(w))) {
      return [{ metric: stage + raw, base: stage + raw, start: segment.start }];
    }
    // 水电、核电、风电发电量合计增长16.1%: one figure for the list's sum, not one per item.
    const summed = values === 1 && SUMMED.test(this.text.slice(segment.end, quantity.start));
    // 光电子信息、汽车制造、大健康3大产业迈入万亿级规模: a size (or rate) of each item of a list counted as its N items.
    const dimension = unitInfo(quantity.unit).dimension;
    // (A plain sum, A、B、C三大产业产值达到500亿元, is the three's together: only a tier, 迈入千亿级规模, is each one's.)
    const eachOne =
      dimension === 'percent' ||
      segment.distributive ||
      (SIZE_DIMENSIONS.has(dimension) && TIER_OF_EACH.test(this.text.slice(quantity.start, quantity.end + 4)));
    const counted = values === 1 && !summed && eachOne ? countedList(raw) : null;
    if (counted !== null && !raw.includes('等')) return namedItems(raw, segment.start, counted);
    // 江苏、浙江等6个省份，都力争经济增长5%以上: places listed as the clause before share the figure 都/均 opens.
    const listedBefore = values === 1 && !summed ? this.placesListedBefore(segment, raw) : null;
    if (listedBefore) return listedBefore;
    // 甲市、乙市等地为6.5%左右: places sharing one rate (or, with 均 or a tier reached, 突破百亿元大关, any figure) each get it.
    const places = values === 1 && !summed && eachOne ? eachPlace(this.text, this.text.indexOf(raw, segment.start), raw) : null;
    if (places) return places;
    // 电子信息、汽车等产业规模均超过千亿元: 均 gives each example named before 等 the figure.
    const examples = segment.distributive && values === 1 && !summed ? eachExample(this.text, this.text.indexOf(raw, segment.start), raw) : null;
    if (examples) return examples;
    // 高血压、糖尿病患者规范管理率达到65%: kinds that only qualify one rate noun name one group, one share (corpus Decisions 23).
    const oneGroup = dimension === 'percent' && values === 1 && !segment.distributive && groupSharesRate(raw);
    const splitList = (dimension === 'percent' || segment.distributive || values > 1) && !raw.includes('等') && !summed && !oneGroup;
    if (!splitList) return [{ metric: raw, base: raw, start: segment.start }];
    const distributed = segment.distributive || values > 1 || (dimension === 'percent' && !summed && twoWholeMeasures(raw));
    const metrics = splitMetrics(this.text, segment.start, segment.end, distributed);
    return distributed ? splitPairedNoun(splitUrbanRural(metrics)) : metrics;
  }

  /** A % with no rate word of its own before the growth noun it measures (10%以上增长, 4.7%的GDP增长): a growth, not a share. */
  private namesItsGrowth(quantity: Quantity, metric: string, segment: Segment): boolean {
    return (
      unitInfo(quantity.unit).dimension === 'percent' &&
      segment.rate === null &&
      !endsWithShareWord(metric) &&
      GROWTH_NAMED_AFTER.test(this.text.slice(quantity.end, quantity.end + 14)) &&
      !CONTRIBUTED_BEFORE.test(this.text.slice(Math.max(segment.start, quantity.start - 10), quantity.start))
    );
  }

  /** 3500亿元人民币: the currency names the money's unit; what follows it is what follows the figure. */
  private afterCurrency(quantity: Quantity): number {
    const currency = CURRENCY_AFTER.exec(this.text.slice(quantity.end, quantity.end + 4));
    return currency && unitInfo(quantity.unit).dimension === 'money' ? quantity.end + currency[0].length : quantity.end;
  }

  /**
   * A figure the sentence names in passing, whatever its metric: 前60名, "this number", a target or an average
   * compared with, a rate restated, the step of a scoring rule, a count of indicators by their progress — it states nothing of the
   * plan's own.
   */
  private namedInPassing(quantity: Quantity, clauseStart: number, tokens: ReturnType<typeof scanTokens>): boolean {
    if (quantity.topN || this.pointsBack(quantity) || this.comparedWithTarget(quantity) || (this.benchmarkAverage(quantity) && !this.averageLevels(quantity)))
      return true;
    const { dimension } = unitInfo(quantity.unit);
    // 五千亿级、万亿级产业集群: a tier listed before the noun it grades names a kind of thing, as 千亿级产业集群 does.
    if (dimension === 'money' && GRADED_LIST.test(this.text.slice(quantity.end, quantity.end + 24))) return true;
    // 甲、乙、丙等3项经济指标增速排名全市第一: the count of a list's own measures, no figure (the rank after is each one's);
    // 新能源汽车、化工新材料、现代食品等3个千亿级产业链群: the count of the things named before it (corpus Decisions 13, 16).
    if (this.countsListedItems(quantity, clauseStart)) return true;
    // 16项基本符合或快于预期, …6项达到时序进度: a review counting a plan's indicators by their progress.
    // 17项未达序时的目标任务分别为：, 26项…具体目标如下：: a count heading the list its clause opens, no figure.
    if (LIST_HEAD_UNITS.has(quantity.unit) && LIST_OPENS_AFTER.test(this.text.slice(quantity.end, quantity.end + 30))) return true;
    // 三分之一是草原、四分之一是森林: a fraction of a place that is some land describes the place, no measure aimed at.
    if (
      FRACTION_WRITTEN.test(this.text.slice(quantity.start, quantity.end)) &&
      IS_WHAT_AFTER.test(this.text.slice(quantity.end, quantity.end + 3)) &&
      !REACHED_BEFORE.test(this.text.slice(Math.max(0, quantity.start - REACHED_REACH), quantity.start))
    )
      return true;
    // 经县人民代表大会第七次会议票决产生10件, 县人大代表票选表决县政府十件民生实事项目: what a session's vote chose, counted —
    // the list the vote adopted, procedure (each matter's own figures are read).
    if (LISTED_ITEM_UNITS.has(quantity.unit) && VOTED_BEFORE.test(this.text.slice(Math.max(clauseStart, quantity.start - VOTED_REACH), quantity.start)))
      return true;
    // 充分发挥14个国家级、42个省级基地带动作用: things a plan puts to use, counted as they stand — no figure to reach.
    if (this.putToUse(quantity)) return true;
    // …关于2024年实施47项民生实事的通知: a figure inside a document's title names the document (corpus Decisions 25).
    if (this.insideTitle(quantity)) return true;
    // 决定命名甲等89个项目为第八批…代表性项目，现予公布; 附件：1.第八批…代表性项目（89个）: the count of the list a notice itself
    // publishes, or of an attachment it lists, is a count of the document's own items (corpus "Not entries"), no figure.
    if (LISTED_ITEM_UNITS.has(quantity.unit ?? '') && (this.listPublished(quantity) || this.countsAttachment(quantity))) return true;
    // 路基宽度24米, 主线设计时速为100公里: a design size of what is built, its width or speed — no figure reached or aimed at
    // (its length, 全长343米, stays: what is built, measured).
    if (dimension === 'length' && DESIGN_SIZE_BEFORE.test(this.text.slice(Math.max(clauseStart, quantity.start - 8), quantity.start))) return true;
    // 46家中外媒体88名记者到会采访, 近百名记者将分3条线路…开展采访报道: the press covering an event, counted — procedure, no
    // figure of the issuer's.
    if (PRESS_UNITS.has(quantity.unit ?? '') && this.pressCovering(quantity, clauseStart)) return true;
    // 推进三项改革：…, 接续办好15件重点民生实事。具体包括：…: the count of lines of work the text names right after it.
    if (LIST_HEAD_UNITS.has(quantity.unit) && WORKS_LISTED_AFTER.test(this.wordsAfter(quantity.end, 30))) return true;
    // In a review the count is a result of its own (corpus Decisions 25): read as any count is.
    if (this.countsIndicatorProgress(quantity, tokens)) {
      return this.listedBefore(quantity, clauseStart) || this.progressCountRole(quantity, tokens) !== 'actual';
    }
    // 补贴标准为：…每人每月160元: what a policy pays, as its standard states it.
    if (dimension === 'money' && PAYMENT_STANDARD_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 48), quantity.start))) return true;
    // 按照最高不超过合同金额的30%给予支持，最高不超过2000万元, 线索奖最低50元: the cap or floor of what a policy pays each
    // case — no figure of the plan (corpus README "What is an entry": amounts a policy pays). (GDP增速最低是6.7%, the
    // extremes of a measure, stays: 是, and no paying in the sentence.)
    if (this.capOfPayment(quantity, clauseStart)) return true;
    // 保持在±0.5%之间: a band either side of something, no figure of a measure.
    if (BAND_SIGN_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 2), quantity.start))) return true;
    // 做到发现一户、帮扶一户、动态清零一户: 一 and its measure word said again and again in one clause, a slogan's rhythm — a number
    // that measures nothing (corpus "Not entries": 保二争一).
    if (this.repeatedOne(quantity, clauseStart)) return true;
    // 给予小微企业10%以上价格扣除优惠, 对新认定企业给予50万元奖励: what a policy grants each case — no figure of the plan.
    if (
      GRANTED_BEFORE.test(this.text.slice(Math.max(clauseStart, quantity.start - GRANT_REACH), quantity.start)) &&
      GRANT_AFTER.test(this.text.slice(quantity.end, quantity.end + GRANT_REACH))
    )
      return true;
    // 拥有300多座方山石台、90多处古砦, 拥有20个国家森林公园，16个国家湿地公园: what a place has, its profile — no figure
    // reached or aimed at (每千人拥有…, 拥有量 are ratios and stay; 力争拥有… aims).
    if (this.ownedByPlace(quantity)) return true;
    // 今年61岁的老张说, 现年45岁: a person's age in news, no measure (人均预期寿命80岁 keeps its figure).
    if (dimension === 'age' && AGE_OF_PERSON_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 5), quantity.start))) return true;
    // GDP每增长1个百分点可以带动约1.5万人就业: a rule of thumb linking two measures, its step and what each step brings — no
    // period's result or target (corpus c1478).
    if (RULE_STEP_BEFORE.test(this.text.slice(Math.max(clauseStart, quantity.start - RULE_STEP_REACH), quantity.start))) return true;
    // 每超过1个百分点加0.5分, 每增加100亿元，加1分: the step of an assessment's scoring rule, no figure.
    return this.restatesRate(quantity, clauseStart) || SCORING_STEP.test(this.text.slice(quantity.end, quantity.end + 16));
  }

  /**
   * How many quantities from `q` on only bound the size of a noun written after a 、 list of such bounds (5000万元以上、
   * 亿元以上项目; 超100亿元、50亿元、10亿元的企业) or after a bracket converting the first (5亿元（3000万美元）以上项目): the
   * corpus conventions' thresholds that qualify a noun, no figure. 0 when the figure is no such bound: a size that no bound
   * word marks (完成投资5000万元、产值1亿元的目标), or whose list reaches no noun (投资100亿元以上、新建项目20个).
   */
  private boundsOfListedNoun(quantities: readonly Quantity[], q: number, following: number): number {
    const quantity = quantities[q]!;
    if (unitInfo(quantity.unit).dimension !== 'money') return 0;
    const mark = this.text[following];
    if (mark !== '、' && mark !== '（' && mark !== '(') return 0;
    const rest = BOUNDS_LIST_REST.exec(this.text.slice(following, following + 64));
    if (!rest) return 0;
    const end = following + rest[0].length;
    if (NOT_QUALIFIED_AFTER.test(this.text.slice(end, end + 4))) return 0;
    const bounded =
      rest[1] !== undefined ||
      quantity.post === '>=' ||
      quantity.post === '<=' ||
      PASSING_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 2), quantity.start));
    if (!bounded) return 0;
    let count = 1;
    while (q + count < quantities.length && quantities[q + count]!.start < end) count++;
    return count;
  }

  /**
   * Whether a capacity (mass, power, energy, animals) is an item of a 、/和 list that closes, in its clause, on the projects the
   * items name: examples before 等项目 (甲30万吨颗粒硅、乙10万吨多晶硅等项目), or a last item that is a capacity project
   * (…、乙新增4万吨产能项目): each is a project's size, no figure (corpus Decisions 22, 28). A list of amounts reached
   * (产量达到0.4万吨、…2万吨，) reaches no projects.
   */
  private capacityListNamesProjects(quantity: Quantity, following: number): boolean {
    if (!CAPACITY_DIMENSIONS.has(unitInfo(quantity.unit).dimension)) return false;
    const clause = CLAUSE_AHEAD.exec(this.text.slice(following, following + CAPACITY_LIST_REACH))![0];
    if (!/[、和]/.test(clause)) return false;
    return EXAMPLE_PROJECTS_IN.test(clause) || CAPACITY_PROJECT_LAST.test(clause);
  }

  /** Whether the words from `from` to `end` stand alone on their line: a line break (or the text's edge) on each side, only spaces between. */
  private aloneOnLine(from: number, end: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', from - 1) + 1;
    const lineEnd = this.text.indexOf('\n', end);
    return this.text.slice(lineStart, from).trim() === '' && this.text.slice(end, lineEnd === -1 ? this.text.length : lineEnd).trim() === '';
  }

  /** Whether the figure is 一 and a measure word (一户) written again in its clause, within a short reach each side. */
  private repeatedOne(quantity: Quantity, clauseStart: number): boolean {
    const written = this.text.slice(quantity.start, quantity.end);
    if (written.length !== 2 || written[0] !== '一') return false;
    const before = this.text.slice(Math.max(clauseStart, quantity.start - REPEATED_ONE_REACH), quantity.start);
    const after = CLAUSE_AHEAD.exec(this.text.slice(quantity.end, quantity.end + REPEATED_ONE_REACH))![0];
    return before.includes(written) || after.includes(written);
  }

  /**
   * Whether a count of projects, its noun before it and no verb (续建项目35宗, 省、市重点建设项目29宗, 纳统在库项目127个), is followed by
   * the investment they completed in the next clause, in a passage that reports: the set that sum is taken over.
   */
  private projectsOfInvestedSum(quantity: Quantity, metrics: readonly InheritedRef[], tokens: ReturnType<typeof scanTokens>): boolean {
    if (!PROJECT_COUNT_UNITS.has(quantity.unit)) return false;
    if (!metrics.every((m) => PROJECTS_NAMED.test(m.metric))) return false;
    if (metrics.some((m) => WORK_ON_PROJECTS.test(this.text.slice(this.clauseStartOf(m.start), m.start) + m.metric))) return false;
    if (!INVESTED_SUM_AFTER.test(this.text.slice(quantity.end, quantity.end + 12))) return false;
    return this.roleOf(quantity.start, tokens).role === 'actual';
  }

  /** A figure bounded by 最高/最低 in its clause, in a sentence that pays (给予…支持, 奖励, 补助, 线索奖). */
  private capOfPayment(quantity: Quantity, clauseStart: number): boolean {
    // (Back at most a segment's length: a long clause of figures is not read again from its start for each.)
    const near = this.text.slice(Math.max(clauseStart, quantity.start - CAP_REACH), quantity.start);
    const cap = firstHolding('最', CAP_OF_EACH_BEFORE, near);
    if (!cap) return false;
    // (The bound and what stands before it: 线索奖最低, 单个企业最高奖励, 最高不超过 — a payment's cap, not a peak or a raise.)
    const between = cap[0].slice(2);
    const lead = near.slice(Math.max(0, cap.index - 2), cap.index);
    // (最低50元 with nothing between: the bound of the sum itself, the paying words around it say whose.)
    if (CAP_RAISED.test(between) || !(between.trim() === '' || CAP_BOUND_OR_PAID.test(between) || CAP_BOUND_OR_PAID.test(lead))) return false;
    const from = this.sentenceStartOf(quantity.start);
    return PAYING.test(this.text.slice(Math.max(from, quantity.start - PAYING_REACH), Math.min(this.text.length, quantity.end + PAYING_REACH)));
  }

  /** The figure is one of the things a place 拥有 (a list of them after the verb), with no aim or ratio before the verb. */
  private ownedByPlace(quantity: Quantity): boolean {
    const from = Math.max(this.sentenceStartOf(quantity.start), quantity.start - OWNED_REACH);
    const owned = firstHolding('有', OWNED_LIST_BEFORE, this.text.slice(from, quantity.start));
    if (!owned) return false;
    const verbAt = from + owned.index;
    // (The aim may open the sentence a clause before: 到2025年，全县拥有20家….)
    const lead = this.text.slice(Math.max(this.sentenceStartOf(verbAt), verbAt - OWNED_LEAD_REACH), verbAt);
    // (拥有1个以上: a floor set is an aim too.)
    return !OWNING_AIMED_OR_PER.test(lead) && !/^\s*(?:个|家|座|处|项|所)?以上/.test(this.text.slice(quantity.end, quantity.end + 4));
  }

  /** 发挥…N个…作用 with no clause break between: the figure counts what the role is asked of. */
  private putToUse(quantity: Quantity): boolean {
    return (
      PUT_TO_USE_BEFORE.test(this.text.slice(Math.max(0, quantity.start - USE_REACH), quantity.start)) &&
      ROLE_AFTER.test(this.text.slice(quantity.end, quantity.end + USE_REACH))
    );
  }

  /** 关于…N项…的通知 with no clause break between: the figure is part of a document's title. */
  /**
   * Whether the figure's sentence names things as some kind (决定命名甲等89个项目为…, 认定…) and goes on to publish that list
   * (…，现予公布。); not work whose outcome will be published (计划新建工坊10个，建成后予以公布).
   */
  private listPublished(quantity: Quantity): boolean {
    const after = this.text.slice(quantity.end, quantity.end + PUBLISHED_REACH);
    const end = after.search(/[。！？!?\n]/);
    if (!LIST_PUBLISHED.test(end < 0 ? after : after.slice(0, end))) return false;
    const before = this.text.slice(Math.max(0, quantity.start - PUBLISHED_REACH), quantity.start);
    return LIST_NAMED.test(before.slice(Math.max(...[...'。！？!?\n'].map((c) => before.lastIndexOf(c))) + 1));
  }

  /** Whether the figure's clause tells the press (记者, 媒体) covering an event (采访, 报道, 到会). */
  private pressCovering(quantity: Quantity, clauseStart: number): boolean {
    const after = CLAUSE_AHEAD.exec(this.text.slice(quantity.end, quantity.end + PRESS_REACH))![0];
    const clause = this.text.slice(Math.max(clauseStart, quantity.start - PRESS_REACH), quantity.start) + after;
    // (Not press the issuer sends out, 组织40名记者开展采访: a verb of work or aim before the count makes it work planned.)
    const before = this.text.slice(Math.max(clauseStart, quantity.start - PRESS_REACH), quantity.start);
    return PRESS_NAMED.test(clause) && PRESS_COVERING.test(clause) && !PRESS_SENT_BEFORE.test(before);
  }

  /** Whether the figure stands in the brackets closing an attachment's title (附件：1.某某项目名录（52个、76处）). */
  private countsAttachment(quantity: Quantity): boolean {
    const before = this.text.slice(Math.max(0, quantity.start - ATTACHMENT_REACH), quantity.start);
    const at = before.lastIndexOf('附件');
    if (at < 0) return false;
    // (The list of attachments a notice closes on, 附件： — not the caption over an attachment itself, 附件1 重点项目清单（共50个）,
    // whose count stays. A title, no sentence: no clause break past the colon — 附件说明：全年力争新增…（3个以上） is a sentence.)
    if (!/^\s*[:：]/.test(before.slice(at + 2))) return false;
    const title = before.slice(at + 2).replace(/^\s*[:：]/, '');
    const open = Math.max(title.lastIndexOf('（'), title.lastIndexOf('('));
    return (
      open >= 0 &&
      !/[。！？!?\n，,；;：:]/.test(title) &&
      !/[)）]/.test(title.slice(open)) &&
      BRACKET_CLOSES_AFTER.test(this.text.slice(quantity.end, quantity.end + 12))
    );
  }

  private insideTitle(quantity: Quantity): boolean {
    return (
      TITLE_OPENS_BEFORE.test(this.text.slice(Math.max(0, quantity.start - TITLE_REACH), quantity.start)) &&
      TITLE_CLOSES_AFTER.test(this.text.slice(quantity.end, quantity.end + TITLE_REACH))
    );
  }

  /** Whether a statement counts indicators by the place their growth took (its words: 7项指标增速位居全省第一). */
  private countsRankedIndicators(statement: Statement): boolean {
    return statement.unit === '项' && COUNTED_INDICATORS_RATE.test(this.text.slice(statement.span[0], statement.span[1]));
  }

  /** 16项基本符合或快于预期, 17项指标达到或超过预期: a count of a plan's indicators by the progress said of them. */
  private countsIndicatorProgress(quantity: Quantity, tokens: ReturnType<typeof scanTokens>): boolean {
    const after = this.text.slice(quantity.end, quantity.end + 16);
    // (14个事项已提前完成全年任务: items of a list counted in 个 with their noun named, as in 项 — and the wider words of
    // TASKS_PROGRESS — only where the count reports: a plan's 确保18个事项全面完成年度任务, or a count whose role the reader
    // cannot tell a result, is read as any count, as before r30u.)
    const items = quantity.unit === '个' && ITEMS_NAMED.test(after);
    if (quantity.unit !== '项' && !items) return false;
    if (!items && INDICATOR_PROGRESS.test(after)) return true;
    if (TASKS_PROGRESS.test(after)) return this.progressCountRole(quantity, tokens) === 'actual';
    if (items) return false;
    // (The clause before is read back a segment's length at most: a long clause of such counts is not read again for each.)
    const from = Math.max(this.clauseStartOf(quantity.start), quantity.start - MAX_SEGMENT);
    return INDICATOR_RANKED_FIRST.test(after) && !INDICATORS_LISTED.test(this.text.slice(from, quantity.start));
  }

  /**
   * The role of a count of indicators by their progress. Words in the clause naming the set it is drawn from
   * (区人大批准的《…计划草案的报告》明确的32项指标中：) say how that set was set, not whether the count is planned: the count's
   * own clause decides (力争…), else the sentence before the set (报告指出，), else the passage.
   */
  private progressCountRole(quantity: Quantity, tokens: ReturnType<typeof scanTokens>): 'target' | 'actual' {
    const clauseStart = this.clauseStartOf(quantity.start);
    const own = cueBefore(this.cues, clauseStart, quantity.start, (c) => c.tense !== null);
    if (own) return own.tense === 'result' ? 'actual' : 'target';
    const sentenceStart = this.sentenceStartOf(clauseStart);
    const reach = Math.max(sentenceStart, clauseStart - SET_REACH);
    const set = INDICATOR_SET.exec(this.text.slice(reach, clauseStart));
    if (!set) return this.roleOf(quantity.start, tokens).role;
    const setStart = this.clauseStartOf(reach + set.index);
    const before = cueBefore(this.cues, sentenceStart, setStart, (c) => c.tense !== null);
    if (before) return before.tense === 'result' ? 'actual' : 'target';
    return this.context.defaultRole ?? 'target';
  }

  /** 城镇化率、森林覆盖率2项…: a count right after a 、 list of its clause that has as many items — it counts that list. */
  private listedBefore(quantity: Quantity, clauseStart: number): boolean {
    // A list of measures is a subject, read back at most a segment's length (as countedMeasures reads a rank's): a long
    // clause of such counts is not read again from its start for each of them.
    if (quantity.value === null || quantity.start - clauseStart > MAX_SEGMENT) return false;
    const list = this.text
      .slice(clauseStart, quantity.start)
      .replace(/等\s*$/, '')
      .trim();
    // (Two items joined by 和 alone, 甲和乙2个: their names, counted — catalogue r28x 4.)
    const listed = list.includes('、') || (quantity.value === 2 && ITEMS_JOINED.test(list));
    return listed && !/[，,。；;！？\d]/.test(list) && listItems(list, quantity.value) !== null;
  }

  /**
   * 甲、乙、丙等3项经济指标…; 新能源汽车、化工新材料、现代食品等3个千亿级产业链群, 完成白马、龙门2个目标镇年度任务: a count right
   * after a 、 list of its clause that equals the list's items only counts what the text has named (corpus Decisions 13 and 16:
   * no entry; a count past the items named, 粮油、生猪等6个…, names only some and stays). Not verbs of work listed (新建、改扩建2所
   * 学校: the things worked on are counted), nor a unit that counts no things.
   */
  private countsListedItems(quantity: Quantity, clauseStart: number): boolean {
    if (!LISTED_ITEM_UNITS.has(quantity.unit ?? '') || !this.listedBefore(quantity, clauseStart)) return false;
    if (LISTED_MEASURES_NOUN.test(this.text.slice(quantity.end, quantity.end + 10))) return true;
    const before = this.text.slice(clauseStart, quantity.start);
    if (EACH_OR_BOUND_BEFORE.test(before) || quantity.post !== null || quantity.approximate) return false;
    // (A list closed by 等 after two items is left open, 冶金、化工等2个五千亿级产业链: its count is set, c068.)
    if (/等\s*$/.test(before) && (quantity.value ?? 0) < 3) return false;
    // 新认定企业技术中心、工业设计中心2家, 创建省级文明村、卫生村2个: a count after the last item's noun, nothing named after
    // it, counts the things of the kinds listed (corpus c140: one entry) — only 甲、乙2个项目 (the noun after) counts the names.
    if (!/^[\u4e00-\u9fff]/.test(this.text.slice(quantity.end, quantity.end + 1))) return false;
    const items = listItems(before.replace(/等\s*$/, '').trim(), quantity.value)!;
    if (items.some((item) => TIER_ITEM.test(item))) return false;
    const last = items.at(-1)!;
    // (培育电子信息、汽车两大产业集群2个: the list's count is written in it, 两大, and the figure after the noun is the count set.)
    return !WORK_VERBS.has(last) && !endsOnWorkVerb(last) && !COUNT_IN_ITEM.test(last);
  }

  /**
   * 高于省、市7.5%平均水平: the level of other bodies a target is compared with, named in passing —
   * a benchmark, no figure of the plan's own.
   */
  private benchmarkAverage(quantity: Quantity): boolean {
    if (!BENCHMARK_AVERAGE.test(this.text.slice(quantity.end, quantity.end + 6))) return false;
    const before = this.text.slice(Math.max(0, quantity.start - 10), quantity.start);
    const clause = before.slice(Math.max(...[...'，。；,;（('].map((c) => before.lastIndexOf(c))) + 1);
    return BENCHMARK_WORDS.some((w) => clause.includes(w));
  }

  /**
   * 高于省、市8%平均水平, 快于全省6%左右的平均增速: the higher levels whose average a target is set against, written right
   * before the figure after 高于/低于… (省、市 → 全省, 全市); null when no level stands there (高于8%平均水平 names none).
   * Each level's average is a target of its own (corpus Decisions 30).
   */
  private averageLevels(quantity: Quantity): string[] | null {
    if (!BENCHMARK_AVERAGE.test(this.text.slice(quantity.end, quantity.end + 6))) return null;
    const match = LEVELS_BEFORE_AVERAGE.exec(this.text.slice(Math.max(0, quantity.start - 16), quantity.start));
    return match ? match[2]!.split(/[、和]/).map((level) => (level.startsWith('全') || level === '国家' ? level : '全' + level)) : null;
  }

  /**
   * 高于省、市8%平均水平: one statement per level named, on the same words — the average of the measure its clause names
   * before the comparison word (GDP目标增速高于… → GDP), else of the figure just before it in the sentence (规模以上工业
   * 增加值增长8%，高于…), whose kind it keeps. The comparison word is no comparator of the average itself.
   */
  private readLevelAverages(quantity: Quantity, levels: string[], prevEnd: number, tokens: ReturnType<typeof scanTokens>): void {
    const before = this.text.slice(Math.max(prevEnd, quantity.start - MAX_SEGMENT), quantity.start).replace(LEVELS_BEFORE_AVERAGE, '');
    const own = (before.split(/[，,；;（(。]/).pop() ?? '').trim();
    const compared = this.state!.lastGroup.at(-1);
    const growing = GROWTH_FILLER.test(own) || compared?.statement.kind === 'growth';
    const measure = own.replace(AVERAGE_MEASURE_FILLER, '') || compared?.base || '';
    const segment = parseSegment(this.text, quantity.start, quantity.start);
    const emitted = levels.map((level) => {
      const metric = `${level}${measure}${growing ? '平均增速' : '平均水平'}`;
      return this.emit(metric, metric, [quantity.start, quantity.end], quantity, segment, tokens, growing ? compared?.statement : undefined);
    });
    this.state!.lastGroup = emitted;
  }

  /**
   * 失业率为4.02%，低于4.5%的控制目标: a result compared with a target names that target again in
   * passing (a back-reference), it states nothing new.
   */
  private comparedWithTarget(quantity: Quantity): boolean {
    const before = this.text.slice(Math.max(0, quantity.start - 2), quantity.start);
    return BENCHMARK_WORDS.some((w) => before.endsWith(w)) && BACK_REFERENCED_TARGET.test(this.text.slice(quantity.end, quantity.end + 8));
  }

  /**
   * 实现6.5%左右的增长, 6.5%左右的增速可以实现…, 要实现5.5%的增长目标: a rate heading an abstract rate noun with
   * nothing before it in its clause to name what grows (at most 实现) restates a rate already given; it states nothing new.
   */
  private restatesRate(quantity: Quantity, clauseStart: number): boolean {
    if (quantity.unit !== '%') return false;
    const before = this.text.slice(clauseStart, quantity.start).trim();
    return RATE_RESTATED_BEFORE.test(before) && RATE_NOUN_AFTER.test(this.text.slice(quantity.end, quantity.end + 8));
  }

  /**
   * Whether an aimed list's head (围绕106) starts at or after `clauseStart` and ends by `end`. The heads are listed once
   * per text with, from each on, the earliest end of a head starting there or later: a clause of many 、 items is not read
   * again up to each item.
   */
  private aimedListOpensBefore(clauseStart: number, end: number): boolean {
    if (!this.aimedListHeads) {
      const starts: number[] = [];
      const ends: number[] = [];
      for (let verb = AIMED_VERB.exec(this.text); verb; verb = AIMED_VERB.exec(this.text)) {
        AIMED_LIST_HEAD.lastIndex = verb.index;
        if (AIMED_LIST_HEAD.test(this.text)) {
          starts.push(verb.index);
          ends.push(AIMED_LIST_HEAD.lastIndex);
        }
        AIMED_VERB.lastIndex = verb.index + 1;
      }
      AIMED_VERB.lastIndex = 0;
      for (let k = ends.length - 2; k >= 0; k--) ends[k] = Math.min(ends[k]!, ends[k + 1]!);
      this.aimedListHeads = { starts, endsFrom: ends };
    }
    const { starts, endsFrom } = this.aimedListHeads;
    const first = countBefore(starts, clauseStart);
    return first < starts.length && endsFrom[first]! <= end;
  }

  /**
   * 有利条件共有4项，依序为：…, 主要包括三个方面：…: a count after a listing verb whose list follows at once counts
   * that list's own items (共有规上企业500家 and 规上企业共有500家。 stay figures: no list follows them).
   */
  private countsListAfter(first: Quantity, last: Quantity): boolean {
    return LISTING_VERB.test(this.text.slice(Math.max(0, first.start - 4), first.start)) && LIST_FOLLOWS.test(this.wordsAfter(last.end, 8));
  }

  /**
   * Up to `n` characters after `pos`; where they run to the sentence's end and the next sentence opens a list
   * (context.listFollows), the end reads as the colon that opens it (接续办好15件民生实事。⏎具体包括： → 民生实事：).
   */
  private wordsAfter(pos: number, n: number): string {
    const words = this.text.slice(pos, pos + n);
    if (this.context.listFollows !== true || pos + n < this.text.length) return words;
    return words.replace(/[\s。！!？?；;]*$/, '：');
  }

  /** Whether the noun a count stands before makes it structure or a name, no figure to reach. */
  private countsNoFigure(object: string, dimension: string, quantity: Quantity, tokens: ReturnType<typeof scanTokens>): boolean {
    // 17项指标达到或超过预期: indicators counted by their progress are a result of a review (corpus Decisions 25), not the
    // document's own parts; namedInPassing keeps the count only where the review reports it.
    // (Not one whose clause goes on to list them, 7项指标基本符合预期，分别是…: it counts the list after it.)
    if (this.countsIndicatorProgress(quantity, tokens) && !NAMED_AFTER.test(this.text.slice(quantity.end, quantity.end + 40))) return false;
    // 落实全市30条举措, 推动…十二条措施落地落实: measures carried out are counted (corpus Decisions 28; issued.ts).
    if (this.measuresCarriedOut(quantity, object) !== null && this.roleOf(quantity.start, tokens).role === 'target') return false;
    // 开工建设20项重点工程: works a verb of work governs are counted, though the same head names a plan's division.
    if (this.builtByVerb(object, quantity)) return false;
    if (DOCUMENT_PARTS.has(object) || WORK_PART_HEADS.some((h) => object.startsWith(h)))
      // 出台…18条措施 in a review: measures issued, whatever purpose the words before name (issued.ts).
      return !(namesIssuedMeasures(object) && this.issuedInReview(quantity, tokens));
    // 六大行动、十项工程, 六个加快：: programmes or lines of work counted bare, no thing named — the plan's structure.
    if (BARE_PROGRAMME.test(object)) return true;
    // 实现六个明显提升, 我们有3个定位, 等4项原则: aims, points and principles counted — the document's own structure.
    if (AIMS_COUNTED.test(object)) return true;
    // 提升4个位次, 前进不少于1个位次: a rank moved, no count of things.
    if (RANK_STEPS.some((w) => object.startsWith(w))) return true;
    // 在近两个小时的报告中: hours counted with 个 are a span of time, no count of things.
    if (HOURS_COUNTED.test(object)) return true;
    // 办好10件民生实事, 新增办理8项为民实事: the report's own list of practical matters, counted — each item's figures are read.
    if (PROMISED_MATTERS.test(object) && this.mattersListedOrTitled(quantity)) return true;
    // 823名人大代表出席会议: who attends a congress session is procedure.
    if (dimension === 'person' && DELEGATES_ATTENDING.test(object)) return true;
    if (!COUNTED_PARTS.has(dimension)) return false;
    // 统筹做好兴实业、扩投资…等十项经济工作, 抓好五个方面民生工作: lines of work counted, the plan's structure.
    if (LINES_OF_WORK.test(object)) return true;
    // 推进三个“一号工程”和“十项重大工程”: programmes known by their quoted names; 连续跨越3个千亿台阶: tiers crossed.
    if (QUOTED_NAMES_ONLY.test(object) || TIERS_CROSSED.test(object)) return true;
    // 20个预期性指标、8个约束性指标, 6个规划指标提前达标, 人才新政30条: a document's own parts, the noun after the count —
    // unless a review says they were issued (推出168项稳增长措施).
    // 4个结构性指标均…, 4个结构性指标中: the parts counted, then what is said of them.
    const part = object.replace(PARTS_MET, '').replace(/[均都中]$/, '');
    return ownPart(part, dimension) && !this.issuedInReview(quantity, tokens);
  }

  /**
   * 今年还要办好10件民生实事：1…, 2023年十件民生实事任务一览表, a heading line: a count of practical matters that only
   * introduces the list after it, or names a document — no figure (corpus Decisions 25). Elsewhere, 着力办好年度15件重点民生实事,
   * the count is set or reported.
   */
  private mattersListedOrTitled(quantity: Quantity): boolean {
    // 办好“交”和“接”两件实事: the matters named in quotes before their count are the plan's own items.
    if (/[”"」]\s*$/.test(this.text.slice(Math.max(0, quantity.start - 2), quantity.start))) return true;
    const rest = this.wordsAfter(quantity.end, 24);
    const matter = /^[^，。；;！？\n：:]*?实事(?:项目)?/.exec(rest);
    if (!matter) return true;
    const after = rest.slice(matter[0].length);
    // (…实施47项民生实事的通知: a document's title.)
    return MATTERS_LISTED_AFTER.test(after) || LIST_FOLLOWS.test(after);
  }

  /**
   * 推出168项稳增长措施 in a review: measures a government issued, a result — not the document's own parts. The verb
   * may stand before the measures' purpose (制定出台服务市场主体发展18条措施, 出台支持…30条措施): any issuing verb of the
   * count's own clause, with no other figure between (`ISSUED_PURPOSE_REACH`).
   */
  private issuedInReview(quantity: Quantity, tokens: ReturnType<typeof scanTokens>): boolean {
    const before = this.text.slice(Math.max(0, quantity.start - ISSUED_PURPOSE_REACH), quantity.start);
    const clause = ownPhraseBefore(before);
    return OWN_ISSUING.test(clause) && !/[0-9０-９]/.test(clause) && this.roleOf(quantity.start, tokens).role === 'actual';
  }

  /** 出台超常规举措32条 in a review: measures the count's own phrase says were issued, the count after their noun (issued.ts). */
  private issuedBeforeCountInReview(quantity: Quantity, tokens: ReturnType<typeof scanTokens>): boolean {
    const before = this.text.slice(Math.max(0, quantity.start - ISSUED_PURPOSE_REACH - 4), quantity.start);
    // (A quoted name of the package, 出台“两稳一保”政策措施40条, belongs to the phrase: the quote is no break there.)
    const phrase = ownPhraseBefore(before.replace(/[“”"]/g, '　'));
    return issuedBeforeCount(before.slice(before.length - phrase.length)) && this.roleOf(quantity.start, tokens).role === 'actual';
  }

  /** The purpose of measures the count's clause carries out (落实…25条举措), or null (issued.ts). */
  private measuresCarriedOut(quantity: Quantity, object: string): string | null {
    const before = this.text.slice(Math.max(0, quantity.start - ISSUED_PURPOSE_REACH), quantity.start);
    return carriedOutPurpose(ownPhraseBefore(before), object);
  }

  /** 这两项, 该3个: the number points at things already named. */
  private pointsBack(quantity: Quantity): boolean {
    return DEMONSTRATIVES.some((w) => this.text.slice(Math.max(0, quantity.start - w.length), quantity.start) === w);
  }

  /** A sum of money followed by what it goes to (3亿元支持…, 5000万元用于…). */
  private fundsPurpose(quantity: Quantity, after: number): boolean {
    return unitInfo(quantity.unit).dimension.startsWith('money') && MONEY_PURPOSES.some((w) => this.text.startsWith(w, after));
  }

  /** The noun a short clause before `pos` ends on, its verbs stripped (扩增攀登企业 → 攀登企业); null when it states a figure. */
  private objectOfClauseBefore(pos: number): string | null {
    const clause = this.previousClause(pos);
    if (!clause || clause.text.length > 12 || /[0-9０-９%]/.test(clause.text)) return null;
    const seg = parseSegment(this.text, clause.start, clause.start + clause.text.length);
    // 金乡将扩增攀登企业: the subject and its 将/要 go with the verb.
    const noun = this.text
      .slice(seg.start, seg.end)
      .replace(/^[^将要]{0,6}[将要]/, '')
      .replace(CLAUSE_VERB_HEAD, '');
    return COUNTED_NOUN_END.test(noun) && noun.length >= 2 ? noun : null;
  }

  /** The clause just before `pos` in its sentence, trimmed, when it holds words. */
  /**
   * Each place of a 、 list closed by 等 and a word for places that is the whole clause before, when the segment opens its
   * clause with 都/均 (distributive): the place, then the segment's own parsed metric (`eachPlaceListedBefore`).
   */
  private placesListedBefore(segment: Segment, measure: string): MetricRef[] | null {
    if (!segment.distributive || this.text.slice(this.clauseStartOf(segment.from), segment.from).trim() !== '') return null;
    const clause = this.previousClause(segment.from);
    return clause ? eachPlaceListedBefore(this.text, clause, measure) : null;
  }

  private previousClause(pos: number): { text: string; start: number } | null {
    const clauseStart = this.clauseStartOf(pos);
    if (clauseStart <= this.sentenceStartOf(pos)) return null;
    const start = Math.max(this.clauseStartOf(clauseStart - 1), clauseStart - 1 - MAX_SEGMENT);
    const raw = this.text.slice(start, clauseStart - 1);
    const text = raw.trim();
    if (!/[\u4e00-\u9fff]{2}/.test(text)) return null;
    return { text, start: start + raw.indexOf(text) };
  }

  // ----------------------------------------------------------------------------------------
  // Statements whose metric follows the number ("打造 10 个左右市级返乡创业示范园", "60%规上工业企业…")

  private readObject(quantities: Quantity[], q: number, prevEnd: number, tokens: ReturnType<typeof scanTokens>): number | null {
    const quantity = quantities[q]!;
    const text = this.text;
    const dimension = unitInfo(quantity.unit).dimension;
    const clauseStart = this.clauseStartOf(quantity.start);
    const figureEnd = this.afterCurrency(quantity);
    let objectEnd = this.objectEnd(figureEnd);
    // Another quantity inside what follows: a size qualifies it (10亿元企业突破30户); a count of
    // things is a statement of its own, its object ending where the next statement's words begin
    // (1299个重大项目完成投资1.4万亿元, 培育形成2个千亿级产业集群和6个五百亿级产业集群).
    const next = quantities[q + 1];
    const qualifiedObject = next !== undefined && text.slice(quantity.end, next.start).trim() === '';
    if (this.subjectOfProgressSum(quantities, q, clauseStart)) return null;
    // 总投资100亿元的甲、乙等16个重点项目: the total of projects counted after the examples a 、 list names.
    // (Not a bound on each, 总投资10亿元以上的…等5个项目, 总投资超10亿元的…, 均不低于1亿元的….)
    if (
      next &&
      !next.topN &&
      quantity.post === null &&
      !BOUND_ON_EACH.test(text.slice(Math.max(0, quantity.start - 6), quantity.start)) &&
      TOTAL_TO_EXAMPLED_PROJECTS.test(text.slice(quantity.end, next.start))
    ) {
      const total = this.totalOfCountedProjects(quantity, next, Math.max(prevEnd, clauseStart), tokens);
      if (total !== null) return total;
    }
    if (next && !next.topN && next.start < objectEnd && this.clauseStartOf(next.start) === clauseStart && !qualifiedObject) {
      const total = this.totalOfCountedProjects(quantity, next, Math.max(prevEnd, clauseStart), tokens);
      if (total !== null) return total;
      const before = this.objectBefore(quantity.end, next.start);
      // (45.6万亩耕地保有量和38.2万亩…: a size before the land a place must keep is its amount, not a bound on the next figure.)
      const kept = dimension === 'area' && LAND_KEPT.test(text.slice(this.nextSignificant(figureEnd), before));
      if ((SIZE_DIMENSIONS.has(dimension) && !kept) || dimension === 'percent') return null;
      objectEnd = before;
      if (this.investedOver(quantity, objectEnd, next)) return null;
      if (this.placesReportedOver(quantity, objectEnd, next, clauseStart)) return null;
      // 9个县中有8个实现两位数增长: the group the count after it is taken from, no figure of its own.
      // (Not a programme of projects whose count done follows, 93个新开项目中91个项目已开工建设: programmeProgress.)
      const among = next.unit === quantity.unit && /^[\u4e00-\u9fff（）()、]{1,12}?中(?:有|共有)?$/.test(text.slice(quantity.end, next.start).trim());
      if (among && programmeProgress(text, quantity) !== 'programme') return null;
    }
    // 以99.3%的赞成率, 602人投票: the vote a session adopts a document by, no figure of the plan.
    if (VOTE_AFTER.test(text.slice(this.nextSignificant(figureEnd), objectEnd).trim())) return null;
    // "50%以上的规上工业企业": the 的 ties the number to the noun and is no part of it.
    const object = text.slice(this.nextSignificant(figureEnd), objectEnd).trim().replace(/^的/, '');
    if (object.length < 2 || this.countsNoFigure(object, dimension, quantity, tokens)) return null;
    // 83个县（市、区）中，43个…: the group the next clause's count is taken from, no figure of its own.
    if (GROUP_AMONG.test(object) && COUNT_OPENS_AFTER.test(text.slice(objectEnd, objectEnd + 8))) return null;
    // 25万台轻型商用车动力系统总成等290多个项目: a capacity inside the name of a project given as an example of those
    // counted after 等 — no figure of its own (a count of things, 建设3个产业园等12个项目, stays one).
    if (object.endsWith('等') && !COUNTED_EXAMPLES.has(dimension)) return null;
    let segStart = Math.max(prevEnd, quantity.start - MAX_SEGMENT);
    for (let k = quantity.start - 1; k >= segStart; k--) {
      if (text[k] === '、') {
        segStart = k + 1;
        break;
      }
    }
    // 围绕106个重大项目、343项具体任务、77项重大政策: the items after the first of a list an aiming verb heads are the
    // scope work goes around, as the first is (corpus Decisions 13), no figures.
    if (text[segStart - 1] === '、' && this.aimedListOpensBefore(clauseStart, segStart - 1)) return null;
    // 建设200个球类运动场地、70公里健身步道: a length or area heading the next item of a list a verb of work governs.
    const listedAfterCount = text[segStart - 1] === '、' && segStart > clauseStart && this.state?.carriedKind === 'count' && this.state.lastGroup.length > 0;
    while (segStart < quantity.start && /[、\s和及]/.test(text[segStart]!)) segStart++;
    // 至少争取1家…, 至少建成2个…: a floor word opening a short verb phrase bounds the count the verb governs.
    const floor = FLOOR_OPENING_VERB.exec(text.slice(segStart, quantity.start));
    if (floor) segStart += floor.index + floor[0].length;
    const unbounded = parseSegment(this.text, segStart, quantity.start);
    const parsed = floor && unbounded.pre === null ? { ...unbounded, pre: '>=' as const } : unbounded;
    const prefix = text.slice(parsed.start, parsed.end).trim();
    // 近3000名全国人大代表肩负人民重托: the delegates a session gathers, the subject of their clause — no figure of a plan
    // (培训500名人大代表, a verb of work before the count, stays).
    // (来自全县各条战线的230名人大代表: where they come from changes nothing.)
    if (dimension === 'person' && (prefix === '' || DELEGATES_FROM.test(prefix)) && parsed.verbKind === null && DELEGATES_GATHERED.test(object)) return null;
    // 28个省份开完省级两会, 有26个省份下调了…目标, 江西等7个省份人工造林均超过100万亩: provinces counted as the subject of a
    // roundup's clause say who did what, no figure of a plan (赴10个省份开展招商活动, a verb before them, stays).
    if (PROVINCES_AS_SUBJECT_BEFORE.test(prefix) && (PROVINCES_COUNTED.test(object) || (prefix.endsWith('等') && PROVINCES_COUNTED_AFTER_LIST.test(object))))
      return null;
    // 全省11个设区市陆续召开…, 黑龙江省有63个县（市）: all the divisions of a whole, counted after its scope, are its make-up —
    // no figure of a plan (新建5个示范县, a verb before them, and 全省现有17个市县计划…, those of them that do something, stay).
    // 下设12镇5乡2街道、220个村（社区）、2854个村民小组: the divisions a place is made up of, listed after 下设/下辖 (Decisions 35).
    if (MAKEUP_LISTED_BEFORE.test(text.slice(Math.max(clauseStart, quantity.start - MAKEUP_REACH), quantity.start)) && MAKEUP_UNITS_COUNTED.test(object))
      return null;
    // (Only an exact count: 全省30多个县区相继召开… counts those that did something, not the whole's make-up.)
    if (
      !quantity.approximate &&
      WHOLE_BEFORE_DIVISIONS.test(text.slice(Math.max(clauseStart, quantity.start - 12), quantity.start)) &&
      DIVISIONS_COUNTED.test(object)
    )
      return null;
    // 东岭、西河、南湾等5个县区GDP均…, 甲市、乙市等8个城市…比例均达到85%: places a 、 list names and counts after 等 are who
    // the figure is of (eachPlace), no count of their own; only with 均 or a tier reached after them, as eachPlace reads it.
    if (
      PLACES_LIST_BEFORE_COUNT.test(text.slice(Math.max(0, quantity.start - 40), quantity.start)) &&
      PLACES_COUNTED_AFTER_LIST.test(object) &&
      EACH_PLACE_AFTER.test(text.slice(figureEnd, figureEnd + 40))
    )
      return null;
    // 打通36条城区规划路, 建成40个文化驿站, 培养100名医师: a phrase that is only a verb of work governs the count.
    // Only for things counted: a size after a verb (建成千亿级…集聚区) stays a tier or a qualifier.
    const counted = !SIZE_DIMENSIONS.has(dimension) && dimension !== 'money' && dimension !== 'percent';
    // 重点培育的25个先进制造业集群主导产业产值近10万亿元, 纳入市调度的63个重大项目，累计完成投资…: the things a verb and
    // 的 single out are the group the figure after them in the sentence is of, no count of their own.
    if (counted && GROUP_SINGLED_OUT.test(prefix) && next !== undefined && /^[^。；;！？\n]{1,40}$/.test(text.slice(quantity.end, next.start))) return null;
    // 建成10万亩高标准农田, 打通5公里断头路: land and road a verb of work covers are the work counted, as things are
    // (not a size of what is built, 建成1000平方米的服务中心, nor a grade, 建成万吨级码头, nor a distance, 5公里外, nor a bound on each, 改造100亩以上连片农田).
    const workedLand =
      (dimension === 'area' || dimension === 'length') &&
      // (a length after any verb of work, 设置60米减速车道, as bareWorkVerbKind reads it)
      (WORK_VERBS.has(prefix) || (dimension === 'length' && endsOnWorkVerb(prefix))) &&
      quantity.post === null &&
      !/^\s*[的级外内]/.test(text.slice(figureEnd));
    const bareVerb: TargetKind | null =
      (counted || workedLand) && parsed.verbKind === null && parsed.pre === null && parsed.rate === null
        ? (bareWorkVerbKind(prefix, object, CLAUSE_AFTER_FIGURE.exec(text.slice(this.nextSignificant(figureEnd), figureEnd + 48))![0]) ??
          (prefix === '在' && PLACES_WORKED_IN.test(object) ? 'count' : null))
        : null;
    // (Not a bound, 5公里以上管网, nor a distance, 3公里外的服务点: those only describe the noun.)
    const measuresNoun = quantity.post === null && !/^\s*[外内的]/.test(text.slice(figureEnd));
    const carriedWork: TargetKind | null =
      !bareVerb && listedAfterCount && measuresNoun && prefix === '' && (dimension === 'length' || dimension === 'area') ? 'count' : null;
    const segment = bareVerb ? { ...parsed, verbKind: bareVerb, start: parsed.end } : carriedWork ? { ...parsed, verbKind: carriedWork } : parsed;
    const percent = dimension === 'percent';
    const verbBefore = segment.verbKind !== null || segment.pre !== null || segment.rate !== null;
    // "…的3.55亿元无分歧欠款": the number is the amount of the noun after it (…亿元的3批次22个重点项目: after the batches too).
    const possessive = prefix.endsWith('的') || BATCHES_AFTER_OF.test(prefix);
    // "A、B等N个项目": the number counts the things listed (A、B等6大类64个项目: with the classes they fall in between).
    const listed = prefix.endsWith('等') || LISTED_CLASSES.test(prefix);
    // 投资3000万元建设…基地: the money is the investment in what it builds.
    const built = dimension === 'money' && INVESTED.test(prefix) ? BUILT_WITH.exec(object) : null;
    // 投资10亿元的香氛产业园开工建设: one project's investment, in the clause that starts or finishes it.
    const started =
      dimension === 'money' && quantity.post === null && INVESTED.test(prefix)
        ? PROJECT_STARTED.exec(CLAUSE_AFTER_FIGURE.exec(text.slice(this.nextSignificant(figureEnd)))![0])
        : null;
    // 争取到24.2亿元的超长期特别国债: the sum of the funds obtained (a noun of funds after 的), not a size bound.
    const obtained = dimension === 'money' && OBTAINED_BEFORE.test(text.slice(Math.max(0, quantity.start - 3), quantity.start)) && FUNDS_AFTER.test(object);
    // 贡献了6亿多吨煤炭, 生产600万吨水泥: a mass a verb of producing hands over is the amount of the material after it.
    // (…、2亿多吨水泥: the next item of a list the verb heads hands over its mass too.)
    const produced =
      dimension === 'mass' &&
      MATERIAL_AFTER.test(object) &&
      (PRODUCED_BEFORE.test(text.slice(Math.max(0, quantity.start - 4), quantity.start)) || this.producedListEndsAt(clauseStart, quantity.start));
    // 某市81个重点项目集中开工: a place's name before a count whose noun a project stage ends is the subject of the
    // event, as 全市 would be: the count is of what started.
    // (A headline's short subject opening its line, 安徽1032个重大项目集中开工, is a place as well.)
    const headlineSubject = /^[\u4e00-\u9fff]{2,3}$/.test(prefix) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, parsed.start - 4), parsed.start));
    const placeOfEvent = (EVENT_SUBJECT.test(prefix) || headlineSubject) && STAGE_AT_END.test(object);
    // 制定出台服务市场主体发展18条措施 in a review: measures issued for a purpose, counted (issued.ts).
    const purpose = counted && !bareVerb && !verbBefore ? issuedPurpose(prefix, object) : null;
    const issued = purpose !== null && this.roleOf(quantity.start, tokens).role === 'actual';
    // 落实全市优化营商环境30条举措: measures carried out, counted with their purpose (corpus Decisions 28).
    const carried =
      counted && !bareVerb && !verbBefore && !issued && this.roleOf(quantity.start, tokens).role === 'target'
        ? this.measuresCarriedOut(quantity, object)
        : null;
    // 着力办好年度15件重点民生实事: a count of practical matters is set or reported whatever words stand before it.
    const matters = counted && PROMISED_MATTERS_NAMED.test(object) && !this.mattersListedOrTitled(quantity);
    // 贵州省5项指标增速全国第一, 我县12项指标完成目标: the place before a count of indicators by their progress is whose they are.
    const progress = this.countsIndicatorProgress(quantity, tokens);
    // A noun right before the number (服务 6 个方面) makes it a qualifier; a verb makes it a count.
    // (Not before the land a place must keep, 守牢155.1万亩耕地红线, 围绕我市68.59万亩耕地保有量: the figure is that land's amount.)
    if (
      prefix !== '' &&
      !(dimension === 'area' && LAND_KEPT.test(object)) &&
      !bareVerb &&
      !percent &&
      !verbBefore &&
      !possessive &&
      !listed &&
      !built &&
      !started &&
      !obtained &&
      !placeOfEvent &&
      !produced &&
      !issued &&
      carried === null &&
      !matters &&
      !progress
    )
      return null;
    // A tier of money in 级 before the noun it grades (培育百亿元级企业, 打造千亿级产业集群) names a kind of thing, no
    // figure, whatever verb governs it (a tier of size itself, 7000亿级规模, 迈上千亿级台阶, is read elsewhere).
    if (dimension === 'money' && GRADED_NOUN.test(object)) return null;
    // 培育百亿级产业、十亿级企业: the same tier read with its 级 (money written without 元) grades the noun after it.
    if (dimension === 'money' && text[quantity.end - 1] === '级' && GRADED_NOUN.test(`级${object}`)) return null;
    // A size followed by a noun (5亿元以上工业项目, 占地5亩以上) qualifies it unless a verb governs it.
    // (Not a noun that is itself a measure of that size, 50平方公里以上建设用地面积达到…要求: the figure is its amount.)
    const sizeOfMeasure = MEASURE_OF_SIZE.get(dimension)?.exec(object)?.[0];
    // 20户以上自然村通硬化路, 30户以上村民组: households as a threshold that picks the settlements worked on, no count.
    if (quantity.unit === '户' && /以上$/.test(text.slice(quantity.start, quantity.end)) && SETTLEMENTS_PICKED.test(object)) return null;
    // 推进35万吨数字化生产线项目竣工投产, 打造10万吨级白酒基地, 完成200万只蛋鸡养殖基地建设: the capacity or grade of the
    // facility a verb of work builds sizes it, no figure of its own (corpus Decisions 22, 32); land worked, 建成20万亩茶叶基地, stays.
    // (Not capacity added to service, 新增30万千瓦风电项目并网, 新增并网80万千瓦新能源项目: an increment of the measure, read as
    // before; 新增4万吨产能项目建设, a project still being built, stays no entry.)
    if (
      CAPACITY_DIMENSIONS.has(dimension) &&
      sizeOfMeasure === undefined &&
      !this.capacityAddedToService(segment, quantity, object) &&
      GRADE_OR_FACILITY.test(object)
    )
      return null;
    if (
      SIZE_DIMENSIONS.has(dimension) &&
      segment.verbKind === null &&
      !possessive &&
      !built &&
      !started &&
      !obtained &&
      !produced &&
      sizeOfMeasure === undefined
    )
      return null;
    // An age followed by a noun picks the people counted (拥有3岁以下婴幼儿托位数, 65岁及以上老年人), whatever
    // verb stands before it; only 的 makes it a figure of its own (寿命达到80岁的目标).
    if (dimension === 'age' && !text.startsWith('的', this.nextSignificant(quantity.end))) return null;
    // 30岁的鲁朗镇某村村民某某: the age of the person named after 的, in a feature story — no measure.
    if (dimension === 'age' && PERSON_AFTER_AGE.test(text.slice(this.nextSignificant(quantity.end), objectEnd + 2))) return null;
    // 巩固现有的8个万亿级产业集群: what a plan already has is the scope of its work, no figure to reach (a review's
    // 现有…企业500家 is a stock reported, and stays).
    if (EXISTING_BEFORE.test(text.slice(Math.max(0, quantity.start - 3), quantity.start)) && this.roleOf(quantity.start, tokens).role === 'target') return null;
    const metric = issued
      ? `${purpose}${object}`
      : carried !== null
        ? `${carried}${object}`
        : sizeOfMeasure
          ? sizeOfMeasure
          : built
            ? `${object.slice(built[0].length)}投资`
            : started
              ? `${started[1]}投资`
              : prefix !== '' && percent
                ? prefix + object
                : obtained
                  ? object.replace(/^的/, '').replace(/(?:支持|用于|专项用于|重点用于|重点支持).*$/, '')
                  : object;
    const spanStart = prefix !== '' && percent ? segment.start : Math.min(segment.from, quantity.start);
    const state = this.state!;
    const emitted = this.emit(metric, metric, [spanStart, objectEnd], quantity, segment, tokens);
    state.lastGroup = [emitted];
    if (segment.verbKind) state.carriedKind = segment.verbKind;
    return objectEnd;
  }

  /**
   * The day a sentence opens with (2月8日，) when the sentence reports a ceremony held (集中开工, 开工仪式…) in its first
   * clause, no further than 40 characters past the figure, else null.
   */
  private dayOfEvent(pos: number): { month: number; label: string } | null {
    const start = this.sentenceStartOf(pos);
    const day = DAY_OPENING.exec(this.text.slice(start, pos + 40));
    if (!day || this.ceremonyEnd(start) > pos + 40) return null;
    return { month: Number(day[1]), label: day[0].replace(/[上下午，,\s]+$/, '') };
  }

  /**
   * Where the first ceremony word to end in the first clause of the sentence at `start` ends (Infinity: none): found
   * once per sentence, not read again from the sentence's start for every figure of it.
   */
  private ceremonyEnd(start: number): number {
    let end = this.ceremonyEnds.get(start);
    if (end === undefined) {
      // A figure of the sentence stands before its break, so no clause read reaches 40 characters past that.
      const sentenceEnd = this.sentenceBreaks[countBefore(this.sentenceBreaks, start)] ?? this.text.length;
      const window = this.text.slice(start, sentenceEnd + 40);
      const stop = window.search(FIRST_CLAUSE_END);
      const clause = stop === -1 ? window : window.slice(0, stop);
      end = Infinity;
      for (const word of CEREMONY_WORDS) {
        const at = clause.indexOf(word);
        if (at !== -1) end = Math.min(end, start + at + word.length);
      }
      this.ceremonyEnds.set(start, end);
    }
    return end;
  }

  /**
   * 实施总投资1.6万亿元的452个重点项目, 总投资104.9亿元的28个重大项目集中开工: the total investment of the projects
   * counted right after it is a figure of its own (the programme's or the batch's), metric `…项目总投资`; the count
   * after it is read as usual. Null when the money is no 总投资 of a count of projects.
   */
  private totalOfCountedProjects(quantity: Quantity, next: Quantity, from: number, tokens: ReturnType<typeof scanTokens>): number | null {
    const text = this.text;
    if (unitInfo(quantity.unit).dimension !== 'money' || !COUNTED_UNITS_OF_PROJECTS.has(next.unit)) return null;
    // (总投资107.39亿元的3批次22个重点项目: the batches the projects come in may stand between the sum and their count.)
    const between = text.slice(quantity.end, next.start);
    if (!TOTAL_TO_PROJECTS.test(between) && !TOTAL_TO_EXAMPLED_PROJECTS.test(between)) return null;
    const before = parseSegment(text, from, quantity.start);
    if (!/总投资$/.test(text.slice(before.start, before.end).trim())) return null;
    const projects = PROJECTS_COUNTED.exec(text.slice(next.end, this.objectEnd(next.end)));
    if (!projects) return null;
    const segment = { ...before, start: before.end };
    this.emit(`${projects[0]}总投资`, `${projects[0]}总投资`, [before.start, quantity.end], quantity, segment, tokens);
    return quantity.end;
  }

  /**
   * 签约引进…等34个总投资900亿元项目, 开工12个总投资56亿元的项目: the total investment written between a count of projects and
   * their noun is a figure of its own (the batch's), metric `…项目总投资`, as the sum before the count is (totalOfCountedProjects).
   */
  private totalAfterCountedProjects(count: Quantity, quantity: Quantity, tokens: ReturnType<typeof scanTokens>): boolean {
    const text = this.text;
    if (unitInfo(quantity.unit).dimension !== 'money' || !COUNTED_UNITS_OF_PROJECTS.has(count.unit)) return false;
    // (12个总投资10亿元以上项目: a bound on each project, no total.)
    if (quantity.post !== null) return false;
    if (!TOTAL_BETWEEN_COUNT_AND_PROJECTS.test(text.slice(count.end, quantity.start))) return false;
    const projects = PROJECTS_COUNTED.exec(text.slice(quantity.end, this.objectEnd(quantity.end)).replace(/^\s*的/, ''));
    if (!projects) return false;
    const before = parseSegment(text, count.end, quantity.start);
    const segment = { ...before, start: before.end };
    this.emit(`${projects[0]}总投资`, `${projects[0]}总投资`, [before.start, quantity.end], quantity, segment, tokens);
    return true;
  }

  /**
   * 9个自治区重点项目完成投资62亿元, 纳入省市调度的57个重大项目累计完成投资118.9亿元: the projects on a list a
   * government follows, counted only as what an investment is counted over, are its scope, no figure reached.
   * (1299个重大项目完成投资1.4万亿元 names no such list: a count of its own.)
   */
  private investedOver(quantity: Quantity, objectEnd: number, next: Quantity): boolean {
    if (unitInfo(next.unit).dimension !== 'money' || !INVESTMENT_OVER.test(this.text.slice(objectEnd, next.start).trim())) return false;
    const object = this.text.slice(quantity.end, objectEnd).trim();
    const before = this.text.slice(Math.max(0, quantity.start - 16), quantity.start);
    const listed = /(?:纳入|列入)[^，。；、]{0,12}的\s*$/.test(before);
    // 全省203个在建重点项目完成投资…, 其中46个投产项目完成投资…: the whole's key projects, and parts of them.
    const whole = WHOLE_BEFORE_PROJECTS.test(before) && STAGED_KEY_PROJECTS.test(object);
    const part = /其中\s*$/.test(before) || BREAKDOWN_OPENING.test(this.text.slice(this.sentenceStartOf(quantity.start), quantity.start));
    return /项目$/.test(object) && (listed || whole || part || LISTED_PROJECTS.test(object));
  }

  /** 新增30万千瓦风电项目并网, 新增并网80万千瓦…: a capacity added (新增) and put into service (并网, 投产) around its figure. */
  private capacityAddedToService(segment: Segment, quantity: Quantity, object: string): boolean {
    return segment.verbKind === 'increment' && (IN_SERVICE.test(this.text.slice(Math.max(0, quantity.start - 6), quantity.start)) || IN_SERVICE.test(object));
  }

  /** 开工建设20项重点工程, 完成18项重点工程: a verb of work right before the count of works whose head also names a plan's part. */
  private builtByVerb(object: string, quantity: Quantity): boolean {
    return [...BUILT_PARTS].some((h) => object.startsWith(h)) && VERB_OF_WORK_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 6), quantity.start));
  }

  /**
   * 1299个重大项目完成投资1.4万亿元, 全市123家集成电路企业实现产值282.5亿元, 390个重点项目要完成年度投资640亿元: projects or
   * firms counted as the subject that opens its clause, the sum they invested or produced after them, are what the sum is
   * counted over, no figure of their own (corpus Decisions 25, 33). So for any things counted as the subject whose own
   * measure follows with its figure (12家免税店销售额580.9亿元, 74个国控断面水质优良比例达到100%, 6个县GDP均突破100亿元,
   * 138个续建项目投资不低于349亿元): the things the measure is taken over are its scope. Not a count a verb governs
   * (建成5个园区，实现产值20亿元), nor one whose noun comes first (续建项目35宗，完成投资…: read elsewhere), nor a progress
   * count (已开工28个), nor indicators counted by the progress they made (5项指标增速超过10%: Decisions 25 counts them).
   */
  private subjectOfProgressSum(quantities: readonly Quantity[], q: number, clauseStart: number): boolean {
    const quantity = quantities[q]!;
    if (!COUNTED_UNITS_OF_SITES.has(quantity.unit)) return false;
    // 6个盟级、42个旗级重点项目完成投资21亿元: the counts of a list before the last share its noun and its sum.
    let last = q;
    while (
      last - q < MAX_LISTED_CLASSES &&
      quantities[last + 1]?.unit === quantity.unit &&
      LISTED_CLASS_BETWEEN.test(this.text.slice(quantities[last]!.end, quantities[last + 1]!.start))
    )
      last++;
    const next = quantities[last + 1];
    if (next === undefined) return false;
    // (Opening words are a few: a long run before the count is no opening, and is not read again for each count of it.)
    if (quantity.start - clauseStart > SCOPE_REACH || !SCOPE_ONLY_BEFORE.test(this.text.slice(clauseStart, quantity.start))) return false;
    const between = this.text.slice(quantities[last]!.end, next.start).replace(/\s+/g, '');
    if (unitInfo(next.unit).dimension === 'money' && COUNTED_UNITS_OF_SUBJECTS.has(quantity.unit) && SUBJECT_THEN_PROGRESS_SUM.test(between)) return true;
    // 4个省重、56个市重和68个县重项目均完成年度计划投资130%以上: the projects a completion ratio is taken over, scope as well.
    if (next.unit === '%' && COUNTED_UNITS_OF_SUBJECTS.has(quantity.unit) && SUBJECT_THEN_PLAN_SHARE.test(between)) return true;
    // (A second count of the same unit is the programme's progress or a part of the group: programmeProgress, GROUP_AMONG;
    // a measure and its bound are a few words, so a figure far on is no figure of the count's own measure.)
    if (next.unit === quantity.unit || next.start - quantities[last]!.end > OWN_MEASURE_REACH) return false;
    // (A bar each of the things passes, 10个乡镇地区生产总值超过50亿元, 300户家庭农场销售收入10万元以上, counts those that pass
    // it, unless 均 says all of them do or 总/合计 totals them; a part of a group named before, 38所学校中，20所学校…, counts the part.)
    const each = EACH_OF_THEM.test(between) || TOTAL_OF_THEM.test(between);
    if (!each && (BAR_PASSED.test(between) || BAR_AFTER.test(this.text.slice(next.start, next.end + 4)))) return false;
    if (PART_OF_GROUP_BEFORE.test(this.text.slice(Math.max(0, clauseStart - 3), clauseStart))) return false;
    return !INDICATORS_COUNTED.test(between) && SUBJECT_THEN_OWN_MEASURE.test(between);
  }

  /**
   * 45个产业功能县实现生产总值9581.05亿元, 全省30个区实现工业增加值2712.25亿元: places of one kind opening their clause as
   * the subject of the figure after them are the group it is totalled over, no figure reached (建成5个园区，实现产值20亿元
   * counts the parks built: a verb before them; 有8个县实现两位数增长 gives no figure after the verb).
   */
  private placesReportedOver(quantity: Quantity, objectEnd: number, next: Quantity, clauseStart: number): boolean {
    if (unitInfo(quantity.unit).dimension !== 'item') return false;
    const object = this.text.slice(quantity.end, objectEnd).trim();
    if (!PLACES_COUNTED.test(object) || !FIGURE_OF_GROUP.test(this.text.slice(objectEnd, next.start).trim())) return false;
    return GROUP_OPENING.test(this.text.slice(clauseStart, quantity.start));
  }

  /**
   * 比上年全年增长5.2%回落了0.2个百分点: the rate of the base period, right before the verb of how the
   * rate moved since, is a figure of its own (last year's result), not words of the change's metric.
   */
  private baseRateCompared(quantity: Quantity, after: number): boolean {
    if (quantity.unit !== '%' || !RATE_MOVED.some((w) => this.text.startsWith(w, after))) return false;
    return BASE_RATE_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 12), quantity.start));
  }

  /** The object of a count followed by another statement: up to that statement's verb, or its number. */
  private objectBefore(from: number, nextStart: number): number {
    // 11户总数达亿元以上: the verb right before the next figure is that figure's (a bare 亿 reached), no part of the object.
    const between = this.text.slice(from, nextStart).replace(VERB_OF_NEXT, '');
    const verb = OBJECT_STOPS.exec(between);
    let end = from + (verb ? verb.index : between.length);
    while (end > from && /\s/.test(this.text[end - 1]!)) end--;
    // 138个续建项目投资不低于349亿元: a bound word right before the next figure is that figure's comparator, no part
    // of the count's object (the measure named before it, 续建项目投资, is the next figure's metric).
    if (!verb) end -= boundWordEndingAt(this.text, from, end)?.length ?? 0;
    while (end > from && /[\s和及与、]/.test(this.text[end - 1]!)) end--;
    return end;
  }

  /** The object noun phrase runs to the clause end, a 、, or an opening bracket. */
  private objectEnd(from: number): number {
    let i = from;
    let itemStart = from;
    const limit = Math.min(this.text.length, from + 60);
    while (i < limit) {
      const ch = this.text[i]!;
      // 3所省、市级示范性幼儿园, 国家级、省级龙头企业: the levels a noun is of, listed, are part of it.
      if (ch === '、' && LEVEL_ITEM.test(this.text.slice(itemStart, i).trim()) && LEVELS_AHEAD.test(this.text.slice(i + 1, i + 16))) {
        itemStart = ++i;
        continue;
      }
      // 24个县（市）, 县（市、区）: the kinds of place a bracket adds to the noun are part of it.
      // (Tried only at an opening bracket past the first character, not at every character of every object.)
      const placeKinds = i > from && (ch === '（' || ch === '(') ? PLACE_KINDS_ASIDE.exec(this.text.slice(i, i + 10)) : null;
      if (placeKinds) {
        i += placeKinds[0].length;
        continue;
      }
      if (CLAUSE_BREAKS.has(ch) || ch === '、') break;
      i++;
    }
    while (i > from && /\s/.test(this.text[i - 1]!)) i--;
    return i;
  }

  // ----------------------------------------------------------------------------------------
  // Building one statement

  private emit(
    metric: string,
    base: string,
    span: Span,
    quantity: Quantity,
    segment: Segment,
    tokens: ReturnType<typeof scanTokens>,
    inheritedFrom?: Statement,
  ): Emitted {
    const state = this.state!;
    const unit = unitInfo(quantity.unit);
    // 4个结构性指标均实现10%以上增长: the count before the noun says how many share the figure (均), no part of its name.
    if (LIST_COUNT_BEFORE.test(metric) && /[均都]/.test(this.text.slice(Math.max(0, quantity.start - 12), quantity.start)))
      metric = metric.replace(LIST_COUNT_BEFORE, '');
    const reading = this.roleOf(quantity.start, tokens);
    let { role } = reading;
    let period =
      this.startOfReviewedChange(reading, quantity) ?? this.startOfYearsSpan(reading, quantity) ?? this.startOfYearRatio(reading, quantity) ?? reading.period;
    let year = reading.year;
    // 2月8日，…28个重大项目集中开工: a ceremony a news sentence dates by its day has taken place; its figures are
    // results of that day's month, whatever the page plans elsewhere.
    const event = role === 'target' ? this.dayOfEvent(quantity.start) : null;
    if (event) {
      role = 'actual';
      period = { year: this.context.defaultYear ?? this.context.year ?? year ?? null, fromMonth: event.month, toMonth: event.month, label: event.label };
    }
    // 力争…总规模从6000亿元发展壮大到8000亿元: the undated start of a planned change is where things stand now.
    const now = this.context.thisYear ?? this.context.year;
    if (role === 'target' && now !== undefined && startsChange(this.text, quantity.start, quantity.end)) {
      role = 'actual';
      period = { year: now, label: '目前' };
    }
    // 全市300万人民, 170万青禾人民: the population of a place, named as the people addressed, is how things stand.
    if (now !== undefined && populationAt(this.text, quantity)) {
      role = 'actual';
      period = { year: now, label: '目前' };
    }
    // 明确的32项指标中：17项指标达到预期: the count's role is its own, not that of the words naming its set.
    if (role === 'target' && this.countsIndicatorProgress(quantity, tokens) && this.progressCountRole(quantity, tokens) === 'actual') role = 'actual';
    // A result is never "**": a placeholder is a target whatever the passage reports — and one the passage reads as a
    // result (完成财政收入.5亿元, 实现产值**亿元) is a result whose digits a site masked or cut: it states nothing (corpus
    // README, masked results are no entries). It is still emitted below, so a figure after it can carry its metric.
    // (Not one 预计 reads: 预计一季度产值达**亿元以上 may state the quarter's goal, as the corpus gold reads c025.)
    const maskedResult = quantity.placeholder && role === 'actual' && !this.isEstimate(quantity.start);
    if (quantity.placeholder) role = 'target';
    // 完成目标任务的131.4%: how much of the plan was done is a result (确保完成年度目标任务的100% plans it).
    if (
      unit.dimension === 'percent' &&
      (COMPLETION_RATIO.test(this.text.slice(Math.max(0, quantity.start - 12), quantity.start)) ||
        COMPLETION_RATIO_SIZED.test(this.text.slice(Math.max(0, quantity.start - 24), quantity.start))) &&
      !plannedInClause(this.text, quantity.start)
    )
      role = 'actual';
    // 目标完成率达221.2%: a plan more than fulfilled has been done; no plan sets its own completion above 100%.
    // (Not with a bound after it, 完成率达到105%以上: that is a bar set.)
    if (
      unit.dimension === 'percent' &&
      (quantity.value ?? 0) > 100 &&
      OVERFULFILLED.test(this.text.slice(Math.max(0, quantity.start - 8), quantity.start)) &&
      !quantity.post &&
      !quantity.approximate
    )
      role = 'actual';
    // 总投资578.5亿元，年度计划完成投资279.3亿元: in news of projects started or signed, what they are to invest this
    // year is the year's plan, a target of the year the results are dated in.
    // (Not a percentage: 完成年度计划投资130% is the share of it done, SHARE_OF_PLAN_BEFORE.)
    if (role === 'actual' && unit.dimension !== 'percent' && YEAR_PLAN_INVESTMENT.test(this.text.slice(Math.max(0, quantity.start - 10), quantity.start))) {
      year = period.year || year;
      role = 'target';
    }
    // 14个市级重点项目已开工8个: a programme counted with its progress — the first count is the programme, a target of
    // the year reported (as a quota named in a review is), the second what is done, a result.
    let progress = programmeProgress(this.text, quantity);
    if (progress === 'programme') {
      if (role === 'actual') year = period.year || year;
      role = 'target';
    } else if (progress === 'done' && !(role === 'target' && this.progressAimedAt(quantity.start))) role = 'actual';
    // 2024年政府投资续建项目7个，新建项目5个，前期项目9个。: a year's programme by the stages of its projects, targets of that
    // year even in a progress sheet's cell (corpus Decisions 8), as long as its sentence reports no progress.
    else if (STAGE_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 8), quantity.start)) && this.stagedProgramme(quantity.start)) {
      if (role === 'actual') year = period.year || year;
      role = 'target';
      progress = 'programme';
    }
    // 今年计划开工项目中，有158个已开工: a count with 已 and a verb of completion right after it says what is done, though a
    // plan word earlier in its clause names what it is counted among — unless an aim stands before it in the sentence (到2025年，…50个项目已建成).
    else if (role === 'target' && (DONE_RIGHT_AFTER.test(this.text.slice(quantity.end, quantity.end + 12)) || this.examplesDoneInTurn(quantity))) {
      // (Back at most 200 characters: a sentence of many such counts stays linear.)
      const before = this.text.slice(Math.max(this.sentenceStartOf(quantity.start), quantity.start - 200), quantity.start);
      // (陆续开工 scheduled or pushed for, 计划…陆续开工, 推动…相继投产, is aimed at too.)
      if (!AIM_BEFORE.test(before) && !(this.examplesDoneInTurn(quantity) && SCHEDULED_OR_PUSHED.test(before))) role = 'actual';
    }
    // 完成年计划710亿元的89.4%, 完成市下达的30亿元的任务: the plan figure of the year reported.
    // (守牢155.1万亩耕地红线 in a review: the land to keep is the year's quota, as a task met is.)
    const quota = this.isQuota(quantity) || landKeptAfter(this.text, quantity);
    let quotaOf: Statement | undefined;
    if (quota) {
      if (role === 'actual') year = period.year || year;
      role = 'target';
      // 城镇新增就业143万人、超额完成国家下达的110万人年度任务: a quota named only by who set it is the quota of
      // the figure just reported against it (same unit), its metric and kind.
      const met = QUOTA_WORDS_ONLY.test(metric) ? state.emitted.at(-1)?.statement : undefined;
      if (met && met.dimension === unit.dimension && met.kind !== 'rank') {
        metric = met.metric;
        quotaOf = met;
      }
    }
    // A second figure for the same metric and unit with no verb of its own (增长8%左右，力争达到10%)
    // is the same kind of figure, and keeps its decline.
    // A level word on a count (新建5G基站2000个，累计达到1.2万个) says the second figure is the stock.
    const sameFigure =
      inheritedFrom !== undefined &&
      inheritedFrom.dimension === unit.dimension &&
      segment.rate === null &&
      segment.verbKind === null &&
      inheritedFrom.kind !== 'rank' &&
      (unit.dimension === 'percent' || !segment.levelWord);
    const decline = sameFigure ? inheritedFrom.decline : (segment.rate?.decline ?? false);
    // A metric that is only a verb (计划培养不少于200人 → 培养) brings its own kind; else the carried one applies.
    const carried = COUNT_VERBS.includes(metric) ? 'count' : state.carriedKind;
    const listedItem = /、\s*$/.test(this.text.slice(Math.max(0, segment.start - 3), segment.start));
    const kind = quotaOf
      ? quotaOf.kind
      : sameFigure
        ? (inheritedFrom.kind as TargetKind)
        : this.namesItsGrowth(quantity, metric, segment)
          ? 'growth'
          : kindOf(unit.dimension, metric, segment, carried, listedItem);
    // 三次产业结构比达到15:55:30: a structure reached is its parts as written — a word before it bounds none of them.
    const comparator: Comparator = role === 'actual' || structurePart(this.text, quantity) ? '=' : comparatorOf(quantity, segment);
    const statement: Statement = {
      role,
      metric,
      metricKey: metricKey(metric),
      kind,
      comparator,
      value: quantity.value,
      max: quantity.max,
      unit: unit.unit,
      dimension: unit.dimension,
      factor: unit.factor,
      decline,
      aspirational: role === 'target' && this.hasCue(quantity.start, ASPIRATION_CUES),
      span: [Math.max(0, Math.min(span[0], quantity.start)), Math.min(this.text.length, Math.max(span[1], quantity.end))],
    };
    if (role === 'actual') statement.period = period;
    else statement.resultPeriod = period;
    if (role === 'target' && year) statement.year = year;
    const estimated = this.isEstimate(quantity.start) || ESTIMATE_ASIDE.test(this.text.slice(quantity.end, quantity.end + 8));
    if (estimated && !reading.base && !startsChange(this.text, quantity.start, quantity.end)) statement.estimate = true;
    if (quota || progress === 'programme') statement.quota = true;
    if (!maskedResult) this.out.push(statement);
    const emitted = { statement, base };
    state.emitted.push(emitted);
    state.statementsSinceRank.push(emitted);
    if (statement.kind !== 'rank') state.lastFigure = emitted;
    return emitted;
  }

  private cueWindow(pos: number): string {
    const start = Math.max(this.sentenceStartOf(pos), pos - CUE_WINDOW);
    return this.text.slice(start, pos);
  }

  private hasCue(pos: number, cues: readonly string[]): boolean {
    const window = this.cueWindow(pos);
    return cues.some((cue) => window.includes(cue));
  }

  /**
   * Role: the nearest tense cue before the number in its sentence (初步统计, 去年, 2022年 before the
   * plan year, 1-11月, 已达… report results; 预期目标, 力争, 今年, 到2025年… set targets), else the
   * passage's (`context.defaultRole`). An actual's period is its month period, else the year its
   * cue names, else the passage's; a target's year is the year its nearest dated cue names.
   */
  private roleOf(pos: number, tokens: ReturnType<typeof scanTokens>): { role: 'target' | 'actual'; period: Period; year?: number; base?: true } {
    // The whole sentence back: a long list of results opened by 初步预计，2022年… keeps its tense.
    const windowStart = this.sentenceStartOf(pos);
    const reviewed = this.reviewedChange(pos, windowStart);
    if (reviewed) return reviewed;
    // 上半年…，为实现全年增长5.0%左右的预期目标奠定了基础: the year's target, named as what results so far serve.
    if (SERVED_TARGET_AFTER.test(this.text.slice(pos, pos + 24)) && SERVED_TARGET_BEFORE.test(this.text.slice(this.clauseStartOf(pos), pos))) {
      const year = this.context.thisYear ?? this.context.year;
      return year === undefined ? { role: 'target', period: { year: null, label: '' } } : { role: 'target', period: { year, label: '' }, year };
    }
    const cue = cueBefore(this.cues, windowStart, pos, (c) => c.tense !== null);
    const role = cue ? (cue.tense === 'result' ? 'actual' : 'target') : (this.context.defaultRole ?? 'target');
    // 比2022年的681个: the figure compared with is that earlier year's, in the sentence's role (a plan's count of last year).
    const compared = COMPARED_YEAR_FIGURE.exec(this.text.slice(Math.max(windowStart, pos - 12), pos));
    const comparedYear = compared ? Number(compared[1]) : undefined;
    if (comparedYear !== undefined && (this.context.year === undefined || comparedYear < this.context.year)) {
      const period = { year: comparedYear, label: `${comparedYear}年` };
      return role === 'target' ? { role, period, year: comparedYear } : { role, period };
    }
    // (Two calls, not a local named arrow: a named closure per figure costs more than the search under tsx's keepNames.)
    const planYear = cueBefore(this.cues, windowStart, pos, (c) => c.year !== undefined && (c.tense === null || c.tense === 'plan'))?.year;
    // The period the number would report (kept on targets too: a review part makes them results).
    const resultCue = cueBefore(this.cues, windowStart, pos, (c) => c.year !== undefined && (c.tense === null || c.tense === 'result'));
    // A result word that names no time (为年计划的52.4%, 完成…) leaves the figure its paragraph's months.
    // Months compared with (降幅比一季度收窄…, 比1-7月份回升…) are a base, no date: the figure keeps its paragraph's months too;
    // so do months a plan had set for what is counted (计划上半年开工的40个项目已开工38个).
    const undated =
      cue === undefined ||
      (cue.tense === 'result' && cue.source === 'word' && cue.year === undefined && cue.label === undefined) ||
      (cue.source === 'month' && (this.comparedMonths(cue.start) || scheduledMonths(this.text, cue)));
    const period = this.periodAt(pos, windowStart, tokens, { cue: resultCue, uncued: undated });
    // Two literals, not a conditional spread: a spread costs more than the rest of this reading.
    return role === 'target' && planYear !== undefined ? { role, period, year: planYear } : { role, period };
  }

  /**
   * A change from a past year (从2015年末的300亿元跃升至469亿元): the figure right after 从…的 is
   * that year's result, and in a sentence that sets no target (no plan cue anywhere in it) the
   * figures after it report where the change arrived. Null when no such base governs `pos`.
   */
  private reviewedChange(pos: number, windowStart: number): { role: 'actual'; period: Period; base?: true } | null {
    const base = lastBefore(this.fromBases, windowStart, pos);
    if (!base) return null;
    // The figure right after the base, and the other parts of a ratio it opens (7.3:38.8:53.9).
    const between = this.text.slice(base.end, pos).trim();
    // (Households before the people they hold, 由13677户49479人: both are the start.)
    if (between === '' || RATIO_SO_FAR.test(between) || (base.label !== undefined && HOUSEHOLDS_BEFORE.test(between)))
      return { role: 'actual', period: { year: base.year, label: base.label ?? `${base.year}年` }, base: true };
    // (由现有的3个…达到7个: the stock as it stands starts the change; where it ends is read as its sentence says.)
    if (base.startOnly) return null;
    if (this.sentencePlans(windowStart)) return null;
    // An end figure with its own year (提高到2022年的82.9%) reports that year.
    const dated = datedEnd(between);
    if (dated && (this.context.year === undefined || Number(dated[1]) <= this.context.year)) {
      return { role: 'actual', period: { year: Number(dated[1]), label: `${dated[1]}年` } };
    }
    // …增加到2021年的293.7亿元，年均增长7.8%: the average over the change runs to its dated end.
    const reachedIn = Number(DATED_FIGURE_BEFORE.exec(between.slice(-40))?.[1] ?? NaN);
    if (reachedIn > 0 && (this.context.year === undefined || reachedIn <= this.context.year)) {
      return { role: 'actual', period: { year: reachedIn, label: `${reachedIn}年` } };
    }
    // A report reviews the year before its plan year; a text of results only reports its own year.
    const year = this.context.year !== undefined ? this.context.year - (this.context.reportsOnly === true ? 0 : 1) : base.year;
    return { role: 'actual', period: { year, label: `${year}年` } };
  }

  /**
   * The start of a change with no year of its own in a review of several years (a five-year plan's chapter on the
   * period before: 常住人口城镇化率从54%提高到61%): the figure of the year before that span (2015 for 2016–2020).
   */
  private startOfReviewedChange(reading: { role: string; period: Period; base?: true }, quantity: Quantity): Period | null {
    const span = this.context.reviewedYears;
    if (!span || reading.role !== 'actual' || reading.base || reading.period.year === null || reading.period.fromMonth !== undefined) return null;
    if (!startsChange(this.text, quantity.start, quantity.end)) return null;
    const year = reading.period.year - span;
    return { year, label: `${year}年` };
  }

  /**
   * The start of a change with no year of its own in a sentence that reviews the last N years (五年来，国内生产总值从54万亿元到
   * 首次突破80万亿元; 五年累计…，贫困发生率从22.4%下降到13.27%): the figure of N years before, labelled as the text counts
   * them (五年前; corpus Decisions 23).
   */
  private startOfYearsSpan(reading: { role: string; period: Period; base?: true }, quantity: Quantity): Period | null {
    if (reading.role !== 'actual' || reading.base || reading.period.year === null || reading.period.fromMonth !== undefined) return null;
    if (!startsChange(this.text, quantity.start, quantity.end)) return null;
    // The sentence around the figure (a bounded stretch of it): the span may be said before or after the pair.
    const after = this.text.slice(quantity.end, quantity.end + SPAN_REACH);
    const end = after.search(/[。！？!?\n]/);
    const sentence =
      this.text.slice(Math.max(this.sentenceStartOf(quantity.start), quantity.start - SPAN_REACH), quantity.start) + (end < 0 ? after : after.slice(0, end));
    const span = YEARS_SPAN_ONE.exec(sentence);
    const written = span ? (span[1] ?? span[2]!) : '';
    const years = parseChineseNumeral(written) ?? Number(written);
    if (!(years >= 2 && years <= 10)) return null;
    return { year: reading.period.year - years, label: `${written}年前` };
  }

  /**
   * The start ratio of a structure's change with no year of its own, in the review of one year (三次产业结构由19.8:41:39.2
   *优化为17.9:43:39.1): where the year began, so the figure of the year before (corpus Decisions 26, as 由上年的 is read).
   * Reviews of several years are dated by the span above.
   */
  private startOfYearRatio(reading: { role: string; period: Period; base?: true }, quantity: Quantity): Period | null {
    if (reading.role !== 'actual' || reading.base || reading.period.year === null || reading.period.fromMonth !== undefined) return null;
    if (this.context.reviewedYears !== undefined || !startsRatioChange(this.text, quantity.start, quantity.end)) return null;
    const year = reading.period.year - 1;
    return { year, label: `${year}年` };
  }

  /**
   * Whether the number at `pos` is given as an estimate (corpus Decisions 3): an estimate word before it in
   * its sentence governs it unless a ； lies between, where only a word at the head of the ；-joined list
   * (none before it in the sentence) governs every item; with no tense cue of its own sentence, the
   * paragraph's lead-in (初步预计，…: `context.defaultEstimate`) does.
   */
  private isEstimate(pos: number): boolean {
    const sentenceStart = this.sentenceStartOf(pos);
    const at = this.estimateWords[countBefore(this.estimateWords, pos - 1) - 1];
    if (at === undefined || at < sentenceStart) {
      return this.context.defaultEstimate === true && cueBefore(this.cues, sentenceStart, pos, (c) => c.tense !== null) === undefined;
    }
    // Counted, not searched: a slice from the word to each figure after it would read a long sentence once per figure.
    if (countBefore(this.realFigures, pos) > countBefore(this.realFigures, at)) return false;
    const semicolons = this.semicolonsAt();
    const itemsBefore = countBefore(semicolons, at);
    const itemsToPos = countBefore(semicolons, pos);
    if (itemsBefore === itemsToPos) return true;
    if (itemsBefore !== countBefore(semicolons, sentenceStart)) return false;
    // An item that opens with a time of its own (；今年…共争取…) ends the list the word heads: ITEM_OWN_TIME.
    for (let k = itemsBefore; k < itemsToPos; k++) if (ITEM_OWN_TIME.test(this.text.slice(semicolons[k]! + 1, semicolons[k]! + 12))) return false;
    // 预计实现…；完成…: a word that heads its own item's verb of result ends where a later item opens with such a verb unmarked.
    if (ESTIMATE_ON_VERB.test(this.text.slice(at, at + 6))) {
      for (let k = itemsBefore; k < itemsToPos; k++) if (ITEM_OWN_VERB.test(this.text.slice(semicolons[k]! + 1, semicolons[k]! + 8))) return false;
    }
    return true;
  }

  /** 3%左右（预计）: an estimate word opening an aside speaks of the figure before it only — unless it says 下同 (the same below). */
  private estimateAsideOfOne(at: number): boolean {
    return /[（(]\s*$/.test(this.text.slice(Math.max(0, at - 2), at)) && !/^[^）)]{0,6}下同/.test(this.text.slice(at, at + 10));
  }

  /**
   * Where the first word that speaks of the year (SPEAKS_OF_YEAR once base words are removed: 比上年全年 is no
   * date) ends in the sentence at `sentenceStart`, or Infinity. Read once per sentence: reading the sentence
   * again up to each figure was quadratic in a long list of figures that keep their paragraph's months.
   */
  private yearWordEndIn(sentenceStart: number): number {
    const known = this.yearWordEnds.get(sentenceStart);
    if (known !== undefined) return known;
    const end = this.sentenceBreaks[countBefore(this.sentenceBreaks, sentenceStart)] ?? this.text.length;
    const kept = withoutMatches(this.text.slice(sentenceStart, end), BASE_WHOLE_YEAR);
    const word = SPEAKS_OF_YEAR.exec(kept.text);
    const at = word ? sentenceStart + kept.originalEnd(word.index + word[0].length) : Infinity;
    this.yearWordEnds.set(sentenceStart, at);
    return at;
  }

  /**
   * Whether `end` closes a 、 list of masses that a verb of producing heads in the clause from `clauseStart`
   * (生产了6亿多吨煤炭、2亿多吨水泥、…): read back item by item, each list end remembered, so a long list is read
   * once and not again for every item in it.
   */
  private producedListEndsAt(clauseStart: number, end: number): boolean {
    const walked: number[] = [];
    let produced = false;
    for (let at = end; ;) {
      const known = this.producedListEnds.get(at);
      if (known && known.clauseStart === clauseStart) {
        produced = known.produced;
        break;
      }
      walked.push(at);
      const item = LISTED_MASS_BEFORE.exec(this.text.slice(Math.max(clauseStart, at - LISTED_MASS_REACH), at));
      if (!item) break;
      at -= item[0].length;
      if (PRODUCED_BEFORE.test(this.text.slice(Math.max(clauseStart, at - 4), at))) {
        produced = true;
        break;
      }
    }
    for (const at of walked) this.producedListEnds.set(at, { clauseStart, produced });
    return produced;
  }

  private sentencePlans(sentenceStart: number): boolean {
    const known = this.plansBySentence.get(sentenceStart);
    if (known !== undefined) return known;
    const next = this.sentenceBreaks[countBefore(this.sentenceBreaks, sentenceStart)] ?? this.text.length;
    let plans = false;
    for (let k = countStartingBefore(this.cues, sentenceStart); k < this.cues.length && this.cues[k]!.start < next; k++) {
      if (this.cues[k]!.tense === 'plan') {
        plans = true;
        break;
      }
    }
    this.plansBySentence.set(sentenceStart, plans);
    return plans;
  }

  /**
   * A result's period: its month period, else the year its dated cue names, else the passage's year.
   * `dating.uncued`: no tense cue governs the number at all (it may keep its paragraph's months).
   */
  private periodAt(pos: number, windowStart: number, tokens: ReturnType<typeof scanTokens>, dating: { cue?: TenseCue; uncued: boolean }): Period {
    const cueYear = dating.cue?.year;
    const year = this.datingYearBefore(tokens.years, windowStart, pos);
    const base = BASE_RATE_BEFORE.exec(this.text.slice(Math.max(windowStart, pos - 12), pos));
    if (base && rateMovesAfter(this.text, pos)) return this.basePeriod(base[1] === '同期', windowStart, pos, tokens);
    const lastPeriod = this.datingPeriodBefore(tokens.periods, windowStart, pos);
    const periodToken = lastPeriod && this.listedPeriodFor(tokens.periods, lastPeriod, pos);
    const passageYear = this.context.defaultYear ?? this.context.year;
    if (periodToken) {
      // 2021年…；今年上半年…: months that 今年 heads are this year's, not those of a year written before them.
      const thisYears = THIS_YEAR_BEFORE.test(this.text.slice(Math.max(windowStart, periodToken.start - 4), periodToken.start));
      const period = periodOf(
        periodToken,
        thisYears ? undefined : year,
        thisYears ? (this.context.thisYear ?? this.context.year ?? cueYear) : (cueYear ?? passageYear),
      );
      // 1—11月，…，自贸试验区全年实现…: a 全年 of its own after the months dates its figures by the whole year.
      if (this.wholeYearOwnBetween(periodToken.end, pos)) return { year: period.year, label: '全年' };
      return period;
    }
    const whole = this.cueWindow(pos).replace(BASE_WHOLE_YEAR, '').includes('全年') ? '全年' : '';
    // 其中，第一产业增加值…: a result with no cue, months or year of its own keeps the months its paragraph
    // reports (not 预计…年度入园企业 after 1—10月, nor 年末…: those speak of the year).
    if (dating.uncued && this.context.defaultPeriod && cueYear === undefined && !year && !whole && this.yearWordEndIn(windowStart) > pos) {
      return this.context.defaultPeriod;
    }
    if (cueYear !== undefined) return { year: cueYear, label: whole || dating.cue?.label || `${cueYear}年` };
    return { year: passageYear ?? null, label: whole || (passageYear ? `${passageYear}年` : '') };
  }

  /**
   * The period of a base rate (比上年全年增长5.2%, 比上年同期增长5.5%): the year before the sentence's own
   * period, whole (上年全年, 上年) or over the same months (上年同期).
   */
  private basePeriod(sameMonths: boolean, windowStart: number, pos: number, tokens: ReturnType<typeof scanTokens>): Period {
    const own = this.periodAt(this.baseStart(windowStart, pos), windowStart, tokens, { uncued: true });
    const year = own.year === null ? null : own.year - 1;
    if (sameMonths && own.fromMonth !== undefined) return { year, fromMonth: own.fromMonth, toMonth: own.toMonth, label: '上年同期' };
    return { year, label: sameMonths ? '上年同期' : '上年全年' };
  }

  /** Where the base words before `pos` begin (比上年…), so the sentence's own period is read before them. */
  private baseStart(windowStart: number, pos: number): number {
    // Read back only to the nearest 比 or 较 (the base words end at `pos`): two lastIndexOf calls read a text without
    // one of them back to its start, for every base rate.
    for (let at = Math.min(pos, this.text.length - 1); at >= windowStart; at--) if (this.text[at] === '比' || this.text[at] === '较') return at;
    return pos;
  }

  /**
   * The last month period before `pos` that dates a figure: not one compared with (降幅比一季度收窄21.1个百分点,
   * 较1-5月加快0.3个百分点 are changes over the sentence's own months).
   */
  /**
   * Whether a 全年 of its own (WHOLE_YEAR_OWN) stands between `from` and `pos`, as the pattern finds it in the words
   * between alone: from the sentence's 全年 listed once, not by reading the words again for every figure after the
   * months (quadratic in a long list of figures after one period).
   */
  private wholeYearOwnBetween(from: number, pos: number): boolean {
    // A 全年 ending at `pos` is read by the pattern with nothing after it; only a word, no figure, starts with 目计任.
    if (/[目计任]/.test(this.text[pos] ?? '')) return WHOLE_YEAR_OWN.test(this.text.slice(from, pos));
    const years = (this.wholeYears ??= wholeYearsOf(this.text));
    const k = countBefore(years.at, from);
    // The two 全年 nearest `from` may lose the words before them that the pattern looks back at (占, 上年).
    for (let j = k; j < years.at.length && years.at[j]! < from + 2; j++) {
      if (years.at[j]! + 2 <= pos && WHOLE_YEAR_OWN.test(this.text.slice(from, years.at[j]! + 3))) return true;
    }
    const first = countBefore(years.at, from + 2);
    const own = first < years.at.length ? years.nextOwn[first]! : -1;
    return own >= 0 && own + 2 <= pos;
  }

  /** Where the text's ；and ; stand, listed once (the parts of a ；-joined list). */
  private semicolonsAt(): number[] {
    return (this.semicolons ??= matchesOf(/[；;]/g, this.text).map((m) => m.index));
  }

  /**
   * The last ；or ; at or before `pos` (-1: none), found among the sentence's semicolons listed once: a search back
   * through the text read a sentence without one to its start for every rank of it.
   */
  private partStartBefore(pos: number): number {
    const semicolons = this.semicolonsAt();
    const k = countBefore(semicolons, pos + 1);
    return k > 0 ? semicolons[k - 1]! : -1;
  }

  /**
   * The period that dates the figure at `pos`: after a list of periods and 分别, the one in the figure's place (one
   * separator per figure before it, none when a break stands between); else `last`, the last period before it.
   */
  private listedPeriodFor(periods: readonly PeriodToken[], last: PeriodToken, pos: number): PeriodToken {
    let list = this.periodLists.get(last);
    if (list === undefined) {
      list = periodListEnding(this.text, periods, last);
      this.periodLists.set(last, list);
    }
    if (!list || pos < list.figuresStart || pos > this.text.length) return last;
    const marks = (this.listMarks ??= listMarksOf(this.text));
    if (marks.nextBreak[list.figuresStart]! < pos) return last;
    return list.run[marks.separators[pos]! - marks.separators[list.figuresStart]!] ?? last;
  }

  /** The last period before `pos`, from `from` on, that is no base compared with (comparedMonths). */
  private datingPeriodBefore(periods: readonly PeriodToken[], from: number, pos: number): PeriodToken | undefined {
    const dating = this.lastDating(periods, (p) => !this.comparedMonths(p.start) && !scheduledMonths(this.text, p), this.datingPeriods);
    const k = dating[countStartingBefore(periods, pos) - 1] ?? -1;
    return k >= 0 && periods[k]!.start >= from ? periods[k] : undefined;
  }

  /**
   * For each index of `items`, the last index up to it whose item `dates` (-1: none), listed once per list: a figure
   * after a long run of bases (比一季度…，比一季度…) finds the period that dates it without walking back through the run.
   * `cache` is one per test of dating, so a list asked with two tests never gets the other's answer.
   */
  private lastDating<T>(items: readonly T[], dates: (item: T) => boolean, cache: WeakMap<readonly unknown[], readonly number[]>): readonly number[] {
    let found = cache.get(items);
    if (!found) {
      const lasts: number[] = [];
      for (const [k, item] of items.entries()) lasts.push(dates(item) ? k : (lasts.at(-1) ?? -1));
      found = lasts;
      cache.set(items, found);
    }
    return found;
  }

  /** Whether the month period at `start` is a base compared with: 比一季度, 较1-5月, and 比2019年1-8月份 with its year. */
  private comparedMonths(start: number): boolean {
    let before = this.text.slice(Math.max(0, start - 40), start);
    // 比一季度和上半年: every period of a list the base words open is a base.
    for (let listed = PERIOD_LISTED_BEFORE.exec(before); listed; listed = PERIOD_LISTED_BEFORE.exec(before)) before = before.slice(0, listed.index);
    return COMPARED_BEFORE_MONTHS.test(before.slice(-8));
  }

  /** The last year before `pos` that dates a figure: not a base compared with (比2019年1-8月份增长13.3%). */
  private datingYearBefore(years: readonly YearToken[], from: number, pos: number): YearToken | undefined {
    const dating = this.lastDating(years, (y) => !COMPARED_WITH.has(this.text[y.start - 1] ?? ''), this.datingYears);
    const k = dating[countStartingBefore(years, pos) - 1] ?? -1;
    return k >= 0 && years[k]!.start >= from ? years[k] : undefined;
  }

  /** Whether `quantity` stands inside a quotation (one sentence) whose closing quote a goal word follows (”的预期目标). */
  private insideQuotedGoal(quantity: Quantity): boolean {
    // Both quotes are looked for only within the span a quotation may have, so a text without quotes is not read
    // back to its start and on to its end from every figure.
    const from = Math.max(0, quantity.start - QUOTED_GOAL_SPAN);
    const openAt = this.text.slice(from, quantity.start + 1).lastIndexOf('“');
    if (openAt < 0) return false;
    const open = from + openAt;
    const closeAt = this.text.slice(quantity.end, open + QUOTED_GOAL_SPAN + 1).indexOf('”');
    if (closeAt < 0) return false;
    const close = quantity.end + closeAt;
    const inside = this.text.slice(open + 1, close);
    if (inside.includes('“') || /[。；;！？\n]/.test(inside)) return false;
    return QUOTED_GOAL_AFTER.test(this.text.slice(close + 1, close + 12));
  }

  /**
   * 明确目标任务为全市公路水运项目81个，完工31个; 力争实施项目50个，开工30个: a programme's second count, with no 已
   * before it, is part of the goal when a word of aim (AIM_BEFORE) governs the programme's own clause — the
   * clause before the count's, or the count's — not a purpose clause before them (为确保全年目标，全市重点项目80个，开工65个),
   * nor 今年将实施项目50个，已开工30个.
   */
  private progressAimedAt(start: number): boolean {
    if (ALREADY_BEFORE_COUNT.test(this.text.slice(Math.max(0, start - 12), start))) return false;
    // (Back at most 80 characters, to the sentence's start: a sentence of many such counts stays linear.)
    const from = Math.max(this.sentenceStartOf(start), start - 80);
    const window = this.text.slice(from, start);
    const cut = lastClauseBreak(window);
    const programmeClause = window.slice(lastClauseBreak(window.slice(0, Math.max(cut, 0))) + 1);
    return !PURPOSE_CLAUSE.test(programmeClause) && AIM_BEFORE.test(programmeClause);
  }

  /**
   * Whether the sentence at `pos` lists a year's projects by stage (two counts or more of 续建/新建/前期/储备…项目, a year
   * written before the first) and reports no progress (已, 完成, 累计, 截至, months, 开工 but 新开工/计划开工, 竣工, 了…).
   */
  private stagedProgramme(pos: number): boolean {
    const start = this.sentenceStartOf(pos);
    const end = Math.min(this.sentenceBreaks[countBefore(this.sentenceBreaks, pos)] ?? this.text.length, start + 300);
    const sentence = this.text.slice(start, end);
    const stages = matchesOf(STAGE_COUNTS, sentence);
    if (stages.length < 2 || !/20\d\d\s*年/.test(sentence.slice(0, stages[0]!.index))) return false;
    return !PROGRESS_OF_STAGES.test(sentence);
  }

  /**
   * 加倍完成了政府工作报告中降低30%的承诺: the year's figure a government's report promised, named in its review — a quota (not a
   * firm's pledge, 企业作出了投资5亿元的承诺, no goal of the region's year).
   */
  private promisedByReport(quantity: Quantity): boolean {
    return (
      /^[”"’]?的承诺/.test(this.text.slice(quantity.end, quantity.end + 5)) &&
      PROMISER_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 30), quantity.start))
    );
  }

  /**
   * 铁科高速公路项目、…以及马铃薯淀粉产业化等10个5000万元以上大项目陆续复工: a count after the projects it names as examples (等
   * right before it), then their stage done one after another (DONE_IN_TURN_AFTER) — news of what came about.
   */
  private examplesDoneInTurn(quantity: Quantity): boolean {
    if (!/等\s*$/.test(this.text.slice(Math.max(0, quantity.start - 2), quantity.start))) return false;
    const inTurn = DONE_IN_TURN_AFTER.exec(this.text.slice(quantity.end, quantity.end + 24));
    return inTurn !== null && !AIMED_BEFORE_IN_TURN.test(inTurn[1]!);
  }

  /** A plan figure named in passing: 年计划710亿元, 下达的30亿元的任务, 45户指标. */
  private isQuota(quantity: Quantity): boolean {
    // A closing quote around the figure (增长“5%左右”的预期目标) is read past.
    const after = this.text.slice(quantity.end, quantity.end + 8).replace(/^[”"’」』]/, '');
    // 23项指标, 30多项任务: a count of indicators or tasks is the document's structure, no quota.
    // (also with the indicators' field between, 年初下达的47项经济和社会发展指标, or the tasks' kind, 完成十项工作任务)
    if (quantity.unit === '项' && /^(?:多)?(?:指标|(?:工作|重点|主要)?任务|[\u4e00-\u9fff]{1,10}?指标)/.test(this.text.slice(quantity.end, quantity.end + 16)))
      return false;
    if (QUOTA_AFTER_BY_LENGTH.some((w) => after.startsWith(w))) return true;
    const before = this.text.slice(Math.max(0, quantity.start - 4), quantity.start);
    // 为上半年投资目标（610亿元）的113.39%: the goal's figure in brackets after its name.
    if (GOAL_IN_BRACKETS_BEFORE.test(before) && /^[）)]/.test(after)) return true;
    if (GOAL_BEFORE_FIGURE.test(before) && SHARE_OF_IT_AFTER.test(after)) return true;
    if (this.goalNamedRightBefore(quantity)) return true;
    if (/^[）)]/.test(after) && QUOTA_IN_BRACKETS_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 12), quantity.start))) return true;
    // 能耗降低3.2%、二氧化硫排放量下降1.5%的节能减排目标预计可以完成: figures that name a goal of a field (的节能减排目标), each
    // of a 、 list closed so, are that goal's, a quota of the year reported (not a yardstick: 低于4.5%的控制目标).
    if (!BENCHMARK_BEFORE.test(before) && FIELD_GOAL_AFTER.test(this.text.slice(quantity.end, quantity.end + 60))) return true;
    // 确立了“地区生产总值增长6%，…，社会消费品零售总额增长7%”的预期目标: a quoted list of figures that a goal word
    // closes names that goal, every figure in it (not only the last, which QUOTA_AFTER reaches).
    if (this.insideQuotedGoal(quantity)) return true;
    // 完成年度计划158.65%: a percentage right after the plan it is measured against is the share of it reached, no quota.
    if (quantity.unit === '%' && SHARE_OF_PLAN_BEFORE.test(this.text.slice(Math.max(0, quantity.start - 10), quantity.start))) return false;
    // 完成9.45亿吨保供煤任务, 完成500万亩造林任务: the task a review says was met names its size, a quota.
    // (The span it was due in may stand between, 完成年内67万亩高标准农田建设任务.)
    if (
      /完成了?(?:年内|全年|年度)?$/.test(this.text.slice(Math.max(0, quantity.start - 6), quantity.start)) &&
      NAMED_TASK_AFTER.test(this.text.slice(quantity.end, quantity.end + 12))
    )
      return true;
    if (quotaHandedDown(this.text, quantity.start)) return true;
    if (this.promisedByReport(quantity) || this.setAtStart(quantity)) return true;
    return QUOTA_BEFORE_BY_LENGTH.some((w) => before.endsWith(w));
  }

  /**
   * 目标增速8.2%, 预期目标22.19亿元, 增速目标分别为15%、15%: a goal word right before the figure (GOAL_NAMED_RIGHT_BEFORE), with no
   * yardstick or goal said met before it in its clause (YARDSTICK_OF_GOAL) — the goal named, a quota.
   */
  private goalNamedRightBefore(quantity: Quantity): boolean {
    if (!quantity.unit) return false;
    const window = this.text.slice(Math.max(0, quantity.start - 40), quantity.start);
    if (!window.includes('目标')) return false;
    let open = window.length;
    while (open > 0 && !GOAL_CLAUSE_OPENERS.has(window[open - 1]!)) open--;
    const clause = window.slice(open);
    const m = GOAL_NAMED_RIGHT_BEFORE.exec(clause);
    if (m === null) return false;
    const named = clause.slice(0, m.index);
    return !YARDSTICK_OF_GOAL.test(named) && !HIGHER_LEVEL_GOAL.test(named);
  }

  /**
   * 完成年初确立的80项重点改革事项, 规划部署的102项重大工程, 规划确定的…，部署的50项重大工程: what was set at the year's or the
   * plan's start (its time or setter named) — a quota. Not a bare 部署的/确立的 (在全县部署的1200个视频监控点, 已部署的智能水表,
   * 围绕市委部署的8项重点工作: things installed or established, or the scope a plan works around).
   */
  private setAtStart(quantity: Quantity): boolean {
    const before = this.text.slice(Math.max(0, quantity.start - 8), quantity.start);
    if (SET_AT_START_BEFORE.test(before)) return true;
    return /[，,]部署的$/.test(before) && /规划/.test(this.text.slice(Math.max(0, quantity.start - 30), quantity.start));
  }

  // ----------------------------------------------------------------------------------------
  // Ranks: 居全国第七位、中部第一位; 分别居全国第五位、第三位; 均居全国第七位

  private readRank(ranks: RankToken[], r: number, tokens: ReturnType<typeof scanTokens>): void {
    const rank = ranks[r]!;
    // 列第一位为牵头或汇总单位, 排在第一位的为牵头单位: the place of a name in a list of departments, no rank reached.
    if (LEADING_NAME_AFTER.test(this.text.slice(rank.end, rank.end + 14))) return;
    // 超过世界排名第三国家的经济总量: a rank right before the noun of what holds it, then 的, names the thing compared with.
    if (RANK_NAMES_HOLDER.test(this.text.slice(rank.end, rank.end + 8))) return;
    if (RANK_QUALIFIES_NOUN.test(this.text.slice(rank.end, rank.end + 12))) return;
    if (RANK_COMPARED_WITH_BEFORE.test(this.text.slice(Math.max(0, rank.start - 1), rank.start))) return;
    const state = this.enterSentence(rank.start);
    const text = this.text;
    const clauseStart = this.clauseStartOf(rank.start);
    const before = text.slice(Math.max(clauseStart, rank.start - 40), rank.start);
    // (Kept where the count is no figure: a list before it, or one its clause goes on to name, …，分别是A、B.)
    if (RANK_OF_COUNTED_INDICATORS.test(before) && !INDICATORS_LISTED.test(before) && !NAMED_AFTER.test(text.slice(rank.end, rank.end + 40))) return;
    // The scope is what stands between the rank verb (or the previous rank) and 第.
    let scopeFrom = 0;
    let cueStart = -1;
    for (const cue of RANK_CUES_BY_LENGTH) {
      const at = before.lastIndexOf(cue);
      if (at >= 0 && at + cue.length > scopeFrom) {
        scopeFrom = at + cue.length;
        cueStart = at;
      }
    }
    // A 、 after a rank (第七位、中部第一位) lists ranks; one with no rank before it (…优良等次、市场主体满意度全省第一) only
    // closes an earlier item of the sentence.
    const lastSep = before.lastIndexOf('、');
    const sep = lastSep >= 0 && before.lastIndexOf('第', lastSep) >= 0 ? lastSep : -1;
    if (sep + 1 > scopeFrom) scopeFrom = sep + 1;
    let scope = before
      .slice(scopeFrom)
      .replace(/^[位、\s]+/, '')
      .trim();
    // 在中部六个省会城市中增速第一, 增幅第二: a measure ranked with no verb and no scope word ranks among the group 在…中
    // names, or in none it says (the words before are the measure, not its scope).
    if (cueStart < 0 && sep < 0 && RANKED_MEASURE_END.test(before)) scope = RANKED_AMONG.exec(before)?.[1] ?? '';
    if (scope === '') scope = state.lastRankScope ?? '';
    state.lastRankScope = scope;
    const beforeStart = rank.start - before.length;
    // The span starts at the rank verb for the first rank of a list, at its scope for the others.
    const fromCue = cueStart >= 0 && cueStart > sep;
    let spanStart = fromCue ? beforeStart + cueStart : beforeStart + Math.max(sep + 1, 0);
    // After a list's 、 (第一位、中部第二位) skip the separator; a cue's own 位 (位居, 位列) stays.
    while (!fromCue && spanStart < rank.start && /[、\s位]/.test(text[spanStart]!)) spanStart++;
    if (cueStart < 0 && sep < 0) spanStart = rank.start;
    // 粮食总产量全省第二, 继续保持全国第一: no rank verb, the scope before 第 makes the rank. The words
    // before the scope name what ranks, unless they only move or keep a rank (进位至, 保持): then the
    // figure before does; with neither (a heading 全省第二) nothing is ranked.
    const scoped = cueStart < 0 && sep < 0 ? RANK_SCOPE.exec(before) : null;
    if (scoped) {
      scope = scoped[0];
      state.lastRankScope = scope;
      spanStart = rank.start - scope.length;
    }
    // …建设项目54个、全省第一: a scope right after a figure's 、 ranks that figure, as 增长6%，全县第一 does.
    const scopedMetric =
      scoped && !/、\s*$/.test(before.slice(0, scoped.index)) ? afterLastItem(before.slice(0, scoped.index)).trim().replace(RANK_MOVE_AT_END, '') : '';
    let ownSubject = '';
    // Which statements the rank belongs to.
    const distributive = /分别/.test(before);
    const all = /均/.test(before.slice(Math.max(0, cueStart - 2)));
    let owners: Emitted[];
    let totalAndRate = false;
    if (distributive) {
      const firstOfList = this.rankListIndex(ranks, r);
      const group = state.lastGroup;
      owners = group[firstOfList] ? [group[firstOfList]] : group.slice(-1);
    } else if (all) {
      // 均 spreads a rank over the figures of its own part of the sentence: across a ；the words
      // before 均 name what ranks (…；存贷款新增量均居全国第1位).
      const partStart = this.partStartBefore(rank.start);
      owners = state.statementsSinceRank.filter((e) => e.statement.kind !== 'rank' && e.statement.span[0] > partStart);
      // …分别达到1073.6亿元和638.7亿元，均保持全省第三: 均 right after a list ranks that list.
      const list = state.lastGroup.filter((e) => e.statement.kind !== 'rank');
      if (list.length > 1 && list.every((e) => owners.includes(e))) owners = list;
      // 增速均排在全市第一: the growth rates rank, not the levels before them (总量和增速均居…: both do).
      totalAndRate = TOTAL_AND_RATE.test(before.slice(Math.max(0, cueStart - 8), Math.max(0, cueStart)));
      if (!totalAndRate && /增速|增幅/.test(before.slice(Math.max(0, cueStart - 4), Math.max(0, cueStart)))) {
        const rates = owners.filter((e) => e.statement.kind === 'growth');
        if (rates.length > 0) owners = rates;
      }
      // 其中外送558.7亿千瓦时，…，发电量、外送电量均排名全省第一: a list of measures the rank's own clause names, with no
      // figure of its own, ranks itself — not the figures of the clauses before it.
      if (cueStart >= 0 && !owners.some((e) => e.statement.span[1] > clauseStart)) {
        const ownList = namedMeasures(
          text
            .slice(clauseStart, beforeStart + cueStart)
            .trim()
            .replace(/[均都]$/, ''),
        );
        if (ownList.length > 1) owners = [];
      }
    } else if (scopedMetric !== '') {
      owners = [];
    } else {
      owners = [];
      ownSubject = this.rankOwnSubject(clauseStart, cueStart >= 0 ? beforeStart + cueStart : rank.start, state.emitted);
      // (Not a count of indicators by their place, 7项指标增速位居全省第一，综合排名第5位: the count holds its own place.)
      if (ownSubject === '' && state.lastFigure && !this.countsRankedIndicators(state.lastFigure.statement)) owners = [state.lastFigure];
    }
    const reading = this.rankRole(rank.start, tokens);
    // 增长6%，全县第一: a rank by scope alone is of the same kind as the figure it follows (a plan's aim,
    // or a result), having no cue of its own.
    const { role, period } = scoped && owners[0] ? { role: owners[0].statement.role, period: owners[0].statement.period ?? reading.period } : reading;
    // A rank is about the figure's metric itself, not a gap composed from it (高于全省…，居全省第3位).
    const metrics =
      owners.length > 0
        ? owners.map((e) => {
            const metric = BENCHMARK.test(e.statement.metric.slice(e.base.length)) ? e.base : e.statement.metric;
            // 总量和增速均居全国第5位: the rate's rank is named as a rate's, apart from the total's.
            return totalAndRate && e.statement.kind === 'growth' && !/增速|增长|增幅$/.test(metric) ? `${metric}增速` : metric;
          })
        : scoped || ownSubject !== ''
          ? [scoped ? scopedMetric : ownSubject].filter((m) => m !== '')
          : [
              // 居全国第七位、中部第一位: a rank after a list's 、 ranks what the rank before it ranks.
              (!fromCue && sep >= 0 ? this.rankSubject(state.emitted) : '') ||
                text
                  .slice(Math.max(clauseStart, spanStart - MAX_SEGMENT), spanStart)
                  .trim()
                  .replace(/[均都]$/, '')
                  // 2025年高铁通车里程进至全国第5位: the year dates the rank, it names nothing.
                  .replace(/^\d{4}\s*年度?[，,]?/, '') ||
                // 获评“全国县域经济强县”，列全省第8位: with nothing before it, the clause before names what ranks.
                (state.emitted.length === 0 ? (this.previousClause(rank.start)?.text ?? '') : this.rankSubject(state.emitted)) ||
                // 位列…前十强、中国地级市基本现代化指数第12位: a verb opening the clause, the ranking named between it and 第.
                (fromCue ? rankingNamed(before.slice(scopeFrom)) : ''),
            ].filter((m) => m !== '');
    // 经营主体净增98万户、突破1900万户，其中企业超830万户，总量均居全国第一: one rank per measure, however many of
    // its figures 均 spans.
    // A rank before 的 qualifies a noun (…人口全国排名第一的外省城市): its words are no list of measures to split.
    // 甲、乙、丙等3项经济指标增速排名全市第一, …五项指标增速全国第一: the list the count closes names what ranks, one rank each.
    const subjectEnd = scoped ? rank.start - scoped[0].length : cueStart >= 0 ? beforeStart + cueStart : -1;
    const counted = subjectEnd > clauseStart ? countedMeasures(lastClause(text.slice(Math.max(0, subjectEnd - MAX_SEGMENT), subjectEnd))) : null;
    let named = counted ?? (owners.length === 0 && text[rank.end] !== '的' ? metrics.flatMap(namedMeasures) : metrics);
    // 甲、乙(分别)居全省第2位和第3位: as many ranks joined by 和 as measures named pairs them in order.
    const run = this.rankRun(ranks, r);
    // 存贷款新增量均居全国第1位: with 均 a compound naming two measures ranks each.
    if (all && owners.length === 0 && named.length === 1) named = splitPairedNoun([{ metric: named[0]!, base: named[0]!, start: 0 }]).map((m) => m.metric);
    const listed = (owners.length === 0 || counted) && named.length > 1 && run.size === named.length ? [named[run.index]!] : named;
    for (const metric of new Set(listed)) {
      const statement: Statement = {
        role,
        metric,
        metricKey: metricKey(metric),
        kind: 'rank',
        comparator: '=',
        value: rank.value,
        max: null,
        unit: '位',
        dimension: 'rank',
        factor: 1,
        decline: false,
        aspirational: role === 'target' && this.hasCue(rank.start, ASPIRATION_CUES),
        span: [spanStart, rank.end],
      };
      if (period) statement.period = period;
      if (scope) statement.rankScope = scope;
      if (this.isEstimate(rank.start)) statement.estimate = true;
      this.out.push(statement);
      state.emitted.push({ statement, base: metric });
    }
    const nextRank = ranks[r + 1];
    const continues =
      nextRank && /^[、\s]*[^，,；;。]{0,12}$/.test(text.slice(rank.end, nextRank.start)) && text.slice(rank.end, nextRank.start).includes('、');
    if (!continues) state.statementsSinceRank = [];
  }

  /**
   * What a rank's own clause names before its verb, when no figure of its sentence stands in that clause
   * (…超过2400家，高被引论文数保持世界第二位; 算力总规模居世界第二): the rank is of that, not of the figure before.
   * A word that only points back at the figure (增速居全省第3位, 总量列全市第一) leaves the rank to it.
   */
  private rankOwnSubject(clauseStart: number, verbAt: number, emitted: readonly Emitted[]): string {
    const last = emitted[emitted.length - 1]?.statement;
    if (last === undefined || last.span[1] > clauseStart) return '';
    // 其中亿元以上项目, 2024年全市数字经济规模: cue words, a year and a scope open the clause as they open a metric.
    const words = parseSegment(this.text, clauseStart, verbAt);
    const subject = this.text
      .slice(words.start, words.end)
      .replace(RANK_ANY_SCOPE, '')
      .replace(RANK_MOVE_AT_END, '')
      // 稳居, 仍居: the adverb before the verb is no part of what ranks.
      .replace(/(?:[均都稳]|继续|仍然?|依然)$/, '')
      // 与杭州并列排名全省第2: the place it ties with is no part of what ranks either.
      .replace(TIE_PARTNER, '');
    // 在前十经济大省中与另外三省并列第一: a scope, no measure; 长沙跃居…: a place, the text's own subject.
    return /[\u4e00-\u9fff]{3}/.test(subject) && !RANK_POINTS_BACK.test(subject) ? subject : '';
  }

  /**
   * 位居全省第2位，跃居全国第5位: a rank verb with nothing before it, right after a rank of the sentence,
   * ranks the same subject at another scope: that rank's metric.
   */
  private rankSubject(emitted: readonly Emitted[]): string {
    const last = emitted[emitted.length - 1]?.statement;
    return last?.kind === 'rank' ? last.metric : '';
  }

  /** This rank's place in a run of ranks joined by a conjunction alone (第2位和第3位 → 0 and 1 of 2). */
  private rankRun(ranks: RankToken[], r: number): { index: number; size: number } {
    const runs = this.rankRunsOf(ranks);
    return { index: r - runs.first[r]!, size: runs.last[r]! - runs.first[r]! + 1 };
  }

  /**
   * For each rank of `ranks`, the first and last rank of its run, listed once per list: walked from every rank of a
   * long run (第1位、第2位、…), the run was read whole again for each.
   */
  private rankRunsOf(ranks: RankToken[]): { first: readonly number[]; last: readonly number[] } {
    let runs = this.rankRuns.get(ranks);
    if (!runs) {
      const joined = ranks.map((rank, k) => k + 1 < ranks.length && RANK_PAIR_GAP.test(this.text.slice(rank.end, ranks[k + 1]!.start)));
      const first: number[] = [];
      for (let k = 0; k < ranks.length; k++) first.push(k > 0 && joined[k - 1] ? first[k - 1]! : k);
      const last: number[] = new Array<number>(ranks.length);
      for (let k = ranks.length - 1; k >= 0; k--) last[k] = joined[k] ? last[k + 1]! : k;
      runs = { first, last };
      this.rankRuns.set(ranks, runs);
    }
    return runs;
  }

  /** Position of this rank within a 、- or 和-joined list of ranks (分别居全国第五位、第三位 → 0, 1). */
  private rankListIndex(ranks: RankToken[], r: number): number {
    let index = 0;
    for (let k = r; k > 0; k--) {
      const gap = this.text.slice(ranks[k - 1]!.end, ranks[k]!.start);
      if ((!gap.includes('、') && !RANK_PAIR_GAP.test(gap)) || /[，,；;。]/.test(gap)) break;
      index++;
      // A rank of the list read before knows its own place: counting on from it, each rank is counted once, not
      // again for every rank after it (quadratic in a long list).
      const known = this.rankListIndexes.get(ranks[k - 1]!);
      if (known !== undefined) {
        index += known;
        break;
      }
    }
    this.rankListIndexes.set(ranks[r]!, index);
    return index;
  }

  /** Where the parenthesis `pos` stands in opens (within a short aside), or null outside one. */
  private openBracketBefore(pos: number): number | null {
    const from = Math.max(0, pos - CUE_WINDOW);
    for (let i = pos - 1; i >= from; i--) {
      const ch = this.text[i];
      if (ch === '）' || ch === ')' || ch === '。' || ch === '\n') return null;
      if (ch === '（' || ch === '(') return i;
    }
    return null;
  }

  /** Ranks are results unless a target cue sits in their own clause (or their own aside in brackets). */
  private rankRole(pos: number, tokens: ReturnType<typeof scanTokens>): { role: 'target' | 'actual'; period: Period } {
    const role = this.roleOf(pos, tokens);
    const clause = this.text.slice(Math.max(this.clauseStartOf(pos), pos - CUE_WINDOW), pos);
    // （依据区人代会目标设置，…，居三区第一）: an aside in brackets is one clause for its cues.
    const aside = this.openBracketBefore(pos);
    const asideText = aside !== null ? this.text.slice(aside, pos) : '';
    const targetHere = TARGET_CUES.some((cue) => clause.includes(cue) || asideText.includes(cue));
    if (targetHere && role.role === 'target') return { role: 'target', period: { year: this.context.year ?? null, label: '' } };
    return { role: 'actual', period: role.period };
  }
}

// ------------------------------------------------------------------------------------------
// Pure helpers

/**
 * A 全年 that dates its own clause (全年实现, 全年增长), not the year's target a share is taken of (占全年目标的90%).
 * Not 预计全年 either: the committed seed plans keep an estimate after 1—10月 under the months (seed 002).
 */
const WHOLE_YEAR_OWN = /(?<![占完成的计]|[上去]年|比)全年(?![目计任])/;
const WHOLE_YEAR_OWN_G = new RegExp(WHOLE_YEAR_OWN.source, 'g');

interface WholeYears {
  /** Where each 全年 starts, ascending. */
  at: number[];
  /** For each, where the first 全年 of its own at or after it starts (-1: none). */
  nextOwn: number[];
}

function wholeYearsOf(text: string): WholeYears {
  const at: number[] = [];
  for (let i = text.indexOf('全年'); i !== -1; i = text.indexOf('全年', i + 1)) at.push(i);
  const own = new Set(matchesOf(WHOLE_YEAR_OWN_G, text).map((m) => m.index));
  const nextOwn = new Array<number>(at.length);
  for (let j = at.length - 1; j >= 0; j--) nextOwn[j] = own.has(at[j]!) ? at[j]! : j + 1 < at.length ? nextOwn[j + 1]! : -1;
  return { at, nextOwn };
}
/** Whether the rate starting at `pos` is followed by how it moved since (5.2%回落了…): a base rate, not the growth itself. */
function rateMovesAfter(text: string, pos: number): boolean {
  const rate = /^-?\s*[\d.]+\s*[%％]\s*/.exec(text.slice(pos, pos + 16));
  return rate !== null && RATE_MOVED.some((w) => text.startsWith(w, pos + rate[0].length));
}

/** How a rate moved since its base period (回落了0.2个百分点, 加快0.3个百分点, 收窄1.0个百分点). */
const RATE_MOVED = ['回落', '回升', '加快', '放缓', '收窄', '扩大', '缩小', '提高', '下降'];
/** 比上年全年增长, 比上年同期上涨, 较去年同期下降: a rate of last year (or its same months) named as a base. */
const BASE_RATE_BEFORE = /(?:比|较)(?:上年|去年)(全年|同期)?(?:同期)?(?:增长|上涨|下降|增速为?|涨幅为?)$/;
/**
 * 比上年全年增长5.2%回落了0.2个百分点: last year's whole year, the base a change is measured from, dates nothing; nor does the
 * year a completion ratio measures against (完成全年目标的56.6%: the share reached so far keeps its paragraph's months).
 */
const BASE_WHOLE_YEAR = /(?:[上去]年|比)全年|全年(?=[^，。；,;\d]{0,6}?(?:目标|任务|计划)的)/g;

/**
 * `words` with every match of `pattern` (global) removed, and where a position in the kept text ends in `words`:
 * the end of the kept character before it, so a word joined across a removed match ends where its last character stands.
 */
function withoutMatches(words: string, pattern: RegExp): { text: string; originalEnd: (keptEnd: number) => number } {
  const kept: string[] = [];
  // For each kept piece: where it starts in the kept text and in `words`.
  const pieces: { kept: number; original: number }[] = [];
  let from = 0;
  let length = 0;
  for (const match of matchesOf(pattern, words)) {
    pieces.push({ kept: length, original: from });
    kept.push(words.slice(from, match.index));
    length += match.index - from;
    from = match.index + match[0].length;
  }
  pieces.push({ kept: length, original: from });
  kept.push(words.slice(from));
  const originalEnd = (keptEnd: number): number => {
    let k = pieces.length - 1;
    while (k > 0 && pieces[k]!.kept >= keptEnd) k--;
    return pieces[k]!.original + (keptEnd - pieces[k]!.kept);
  };
  return { text: kept.join(''), originalEnd };
}

/** A year (captured) and 的, a figure of that year next (2022年的, 2020年末的): the year a figure is of. */
const YEARS_FIGURE = String.raw`(\d{4})\s*年(?:末|底)?的\s*`;

/** A figure compared with, right after its own earlier year (比2022年的681个, 较2020年末的…). */
const COMPARED_YEAR_FIGURE = new RegExp(String.raw`(?:比|较|同比)\s*${YEARS_FIGURE}$`);

/** A change's dated end and the average rate right after it (…增加到2021年的293.7亿元，年均增长): the span ends that year. Read on the last 40 characters only (per figure, a long stretch would make a sentence quadratic). */
const DATED_FIGURE_BEFORE = new RegExp(String.raw`${YEARS_FIGURE}[\d.]+[^\d，,。；]{0,6}[，,]\s*年均(?:增长|增速为?|递增)$`);

/** The end of a change dated by its own year, right before the figure (…提高到2022年的82.9%). */
const DATED_END = new RegExp(`${YEARS_FIGURE}$`);

/**
 * DATED_END at the end of `words`, read on the last characters only: the one place it can start is found by reading
 * back from the end (…的, 末 or 底, 年, spaces, four digits). Tried from every place of a long stretch before a figure,
 * the pattern read on to the stretch's end from each, for every figure after a 从…的 base.
 */
function datedEnd(words: string): RegExpExecArray | null {
  let k = words.length;
  while (k > 0 && /\s/.test(words[k - 1]!)) k--;
  k--; // 的
  if (words[k - 1] === '末' || words[k - 1] === '底') k--;
  k--; // 年
  while (k > 0 && /\s/.test(words[k - 1]!)) k--;
  return DATED_END.exec(words.slice(Math.max(0, k - 4)));
}
/** （市）, （市、区）, (县区): kinds of place a bracket adds to a noun of places. */
const PLACE_KINDS_ASIDE = /^[（(][市区县镇乡旗、]{1,6}[）)]/;
/** A rate verb right before a percentage (增长 8.6%, 下降5%): the percentage is its rate. */
const RATE_VERB_BEFORE = /(?:增长|增|下降|降低|提高|提升|上涨|回落|减少)\s*$/;
/** A noun starting right after a rate (固定资产投资…), not words that go on with it (以上, 左右, 的, 和, 目标, （…). */
const NEW_NOUN_AFTER = /^(?!以|左右|上下|多|余|的|和|与|及|或|至|到|目标|任务|指标|预期|之|个|百分)[\u4e00-\u9fff]/;
/** 县（市、区）中, 重点项目中: a group named as what is counted among. */
const GROUP_AMONG = /[\u4e00-\u9fff）)]中$/;
/** A verb and 的 before a count (重点培育的, 纳入市调度的, 列入计划的): the things so singled out, named as a group. */
const GROUP_SINGLED_OUT = /(?:培育|调度|监测|跟踪|储备|认定|纳入|列入|确定)的$/;
/** A clause opening with a count (，43个…, ，已开工10个): what is counted among the group before it. */
const COUNT_OPENS_AFTER = /^[，,]\s*(?:有|已|共)?[\u4e00-\u9fff]{0,4}?\d/;
/** Places of one kind a figure may be totalled over (产业功能县, 县（市）, 区, 乡镇, 开发区, 园区). */
const PLACES_COUNTED = /(?:县|市|区|乡镇|镇|街道|园区|开发区|县[（(][^）)]{1,4}[）)])$/;
/** 实现生产总值, 完成工业增加值: the verb and measure of a figure reported for a group. */
const FIGURE_OF_GROUP = /^(?:共|合计|累计)?(?:实现|完成)[\u4e00-\u9fff]{2,12}?(?:达到?|为)?$/;
/** What may open a clause before such a group: nothing, or the whole it belongs to (全省, 陕西省, 其中). */
const GROUP_OPENING = /^\s*(?:其中|全省|全市|全区|全国|[\u4e00-\u9fff]{2,4}省)?\s*$/;
const INVESTMENT_OVER = /^(?:累计|共|合计)?(?:完成|实现)?(?:年度|全年)?(?:计划)?投资(?:额)?(?:达到?|超过?)?$/;
/** The units projects and firms are counted in (个, 项, 宗, 家, 户). */
const COUNTED_UNITS_OF_SUBJECTS = new Set(['个', '项', '宗', '家', '户']);
/** The units places and sites are counted in besides (条, 座, 所, 处): subjects whose own measure follows (subjectOfProgressSum). */
const COUNTED_UNITS_OF_SITES = new Set([...COUNTED_UNITS_OF_SUBJECTS, '条', '座', '所', '处']);
/**
 * What may stand before a count that opens its clause as the subject of a sum: the whole (全省, 其中), a period (目前, 全年,
 * 1-11月), a cue of the aim (确保, 力争) — never a verb of work.
 */
const SCOPE_ONLY_BEFORE =
  /^\s*(?:(?:其中|全[省市县区州盟旗]|目前|截至目前|全年|今年|上半年|前三季度|\d{1,2}\s*[-—至~]\s*\d{1,2}\s*月份?|确保|力争|力保)[:：\s]*)*(?:\d+\s*[个项宗家户][\u4e00-\u9fff]{1,6}、\s*)*$/;
/** How many classes of a list may share one noun and sum (省级、市级、县级…): a few, so a long list is not walked again per count. */
const MAX_LISTED_CLASSES = 6;
/** How far before a count its clause's opening words may start (全省, 1-11月, 6个盟级、…). */
const SCOPE_REACH = 40;
/** 省级、, 盟级、: the class one count of a list names before the next count. */
const LISTED_CLASS_BETWEEN = /^\s*[\u4e00-\u9fff]{1,6}?[、和及]\s*$/;
/**
 * 重大项目完成投资, 集成电路产业链企业实现产值, 重点项目要完成年度投资, 投产企业完成工业总产值: projects or firms, then the sum they
 * invested or produced (a period or 要/将/已 between).
 */
const SUBJECT_THEN_PROGRESS_SUM =
  /^[\u4e00-\u9fff（）()]{0,16}?(?:项目|企业)(?:要|将|已|共|合计|累计|上半年|全年|当年|今年|一季度|前三季度)?(?:完成|实现)?(?:年度|全年|当年)?(?:计划)?(?:投资|工业总产值|总产值|产值|营业收入|营收|销售收入)额?(?:达到?|超过?|突破)?$/;
/** 的 and a person after an age (的…村民某某, 的老党员, 的返乡青年): whose age it is. */
const PERSON_AFTER_AGE =
  /^的[^，,。；;！？\n]{0,12}?(?:村民|居民|农民|牧民|渔民|市民|老人|老党员|党员|职工|工人|青年|小伙|姑娘|女孩|男孩|大姐|大哥|大爷|大妈|师傅|老板|店主|书记|主任)/;
/** A clause opening on a margin over a standard, up to its figure (超出认定标准, 高于国家标准). */
const MARGIN_OVER_STANDARD = /^\s*(?:超出|高出|高于|超过)[\u4e00-\u9fff]{0,4}?标准\s*$/;
/** How far each side of 一户 its repetition is looked for. */
const REPEATED_ONE_REACH = 16;
/** The units projects are counted in. */
const PROJECT_COUNT_UNITS: ReadonlySet<string> = new Set(['个', '宗', '项']);
/** A bare noun of projects, maybe with its class or list (续建项目, 省、市重点建设项目, 纳统在库项目): no verb of work in it. */
const PROJECTS_NAMED = /^(?:其中)?[\u4e00-\u9fff、（）()]{0,12}项目$/;
/**
 * Work done on the projects, before them or inside the noun (全市安排重点项目120个, 实施…, 新开工项目, 已开工项目): the count is
 * that work, an entry beside its investment (corpus Decisions 33: a class count stays one when its own progress stands there).
 */
const WORK_ON_PROJECTS = /安排|实施|推进|推动|谋划|储备|引进|招引|启动|新上|抓好|开工|竣工|完工|建成|投产|签约|落地|完成/;
/** The next clause opening on the investment completed (，完成投资, ，累计完成工业投资). */
const INVESTED_SUM_AFTER = /^\s*[，,]\s*(?:累计|共|已)?完成(?:工业|固定资产)?投资/;
/** Projects or firms, then (all of them) the share of their year's plan they completed: 县重项目均完成年度计划投资, 重点项目完成年度计划的. */
const SUBJECT_THEN_PLAN_SHARE = /^[\u4e00-\u9fff（）()]{0,16}?(?:项目|企业)(?:均|都|全部)?(?:完成|实现)(?:了)?(?:年度|全年)?(?:投资)?计划(?:投资)?的?$/;
/**
 * Things counted, then a measure of their own and the words binding its figure (免税店销售额, 断面水质优良比例达到, 县（区）GDP均突破,
 * 续建项目投资不低于, 新投产项目增加产值): the measure the figure after is of, taken over the things counted. A rate or share ends
 * in 率/比例/比重/占比 (达标率为); an amount is one of the measures a group's figure is totalled in. Not a growth (50家企业实现产值
 * 增长10%以上): the firms reaching a rate are counted, as places and indicators counted by the progress they made.
 */
const SUBJECT_THEN_OWN_MEASURE = new RegExp(
  String.raw`^[\u4e00-\u9fff（）()]{1,16}?(?:要|将|已|共|合计|累计|全年|当年|今年)?(?:完成|实现|增加|新增)?(?:年度|全年|当年)?(?:计划)?` +
    String.raw`(?:投资|总产值|产值|增加值|营业收入|营收|销售收入|销售额|营业额|交易额|成交额|进出口额|税收|地区生产总值|生产总值|GDP|总装机|装机容量|装机|产量|[\u4e00-\u9fff]率|比例|比重|占比)额?` +
    String.raw`(?:均|都|全部|分别)?(?:达到?|为|是|超过?|突破|不低于|不少于|高于|保持在|稳定在|提高到|提升至|提升到)?$`,
);
/** 均, 都, 全部, 分别: the measure's bound holds for each of the things counted, all of them (6个县GDP均突破…). */
const EACH_OF_THEM = /均|都|全部|分别/;
/** 总装机, 总产值, 合计, 累计: the figure is the things' total, all of them together (3个县光伏总装机超过200万千瓦). */
const TOTAL_OF_THEM = /总(?:装机|产值|产量|投资|收入|规模|面积)|合计|累计/;
/** 超过, 突破, 高于 before the figure: a bar the things counted pass (10个乡镇地区生产总值超过50亿元), the count is of those passing. */
const BAR_PASSED = /(?:超过?|突破|高于)$/;
/** 以上 after the figure: the same bar (300户家庭农场销售收入10万元以上). */
const BAR_AFTER = /^[^，,。；;]*?(?:及)?以上/;
/** A group named just before (38所学校中，): the count opening the clause is a part of it, an entry of its own. */
const PART_OF_GROUP_BEFORE = /中[，,]\s*$/;
/** How far after a count its own measure's figure may stand (SUBJECT_THEN_OWN_MEASURE is a few words at most). */
const OWN_MEASURE_REACH = 64;
/** 项指标, 个指标: indicators counted by the progress they made (8项指标增速超过10%), a count of their own (corpus Decisions 25). */
const INDICATORS_COUNTED = /指标/;
/** 按阶段划分，…; 按行业划分，…; 分领域看，…: a sentence breaking a whole already counted into its parts. */
const BREAKDOWN_OPENING = /^\s*(?:按[^，,。；;]{1,8}?(?:划分|分)|分[^，,。；;]{1,8}?看)[，,]/;
/** 全省, 全市…: the whole a government's own list of key projects belongs to. */
const WHOLE_BEFORE_PROJECTS = /全[省市县区州]\s*$/;
/** 在建重点项目, 重大建设项目, 续建重点项目: a government's key projects, at a stage or not. */
const STAGED_KEY_PROJECTS = /^(?:在建|续建|新开工)?(?:重点|重大)(?:建设)?项目$/;
/** Projects named by the government that lists them (自治区重点项目, 省市重点项目, 省级重大项目). */
const LISTED_PROJECTS = /^(?:自治区|省|市|县|区|省市|市县|省级|市级|县级|区级)(?:重点|重大)/;
/**
 * An object that is only an abstract aim (明显提升, 整体性跃升, “大踏步”, 定位), perhaps quoted, with a short modifier before it
 * and nothing after it but a quote, 中, 实现 or 的 (not 提升泵站, 突破口: things named by such a word).
 */
const AIMS_COUNTED = new RegExp(
  `^[“"]?(?:[\u4e00-\u9fff]{1,3}性|明显|显著|重大|新的?)?(?:${AIMS_COUNTED_BY.join('|')})[”"]?(?=$|[^\u4e00-\u9fff]|中(?!心)|实现|的)`,
);
/** Words of a capacity put into service: connected to the grid, put into production or operation. */
const IN_SERVICE = /并网|投产|投运|发电/;
/** Verbs of work that govern a count of works right after them (开工建设, 建成, 完成, 实施, 推进). */
const VERB_OF_WORK_BEFORE = /(?:开工|建设|建成|完成|实施|推进|推动|启动|竣工|新开工|续建|谋划)\s*$/;
/** 个小时, 个多小时, 个钟头: hours after a count's 个. */
const HOURS_COUNTED = /^多?(?:小时|钟头)/;
/** Settlements picked by their size in households (自然村, 村民组, 自然屯). */
const SETTLEMENTS_PICKED = /^(?:自然村|村民组|村民小组|自然屯|屯|组)/;
/** What a plant's or a farm's capacity is measured in: mass, power, energy, animals kept. */
const CAPACITY_DIMENSIONS: ReadonlySet<string> = new Set(['mass', 'power', 'energy', 'head']);
/** The words up to the next clause break. */
const CLAUSE_AHEAD = /^[^，,。；;！？!?\n]*/;
/** How far a list of capacities is read for the projects it closes on. */
const CAPACITY_LIST_REACH = 64;
/** 等项目, 等重点项目, 等3个项目: the projects a list's items are examples of. */
const EXAMPLE_PROJECTS_IN = /等(?:[\d一二三四五六七八九十百]+个)?(?:重点|重大|产业)?项目/;
/** A last item of a list that is a capacity project: 、乙新增4万吨产能项目, 、丙年产10万吨生产线项目. */
const CAPACITY_PROJECT_LAST = /[、和][^、和]*?[\d.]+\s*[万亿]?(?:吨|千瓦|兆瓦|吉瓦|千瓦时|头|只)[^、和]{0,6}?(?:项目|生产线)/;
/** A grade (10万吨级…) or a facility or project named after a capacity (…生产线项目, …产业园, …养殖基地, …航道). */
const GRADE_OR_FACILITY = /^级|项目|产业园|基地|生产线|工厂|园区|航道/;
/** A counted object that is a line of work (经济工作, 民生工作, 重点工作): not 工作站, 工作室 — places built. */
const LINES_OF_WORK = /^[\u4e00-\u9fff]{0,4}工作$/;
/** A count's object that is a bare programme or line of work, with no noun of its own (十项工程, 六个加快：). */
const BARE_PROGRAMME = /^(?:工程|行动|举措|加快|坚持|聚焦|突出|强化)(?![\u4e00-\u9fff])/;
/** Words before a rank verb that only point back at the figure before (增速居全省第3位, 总量在全国排名…, 在…中). */
const RANK_POINTS_BACK = /^(?:在|增速|增幅|总量|规模|数量|总数|排名|位次|名次|增量|完成率)|排名/;
/** The parts of a ratio before its next part: `7.3:38.8:`. */
const RATIO_SO_FAR = /^(?:\d+(?:\.\d+)?[:：])+$/;
/** The nouns of land a place must keep, or its protected line: 耕地保有量, 永久基本农田保护任务, 耕地保护目标, 保护面积, 生态保护红线. */
const LAND_KEPT_NOUNS = '保有量|保护任务|保护目标|保护面积|红线';
/**
 * Nouns that are themselves a measure of a size (建设用地面积, 管网长度, 通车里程): a size right before one is that
 * measure's amount (50平方公里以上建设用地面积达到…要求), not a bound picking the things counted (100亩以上基地).
 */
const MEASURE_OF_SIZE: ReadonlyMap<string, RegExp> = new Map([
  // 45.6万亩耕地保有量和38.2万亩永久基本农田保护任务, 守牢155.1万亩耕地红线: the land a place must keep, or its protected line.
  ['area', new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(?:面积|${LAND_KEPT_NOUNS})(?=$|达到|达|超过|突破|实现|不低于|不少于)`)],
  ['length', /^[\u4e00-\u9fff]{0,8}?(?:里程|长度)(?=$|达到|达|超过|突破|实现|不低于|不少于)/],
]);
/**
 * Land a place must keep, named right after its size (耕地保有量, 永久基本农田保护任务, 耕地保护目标, 耕地红线, 生态保护红线): the
 * size is that land's amount — a protection quota — not a bound picking the land (对68万亩耕地开展普查 names no such noun).
 */
const LAND_KEPT = new RegExp(`^[\\u4e00-\\u9fff]{0,10}?(?:${LAND_KEPT_NOUNS})$`);
/** The land-to-keep noun right after an area figure, up to a break or 和 (耕地保有量和…, 耕地红线。). */
const LAND_KEPT_AFTER = new RegExp(`^\\s*[\\u4e00-\\u9fff]{0,10}?(?:${LAND_KEPT_NOUNS})(?=[和及与、，,。；;！？\\s]|$)`);
const landKeptAfter = (text: string, quantity: Quantity): boolean =>
  unitInfo(quantity.unit).dimension === 'area' && LAND_KEPT_AFTER.test(text.slice(quantity.end, quantity.end + 16));
/** 五年来, 过去五年, 10年来, 五年累计: the last N years a sentence reviews. */
const YEARS_SPAN_ONE = /(?:过去的?|近)([二两三四五六七八九十]|\d{1,2})年|([二两三四五六七八九十]|\d{1,2})年(?:来|以来|累计)/;
/** How far from a change's start figure the years it spans are looked for, each way. */
const SPAN_REACH = 200;
/** 从 or 由 right before a figure, a word of about between them (从接近2万亿元, 从约300亿元). */
const FROM_BEFORE_FIGURE = /[从由]\s*(?:接近|近|约|超过|超)?\s*$/;
/** 到 after a change's start figure, before the words that bind its end (到首次突破, 到突破, 到超过, 到接近, 到近). */
const BARE_TO_AFTER = /^\s*到\s*(?:首次|首度)?(?:突破|超过|超|接近|近|迈上|跨越|达到)/;
/** What is left between a change's start and its end figure once the bound word is read: no name of its own. */
const FROM_TO_REST = /^到\s*(?:首次|首度)?$/;
/** 从 or 由 right before a figure with no year between (预计从54%提高到61%): the figure a change starts from. */
const FROM_UNDATED = /[从由]\s*$/;
/** A verb of change to an end figure right after the start figure and its unit (…提高到, …下降至). */
const CHANGE_TO_AFTER = /^[^，,。；;！？\n\d]{0,6}?(?:提高|提升|增加|增长|上升|扩大|壮大|跃升|攀升|下降|降低|减少|缩小|缩减)(?:到|至)/;

/**
 * Whether the figure at start–end opens a change with no year of its own (从54%提高到61%): the state before,
 * known already, so an estimate word before it speaks of where the change arrives, not of it (Decisions 3).
 */
function startsChange(text: string, start: number, end: number): boolean {
  if (FROM_UNDATED.test(text.slice(Math.max(0, start - 2), start)) && CHANGE_TO_AFTER.test(text.slice(end, end + 12))) return true;
  // 从54万亿元到首次突破80万亿元: a bare 到 with a bound word after it ends the start figure as a verb of change does.
  if (startsFromTo(text, start, end)) return true;
  return startsRatioChange(text, start, end);
}
/**
 * 从54万亿元到首次突破80万亿元, 从接近2万亿元到突破3万亿元: a figure after 从/由 and before a bare 到 (read from `after`) is
 * where a change started, a statement of its own, though no verb of change (增加到) follows it (a range written with both
 * units, 从3家到5家, is one quantity already).
 */
function startsFromTo(text: string, start: number, after: number): boolean {
  return FROM_BEFORE_FIGURE.test(text.slice(Math.max(0, start - 4), start)) && BARE_TO_AFTER.test(text.slice(after, after + 8));
}
/** A ratio's parts after 由/从 up to the figure (由13.1:35.2:), and after it up to the verb of change (:51.7调整为). */
const RATIO_FROM_BEFORE = /[从由]\s*(?:\d+(?:\.\d+)?\s*[:：]\s*)*$/;
const RATIO_CHANGE_AFTER = /^(?:\s*[:：]\s*\d+(?:\.\d+)?)*\s*(?:调整|优化|转变|变|提高|提升|演变|增加|扩大|缩小|降低|下降)?(?:为|到|至)/;
/**
 * 三次产业结构由13.1:35.2:51.7调整为9.5:35:55.5: each part of the start ratio opens the change as a lone start figure does
 * (a colon on one side of it at least, so a lone 由54%提高到61% is read as before).
 */
function startsRatioChange(text: string, start: number, end: number): boolean {
  const before = RATIO_FROM_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const after = RATIO_CHANGE_AFTER.exec(text.slice(end, end + 40));
  return before !== null && after !== null && /[:：]/.test(before[0] + after[0]);
}
/** A count of households right before the people they hold (13677户49479人). */
const HOUSEHOLDS_BEFORE = /^\d+(?:\.\d+)?万?户$/;
const FROM_BASE = /[从由]\s*(?:((?:19|20)\d{2})\s*年(?:末|底)?|上年|去年)的?\s*/g;

/**
 * Every 从YYYY年(末)的 that names a year before the plan year (every one when the year is unknown),
 * and every 由上年的 / 从去年的 (the year before `thisYear`, as 上年 is read elsewhere).
 */
function fromBases(text: string, planYear: number | undefined, thisYear = planYear): FromBase[] {
  if (!text.includes('从') && !text.includes('由')) return [];
  const found: FromBase[] = [];
  for (const m of matchesOf(FROM_BASE, text)) {
    const year = m[1] !== undefined ? Number(m[1]) : thisYear !== undefined ? thisYear - 1 : undefined;
    if (year !== undefined && (planYear === undefined || year < planYear)) found.push({ start: m.index, end: m.index + m[0].length, year });
  }
  for (const base of eventBases(text, planYear)) found.push(base);
  for (const base of momentBases(text)) found.push(base);
  if (thisYear !== undefined) for (const base of stockBases(text, thisYear)) found.push(base);
  return found.sort((a, b) => a.start - b.start);
}

/** 由现有的3个, 从目前的48家: a change starting from the stock as it stands (现有, 目前, 现在), its figure right after 的. */
const FROM_STOCK_NOW = /[从由]\s*(?:现有|目前|现在)的\s*(?=\d)/g;

/**
 * The stocks as they stand that a change starts from (由现有的3个力争达到7个): results of the year the text speaks of, labelled
 * 目前 as a 现有 stock is (tense.ts stocksNow) — the start figure only, the change's end left to its sentence.
 */
function stockBases(text: string, thisYear: number): FromBase[] {
  if (!/现有|目前|现在/.test(text)) return [];
  return matchesOf(FROM_STOCK_NOW, text).map((m) => ({ start: m.index, end: m.index + m[0].length, year: thisYear, label: '目前', startOnly: true }));
}

type FromBase = { start: number; end: number; year: number; label?: string; startOnly?: true };
/**
 * A span the sentence dates by a nationwide event it runs from (脱贫攻坚战打响以来: the 2015 decision that
 * launched it), and the label a result of that moment takes (corpus Decisions 11).
 */
const EVENT_SINCE: readonly { pattern: RegExp; year: number; label: string }[] = [{ pattern: /脱贫攻坚战?打响以来/, year: 2015, label: '脱贫攻坚战打响时' }];
/**
 * 从改革开放之初的7991.5万元提高到…, 由新中国成立初期的…: a change starting at a nationwide moment named right after 从/由, its start
 * figure a result of that moment's year, labelled as the text names it (corpus Decisions 11, c075, c1480) — the start only, the
 * end read as its sentence says.
 */
const FROM_MOMENT = /[从由]\s*(改革开放(?:之初|初期)|新中国成立(?:之初|初期))的?\s*(?=\d)/g;
const MOMENT_YEARS: Readonly<Record<string, number>> = { 改革开放: 1978, 新中国成立: 1949 };
function momentBases(text: string): FromBase[] {
  if (!text.includes('之初') && !text.includes('初期')) return [];
  return matchesOf(FROM_MOMENT, text).map((m) => {
    const moment = m[1]!;
    const year = MOMENT_YEARS[moment.startsWith('改革开放') ? '改革开放' : '新中国成立']!;
    return { start: m.index, end: m.index + m[0].length, year, label: moment, startOnly: true };
  });
}
/** 由 or 从 right before an undated figure that a change then leaves (由13677户49479人减至887户…). */
const FROM_UNDATED_FIGURE = /[从由](?=\s*\d[^，,。；;！？\n]{0,24}?(?:减至|降至|减少到|减少至|下降到|下降至|提高到|提高至|增加到|增加至|增长到|增长至))/g;

/** The undated start of a change after an event a sentence's span runs from: a result of the event's year. */
function eventBases(text: string, planYear: number | undefined): FromBase[] {
  const found: FromBase[] = [];
  for (const event of EVENT_SINCE) {
    const since = event.pattern.exec(text);
    if (!since || (planYear !== undefined && event.year >= planYear)) continue;
    for (const m of matchesOf(FROM_UNDATED_FIGURE, text.slice(since.index))) {
      const start = since.index + m.index;
      found.push({ start, end: start + 1, year: event.year, label: event.label });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** How many of the sorted `breaks` lie before `pos`. */
function countBefore(breaks: readonly number[], pos: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function afterLastBreak(breaks: readonly number[], pos: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : breaks[lo - 1]! + 1;
}

function lastBefore<T extends { start: number }>(items: readonly T[], from: number, to: number): T | undefined {
  const candidate = items[countStartingBefore(items, to) - 1];
  return candidate && candidate.start >= from ? candidate : undefined;
}

/** The words between a list's last period and its 分别 (4月、5月分别…): no break, no figure. */
const DISTRIBUTES_AFTER = /^[^，,。；;！？\n\d]{0,12}?分别/;

/**
 * 4月、5月、6月分别增长6.7%、8.3%、9.3%; 一季度、上半年分别增长5.2%和5.6%: the periods listed before 分别, ending at
 * `last`, and where the figures they date in order begin (after 分别); null when `last` closes no such list.
 */
function periodListEnding(text: string, periods: readonly PeriodToken[], last: PeriodToken): PeriodList | null {
  const distributes = DISTRIBUTES_AFTER.exec(text.slice(last.end, last.end + 14));
  if (!distributes) return null;
  const run = [last];
  for (let k = indexOfPeriod(periods, last) - 1; k >= 0; k--) {
    const gap = text.slice(periods[k]!.end, run[0]!.start);
    if (!/^\s*[、和及与]\s*$/.test(gap)) break;
    run.unshift(periods[k]!);
  }
  return run.length < 2 ? null : { run, figuresStart: last.end + distributes[0].length };
}

interface PeriodList {
  run: PeriodToken[];
  figuresStart: number;
}

/** Where `token` stands in `periods` (ordered by start): found by halving, not by a search from the first. */
function indexOfPeriod(periods: readonly PeriodToken[], token: PeriodToken): number {
  for (let k = countStartingBefore(periods, token.start); k < periods.length && periods[k]!.start === token.start; k++) if (periods[k] === token) return k;
  return periods.indexOf(token);
}

/**
 * For each position of a sentence: how many list separators ([、和及]) stand before it, and where the next break of
 * a list ([，,。；;]) is from it. Counted once, so each figure after 分别 finds its place in O(1), not by reading the
 * list again from its start (quadratic on a long list).
 */
function listMarksOf(text: string): ListMarks {
  const n = text.length;
  const separators = new Int32Array(n + 1);
  const nextBreak = new Int32Array(n + 1).fill(n + 1);
  for (let i = 0; i < n; i++) separators[i + 1] = separators[i]! + (LIST_SEPARATOR.test(text[i]!) ? 1 : 0);
  for (let i = n - 1; i >= 0; i--) nextBreak[i] = LIST_BREAK.test(text[i]!) ? i : nextBreak[i + 1]!;
  return { separators, nextBreak };
}
const LIST_SEPARATOR = /[、和及]/;
const LIST_BREAK = /[，,。；;]/;

interface ListMarks {
  separators: Int32Array;
  nextBreak: Int32Array;
}

/** 今年 (本年) right before a month period: the months are the year under way's. */
const THIS_YEAR_BEFORE = /(?:今年|本年)(?:中国|全国|全省|全市|全县|全区|全州|我国|我省|我市|我县|我区)?$/;

function periodOf(token: PeriodToken, year: YearToken | undefined, contextYear: number | undefined): Period {
  return {
    year: year && year.start < token.start ? year.year : (contextYear ?? null),
    fromMonth: token.fromMonth,
    toMonth: token.toMonth,
    label: token.label,
  };
}

/** Between two figures of a list of measures: 、 and the next measure's short name (、农村转移劳动力, 、充电桩). */
const NEXT_LISTED_MEASURE = /^、[\u4e00-\u9fff()（）]{2,12}$/;
/** What may end a list of measures: a clause or sentence break, or the end of the text. */
const LIST_CLOSES = /^\s*(?:[，,。；;]|$)/;

/**
 * 培育国家级龙头企业2家、省级5家以上: a list of figures of one measure, each with its own name, whose last figure writes the
 * comparator. As in 分别增长7%、8%左右, the word written last binds every figure of the list (corpus README, Comparators),
 * read from the end so a comparator passed on goes on to the item before — only when the items measure one thing
 * (`oneMeasureListed`, `tierNames`; corpus Decisions 41.2: 新增城镇就业4.5万人、农村转移劳动力7.8万人以上 binds its own item
 * only). Only a bare figure (no range, no own word) takes it. A longer list of tiers of one thing (新签约重特大项目2个、重大项目6个、
 * 重点项目4个以上: tiers each counted apart, `tierNames`) keeps the word closing the list as the last tier's own.
 */
/**
 * 定在6%以上或者6%左右, 都在5%左右或5%以上: one figure given with two bounds joined by 或 — which bound holds is not said, so
 * neither is read (corpus Decisions 34). Both figures go; a choice of two figures (3%或4%) stays.
 */
function withoutEitherBound(text: string, quantities: Quantity[]): Quantity[] {
  const dropped = new Set<number>();
  for (let k = 0; k + 1 < quantities.length; k++) {
    const q = quantities[k]!;
    const next = quantities[k + 1]!;
    if (!q.post || !next.post || q.post === next.post || q.value !== next.value || q.unit !== next.unit || q.max !== null || next.max !== null) continue;
    if (!EITHER_BETWEEN.test(text.slice(q.end, next.start))) continue;
    dropped.add(k).add(k + 1);
  }
  return dropped.size === 0 ? quantities : quantities.filter((_, k) => !dropped.has(k));
}
/** 或, 或者, 或是 alone between two figures. */
const EITHER_BETWEEN = /^\s*或(?:者|是)?\s*$/;

function shareClosingComparator(text: string, quantities: Quantity[]): Quantity[] {
  let out = quantities;
  for (let k = quantities.length - 2; k >= 0; k--) {
    const q = quantities[k]!;
    const next = out[k + 1]!;
    if (q.post || !next.post || !listedMeasures(text, q, next) || !(oneMeasureListed(text, q, next) || tierNames(text, quantities, k))) continue;
    const passedOn = next.post !== quantities[k + 1]!.post;
    if (!passedOn && !LIST_CLOSES.test(text.slice(next.end, next.end + 2))) continue;
    if (!passedOn && itemBefore(text, quantities, k) && tierNames(text, quantities, k)) continue;
    if (out === quantities) out = [...quantities];
    out[k] = { ...q, post: next.post };
  }
  return out;
}

/**
 * Whether two listed figures measure one thing (corpus Decisions 41.2): the second item's name is only a tier or a time that
 * completes the first's (国家级专精特新企业2家、省级3家以上; …全年完成率100%、上半年60%), or both names end on the same
 * measure (上半年计划投资完成率60%、年度投资计划完成率120%以上). Measures that each name their own noun (新增城镇就业4.5万人、
 * 农村转移劳动力7.8万人以上; 中心村50个、精品示范村20个左右) keep their own words: the last one binds only its own figure.
 */
function oneMeasureListed(text: string, q: Quantity, next: Quantity): boolean {
  const nextName = text.slice(q.end + 1, next.start).trim();
  if (STUB_NAME.test(nextName)) return true;
  const tail = nextName.slice(-SAME_MEASURE_TAIL);
  return tail.length === SAME_MEASURE_TAIL && text.slice(Math.max(0, q.start - SAME_MEASURE_TAIL), q.start) === tail;
}
/** A name that is only a tier or a time (省级, 市级以上, 重点, 规上, 年度, 上半年): the item before names the measure. */
const STUB_NAME = /^(?:[\u4e00-\u9fff]{0,3}级(?:以上)?|重特大|特大|重大|重点|规上|限上|年度|全年|上半年|下半年|[一二三四]季度)$/;
/** How many closing characters two names must share to name one measure (完成率, 增加值, 覆盖率). */
const SAME_MEASURE_TAIL = 3;

/** A name that says a tier: a size (亿元企业, 百亿元县市区), a level (省级, 市级), a rank of project (重大, 重点), 规上/规模. */
const TIER_NAME = /^(?:[\d.]*[十百千万亿]*(?:亿元|万元|亿|元)|[^、，,。；;]{0,4}级|重特大|特大|重大|重点|规模|规上|限上)/u;

/**
 * Whether the last two items of a list, quantities[k]'s and quantities[k + 1]'s, are tiers of one thing (重大项目6个、重点项目4个,
 * 亿元企业3家、规模企业5家, 省级企业15家、市级30家): each name opens with a tier word.
 */
function tierNames(text: string, quantities: readonly Quantity[], k: number): boolean {
  const q = quantities[k]!;
  const next = quantities[k + 1]!;
  const name = text.slice(text.lastIndexOf('、', q.start) + 1, q.start);
  const nextName = text.slice(q.end + 1, next.start);
  return TIER_NAME.test(name) && TIER_NAME.test(nextName);
}

/**
 * Two figures of a list of measures sharing one verb (、 and the next measure's bare name between): bare figures, no range,
 * of one kind of unit (the same, or two counting units); an item with its own verb or cue (、调查失业率控制在5.5%以内,
 * 、新备案科技型中小企业200家以上) is a statement of its own.
 */
function listedMeasures(text: string, q: Quantity, next: Quantity): boolean {
  if (q.max !== null || q.placeholder || next.placeholder) return false;
  if (!NEXT_LISTED_MEASURE.test(text.slice(q.end, next.start)) || !sameMeasureKind(q.unit, next.unit)) return false;
  const name = parseSegment(text, q.end + 1, next.start);
  return name.from === name.start && name.end === next.start && !name.pre && !name.rate && !name.verbKind && !name.levelWord;
}

/** Between two items of a list: 、 and the next item's name, whatever it holds (百亿元县市区, 5亿元企业). */
const NEXT_LISTED_ITEM = /^、[^，,。；;、\n]{2,16}$/;

/**
 * Whether the list item of quantities[k] has an item before it: a figure of one kind of unit right before the 、 that
 * opens its name (千亿元地级市3个、百亿元县市区30个: the 百亿元 inside the name is passed).
 */
function itemBefore(text: string, quantities: readonly Quantity[], k: number): boolean {
  const q = quantities[k]!;
  const mark = text.lastIndexOf('、', q.start);
  if (mark < 0) return false;
  let j = k - 1;
  while (j >= 0 && quantities[j]!.end > mark) j--;
  if (j < 0) return false;
  const p = quantities[j]!;
  return p.end === mark && NEXT_LISTED_ITEM.test(text.slice(p.end, q.start)) && sameMeasureKind(p.unit, q.unit);
}

/** Units of people counted after a count of households. */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(['人', '万人', '名']);
/**
 * 搬迁入住1200户4800人, 脱贫300户1000人, 由1.2万户4.1万人减至…: households then their people, written back to back — two
 * figures of one measure. Not before a quoted word (防止1万户3万人“返贫”): the pair sizes a risk named, no figures of its own.
 */
function householdsThenPeople(text: string, q: Quantity, next: Quantity): boolean {
  if (q.unit !== '户' || q.post !== null || next.start !== q.end || !PEOPLE_UNITS.has(next.unit) || !/\d/.test(text[next.start]!)) return false;
  const after = text.slice(next.end).trimStart()[0];
  return after !== '“' && after !== '"';
}

/** Two units of one list of measures: the same unit, or both units that count things (300座、4万个). */
function sameMeasureKind(a: string, b: string): boolean {
  if (a === b) return true;
  const counted = (unit: string): boolean => {
    const dimension = unitInfo(unit).dimension;
    return unit !== '' && !SIZE_DIMENSIONS.has(dimension) && dimension !== 'money' && dimension !== 'percent';
  };
  return counted(a) && counted(b);
}

/**
 * What the last value of a list says for all of them: 分别增长7%、8%左右 → both 左右; 提高7.9个、3.4个和
 * 1.7个百分点 → all 百分点.
 */
function shareListEnding(group: Quantity[]): Quantity[] {
  if (group.length < 2) return group;
  const last = group[group.length - 1]!;
  return group.map((q, i) => {
    if (i === group.length - 1) return q;
    const unit = last.unit === '百分点' && q.unit === '个' ? '百分点' : q.unit;
    const post = q.post ?? (q.max === null && !q.placeholder ? last.post : null);
    return unit === q.unit && post === q.post ? q : { ...q, unit, post };
  });
}

/** End of a parenthesis of at most three characters that opens at `open`, else -1. */
function shortParenthesisEnd(text: string, open: number): number {
  for (let j = open + 1; j <= open + 4 && j < text.length; j++) {
    const ch = text[j];
    if (ch === ')' || ch === '）') return j > open + 1 ? j : -1;
    if (ch === '(' || ch === '（' || CLAUSE_BREAKS.has(ch!)) return -1;
  }
  return -1;
}

/** 在176个村开展污水治理, 在12个乡镇实施…: places counted by the work done in them (not 在3个方面…). */
const PLACES_WORKED_IN = /^(?:行政村|村|乡镇|镇|街道|社区|县|小区)(?:开展|实施|推进|建设|试点|推广)/;

/**
 * Verbs of building and fixing things that govern a count written right after them (打通道路, 建成驿站,
 * 培养医生, 加装电梯; and 启动21个…项目: projects started — a capacity after 启动 stays a project's size) though the segment keeps them as a phrase of their own. Verbs of choosing or
 * developing (明确, 重点发展) are left out: what they count is the plan's own frame as often as a figure.
 */
const WORK_VERBS: ReadonlySet<string> = new Set([
  // a one-character verb of building as a whole phrase (建11所中小学, 修5座桥梁, 再添31处公园: 再 is a leading word)
  '建',
  '修',
  '添',
  '建成',
  '打通',
  '培养',
  '培训',
  '加装',
  '整治',
  '新改建',
  '改扩建',
  '成立',
  '组建',
  '启动',
  // upkeep and fitting-out work a programme of practical matters counts (维修60处泵站, 更换200个阀门, 安装500个摄像头)
  ...REWORK_VERBS,
  '维修更换',
  '提升改造',
  '改造提升',
]);
/**
 * 对全县17所幼儿园进行提档升级, 对120个小区实施改造: 对 (with a scope, 全县, 各, 辖区) fronts the things counted and 进行 /
 * 实施 a verb of work after them says what is done — a count of the things worked on, as 改造120个小区 is.
 * (Not 对 before a figure a verb of judging or review follows, 对10个乡镇进行考核 / 督查: no work done to them.)
 */
/** 全县, 各乡镇, 辖区内, 农村: the scope fronted before the things or people counted (after 对 or 为). */
const FRONTED_SCOPE = String.raw`(?:全[省市县区镇乡]|各(?:乡镇|县区|县市区|村)?|辖区内?|城区|农村|全域)`;
const FRONTED_BY_DUI = new RegExp(`^对${FRONTED_SCOPE}*$`);
const WORK_AFTER_FRONTED =
  /^[^，。；,;：:]{1,40}?(?:进行|实施|开展)?(?:全面|集中|整体)?(?:提档升级|提质改造|提升改造|改造提升|除险加固|提质|提升|改造|改扩建|扩建|维修|升级|整治|修缮|更新|更换|加固|硬化|亮化|绿化|清淤|修复|治理)(?=[，。；,;、和及]|$)/;
/** 等6大类, 等三类: the classes a list before a count falls in, between its 等 and the count. */
const LISTED_CLASSES = /等[0-9一二三四五六七八九十]{1,3}大?类$/;
/** 为, 为全县, 为辖区: whom a service is for, fronted before the people counted (为全区23000名老年人提供…). */
const FOR_WHOM = new RegExp(`^为${FRONTED_SCOPE}+$`);
/**
 * 与20家企业签订了入驻协议, 和8家投资人进行收购谈判: the parties an agreement or a negotiation is made with, counted before the
 * verb that makes it (AGREED_AFTER) — a count of what the work reached, as 签约20家企业 is.
 */
const WITH_WHOM = /^(?:积极|成功|先后|已)?(?:与|和|同)$/;
const AGREED_AFTER = /^[^，。；,;：:]{1,30}?(?:签订|签署|签约|达成|谈判|洽谈)(?![^，。；,;：:]{0,8}的)/;
/** A pledge of duty signed with departments (与32个部门签订目标责任书): the administration's own frame, no parties won. */
const PLEDGE_AFTER = /^[^，。；,;：:]{1,30}?(?:签订|签署)了?[^，。；,;：:]{0,8}?责任[书状]/;
/** The verb of service that closes such a clause (提供, 开展, 发放, 办理). */
const SERVED_AFTER = /^[^，。；,;：:]{1,30}?(?:提供|开展|发放|办理|落实|安装|配备|实施)/;
/** The rest of a figure's clause, up to its break (for a verb of work closing it, WORK_AFTER_FRONTED). */
const CLAUSE_AFTER_FIGURE = /^[^，。；,;：:\n]*/;
/** 维修更换农村37处…, 改造城区20个…: the scope a verb of work names before the count (农村, 城区, 全县) leaves the verb alone. */
const SCOPE_AFTER_VERB = /(?:农村|城区|城乡|全[省市县区镇乡]|各乡镇|各村)$/;
/**
 * Verbs of helping and guiding whose object is the number of those helped (指导3家景区申报…, 支持4家企业上市,
 * 服务53家拟出海企业, 帮扶544户监测对象).
 */
const HELP_VERB_END = /(?:指导|支持|引导|扶持|帮扶|帮助|辅导|服务)$/;
/**
 * 解决了64万人饮水安全问题, 改造了20个小区, 服务了300家企业: the aspect mark after a verb of work or help says the work is
 * done (tense.ts reads it as a result); the verb before it still governs the count (not 为了, 除了: no verb of work before).
 */
const DONE_MARK_AFTER_VERB = /(?<=[\u4e00-\u9fff]{2})了$/;
/** An adverb of manner before a verb of work or help (精准帮扶, 集中整治, 重点支持): the phrase is still the verb alone. */
const MANNER_BEFORE_VERB = /^(?:精准|集中|全面|重点|积极|大力|全力|持续|主动|分类|基本)/;
/** What helping verbs count only as the plan's own frame (服务6个方面, 支持3大领域): no figure. */
const FRAME_OBJECT = /^(?:方面|领域|环节|重点|目标|任务|类|大|项)/;

/**
 * A phrase ending on a verb that does work on the things counted after it (帮助企业解决, 促进, 在…以南设置, 完工, 构建,
 * 提档升级, 开通, 走访, 提供, 保障, 加固): a two-character verb both of whose characters are verbs of work — the first one
 * of WORK_ROOTS, the last one of building, fixing, settling, providing, opening or visiting. Not a list of whole verbs,
 * which each round's new texts outgrew, nor the last character alone, which nouns and verbs of holding share (福建, 城建,
 * 容纳, 借助). Verbs of choosing or developing (发展, 明确, 聚焦, 围绕) are none, since what they count is the plan's
 * frame as often as a figure; verbs of helping are HELP_VERB_END.
 */
/**
 * 整治125个村庄（包括63个省级补助村…）: 包括/囊括 after a count of work name a part of the things worked on, counted as a
 * part under 其中 is (corpus Decisions 21: the part takes the verb of the whole). Not a verb of work of its own.
 */
const PART_OF_WHOLE = '包括|囊括';
const WORK_VERB_END = new RegExp(`(?:[${WORK_ROOTS}][${WORK_ENDS}]|${WORK_COMPOUNDS.join('|')}|[完开竣动施复]工|升级|${PART_OF_WHOLE})$`);
/**
 * What the clause after a count of work says that makes the verb no work done on it: an honour or a record (再添3个国家级荣誉,
 * 创造3项全国纪录 — honours won are no entry, as after 荣获), a time clause (添2名新成员后, as 建成5年来), what the work
 * takes (转移1名患者需2小时), the count qualifying a noun of eligibility (新添了3名家庭成员的农户可申请补助: corpus Conventions,
 * thresholds that qualify a noun), people sent to a course or meeting (选派3名同志参加省级培训: procedure, no figure).
 */
const NO_WORK_AFTER =
  /荣誉|称号|奖项|纪录|殊荣|(?:之?后|以来|(?<![小学工课])时)$|需要?\s*[\d一二两三四五六七八九十半]|的[\u4e00-\u9fff]{1,6}(?:均?可|可以|方可)(?:申请|享受|获得|领取)|参加[\u4e00-\u9fff]{0,6}(?:培训|学习|会议)/;
/** 可容纳5000名观众, 可供3万户居民用水, 能解决2万人饮水: a modal before the verb makes the count what a thing can take, not work. */
const MODAL_BEFORE_VERB = /(?:可|能|可以|能够)..$/;
/** What a verb of work counts only as the plan's own frame (解决好三个方面的问题, 打造1个总抓手): no figure. */
const WORK_FRAME_OBJECT = /^(?:方面|领域|环节|目标|任务|类|大|项|抓手|着力|重点(?:$|任务|工作|领域|方面|环节))/;
const AIMED_OPENING = new RegExp(`^(?:${AIMED_VERBS})`);
/** Words ending on a bound (预增产值过, 营收超, 规模达): the figure after them bounds a noun not written. */
const BOUND_ENDING = /[过超达于至到为]$/;
/** The longest phrase before a count read as ending on its verb (在国道交叉口以南设置, 帮助中小微企业解决). */
const MAX_WORK_PHRASE = 16;

/** Whether a phrase before a count ends on a verb of work that governs it (WORK_VERB_END), not a capacity nor an aim. */
function endsOnWorkVerb(phrase: string): boolean {
  return phrase.length <= MAX_WORK_PHRASE && WORK_VERB_END.test(phrase) && !MODAL_BEFORE_VERB.test(phrase) && !AIMED_OPENING.test(phrase);
}

/** The kind a phrase made of one verb of work or help alone gives the count after it, or null when it is more than a verb. */
function bareWorkVerbKind(prefix: string, object: string, clauseAfter: string = object): TargetKind | null {
  const verb = prefix.replace(MANNER_BEFORE_VERB, '').replace(SCOPE_AFTER_VERB, '').replace(DONE_MARK_AFTER_VERB, '');
  if (NO_WORK_AFTER.test(clauseAfter)) return null;
  if (WORK_VERBS.has(verb)) return 'count';
  // (对辖区80条背街小巷破损路面、井盖进行维修: the verb of work may close the clause past a 、 list of what is worked on.)
  if (FRONTED_BY_DUI.test(prefix) && (WORK_AFTER_FRONTED.test(object) || WORK_AFTER_FRONTED.test(clauseAfter))) return 'count';
  // (为全县18000名老年人提供居家上门服务: those a service is for, counted before the verb that serves them.)
  if (FOR_WHOM.test(prefix) && SERVED_AFTER.test(clauseAfter)) return 'count';
  if (WITH_WHOM.test(verb) && AGREED_AFTER.test(clauseAfter) && !PLEDGE_AFTER.test(clauseAfter)) return 'count';
  // (靠前服务40个预增产值过2000万元: words ending on a bound word name a threshold of things left unnamed, no noun counted.)
  // (围绕服务保障2个国家战略: what an aiming verb heads is the scope work goes around, corpus Decisions 13.)
  if (BOUND_ENDING.test(object) || AIMED_OPENING.test(verb)) return null;
  // (跟踪协调服务237户企业: a help verb ending a phrase of work helps the things counted, as 服务 alone does.)
  if (HELP_VERB_END.test(verb)) return FRAME_OBJECT.test(object) ? null : 'count';
  return endsOnWorkVerb(verb) && !WORK_FRAME_OBJECT.test(object) ? 'count' : null;
}

/** A count in 人 whose digits the people of a place follow (170万青禾人民; the 万 inside the count). */
function populationAt(text: string, quantity: Quantity): boolean {
  return (
    quantity.unit === '人' && /\d/.test(text.slice(quantity.start, quantity.numberEnd)) && POPULATION_AFTER.test(text.slice(quantity.end, quantity.end + 8))
  );
}

/** A part of a structure (15:55:30, 25:75): a figure without a unit beside a ratio mark, not a ratio to one (2.2∶1, read whole). */
function structurePart(text: string, quantity: Quantity): boolean {
  if (quantity.unit !== '' || quantity.max !== null) return false;
  return /[:：∶]/.test(text[quantity.start - 1] ?? '') || STRUCTURE_MARK_AFTER.test(text.slice(quantity.end, quantity.end + 3));
}
/** A ratio mark and the next part's digit right after a figure. */
const STRUCTURE_MARK_AFTER = /^\s*[:：∶]\s*\d/;
