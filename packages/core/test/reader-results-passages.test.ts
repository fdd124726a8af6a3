/**
 * Telling results from targets over a passage, on invented texts: a paragraph that opens a review
 * carries it over the next paragraphs of its block until a cue of planning.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    targets: plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''}`),
    actuals: plan.actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''}`),
  };
};

describe('a review opened by a paragraph runs over the next ones', () => {
  const REVIEW = [
    '在2021年全县经济工作会议上的讲话（2021年1月8日）',
    '一、回顾工作',
    '一年来，全县紧紧围绕“富民强县”目标，扎实做好各项工作。',
    '一是经济稳中向好。',
    '预计地区生产总值增长7.2%；一般公共预算收入增长5.1%。',
    '二、今年的主要预期目标',
    '地区生产总值增长6.5%左右；一般公共预算收入增长5%。',
  ].join('\n');

  it('reads the estimated results of the year under review as results', () => {
    const { targets, actuals } = read(REVIEW);
    expect(actuals).toEqual(expect.arrayContaining(['地区生产总值 7.2%', '一般公共预算收入 5.1%']));
    expect(targets.some((t) => t.includes('7.2'))).toBe(false);
  });

  it('opens with 刚刚过去的一年 as with 过去一年, and closes at 新目标', () => {
    const text = [
      '某县农业农村工作新闻（2024年2月1日）',
      '刚刚过去的一年，某县农业工作取得新成效。',
      '农业提质增效。全县农产品加工企业营业收入同比增长9%。',
      '新目标',
      '新的一年，全县农产品加工企业营业收入增长10%以上。',
    ].join('\n');
    const { targets, actuals } = read(text);
    expect(actuals).toEqual(['农产品加工企业营业收入 9%']);
    expect(targets).toEqual(['农产品加工企业营业收入 >= 10%']);
  });

  it('stops at a cue of planning, and at the next block', () => {
    const { targets } = read(REVIEW);
    expect(targets).toEqual(expect.arrayContaining(['地区生产总值 ~ 6.5%', '一般公共预算收入 = 5%']));
  });

  it('a result inside a paragraph that does not open a review carries no further', () => {
    const text = ['某市政府工作报告提出2017年主要预期目标：', '地区生产总值增长7%左右。去年实际增长7.3%。', '城镇新增就业5万人以上。去年新增5.6万人。'].join(
      '\n',
    );
    const { targets } = read(text);
    expect(targets).toHaveLength(2);
    expect(targets[0]).toBe('地区生产总值 ~ 7%');
    expect(targets[1]).toMatch(/^\S*就业 >= 5/);
  });
});

describe('the horizon of a dated page that announces targets 到 one later year', () => {
  const page = (deadlines: string) =>
    [
      '发布时间：2021-06-10 09:00 来源：某日报',
      `记者获悉，某市启动实施产业提升工程，力争${deadlines}培育百亿级企业10家。`,
      '此外，每年新增规模以上工业企业200家左右。',
    ].join('\n');

  it('dates its undated targets to that year', () => {
    const plan = extractPlan(page('到2025年'));
    expect(plan.year).toBe(2021);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['10 2025', '200 2025']);
  });

  it('keeps the plan year when the page names several later years', () => {
    const plan = extractPlan(page('到2023年新增企业50家、到2025年'));
    expect(plan.targets.find((t) => t.value === 200)?.year).toBe(2021);
  });
});
