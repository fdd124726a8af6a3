/**
 * The column model of an indicator table: what each column of its header holds (the indicator's name, its unit, a
 * year's target or base value, a growth over the period, the attribute…), the year each value column speaks of, and
 * the header itself read from the shapes of its cells.
 */
import { largest } from '../grammar/chars.ts';
import { unitInfo } from '../grammar/units.ts';
import { PERIOD_WORDS } from '../grammar/words.ts';
import { countiesOfShortForm, divisionNameWhole, findRegion } from './regions.ts';

/** A column of departments (责任单位, 牵头部门, 配合单位): of a 分解表 and of an indicator table alike. */
export const DEPARTMENT_COLUMN = /(?:单位|部门)$/;
/** The roles of a partner's department column (配合单位, 协办部门): the others lead. */
export const PARTNER_ROLE = /配合|协办/;
/**
 * A rank column's header (全省排名, 全市位次): its cells hold a bare place number, or nothing. Its scope is the words
 * before 排名.
 */
export const RANK_HEADER = /^(全国|全省|全市|全区|全州|全盟|[\u4e00-\u9fff]{1,4}?)?(?:排名|位次)$/;
/** A rank cell: a bare place number (4, 第4, 第4位). */
export const RANK_CELL = /^第?(\d{1,3})[位名]?$/;

export type ColumnRole = 'name' | 'unit' | 'attribute' | 'lead' | 'partner' | 'target' | 'base' | 'estimate' | 'growth' | 'rank' | 'other';

export interface TableColumn {
  role: ColumnRole;
  header: string;
  /** A rank column's scope (全省 in 全省排名). */
  rankScope?: string;
  /** The year the column speaks of, when its header says (2025年目标值) or the plan implies it. */
  year: number | null;
  /** Months of the year a results column covers (1-3月), as written. */
  months?: { from: number; to: number; label: string };
  /** A unit the header writes in brackets (上半年完成(%)): its cells' unit where neither cell nor row writes one. */
  unit?: string;
  /** Words a results column adds to the row's name (比重 of a 构成 table: 城镇 | 25 → 城镇比重). */
  metricSuffix?: string;
  /** A completion ratio column (完成进度 beside 年度目标 and 1-6月完成): its cells are shares of the target reached. */
  completionRatio?: true;
  /**
   * A column of changes over the whole period: `all` its cells (“十四五”累计, 〔累计〕 alone), or `marked` — under 年均增速〔累计〕
   * the cells written in 〔〕 or that are the row's target less its base, the others yearly rates.
   */
  cumulative?: 'all' | 'marked';
  /** A column of changes over a period a review's caption says is gone by (“十三五”规划实施情况总结, 过去五年): results. */
  reported?: true;
  /**
   * An undated 目标（%） column a results table sets beside its growth column (growthTargetBeside): the growth aimed at —
   * but for a rate's row (森林覆盖率 | 目标（%） 62) the level of the rate aimed at.
   */
  goalBesideGrowth?: true;
  /** A period named whole that was over when the table was written (十三五时期 beside 十四五时期): all its cells report. */
  periodOver?: true;
  /**
   * The place a column of a table split among places holds the figures of (张家港 in 指标名称 | 单位 | 苏州市 | 张家港 |
   * 常熟): named before the row's metric (Decisions 29), but for the whole (全市, 合计: `placeNamed`).
   */
  place?: string;
  /** The place column of the whole the table splits (全县 before its towns, 合计): it names no place before the metric. */
  whole?: true;
}

export const NAME_HEADER = /指标/;
/** A column of results over months of the year (1-3月, 1—11月): a monitoring table's period. */
const MONTHS_HEADER = /^(\d{1,2})\s*[-—–至~]\s*(\d{1,2})\s*月(?:完成|实际)?$/;
/**
 * A column of results over a part of the year (上半年完成, 一季度, 前三季度实际): a mid-year report's table
 * of the year's targets beside what the months so far reached.
 */
/** A stock at the year's end (年末人口(万人), 年底余额, 期末数): a bulletin's result of its year. */
const YEAR_END_HEADER = /^(?:年末|年底|期末)/;
/** A bulletin's value column: the figure reached (绝对数, 绝对值) or reached at current prices (现价总值, 现价). */
const BULLETIN_VALUE = /绝对[数值]|现价/;
/** The share of the whole each row's stock makes up (比重(%) beside 年末人口 in a 构成 table). */
const SHARE_OF_WHOLE_HEADER = /^(?:比重|占比|构成)$/;
const PART_OF_YEAR_HEADER = new RegExp(`^(${PERIOD_WORDS.map(([word]) => word).join('|')})(?:完成|实际)?$`);
export const VALUE_HEADER = new RegExp(
  `${YEAR_END_HEADER.source}|\\d{4}\\s*年|基期|目标|预计|完成|现状|年均|属性|规划|预期值|实际|${BULLETIN_VALUE.source}|增长|增幅|涨跌|${MONTHS_HEADER.source}|${PART_OF_YEAR_HEADER.source}`,
);
/**
 * The value header of a two-column table of a 统计公报 (指标 | 增幅, 指标 | 比上年增长): a change
 * reported against the year before. A two-column table heading no such change (指标 | 目标) is
 * too little to tell from a list of figures.
 */
export const REPORTED_CHANGE = /比上年|增幅|涨跌|增长/;
/** Header cells are spaced out to fill a column (指 标, 增 幅): read them without the spaces. */
export const squeeze = (label: string): string => label.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '');
export const YEAR = /((?:19|20)\d{2})\s*年/;

