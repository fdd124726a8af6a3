/**
 * An undated text that speaks of 明年 and builds one year on the year before it (在2020年…的基础上，2021年实现…):
 * that year is its 明年, the year it plans.
 */
import { describe, expect, it } from 'vitest';
import { readYear } from '../src/reader/document-info.ts';

describe('a year built on the year before it, in a text of 明年', () => {
  it('is the plan year', () => {
    const text = '据介绍，明年全省水利投资将达到300亿元。在2020年实现村村通自来水的基础上，2021年实现城乡供水一体化。农村自来水普及率达到95%。';
    expect(readYear('', text).year).toBe(2021);
  });

  it.each([
    // A review that builds one year's growth on the last: no 明年.
    ['在2018年增长8%的基础上，2019年又增长7%。全省工业增加值达到900亿元。', 2020],
    // Years that are not one after the other.
    ['明年全省水利投资将达到300亿元。在2015年实现村村通的基础上，2020年实现城乡供水一体化。', 2016],
    // A dated page: its date says the year.
    ['发布时间：2023-12-20\n明年全省水利投资将达到300亿元。在2020年实现村村通的基础上，2021年实现城乡供水一体化。', 2021],
  ])('gives no plan year from the pair: %s', (text, notYear) => {
    expect(readYear('', text).year).not.toBe(notYear);
  });
});
