/**
 * 汇聚, 集聚, 聚集 before a count: what a place has gathered, counted as 拥有 counts what it has.
 * Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.role} ${s.metric} ${s.value}${s.unit}`);

describe('a count after 汇聚/集聚/聚集 is read', () => {
  it.each([
    ['过去一年，软件园汇聚45家研发中心。', ['actual 研发中心 45家']],
    ['去年高新区集聚280家高新技术企业、12家上市公司。', ['actual 高新技术企业 280家', 'actual 上市公司 12家']],
    ['力争产业园集聚150家企业。', ['target 企业 150家']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // no count after the verb, or the word is part of a name
    ['汇聚各方力量推动高质量发展。', []],
    ['加快建设产业集聚区。', []],
    ['人才加速聚集，创新活力不断增强。', []],
    ['推动5个产业集聚区提质升级。', ['target 产业集聚区提质升级 5个']],
    // a size or money after the verb is no count of things gathered
    ['去年园区集聚产值达到120亿元。', ['actual 园区集聚产值 120亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a count a verb and 的 single out (重点培育的N个…) is the group a later figure is of', () => {
  const values = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.value}${s.unit}`);

  it('reads only the figure of the group', () => {
    expect(values('省级重点培育的12个特色产业集群营业收入超过3000亿元。')).toEqual(['3000亿元']);
    expect(values('纳入县级调度的40个重点项目，累计完成投资56亿元。')).toEqual(['56亿元']);
    expect(values('全市重点监测的30家企业用电量增长6%。')).toEqual(['6%']);
  });

  it('keeps counts a verb governs, a 的 with no figure after, and a verb with no 的', () => {
    expect(values('全年培育15个示范村，纳入调度的项目完成投资8亿元。')).toEqual(['15个', '8亿元']);
    expect(values('今年新培育的12家企业。')).toEqual(['12家']);
    expect(values('重点培育20个特色产业集群，营业收入超过3000亿元。')).toEqual(['20个', '3000亿元']);
    expect(values('建设的10个项目全部开工。')).toEqual(['10个']);
  });
});