/** 〔累计〕 in a header (年均增速〔累计〕, 年均增(5年累计), or alone): the column's cells may be changes over the whole period. */
const CUMULATIVE_LABEL = /[〔［[（(](?:五年|5年)?累计[〕］\]）)]/;
/** A period named before 累计 (“十四五”累计, 五年累计, 2021-2025年累计), or 〔累计〕 alone: every cell a change over the period. */
const PERIOD_CUMULATIVE_LABEL =
  /^(?:(?:“?十[一二三四五六]五”?(?:时期|期间)?|五年|(?:19|20)\d{2}\s*[-—–~至]\s*(?:19|20)?\d{2}年?)累计(?:增加|增长|新增|下降|降低)?(?:[（(][^（）()]{1,6}[）)])?|[〔［[（(]累计[〕］\]）)])$/;

/**
 * A five-year period named as a whole (“十四五”期间, 十四五时期): its column holds the changes over the period, a yearly rate
 * (7左右) or, in 〔〕, the whole period's (〔3.5〕), due at its end.
 */
const PERIOD_SPAN_LABEL = /^“?十([一二三四五六])五”?(?:期间|时期)$/;
const periodEnd = (numeral: string): number => 2005 + 5 * (PERIOD_NUMBERS.indexOf(numeral) + 1);

export function columnRole(header: string): ColumnRole {
  if (MONTHS_HEADER.test(header) || PART_OF_YEAR_HEADER.test(header)) return 'base';
  if (RANK_HEADER.test(header)) return 'rank';
  if (/属性|指标性质|^(?:指标)?类型$/.test(header)) return 'attribute'; // 类型 alone: its cells are 预期性/约束性
  if (/^(?:计量)?单位$/.test(header)) return 'unit';
  // 责任单位, 牵头部门, 配合单位: the department columns a 分解表 reads, read alike.
  if (DEPARTMENT_COLUMN.test(header)) return PARTNER_ROLE.test(header) ? 'partner' : 'lead';
  // 完成进度, 完成率: the share of the target reached, no value of the metric (completionRatioColumns reads it as one).
  if (/进度|完成率|完成比例/.test(header)) return 'other';
  if (/年均|增速|增长|增幅|涨跌/.test(header) || CUMULATIVE_LABEL.test(header) || PERIOD_CUMULATIVE_LABEL.test(header) || PERIOD_SPAN_LABEL.test(header))
    return 'growth';
  if (/预计/.test(header)) return 'estimate';
  // 2020年完成, 完成值, 实际: what was reached is a result (完成情况 heads a whole table, not a column).
  if (/基期|现状|基数|完成(?!情况)|实际/.test(header) || YEAR_END_HEADER.test(header)) return 'base';
  // 绝对值 undated heads results (a bulletin's); under a year (2025年 ⏎ 绝对值) the year says whose, as any year column.
  // 现价总值, 现价: a bulletin's figure at current prices, as 绝对值.
  if (BULLETIN_VALUE.test(header)) return YEAR.test(header) ? 'target' : 'base';
  if (/目标|规划|预期值/.test(header)) return 'target';
  if (/指标/.test(header)) return 'name';
  if (YEAR.test(header) && !/情况/.test(header)) return 'target'; // resolved against the other years below
  return 'other';
}

/** A unit a cell writes in words that measures something (亿元, 人, 家); not a word of no known unit, nor 年 (a date). */
export function measuredUnit(unit: string): boolean {
  const { dimension } = unitInfo(unit);
  return !dimension.startsWith('unit:') && dimension !== 'duration-years';
}

/**
 * A unit in brackets after the name (森林覆盖率（%）); not a note on how it is counted (以农村居民为1, 按可比价计算, 含不满16周岁)
 * — but a unit before such a note keeps its unit (固定资产投资（亿元，含农户）: 亿元).
 */
export const BRACKET_UNIT = /[（(]\s*([^（）()以为按含]{1,10}?)\s*(?:[，,]\s*[含按以][^（）()]{0,12}?)?(?:[）)]\s*|$)$/;

/**
 * A growth column the header says is aimed at (预期增长, 增长目标, 计划增速), or the changes over a period named whole
 * (“十四五”期间: a plan's, unless a review's caption says it is gone by): targets, even in a table that sets them beside
 * what the months so far reached (a mid-year report's 完成情况 table).
 */
export const plannedGrowth = (c: TableColumn): boolean => c.role === 'growth' && (/预期|目标|计划/.test(c.header) || PERIOD_SPAN_LABEL.test(c.header));

/** What a header label says its column holds, read from the label's whole shape. */
export type LabelShape = 'serial' | 'group' | 'name' | 'unit' | 'attribute' | 'value' | 'note';

/** A figure's year, alone or opening a label (2020, 2025年, 2015基期值): the year. */
const OPENING_YEAR = /^((?:19|20)\d{2})(?!\d)\s*年?/;
/** A note in brackets closing a label: a unit (%), 累计, a year (2020年). */
const BRACKETED = '(?:[（(〔［\\[【][^（）()〔〕［］\\[\\]【】]{1,8}[）)〕］\\]】])';
/** A value word a header writes under or after a year (基期值, 目标值, 现状值, 规划值, 预期值, 预计值, 完成值). */
const VALUE_WORD = '(?:(?:基期|目标|现状|规划|预期|预计|实际|完成)值?|基数|预期目标|规划目标|末|底)';
/**
 * A value column's whole label: a year, a value word, or both (2020年, 基期值, 2025年目标值, 基期值（2020年）), or a bulletin's
 * value (绝对数, 现价总值: 项目 | 单位 | 现价总值 | 增长率(%)).
 */
