/**
 * A bare 亿 after a verb of reaching that closes its clause is a sum in 亿元 when its sentence named a sum of money before
 * it (地区生产总值增长7%左右，有望突破3000亿), and nothing of the kind when another measure stands between. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year = 2023) => readStatements(text, { year }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.value}${s.unit}`);

describe('a bare 亿 a sum of its sentence reaches is money', () => {
  it('有望突破, 突破 after a growth of the sum named', () => {
    expect(read('2022年，全市地区生产总值增长6.5%，有望突破2500亿。')).toContain('actual 地区生产总值 level 2500亿元');
    expect(read('2022年，一般公共预算收入增长9%，突破150亿。')).toContain('actual 一般公共预算收入 level 150亿元');
  });
});

describe('another measure between, or no sum named, gives no money', () => {
  it('人口, 产量, 游客 between the sum and the figure', () => {
    expect(read('2022年，全省GDP增长6%，常住人口突破1亿。')).not.toContainEqual(expect.stringContaining('亿元'));
    expect(read('2022年，地区生产总值增长5%，粮食产量突破600亿。')).not.toContainEqual(expect.stringContaining('亿元'));
    expect(read('2022年，旅游收入增长12%，接待游客突破1亿。')).not.toContainEqual(expect.stringContaining('1亿元'));
  });

  it('no sum named in the sentence', () => {
    expect(read('2022年，快递业务量突破10亿。')).not.toContainEqual(expect.stringContaining('亿元'));
  });
});
