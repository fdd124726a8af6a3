import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';

/** What a plan reads, as value and unit, targets and results apart. */
function figures(text: string) {
  const plan = extractPlan(text);
  return {
    targets: plan.targets.map((t) => `${t.value} ${t.unit}`),
    actuals: plan.actuals.map((a) => `${a.value} ${a.unit}`),
  };
}

describe('damaged copies of plan texts (document-sharing and mirror sites)', () => {
  it('reads a figure left out with its gap kept as a placeholder, not as one 亿元', () => {
    const text =
      '一、2019年工作回顾\n全年实现生产总值 亿元，增长 %；一、二、三产业增加值分别达到 亿元、 亿元和 亿元，分别增长 %、 %和 %；地方财政收入完成3.6亿元，增长7.5%。';
    expect(cleanText(text).text).toContain('分别达到X亿元、X亿元和X亿元，分别增长X%、X%和X%');
    expect(figures(text).actuals).toEqual(['3.6 亿元', '7.5 %']);
    expect(figures(text).targets).toEqual([]);
  });

  it('keeps spaces that leave no figure out: a number before them, a split unit, a table cell, 单位', () => {
    expect(cleanText('投资 439.7 亿 元，利用外资 1830 万美 元。').text).toBe('投资439.7亿元，利用外资1830万美元。');
    expect(cleanText('今年预计可以达到140万亿 元左右。').text).toBe('今年预计可以达到140万亿元左右。');
    expect(cleanText('（单位 亿元）').text).not.toContain('X');
    expect(cleanText('地区生产总值增长 6.5% 左右').text).toBe('地区生产总值增长6.5%左右');
    expect(cleanText('1 经济密度增长率 % 5左右 10.2\n2 引进内资 亿元 170 363').text).not.toContain('X');
    expect(cleanText('指标名称 单位\n地区生产总值 亿元\n5000').text).not.toContain('X');
  });

  it('puts back the quotes a page lost to question marks, so a name is no count', () => {
    const text = '一、2019年工作回顾\n全县坚持以?三个代表?重要思想为指导，实施?工业强县、开放兴县?战略，全年财政收入完成2.3亿元，增长5.5%。';
    expect(cleanText(text).text).toContain('以“三个代表”重要思想为指导，实施“工业强县、开放兴县”战略');
    expect(figures(text).actuals).toEqual(['2.3 亿元', '5.5 %']);
  });

  it('leaves question marks alone when only one pair stands, or they are typed full-width', () => {
    expect(cleanText('如何推进?怎么落实?这是关键。').text).toBe('如何推进？怎么落实？这是关键。');
    expect(cleanText('坚持以？三个代表？为指导，实施？两个率先？战略').text).not.toContain('“');
    expect(cleanText('问题是什么?3个方面?我们要回答。').text).not.toContain('“');
  });

  it('drops a page footer number left at the end of a page, so the figure meets its unit', () => {
    const text =
      '一、2019年工作回顾\n全县全社会固定资产投资完成20.19亿元，增长7.4%；社会消费品零售总额完成16.11 1\n\n亿元，增长14.6%；城镇居民人均可支配收入达到17421元。';
    expect(cleanText(text).text).toContain('社会消费品零售总额完成16.11亿元，增长14.6%');
    expect(figures(text).actuals).toContain('16.11 亿元');
  });

  it('keeps a number split from its unit after a word, and a short row ending in a number', () => {
    const split = '全县固定资产投资在全市的排名继续保持前列，全年完成投资 12\n\n亿元，增长7.4%。';
    expect(cleanText(split).text).not.toContain('投资亿元');
    expect(cleanText('第一产业 5 1\n\n亿元').text).toContain('5 1');
  });

  it('drops a mirror site counter line in either script, not a sentence about views', () => {
    expect(cleanText('坪山区新闻\n0瀏覽 評論0條\n全年工业总产值达12.5亿元。').text).toBe('坪山区新闻\n全年工业总产值达12.5亿元。');
    expect(cleanText('某区新闻\n12浏览\n全年工业总产值达12.5亿元。').text).toBe('某区新闻\n全年工业总产值达12.5亿元。');
    expect(figures('某区新闻\n0瀏覽 評論0條\n2021年，全区工业总产值达12.5亿元。').targets).toEqual([]);
    expect(cleanText('网站累计浏览量达到120万人次。').text).toBe('网站累计浏览量达到120万人次。');
  });
});
