/**
 * The gap a gauge shows, in words, from the same verdict as the finding on that cell: "低于目标5个
 * 百分点", "与目标持平，尚未超过", "超出上限0.3个百分点". Numbers are measured in the gap units the
 * finding messages use (formatGap): 百分点 for rates, 亿元/万元 by size for money.
 */
import type { Comparator, GaugeStatus, GaugeTarget } from '../model.ts';
import { localeWords, type DeltaSide, type GaugeDeltaWords, type LocaleTag } from '../vocab/words.ts';
import { directionOf } from './compare.ts';
import { formatGap } from './format.ts';

export interface DeltaInput {
  /** The sheet's number in the target's unit and sign convention (a decline's magnitude). */
  value: number;
  valueComparator: Comparator;
  target: Pick<GaugeTarget, 'comparator' | 'value' | 'max' | 'decline' | 'unit' | 'dimension' | 'factor'>;
  status: GaugeStatus;
}

const ZH_SIDE: Record<DeltaSide, string> = { target: '目标', ceiling: '上限', lower: '目标下限', upper: '目标上限' };

/** Chinese: built in. Other locales: registered (vocab/words.ts). */
const ZH: GaugeDeltaWords = {
  weaker: '，表述弱于目标',
  withinRange: '处于目标区间内',
  atCeiling: '与上限持平',
  levelNotAbove: '与目标持平，尚未超过',
  sameNumberWeaker: '与目标数值相同，表述弱于目标',
  onTarget: '达到目标',
  gap: (gap, above, side) => (side === 'ceiling' ? `${above ? '超出' : '低于'}上限${gap}` : `${above ? '高于' : '低于'}${ZH_SIDE[side]}${gap}`),
  declineGap: (gap, above, side) => `降幅${above ? '高于' : '低于'}${ZH_SIDE[side]}${gap}`,
};

export function gaugeDelta(input: DeltaInput, locale: LocaleTag): string {
  const { value, target, status } = input;
  if (status === 'no-target' || status === 'no-value' || target.value === null) return '';
  const words = localeWords(locale, 'gaugeDelta') ?? ZH;
  const ceiling = directionOf(target) === 'ceiling' && !target.decline;
  let ref = target.value;
  let side: DeltaSide = ceiling ? 'ceiling' : 'target';
  const weaker = status === 'at-risk' && input.valueComparator !== '=' ? words.weaker : '';
  if (target.comparator === 'range' && target.max !== null) {
    if (value >= target.value - 1e-9 && value <= target.max + 1e-9) return words.withinRange + weaker;
    side = value > target.max ? 'upper' : 'lower';
    ref = side === 'upper' ? target.max : target.value;
  }
  const diff = value - ref;
  if (Math.abs(diff) <= Math.max(Math.abs(ref), 1) * 1e-9) return level(words, side, target.comparator, status, weaker);
  const gap = formatGap(Math.abs(diff) * (target.factor || 1), target, locale);
  return (target.decline ? words.declineGap : words.gap)(gap, diff > 0, side) + weaker;
}

/** The sheet's number equals the reference: what that means depends on the verdict. */
function level(words: GaugeDeltaWords, side: DeltaSide, comparator: Comparator, status: GaugeStatus, weaker: string): string {
  if (side === 'ceiling') return words.atCeiling;
  if (status !== 'met' && comparator === '>') return words.levelNotAbove;
  if (weaker) return words.sameNumberWeaker;
  return words.onTarget;
}
