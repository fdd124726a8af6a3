/**
 * A heading that glues a province's short name to the full name of one of its counties, the prefecture between them left
 * out (宁夏隆德县, 甘肃某县…): the county is named, as 上海崇明区 names 崇明区. Only when the province is the parent of the
 * county's prefecture. Invented headlines.
 */
import { describe, expect, it } from 'vitest';
import { headingRegion } from '../src/reader/issuer.ts';
import { extractPlan } from '../src/reader/extract.ts';

describe('a province’s short name glued to one of its counties', () => {
  it('reads the county the heading names', () => {
    expect(headingRegion('宁夏隆德县计划新建冷库20座')).toBe('隆德县');
    expect(headingRegion('陕西陇县召开经济工作会议')).toBe('陇县');
  });

  it('gives the county as a headline’s region', () => {
    const text = ['宁夏隆德县计划打造六个特色产业基地', '今年，隆德县将新增中药材种植面积3000亩，累计达到2.5万亩。'].join('\n');
    const plan = extractPlan(text);
    expect({ region: plan.region, level: plan.level }).toEqual({ region: '隆德县', level: 'district' });
  });
});

describe('names the rule leaves alone', () => {
  it('keeps a province that is not above the county', () => {
    expect(headingRegion('江苏隆德县计划新建冷库20座')).toBe('江苏隆德县');
  });

  it('keeps a county the gazetteer does not know', () => {
    expect(headingRegion('宁夏白沙河县召开经济工作会议')).toBe('宁夏白沙河县');
  });

  it('keeps a district glued to a city above another province', () => {
    expect(headingRegion('四川吴中区召开经济工作会议')).toBe('四川吴中区');
  });

  it('keeps full names written one after another', () => {
    expect(headingRegion('宁夏回族自治区固原市隆德县概况')).toBe('隆德县');
  });
});
