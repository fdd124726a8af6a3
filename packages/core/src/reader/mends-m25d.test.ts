/**
 * Mends of round 25's second read (review25b) of the region gate (r25g) and the counts in plan sentences (r25c): each
 * rule bounded to its clause or its place, with must-not-fire cases made from the review's probe shapes. Invented
 * sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from '../grammar/statements.ts';
import { readDocumentInfo } from './document-info.ts';
import { extractPlan } from './extract.ts';

const regionOf = (text: string) => {
  const { region, level } = readDocumentInfo(text);
  return { region, level };
};
const read = (text: string, listFollows = false) =>
  readStatements(text, { year: 2024, defaultRole: 'target', ...(listFollows ? { listFollows } : {}) }).map((s) => `${s.role} ${s.kind} ${s.value}${s.unit}`);
const entries = (text: string) => {
  const plan = extractPlan(text, {});
  return [...plan.targets.map((t) => `T ${t.metric} ${t.kind} ${t.value}${t.unit}`), ...plan.actuals.map((a) => `A ${a.metric} ${a.kind} ${a.value}${a.unit}`)];
};

describe('1. the region gate: a known ending first; a name written twice still has its stem tested', () => {
  it('words before 市/县 written twice are no region', () => {
    expect(regionOf('2025年安排市重点项目160个，总投资300亿元。\n同时安排市级财政资金4亿元，支持项目前期工作。').region).toBeNull();
    expect(regionOf('部署县重点工作7项\n会议部署县重点工作7项，全县新增就业1200人。').region).toBeNull();
  });
  it('a verb before a known county-level city gives the city, written once or twice', () => {
    expect(regionOf('聚焦宁乡市2025年重点工作\n全市新开工项目45个。')).toEqual({ region: '宁乡市', level: 'district' });
    expect(regionOf('聚焦宁乡市2025年重点工作\n全市新开工项目45个，聚焦宁乡市高质量发展。').region).toBe('宁乡市');
    expect(regionOf('征求廉江市意见：全市地区生产总值增长6%。').region).toBe('廉江市');
  });
  it('a suffix opening a longer word where written (县乡, 市重大) ends no name', () => {
    expect(regionOf('做好县乡村振兴工作要点\n全县新建高标准农田2万亩。').region).toBeNull();
    expect(regionOf('推动市重大项目提速\n全市新开工项目30个。').region).toBeNull();
  });
  it('must not fire: an invented name written whole, a congress number, a real name written twice', () => {
    expect(regionOf('青禾县2025年工作要点\n全县地区生产总值增长6%。').region).toBe('青禾县');
    expect(regionOf('青禾县第九届人民代表大会第三次会议\n全县新增就业3000人。').region).toBe('青禾县');
    expect(regionOf('宁乡市2025年政府工作报告\n宁乡市全市新开工项目45个。').region).toBe('宁乡市');
  });
});

describe('9. a known name that is also a word for an area, ending longer words', () => {
  it('推进老城区… written once: no region', () => {
    expect(regionOf('推进老城区2025年改造计划\n全县改造老旧小区40个。').region).toBeNull();
  });
});

describe('7. a headline opening with a county-level city that then names the prefecture in full', () => {
  it('the prefecture speaks', () => {
    const text = '耒阳市：衡阳市重点项目现场推进会召开\n全市今年新开工项目110个，衡阳市新开工项目110个。衡阳市将完成投资500亿元。';
    expect(regionOf(text).region).toBe('衡阳市');
  });
  it('must not fire: the prefecture short before the county-level city', () => {
    expect(regionOf('衡阳常宁市：2025年全市新签约项目50个\n全市地区生产总值增长6%。衡阳市下达任务。').region).toBe('常宁市');
  });
});

describe('2. 发挥…作用: the role word closes its clause', () => {
  it('things built that the role word only describes stay counts', () => {
    expect(read('充分发挥政策优势培育12家以上带动作用强的龙头企业。')).toEqual(['target count 12家']);
    expect(read('发挥资源禀赋打造6个具有比较优势的产业集群。')).toEqual(['target count 6个']);
  });
  it('must not fire: things put to use stay no entry', () => {
    expect(read('发挥6个省级、20个市级现代农业园区示范作用。')).toEqual([]);
    expect(read('充分发挥8个国家级基地的带动效应，推动产业升级。')).toEqual([]);
  });
});

describe('3. a fraction followed by 是 + noun describes a place; 为 + noun allocates', () => {
  it('an allocation or an aim is a share target', () => {
    expect(read('新增公共就业岗位的三分之一为高校毕业生岗位。')).toEqual(['target share 33.33%']);
    expect(read('新建商品住房的百分之二十为保障性住房。')).toEqual(['target share 20%']);
    expect(read('优良等次比例达到三分之一是基本要求。')).toEqual(['target share 33.33%']);
  });
  it('must not fire: what a place is stays no entry', () => {
    expect(read('全县五分之二是山地、十分之一是水域。')).toEqual([]);
  });
});

describe('6. a count followed by items on their own numbered lines', () => {
  it('numbered items below a block: the count is the list size, no entry', () => {
    expect(entries('全力办好12件民生实事。\n1、新建学校4所。\n2、改造老旧小区20个。')).not.toContainEqual(expect.stringContaining('12件'));
    expect(entries('全力办好12件民生实事。\n一、新建学校4所。\n二、改造老旧小区20个。')).not.toContainEqual(expect.stringContaining('12件'));
  });
  it('must not fire: a section heading after a preface count, or no list', () => {
    expect(entries('今年全县计划实施重点项目80个。\n一、总体要求\n坚持稳中求进。')).toContainEqual(expect.stringContaining('80个'));
    expect(entries('全力办好12件民生实事，确保群众满意。')).toContainEqual('T 民生实事 count 12件');
  });
});

describe('8. 为 + scope anchors at 为: 成为 is no service', () => {
  it('为 + scope + N名 + people + a verb of service counts those served', () => {
    expect(read('为全县3000名老年人提供助餐服务。')).toEqual(['target count 3000名']);
  });
  it('must not fire: the same words after 成为 are no service counted', () => {
    expect(read('企业成为全县3000名老年人提供助餐服务的合作单位。')).toEqual([]);
  });
});

describe('4. a completion-ratio column: its own %, one key per row', () => {
  const table =
    '2024年1-6月青禾县重点指标完成情况表\n指标\t年度目标\t1-6月完成\t完成进度（%）\n固定资产投资（亿元）\t120\t63.5\t52.9\n社会消费品零售总额（亿元）\t200\t98\t49\n';
  it('the ratio is a share in % whatever the row’s unit', () => {
    const plan = extractPlan(table, {});
    const ratios = plan.actuals.filter((a) => a.kind === 'share');
    expect(ratios.map((a) => `${a.value}${a.unit}`)).toEqual(['52.9%', '49%']);
    expect(new Set(ratios.map((a) => a.metricKey)).size).toBe(2);
  });
  it('a header ending in 完成率 or 完成比例 is read alike; 时序进度 is not', () => {
    const rate = table.replace('完成进度（%）', '投资完成率（%）');
    expect(
      extractPlan(rate, {})
        .actuals.filter((a) => a.kind === 'share')
        .map((a) => a.value),
    ).toEqual([52.9, 49]);
    const time = table.replace('完成进度（%）', '时序进度（%）');
    expect(extractPlan(time, {}).actuals.filter((a) => a.kind === 'share')).toEqual([]);
  });
});
