/**
 * Counts in plan sentences (round 25, r25c): a count before its object after 为 + scope or 等N大类, a count in 万 before
 * people; a count that only counts the items listed after it (in its clause, or in the next sentence: context.listFollows);
 * a fraction of a place that is some land, things put to use in 发挥…作用, a figure inside a document's title. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';
import type { StatementContext } from './types.ts';

const read = (text: string, context: StatementContext = { year: 2024, defaultRole: 'target' }) =>
  readStatements(text, context).map((s) => `${s.role} ${s.kind} ${s.value}${s.unit}`);

describe('a count before its object', () => {
  it('为 + scope + N名 + people + a verb of service counts those served', () => {
    expect(read('为全市5600名残疾人提供康复服务。')).toEqual(['target count 5600名']);
    expect(read('为辖区900名独居老人安装烟感报警器。')).toEqual(['target count 900名']);
  });
  it('N万 before a noun of people counts them in 人', () => {
    expect(read('为42万中小学生开展视力筛查。')).toEqual(['target count 420000人']);
    expect(read('组织3万新市民参加技能培训。')).toEqual(['target count 30000人']);
  });
  it('等N大类 / 等N类 between a list and its count', () => {
    expect(read('实施城市道路、排水管网等5大类38个项目。')).toEqual(['target count 38个']);
    expect(read('推进文化、体育等三类16个项目。')).toEqual(['target count 16个']);
  });
  it('must not fire: 万 before a per-head measure, money, or 为 without a verb of service', () => {
    expect(read('全县5万居民人均增收1200元。')).toEqual(['target level 1200元']);
    expect(read('安排资金30万元。')).toEqual(['target level 30万元']);
    // (成为 before scope + N名 + people + a verb of service: FOR_WHOM is anchored at 为, so nothing is counted as served.)
    expect(read('企业成为全县3000名老年人提供助餐服务的合作单位。')).toEqual([]);
  });
});

describe('a count that only counts the items listed after it', () => {
  it('in its clause or after a colon: no entry', () => {
    expect(read('今年我镇实施20项惠民实事，具体安排如下。')).toEqual([]);
    expect(read('深化四项改革：户籍制度改革、医保支付改革、教育评价改革、国企改革。')).toEqual([]);
    expect(read('今年为民工程共涉及12项，分别是：')).toEqual([]);
  });
  it('in the next sentence (context.listFollows): no entry', () => {
    const next = { year: 2024, defaultRole: 'target' as const, listFollows: true };
    expect(read('全力办好16件民生实事。', next)).toEqual([]);
    expect(read('重点推进8项工作。', next)).toEqual([]);
  });
  it('must not fire: no list after it, or a count of projects', () => {
    expect(read('全力办好16件民生实事。')).toEqual(['target count 16件']);
    expect(read('重点推进8项工作，地区生产总值增长6%。')).toEqual(['target growth 6%']);
    const next = { year: 2024, defaultRole: 'target' as const, listFollows: true };
    expect(read('全年实施重点项目120个。', next)).toEqual(['target count 120个']);
  });
});

describe('descriptions that are no measure', () => {
  it('a fraction of a place that is some land', () => {
    expect(read('全县五分之二是山地、十分之一是水域。')).toEqual([]);
  });
  it('things put to use in 发挥…作用', () => {
    expect(read('发挥6个省级、20个市级现代农业园区示范作用。')).toEqual([]);
  });
  it('a figure inside a document title', () => {
    expect(read('印发《关于做好2024年18项重点工作的通知》。')).toEqual([]);
    expect(read('市政府关于实施25项惠民工程的实施意见')).toEqual([]);
  });
  it('must not fire: a fraction reached, a count built before its role, a title-like phrase broken by a comma', () => {
    expect(read('森林覆盖率提高到三分之一以上。')).toEqual(['target share 33.33%']);
    expect(read('新建6个现代农业园区，发挥示范作用。')).toEqual(['target increment 6个']);
    expect(read('关于民生，今年实施25项惠民工程的要求已下达。')).toEqual(['target count 25项']);
  });
});
