/**
 * A district's text that names its county nowhere else writes it at the end of its own slogan (建设“美丽幸福清徐”, 开创
 * “更好的奎文”建设新局面): what the slogan builds is the speaker. Read only when nothing else names the region. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return { region: plan.region, level: plan.level };
};

describe('the county ending its own slogan', () => {
  it('reads a county whose short form ends one item of the slogan', () => {
    const text = '今年全县工作的总体要求是：加快建设“生态宜居新城、开放活力武川”，全县地区生产总值增长6%以上，固定资产投资增长8%。';
    expect(read(text)).toEqual({ region: '武川县', level: 'district' });
  });

  it('reads one after 的', () => {
    const text = '全县上下奋力开创“更加美好的武川”建设新局面。今年全县一般公共预算收入增长5%，城镇新增就业3000人。';
    expect(read(text)).toEqual({ region: '武川县', level: 'district' });
  });
});

describe('slogans the rule leaves alone', () => {
  it('reads no county from a slogan whose verb and object spell one (聚人兴城)', () => {
    const text = '全县坚持“优资兴业、聚人兴城、强产兴市”，今年全县地区生产总值增长6%以上。';
    expect(read(text).region).toBeFalsy();
  });

  it('reads none from two counties', () => {
    const text = '全县学习“开放活力固阳”经验，建设“生态宜居武川”，今年全县地区生产总值增长6%以上。';
    expect(read(text).region).toBeFalsy();
  });

  it('reads none under a city scope', () => {
    const text = '全市上下建设“生态宜居武川”示范片区，今年全市地区生产总值增长6%以上。';
    expect(read(text).region).not.toBe('武川县');
  });

  it('reads none from a slogan that is the county name alone', () => {
    const text = '全县上下唱响“武川”品牌，今年全县地区生产总值增长6%以上。';
    expect(read(text).region).toBeFalsy();
  });

  it('leaves a county other steps read', () => {
    const text = '——在固阳县第十七届人民代表大会第三次会议上\n建设“生态宜居武川”协作区，今年全县地区生产总值增长6%以上。';
    expect(read(text).region).toBe('固阳县');
  });
});