const VALUE_LABEL = new RegExp(`^(?:(?:19|20)\\d{2}年(?:${VALUE_WORD})?|${VALUE_WORD}|(?:${BULLETIN_VALUE.source})(?:总值)?)${BRACKETED}?$`);
/** A growth column's whole label: 年均增长, 年均增速（%）, 年均增长率, 年均增速〔累计〕, 〔累计〕 alone. */
const GROWTH_LABEL = new RegExp(`^(?:(?:年均|年平均)?(?:增长|增速|增幅)率?${BRACKETED}?)$`);
/** A label the cell above it carries on over a line break (年均增速 ⏎ 〔累计〕, 2020年 ⏎ 基期值, 单位 ⏎ (%)). */
export const CARRIED_LABEL = new RegExp(`^(?:${BRACKETED}|${VALUE_WORD})$`);
const LABEL_SHAPES: readonly [LabelShape, RegExp][] = [
  ['serial', /^序号$/],
  ['group', /^(?:类别|分类|领域|维度|方面|板块|一级指标)$/],
  ['unit', /^(?:计量)?单位$/],
  ['attribute', /^(?:指标)?(?:属性|性质|类型)$/],
  ['name', /^(?:[\u4e00-\u9fff]{0,4}指标(?:名称|内容)?|项目|名称|内容)$/],
  ['value', VALUE_LABEL],
  ['value', GROWTH_LABEL],
  ['value', PERIOD_CUMULATIVE_LABEL],
  ['value', PERIOD_SPAN_LABEL],
  ['note', /^(?:备注|说明|(?:牵头|责任|配合)(?:单位|部门))$/],
];

/**
 * `text` without the pipes at its start and at its end, read in from each end. (A `\|+$` regex tries each pipe of a run
 * inside the text too, reading the run on to its end: quadratic on a long run of pipes.)
 */
export function withoutEndPipes(text: string): string {
  let start = 0;
  while (start < text.length && text[start] === '|') start++;
  return withoutClosingPipes(text.slice(start));
}
/** `text` without the pipes at its end, read in from the end. */
export function withoutClosingPipes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '|') end--;
  return text.slice(0, end);
}

/**
 * A header label as the column model reads it: spaces squeezed out (指 标), a bare year given its 年 (2020 → 2020年,
 * 2015基期值 → 2015年基期值), a year in brackets after its value word put before it (基期值（2020年） → 2020年基期值).
 */
export function headerLabel(raw: string): string {
  const label = periodYear(withoutGloss(squeeze(withoutEndPipes(raw.trim()).trim())));
  const trailingYear = /^([\u4e00-\u9fff]{2,4})[（(]((?:19|20)\d{2})\s*年?[）)]$/.exec(label);
  if (trailingYear) return `${trailingYear[2]}年${trailingYear[1]}`;
  const year = OPENING_YEAR.exec(label);
  return year ? `${year[1]}年${label.slice(year[0].length)}` : label;
}

/**
 * A label without the gloss a page explains it by in brackets (2020年基期值(起始日期用作比较的数据), a textbook's or an
 * exam's quoting of a table): words in brackets too long for a unit or a note (nine characters or more, no figure).
 */
const withoutGloss = (label: string): string => {
  const gloss = LABEL_GLOSS.exec(label);
  return gloss && gloss.index > 0 ? label.slice(0, gloss.index).trimEnd() : label;
};
const LABEL_GLOSS = /[（(][\u4e00-\u9fff，、“”]{9,30}[）)]$/;

/**
 * A five-year period's end named by the period (“十三五”末 → 2020年), its goal (“十四五”目标 → 2025年目标), or an estimate of
 * it (预计“十四五”末 in a mid-term review → 2025年预计).
 */
const PERIOD_LABEL = /^(预计)?“?十([一二三四五六])五”?(?:时期|期)?(末|(?:规划)?目标值?|末目标|预期值?)$/;
const PERIOD_NUMBERS = '一二三四五六';

/** A label that names a five-year period's end or goal, written with the period's last year (十四五: 2025). */
function periodYear(label: string): string {
  const named = PERIOD_LABEL.exec(label);
  if (!named) return label;
  const year = periodEnd(named[2]!);
  if (named[1]) return `${year}年预计`;
  return named[3] === '末' ? `${year}年` : `${year}年目标`;
}

/**
 * A goal label printed over the columns it splits into (“十四五”目标 over 2025年 | 年均[累计], 规划目标 over 2025年 | 年均增长):
 * a header flattened one label a line writes it before them, where it heads no column of its own. It is taken out of
 * `labels` (and of `apart`, the labels read each alone) when the label after it is a year of its own (the same year, when
 * it names one) and a value label follows that: the rows' cells fill the columns under it, not one more.
 */
export function dropSpanningLabels(labels: string[], apart?: string[]): void {
  for (let k = labels.length - 3; k >= 0; k--) {
    if (!spansYear(labels[k]!, labels[k + 1]!) || !splitsGoal(labels[k + 1]!, labels[k + 2]!)) continue;
    const dropped = labels.splice(k, 1)[0]!;
    const at = apart?.indexOf(dropped) ?? -1;
    if (at >= 0) apart!.splice(at, 1);
  }
}
/**
 * Whether the two labels after a goal label are what it splits into: its year as a level to reach (2025年, not 2021年完成)
 * and a change over the period (年均增长, 年均[累计]) — not a run of years (规划目标 | 2021年 | 2022年 | 2023年: a progress
 * table's own goal column, then the years' results).
 */
