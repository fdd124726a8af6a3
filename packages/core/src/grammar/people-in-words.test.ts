/**
 * A count of people in 万 or 亿 written before the people it counts, without 人: 近1亿农村贫困人口, 960多万贫困人口 (多/余
 * between the digits and 万), 26万农民. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year = 2023) => readStatements(text, { year }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.value}${s.unit}`);

describe('people counted in 亿, in 多万 and as 农民 before a verb', () => {
  it('亿 and 多万 before the people counted scale the count', () => {
    expect(read('2022年，全省近0.2亿农村低收入人口实现稳定增收。')).toEqual(['actual 农村低收入人口实现稳定增收 count 20000000人']);
    expect(read('2022年，全省320多万贫困人口实现稳定脱贫。')).toEqual(['actual 贫困人口实现稳定脱贫 count 3200000人']);
    expect(read('2022年，全省15余万农业转移人口落户城镇。')).toEqual(['actual 农业转移人口落户城镇 count 150000人']);
  });

  it('农民 counted in 万 before what they did', () => {
    expect(read('2022年，约8万农民就地转为城镇居民。')).toEqual(['actual 农民就地转为城镇居民 count 80000人']);
  });
});

describe('money and what people earn stay out', () => {
  it('亿 before 人民币, 万亿, and 多万 before 元 are money; 农民人均 is a per-head measure', () => {
    expect(read('2022年，全省引进资金500亿人民币。')[0]).not.toContain('人民币 count');
    expect(read('2022年，完成投资960多万元。')).toEqual(['actual 投资 level 960万元']);
    expect(read('2022年，全省1万亿农村产业投资到位。')).not.toContainEqual(expect.stringContaining('count'));
    expect(read('2022年，5万农民人均增收2000元。')).toEqual(['actual 5万农民人均增收 level 2000元']);
    expect(read('2022年，全县有3亿多元资金用于农民培训。')).not.toContainEqual(expect.stringContaining('人'));
  });
});
