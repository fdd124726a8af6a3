/**
 * A province read from one weak phrase or a scope word, in a text that keeps naming one region below it, is a superior
 * the text mentions (where the news was told, who gave an award); the text speaks for the region it keeps naming. A
 * government whose document a sentence quotes in 《》 is that document's issuer, not the text's. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return { region: plan.region, level: plan.level };
};

describe('the region a text keeps naming below a province it mentions', () => {
  it('reads a county written by its short form, its prefecture named, over a lone 全省', () => {
    const text = [
      '兴化 | 实干争先 项目提速',
      '2023年，兴化把项目建设作为头号工程，助力泰州打造全省先进制造业高地。',
      '这一年，兴化新开工亿元项目42个，新增规上工业企业35家。',
      '兴化荣登“江苏省县域经济高质量发展先进县”榜单，兴化干部群众倍受鼓舞。',
    ].join('\n');
    expect(read(text)).toEqual({ region: '兴化市', level: 'district' });
  });

  it('reads a city over the province whose press conference a reporter learns from', () => {
    const text = [
      '本报讯 9月3日，记者从湖南省“奋进新征程”系列新闻发布会上获悉：',
      '岳阳全市地区生产总值突破4000亿元。近年来，岳阳坚持产业立市，岳阳港吞吐量持续增长，',
      '岳阳城陵矶新港区新增外贸企业120家。',
    ].join('\n');
    expect(read(text)).toEqual({ region: '岳阳市', level: 'city' });
  });

  it('reads a county over the province government whose rating notice it reports', () => {
    const text = [
      '喜报！宜章获评2023年度湖南省县域经济先进县',
      '6月2日，湖南省人民政府发布《湖南省人民政府关于2023年度县域经济考核结果的通报》，宜章获评先进县，为郴州唯一。',
      '2023年，宜章实现地区生产总值260亿元，增长6.1%。宜章将继续奋力争先。',
    ].join('\n');
    expect(read(text)).toEqual({ region: '宜章县', level: 'district' });
  });
});

describe('provinces the rule keeps', () => {
  it('keeps a province that speaks as itself (我省), however often it names a city', () => {
    const text = '今年我省要支持岳阳建设港口型物流枢纽，岳阳城陵矶港、岳阳临港新区、岳阳高新区加快发展，全省开放水平持续提升。';
    expect(read(text).level).toBe('province');
  });

  it('keeps a province named by its congress', () => {
    const text = [
      '——在湖南省第十四届人民代表大会第二次会议上',
      '支持岳阳打造省域副中心城市，岳阳港、岳阳临港新区、岳阳高新区加快建设，全省地区生产总值增长6%左右。',
    ].join('\n');
    expect(read(text)).toEqual({ region: '湖南省', level: 'province' });
  });

  it('keeps the province when it is named as often as the city', () => {
    const text = '全省开放大会召开。湖南省副省长表示，湖南将支持岳阳发展，湖南省商务厅与岳阳签约，湖南开放型经济和岳阳港同步提升。';
    expect(read(text).region).not.toBe('岳阳市');
  });

  it('keeps the province when two of its cities are named alike', () => {
    const text = '记者从湖南省新闻发布会上获悉：岳阳开工项目60个，常德开工项目58个；岳阳投资增长10%，常德投资增长9%，岳阳和常德领跑。';
    expect(read(text)).toEqual({ region: '湖南省', level: 'province' });
  });

  it('takes no county by its short form when its prefecture is not named', () => {
    const text = '全省县域经济推进会召开。宜章、宜章、宜章的干部作交流发言，湖南省领导出席并讲话。';
    expect(read(text).region).not.toBe('宜章县');
  });
});

describe('a government named in a quoted title', () => {
  it('is the issuer of the document a sentence refers to, not of the text', () => {
    const text = [
      '今年以来，我州参照《四川省人民政府关于促进经济稳定增长若干措施的意见》，结合全州实际，出台稳增长措施20条。',
      '1-5月，全州固定资产投资增长12%，全州规上工业增加值增长9%。阿坝州将继续抓好项目建设。',
    ].join('\n');
    expect(read(text)).toEqual({ region: '阿坝藏族羌族自治州', level: 'city' });
  });

  it('still names the issuer when the quoted title opens its line', () => {
    const text = '《宜昌市人民政府关于印发宜昌市2024年重点工作任务的通知》\n各县市区人民政府：现将2024年重点工作任务印发给你们，全市地区生产总值增长6.5%。';
    expect(read(text).region).toBe('宜昌市');
  });
});