export const splitsGoal = (year: string, change: string): boolean => columnRole(year) === 'target' && columnRole(change) === 'growth';
/**
 * Whether a goal label (规划目标, 2025年目标) stands over the year after it (2025年), a year of its own: a label spanning it.
 */
export function spansYear(label: string, next: string): boolean {
  const goal = SPANNING_GOAL.exec(label);
  const year = goal && OPENING_YEAR.exec(next);
  return !!year && (goal[1] === undefined || goal[1] === year[1]);
}
export const spanningGoal = (label: string): boolean => SPANNING_GOAL.test(label);
/** A goal label that can span the columns under it: 2025年目标 (“十四五”目标 read), 规划目标, 发展目标. */
const SPANNING_GOAL = /^(?:((?:19|20)\d{2})年|规划|发展)目标$/;

/** The shape of a header label (read by headerLabel), or null for a label no header writes. */
export function labelShape(label: string): LabelShape | null {
  return LABEL_SHAPES.find(([, shape]) => shape.test(label))?.[0] ?? null;
}

/** 其中：城镇 — a part of the row above: the marker is no part of its name. */
export const PART_PREFIX = /^(?:其中\s*[:：]|#)\s*/;

/**
 * Whether the words before a row's name are the head of the name wrapped over two lines (义务教育阶段学校标准化 ⏎
 * 建设达标率（%）), not a group cell written once for several rows (经济发展, 一、经济发展): a wrap fills its first line, so
 * the head is long (longer than a group's word or two) and no shorter than the tail under it, and it is no heading.
 */
export function wrappedNameHead(head: string, tail: string): boolean {
  if (GROUP_MARK.test(head) || PART_PREFIX.test(tail)) return false;
  if (head.length >= WRAP_HEAD_LENGTH) return head.length >= tail.length;
  // A shorter head is a group cell only when it ends as a domain's name does (民生福祉, 创新驱动); a head cut mid-word
  // (农村自来 ⏎ 水普及率, 县城污 ⏎ 水处理率, 每万人口拥有 ⏎ 公共文化设施面积) is the name's first line.
  return !GROUP_WORD_END.test(head);
}
/** The length from which a head is a wrap by its length alone: group cells run to six characters (生态文明建设, 创新驱动发展). */
const WRAP_HEAD_LENGTH = 7;
/** How a group cell's words end: the name of a domain of the plan (经济发展, 民生福祉, 绿色生态, 安全保障, 约束性指标). */
const GROUP_WORD_END =
  /(?:发展|福祉|生态|驱动|保障|安全|民生|创新|建设|文明|环境|开放|效益|实力|服务|生活|振兴|治理|改革|活力|质量|结构|动力|绿色|协调|共享|经济|社会|文化|教育|健康|人口|资源|能源|城乡|农业|工业|科技|产业|指标|类|领域|方面)$/;
/** A group cell's mark: a numbered heading (一、经济发展, （一）), a part's marker. */
const GROUP_MARK = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|其中)/;

/**
 * A header read from the shapes of its labels alone, whatever words name the indicator column (项目, 名称, or none):
 * every label one a header writes, two value columns or more (years, 基期值/目标值, 年均增长) or one and the attribute.
 */
export function shapedHeader(labels: readonly string[]): boolean {
  const shapes = labels.map(labelShape);
  if (shapes.some((s) => s === null)) return false;
  const values = shapes.filter((s) => s === 'value').length;
  if (values === 1) return shapes.includes('attribute');
  const years = labels.filter((_, k) => shapes[k] === 'value');
  return values >= 2 && (shapes.includes('attribute') || !(yearsOnlyOfAYear(years) || (labels.includes('项目') && yearAfterYear(years))));
}
/**
 * Value labels that are years alone, each the year after the one before (2023年 | 2024年 | 2025年): under a 项目 label a
 * survey's or a statistic's run of years, whatever its length — no plan's table, whose columns name 指标, 目标, 属性.
 */
function yearAfterYear(values: readonly string[]): boolean {
  const years = values.map((l) => Number(/^((?:19|20)\d{2})年$/.exec(l)?.[1]));
  return years.every((y, k) => !Number.isNaN(y) && (k === 0 || y === years[k - 1]! + 1));
}
/**
 * Value labels that are years alone a year apart at most (2023年 | 2024年): a table setting one year beside the next — a
 * price list, a survey, a ranking, a bulletin's — not a plan's, whose years span its period (2020年 | 2025年).
 */
function yearsOnlyOfAYear(values: readonly string[]): boolean {
  const years = values.map((l) => /^((?:19|20)\d{2})年$/.exec(l)?.[1]);
  if (years.some((y) => y === undefined)) return false;
  const numbers = years.map(Number);
  return Math.max(...numbers) - Math.min(...numbers) <= 1;
}

/**
 * The index of the name column of a header read by its shapes: its name label (指标名称, 项目), else the label before
 * the first value column (类别 heading the names), else -1 — the page left the name column's label empty.
 */
export function nameColumnOf(labels: readonly string[]): number {
  const named = labels.findLastIndex((l) => labelShape(l) === 'name' || columnRole(l) === 'name');
  if (named >= 0) return named;
  const firstValue = labels.findIndex((l) => labelShape(l) !== 'serial' && labelShape(l) !== 'group');
  return firstValue - 1;
}

/**
 * A header label naming a place (苏州市, 张家港 written short, 城关镇, 高新区, 全市): a column of a table that splits its
 * indicators among the places — a city's targets for its counties, a county's for its towns, a bulletin's by district.
 * A division the gazetteer holds (whole, or a county's short form), a town, township, street or zone by its ending, or
 * the whole (全市, 合计). Not 地区, the label of a column of places' names.
 */
