import { describe, expect, it } from 'vitest';
import { firstHolding, matchesHolding, matchesOf, replaceHolding } from './matches.ts';

const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
const asMatchesOf = (pattern: RegExp, text: string) => matchesOf(pattern, text).map((m) => [m.index, ...m]);

describe('matchesOf gives what matchAll gives', () => {
  it.each([
    [/(\d{4})年/g, '2023年，全市完成投资5亿元；到2025年达到8亿元。'],
    [/实际(?=完成|为)/g, '计划完成10项，实际完成12项，实际为13项。'],
    [/x*/g, '年x增长xx%'],
    [/x*/gu, '增长😀x率'],
    [/(?:)/g, ''],
    [/[；;]/g, '一；二;三'],
  ])('%s on %s', (pattern, text) => {
    expect(asMatchesOf(pattern, text)).toEqual(asMatchAll(pattern, text));
  });

  it('starts from the pattern’s lastIndex and leaves it as it was', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    expect(asMatchesOf(pattern, '12 34 56')).toEqual(asMatchAll(pattern, '12 34 56'));
    expect(pattern.lastIndex).toBe(3);
  });

  it('may be called again inside a loop over its own matches', () => {
    const pattern = /\d/g;
    const pairs = matchesOf(pattern, '12').flatMap((a) => matchesOf(pattern, '34').map((b) => a[0] + b[0]));
    expect(pairs).toEqual(['13', '14', '23', '24']);
  });

  it('refuses a pattern without g, as matchAll does', () => {
    expect(() => matchesOf(/\d/, '1')).toThrow(TypeError);
  });
});

describe('the holding twins give what the plain call gives whenever the word is there', () => {
  const TERM = /第[一二三四五六七八九十]{1,3}届/g;
  const NOTE = /（[^（）]{0,10}牵头[^（）]{0,10}）$/;
  const STATION = /[\u4e00-\u9fff]{2}站/g;

  it.each(['市第十五届人大一次会议', '第三届博览会和第四届论坛', '没有任期的句子'])('matchesHolding on %s', (text) => {
    expect(matchesHolding('届', TERM, text).map((m) => m[0])).toEqual([...text.matchAll(TERM)].map((m) => m[0]));
  });

  it.each(['新建公路50公里（市交通局牵头）', '新建公路50公里（市交通局负责）', '责任到人'])('firstHolding on %s', (text) => {
    expect(firstHolding(['责任', '牵头'], NOTE, text)?.[0] ?? null).toBe(NOTE.exec(text)?.[0] ?? null);
  });

  it.each(['经过城东站和城西站', '站稳脚跟', '没有车站名'])('replaceHolding on %s', (text) => {
    const blank = (m: string) => '□'.repeat(m.length);
    expect(replaceHolding('站', STATION, text, blank)).toBe(text.replace(STATION, blank));
  });

  it('firstHolding refuses a pattern that keeps state (g or y)', () => {
    expect(() => firstHolding('年', /年/g, '今年')).toThrow(TypeError);
  });
});
