import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

/** Metric, value and unit of each statement read. */
const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.metric} ${s.value}${s.unit}`);

describe('a goal word alone after a figure’s clause is the same measure’s second goal', () => {
  it.each([
    ['今年全县规上工业产值基本目标210亿元，增长12%，奋斗目标225亿元。', '规上工业产值基本目标 225亿元'],
    ['今年外贸进出口总额完成48亿美元，增长9%，发展目标52亿美元。', '外贸进出口总额 52亿美元'],
    ['今年社会消费品零售总额预期目标96亿元，年度目标100亿元。', '社会消费品零售总额预期目标 100亿元'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });
});

describe('goal words that must not take the measure before them', () => {
  it.each([
    // A heading with its figure on the next line names no measure (corpus Decisions 10).
    ['今年地区生产总值增长6%。\n奋斗目标\n7%', ['地区生产总值 6%']],
    // A goal word that starts its own sentence.
    ['今年地区生产总值增长6%。发展目标8%。', ['地区生产总值 6%']],
    // A goal word with a measure of its own after the comma.
    ['今年地区生产总值增长6%，年度目标税收收入12亿元。', ['地区生产总值 6%', '年度目标税收收入 12亿元']],
    // After a clause with no figure.
    ['今年经济稳步向好，奋斗目标9%。', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
