import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';
import { wellFormedUnknownName } from '../src/reader/issuer.ts';
import { regionNameEnding, standsAsRegionName } from '../src/reader/regions.ts';

const regionOf = (text: string) => {
  const { region, level } = readDocumentInfo(text);
  return { region, level };
};

describe('a region is a name the reader can stand behind (standsAsRegionName)', () => {
  it.each(['长沙县', '鼓楼区', '市中区', '中区', '城区', '吴江市', '兰州新区', '邯郸经济开发区', '新疆生产建设兵团第七师', '玉龙县', '土右旗', '浙江省'])(
    'stands: %s',
    (name) => expect(standsAsRegionName(name)).toBe(true),
  );
  it.each(['安排市', '部署县', '所小区', '推进县', '两区', '重点工作举行县'])('words run into a suffix: %s', (name) =>
    expect(standsAsRegionName(name)).toBe(false),
  );
  it.each([
    ['青禾县', '青禾县2025年工作要点', true],
    ['某某市', '某某市第十届人民代表大会', true],
    ['安排市', '2025年安排市重点项目', false],
    ['所小区', '所小区改造完成', false],
    ['港区', '港区建设', false],
    ['两区', '两区三县', false],
    ['青禾市', '青禾市重点项目', false],
  ])('a name the list lacks, written once: %s in %s reads as a name: %s', (name, text, well) => expect(wellFormedUnknownName(text, name)).toBe(well));
  it('gives the known name words run into (征求廉江市 → 廉江市), none when there is none', () => {
    expect(regionNameEnding('征求廉江市')).toBe('廉江市');
    expect(regionNameEnding('安排市')).toBeNull();
  });
});

describe('words run into a suffix are no region, whichever rule read them', () => {
  it('a verb before 市 opening a news item: no region', () => {
    expect(regionOf('2026年安排市重点建设项目210个，年度计划投资180亿元。').region).toBeNull();
  });
  it('a verb before 县 opening a line: no region, the level from the scope words', () => {
    expect(regionOf('统筹县域重点工作。\n部署县重点工作9项，全县新增城镇就业1800人。')).toEqual({ region: null, level: 'district' });
  });
  it('must not fire: a county the list holds opening the headline', () => {
    expect(regionOf('宁乡市2025年重点工作安排\n全市新开工项目60个。').region).toBe('宁乡市');
  });
  it('must not fire: a name the list lacks that reads as one, heading its text (an invented stand-in)', () => {
    expect(regionOf('青禾县2025年工作要点\n全县新开工项目40个。').region).toBe('青禾县');
  });
  it('a name the list lacks whose suffix opens a scope compound (…市重点项目): no region', () => {
    expect(regionOf('2026年青禾市重点项目名单公布，全年计划投资180亿元。').region).toBeNull();
  });
  it('must not fire: a zone named whole', () => {
    expect(regionOf('兰州新区2025年工作要点\n全区新签约项目50个。').region).toBe('兰州新区');
  });
});

describe('a headline opening with a county-level city of the prefecture most named (countyCityHeadingText)', () => {
  it('衡阳常宁市：… over 全市: the county-level city speaks', () => {
    expect(regionOf('衡阳常宁市：今年全市新签约项目45个\n全市地区生产总值增长6%，衡阳市下达的任务全面完成。')).toEqual({ region: '常宁市', level: 'district' });
  });
  it('must not fire: the prefecture heading its own text', () => {
    expect(regionOf('衡阳市2025年重点项目建设动员会召开\n全市新开工项目120个，常宁市等县市区负责人参加会议。').region).toBe('衡阳市');
  });
});

describe('a division named whole heads a headline whatever its characters (市中区, 本溪市, 全州县)', () => {
  it('乐山市市中区…: the district under its prefecture', () => {
    expect(regionOf('乐山市市中区2025年政府工作报告\n全区地区生产总值增长6%。').region).toBe('市中区');
  });
  it('全州县…: 全 opens the county name', () => {
    expect(regionOf('全州县2025年政府工作报告\n全县地区生产总值增长6%。').region).toBe('全州县');
  });
});
