/**
 * The party committee a government works under is its own: 在县委的坚强领导下 makes a text a district's (county, district
 * or banner), even where it writes 全市 once; a 市委 or 省委 so named leaves the level to the other evidence. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const levelOf = (text: string) => extractPlan(text).level;

describe('a government working under a county’s committee', () => {
  it('reads a district where a stray 全市 would say city', () => {
    const text = '今年，我们必须在县委的坚强领导下，全力以赴抓发展。地区生产总值增长6%，全市一盘棋推进项目建设。';
    expect(levelOf(text)).toBe('district');
  });

  it('reads 区委、区政府的正确领导', () => {
    const text = '过去一年，在区委、区政府的正确领导下，各项工作稳步推进。今年地区生产总值增长6%，固定资产投资增长8%。';
    expect(levelOf(text)).toBe('district');
  });

  it('reads a banner’s committee', () => {
    const text = '在旗委旗政府的坚强领导下，今年地区生产总值增长6%，固定资产投资增长8%。';
    expect(levelOf(text)).toBe('district');
  });
});

describe('committees the rule leaves alone', () => {
  it('keeps a city that cites a county working under its own committee', () => {
    const text = '2024年全市经济工作要点\n去年，某县在县委的坚强领导下探索出一条新路子。\n全市地区生产总值增长6%，固定资产投资增长8%。';
    expect(levelOf(text)).toBe('city');
  });

  it('keeps a city under its 市委', () => {
    const text = '在市委、市政府的坚强领导下，全市地区生产总值增长6%，固定资产投资增长8%。';
    expect(levelOf(text)).toBe('city');
  });

  it('keeps a province under its 省委', () => {
    const text = '在省委、省政府的正确领导下，全省地区生产总值增长6%，固定资产投资增长8%。';
    expect(levelOf(text)).toBe('province');
  });

  it('keeps a county’s committee named for something else than leading (县委书记, 决策部署)', () => {
    const text = '县委书记出席会议。全市要落实县委的决策部署，全市地区生产总值增长6%，全市固定资产投资增长8%。';
    expect(levelOf(text)).toBe('city');
  });
});