export function placeLabel(label: string): boolean {
  if (label.length < 2 || label.length > 10 || /^地区$/.test(label)) return false;
  return (
    WHOLE_PLACE.test(label) || PLACE_ENDING.test(label) || findRegion(label) !== undefined || divisionNameWhole(label) || countiesOfShortForm(label).length > 0
  );
}
/**
 * The words a place column adds before the row's metric: its place, or none for the whole the table splits (全市, 合计:
 * the first whole of the header). A later whole is another level's (全市 | 全省 | 全国): it stays in the metric, as a
 * scope word naming another level than the issuer's does (corpus Decisions 30).
 */
export const placeNamed = (column: TableColumn): string => (column.place === undefined || column.whole === true ? '' : column.place);
/** The whole a table of places adds up (全市, 全县, 合计): its column names no place before the metric. */
const WHOLE_PLACE = /^(?:全(?:国|省|市|县|区|州|盟|旗|镇|乡)|合计|总计|小计)$/;
/**
 * The endings of places: a division's suffix (a name the gazetteer may lack, among other places after a name label), a
 * town's, township's or street's, a zone's or park's (园区 alone too).
 */
const PLACE_ENDING = /^(?:[\u4e00-\u9fff]{1,8}(?:市|县|区|旗|州|盟|镇|乡|街道)|[\u4e00-\u9fff]{0,8}(?:园区|新区|开发区|经开区|高新区|示范区))$/;

/**
 * A header that splits its indicators among places (序号 | 指标名称 | 单位 | 苏州市 | 张家港 | 常熟 | …): a name label, then
 * two places or more — every label a place or one a header writes around them (序号, 类别, 单位, 备注), no value label
 * (a year, 目标值: then the places are no columns of it).
 */
export function placeHeader(labels: readonly string[]): boolean {
  const name = labels.findIndex((l) => labelShape(l) === 'name');
  if (name < 0) return false;
  let places = 0;
  for (const [k, label] of labels.entries()) {
    const shape = labelShape(label);
    if (shape === 'value' || shape === 'attribute') return false;
    if (shape !== null) continue;
    if (k < name || !placeLabel(label)) return false;
    places++;
  }
  return places >= 2;
}

/**
 * The columns of a header split among places, each the figures of its place: a plan's targets of its year, or in a text
 * of results only (a 统计公报's table by district) the results of the year it reports. The table's caption (the line
 * above its header, in `before`) may say otherwise: a caption that compares (与全省比较, 对比) heads no split of a plan's
 * targets (in a plan it is read as before, no place columns); a caption naming a year before the plan's, with no word of
 * aims (2023年各镇主要指标, 2023年各镇基本情况 in a plan for 2024), or naming results (完成情况, 基本情况, 现状), heads that
 * year's results; a caption naming aims (2023年各县目标任务分解) heads targets, of its year (a three-year plan's first year)
 * — in a text the reader takes for results only too (a 任务分解表 alone).
 */
export function placeColumns(columns: TableColumn[], labels: readonly string[], years: TableYears, before = ''): void {
  if (!placeHeader(labels)) return;
  const caption = before.split('\n').findLast((l) => l.trim() !== '') ?? '';
  if (years.reportedTo === undefined && COMPARED.test(caption)) return;
  // (The caption's year, the last it writes: 2021—2025年 is the span's end.)
  const year = Number([...caption.matchAll(CAPTION_YEAR)].at(-1)?.[1] ?? NaN) || null;
  const aims = AIMS_CAPTION.test(caption) && !RESULTS_CAPTION.test(caption);
  const results = aims
    ? false
    : years.reportedTo !== undefined || RESULTS_CAPTION.test(caption) || (year !== null && years.target !== null && year < years.target);
  // (…of the months a progress caption names: 2024年1-6月各街道主要指标完成情况.)
  const months = results ? captionMonths(before) : undefined;
  let whole = false;
  labels.forEach((label, k) => {
    if (labelShape(label) !== null) return;
    const column = columns[k]!;
    column.role = results ? 'base' : 'target';
    column.year = year ?? (results ? (years.reportedTo ?? years.base) : years.target);
    if (months) column.months = months;
    column.place = label;
    if (WHOLE_PLACE.test(label) && !whole) [column.whole, whole] = [true, true];
  });
}
/** A caption that sets places side by side to compare them (主要指标与全省全国比较, 与先进城市对比). */
const COMPARED = /比较|对比|对照/;
/** A caption naming a year (2023年各镇主要指标). */
const CAPTION_YEAR = /((?:19|20)\d{2})\s*年/g;
/** A caption of results (2023年各镇主要经济指标完成情况, 各镇基本情况, 现状). */
const RESULTS_CAPTION = /完成情况|完成值|基本情况|现状|实绩/;
/** A caption's words of aims (目标分解, 任务, 计划, 预期): its places' columns are targets, in a text of results only too. */
const AIMS_CAPTION = /目标|任务|计划|预期|分解|规划/;

/** A header row: an indicator column and a value column, or just 指标 | 增幅 in a 统计公报. */
export function isHeader(labels: readonly string[]): boolean {
  if (!labels.some((l) => NAME_HEADER.test(l))) return false;
  if (labels.length === 2) return NAME_HEADER.test(labels[0]!) && REPORTED_CHANGE.test(labels[1]!) && !/目标|预期|规划|年均/.test(labels[1]!);
  return labels.length >= 3 && labels.some((l) => VALUE_HEADER.test(l));
}

