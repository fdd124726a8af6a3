/**
 * The words between the previous statement (or the clause start) and a number: strips cue words
 * and verbs, remembers what they said (comparator, growth/decline, increment/count), and leaves
 * the metric's characters. Pure: works on any [start, end) of any text.
 */
import type { Comparator, TargetKind } from '../model.ts';
import { BATCH_BEFORE_COUNT, BATCH_OPENING } from './batches.ts';
import {
  byLength,
  COUNT_VERBS,
  ISSUING_VERBS,
  PLANNING_VERBS,
  INCREMENT_VERBS,
  LEADING_FILLERS,
  LEVEL_WORDS,
  LIFECYCLE_VERBS,
  PRE_COMPARATORS,
  RATE_VERBS,
  TRAILING_FILLERS,
} from './words.ts';

/** What the segment before a number says, besides the metric. */
export interface Segment {
  /** Metric characters [start, end) after cue words and verbs are stripped. */
  start: number;
  end: number;
  /** First significant character of the segment (for spans of inherited metrics). */
  from: number;
  pre: Comparator | null;
  levelWord: boolean;
  rate: { decline: boolean } | null;
  verbKind: TargetKind | null;
  distributive: boolean;
  /** Opened by 其中: a subset of the previous metric (其中5亿元以上项目15个). */
  subset: boolean;
}

/** What may stand before 申报 used as a verb: nothing, or a word urging or planning it. */
const VERB_OPENER = /(?:^|推荐|积极|组织|力争|争取|确保|计划|要|将|新|再|共|累计|全年|今年|年内|全[省市县区镇])$/;

export const LIFECYCLE_BY_LENGTH = byLength(LIFECYCLE_VERBS);

/** Verbs stripped right before a number; nouns like 培训/认证 that end metrics are not among them. */
const TRAILING_VERBS = byLength([
  ...INCREMENT_VERBS,
  '实现',
  '完成',
  '培育',
  '打造',
  '建设',
  '引进',
  '举办',
  '组织开展',
  '开展',
  '推广应用',
  '推广',
  '认定',
  '创建',
  '争创',
  '实施',
  '组织',
  '建立',
  // 申报3个基地: applying for things, counted after the verb as 建立 is (not 设立: 设立5亿元基金 sets up a fund, no count).
  '申报',
  '置换出',
  '有',
  // 科技城汇聚32家科研机构, 园区集聚企业120家: what a place has gathered, counted as 拥有 counts what it has.
  '汇聚',
  '集聚',
  '聚集',
  '形成',
  '储备',
  '推进',
  '推动',
  '抓好',
  // 狠抓23个省重大项目建设: 抓好 said harder.
  '狠抓',
  // 优化整合3家国有公司: the bodies merged, counted after the verb (整合10亿元资金 stays an amount).
  '整合',
  ...ISSUING_VERBS,
  ...PLANNING_VERBS,
]);
/** Verbs inside a metric after which the real metric starts (规上企业实施技改项目 → 技改项目). */
const MIDDLE_CUTS = byLength([
  '力争',
  '争取',
  '确保',
  '实施',
  '培育',
  '打造',
  '新增',
  '推广应用',
  '推广',
  '搭建',
  '创建',
  '争创',
  '引进',
  '新认定',
  '认定',
  '获批',
  '举办',
  '组织开展',
  '开展',
  '推动',
  '支持',
  '带动',
  '实现',
  '完成',
  '发放',
  '新建',
  '新培育',
  '新签约',
  '参与制修订',
  '评选发布',
  // 今年发展主要预期目标是经济增长5%: the goal named after 目标是 is the metric.
  '目标是',
  '目标为',
]);

/** Any of MIDDLE_CUTS: one regex test skips the per-word searches for most segments, which hold none. */
const MIDDLE_CUT_ANY = new RegExp(MIDDLE_CUTS.join('|'));

