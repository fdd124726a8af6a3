/**
 * News of a programme opened by 今年以来 (results so far) that goes on to the year's planned work (计划实施的…项目N个,
 * 计划完成投资…): the planned figures are targets, last year's figures compared with are dated that year. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const text = [
  '某州扎实推进项目建设 2024-03-05 09:30',
  '今年以来，某州持续扩大有效投资，掀起项目建设新热潮。',
  '一是坚持项目带动，推进项目建设梯次接续。全州计划实施的重点项目300个、总投资900亿元、计划完成投资210亿元，总投资比2023年的820亿元增长9.8%。',
  '二是抓好开工。截至2月底，已开工项目46个，完成投资35亿元。',
].join('\n');

describe('the year’s planned work after a 今年以来 opening', () => {
  const plan = extractPlan(text);
  const targets = plan.targets.map((t) => `${t.value}${t.unit ?? ''} ${t.year}`);
  const actuals = plan.actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period.year}`);

  it('reads the planned counts and sums as targets of the year', () => {
    expect(targets).toEqual(expect.arrayContaining(['300个 2024', '900亿元 2024', '210亿元 2024']));
  });

  it('dates last year’s figure compared with by that year', () => {
    expect(targets).toContain('820亿元 2023');
  });

  it('keeps the results so far as results', () => {
    expect(actuals).toEqual(expect.arrayContaining(['46个 2024', '35亿元 2024']));
  });
});
