/**
 * A year's batch of a programme named inside the object of a verb of work (完成2024年度中央财政…项目) is the batch,
 * not the date of the figure: the deadline or the plan's year dates it. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year?: number) =>
  readStatements(text, year === undefined ? {} : { year }).map((s) => `${s.role} ${s.value}${s.unit} ${s.year ?? ''}`.trim());

describe('完成YYYY年度…项目: a batch, no date', () => {
  it('the deadline before it dates the target', () => {
    expect(read('力争在2025年6月底前完成2024年度省级水利建设项目12.5万亩。')).toEqual(['target 12.5万亩 2025']);
  });

  it('in a plan of the next year, the batch still under work is planned', () => {
    expect(read('实施2024年度农村道路项目32个。', 2025)).toEqual(['target 32个']);
  });

  // Must not fire: the year's own goals (年度目标, 年度考核指标), a year that opens the sentence, no verb of work before it.
  it.each([
    ['确保完成2024年度考核指标15万亩。', ['target 15万亩 2024']],
    ['完成2024年度目标任务，新增就业5200人。', ['target 5200人 2024']],
    ['2024年度中央财政项目完成投资5亿元。', ['target 5亿元 2024']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