// Sticky: matched in place at a position, no substring.
const LEADING_TIME = /(?:到|至|截至|截止)?(?:\d{4}\s*年度?|\d{1,2}\s*月?\s*[—–\-－~～至]\s*\d{1,2}\s*月份?|前\d{1,2}个月)(?:以来|底|末|前)?[，,]?/y;
const LEADING_SCOPE = /(?:各|每个|每一个)(?:县区|县（区）|县\(区\)|县市区|乡镇（街）|乡镇|园区|开发区)(?:[、和及](?:园区|开发区|乡镇))?/y;
const DATED_OF = /(?:[从由]\s*)?(?:\d{4}\s*年(?:末|底)?|上年|去年)的$|[从由]$|[较比]\s*\d{4}\s*年(?:末|底)?$/;
const LIST_JOINS = new Set(['和', '、', '及']);
/** 成功率, 成功案例, 成功经验: nouns 成功 opens (not the adverb of 成功招引). */
const SUCCESS_NOUN = /^(?:率|案例|经验|模式|典型)/;
/** 高于省均, 低于市均: the average of a region, compared with. */
// Not after a count of places or people (两地均增长5%, 三地均, 多人均): there 均 spreads the figure.
const AVERAGE_OF = /[于过][省市县区国]均$|(?:^|[^各两二三四五六七八九十几多\d])[人地户亩楼]均$/;
/**
 * Nouns that end in a filler or a count's verb: 水土保持 (完成水土保持1.2万亩) is not 保持 holding a
 * level, 外汇储备 (外汇储备120亿美元) not 储备 counting projects laid up.
 */
const NOUN_ENDING_IN_VERB = /(?:水土保持|(?:外汇|黄金|粮食|石油|原油|能源|物资)储备)$/;
/** 该市场, 该区域, 该县域, 该省份, 该县级: 该 before a noun that starts with 市/区/县/省, no news scope word. */
const NOUN_AFTER_SCOPE = /^(?:场|域|份|级|块)/;
const NOT_COMPARATOR_BEFORE_DA = new Set([...'下传送表抵通到转']);
/** Things a government issues (标准, 政策, 方案…): an issuing verb after one of them names the work (标准制定). */
const ISSUED_THING = /(?:标准|规范|政策|文件|方案|规划|计划|措施|意见|办法|制度|细则|清单|条例)$/;
/** 通过, 经过, 度过, 跨过…: 过 ends a verb there; 获得过, 有过, 举办过, 开展过, 经历过: 过 marks a verb done before — neither is the comparator of 过500亿元 (passing it). */
const NOT_COMPARATOR_BEFORE_GUO = new Set([...'通经度跨越穿错路不没闯渡得有办展历现做']);
/** 打破, 攻破, 冲破, 爆破: 破 ends a verb there, not the comparator of 破亿元 (passing it). */
const NOT_COMPARATOR_BEFORE_PO = new Set([...'打攻冲爆击识看']);
/** 签约, 节约, 集约, 履约, 合约…: 约 ends a word there, not the 约 (about) of 约120个. */
const NOT_COMPARATOR_BEFORE_YUE = new Set([...'签节集履合公预特邀违简制契']);
/** A one-character comparator (过, 破, 约) and the characters before it that make it the end of a verb instead. */
const VERB_ENDS_IN_COMPARATOR: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['过', NOT_COMPARATOR_BEFORE_GUO],
  ['破', NOT_COMPARATOR_BEFORE_PO],
  ['约', NOT_COMPARATOR_BEFORE_YUE],
]);
const TIME_OR_SCOPE_STARTS = new Set([...'到至截前各每0123456789']);
/** What names a kind of organisation before 组织 (经济组织, 社会组织, 党组织): 组织 is then the noun. */
const ORGANISATION_KIND = /(?:经济|社会|合作|党|群团|自治|中介|行业|集体)$/;
/** ① … ⑳, ❶ … ❿ and ㈠ … ㈩: the number of an item in a list of practical matters. */
const CIRCLED_NUMBER = /^[\u2460-\u2473\u2776-\u277f\u3220-\u3229]$/;
/** Marks a digest or a news page opens its lines with (■ ● ◆ ▶ ▷ ➤ •). */
const LINE_BULLET = /^[■□●○◆◇▲△★☆•◎▶▷►▸➤]$/;
/** Verbs of reworking (改建, 改（扩）建, 提升…): joined to 新建 or 新增 the figure counts built and reworked things together. */
const REWORK_VERBS = String.raw`改扩建|改\s*[（(]\s*扩\s*[）)]\s*建|改建|续建|扩建|提质改造|改造提升|提升改造|改造|修缮|提升|提质`;

/**
 * Word lists indexed by the code of their last (or first) character, longest first: one map read
 * per step, and no one-character string made to read it.
 */
