/**
 * The plan year of news that dates itself poorly, on invented texts: a paper's edition line taken for a title, a year
 * written only with a part of it that has passed, last year's trend carried on, and 今年 before a month that has passed.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { readDocumentInfo } from '../src/reader/document-info.ts';

const yearOf = (text: string) => extractPlan(text).year;
const actuals = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`);
const targets = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''} ${t.year}`);

describe('a paper’s edition line (某某日报/2021 年/1 月/5 日/第 002 版)', () => {
  const review = ['某某日报/2021 年/1 月/5 日/第 002 版', '——二〇二〇年某市经济社会发展综述', '刚刚过去的2020年，某市地区生产总值增长5%，固定资产投资增长8%。'];

  it('is a date, not the year of a review of results it heads', () => {
    expect(yearOf(review.join('\n'))).toBe(2020);
  });

  it('still dates a text of 今年 by the day a lede writes in full', () => {
    const text = ['某某日报/2021 年/1 月/5 日/第 002 版', '2021年1月5日，某市召开经济工作会议。', '今年，某市地区生产总值力争增长7%。'].join('\n');
    expect(yearOf(text)).toBe(2021);
  });

  it('keeps a title’s own year (2024年某市工作要点 under no edition line)', () => {
    expect(readDocumentInfo('2024年某市工业工作要点\n一、全市规上工业增加值增长6%。').year).toBe(2024);
  });
});

describe('a year written only with a part of it that has passed (2022年上半年)', () => {
  it('is the year under way, whose 今年 it is, not a year closed before the next', () => {
    const text = ['某省2022年上半年经济运行情况新闻发布会召开。', '上半年，全省地区生产总值增长4%，规上工业增加值增长5%。', '今年3月，某产业园开园。'].join(
      '\n',
    );
    expect(yearOf(text)).toBe(2022);
    expect(actuals(text)).toEqual(['地区生产总值 4% 2022', '规上工业增加值 5% 2022']);
  });

  it('leaves a year of results before 今年 its next year (2021年，…；今年，…)', () => {
    const text = ['2021年，全市地区生产总值增长6%。', '今年，全市地区生产总值增长6%左右。'].join('\n');
    expect(yearOf(text)).toBe(2022);
  });

  it('leaves a year written whole as well as by its quarter closed (2021年一季度…2021年全年…)', () => {
    const text = ['2021年一季度全市地区生产总值增长9%。2021年全年地区生产总值增长6%。', '今年，全市地区生产总值增长6%左右。'].join('\n');
    expect(yearOf(text)).toBe(2022);
  });

  it('reads 前三季度 after a year as the year’s first part, no deadline (2025年前三季度 is no 2025年前)', () => {
    const text = ['某市2025年前三季度经济运行情况发布。', '前三季度，全市地区生产总值增长5%。', '今年5月，某园区开园。'].join('\n');
    expect(yearOf(text)).toBe(2025);
  });

  it('leaves a year closed when the text goes on to its later part (2023年上半年…下半年…; 前三季度…四季度…)', () => {
    const halves = ['2023年上半年全市经济承压，下半年逐季回升，全市地区生产总值增长5.2%。', '今年，全市地区生产总值增长5%左右。'];
    expect(yearOf(halves.join('\n'))).toBe(2024);
    const quarters = ['2023年前三季度全市地区生产总值增长5%，四季度增长6%。', '今年，全市地区生产总值增长5.5%左右。'];
    expect(yearOf(quarters.join('\n'))).toBe(2024);
  });

  it('does not take the whole year’s months for a part (2021年1-12月 is closed)', () => {
    const text = ['2021年1-12月，全市规上工业增加值增长7%。', '今年，全市规上工业增加值增长6%左右。'].join('\n');
    expect(yearOf(text)).toBe(2022);
  });
});

describe('last year’s trend carried on (工业延续去年的良好势头)', () => {
  it('does not date the figure after it by last year', () => {
    const text = ['某县2023年一季度经济运行情况通报。', '一季度，工业延续去年的良好势头，全县规上工业增加值增长6%。'].join('\n');
    expect(actuals(text)).toEqual(['规上工业增加值 6% 2023']);
  });

  it('keeps 去年 a year of its own figure elsewhere (去年的…, 去年…增长)', () => {
    expect(actuals('2023年，全县经济平稳运行。\n去年全县规上工业增加值增长6%。')).toEqual(['规上工业增加值 6% 2022']);
  });

  it('keeps 去年 without 的 after the verb a cue (保持去年，…: no trend named)', () => {
    const text = ['某县2023年一季度经济运行情况通报。', '一季度，全县保持稳定。去年，全县规上工业增加值增长6%。'].join('\n');
    expect(actuals(text)).toEqual(['规上工业增加值 6% 2022']);
  });
});

describe('今年 before a month that has passed (今年2月，…成立)', () => {
  const results = [
    '某省2022年一季度经济运行情况新闻发布会召开。',
    '记者从发布会上了解到，一季度经济发展呈现三大亮点。',
    '一是工业较快增长。工业发挥“压舱石”作用，规上工业增加值增长6%，工业投资增长9%。',
  ];

  it('dates an event of the year under way: it plans nothing, so the figures are results', () => {
    const text = [...results, '二是开放步伐加快。今年2月，某保税区成立。'].join('\n');
    expect(targets(text)).toEqual([]);
    expect(actuals(text)).toEqual(['规上工业增加值 6% 2022', '工业投资 9% 2022']);
  });

  it('still plans with a deadline in a month (今年9月底前，…新建…)', () => {
    const text = [...results, '今年9月底前，全省新建5G基站100个。'].join('\n');
    expect(targets(text)).toContain('5G基站 100个 2022');
  });

  it('still plans with 今年 before its aims (今年，…增长6%左右)', () => {
    const text = ['2021年，全市地区生产总值增长6%。', '今年，全市地区生产总值增长6%左右。'].join('\n');
    expect(targets(text)).toEqual(['地区生产总值 6% 2022']);
  });
});

describe('ordinary sentences the rules above leave alone', () => {
  it('keeps an aim after 今年N月， a target (今年6月，某市将建成…)', () => {
    expect(extractPlan('今年6月，某市将建成5G基站1000个。').targets.map((t) => t.value)).toEqual([1000]);
  });

  it('keeps a dated review sentence its year though it carries last year’s trend on (2022年，…保持了去年的增长势头)', () => {
    const text = ['2022年，全县规上工业增加值增长6%，保持了去年的增长势头。', '今年，全县规上工业增加值增长7%左右。'].join('\n');
    expect(yearOf(text)).toBe(2023);
    expect(actuals(text)).toEqual(['规上工业增加值 6% 2022']);
    expect(targets(text)).toEqual(['规上工业增加值 7% 2023']);
  });

  it('keeps a year’s date in full a date, not an edition line (2021年1月5日)', () => {
    expect(yearOf('2021年1月5日，某市召开经济工作会议。\n今年，某市地区生产总值力争增长7%。')).toBe(2021);
  });
});
