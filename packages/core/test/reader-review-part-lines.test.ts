/**
 * A digest of a work report cut to its review part, opening on its heading line (2023年工作回顾) and a 收官之年 or 开局之年
 * under it: on invented texts, the report is for the year after the one reviewed.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;

describe('a review heading line over a turning year', () => {
  it('plans for the year after the one reviewed (收官之年)', () => {
    const text = ['2020年工作回顾', '2020年是“十三五”收官之年。全省地区生产总值增长3.5%，城镇新增就业40万人。'].join('\n');
    expect(yearOf(text)).toBe(2021);
  });

  it('does so under a numbered heading (开局之年)', () => {
    const text = ['一、2021年工作回顾', '2021年是“十四五”开局之年。全市地区生产总值增长8%。'].join('\n');
    expect(yearOf(text)).toBe(2022);
  });
});

describe('texts the rule must leave alone', () => {
  it('keeps a turning year with no review heading', () => {
    expect(yearOf('2021年是“十四五”开局之年。全市地区生产总值力争增长8%。')).toBe(2021);
  });

  it('does not read 工作回顾与展望 in a sentence as a heading', () => {
    const text = '会议听取了2021年工作回顾与展望。2021年是“十四五”开局之年。全市地区生产总值力争增长8%。';
    expect(yearOf(text)).not.toBe(2022);
  });

  it('keeps a work report that names its plan year after the review', () => {
    const text = ['一、2022年工作回顾', '全市地区生产总值增长5%。', '二、2023年工作安排', '全市地区生产总值增长6%左右。'].join('\n');
    expect(yearOf(text)).toBe(2023);
  });
});
