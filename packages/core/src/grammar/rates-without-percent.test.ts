/**
 * A rate whose % the writer left out (重复利用率保持在95以上): a share with no unit, read only with a comparator word after
 * the figure. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.kind} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('率 then a figure without %, bound by 以上/左右/以内', () => {
  it.each([
    ['到2025年，工业用水重复利用率保持在93以上。', 'target share 工业用水重复利用率 >= 93'],
    ['全年森林覆盖率稳定在62左右。', 'target share 森林覆盖率 ~ 62'],
    ['城市生活垃圾无害化处理率达到98以上。', 'target share 城市生活垃圾无害化处理率 >= 98'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
});

describe('figures near a 率 that are no rate without % (must not fire)', () => {
  it.each([
    // No comparator word after the figure: a stray number, not read.
    ['工业用水重复利用率达到93。', []],
    // The figure qualifies a noun after it, and no 率 stands right before it.
    ['全年出生率为9，新增95以上。', []],
    ['合格率95以上的企业占比提高。', []],
    // 95后 is a generation.
    ['吸引95后青年人才返乡创业。', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('an index keeps its level', () => {
    expect(read('区域科技创新指数达到160以上。')).toEqual(['target level 区域科技创新指数 >= 160']);
  });
});
