/**
 * 将 marking the object of a verb whose 得 says how much more was done (一季季好收成将增收的根基筑得更牢): 把, no future
 * tense, so a page of a year's results that writes it stays a page of results. And 完成 with the span a task was due in
 * before its size (完成年内5万亩造林任务): the task's size is the year's quota. Invented texts, with cases where each
 * must not fire.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { readStatements } from '../src/grammar/statements.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [
    ...plan.targets.map((t) => `target ${t.value}${t.unit ?? ''} ${t.year}`),
    ...plan.actuals.map((a) => `actual ${a.value}${a.unit ?? ''} ${a.period.year}`),
  ];
};

describe('将 before an object and a verb with 得更 (将…筑得更牢) marks the object, as 把 does', () => {
  it('leaves a page of a year’s results a page of results', () => {
    const text = [
      '回看2024年某县农村的成绩单，一季季好收成将增收的根基筑得更牢。',
      '2024年，全县农业总产值实现52亿元。',
      '全县茶叶面积再扩大0.8万亩，达到12万亩；新建冷库36座。',
    ].join('\n');
    expect(roles(text)).toEqual(['actual 52亿元 2024', 'actual 0.8万亩 2024', 'actual 12万亩 2024', 'actual 36座 2024']);
  });

  it('must not fire: 将把, 将进一步, 将 before a time, 把 with no 将 — the text still plans', () => {
    const plans = (text: string) => roles(text).map((r) => r.split(' ')[0]);
    expect(plans('2024年，全县农业总产值实现52亿元。\n全县将把冷链做得更好，新建冷库36座。')).toEqual(['target', 'target']);
    expect(plans('2024年，全县农业总产值实现52亿元。\n全县将进一步做得更实，新建冷库36座。')).toEqual(['target', 'target']);
    expect(plans('2024年，全县农业总产值实现52亿元。\n全县将于年内建成冷库36座。')).toEqual(['target', 'target']);
    expect(plans('2024年，全县农业总产值实现52亿元。\n全县将新建冷库36座，把服务做得更细。')).toEqual(['target', 'target']);
  });
});

describe('完成年内N亩…任务: the task a review says was met, with the span it was due in, is a quota', () => {
  const read = (text: string) => readStatements(text, { year: 2024, defaultRole: 'actual' }).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('reads the task’s size as the quota and the figures beside it as results', () => {
    expect(read('去年全县新增耕地800亩，完成年内5万亩高标准农田建设任务。')).toEqual(['actual 800亩', 'target 5万亩']);
    expect(read('去年完成年度2万亩油茶低改任务，油茶总面积达到45万亩。')).toEqual(['target 2万亩', 'actual 45万亩']);
  });

  it('must not fire: no task after the figure, or 任务 too far after it', () => {
    expect(read('去年完成年内造林5万亩，超额完成任务。')).toEqual(['actual 5万亩']);
    expect(read('去年完成年度投资120亿元，圆满完成各项任务。')).toEqual(['actual 120亿元']);
    expect(read('去年完成年内5万亩的高标准农田和配套水利设施建设任务。')).toEqual(['actual 5万亩']);
  });
});
