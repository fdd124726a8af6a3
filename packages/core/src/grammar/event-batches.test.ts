/**
 * 本次/此次 before a batch an event has started or signed (本次集中开工项目56个，总投资120亿元): the ceremony has taken
 * place, so the batch's count and total are results even in a text that plans (corpus Decisions 18); a cue of planning
 * later in the sentence still plans what follows it. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.value}${s.unit}`);

describe('本次/此次 + a batch started or signed: results of the event', () => {
  it.each([
    ['本次集中开工项目56个，总投资120亿元，今年计划完成投资40亿元。', ['actual 56个', 'actual 120亿元', 'target 40亿元']],
    ['据悉，此次集中签约的项目共有18个，签约总额65亿元。', ['actual 18个', 'actual 65亿元']],
    ['本次“开春即开工”的重点项目共有56个，今年计划完成投资40亿元。', ['actual 56个', 'target 40亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  // Must not fire: an event that is no batch of projects (本次会议), a batch under 力争 (planned), and the sentence after.
  it.each([
    ['本次会议提出，今年全县新开工项目56个。', ['target 56个']],
    ['力争本次集中签约项目达到30个。', ['target 30个']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('the cue ends with its sentence', () => {
    expect(read('本次集中开工项目56个。全年新开工项目200个。')).toEqual(['actual 56个', 'target 200个']);
  });
});
