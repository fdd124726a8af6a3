/**
 * A plan report the text cites rather than is, on invented sentences (never corpus text): an execution report of one
 * year that names last year's report (execution of the year before and draft of this one) as the source of the
 * indicators it reviews plans the year after its own, not the draft year of the report it cites. With shapes where the
 * named report is the text's own and still dates it.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;

describe('an execution report citing last year’s plan report', () => {
  it('plans the year after the one its own heading executes', () => {
    const text = [
      '一、2023年国民经济和社会发展计划执行情况',
      '2023年，在县委的坚强领导下，在县人大、县政协的监督支持下，全县经济稳中向好。全年地区生产总值增长5.1%。',
      '县人大十八届二次会议批准的《关于2022年国民经济和社会发展计划执行情况与2023年计划草案的报告》确定的25项指标中，19项指标达到预期。',
    ].join('\n');
    expect(yearOf(text)).toBe(2024);
  });

  it('reads a citation written with 及 the same way', () => {
    const text = [
      '一、2020年国民经济和社会发展计划执行情况',
      '在市人大和市政协的监督支持下，全市上下攻坚克难，规上工业增加值增长6%。',
      '对照《2019年计划执行情况及2020年计划草案》，主要指标基本完成。',
    ].join('\n');
    expect(yearOf(text)).toBe(2021);
  });
});

describe('a report whose own name reviews one year and drafts the next', () => {
  it('still plans the drafted year when its heading executes the reviewed year', () => {
    const text = [
      '受区政府委托，现将2023年国民经济和社会发展计划执行情况与2024年计划草案提请审议。',
      '一、2023年国民经济和社会发展计划执行情况',
      '全年地区生产总值增长5.5%。',
    ].join('\n');
    expect(yearOf(text)).toBe(2024);
  });

  it('still plans the drafted year when the text has no execution heading', () => {
    const text = '关于2021年计划执行情况及2022年计划草案的报告\n预计全年地区生产总值增长6%。';
    expect(yearOf(text)).toBe(2022);
  });

  it('does not take a heading of half a year’s execution for the drafted year', () => {
    const text = ['关于2024年计划执行情况与2025年计划草案的报告', '2025年上半年计划执行情况', '上半年地区生产总值增长5.2%。'].join('\n');
    expect(yearOf(text)).toBe(2025);
  });

  it('does not take an execution heading in running text for the text’s own', () => {
    const text = ['关于2022年计划执行情况与2023年计划草案的报告', '会议听取了2023年计划执行情况的说明，全年粮食产量稳定在50万吨以上。'].join('\n');
    expect(yearOf(text)).toBe(2023);
  });
});
