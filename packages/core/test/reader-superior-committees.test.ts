/**
 * A text that names its prefecture's party committee and then a bare committee of another term or a lower suffix
 * (扬州市委八届九次全会、市委十届五次全会) speaks for a body below that prefecture: a county-level city or a district,
 * never the prefecture it names as its superior. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return { region: plan.region, level: plan.level };
};

describe('a bare committee after its prefecture’s', () => {
  it('reads a county-level city below the prefecture it names (another term of 市委)', () => {
    const text = [
      '今年政府工作的总体要求是：认真落实省委十二届六次全会、扬州市委八届九次全会、市委十届五次全会部署要求，稳中求进。',
      '主要预期目标：地区生产总值增长6%左右，一般公共预算收入增长3%。',
    ].join('\n');
    const { region, level } = read(text);
    expect(level).toBe('district');
    expect(region).not.toBe('扬州市');
  });

  it('reads a district when a bare 县委 follows the named city', () => {
    const text = '做好今年工作，要认真贯彻宝鸡市委十四届五次全会、县委十八届六次全会精神。地区生产总值增长6%，固定资产投资增长8%。';
    expect(read(text).level).toBe('district');
  });

  it('then finds the county-level city the text writes by its short form below that prefecture', () => {
    const text = [
      '二、今年工作总体要求和主要目标',
      '认真落实郑州市委十二届七次全会暨市委经济工作会议精神，按照市委六届八次全会部署，开创新密实践新局面。',
      '主要预期目标是：地区生产总值增长6%左右；固定资产投资增长8%。',
    ].join('\n');
    expect(read(text)).toEqual({ region: '新密市', level: 'district' });
  });
});

describe('superiors listed from the province down, then a bare committee', () => {
  it('reads the bare 市委 after them in the same sentence as the speaker’s, its term unwritten', () => {
    const text = [
      '今年政府工作总体要求：认真落实省委十一届三次全会和宜昌市委七届五次全会部署，紧紧围绕市委工作要求，坚持稳中求进。',
      '主要预期目标：地区生产总值增长8%，固定资产投资增长10%。',
    ].join('\n');
    expect(read(text).level).toBe('district');
  });

  it('leaves a prefecture’s text that names itself with no province before it', () => {
    const text = '宜昌市委七届五次全会召开，全会强调，要围绕市委部署，全市地区生产总值增长8%，全市固定资产投资增长10%。';
    expect(read(text).level).toBe('city');
  });

  it('leaves a bare 市委 in the next sentence', () => {
    const text = '认真落实省委十一届三次全会和宜昌市委七届五次全会部署。市委要求，全市地区生产总值增长8%，全市固定资产投资增长10%。';
    expect(read(text).level).toBe('city');
  });

  it('leaves the prefecture’s own meeting joined by 暨', () => {
    const text = '认真落实省委十一届三次全会、宜昌市委七届五次全会暨市委经济工作会议精神，全市地区生产总值增长8%，全市固定资产投资增长10%。';
    expect(read(text).level).toBe('city');
  });
});

describe('committees the rule leaves alone', () => {
  it('keeps a prefecture that names its own committee twice with one term', () => {
    const text = '泰州市委六届十次全会召开。全会指出，市委六届十次全会是一次重要会议。全市地区生产总值增长6%，全市固定资产投资增长8%。';
    expect(read(text)).toEqual({ region: '泰州市', level: 'city' });
  });

  it('keeps a prefecture that names only its province’s committee (四川省委…、市委…)', () => {
    const text = '认真落实四川省委十二届三次全会、市委八届五次全会精神。全市地区生产总值增长6%，全市固定资产投资增长8%。';
    expect(read(text).level).toBe('city');
  });

  it('keeps a text that names committees without their terms', () => {
    const text = '认真落实省委、扬州市委决策部署，全市地区生产总值增长6%，全市固定资产投资增长8%。扬州市加快发展。';
    expect(read(text)).toEqual({ region: '扬州市', level: 'city' });
  });

  it('keeps a city whose bare committee is named before the prefecture’s (no superior ahead of it)', () => {
    const text = '市委十届五次全会要求，全市对标学习扬州市委八届九次全会经验。泰州市地区生产总值增长6%，全市固定资产投资增长8%。';
    expect(read(text).level).toBe('city');
  });
});
