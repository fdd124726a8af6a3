import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { headingRegion, nameBefore, writtenDistricts } from '../src/reader/issuer.ts';
import { autonomousCountyWritten, countMentions, timesNamed } from '../src/reader/regions.ts';

/**
 * The shapes a region's name is built from (reader README "Region names"): a place's name, the gazetteer's or a short
 * one of a few characters before its suffix; never a run of a sentence, a site's column tag or a common word for an area.
 * Invented sentences, each with the region the corpus conventions give it.
 */
describe('region names built from fragments: the shape catalogue', () => {
  const catalogue: [string, string, string | null][] = [
    ['a site column tag before the headline (丨)', '速览丨青川县公布2024年十件民生实事\n全县将新建村级道路120公里。', '青川县'],
    ['a site column tag before the headline (|)', '要闻|武功县明确2024年发展目标\n全县地区生产总值增长6%。', '武功县'],
    ['a column tag before an unknown county', '快讯丨柳溪县召开经济工作会议\n2月1日，柳溪县召开经济工作会议，全县力争地区生产总值增长7%。', '柳溪县'],
    [
      'a paper front page whose headlines run together before a bare 县',
      '我县召开乡村振兴推进会 全力推动产业发展提质增效 县十六届人大常委会召开第九次会议\n全县今年计划新建高标准农田2万亩。',
      null,
    ],
    ['a housing estate counted with a measure word (所小区)', '全县今年完成阳光城、锦绣花园等6所小区改造，新增停车位800个。', null],
    ['a plant area counted with a measure word (座厂区)', '全县完成12座厂区升级改造，新增工业产值5亿元。', null],
    ['a banner written by its abbreviation, its city named', '近日，土左旗召开经济工作会议，呼和浩特市下达目标，全旗地区生产总值增长8%。', '土默特左旗'],
    ['a plain county heading its first line', '2月3日，汶川县召开经济工作会议，全县力争地区生产总值增长6%。', '汶川县'],
  ];
  it.each(catalogue)('%s', (_shape, text, region) => {
    expect(extractPlan(text).region || null).toBe(region);
  });
});

describe('headingRegion and nameBefore keep a name whole and short', () => {
  it('reads the name after a site column tag, not the tag with it', () => {
    expect(headingRegion('最新丨平武县发布2025年民生实事')).toBe('平武县');
    expect(headingRegion('本地｜平武县发布2025年民生实事')).toBe('平武县');
    // must not fire: a heading with no tag, and a tag with no name after it
    expect(headingRegion('平武县发布2025年民生实事')).toBe('平武县');
    expect(headingRegion('最新丨2025年民生实事发布')).toBeNull();
  });

  it('takes a run of more than six characters before a suffix as a sentence, leaving the bare suffix', () => {
    const text = '全力推动产业发展提质增效县十六届人大常委会召开';
    expect(nameBefore(text, text.indexOf('十六届'))?.name).toBe('县');
    // must not fire: a short unknown name, and a known long autonomous county
    const short = '在柳溪县第十六届人大常委会';
    expect(nameBefore(short, short.indexOf('第'))?.name).toBe('柳溪县');
    const known = '。北川羌族自治县第十届人大';
    expect(nameBefore(known, known.indexOf('第'))?.name).toBe('北川羌族自治县');
  });

  it('reads no county from a common word for an area after a measure word', () => {
    expect([...writtenDistricts('完成6所小区改造，建成3处展区').keys()]).toEqual([]);
    // must not fire: a county the gazetteer lacks, written whole after a mark
    expect([...writtenDistricts('，柳溪县完成改造').keys()]).toEqual(['柳溪县']);
  });
});

describe('short names of banners and words that spell a district', () => {
  it('reads a banner written by its first character and the words that tell it apart', () => {
    expect(autonomousCountyWritten('科右前旗')?.name).toBe('科尔沁右翼前旗');
    expect(autonomousCountyWritten('达茂旗')?.name).toBe('达尔罕茂明安联合旗');
    // must not fire: a flag, and a banner the gazetteer holds as written
    expect(autonomousCountyWritten('红旗')).toBeUndefined();
    expect(autonomousCountyWritten('杭锦旗')).toBeUndefined();
  });

  it('counts 平房区 inside a sentence on urban renewal as a word, and standing apart as the district', () => {
    expect(timesNamed(countMentions('研究启动剩余平房区改造。'), '平房区')).toBe(0);
    expect(timesNamed(countMentions('哈尔滨市平房区召开会议。'), '平房区')).toBe(1);
  });
});
