import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';

const regionOf = (text: string) => {
  const { region, level } = readDocumentInfo(text);
  return { region, level };
};

describe('a development or reform zone the text names after its region and keeps speaking of (keptZone)', () => {
  it('reads the zone written whole three times, or once with its kind written bare twice more', () => {
    const zone = '宜昌经济开发区召开工作会议。宜昌经济开发区规上工业增加值增长8%，宜昌经济开发区新增企业50家。';
    expect(regionOf(zone)).toEqual({ region: '宜昌经济开发区', level: 'district' });
    const own = '2026年是示范区起步之年。按照《山东省烟台莱山改革示范区发展规划》部署，示范区规上工业增加值增长8%，示范区新增企业50家。';
    expect(regionOf(own)).toEqual({ region: '山东省烟台莱山改革示范区', level: 'district' });
  });

  it('does not fire for a zone a district hosts, a zone no region heads, two zones, or a city scope', () => {
    const hosted = '全区规上工业增加值增长8%。推动宜昌经济开发区营收突破100亿元，以宜昌经济开发区三大片区为核心建设产业园。';
    expect(regionOf(hosted).region).toBeNull();
    const noRegion = '全区上下创建国家级开发区。瞄准国家级开发区标准，晋升国家级开发区，新增企业50家。';
    expect(regionOf(noRegion).region).toBeNull();
    const two = `宜昌经济开发区、荆州经济开发区召开会议。宜昌经济开发区、荆州经济开发区新增企业50家，宜昌经济开发区、荆州经济开发区增长8%。`;
    expect(regionOf(two).region).toBeNull();
    const city = '全市规上工业增加值增长8%。宜昌经济开发区营收突破100亿元，宜昌经济开发区新增企业50家，宜昌经济开发区增长8%。';
    expect(regionOf(city).region).toBe('宜昌市');
  });
});