function indexBy<T>(items: readonly T[], wordOf: (item: T) => string, at: 'first' | 'last'): Map<number, T[]> {
  const index = new Map<number, T[]>();
  for (const item of items) {
    const word = wordOf(item);
    const key = at === 'first' ? word.charCodeAt(0) : word.charCodeAt(word.length - 1);
    const list = index.get(key) ?? [];
    list.push(item);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => wordOf(b).length - wordOf(a).length);
  return index;
}

/** What follows a floor (保X): the figure striven for in the same clause (力争Y, 争Y). */
const FLOOR_THEN_STRIVE = /^[^，。；,;]*?争/;
/** 确保增长22%，力争增长30%: the figure 确保 guards, its clause short, then the next clause strives — a floor and its aim. */
const FLOOR_THEN_STRIVE_NEXT = /^[^，。；,;]{0,16}[，,、]\s*(?:力争|争取)/;
/**
 * 确保GDP增长3%，力争4%: 确保 before the measure, the next clause striving for a figure of its own with no measure named —
 * the same pair, a floor and its aim (not 确保…，力争实现零火灾, no figure; nor 力争…新建…, a measure of its own).
 */
// (奋斗目标 strives as 力争 does: 确保目标增长12%，奋斗目标增长14%.)
const FLOOR_THEN_STRIVE_FIGURE = /^[^，。；,;]{0,16}[，,、]\s*(?:力争|争取|奋斗目标)(?:增长|达到|实现)?\s*[\d.]/;

/** 预期寿命, 预期收益, 预期性指标: 预期 is part of the noun there, no cue. */
const EXPECTED_NOUN = /^(?:寿命|收益|值|性|回报|效益)/;
/** 跨越, 迈过, 跨过 and 越过 cross a sum (跨越6万亿元, 迈过千亿大关, 跨过百亿门槛), not a count of places spanned (跨越3个乡镇). */
const CROSSING_WORDS: ReadonlySet<string> = new Set(['跨越', '迈过', '跨过', '越过']);
const CROSSED_SUM = /^(?:[\d.,]+\s*[千百万亿]*|[一二两三四五六七八九十百千万亿]+)\s*(?:[万亿]?(?:元|美元|斤|吨|千瓦时?)|大关|台阶|关口|门槛)/;

const word0 = <T extends readonly [string, ...unknown[]]>(item: T): string => item[0];
const self = (word: string): string => word;
const PRE_BY_LAST = indexBy(PRE_COMPARATORS, word0, 'last');
const RATE_BY_LAST = indexBy(RATE_VERBS, word0, 'last');
/** Characters before 增 that make it part of another word (新增, 净增, 倍增, 递增, 激增, 猛增, 陡增) or no measure's verb. */
const NOT_BARE_INCREASE = /[新净倍递激猛陡剧骤再均年\s、，,]|^$/;
/** A rate written right at a position (增7%): matched in place, no copy of the text after it. */
const RATE_AT = /\s*[\d.]+\s*[%％]/y;
/** A verb of cutting that opens the phrase before its object (2 to 12 characters, not a share or rate noun, nor a level cut to: 降低…至). */
const CUT_BEFORE_OBJECT =
  /^(?:继续|进一步)?(?:压减|压降|降低|减少)(?=[\u4e00-\u9fffA-Za-z“”]{2,12}$)(?![\s\S]*(?:(?:率|比重|占比|比例|强度|系数)[至到]?|[至到为])$)/;

function rateAt(text: string, at: number): boolean {
  RATE_AT.lastIndex = at;
  return RATE_AT.test(text);
}
/** The basis a change is computed on, ending right before its verb: 按不变价格计算, 按可比价计算, 扣除留抵退税因素后. */
const CHANGE_BASIS_END = /(?:按(?:不变|可比|现行)?价(?:格)?计算|扣除[^，。；,;、\d]{1,10}?(?:因素)?(?:影响)?后)$/;
const TRAILING_BY_LAST = indexBy(TRAILING_FILLERS, self, 'last');
const TRAILING_VERBS_BY_LAST = indexBy(TRAILING_VERBS, self, 'last');
const LEADING_BY_FIRST = indexBy(LEADING_FILLERS, self, 'first');
// 规划面积, 布局优化: a verb of planning opening a noun names it; it governs a figure only right before the number
// (TRAILING_VERBS), so it is no leading verb here.
const VERBS_BY_FIRST = indexBy(
  [...INCREMENT_VERBS, ...COUNT_VERBS].filter((verb) => !PLANNING_VERBS.includes(verb)),
  self,
  'first',
);
const LIFECYCLE_BY_FIRST = indexBy(LIFECYCLE_VERBS, self, 'first');

