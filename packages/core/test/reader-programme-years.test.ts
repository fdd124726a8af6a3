/**
 * The plan year of undated news about a year's project programme, on invented texts: a year written right before its
 * programme (2024年96个计划实施项目…年度计划投资), a year named as that of the projects planned to start
 * (计划2024年新开工项目), and a headline-like line that looks back on a year (回顾过去的2024年…成绩单).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;

describe('a year written before its project programme without a comma', () => {
  it('is the year planned, not one closed before a 今年', () => {
    const text = [
      '今年以来，某区扎实推进项目建设。',
      '2024年96个计划实施项目，总投资210亿元，年度计划投资88.5亿元，目前已开工40个。',
      '下一步，某区将加快项目进度，力争上半年完成投资45亿元。',
    ].join('\n');
    expect(yearOf(text)).toBe(2024);
  });

  it('does not fire on a year that completed its programme (完成年度计划投资的)', () => {
    const text = ['2023年全区完成年度计划投资的108%。', '今年，某区地区生产总值力争增长6%。'].join('\n');
    expect(yearOf(text)).toBe(2024);
  });
});

describe('a year whose project programme its sentence gives, with no comma after the year', () => {
  it('plans that year, though results of its first quarter and 今年 come first', () => {
    const text = [
      '一季度，全县完成固定资产投资12.4亿元，同比增长9.1%，高于预期目标2.1个百分点。',
      '今年以来，县发改局狠抓项目建设。2031年86个计划实施项目，总投资210亿元，年度计划投资48亿元，目前已开工52个。',
    ].join('\n');
    expect(yearOf(text)).toBe(2031);
  });

  it('does not fire on a programme reported done or a share of the year’s plan', () => {
    const done = ['2030年全县完成年度计划投资48亿元，同比增长6%。', '今年，全县将继续扩大有效投资。'].join('\n');
    expect(yearOf(done)).not.toBe(2030);
    const share = ['2030年全县重点项目完成投资52亿元，为年度投资计划的108%。', '今年，全县将继续扩大有效投资。'].join('\n');
    expect(yearOf(share)).not.toBe(2030);
  });
});

describe('计划2024年新开工项目: the year projects are planned to start', () => {
  it('dates the text, though the year is written nowhere else but with its first quarter', () => {
    const text = [
      '今年以来，某州持续扩大有效投资。',
      '组织开展计划2024年新开工项目前期工作，督促210个计划新开工项目完成准备工作。',
      '召开2024年一季度重大项目集中开工大会，96个项目集中开复工。',
    ].join('\n');
    expect(yearOf(text)).toBe(2024);
  });

  it("does not fire on a closed year's programme that is no 计划YEAR年新开工项目", () => {
    const text = ['2023年，某县地区生产总值增长5.1%，2023年计划投资的项目全部完工。', '今年，某县地区生产总值力争增长6%。'].join('\n');
    expect(yearOf(text)).toBe(2024);
  });
});

describe('a line looking back on a year (回顾过去的2024年…成绩单) read as a title', () => {
  it('is the year reviewed; the meeting that plans the next year dates the text', () => {
    const text = [
      '回顾过去的2024年，某市交出了一份稳中求进的成绩单——',
      '1月10日，市委经济工作会议召开，总结2024年经济工作，部署2025年重点任务。',
      '预计全市地区生产总值完成820亿元、增长5.2%。',
    ].join('\n');
    expect(yearOf(text)).toBe(2025);
  });

  it('does not touch a title that names its own year (2024年某市经济运行成绩单)', () => {
    expect(yearOf('2024年某市经济运行成绩单\n全市地区生产总值完成820亿元、增长5.2%。')).toBe(2024);
  });

  it('does not touch a title planning the year after one it looks back on', () => {
    expect(yearOf('回望2024年 谋划2025年：某市2025年工作要点\n全市地区生产总值增长6%左右。')).toBe(2025);
  });
});
