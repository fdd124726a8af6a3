/**
 * Changes a sentence tells from where they started: a structure changed from its old parts to its new (由12:45:43调整为
 * 9:41:50) is a result where no cue or part set the passage's tense, as 同比 is; and a word of the change's manner between
 * the start figure and its verb (从28亿元稳步增长至…) still ends the start figure. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { summarisePlan } from './plan-summary.ts';

const feature = (body: string) =>
  ['砥砺奋进谱新篇。随着2025年主要目标任务的全面完成，某县为“十四五”画上了句号。', '综合实力明显增强，全县经济持续向好。', body].join('\n');

describe('a structure changed from its old parts', () => {
  it('is a result in a passage no cue or part set', () => {
    const got = summarisePlan(feature('农业特色发展，产业结构不断优化，三次产业比重由14:44:42调整为12:36:52。'));
    expect(got.targets).toEqual([]);
    expect(got.actuals.filter((a) => a.startsWith('三次产业比重')).map((a) => a.split(' ')[1])).toEqual(['14', '44', '42', '12', '36', '52']);
  });

  // Must not fire: a structure set as a goal, by a plan cue in the sentence or a goals heading.
  it('stays a target with a deadline', () => {
    const got = summarisePlan(feature('到2030年，三次产业比重由14:44:42调整为10:35:55。'));
    expect(got.targets.filter((t) => t.startsWith('三次产业比重'))).toHaveLength(3);
  });

  it('stays a target under a goals heading', () => {
    const got = summarisePlan(['某县2026年工作要点', '一、主要目标', '三次产业比重由14:44:42调整为10:35:55。'].join('\n'));
    expect(got.targets.filter((t) => t.startsWith('三次产业比重'))).toHaveLength(3);
  });
});

describe('a word of manner between a change’s start figure and its verb', () => {
  it.each([
    ['地区生产总值从2020年的28.6亿元稳步增长至2024年的33.1亿元。', ['地区生产总值 28.6亿元 2020', '地区生产总值 33.1亿元 2024']],
    ['2024年，全县森林覆盖率由41%逐步提高到46%。', ['森林覆盖率 41%', '森林覆盖率 46%']],
  ])('%s', (sentence, want) => {
    const got = summarisePlan(`2024年，全县工作取得新成效。${sentence}`).actuals;
    for (const w of want) expect(got.some((a) => a.startsWith(w))).toBe(true);
  });

  // Must not fire: a manner word before a verb that goes to no end figure.
  it('leaves 稳步推进 after a sum as words of the sum', () => {
    const got = summarisePlan('2024年，全县工作取得新成效。完成投资5亿元稳步推进项目建设。').actuals;
    expect(got).toHaveLength(1);
  });
});
