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
const CHANGE_NAMED = /(?:涨幅|增幅|涨跌幅|升幅)$/;

function endsWithShareWord(metric: string): boolean {
  return SHARE_WORDS.some((w) => metric.endsWith(w)) || metric.includes('占比') || metric.includes('比重');
}

/** Kind precedence is documented in README.md § Kinds. */
export function kindOf(dimension: string, metric: string, segment: Pick<Segment, 'rate' | 'levelWord' | 'verbKind'>, carried: TargetKind | null): TargetKind {
  if (dimension === 'percentage-point') return 'share';
  // 受教育年限14年, 预期寿命80岁: a length of time is a level whatever count verb comes before it
  // (新增劳动力…); 提高1岁, 提高0.5年 with a rate verb are the change (an increment, below).
  if ((dimension === 'duration-years' || dimension === 'age') && !segment.rate) return 'level';
  // A number without a unit: the parts of a structure (三次产业结构2.8:50.9:46.3) are shares, an
  // index or score is a level.
  if (dimension === 'number') return /结构|比例|比重|构成|占比/.test(metric) ? 'share' : 'level';
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
  // An intensity (万元/亩, 吨标准煤/万元) is a level to reach or stay under.
  if (dimension.includes('/')) return 'level';
  if (segment.verbKind === 'increment') return 'increment';
  if (segment.levelWord) return 'level';
  // Vehicles are a size (产量194.2万辆) unless a count verb hands them out (推广新能源汽车3000辆).
  if (SIZE_DIMENSIONS.has(dimension) && !(dimension === 'vehicle' && segment.verbKind === 'count')) return 'level';
  // 规上工业企业数 / 总数 / 数量: a count of things that exist is a stock to reach.
  if (/(?:数|数量|总数)$/.test(metric)) return 'level';
  if (segment.verbKind === 'count') return 'count';
  if (carried) return carried;
  return 'count';
}