/**
 * The comparator word of two characters or more (不低于, 控制在, 达到…) closing text[s, e), or null: the bound of the
 * figure right after it. A one-character word (近, 约, 过) there ends a word as often as not (附近, 签约, 通过), so it is
 * left to the noun.
 */
export function boundWordEndingAt(text: string, s: number, e: number): string | null {
  const comparator = endingAt(PRE_BY_LAST, word0, text, s, e);
  if (!comparator || comparator[0].length < 2) return null;
  return comparator[0];
}

/** The longest listed word that ends exactly at `e` and starts at or after `s`. */
function endingAt<T>(index: Map<number, T[]>, wordOf: (item: T) => string, text: string, s: number, e: number): T | undefined {
  const list = e > s ? index.get(text.charCodeAt(e - 1)) : undefined;
  if (!list) return undefined;
  for (const item of list) {
    const word = wordOf(item);
    if (e - word.length >= s && text.startsWith(word, e - word.length)) return item;
  }
  return undefined;
}

/** The longest listed word that starts exactly at `s` and ends at or before `e`. */
function startingAt(index: Map<number, string[]>, text: string, s: number, e: number): string | undefined {
  const list = s < e ? index.get(text.charCodeAt(s)) : undefined;
  if (!list) return undefined;
  for (const word of list) if (s + word.length <= e && text.startsWith(word, s)) return word;
  return undefined;
}

function matchAt(pattern: RegExp, text: string, s: number): string | null {
  pattern.lastIndex = s;
  const match = pattern.exec(text);
  return match ? match[0] : null;
}

/** Space, tab, line breaks, ideographic and no-break spaces. */
function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0;
}

/** A verb of setting goals right before the quote that holds them (确立了“, 提出“, 明确了“). */
const SETS_QUOTED_GOALS = /(?:确立|确定|提出|明确|设定|定下)了?“/;

/**
 * 锻炼人数达到全市总人口的46%, 就业社区数量不低于城市社区的60%: a comparator word before the whole a share is taken of
 * (…的 right before a percent) bounds the share, as it would right before the figure. Only a percent: 达到全省的第3位,
 * 达到…的水平 are no share.
 */
const SHARE_BOUND_WORDS = PRE_COMPARATORS.filter(([word]) => word.length >= 2);
const SHARE_OF_WHOLE_BEFORE = new RegExp(`(${SHARE_BOUND_WORDS.map(([word]) => word).join('|')})[^，。；,;、\\d的]{2,12}的\\s*$`);
const PERCENT_AT = /^\s*\d[\d.]*\s*%/;
function shareOfWholeBound(text: string, from: number, end: number): Comparator | null {
  if (!PERCENT_AT.test(text.slice(end, end + 12))) return null;
  const whole = SHARE_OF_WHOLE_BEFORE.exec(text.slice(Math.max(from, end - 24), end));
  return whole ? (SHARE_BOUND_WORDS.find(([word]) => word === whole[1])?.[1] ?? null) : null;
}

/** A scope right before a count (全省, 全县): where the things counted are, no part of what counts them. */
const SCOPE_BEFORE_COUNT = /^全[省市县区州旗镇乡]$/;
/** A rate right after 保持 that a noun of growth follows (保持10%的增长, 保持年均6%增长, 保持8%的增长速度, 保持5%的增幅). */
const HELD_GROWTH_AFTER = /^\s*[\d.]+\s*[%％]\s*的?\s*(?:增长|增幅|增速|涨幅)/;

/** 都/均 as an adverb opening a phrase (都把…, 均达到…): not the first character of a noun (都市, 都会, 都江堰, 均衡, 均等, 均值, 均价, 均匀, 均质). */
const DISTRIBUTIVE_OPENING = /^(?:都(?![市会城江])|均(?![衡等值价匀质]))/;

