/**
 * A text that opens on a five-year period (“十四五”时期，…) and later says that period's work was met (“十四五”…任务圆满
 * 完成) reviews it: the plan year is the period's last, and its figures are results. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const opening = '报告指出，“十四五”时期，全市生态环境持续改善，民生保障更加有力。\n';
const reviewed = '“十四五”水污染防治任务圆满完成，集中式饮用水水源地水质达标率均保持100%。\n';

describe('a period the text says later was met', () => {
  it('is reviewed: its last year is the plan year and its figures results', () => {
    const plan = extractPlan(`${opening}${reviewed}`);
    expect(plan.year).toBe(2025);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['100%']);
  });
});

describe('must not fire', () => {
  it('keeps a period planned when no mention says it was met', () => {
    const plan = extractPlan(`${opening}“十四五”时期，全市森林覆盖率保持在60%以上。\n`);
    expect(plan.year).toBe(2021);
  });

  it('keeps a period planned when another mention aims at it (力争在“十四五”时期…)', () => {
    const plan = extractPlan(`${opening}${reviewed}力争在“十四五”时期建成美丽城市。\n`);
    expect(plan.year).toBe(2021);
  });

  it('does not take a met goal of another period for this one', () => {
    const plan = extractPlan(`${opening}“十三五”水污染防治任务圆满完成。\n`);
    expect(plan.year).toBe(2021);
  });
});
