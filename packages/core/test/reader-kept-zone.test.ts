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

describe('a zone written by its full and its short kind, or headed by a county-level city (keptZone)', () => {
  it('counts 宜昌经开区 and 宜昌经济技术开发区 as one zone, given by the name written most', () => {
    const text = '宜昌经开区召开工作会议。宜昌经济技术开发区规上工业增加值增长8%，宜昌经济技术开发区新增企业50家。全区上下奋力拼搏。';
    expect(regionOf(text)).toEqual({ region: '宜昌经济技术开发区', level: 'district' });
  });

  it('does not read a party committee and its term as a zone of its own', () => {
    const text = '中共宜昌八届市委经济技术开发区工委召开会议。宜昌经开区规上工业增加值增长8%，宜昌经开区新增企业50家，宜昌经开区全区上下奋力拼搏。';
    expect(regionOf(text)).toEqual({ region: '宜昌经开区', level: 'district' });
  });

  it("reads a county-level city's short form heading a zone when no scope word says, its bare 开发区 the text's own", () => {
    const text = '义乌经济开发区2024年工作总结\n开发区规上工业总产值增长8%。开发区新增企业50家，义乌经济开发区排名上升。';
    expect(regionOf(text)).toEqual({ region: '义乌经济开发区', level: 'district' });
  });

  it("leaves a county's zone to the county under a county's scope words", () => {
    const text = '全县规上工业增加值增长8%。义乌经济开发区新增企业50家，义乌经济开发区营收增长，义乌经济开发区扩区。';
    expect(regionOf(text).region).not.toBe('义乌经济开发区');
  });
});
