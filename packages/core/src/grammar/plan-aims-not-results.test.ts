/**
 * A plan's aims that read like reports (review23 items 2, 6, 7): a manner word or works in turn (如期建成, 顺利通过, 陆续投产),
 * a bare 一季度 before an estimate, and a breakdown by place in brackets beside a bound (超过). Each reading keeps its target;
 * the shapes the rules were written for still fire. Invented sentences only, read with extractPlan.
 */
import { describe, expect, it } from 'vitest';
import { entriesInOrder, monthsOf } from '../../test/entries-in-order.ts';
import { extractPlan } from '../reader/extract.ts';

/** Every entry as `T metric comparator value unit` or `A metric value unit months [est]`, in text order. */
const read = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text),
    (t) => `T ${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''}`,
    (a) => `A ${a.metric} ${a.value}${a.unit ?? ''}${monthsOf(a.period, ' ')}${a.estimate ? ' est' : ''}`,
  );

describe('done in turn (相继/陆续/先后) only before a plan clause; 如期/顺利/圆满 say how work is to go', () => {
  it('must not fire: 如期建成投运, a 工作要点 item, then its works', () => {
    expect(read('2024年工作要点\n3.中心城区污水处理厂如期建成投运，新建污水管网20公里。')).toEqual(['T 污水管网 = 20公里']);
  });
  it('must not fire: 顺利通过 opening a plan sentence', () => {
    expect(read('2024年工作要点\n国家卫生城市复审顺利通过，新建口袋公园10个，改造老旧小区20个。')).toEqual(['T 口袋公园 = 10个', 'T 改造老旧小区 = 20个']);
  });
  it('must not fire: 顺利召开 carries no result role into the next sentence', () => {
    expect(read('2024年工作要点\n一、重点工作\n市第十五次党代会顺利召开。新建幼儿园5所，新增学位2000个。')).toEqual(['T 幼儿园 = 5所', 'T 学位 = 2000个']);
    expect(read('2024年工作要点\n创卫工作顺利通过国家复审。全年新建口袋公园10个。')).toEqual(['T 口袋公园 = 10个']);
  });
  it('must not fire: 相继召开 with no plan clause after it carries nothing either', () => {
    expect(read('2024年工作要点\n各县区相继召开项目推进会。新建幼儿园5所，新增学位2000个。')).toEqual(['T 幼儿园 = 5所', 'T 学位 = 2000个']);
  });
  it('must not fire: 陆续投产 in a plan sentence with no plan clause after it', () => {
    const entries = read('2024年工作要点\n全年实施工业项目50个。20个续建项目陆续投产，新增产值30亿元。');
    expect(entries.map((e) => e[0]).join('')).toBe('TTT');
    expect(entries[2]).toBe('T 产值 = 30亿元');
  });
  it('must not fire: a pushing verb (加快/推动) before 相继投产', () => {
    const entries = read('2024年工作要点\n加快推动12个续建项目相继投产，今年将新开工项目30个。');
    expect(entries.map((e) => e[0]).join('')).toBe('TT');
    expect(entries[1]).toBe('T 新开工项目 = 30个');
  });
  it('fires: 陆续投产, then a plan clause — the count before it is reported', () => {
    const entries = read('2024年工作要点\n全市12个续建项目陆续投产，今年将新开工项目30个。');
    expect(entries.map((e) => e[0]).join('')).toBe('AT');
    expect(entries[0]).toMatch(/^A .* 12个$/);
    expect(entries[1]).toBe('T 新开工项目 = 30个');
  });
});

describe('an estimate of the months under way is a result only after months reported with a figure', () => {
  it('must not fire: a bare 一季度 (开门红) before 预计上半年将', () => {
    expect(read('2024年政府工作报告\n今年一季度实现开门红，预计上半年将完成投资50亿元，力争全年完成投资120亿元。')).toEqual([
      'T 投资 = 50亿元',
      'T 投资 = 120亿元',
    ]);
  });
  it('fires: 一季度 with its figure, then 预计上半年将', () => {
    expect(read('2024年政府工作报告\n一季度完成投资20亿元，预计上半年将完成投资50亿元。')).toEqual(['A 投资 20亿元 1-3', 'A 投资 50亿元 1-6 est']);
  });
  it('（预测） after a figure marks an estimate, as （预计） does', () => {
    expect(read('2024年经济运行情况\n全年地区生产总值增长6%左右（预测）。')).toEqual(['A 地区生产总值 6% est']);
  });
});

describe('other places’ bracketed figures are results only under a comparison that governs them', () => {
  it('must not fire: a breakdown by district beside 超过 bounding the text’s own figure', () => {
    expect(read('2024年工作要点\n今年新建学校8所，其中东城区（5所）、西城区（3所），新增学位超过1万个。')).toEqual([
      'T 学校 = 8所',
      'T 东城区（ = 5所',
      'T ）、西城区（ = 3所',
      'T 学位 > 10000个',
    ]);
  });
  it('must not fire: 与 before the places with no 相当/持平/接近 after them', () => {
    const entries = read('2024年工作要点\n今年与东城区（5个）、西城区（3个）合作共建产业园，新增项目20个。');
    expect(entries.map((e) => e[0]).join('')).toBe('TTT');
    expect(entries[2]).toBe('T 项目 = 20个');
  });
  it('fires: 高于 right before the first of the places', () => {
    const entries = read('2024年政府工作报告\n今年地区生产总值增长6.5%，高于全省（6%）、全国（5%）平均水平。');
    expect(entries[0]).toBe('T 地区生产总值 = 6.5%');
    expect(entries.slice(1).every((e) => e.startsWith('A '))).toBe(true);
  });
  it('fires: 与…相当, and 远低于 before a place in the same sentence', () => {
    expect(read('2024年经济运行\n全市地区生产总值与东城市（1200亿元）、西城市（1350亿元）相当，但远低于南城市（2800亿元）。')).toEqual([
      'A 全市地区生产总值与东城市 1200亿元',
      'A 全市地区生产总值与东城市 1350亿元',
      'A 全市地区生产总值与东城市 2800亿元',
    ]);
  });
});
