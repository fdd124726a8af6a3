import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricKey, SYNONYMS } from './lexicon.ts';

describe('metricKey', () => {
  it.each([
    ['规上工业增加值', '规模以上工业增加值'],
    ['规模以上工业增加值', '规模以上工业增加值'],
    ['规模工业增加值', '规模以上工业增加值'],
    ['全年规上工业增加值', '规模以上工业增加值'],
    ['技改投资', '技术改造投资'],
    ['技术改造投资', '技术改造投资'],
    ['高企', '高新技术企业'],
    ['规上企业研发投入', '规模以上企业研发经费支出'],
    ['规上工业企业研发经费支出', '规模以上工业企业研发经费支出'],
    ['制造业增加值占 GDP 比重', '制造业增加值占地区生产总值比重'],
    ['制造业增加值占ＧＤＰ比重', '制造业增加值占地区生产总值比重'],
    ['国家级专精特新“小巨人”企业', '国家级专精特新小巨人企业'],
    ['首台（套）装备', '首台套装备'],
    ['新签约亿元以上工业项目', '签约亿元以上工业项目'],
    ['新开工亿元以上工业项目', '开工亿元以上工业项目'],
    ['新型建材产业产值', '新型建材产业产值'],
    ['省级新产品', '省级新产品'],
    ['“中国声谷”营收', '中国声谷营业收入'],
    ['规上工业企业亩均税收', '规模以上工业亩均税收'],
    ['规上工业亩均税收', '规模以上工业亩均税收'],
  ])('%s → %s', (metric, key) => {
    expect(metricKey(metric)).toBe(key);
  });

  it('keys a metric written with its verb like the statement the grammar reads', () => {
    expect(metricKey('新增规上工业企业')).toBe('规模以上工业企业');
    expect(metricKey('培育省级专精特新企业')).toBe('省级专精特新企业');
    expect(metricKey('规上工业增加值增速')).toBe('规模以上工业增加值');
    expect(metricKey('单位GDP能耗下降')).toBe('单位地区生产总值能耗');
    expect(metricKey('推广应用工业机器人')).toBe('工业机器人');
    // verbs that also begin nouns stay
    expect(metricKey('建设用地')).toBe('建设用地');
    expect(metricKey('实施方案')).toBe('实施方案');
    expect(metricKey('新型建材产业产值')).toBe('新型建材产业产值');
  });

  it('gives the same key to the same metric from two documents', () => {
    // seed 000 (六安市) vs seed 004 (金安区): 技改投资 / 技改投资; 规上工业增加值 / 规上工业增加值
    expect(metricKey('技改投资')).toBe(metricKey('技术改造投资'));
    expect(metricKey('规上工业企业')).toBe(metricKey('规模以上工业企业'));
    expect(metricKey('规模工业企业')).toBe(metricKey('规上工业企业'));
  });

  it('is idempotent and total', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'规上模以工业技改投资新增同比全年“”（） 营收研发GDP企'.split('')) }), (s) => {
        const key = metricKey(s);
        expect(metricKey(key)).toBe(key);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof metricKey(s)).toBe('string');
      }),
    );
  });

  it('documents every synonym', () => {
    for (const entry of SYNONYMS) expect(entry.why.length, entry.from).toBeGreaterThan(5);
  });
});
