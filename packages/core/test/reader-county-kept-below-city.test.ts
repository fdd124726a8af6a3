import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';

const regionOf = (text: string) => {
  const { region, level } = readDocumentInfo(text);
  return { region, level };
};

describe('a county kept named below the city a province word narrowed to (countyKeptBelowCity)', () => {
  const text =
    '深入贯彻视察贵州重要讲话精神，全面增强息烽县农业竞争力，特制定本方案。到2025年，建成贵阳市蔬菜保供基地、贵阳市茶叶基地，息烽农产品加工产值达50亿元，息烽与全省农业协作发展。';

  it('reads the county written whole once and, with its short form, more often than its city', () => {
    expect(regionOf(text)).toEqual({ region: '息烽县', level: 'district' });
  });

  it('does not fire when the county is never written whole, is named no more than its city, or the scope is a city', () => {
    expect(regionOf(text.replace('息烽县', '息烽')).region).toBe('贵阳市');
    expect(regionOf(text.replace('息烽与', '并与')).region).toBe('贵阳市');
    expect(regionOf(text.replace('全省', '全市')).region).toBe('贵阳市');
    // Two counties each named more than the city: neither.
    const two = `${text}修文农业加快发展，修文县茶园扩大，修文茶叶产值增长。`;
    expect(regionOf(two).region).toBe('贵阳市');
  });
});
