/**
 * Round 22 (r22pb): a year's programme and a year's plan words, on invented texts. 今年 naming a yearly programme the text
 * has named by its year is that year; a year opening a sentence whose subject 计划 to build or start is a year planned.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;

describe('今年 naming a yearly programme launched under its year', () => {
  it.each([
    ['本报讯 近日,某县全面启动2024年民生实事。今年民生实事共12项,新建幼儿园3所,改造农村公路80公里。', 2024],
    ['某区召开会议,部署2023年暖心工程。据悉,今年的暖心工程涉及8个方面,新增养老床位200张。', 2023],
  ])('%s', (text, year) => expect(yearOf(text)).toBe(year));

  it('(must not fire) a programme whose year reports its results: the year after', () => {
    const text = '2023年惠民工程完成投资5亿元,新建公园6个。今年惠民工程计划新建公园8个。';
    expect(yearOf(text)).not.toBe(2023);
  });

  it('(must not fire) 今年 naming a metric, not a programme', () => {
    const text = '2023年全县经济增长5.2%。今年经济增长目标为6%左右。';
    expect(yearOf(text)).not.toBe(2023);
  });
});

describe('a year opening a sentence whose subject plans to build or start (2022年，某市计划开工…)', () => {
  it('is the year planned, though 今年 follows', () => {
    const text = '2025年,某州计划开工重点项目120个,总投资800亿元,今年计划完成投资210亿元。';
    expect(yearOf(text)).toBe(2025);
  });

  it('(must not fire) a plan the year had and what was done against it (原计划, 实际)', () => {
    const text = '2024年,全市原计划新建学校10所,实际建成12所。今年将新建学校8所。';
    expect(yearOf(text)).not.toBe(2024);
  });
});

describe('an indicator table marking its rows 约束性/预期性 is a plan, not results', () => {
  it('takes the period it names, not its last column’s year', () => {
    const text =
      '健全基层医疗卫生服务体系,群众看病就医更加便捷。'.repeat(20) +
      '\n“十四五”卫生事业发展主要指标\n指标\n2020年\n2025年\n属性\n1.每千人口执业医师数(人)\n2.9\n3.4\n预期性\n2.孕产妇死亡率(/10万)\n12\n10以下\n约束性';
    expect(yearOf(text)).toBe(2021);
  });

  it('(must not fire) a table of results with no such attributes: its latest year', () => {
    const text = '主要经济指标完成情况\n指标\n2022年\n2023年\n1.地区生产总值(亿元)\n520\n560\n2.一般公共预算收入(亿元)\n41\n45';
    expect(yearOf(text)).toBe(2023);
  });
});
