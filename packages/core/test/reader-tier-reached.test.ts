/**
 * A tier reached (存贷款余额跃升千亿元台阶, 经济总量迈过140万亿元新台阶) in a sentence with no cue of its own is a result,
 * a level crossed (corpus Decisions 7), though its passage plans; a tier to reach keeps its cue.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const entries = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''}`)];
};

const HEAD = '某市2024年政府工作报告摘要\n今年主要预期目标:地区生产总值增长6%左右。\n';

describe('a tier reached with no cue in its sentence', () => {
  it.each([
    [`${HEAD}全市金融机构存贷款余额跃升千亿元台阶。`, ['T 6%', 'A 1000亿元']],
    [`${HEAD}全市一般公共預算收入邁上50億元台階。`, ['T 6%', 'A 50亿元']],
  ])('is a result: %s', (text, expected) => {
    expect(entries(text)).toEqual(expected);
  });
});

describe('tiers and figures the rule leaves alone', () => {
  it.each([
    // a tier to reach, its cue in the sentence
    ['某市2024年政府工作报告摘要\n今年主要预期目标:地区生产总值增长6%左右,力争迈上3000亿元台阶。', ['T 6%', 'T 3000亿元']],
    // a deadline before it
    ['某市2024年政府工作报告摘要\n到2025年,全市地区生产总值迈上3000亿元台阶。', ['T 3000亿元']],
    // 突破 aims as often as it reports
    [`${HEAD}全市地区生产总值突破3000亿元大关。`, ['T 6%', 'T 3000亿元']],
    // a rise to a figure, no tier word
    [`${HEAD}全市工业投资跃升至300亿元。`, ['T 6%', 'T 300亿元']],
  ])('%s', (text, expected) => {
    expect(entries(text)).toEqual(expected);
  });
});