/** The plan's years a header's columns are read against: base values' year, the horizon, and whether the text only reports. */
export interface TableYears {
  base: number | null;
  target: number | null;
  /** The year a text of results only (a 统计公报) reports: a column headed by a year alone up to it is that year's result. */
  reportedTo?: number;
}

export function headerColumns(labels: readonly string[], years: TableYears, before: string): TableColumn[] {
  const columns = labels.map((label): TableColumn => {
    // 上半年完成(%): the bracketed unit is no part of what the column is.
    // (2020年（预计）: a bracket that says the column's figures are estimates is no unit, and stays in the header.)
    const unitBracket = BRACKET_UNIT.exec(label);
    const bracket = unitBracket && !/预计/.test(unitBracket[1]!) ? unitBracket : null;
    const headerUnit = bracket ? bracket[1]!.replace('％', '%') : null;
    const header = bracket ? label.slice(0, bracket.index).trim() : label;
    const year = YEAR.exec(header);
    const months = MONTHS_HEADER.exec(header);
    const part = PART_OF_YEAR_HEADER.exec(header);
    const column: TableColumn = { role: columnRole(header), header, year: year ? Number(year[1]) : null };
    if (column.role === 'growth' && PERIOD_CUMULATIVE_LABEL.test(label)) column.cumulative = 'all';
    else if (column.role === 'growth' && CUMULATIVE_LABEL.test(label)) column.cumulative = 'marked';
    const span = PERIOD_SPAN_LABEL.exec(header);
    if (span) [column.cumulative, column.year] = ['marked', periodEnd(span[1]!)];
    const rankScope = RANK_HEADER.exec(header)?.[1];
    if (rankScope) column.rankScope = rankScope;
    if (headerUnit && (headerUnit === '%' || measuredUnit(headerUnit))) column.unit = headerUnit;
    if (months) column.months = { from: Number(months[1]), to: Number(months[2]), label: header };
    const partMonths = part ? PERIOD_WORDS.find(([word]) => word === part[1]) : undefined;
    if (partMonths) column.months = { from: partMonths[1], to: partMonths[2], label: partMonths[0] };
    return column;
  });
  placeColumns(columns, labels, years, before);
  monthColumns(columns, before);
  periodChangesReported(columns, before);
  // 预期目标 | 完成情况: beside a column of targets, a 完成情况 column holds what was reached.
  if (columns.some((c) => c.role === 'target')) {
    // …of the months a mid-year caption names (表1：上半年主要指标完成情况): the plan's own year so far.
    const months = captionMonths(before);
    for (const c of columns) {
      if (c.role !== 'other' || !/^(?:完成|执行)情况$/.test(c.header)) continue;
      c.role = 'base';
      if (months) c.months = months;
    }
  }
  shareOfWholeColumns(columns);
  // Columns headed by a year alone: the latest is the target, the earlier ones are base values.
  const yearOnly = columns.filter((c) => c.role === 'target' && !/目标|规划|预期/.test(c.header));
  // …the latest of every target column's year: 2024年末 beside 2025年目标 is the base the target starts from; and so
  // is 2020年 beside “十四五”期间, whose changes run to 2025.
  const spanEnds = columns.filter((c) => c.role === 'growth' && PERIOD_SPAN_LABEL.test(c.header)).map((c) => c.year ?? 0);
  const latest = largest([...columns.filter((c) => c.role === 'target').map((c) => c.year ?? 0), ...spanEnds]);
  pastSpansReported(columns, largest(spanEnds), years);
  // A year at or after the plan's horizon stays a target beside a later one (2025年 | 2030年, 2025年 | 2035年).
  // With no horizon known, a plan's table (a 属性 column) keeps as targets the later years where a plan period ends
  // (2022年 | 2025年 | 2030年); a year between (2020年 | 2023年 | 2025年 in a 实施情况评估) is a result.
  const earliest = columns.some((c) => c.role === 'attribute') && years.target === null ? Math.min(...yearOnly.map((c) => c.year ?? latest)) : null;
  // In a plan (not a text of results only), a year inside the plan's own period (after its base year) is one it aims at:
  // a three-year plan's 2024年 | 2025年 | 2026年 schedule, a 2023—2030 plan's 2025年 beside its 2030年.
  const inPeriod = (year: number): boolean => years.reportedTo === undefined && years.base !== null && year > years.base;
  const staysTarget = (year: number): boolean =>
    inPeriod(year) || (years.target !== null ? year >= years.target : earliest !== null && year > earliest && year % 5 === 0);
  for (const c of yearOnly) if (c.year !== null && c.year < latest && !staysTarget(c.year)) c.role = 'base';
  // A table of results (“十三五”主要指标完成情况): a column headed by a year alone is that year's result.
  const reviewedAbove = captionLine(before, 3, REVIEWED_CAPTION) !== undefined;
  if (reviewedAbove) growthTargetBeside(columns);
  for (const c of yearOnly) if (reviewedAbove || (years.reportedTo !== undefined && c.year !== null && c.year <= years.reportedTo)) c.role = 'base';
  // …or a table whose every dated column is a result (2015年完成, 2020年完成): its growth column reports too.
  const reviewed = reviewedAbove || (columns.some((c) => c.role === 'base') && !columns.some((c) => c.role === 'target'));
  const lastYear = largest([0, ...columns.map((c) => c.year ?? 0)]);
  // 表1 2020年…主要指标完成情况 over 预期目标 | 完成情况: the caption's one year is both columns' year.
  const captionYear =
    reviewedAbove && !columns.some((c) => c.year !== null)
      ? reviewedYear(before)
      : !columns.some((c) => c.year !== null || c.role === 'target')
        ? (yearEndCaption(before) ?? (years.reportedTo !== undefined ? numberedCaptionYear(before) : null))
        : null;
  for (const c of columns) {
    if (c.year !== null) continue;
    if (c.role === 'rank') continue; // after the results columns: their year
    if (captionYear !== null && (c.role === 'target' || c.role === 'estimate' || (c.role === 'base' && !c.months) || (c.role === 'growth' && reviewed))) {
      c.year = captionYear;
      continue;
    }
    if (c.role === 'target') c.year = years.target;
    if (c.role === 'growth') c.year = reviewed && lastYear ? lastYear : years.target;
    // Months of a year are the plan's own year so far (1-3月 in a monitoring table), other base values the year before.
    // (In a text of results only, its base year is the year it reports: its months are of that year.)
    if (c.role === 'base')
      c.year = c.months ? (years.reportedTo ?? (years.base === null ? null : years.base + 1)) : reachesYearTarget(c, columns) ? years.target : years.base;
  }
  completionRatioColumns(columns);
  // A place is reached by the results beside it: their year; a table of no results ranks nothing.
  const results = columns.find((c) => c.role === 'base' && !c.months);
  for (const c of columns) if (c.role === 'rank') [c.year, c.role] = results ? [results.year, 'rank'] : [null, 'other'];
  return columns;
}

