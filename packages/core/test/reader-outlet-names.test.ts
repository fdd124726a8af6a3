/**
 * A region named once, only in the name of the paper or broadcaster that carries the text (浙江日报, 扬子晚报, 湖南广播电视台),
 * is where the outlet reports from, not whose plan the text is. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const region = (text: string) => extractPlan(text).region;

describe('an outlet named after its place', () => {
  it('gives no region when it is the only name', () => {
    const text = '2024年03月01日 浙江日报 第14版\n2024年目标任务\n实现GDP增长6%以上；规上工业增加值增长8%左右；固定资产投资增长10%左右。';
    expect(region(text)).toBeFalsy();
  });

  it('gives none for an evening paper or a broadcaster either', () => {
    expect(region('来源：扬子晚报\n今年目标：新增市场主体5000户，培育专精特新企业20家。')).toBeFalsy();
    expect(region('湖南广播电视台消息\n今年力争新增规上工业企业30家，完成投资50亿元。')).toBeFalsy();
  });
});

describe('names the rule leaves alone', () => {
  it('keeps a region named in its own words', () => {
    expect(region('湖南加快建设制造强省，今年力争规上工业增加值增长7%。')).toBe('湖南省');
  });

  it('keeps a region named again outside the outlet', () => {
    const text = '浙江日报讯 今年浙江将实施重大项目1000个，浙江全年完成投资1.6万亿元以上。';
    expect(region(text)).toBe('浙江省');
  });

  it('keeps a report, which 报 alone does not make an outlet', () => {
    expect(region('池州报告：今年池州力争地区生产总值增长6%。')).toBe('池州市');
  });
});