/** Strip cue words and verbs from [start, end) and remember what they said. */
export function parseSegment(text: string, start: number, end: number): Segment {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  const from = s;
  let pre: Comparator | null = null;
  let levelWord = false;
  let rate: { decline: boolean } | null = null;
  let verbKind: TargetKind | null = null;
  let distributive = false;
  let subset = false;
  let setBy = false;
  /** 确保 opened the phrase or sits inside it before the measure (确保GDP增长…, 全年经济确保GDP增长…). */
  let guarded = false;
  // Words right before the number, closest first.
  for (let guard = 0; guard < 12; guard++) {
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    // 下达, 传达, 到达…: 达 ends a verb there, not a comparator (省下达45户指标).
    if (text[e - 1] === '达' && e - 2 >= s && NOT_COMPARATOR_BEFORE_DA.has(text[e - 2]!)) {
      e -= 2;
      continue;
    }
    // 地区生产总值确保增长22%，力争增长30%: 确保 is a cue, no part of the metric; paired with a figure
    // striven for after it, it sets the floor, as 保 does.
    if (text[e - 1] === '保' && text[e - 2] === '确' && e - 2 >= s) {
      const ahead = text.slice(e, e + 32);
      if (pre === null && (FLOOR_THEN_STRIVE.test(ahead) || FLOOR_THEN_STRIVE_NEXT.test(ahead))) pre = '>=';
      e -= 2;
      continue;
    }
    // 保9000亿元力争超万亿元, 保6%争7%: 保 sets a floor under the figure striven for after it.
    if (text[e - 1] === '保' && pre === null && FLOOR_THEN_STRIVE.test(text.slice(e, e + 24))) {
      pre = '>=';
      e -= 1;
      continue;
    }
    // 增长了16.6%, 突破了500亿件: the aspect mark after a verb of change or a comparator word reads past.
    if (text[e - 1] === '了' && e - 1 > s && (endingAt(RATE_BY_LAST, word0, text, s, e - 1) || endingAt(PRE_BY_LAST, word0, text, s, e - 1))) {
      e -= 1;
      continue;
    }
    const comparator = endingAt(PRE_BY_LAST, word0, text, s, e);
    if (
      comparator &&
      !VERB_ENDS_IN_COMPARATOR.get(comparator[0])?.has(text[e - 2]!) &&
      !(CROSSING_WORDS.has(comparator[0]) && !CROSSED_SUM.test(text.slice(end, end + 16)))
    ) {
      if (pre === null) pre = comparator[1];
      if (LEVEL_WORDS.has(comparator[0])) levelWord = true;
      if (SETTING_WORDS.has(comparator[0])) setBy = true;
      e -= comparator[0].length;
      continue;
    }
    // 新建提升20处游园, 新建改造100公里: building and reworking right before the number — a count, no rate.
    const reworkPair = verbKind === null ? REWORK_PAIR_END.exec(text.slice(Math.max(s, e - 12), e)) : null;
    if (reworkPair) {
      verbKind = 'count';
      e -= reworkPair[0].length;
      continue;
    }
    const verb = endingAt(RATE_BY_LAST, word0, text, s, e);
    // A bare 增 is a headline's 增长 only right before its rate and after the measure (GDP增7%), not 新增, 净增, 倍增.
    const bareIncrease = verb?.[0] === '增' && (!rateAt(text, e) || NOT_BARE_INCREASE.test(text[e - 2] ?? ''));
    if (verb && !bareIncrease) {
      if (rate === null) rate = { decline: verb[1] };
      e -= verb[0].length;
      continue;
    }
    // 从2015年末的 / 跃升至2020年的 before a figure: its date and the start of a change, no part of the metric.
    // …较2024年 before 分别增长: the base the change is measured from.
    if (text[e - 1] === '的' || text[e - 1] === '从' || text[e - 1] === '由' || text[e - 1] === '年' || text[e - 1] === '末' || text[e - 1] === '底') {
      const dated = DATED_OF.exec(text.slice(Math.max(s, e - 12), e));
      if (dated) {
        e -= dated[0].length;
        continue;
      }
    }
    // 按不变价格计算增长4%, 扣除留抵退税因素后增长1.6%: the basis a change is computed on, as 同口径 — no measure of its own.
    const basis = e - s > 4 ? CHANGE_BASIS_END.exec(text.slice(Math.max(s, e - 16), e)) : null;
    if (basis) {
      e -= basis[0].length;
      continue;
    }
    // 地区生产总值要“增长7%左右”: the opening quote of words quoted from a report is no part of the metric.
    if (text[e - 1] === '“') {
      e--;
      continue;
    }
    // 全市首批100个示范社区, 保障三批次135个项目: the batch before the count is no noun qualifying it (batches.ts).
    const batch = BATCH_BEFORE_COUNT.exec(text.slice(Math.max(s, e - 6), e));
    if (batch) {
      e -= batch[0].length;
      continue;
    }
    // 推进全省107个…集群, 实施全县30个…项目: the scope a verb of work names before the count leaves the verb in place.
    if (e - 2 > s && SCOPE_BEFORE_COUNT.test(text.slice(e - 2, e)) && endingAt(TRAILING_VERBS_BY_LAST, self, text, s, e - 2)) {
      e -= 2;
      continue;
    }
    const filler = endingAt(TRAILING_BY_LAST, self, text, s, e);
    // 平均 (高于全省平均1.5个百分点), 省均 (高于省均1个百分点) and 人均/地均/亩均 are words of the metric,
    // not 均 spreading a figure.
    const averageWord = filler === '均' && ((text[e - 2] === '平' && text[e - 3] !== '水') || AVERAGE_OF.test(text.slice(Math.max(s, e - 3), e)));
    if (NOUN_ENDING_IN_VERB.test(text.slice(Math.max(s, e - 4), e))) break;
    if (filler && !averageWord) {
      // 保持10%的增长, 保持年均6%增长: a growth held, as 保持在 — a floor (a word after the figure still wins: 保持8%左右的增长).
      if (filler === '保持' && pre === null && HELD_GROWTH_AFTER.test(text.slice(end, end + 16))) pre = '>=';
      if (filler === '分别' || filler === '均' || filler === '各' || filler === '双双' || filler === '先后') distributive = true;
      e -= filler.length;
      continue;
    }
    const kindVerb = endingAt(TRAILING_VERBS_BY_LAST, self, text, s, e);
    // 股份合作经济组织266家, 社会组织30家, 村党组织: an organisation counted, not 组织 as a verb.
    if (kindVerb === '组织' && ORGANISATION_KIND.test(text.slice(Math.max(s, e - 4), e - 2))) break;
    // 参与国家标准制定20项, 政策出台: after the thing issued, the verb is a noun of the metric, not a count's verb.
    if (kindVerb && ISSUING_VERBS.includes(kindVerb) && ISSUED_THING.test(text.slice(Math.max(s, e - kindVerb.length - 2), e - kindVerb.length))) break;
    // 专利申报1200件: after the thing applied for, 申报 is a noun of the metric; after a cue or at the
    // phrase's start (推荐申报4至5个基地, 力争申报3个示范区) it is the count's verb.
    if (kindVerb === '申报' && !VERB_OPENER.test(text.slice(s, e - 2))) break;
    if (kindVerb) {
      verbKind ??= INCREMENT_VERBS.includes(kindVerb) ? 'increment' : 'count';
      e -= kindVerb.length;
      continue;
    }
    break;
  }
  // Cue words and verbs at the start.
  for (let guard = 0; guard < 12; guard++) {
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    if (text[s] === '“' && !text.slice(s, e).includes('”')) {
      s++; // “落实…项目1200个”: a quote opening the phrase, closed after the figure
      continue;
    }
    // (会议)确立了“地区生产总值增长6%，…”的预期目标: who sets a quoted list of goals, the verb and its quote open the phrase.
    const setting = SETS_QUOTED_GOALS.exec(text.slice(s, e));
    if (setting && !text.slice(s, e).includes('”')) {
      s += setting.index + setting[0].length;
      continue;
    }
    // 都力争…, 均达到…, 均为…: 都/均 opening the phrase spreads its figure over the subject before, as a trailing 均 does
    // (not a noun it opens: 都市圈, 都江堰, 均衡, 均等化, 均价).
    if (DISTRIBUTIVE_OPENING.test(text.slice(s, Math.min(e, s + 2))) && s + 1 < e) {
      distributive = true;
      s++;
      continue;
    }
    const filler = startingAt(LEADING_BY_FIRST, text, s, e);
    if (filler) {
      if (filler === '确保') guarded = true;
      if (filler[0] === '该' && NOUN_AFTER_SCOPE.test(text.slice(s + filler.length, s + filler.length + 1))) break;
      if (filler === '预期' && EXPECTED_NOUN.test(text.slice(s + 2, s + 4))) break;
      // 成功率, 成功案例: 成功 opening a noun, kept.
      if (filler === '成功' && SUCCESS_NOUN.test(text.slice(s + 2, s + 4))) break;
      if (filler === '其中') subset = true;
      if (filler === '共有' || filler === '拥有' || filler === '现有') levelWord = true; // 全市共有规上工业企业1000户, 现有人口…: a stock
      // 累计建成5G基站1万个, 累计培育…企业40家: a running total is the stock reached ("Decisions", 4); 累计新增 still adds
      // (its verb's increment is read before the level word).
      if (filler === '累计' || filler === '已累计') levelWord = true;
      s += filler.length;
      continue;
    }
    // A written year or month period, or a scope (各县区、园区), opens the phrase but is no part of the metric.
    if (TIME_OR_SCOPE_STARTS.has(text[s]!)) {
      const when = matchAt(LEADING_TIME, text, s) ?? matchAt(LEADING_SCOPE, text, s);
      if (when && s + when.length < e) {
        s += when.length;
        continue;
      }
    }
    // 首批建成20个, 第二批认定15家: a batch opening the phrase, the verb after it still counts (batches.ts).
    const batchFirst = matchAt(BATCH_OPENING, text, s);
    if (batchFirst && s + batchFirst.length < e) {
      s += batchFirst.length;
      continue;
    }
    // ②改造农村危桥88座: a circled item number opens an item of a 民生实事 list; it is no part of the metric.
    if (CIRCLED_NUMBER.test(text[s]!)) {
      s++;
      continue;
    }
    // ▷ 2023年中国GDP增长5%, ● 全市…: the bullet of a digest's line opens it; it is no part of the metric.
    if (LINE_BULLET.test(text[s]!)) {
      s++;
      continue;
    }
    if (startingAt(LIFECYCLE_BY_FIRST, text, s, e)) break;
    // 新建和续建高标准农田, 新建、改造厕所: work that builds and reworks is not only additions — a count, both verbs kept.
    if (matchAt(BUILD_AND_REWORK, text, s) !== null) {
      verbKind = 'count';
      break;
    }
    // 压减一般性支出15%以上, 降低企业物流成本10%: a cut written before its object, the rate right after the object —
    // a decline of what follows the verb (not a share or rate level: 降低失业率, 减少…比重).
    const cutFirst = rate === null && pre === null && rateAt(text, end) ? CUT_BEFORE_OBJECT.exec(text.slice(s, e)) : null;
    if (cutFirst) {
      rate = { decline: true };
      s += cutFirst[0].length;
      break;
    }
    const verb = startingAt(VERBS_BY_FIRST, text, s, e);
    // 建成区面积, 建成区绿化覆盖率: 建成区 is the built-up area, a noun, not the verb 建成 (verbs of planning: VERBS_BY_FIRST).
    if (verb && s + verb.length < e && !NOUN_AFTER_VERB.test(text.slice(s, s + verb.length + 3))) {
      verbKind = INCREMENT_VERBS.includes(verb) ? 'increment' : 'count';
      s += verb.length;
      continue;
    }
    break;
  }
  // 汽车产量实现翻番、达到16.3万辆: a doubling said first, its measure's figure after the 、 — the measure is what doubled.
  const doubled = DOUBLED_FIRST.exec(text.slice(s, e));
  if (doubled && doubled.index > 0) e = s + doubled.index;
  // 报告还将今年城镇调查失业率设为5.5%左右: who sets the figure, before 将, is no part of what is set.
  if (setBy) {
    const setter = SETTER_BEFORE_JIANG.exec(text.slice(s, e));
    // (all of the phrase: 都把增速定在5%左右 names no measure but the rate the figure is, read from the clause before)
    if (setter && s + setter[0].length <= e) s += setter[0].length;
  }
  // A verb inside: the metric is what follows it (规上企业实施技改项目 → 技改项目).
  const body = text.slice(s, e);
  let cut = -1;
  let cutWord = '';
  for (const word of MIDDLE_CUT_ANY.test(body) ? MIDDLE_CUTS : []) {
    const at = body.lastIndexOf(word);
    // 社会融资规模增量和新增贷款: a verb opening a list's next item names that item, it cuts nothing.
    if (at > 0 && at + word.length <= body.length - 2 && at > cut && !LIST_JOINS.has(body[at - 1]!)) {
      cut = at;
      cutWord = word;
    }
  }
  // 城镇新增就业: the indicator's own name, written with its verb inside — an increment, the name kept whole.
  if (cut > 0 && cutWord === '新增' && body.startsWith('就业', cut + 2)) {
    verbKind = 'increment';
    cut = -1;
  }
  if (cut > 0 && cutWord === '确保') guarded = true;
  // 至少新增食品项目5个: 至少 right before the verb bounds the figure the verb counts, as 至少5个 does.
  if (cut > 0 && pre === null && FLOOR_BEFORE_VERB.test(body.slice(0, cut))) pre = '>=';
  // 确保GDP增长3%，力争4%: the guarded figure is a floor under the one striven for next.
  if (guarded && pre === null && FLOOR_THEN_STRIVE_FIGURE.test(text.slice(end, end + 32))) pre = '>=';
  // 规上工业增加值增速确保目标增长12%: 确保/力争 and a goal word alone name the figure the goal of the measure before them
  // (a quota a report restates beside its progress, 确保目标…，奋斗目标…): the metric is that measure, not the goal word.
  if (cut > 0 && GUARDED_GOAL_ONLY.test(body.slice(cut))) {
    e = s + cut;
    cut = -1;
  }
  if (cut > 0 && !insideQuotes(body, cut)) {
    const kind = INCREMENT_VERBS.includes(cutWord) ? 'increment' : COUNT_VERBS.includes(cutWord) ? 'count' : null;
    if (kind) verbKind = kind;
    s += cut + cutWord.length;
  }
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  // A project stage kept in the metric (开工…项目) is a count; a registration (新登记注册…) adds to a stock.
  const stage = verbKind === null ? startingAt(LIFECYCLE_BY_FIRST, text, s, e) : undefined;
  if (stage) verbKind = INCREMENT_VERBS.includes(stage) ? 'increment' : 'count';
  if (pre === null) pre = shareOfWholeBound(text, from, end);
  return { start: s, end: e, from, pre, levelWord, rate, verbKind, distributive, subset };
}

