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

describe('集中 + the verb of a counted batch (集中开复工, 集中签约): results of the event without 本次', () => {
  it.each([
    ['全市86个重大项目集中开复工，总投资420亿元。', ['actual 86个', 'actual 420亿元']],
    ['目前，全县共集中开复工亿元以上项目9个，总投资37亿元。', ['actual 9个', 'actual 37亿元']],
    ['活动现场集中签约项目15个，签约总额48亿元。', ['actual 15个', 'actual 48亿元']],
    ['全市集中开工项目40个，今年计划完成投资60亿元。', ['actual 40个', 'target 60亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  // Must not fire: a batch put ahead in its clause (计划, 今年, 将, 力争), work to be done in a batch with no count, a
  // ceremony named, and the sentence after.
  it.each([
    ['今年全县计划集中开工项目50个。', ['target 50个']],
    ['力争上半年集中签约项目30个。', ['target 30个']],
    ['举行重点项目集中开工仪式，全年计划实施项目120个。', ['target 120个']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('work to be done in a batch, with no count, reads as it would without 集中', () => {
    const text = '推动光伏二期等项目在上半年集中投产，力争全年新增产值80亿元，新增就业1200人。';
    expect(read(text)).toEqual(read(text.replace('集中', '')));
  });

  it('the cue ends with its sentence', () => {
    expect(read('全市86个重大项目集中开复工。全年新开工项目200个。')).toEqual(['actual 86个', 'target 200个']);
  });
});
