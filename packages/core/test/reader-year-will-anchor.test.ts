/**
 * 2027年，我们将锚定…。预期目标是，…同比增长7%: a year whose clause goes on to what will be (将锚定, 将打造, 将推进) is a
 * year aimed at, not a year of results, so the undated 预期目标 after it are that year's, not the next year's (invented texts).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const years = (text: string) => extractPlan(text).targets.map((t) => t.year);
const goals = '预期目标是，地区生产总值同比增长6.5%，规上工业总产值同比增长8%，社会消费品零售总额同比增长7%。';

describe('a year with 将锚定 after it', () => {
  it('dates the undated 预期目标 after it by that year', () => {
    expect(years(`某区这样干\n\n  区长 某某\n\n  2027年，我们将锚定打造“千亿级城区”的定位。${goals}\n`)).toEqual([2027, 2027, 2027]);
  });

  it('reads 将打造 and 将推进 the same way', () => {
    expect(years(`某区这样干\n\n  2027年，我们将打造区域创新高地。${goals}\n`)).toEqual([2027, 2027, 2027]);
    expect(years(`某区这样干\n\n  2027年，全区将推进产业升级。${goals}\n`)).toEqual([2027, 2027, 2027]);
  });
});

describe('must not fire', () => {
  it('keeps a year of results before undated goals the year before them', () => {
    expect(years(`某区这样干\n\n  2027年，地区生产总值同比增长5.1%。${goals}\n`)).toEqual([2028, 2028, 2028]);
  });

  it('keeps 将近 (nearly) no aim', () => {
    expect(years(`某区这样干\n\n  2027年，全区将近一半企业完成技改，地区生产总值同比增长5.1%。${goals}\n`)).toEqual([2028, 2028, 2028]);
  });

  it('keeps a verb of the past after the year (已推进) no aim', () => {
    expect(years(`某区这样干\n\n  2027年，全区已推进产业升级，地区生产总值同比增长5.1%。${goals}\n`)).toEqual([2028, 2028, 2028]);
  });
});
