import { describe, expect, it } from 'vitest';
import { matchesOf } from './matches.ts';

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
