/**
 * Tense cues on invented sentences: which words open results and which set targets.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';
import { closingTense } from './tense.ts';

describe('a goal that work is aimed at sets no target', () => {
  it('围绕/朝着 …目标 leaves a review a review', () => {
    const context = { year: 2021 };
    expect(closingTense('一年来，全镇紧紧围绕“建设生态强镇”目标，扎实推进各项工作。', context)).toEqual({ tense: 'result', year: null });
    expect(closingTense('过去一年，全市朝着基本实现现代化的奋斗目标稳步前进。', context)).toEqual({ tense: 'result', year: 2020 });
  });

  it('a 目标 the sentence sets is still a cue of planning', () => {
    const context = { year: 2021 };
    expect(closingTense('一年来成绩显著。全市今年的目标是地区生产总值增长6%。', context)?.tense).toBe('plan');
    expect(closingTense('围绕上述任务，全年目标为新增企业20家。', context)?.tense).toBe('plan');
  });
});

describe('what was done: 了 and 以来', () => {
  const context = { year: 2024 };
  it('a verb with 了 and a time 以来 report results', () => {
    expect(closingTense('全县实施了一大批扶贫项目。', context)?.tense).toBe('result');
    expect(closingTense('脱贫攻坚战打响以来，全县上下苦干实干。', context)?.tense).toBe('result');
  });

  it('为了, 除了, a target set (定了, 提出了) and 翻了一番 are no results', () => {
    expect(closingTense('为了推进工作，全县力争新增企业。', context)?.tense).toBe('plan');
    expect(closingTense('全年主要预期目标也定了。', context)?.tense).toBe('plan');
    expect(closingTense('会议提出了今年的目标。', context)?.tense).toBe('plan');
    expect(closingTense('力争经济总量翻了一番。', context)?.tense).toBe('plan');
  });

  it('a bare 将 in a sentence without figures predicts; it sets no plan', () => {
    expect(closingTense('这一成就必将载入史册。', context)).toBeNull();
  });
});

describe('用N年时间', () => {
  it('dates a target to the end of the span counted from the plan year', () => {
    const read = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.value} ${s.year ?? ''}`);
    expect(read('用3年时间突破和推广应用150项关键产品，用五年左右时间培育100家企业。')).toEqual(['150 2025', '100 2027']);
  });

  it('今后五年 and 未来三年 count from the plan year; 过去五年 reviews', () => {
    const read = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.role} ${s.value} ${s.year ?? ''}`);
    expect(read('今后五年，全市地区生产总值年均增长6%。未来3年新增高新技术企业300家。')).toEqual(['target 6 2027', 'target 300 2025']);
    expect(read('过去五年，全市地区生产总值年均增长6.8%。')).toEqual(['actual 6.8 ']);
  });
});
