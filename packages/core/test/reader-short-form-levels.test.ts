/**
 * A region's short form whose last character happens to be a suffix (贵州, 杭州, 梧州) takes the known region's level,
 * not that of a 州 of its own: 贵州印发… is a province's headline, 杭州印发… a city's. Invented headlines.
 */
import { describe, expect, it } from 'vitest';
import { levelOfName } from '../src/reader/regions.ts';
import { extractPlan } from '../src/reader/extract.ts';

describe('a short form ending in 州', () => {
  it('is the province or city the gazetteer knows by it', () => {
    expect(levelOfName('贵州')).toBe('province');
    expect(levelOfName('杭州')).toBe('city');
    expect(levelOfName('梧州')).toBe('city');
  });

  it('gives a headline opening with it the region’s level', () => {
    const text = ['贵州印发2024年特色产业行动计划', '近日，贵州省印发行动计划，力争2024年实现产值1800亿元，增长10%以上。'].join('\n');
    const plan = extractPlan(text);
    expect({ region: plan.region, level: plan.level }).toEqual({ region: '贵州省', level: 'province' });
  });
});

describe('names the rule leaves alone', () => {
  it('keeps full names with their suffix', () => {
    expect(levelOfName('沧州市')).toBe('city');
    expect(levelOfName('海南藏族自治州')).toBe('city');
  });

  it('keeps a short form that is no suffix’s (海南, 吉林)', () => {
    expect(levelOfName('海南')).toBe('province');
    expect(levelOfName('吉林')).toBe('province');
  });

  it('keeps a 州 the gazetteer does not know as a district-level name', () => {
    expect(levelOfName('某某州')).toBe('district');
  });
});
