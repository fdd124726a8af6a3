/**
 * The gap a gauge shows, in words, from the same verdict as the finding on that cell: "低于目标5个
 * 百分点", "与目标持平，尚未超过", "超出上限0.3个百分点". Numbers are measured in the gap units the
 * finding messages use (formatGap): 百分点 for rates, 亿元/万元 by size for money.
 */
import type { Comparator, GaugeStatus, GaugeTarget } from '../model.ts';
import type { Locale } from '../vocab/locale.ts';
import { directionOf } from './compare.ts';
import { formatGap } from './format.ts';

export interface DeltaInput {
  /** The sheet's number in the target's unit and sign convention (a decline's magnitude). */
  value: number;
  valueComparator: Comparator;
  target: Pick<GaugeTarget, 'comparator' | 'value' | 'max' | 'decline' | 'unit' | 'dimension' | 'factor'>;
  status: GaugeStatus;
}

type Side = 'target' | 'ceiling' | 'lower' | 'upper';

const ZH_SIDE: Record<Side, string> = { target: '目标', ceiling: '上限', lower: '目标下限', upper: '目标上限' };
const EN_SIDE: Record<Side, string> = { target: 'target', ceiling: 'the upper limit', lower: 'the lower bound', upper: 'the upper bound' };

export function gaugeDelta(input: DeltaInput, locale: Locale): string {
  const { value, target, status } = input;
  if (status === 'no-target' || status === 'no-value' || target.value === null) return '';
  const ceiling = directionOf(target) === 'ceiling' && !target.decline;
  let ref = target.value;
  let side: Side = ceiling ? 'ceiling' : 'target';
  const weaker = status === 'at-risk' && input.valueComparator !== '=' ? (locale === 'en' ? ', a weaker promise' : '，表述弱于目标') : '';
  if (target.comparator === 'range' && target.max !== null) {
    if (value >= target.value - 1e-9 && value <= target.max + 1e-9) return (locale === 'en' ? 'within the target range' : '处于目标区间内') + weaker;
    side = value > target.max ? 'upper' : 'lower';
    ref = side === 'upper' ? target.max : target.value;
  }
  const diff = value - ref;
  if (Math.abs(diff) <= Math.max(Math.abs(ref), 1) * 1e-9) return level(side, target.comparator, status, weaker, locale);
  const gap = formatGap(Math.abs(diff) * (target.factor || 1), target, locale);
  const above = diff > 0;
  if (locale === 'en') {
    if (target.decline) return `decline ${gap} ${above ? 'more' : 'less'} than ${side === 'target' ? 'the target' : EN_SIDE[side]}${weaker}`;
    if (side === 'ceiling') return `${gap} ${above ? 'over' : 'under'} the upper limit${weaker}`;
    return `${gap} ${above ? 'above' : 'below'} ${EN_SIDE[side]}${weaker}`;
  }
  if (target.decline) return `降幅${above ? '高于' : '低于'}${ZH_SIDE[side]}${gap}${weaker}`;
  if (side === 'ceiling') return `${above ? '超出' : '低于'}上限${gap}${weaker}`;
  return `${above ? '高于' : '低于'}${ZH_SIDE[side]}${gap}${weaker}`;
}

/** The sheet's number equals the reference: what that means depends on the verdict. */
function level(side: Side, comparator: Comparator, status: GaugeStatus, weaker: string, locale: Locale): string {
  if (side === 'ceiling') return locale === 'en' ? 'at the upper limit' : '与上限持平';
  if (status !== 'met' && comparator === '>') return locale === 'en' ? 'level with the target, not above it' : '与目标持平，尚未超过';
  if (weaker) return locale === 'en' ? 'the target’s number, a weaker promise' : '与目标数值相同，表述弱于目标';
  return locale === 'en' ? 'on target' : '达到目标';
}
