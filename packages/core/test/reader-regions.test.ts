import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';
import { countMentions, findRegion, REGIONS } from '../src/reader/regions.ts';

describe('the gazetteer', () => {
  it('holds every province-level region and every prefecture-level division under its province', () => {
    const provinces = REGIONS.filter((r) => r.level === 'province');
    const cities = REGIONS.filter((r) => r.level === 'city');
    expect(provinces).toHaveLength(34);
    expect(cities).toHaveLength(333);
    for (const c of cities) expect(findRegion(c.parent!)?.level, c.name).toBe('province');
    expect(new Set(REGIONS.map((r) => r.name)).size).toBe(REGIONS.length);
  });

  it('knows full names and short forms, a province keeping a short form it shares', () => {
    expect(findRegion('广西')?.name).toBe('广西壮族自治区');
    expect(findRegion('延边')).toMatchObject({ name: '延边朝鲜族自治州', level: 'city', parent: '吉林省' });
    expect(findRegion('吉林')?.name).toBe('吉林省');
    expect(findRegion('吉林市')).toMatchObject({ level: 'city', parent: '吉林省' });
    expect(findRegion('海南')?.name).toBe('海南省');
    expect(findRegion('金安区')).toMatchObject({ level: 'district', parent: '六安市' });
    expect(findRegion('常熟')).toMatchObject({ name: '常熟市', level: 'district', parent: '苏州市' });
  });

  it('counts mentions in one pass, the longest name at a place winning', () => {
    const counts = countMentions('乐山市全力抓好工作，乐山经信局；马鞍山市');
    expect(counts.get(findRegion('乐山市')!)).toBe(2);
    expect(counts.get(findRegion('马鞍山市')!)).toBe(1);
    expect(counts.get(findRegion('鞍山市')!)).toBeUndefined();
  });

  it('gives documents from anywhere their region, level and parent', () => {
    const info = readDocumentInfo('乐山市全力抓好“小升规”工作\n全市新增规上工业企业50户，市经信局牵头。全市力争……');
    expect(info).toMatchObject({ region: '乐山市', level: 'city', parentRegion: '四川省' });
  });
});
