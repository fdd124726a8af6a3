/**
 * Must-not-fire and must-fire cases for the round-24 review's items 2, 3 and 5 (m24b), on invented sentences: a roundup of
 * provinces' targets counts a province only as a clause's subject; 省市 counted is provinces only after a 等 list; places
 * listed as the clause before share a figure whose clause 都/均 opens, each with the segment's own parsed metric.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model.ts';
import { extractPlan } from './extract.ts';

/** Every target and result as `T|A metric cmp value[..max]unit`, in text order. */
function read(plan: Plan): string[] {
  const all = [
    ...plan.targets.map((t) => ({ span: t.span, line: `T ${t.metric} ${t.comparator} ${t.value}${t.max === null ? '' : `..${t.max}`}${t.unit ?? ''}` })),
    ...plan.actuals.map((a) => ({ span: a.span, line: `A ${a.metric} ${a.value}${a.unit ?? ''}` })),
  ];
  return all.sort((a, b) => a.span[0] - b.span[0]).map((r) => r.line);
}
const regionOf = (text: string) => {
  const plan = extractPlan(text);
  return [plan.region, plan.level];
};

describe('roundup of targets: provinces only as a clause subject (review24 item 2)', () => {
  it('must-not-fire: a province news page comparing its target with other provinces (与江苏、浙江…持平, 低于四川、湖北)', () => {
    const text =
      '江南2024年经济增长目标定为5%左右\n2024-01-23 09:00\n江南省政府工作报告提出，2024年地区生产总值增长5%左右。这一目标与江苏、浙江的目标持平，略低于四川、湖北的目标6%。';
    expect(regionOf(text.replaceAll('江南', '广东'))).toEqual(['广东省', 'province']);
  });
  it('must-not-fire: a congress named, 对标 three provinces', () => {
    const text =
      '广东省十四届人大二次会议开幕\n2024-01-23\n政府工作报告提出，今年广东地区生产总值增长5%左右，固定资产投资增长3%。报告提出，对标江苏、浙江、山东，目标是研发投入强度达到3.5%。';
    expect(regionOf(text)).toEqual(['广东省', 'province']);
  });
  it('must-not-fire: provinces inside place names (黄河南岸, 洞庭湖北岸, 泰山东麓)', () => {
    const plan = extractPlan('青禾县2024年水利工作要点\n2024-02-01\n目标是黄河南岸新建堤防10公里，洞庭湖北岸治理20公里，泰山东麓造林3万亩。');
    expect([plan.region, plan.level]).toEqual(['青禾县', 'district']);
  });
  it('must-not-fire: a prefecture writing 全州 (全旗, 全盟 alike) that names three provinces it works with', () => {
    expect(regionOf('青禾州2024年工作要点\n今年，全州GDP增长6%。目标是与广东、江苏、浙江合作项目达到20个。')).toEqual(['青禾州', 'district']);
    expect(regionOf('青禾州2024年对口协作工作要点\n2024-02-01\n今年，全州与上海、江苏、浙江开展对口协作，目标是引进项目20个以上。')).toEqual([
      '青禾州',
      'district',
    ]);
  });
  it('fires: provinces opening their clauses, or listed after a word that introduces them (其中)', () => {
    expect(regionOf('各地2024年目标一览\n2024-01-28\n其中江苏、浙江将增长目标定在5%以上；湖北的目标为6%左右。')).toEqual(['全国', 'national']);
    expect(regionOf('各地2024年目标一览\n2024-01-28\n辽宁、云南、青海的目标均在4.5%左右。')).toEqual(['全国', 'national']);
  });
});

describe('省市 counted (review24 item 3)', () => {
  it('must-not-fire: 省市 before a noun is a level of recognition, a count of the plan', () => {
    const plan = extractPlan('青禾县2024年工作要点\n新增5个省市重点实验室，争创3个省市共建平台。创建4个省市示范村，打造6个省市农业龙头企业。');
    expect(read(plan)).toEqual(['T 省市重点实验室 = 5个', 'T 省市共建平台 = 3个', 'T 省市示范村 = 4个', 'T 省市农业龙头企业 = 6个']);
  });
  it("must-not-fire: a 等 list before a count of 省市 projects is still the plan's count", () => {
    const plan = extractPlan('青禾县2024年工作要点\n加快建设甲产业园、乙产业园等20个省市重点项目。');
    expect(read(plan)).toEqual(['T 省市重点项目 = 20个']);
  });
  it('fires: 等N个省市 then the clause goes on with its verb — who does it, no entry', () => {
    const plan = extractPlan('多省份召开新春第一会\n2024-02-19\n广东、湖南、山东等20多个省市相继召开新春第一会，江苏、浙江等7个省市，都订出5%至6%的目标值。');
    expect(read(plan).filter((r) => r.includes('省市'))).toEqual([]);
  });
});

describe("places listed as the clause before, 都/均 opening the figure's clause (review24 item 5)", () => {
  const head = '多省份公布2024年经济增长目标\n2024-01-28 10:05\n';
  it('must-not-fire: 都市圈 and 均衡 open nouns, not 都/均 spreading the figure', () => {
    expect(read(extractPlan('青禾县发展规划\n2024-02-01\n南京、苏州、无锡等城市，都市圈常住人口城镇化率达到75%以上。'))).toEqual([
      'T 都市圈常住人口城镇化率 >= 75%',
    ]);
    expect(read(extractPlan('省教育工作要点\n2024-02-01\n其中，甲县、乙县、丙县等县区，均衡发展指数达到0.9以上。'))).toEqual(['T 均衡发展指数 >= 0.9']);
  });
  it("fires with the segment's parsed metric: no comparator nor setting verb left in it", () => {
    expect(read(extractPlan(head + '其中，江苏、浙江、山东等6个省份，均达到5%以上。'))).toEqual(['T 江苏 >= 5%', 'T 浙江 >= 5%', 'T 山东 >= 5%']);
    expect(read(extractPlan(head + '其中，江苏、浙江、山东等省份，均为5%左右。'))).toEqual(['T 江苏 ~ 5%', 'T 浙江 ~ 5%', 'T 山东 ~ 5%']);
    expect(read(extractPlan(head + '其中，江苏、浙江、山东等6个省份，都力争经济增长5%以上。'))).toEqual([
      'T 江苏经济 >= 5%',
      'T 浙江经济 >= 5%',
      'T 山东经济 >= 5%',
    ]);
    expect(read(extractPlan(head + '其中，江苏、浙江、山东等6个省份，都把增速定在5%左右。'))).toEqual(['T 江苏 ~ 5%', 'T 浙江 ~ 5%', 'T 山东 ~ 5%']);
  });
  it('must-not-fire: a list not closed by 等 and a word for places, or a clause 都/均 does not open', () => {
    expect(read(extractPlan(head + '其中，江苏、浙江、山东，都力争经济增长5%以上。'))).not.toContain('T 江苏经济 >= 5%');
    expect(read(extractPlan(head + '其中，江苏、浙江、山东等6个省份，经济增长5%以上。'))).not.toContain('T 江苏经济 >= 5%');
  });
  it('a setting verb 定在 reads as 定为 does, and 稳定在 stays a level held', () => {
    expect(read(extractPlan('青禾县2024年工作要点\n全县地区生产总值增速定在6%左右，粮食产量稳定在50万吨。'))).toEqual([
      'T 地区生产总值 ~ 6%',
      'T 粮食产量 ~ 50万吨',
    ]);
  });
});
