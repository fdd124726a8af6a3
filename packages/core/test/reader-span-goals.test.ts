import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

/** The due year of the target read with `value`. */
function yearOf(text: string, value: number): number | null | undefined {
  return extractPlan(text).targets.find((t) => t.value === value)?.year;
}

describe('a span’s goals announced by a paragraph carry over the paragraphs after it', () => {
  const interview =
    '2024年1月8日，某县县长接受采访。\n' +
    '县长：我们对今后五年的发展提出了细化量化的具体目标，县域经济总量突破600亿元。\n' +
    '工业强县建设取得新成效，规上工业企业达到300家，工业投资年均增长8%以上。\n' +
    '开放高地建设取得新突破，力争2026年外贸进出口总额达到50亿元，实际利用外资稳步增长。\n' +
    '城乡融合迈出新步伐，常住人口城镇化率达65%。';

  it('dates the undated goals of later paragraphs to the span’s end, not the plan year', () => {
    expect(yearOf(interview, 600)).toBe(2028);
    expect(yearOf(interview, 300)).toBe(2028);
    expect(yearOf(interview, 8)).toBe(2028);
    expect(yearOf(interview, 65)).toBe(2028);
  });

  it('keeps a step inside the span dated by its own year', () => {
    expect(yearOf(interview, 50)).toBe(2026);
  });

  it('a heading of a plan period’s goals dates the lines under it, up to a heading of the plan year', () => {
    const digest =
      '3月2日，某省第十四届人民代表大会第四次会议开幕，省长作政府工作报告。\n' +
      '2020年成就：\n生产总值增长3%\n“十四五”目标：\n人均生产总值达到8万元左右\n森林覆盖率达到45%\n' +
      '2021年目标：\n生产总值增长7%左右\n城镇新增就业35万人';
    expect(yearOf(digest, 8)).toBe(2025);
    expect(yearOf(digest, 45)).toBe(2025);
    expect(yearOf(digest, 7)).toBe(2021);
    expect(yearOf(digest, 35)).toBe(2021); // 35万人
  });
});

describe('where a span’s goals do not carry over (must not fire)', () => {
  it('a paragraph naming this year leaves the span', () => {
    const text = '2024年某市政府工作报告\n今后五年的主要目标是：地区生产总值年均增长6%左右。\n今年，全市规上工业增加值增长7%。\n新增规上工业企业50家。';
    expect(yearOf(text, 6)).toBe(2028);
    expect(yearOf(text, 7)).toBe(2024);
  });

  it('a paragraph after the span naming the plan year’s expected goals is the plan year’s', () => {
    const text = '2023年某县政府工作报告\n今后五年的奋斗目标是：全县生产总值突破300亿元。\n主要预期目标是：地区生产总值增长6.5%左右。';
    expect(yearOf(text, 6.5)).toBe(2023);
  });

  it('a span named without goals (今后五年，我们将…) opens nothing for the next paragraph', () => {
    const text = '2023年某区政府工作报告\n今后五年，我们将坚定不移推动高质量发展。\n全年新增市场主体3000户。';
    expect(yearOf(text, 3000)).toBe(2023);
  });

  it('a review part’s span words open nothing (过去五年…目标 reviews)', () => {
    const text = '2023年某市政府工作报告\n过去五年，我们圆满完成了“十三五”规划目标。\n地区生产总值年均增长7%。\n2023年主要预期目标：\n地区生产总值增长6%左右。';
    expect(yearOf(text, 6)).toBe(2023);
  });

  it('a heading of a plan period already over opens no span (“十三五”目标 in a 2021 report)', () => {
    const text = '2021年某省政府工作报告\n“十三五”目标：\n生产总值年均增长7%\n今年目标：\n生产总值增长6%左右';
    expect(yearOf(text, 6)).toBe(2021);
  });

  it('a paragraph turning to the work (重点抓好以下工作：) ends the span', () => {
    const text = '2024年某市政府工作报告\n今后五年的主要目标是：全市生产总值突破900亿元。\n围绕上述目标，重点抓好以下工作：\n新开工亿元以上项目120个。';
    expect(yearOf(text, 900)).toBe(2028);
    expect(yearOf(text, 120)).toBe(2024);
  });

  it('a paragraph that opens with a review ends the span', () => {
    const text = '2024年某县政府工作报告\n今后五年的主要目标是：县域生产总值突破500亿元。\n过去一年，全县地区生产总值增长5.2%。\n新增规上企业30家。';
    expect(yearOf(text, 500)).toBe(2028);
    expect(extractPlan(text).targets.find((t) => t.value === 5.2)).toBeUndefined();
  });

  it('a heading of this year’s goals (今年目标：) opens no span', () => {
    const text = '2021年某市政府工作报告\n今年目标：\n地区生产总值增长6%左右\n规上工业增加值增长8%';
    expect(yearOf(text, 6)).toBe(2021);
    expect(yearOf(text, 8)).toBe(2021);
  });
});
