/**
 * What kind of figure a statement is and how its number is bound: the precedence rules of
 * README.md § Comparators and § Kinds, as two pure functions.
 */
import type { Comparator, TargetKind } from '../model.ts';
import type { Quantity } from './scan.ts';
import type { Segment } from './segment.ts';
import { SHARE_WORDS } from './words.ts';

/** Dimensions of size (money, area…): such a quantity followed by a noun only qualifies it. */
export const SIZE_DIMENSIONS: ReadonlySet<string> = new Set([
  'money',
  'money-usd',
  'area',
  'mass',
  'energy-coal',
  'power',
  'energy',
  'length',
  'vehicle',
  'volume',
  'duration-years',
]);

/** Comparator precedence: placeholder > range > word after the number > word before it > '='. */
export function comparatorOf(quantity: Quantity, segment: { pre: Comparator | null }): Comparator {
  if (quantity.placeholder) return 'placeholder';
  if (quantity.max !== null) return 'range';
  if (quantity.post) return quantity.post;
  if (segment.pre) return segment.pre;
  if (quantity.approximate) return '>';
  return '=';
}

/** A metric named by its change (价格涨幅, 增幅, 涨跌幅; 升幅 in Hong Kong reposts): its % is a rate of change. */
const CHANGE_NAMED = /(?:涨幅|增幅|涨跌幅|升幅|平均增速)$/;

export function endsWithShareWord(metric: string): boolean {
  return SHARE_WORDS.some((w) => metric.endsWith(w)) || metric.includes('占比') || metric.includes('比重') || SHARE_OF_WHOLE.test(metric);
}

/** A part's share of a whole named 占…比 (战略性新兴产业增加值占规上工业比): a proportion, however it moves. */
const SHARE_OF_WHOLE = /占[\u4e00-\u9fffA-Za-z]{1,12}比$/;

/** Sizes a count verb can hand out or work on: vehicles, land, roads and lines. */
const COUNTED_SIZES: ReadonlySet<string> = new Set(['vehicle', 'area', 'length']);
/** A size's measure named by its noun: an area, a length, an output. */
const MEASURE_NAMED = /(?:面积|里程|长度|产量|总量|规模)$/;

/** Livestock kept or sent to market (存栏, 出栏, 存笼, 出笼, 饲养量): a stock or an output, not things done. */
const LIVESTOCK_MEASURE = /(?:存栏|出栏|存笼|出笼|饲养)量?$/;

/** The people a place has or a trade employs (常住人口, 户籍人口, 从业人员), no verb of change in the name: a stock. */
const PEOPLE_HELD = /^(?![^减增转带解安帮培吸]*?(?:减少|增加|转移|带动|解决|安置|帮扶|培训|吸纳))[\u4e00-\u9fff（）()]*(?:人口|从业人员)$/;
/** PEOPLE_HELD, its ending looked at first: most metrics end otherwise, and the pattern's look-ahead reads the whole metric. */
const holdsPeople = (metric: string): boolean => (metric.endsWith('人口') || metric.endsWith('从业人员')) && PEOPLE_HELD.test(metric);

/** A count of people moved into work (农村劳动力转移就业, 转移就业): done in the year, no stock. */
const MOVED_INTO_WORK = /转移就业$/;

/** Kind precedence is documented in README.md § Kinds. */
export function kindOf(
  dimension: string,
  metric: string,
  segment: Pick<Segment, 'rate' | 'levelWord' | 'verbKind'>,
  carried: TargetKind | null,
  /** The item follows a 、 in a list whose first item's verb is carried (新增城市道路180公里、绿道130公里). */
  listedItem = false,
): TargetKind {
  if (dimension === 'percentage-point') return 'share';
  // 受教育年限14年, 预期寿命80岁: a length of time is a level whatever count verb comes before it
  // (新增劳动力…); 提高1岁, 提高0.5年 with a rate verb are the change (an increment, below).
  if ((dimension === 'duration-years' || dimension === 'age') && !segment.rate) return 'level';
  // A number without a unit: the parts of a structure (三次产业结构2.8:50.9:46.3) and a rate whose % was left out
  // (重复利用率95以上) are shares, an index or score is a level.
  if (dimension === 'number') return /结构|比例|比重|构成|占比|率$/.test(metric) ? 'share' : 'level';
  // 出生率6.17‰: per mille is a rate level (自然增长率 too: a share of the population, not a growth).
  if (dimension === 'permille') return 'share';
  if (dimension === 'percent') {
    if (endsWithShareWord(metric)) return 'share';
    // 居民消费价格涨幅3%左右: a metric named by its change (涨幅, 增幅, 涨跌幅) is a growth, verb or none.
    return segment.rate || CHANGE_NAMED.test(metric) ? 'growth' : 'share';
  }
  // 增长1.5倍, 是2015年的1.46倍: a change written as a multiple.
  if (dimension === 'times') return 'growth';
  if (segment.rate) return 'increment';
  // An intensity (万元/亩, 吨标准煤/万元, 微克每立方米, 10/10万) is a level to reach or stay under, as a score in 分 is.
  if (dimension.includes('/') || dimension === 'unit:分' || (dimension.startsWith('unit:') && dimension.includes('每'))) return 'level';
  if (segment.verbKind === 'increment') return 'increment';
  if (segment.levelWord) return 'level';
  // Vehicles are a size (产量194.2万辆) unless a count verb hands them out (推广新能源汽车3000辆); land or road
  // worked on in the year is counted in its unit (建成高标准农田32.74万亩, 新建和续建高标准农田21.2万亩, 新建、改建农村公路300公里).
  // A measure named (播种面积, 公路里程) stays a level whatever verb stands before it (完成粮食播种面积100万亩).
  // 新增城市道路180公里、绿道130公里: the 新增 heading a 、 list adds the next item's length or area too (a measure
  // named, 公路里程, stays a level).
  if (listedItem && carried === 'increment' && segment.verbKind === null && !MEASURE_NAMED.test(metric) && COUNTED_SIZES.has(dimension)) return 'increment';
  if (SIZE_DIMENSIONS.has(dimension) && !(COUNTED_SIZES.has(dimension) && segment.verbKind === 'count' && !MEASURE_NAMED.test(metric))) return 'level';
  // 规上工业企业数 / 总数 / 数量: a count of things that exist is a stock to reach.
  if (/(?:数|数量|总数)$/.test(metric)) return 'level';
  // 生猪出栏17.93万头, 生猪存栏19.3万头: livestock kept or sent to market is a stock or an output, as 产量 is; so are
  // the people a place has or a trade employs (常住人口35.6万人, 从业人员近3.6万人).
  if (LIVESTOCK_MEASURE.test(metric) || (segment.verbKind === null && holdsPeople(metric))) return 'level';
  if (segment.verbKind === 'count') return 'count';
  // 城镇新增就业5200人，农村劳动力转移就业4000人: people moved into work in the year are counted, whatever verb
  // the clause before carries (新增 of its own, 新增转移就业, still adds).
  if (MOVED_INTO_WORK.test(metric)) return 'count';
  if (carried) return carried;
  return 'count';
}
