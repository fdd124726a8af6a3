/**
 * A rank whose own clause names what ranks, after a figure of another measure in the sentence.
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const ranks = (text: string) =>
  readStatements(text, { year: 2024 })
    .filter((s) => s.kind === 'rank')
    .map((s) => `${s.metric} ${s.value}`);

describe('a rank names its own subject', () => {
  it.each([
    ['2023年，全省省级孵化器达到180家，技术合同成交额保持全国第五位。', ['技术合同成交额 5']],
    ['2023年，全市新能源汽车产量增长35%；充电桩总量居全省第二。', ['充电桩总量 2']],
    ['2023年，港口吞吐量达到3.2亿吨，集装箱吞吐量稳居全国第七位。', ['集装箱吞吐量 7']],
    // Cue words, a year and a scope opening the clause are no part of what ranks, as in any metric.
    ['引进项目50个，其中亿元以上项目居全省第一。', ['亿元以上项目 1']],
    ['专利授权量达到2万件，全市发明专利拥有量居全省第4位。', ['发明专利拥有量 4']],
    ['新增企业100家，2023年全市数字经济规模居全省第三位。', ['数字经济规模 3']],
  ])('%s', (text, want) => {
    expect(ranks(text)).toEqual(want);
  });
});

describe('a rank that names no subject of its own, or only points back, ranks the figure before', () => {
  it.each([
    ['2023年，规上工业增加值增长9.1%，居全省第一位。', ['规上工业增加值 1']],
    ['2023年，规上工业增加值增长9.1%，增速居全省第一位。', ['规上工业增加值 1']],
    ['2023年，创建省级专精特新企业12家，数量居全市第二位。', ['省级专精特新企业 2']],
    ['2023年，地区生产总值增长6.5%、居全省第三位。', ['地区生产总值 3']],
    ['2023年，地区生产总值突破800亿元，总量在全省排名上升至第9位。', ['地区生产总值 9']],
    ['2023年，地区生产总值增长7%，在全省十个设区市中与另外两市并列第一。', ['地区生产总值 1']],
    ['2023年，固定资产投资增长12%，完成率居全市第一。', ['固定资产投资 1']],
    ['2023年，地区生产总值增长7%，某市跃居全省第二位。', ['地区生产总值 2']],
  ])('%s', (text, want) => {
    expect(ranks(text)).toEqual(want);
  });
});

describe('the place of a name in a list of departments is no rank', () => {
  it.each([
    ['各项任务由多个部门负责的（除注明“共同牵头”外），列第一位为牵头单位。', []],
    ['责任单位中排在第一位的为牵头单位，其他为配合单位。', []],
    ['表中责任单位列第一位者为汇总单位。', []],
    // a rank a measure reaches stays one, whatever follows it
    ['2023年，规上工业增加值增速居全省第一位，为全市经济增长作出贡献。', ['规上工业增加值增速 1']],
    ['2023年，全市粮食产量居全省第二位，是全省产粮大市。', ['全市粮食产量 2']],
  ])('%s', (text, want) => {
    expect(ranks(text)).toEqual(want);
  });
});

describe('one rank after a 、 list of named measures ranks each of them', () => {
  it.each([
    [
      '2023年，这些指标中，规上工业增加值增速、建筑业总产值增速、城镇居民人均可支配收入增速在全市排第一。',
      ['规上工业增加值增速 1', '建筑业总产值增速 1', '城镇居民人均可支配收入增速 1'],
    ],
    ['2023年，招商引资工作考核、营商环境评价排名全省第二。', ['招商引资工作考核 2', '营商环境评价 2']],
    // The last item may be a short name of its own.
    ['2023年，全县财政收入增速、社会消费品零售总额增速、税比居全市第1位。', ['全县财政收入增速 1', '社会消费品零售总额增速 1', '税比 1']],
  ])('%s', (text, want) => {
    expect(ranks(text)).toEqual(want);
  });

  // Not a list of measures: a rank that qualifies a noun, a list with a number or a short stub, one measure.
  it.each([
    // (r33x: a rank describing the kind of city after 的 is no rank at all, corpus c189.)
    ['2023年，作为人口流出大市、外出务工人员全国排名第一的城市，我们抓好返乡创业。', 0],
    ['2023年，一、二产业增加值增速居全省第一。', 1],
    ['2023年，两县、三区综合考评居全市第一。', 1],
    ['2023年，地区生产总值增速排名全市第二。', 1],
    ['2023年，粮食、油料产量居全省第一。', 1],
    ['2023年，工业、农业居全省第一。', 1],
    ['2023年，总产值、三县居全市第一。', 1],
    ['2023年，工业投资增速、三县居全市第一。', 1],
  ])('%s', (text, count) => {
    expect(ranks(text)).toHaveLength(count);
  });
});

describe('ranks joined by 和 after as many named measures pair with them in order', () => {
  it.each([
    ['2023年，工业投资增速、民间投资占比居全省第2位和第5位。', ['工业投资增速 2', '民间投资占比 5']],
    ['2023年，工业投资增速、民间投资占比分别居全省第2位和第5位。', ['工业投资增速 2', '民间投资占比 5']],
  ])('%s', (text, want) => {
    expect(ranks(text)).toEqual(want);
  });

  // Not paired: ranks at other scopes, figures before the ranks, counts that differ.
  it.each([
    ['2023年，地区生产总值居全国第七位、中部第一位。', ['地区生产总值 7', '地区生产总值 1']],
    ['2023年，工业投资、民间投资分别增长8%和9%，分别居全省第2位和第5位。', ['工业投资 2', '民间投资 5']],
    [
      '2023年，工业投资增速、民间投资占比、外贸增速居全省第2位和第5位。',
      ['工业投资增速 2', '民间投资占比 2', '外贸增速 2', '工业投资增速 5', '民间投资占比 5', '外贸增速 5'],
    ],
  ])('%s', (text, want) => {
    expect(ranks(text)).toEqual(want);
  });
});

describe('a place won in a contest', () => {
  const ranks = (text: string) =>
    readStatements(text, { year: 2023, defaultRole: 'actual' })
      .filter((s) => s.kind === 'rank')
      .map((s) => `${s.value} ${s.rankScope ?? ''}`);

  it('is no rank right after 荣获/获得, alone or listed', () => {
    expect(ranks('在全市项目观摩活动中，甲区、乙区分别荣获第一、第二名；丙区荣获第三名。')).toEqual([]);
    expect(ranks('该县代表队在技能比赛中获得第2名。')).toEqual([]);
  });

  it('still ranks with a scope, or after 居/位居', () => {
    expect(ranks('地区生产总值增速荣获全省第一名。')).toEqual(['1 全省']);
    expect(ranks('经济增速居全市第二名。')).toEqual(['2 全市']);
    expect(ranks('规上工业增加值增速位居全省第3名。')).toEqual(['3 全省']);
  });
});

describe('a rank naming the holder of a figure compared with (第三国家的…)', () => {
  it.each([
    ['全省经济总量超过了全国排名第十省份的总量。', []],
    ['五年经济增量超过世界排名第3国家的经济总量。', []],
  ])('%s is no rank reached', (text, want) => {
    expect(ranks(text)).toEqual(want);
  });

  it.each([
    ['全市经济总量居全省第三，增速居全省第一。', ['全市经济总量 3', '增速 1']],
    ['港口吞吐量跃居全国第5位，成为国家级物流枢纽。', ['港口吞吐量 5']],
    ['全市数字经济规模居全省第二位，为全省领先的城市。', ['全市数字经济规模 2']],
  ])('must not fire: %s', (text, want) => {
    expect(ranks(text)).toEqual(want);
  });
});
