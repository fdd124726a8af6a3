import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';

const regionOf = (text: string) => {
  const { region, level } = readDocumentInfo(text);
  return { region, level };
};

describe('a county written whole once, then kept by its short form (dominantRegion)', () => {
  const text =
    '江宁冲刺一季度目标\n近日召开的江宁区经济运行分析会部署一季度工作。一季度，江宁将举办上海投资推介会三场，力争新开工项目20个。项目建设是江宁的头等大事，江宁确保8个项目竣工。';

  it('reads the county its short form keeps naming', () => {
    expect(regionOf(text)).toEqual({ region: '江宁区', level: 'district' });
  });

  it('does not count a short form the text never writes whole, nor one not twice as often as another region', () => {
    expect(regionOf(text.replace('江宁区', '区')).region).not.toBe('江宁区');
    expect(regionOf(`${text}学习苏州市经验，赴苏州市、杭州市招商，与苏州市合作。`).region).toBeNull();
  });
});

describe('全省 in a list of statures from the nation down (ranksAgainst)', () => {
  const text = '未来五年，全县地区生产总值年均增长8%。建设全国绿茶加工基地、全省优质蚕茧基地，力争将凤县建成西部茶叶集散中心。';

  it('leaves that 全省 out of the scope words: the county speaks', () => {
    expect(regionOf(text).level).toBe('district');
  });

  it('keeps 全省 opening its own clause', () => {
    expect(regionOf(text.replace('建设全国绿茶加工基地、全省优质蚕茧基地', '全省优质蚕茧基地加快建设')).level).toBe('province');
  });
});

describe('a county of one character after 将 or 把 (countyWritten)', () => {
  it('names the county after the object marker', () => {
    expect(regionOf('全县上下齐心协力。力争将凤县建成西部一流的茶叶集散中心，地区生产总值增长8%。').region).toBe('凤县');
    expect(regionOf('全县上下齐心协力。把凤县打造成生态旅游目的地，地区生产总值增长8%。').region).toBe('凤县');
  });

  it('does not read 县城 after it as the county', () => {
    expect(regionOf('全县上下齐心协力。力争将凤县城建成生态宜居新城，地区生产总值增长8%。').region).not.toBe('凤县');
  });
});

describe('two districts named as often: the one written whole (mostMentioned)', () => {
  it('takes the county written whole over a short form a word spells', () => {
    // 茶叶集散 spells 叶集 (六安's 叶集区) once; 凤县 is written whole once.
    expect(regionOf('全县茶叶集散市场扩容。力争将凤县建成西部茶叶中心，全县地区生产总值增长8%。').region).toBe('凤县');
  });

  it('still names none for two counties written whole as often (partners)', () => {
    expect(regionOf('全县深化与宁陕县、镇坪县合作，地区生产总值增长8%。').region).toBeNull();
  });
});

describe('撤县设市 is a reform, no county 撤县 (writtenDistricts)', () => {
  it('reads no county from the reform', () => {
    expect(regionOf('未来五年，我们锚定“撤县设市”目标，全县地区生产总值年均增长8%。').region).not.toBe('撤县');
  });
});

describe('a prefecture named only after the bare 省 as a superior (namedOnlyAsSuperior)', () => {
  const text =
    '3月5日上午，宜兴市工业经济动员大会召开。2024年，市工信局将当好落实省“1650”产业体系和无锡市“465”产业体系的排头兵，确保全市工业总产值突破4000亿元，全市新增规上企业100家。';

  it('reads the one county-level city of that prefecture the text names', () => {
    expect(regionOf(text)).toEqual({ region: '宜兴市', level: 'district' });
  });

  it('does not fire when the prefecture is named on its own too, after a province named whole, or with two cities', () => {
    expect(regionOf(`${text}无锡市地区生产总值增长5%。`).region).toBe('无锡市');
    expect(regionOf(text.replace('落实省', '落实江苏省')).region).toBe('无锡市');
    expect(regionOf(text.replace('宜兴市工业', '宜兴市、江阴市工业')).region).toBe('无锡市');
  });
});
