/**
 * The places, year, part of the year and batch (or a dash-ended lead) before a count of projects whose noun ends in a
 * stage (集中开工, 签约) say who held the event and when: the count is of the projects that went through it.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('某市2023年第二批N个重大项目集中开工: the event’s subject and time before the count', () => {
  const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.value}${s.unit}`);

  it('reads the count after places, a year, a part of the year and a batch, or after a dash', () => {
    expect(read('3月8日，某市2023年第二批46个重大项目集中开工，总投资120亿元。')[0]).toBe('actual 重大项目集中开工 count 46个');
    expect(read('今年一季度，全市项目建设热潮涌动——38个重点项目集中签约。')).toEqual(['actual 重点项目集中签约 count 38个']);
  });

  it('does not fire after other words, without a stage, or with a verb of aiming', () => {
    expect(read('企业技术改造26个项目开工。')).toEqual([]);
    expect(read('产业链招商26个项目签约落地。')).toEqual([]);
    expect(read('某市2023年第二批46个重大项目。')).toEqual([]);
    expect(read('围绕主导产业46个重大项目集中开工。')).toEqual([]);
  });
});
