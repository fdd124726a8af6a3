/**
 * Batch words around a count (首批, 第N批, N批次): no noun qualifying the count, no part of the metric (batches.ts).
 * Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('a batch before the count', () => {
  it.each([
    ['到2026年，全区首批30个智慧社区全面建成。', ['target 智慧社区全面建成 count = 30个']],
    ['今年，全县首批建成12个乡村振兴示范点。', ['target 乡村振兴示范点 count = 12个']],
    ['今年，全市首批认定专精特新企业15家。', ['target 专精特新企业 count = 15家']],
    ['今年，启动2批次40个老旧小区改造。', ['target 老旧小区改造 count = 40个']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // 一批 is an article with no figure; a noun before the count still makes it a qualifier
    ['今年，培育一批龙头企业，服务6个方面。', []],
    // 获批 is a verb, kept as before
    ['今年，全县获批国家级示范区2个。', ['target 国家级示范区 count = 2个']],
    // a batch with no count after it makes no figure
    ['今年，首批项目全面开工。', []],
    // a batch naming the year's own list before a money figure keeps the figure's reading
    ['今年，首批重点项目完成投资20亿元。', ['target 投资 level = 20亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
