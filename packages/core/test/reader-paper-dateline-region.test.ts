/**
 * A local paper's dateline (本报铜鼓讯, 本报铜鼓2月10日讯) over a story that speaks as 我县/全县 and names no region of
 * that level elsewhere: the place it was filed from is the issuer. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const regionOf = (text: string) => extractPlan(text).region;
const body = '（记者 张华）2025年2月10日，我县召开经济工作会议。会议提出，今年全县地区生产总值增长6.5%左右。';

describe("a paper's dateline names the county that speaks", () => {
  it.each([`本报铜鼓讯${body}`, `本报铜鼓2月10日讯${body}`, `宜春日报铜鼓讯${body}`])('%s', (text) => {
    expect(regionOf(text)).toBe('铜鼓县');
  });

  // Must not fire: a place of another level than the text speaks for (a city over 全县), a dateline with no place,
  // and a county named in the body, which wins over the dateline.
  it('a city in the dateline of a county’s story, or no place at all, names no region', () => {
    expect(regionOf(`本报太原讯${body}`)).toBe('');
    expect(regionOf(`本报讯${body}`)).toBe('');
  });

  it('a county named in the story is the issuer, not the place the story was filed from', () => {
    expect(regionOf('本报铜鼓讯（记者 张华）2月10日，修水县召开经济工作会议。修水县今年全县地区生产总值增长6.5%左右。')).toBe('修水县');
  });
});