/** 确保目标, 力争奋斗目标: a word of aim and a goal word, nothing else, after a measure (its goal, no metric of its own). */
const GUARDED_GOAL_ONLY = /^(?:确保|力争|争取)\s*(?:奋斗|预期|年度|全年)?目标\s*(?:为|是)?\s*$/;

/** 至少 (不少于) right before a verb cut from the phrase's start: a floor under the figure. */
const FLOOR_BEFORE_VERB = /(?:至少|不少于)$/;

/** Verbs that set a target's figure (将…设为5%): their object is the metric. */
const SETTING_WORDS: ReadonlySet<string> = new Set(['设为', '设定为', '设定在', '定为', '定在', '确定在']);
/**
 * The one who sets it and 将 before the object (报告还将今年…, 政府工作报告将…, 规划拟将…): a document or its
 * drafter, then 将 and maybe the year — not 将 inside a name (将乐县). 把/将 opening the phrase before a setting verb (都把增速
 * 定在5%左右) marks its object the same way.
 */
const SETTER_BEFORE_JIANG = /^(?:[^，,；;。]{0,16}?(?:报告|规划|纲要|计划|方案|政府|会议|还|并|也|则|拟|明确)将|[把将](?!乐))(?:今年|全年|明年|本年度?)?/;

/**
 * A verb that begins a noun with what follows (建成区面积, 建成区绿化覆盖率: the built-up area's measures; not 建成区域医疗中心,
 * 建成区级公园: a verb and its object).
 */
const NOUN_AFTER_VERB = /^建成区(?:面积|绿化|绿地|人口|常住|人均|路网|道路|排水|范围|规模)/;
/** A verb of reworking after a building verb, maybe joined to it by 和/、/或 (改建, 或改建, 、改（扩）建, 和续建). */
const REWORK_AFTER_BUILD = String.raw`\s*(?:[和、及与或]\s*)?(?:${REWORK_VERBS})`;
/** A building verb joined to one of reworking (新建改建, 新建或改建, 新建、改（扩）建, 新建和续建, 新建提升, 新增改造提升). */
const BUILD_AND_REWORK = new RegExp(`(?:新建|新增)${REWORK_AFTER_BUILD}`, 'y');
/** The same pair right before the number (新建改造100公里). */
const REWORK_PAIR_END = new RegExp(`新建${REWORK_AFTER_BUILD}$`);

/** A doubling closing the words before a figure, before its 、 (实现翻番、, 翻了一番，): a change said, no noun. */
const DOUBLED_FIRST = /(?:实现|已经|已)?翻(?:了)?[一两]?番[、，,]$/;

function insideQuotes(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  return open >= 0 && text.indexOf('”', open) >= at;
}
