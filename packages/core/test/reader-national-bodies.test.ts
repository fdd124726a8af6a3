/**
 * A national commission issuing a plan, written by its full name with the day between (国家发展和改革委员会于…公布“…规划”):
 * on invented texts, the text speaks for the nation, not for the place a reposting source is named after.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const regionOf = (text: string) => extractPlan(text).region;

describe('a national commission publishing a plan', () => {
  it('speaks for the nation though the repost’s source names a place', () => {
    const text = [
      '资料来源：香港某某研究会',
      '国家发展和改革委员会于2022年3月5日公布“十四五现代能源体系规划”。预计到2025年，非化石能源消费比重提高到20%左右。',
    ].join('\n');
    expect(regionOf(text)).toBe('全国');
  });

  it('reads 国家某某局 发布“…” the same way', () => {
    expect(regionOf('国家能源局发布“某某发展规划”。到2025年，全国风电装机达到5亿千瓦。')).toBe('全国');
  });
});

describe('texts the rule must leave alone', () => {
  it('keeps a province that cites the national plan', () => {
    const text = '国家发展和改革委员会于2022年3月5日公布“十四五现代能源体系规划”。湖南省认真贯彻，到2025年，全省非化石能源消费比重提高到25%。';
    expect(regionOf(text)).toBe('湖南省');
  });

  it('keeps a city’s own commission (市发展和改革委员会公布“…”)', () => {
    const text = '长沙市发展和改革委员会于2022年3月5日公布“长沙市能源规划”。到2025年，全市非化石能源消费比重提高到20%。';
    expect(regionOf(text)).toBe('长沙市');
  });
});
