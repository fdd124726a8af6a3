/**
 * Shape catalogue (round 22, r22pc), on invented sentences: a count written with a bracketed alternative measure word
 * (5000套(间), 1200万头(只), 60家(个)) and a bound a rule forbids crossing (不得超过8个, 不能低于90%).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    targets: plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`),
    actuals: plan.actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period.year}`),
  };
};

describe('a count with a bracketed alternative measure word', () => {
  it('keeps 套(间), 万头(只), 家(个) as one unit', () => {
    expect(read('2024年，全市将建设筹集保障性租赁住房3000套(间)，竣工安置房4000套（间）以上。').targets).toEqual(['= 3000套(间) 2024', '>= 4000套(间) 2024']);
    expect(read('2023年全县生猪和家禽出栏1200万头(只)，同比增长3.2%。').actuals).toEqual(['1200万头(只) 2023', '3.2% 2023']);
    expect(read('到2026年，培育市级数字化车间、智能工厂60家(个)。').targets).toEqual(['= 60家(个) 2026']);
  });

  it('must not fire on a longer bracket, nor on a bracket after a unit that is no measure word', () => {
    expect(read('2024年，全市将建设筹集保障性租赁住房3000套（含续建），新增就业2万人。').targets).toEqual(['= 3000套 2024', '= 2万人 2024']);
    expect(read('到2026年，全市森林覆盖率达到45%(省定目标)。').targets).toEqual(['>= 45% 2026']);
  });
});

describe('a bound a rule forbids crossing', () => {
  it('reads 不得超过 / 不能超过 as a ceiling and 不得低于 / 不应少于 as a floor', () => {
    expect(read('2024年工作要点：每个乡镇推广的主导品种不得超过3个，良种覆盖率不得低于95%。').targets).toEqual(['<= 3个 2024', '>= 95% 2024']);
    expect(read('2025年工作要点：每个乡镇新增建设用地不能超过50亩，农村供水保证率不应少于90%。').targets).toEqual(['<= 50亩 2025', '>= 90% 2025']);
  });

  it('must not fire on 超过 alone, which still passes a bound', () => {
    expect(read('2024年工作要点：全县粮食产量力争超过50万吨。').targets).toEqual(['> 50万吨 2024']);
  });
});
