/**
 * Tense cues on invented sentences: which words open results and which set targets.
 */
import { describe, expect, it } from 'vitest';
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