/**
 * A period named whole that was over when the text was written reports its changes: one ending before a later period
 * beside it (十三五时期 | 十四五时期), or at or before the year the text reports or starts from (“十三五”期间 in a 2021 report).
 */
function pastSpansReported(columns: TableColumn[], lastEnd: number, years: TableYears): void {
  const before = (end: number): boolean =>
    end < lastEnd || (years.reportedTo !== undefined && end <= years.reportedTo) || (years.base !== null && end <= years.base);
  for (const c of columns)
    if (c.role === 'growth' && PERIOD_SPAN_LABEL.test(c.header) && c.year !== null && before(c.year)) [c.reported, c.periodOver] = [true, true];
}

/**
 * 指标 | 绝对值 | 增长（%） | 目标（%） under a results caption (2023年主要指标完成情况): the growth reached, and beside it the
 * growth that was aimed at — an undated 目标 column in % next to a growth column is that growth's target (planned), not
 * a level in the row's unit; the growth column that says no aim reports.
 */
function growthTargetBeside(columns: TableColumn[]): void {
  const growth = columns.filter((c) => c.role === 'growth' && !plannedGrowth(c));
  if (growth.length === 0) return;
  for (const c of columns)
    if (c.role === 'target' && c.year === null && c.unit === '%' && /^(?:预期|计划)?目标值?$/.test(c.header)) [c.role, c.goalBesideGrowth] = ['growth', true];
  if (columns.some(plannedGrowth)) for (const c of growth) c.reported = true;
}

/** A monthly bulletin's columns: this month's figure (本月, 当月) and the months so far (1-本月, 累计). */
const THIS_MONTH_HEADER = /^(?:本月|当月)$/;
const MONTHS_SO_FAR_HEADER = /^(?:1\s*[-—–~至]\s*(?:本月|\d{1,2}\s*月)(?:累计)?|累计)$/;
/** 2024年4月, not a day's date (发布时间：2025年6月18日): a date line names when, not which month the table reports. */
const MONTH_CAPTION = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/g;

/**
 * 指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%) under a caption naming the month (2024年4月): results of that
 * month and of the months so far, each growth column of the months of the column before it.
 */
function monthColumns(columns: TableColumn[], before: string): void {
  if (!columns.some((c) => THIS_MONTH_HEADER.test(c.header) || MONTHS_SO_FAR_HEADER.test(c.header))) return;
  // The last month named on the nearest of the three lines above that names one.
  const named = [...(captionLine(before, 3, MONTH_CAPTION) ?? '').matchAll(MONTH_CAPTION)].at(-1);
  const month = Number(named?.[2] ?? 0);
  if (!named || month < 1 || month > 12) return;
  let months: TableColumn['months'];
  for (const c of columns) {
    if (THIS_MONTH_HEADER.test(c.header)) months = { from: month, to: month, label: `${month}月` };
    else if (MONTHS_SO_FAR_HEADER.test(c.header)) months = { from: 1, to: month, label: month === 1 ? '1月' : `1-${month}月` };
    else if (c.role !== 'growth' || !months) continue;
    if (c.role !== 'growth') c.role = 'base';
    c.months = months;
    c.year = Number(named[1]);
  }
}

/**
 * 指标 | 年末人口(万人) | 比重(%): in a table of results only (no target column), a 比重 column beside a
 * column of stocks or figures reached holds each row's share of the whole — results too, named 比重.
 */
function shareOfWholeColumns(columns: TableColumn[]): void {
  if (columns.some((c) => c.role === 'target' || plannedGrowth(c)) || !columns.some((c) => c.role === 'base')) return;
  for (const c of columns) {
    if (c.role !== 'other' || !SHARE_OF_WHOLE_HEADER.test(c.header)) continue;
    c.role = 'base';
    c.metricSuffix = '比重';
    c.unit ??= '%';
  }
}

/**
 * 完成进度, 完成率, 投资完成率, 完成比例, 进度(%): a column of the share of each row's target reached (a header ending so; not
 * 时序进度 or 形象进度, the time gone or the state of works).
 */
const COMPLETION_RATIO_HEADER = /^(?:[\u4e00-\u9fff]{0,6}(?:完成|执行|实施)(?:进度|比例)|[\u4e00-\u9fff]{0,6}完成率|进度)(?:[（(][%％][）)])?$/;

