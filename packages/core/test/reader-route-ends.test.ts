import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';

const regionOf = (text: string) => {
  const { region, level } = readDocumentInfo(text);
  return { region, level };
};

describe('a county short form written only in a route or a partner pair (withoutRoutesAndPairs)', () => {
  it('names no county: the roads run to it, the partners are two', () => {
    const text =
      '推进临潼至蓝田高速公路、西安至蓝田城际铁路建设，开通西安-蓝田旅游公交专线，深化宁波、蓝田协作，全县农村集体经济收益20万元以上的行政村达60个。';
    expect(regionOf(text)).toEqual({ region: null, level: 'district' });
  });

  it('still reads the county written by its short form outside a route or a pair', () => {
    expect(regionOf('全县上下凝心聚力，蓝田经济稳中向好，西安市考核中蓝田位次前移。').region).toBe('蓝田县');
    expect(regionOf('全县上下凝心聚力，推进蓝田至临潼高速公路建设，蓝田葛牌镇旅游加快发展，西安市考核优秀。').region).toBe('蓝田县');
    expect(regionOf('全县上下凝心聚力，深化与宁波协作，蓝田经济稳中向好，西安市考核优秀。').region).toBe('蓝田县');
  });
});
