/**
 * The stance of a whole text, decided once from the whole text (round 30): does it `plan` (set goals for a year or period still
 * to come), `report` (give results of a year or period already over), or do `both` (review, then plan: most 政府工作报告)? With the
 * year it reviews and the year it plans. The reader's decisions that have no evidence of their own — the role of a figure with
 * no tense cue (a bare 增长6.5%), the year of a part no heading dates — read it rather than each guessing again.
 *
 * Whether a text plans at all is the reader's long-standing `reportsOnly` reading (extract.ts: no word that plans, or news
 * headlined by results whose only plan words stand in sentences without figures): this module takes it as its evidence of
 * `reports` and adds what tells `both` from `plans` — review words, results measured on a year gone by, a year written before
 * the plan year with a figure.
 */

export type Stance = 'plans' | 'reports' | 'both';

export interface TextStance {
  stance: Stance;
  /** The year whose results the text gives (a `reports` text's plan year, the year before a `both` text's), or null. */
  reviewed: number | null;
  /** The year the text sets goals for, or null (`reports`, or a plan that never says its year). */
  planned: number | null;
}

/**
 * Words only a review writes: a span looked back on (过去一年, 一年来, 五年来, 过去五年, 去年, 上年), results measured on the year
 * before (同比, 比上年, 较上年), done or obtained (已完成, 累计完成, 完成了, 实现了, 取得了, 圆满完成), a review's own heading words
 * (回顾, 成效, 成绩). In a text that also plans, any of them makes it a text of both.
 */
export const REVIEW_WORDS =
  /过去的?(?:一|五|5|三|3)年|(?:一|五|三)年来|(?<![比较于])(?:去年|上年)(?!同期)|同比|[比较]上年|(?:已|累计|已经)(?:完成|实现|建成|达到)|(?:完成|实现|取得|突破)了|(?:圆满|超额)完成|回顾|工作成效|主要成绩|成绩单/;

/**
 * A year written as a time of its own with a figure in its clause (2023年，全县签约项目108个; 2018年，…实现接待游客超386万人次):
 * a year the text gives results or goals for. Not a deadline (到2025年), a base (较2020年, 比2020年), a start (2019年以来, 2020年起),
 * a year's end as a due date (2025年底前), a date (2024年5月21日, 2025年5月21星期三: a page's stamp), an ordinal within the year
 * (县委农办2025年第2次会议), nor a price base (2010年不变价, 2020年价格). Nor a base or start its preposition or copula gives
 * (从2020年的48.5%提高到60%, 与2020年相比, 同2019年相比, 是2020年的2倍: a year before 的 and a figure is a base value), nor a
 * deadline or start after it (2025年以前, 2024年之前, 2023年以后, 2020年至今, 2018年某新区启动建设至今): a plan that writes only
 * these is undated. The figure is looked for within 30
 * characters of the clause and not across a tab (a table's year columns, 2022年⇥2025年⇥2030年, are no clause), so the pattern
 * reads no run twice. (No spaces in the look-behind: tried at every position, it read a run of spaces back from each; nor
 * spaces again inside the look-ahead's spaces, which split a run after the year two ways.)
 */
const YEAR_WITH_FIGURE =
  /(?<![到至比较由于从自与同和跟是\d])((?:19|20)\d{2})\s*年(?!以来|起|底前|前|[以之][前后]|至今|的\s*\d|\s*(?:\d{1,2}\s*月|第|[（(]?(?:不变价|可比价)|价格|为基期)|[^。，,；;！？\n\d年]{1,24}?(?:以来|(?<!截)至今))[^。；！？\n\t]{0,30}?\d/g;

/** The years a text writes with a figure in their clause (YEAR_WITH_FIGURE), in order. */
export function yearsWithFigures(text: string): number[] {
  return [...text.matchAll(YEAR_WITH_FIGURE)].map((m) => Number(m[1])).filter((y) => y >= 1949 && y <= 2100);
}

/**
 * The one year a text writes with figures, when it writes no other so (2023年1—6月全市招商引资情况通报; 2018年，…实现以下目标：…):
 * the year it reviews when it reports, the year it plans when it plans, and both in a report of a year's progress on its own
 * goals (完成全年目标任务的114%). Null for none or two years and more, and for a year the text also writes as a deadline
 * (one of `deadlines`).
 */
export function soleYearWithFigures(text: string, deadlines: ReadonlySet<number>): number | null {
  const years = new Set(yearsWithFigures(text));
  if (years.size !== 1) return null;
  const year = [...years][0]!;
  // (Not a year the text also gives as a deadline, 2026年，全州牦牛存栏达到80万头。力争到2026年…: a horizon, which the deadline
  // rules read or leave unknown. `deadlines` are the 到/至 years extractPlan has already read, extract.ts deadlineYears.)
  return deadlines.has(year) ? null : year;
}

/**
 * The stance of a text, from the reader's whole-text evidence: `reportsOnly` (it sets no goal anywhere), the plan year read
 * (`year`; a `reports` text's is the year it reports, corpus Decisions 2) and the text itself (review words, years gone by
 * written with figures). A text that plans and writes a year before its plan year with a figure, or a review word, does both.
 */
export function readTextStance(text: string, year: number | null, reportsOnly: boolean): TextStance {
  if (reportsOnly) return { stance: 'reports', reviewed: year, planned: null };
  const earlier = year === null ? [] : yearsWithFigures(text).filter((y) => y < year && y >= year - 5);
  if (earlier.length > 0 || REVIEW_WORDS.test(text)) {
    const reviewed = earlier.length > 0 ? Math.max(...earlier) : year === null ? null : year - 1;
    return { stance: 'both', reviewed, planned: year };
  }
  return { stance: 'plans', reviewed: null, planned: year };
}