/**
 * 年度目标 | 1-6月完成 | 完成进度: beside a target and what was done, the completion ratio is a result of kind share (corpus
 * README, "Completion ratios": 完成年计划710亿元的89.4%) — named by the row's indicator and the header (固定资产投资完成进度),
 * of the period of the column of what was done before it.
 */
function completionRatioColumns(columns: TableColumn[]): void {
  if (!columns.some((c) => c.role === 'target')) return;
  let done: TableColumn | undefined;
  for (const c of columns) {
    if (c.role === 'base' && /完成|实际/.test(c.header)) done = c;
    if (c.role !== 'other' || !done || !COMPLETION_RATIO_HEADER.test(c.header)) continue;
    c.role = 'base';
    c.year = done.year;
    if (done.months) c.months = done.months;
    c.metricSuffix = c.header.replace(/[（(].*$/, '');
    c.unit = '%';
    c.completionRatio = true;
  }
}

const YEAR_END_CAPTION = /((?:19|20)\d{2})\s*年\s*(?:年末|年底|末)/;
/** The one year a caption right above a table dates its stocks by (表1 2024年年末…构成情况), or null. */
function yearEndCaption(before: string): number | null {
  // The nearest line that names one: a chart's caption above it (2020-2024年年末…) dates the chart.
  const caption = captionLine(before, 2, YEAR_END_CAPTION);
  const found = new Set([...(caption ?? '').matchAll(new RegExp(YEAR_END_CAPTION, 'g'))].map((m) => Number(m[1])));
  return found.size === 1 ? [...found][0]! : null;
}

/** A table's numbered caption (表1 2017年全区生产总值及其增长速度, 表2：…): its number, perhaps run into the year after it. */
const NUMBERED_CAPTION = /^\s*表\s*\d{1,2}/;
/**
 * The one year a numbered caption right above a bulletin's table names (表1 2017年全区生产总值及其增长速度): the year of its
 * undated columns of results (绝对值, 比上年增长), which a bulletin published the next year would otherwise date by its own.
 */
function numberedCaptionYear(before: string): number | null {
  const caption = captionLine(before, 2, NUMBERED_CAPTION);
  if (caption === undefined) return null;
  // (表12017年: the year is read after the table's number it runs into.)
  const found = new Set([...caption.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1])));
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * A column of what was done (实际完成, 完成进度) beside an undated target of the whole year (全年任务目标, 年度目标): a
 * progress sheet's results towards that target, of the target's year, not base values of the year before.
 */
function reachesYearTarget(column: TableColumn, columns: readonly TableColumn[]): boolean {
  if (column.year !== null || !/完成|实际/.test(column.header) || /基期|现状|基数|上年|去年/.test(column.header)) return false;
  return columns.some((c) => c.role === 'target' && /全年|年度|本年/.test(c.header) && !YEAR.test(c.header));
}

/** A part of the year a results caption right above a table names (上半年…完成情况, 1-9月…执行情况), or undefined. */
function captionMonths(before: string): TableColumn['months'] {
  const caption = captionLine(before, 3, /完成情况|执行情况/) ?? '';
  const range = /(?<!\d)(\d{1,2})\s*[-—–至~]\s*(\d{1,2})\s*月/.exec(caption);
  if (range) return { from: Number(range[1]), to: Number(range[2]), label: `${range[1]}-${range[2]}月` };
  const part = PERIOD_WORDS.find(([word]) => caption.includes(word));
  return part ? { from: part[1], to: part[2], label: part[0] } : undefined;
}

/** A results caption (“十三五”主要指标完成情况, 执行情况, 实现情况). */
const REVIEWED_CAPTION = /完成情况|执行情况|实现情况/;
/** A caption over a review of a period (实施情况总结, 回顾, 过去五年, 发展成就): its changes over the period were reached. */
const REVIEW_CAPTION = /完成情况|执行情况|实现情况|实施情况|总结|回顾|过去五年|成就/;

/**
 * Under a caption of a review (“十三五”规划实施情况总结, 回顾, 过去五年, 成就; within the three lines above the header) the
 * columns of changes over the period (五年累计, 〔累计〕) report what was done, beside a 规划目标 column too.
 */
function periodChangesReported(columns: TableColumn[], before: string): void {
  if (captionLine(before, 3, REVIEW_CAPTION) === undefined) return;
  // (A period named whole, “十四五”期间, beside a year inside it, 2022年: a mid-term review's table, the column its plan.)
  const inside = (c: TableColumn): boolean =>
    PERIOD_SPAN_LABEL.test(c.header) && c.year !== null && columns.some((d) => d.year !== null && d.year > c.year! - 5 && d.year < c.year!);
  for (const c of columns) if (c.cumulative && !inside(c)) c.reported = true;
}

/** The one year a results caption right above a table names (2020年…完成情况), or null. */
function reviewedYear(before: string): number | null {
  const caption = captionLine(before, 3, REVIEWED_CAPTION, 'farthest') ?? '';
  const found = [...caption.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));
  return found.length === 1 ? found[0]! : null;
}

/**
 * The caption right above a table that a time is read from: of the last `count` lines of `before`, the nearest (or,
 * `farthest`, the first) that `names` matches, or undefined.
 */
function captionLine(before: string, count: number, names: RegExp, pick: 'nearest' | 'farthest' = 'nearest'): string | undefined {
  const lines = before.split('\n').slice(-count);
  // search, not test: a /g pattern's test would carry its lastIndex from one line to the next.
  return pick === 'nearest' ? lines.findLast((l) => l.search(names) >= 0) : lines.find((l) => l.search(names) >= 0);
}
