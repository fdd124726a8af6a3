/**
 * Shape catalogue (round 24, r24r): roundups — one page, several regions' targets. A news item or a paper's digest that sums
 * up the targets several regions of one rank set (provinces at their 两会, a city's districts) has no single issuer: corpus
 * Decisions 30 gives it region 全国 / the municipality, and each figure names its own region in the metric. Must-not-fire: a
 * single issuer that names other places (对标深圳, 高于全省平均, a province's quotas for its cities) stays that issuer's plan.
 * One invented passage per shape, each with the reading the corpus README's conventions give it.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model.ts';
import { extractPlan } from './extract.ts';

/** Every target as `metric cmp value[..max]unit year`, in text order. */
function targets(plan: Plan): string[] {
  return [...plan.targets]
    .sort((a, b) => a.span[0] - b.span[0])
    .map((t) => `${t.metric} ${t.comparator} ${t.value}${t.max === null ? '' : `..${t.max}`}${t.unit ?? ''} ${t.year}`);
}

/** What a pending shape reads today (region, level, targets): pinned, so a fix or a break of another kind turns it red. */
type Reading = { region: string; level: string; targets: string[] };
type Shape = [name: string, text: string, region: string, level: string, want: string[], today?: Reading];

const CATALOGUE: Shape[] = [
  // (1) a roundup of provinces' growth targets: no single issuer, region 全国, level national.
  [
    'p1 shared-target 、 list closed by 等N个省份, comma, 都',
    '多省份公布2024年经济增长目标\n2024-01-28 10:05\n截至目前，已有20多个省份召开地方两会。其中，江苏、浙江、山东等6个省份，都把经济增长目标定在5%至6%。',
    '全国',
    'national',
    // (each place then the figure's segment as parsed: 经济增长 is the growth of 经济, as 经济增长6% reads alone — m24b)
    ['江苏经济 range 5..6% 2024', '浙江经济 range 5..6% 2024', '山东经济 range 5..6% 2024'],
  ],
  [
    'p2 a list of provinces before one target with 均 in its clause',
    '多省份公布2024年经济增长目标\n2024-01-28 10:05\n湖北、湖南、江西经济增长目标均为6%左右。广东、福建经济增长目标均为5%左右。',
    '全国',
    'national',
    ['湖北经济增长 ~ 6% 2024', '湖南经济增长 ~ 6% 2024', '江西经济增长 ~ 6% 2024', '广东经济增长 ~ 5% 2024', '福建经济增长 ~ 5% 2024'],
    { region: '全国', level: 'national', targets: ['湖北 ~ 6% 2024', '湖南 ~ 6% 2024', '江西经济 ~ 6% 2024', '广东 ~ 5% 2024', '福建经济 ~ 5% 2024'] },
  ],
  [
    'p3 one province per sentence, one with two figures',
    '多省份公布2024年经济增长目标\n2024-01-28 10:05\n广东省政府工作报告提出，今年地区生产总值增长5%左右。四川省政府工作报告提出，今年地区生产总值增长6%左右，经济总量突破6万亿元。',
    '全国',
    'national',
    ['广东地区生产总值 ~ 5% 2024', '四川地区生产总值 ~ 6% 2024', '四川经济总量 > 6万亿元 2024'],
    { region: '', level: 'city', targets: ['地区生产总值 ~ 5% 2024', '地区生产总值 ~ 6% 2024', '经济总量 > 6万亿元 2024'] },
  ],
  // (2) a paper's digest of a city's districts: the city is the region, each district in its metric.
  [
    'd1 districts of a municipality, one per paragraph',
    '重庆各区县2024年发展目标扫描\n2024-01-20\n渝北区：今年地区生产总值增长6.5%左右。\n江北区：今年地区生产总值增长6%左右。\n九龙坡区：今年地区生产总值增长5.5%左右。',
    '重庆市',
    'province',
    ['渝北区地区生产总值 ~ 6.5% 2024', '江北区地区生产总值 ~ 6% 2024', '九龙坡区地区生产总值 ~ 5.5% 2024'],
    { region: '', level: 'city', targets: ['地区生产总值 ~ 6.5% 2024', '地区生产总值 ~ 6% 2024', '地区生产总值 ~ 5.5% 2024'] },
  ],
  // must-not-fire: a single issuer who names other places stays the issuer.
  [
    'n1 must-not-fire: a city report that 对标 other cities and compares with the province',
    '佛山市2024年政府工作报告\n今年全市地区生产总值增长6%左右，高于全省平均水平。对标深圳、杭州，数字经济核心产业增加值增长10%。',
    '佛山市',
    'city',
    ['地区生产总值 ~ 6% 2024', '数字经济核心产业增加值 = 10% 2024'],
  ],
  [
    'n2 must-not-fire: a national report naming provinces only as examples',
    '2024年国务院政府工作报告\n今年国内生产总值增长5%左右。支持广东、江苏、浙江等经济大省挑大梁，城镇新增就业1200万人以上。',
    '全国',
    'national',
    ['国内生产总值 ~ 5% 2024', '城镇新增就业 >= 1200万人 2024'],
  ],
  [
    "n3 must-not-fire: a province's plan giving its cities quotas",
    '河南省2024年粮食生产目标分解方案\n全省粮食产量稳定在1300亿斤以上。其中，周口、驻马店、南阳等地粮食产量均稳定在150亿斤以上。',
    '河南省',
    'province',
    ['粮食产量 >= 1300亿斤 2024', '周口粮食产量 >= 150亿斤 2024', '驻马店粮食产量 >= 150亿斤 2024', '南阳粮食产量 >= 150亿斤 2024'],
  ],
];

describe('shape catalogue r24r: roundups of several regions’ targets', () => {
  // Pending: p2 (the measure head 经济增长 shared back into the bare places of the list), p3 (a sentence's own province carried
  // into its metrics), d1 (a digest of a municipality's districts with no congress named) — region and level of p2 pass.
  for (const [name, text, region, level, want, today] of CATALOGUE) {
    it(today ? `pending, reads today: ${name}` : name, () => {
      const plan = extractPlan(text);
      if (today) expect(today).not.toEqual({ region, level, targets: want });
      expect({ region: plan.region, level: plan.level, targets: targets(plan) }).toEqual(today ?? { region, level, targets: want });
    });
  }
});

describe('roundup region without a conference named', () => {
  it('three provinces in sentences that set targets, no scope word of its own: the nation', () => {
    const plan = extractPlan('各地2024年目标一览\n2024-01-28\n广东经济增长目标为5%左右。四川经济增长目标为6%左右。湖北经济增长目标为6%左右。');
    expect([plan.region, plan.level]).toEqual(['全国', 'national']);
  });
  it('must-not-fire: a province that writes 全省 and names three others it compares with', () => {
    const plan = extractPlan('河南省2024年政府工作报告\n全省经济增长目标为6%左右，高于江苏、浙江、山东的目标。');
    expect([plan.region, plan.level]).toEqual(['河南省', 'province']);
  });
});
