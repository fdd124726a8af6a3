/**
 * The plan year of texts that do not put it in their title, on invented sentences: news that says which year's aims
 * were put forward, reports given at a session late in the year, and reports a site titles by the year they review.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;
const targets = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''} ${t.year}`);
const actuals = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`);

describe('a year whose aims a sentence says were put forward (2025年某县提出，…增长6%左右)', () => {
  const news = ['据了解，2025年某县提出，地区生产总值增长6%左右，一般公共预算收入增长5%。', '县委书记强调，今年一季度要抓早抓实，确保开门红。'].join('\n');

  it('is the year planned, though a speech in the text says 今年 of it', () => {
    expect(yearOf(news)).toBe(2025);
    expect(targets(news)).toEqual(['地区生产总值 6% 2025', '一般公共预算收入 5% 2025']);
    expect(actuals(news)).toEqual([]);
  });

  it('is not a proposal reported done (2023年，我们提出了…)', () => {
    const text = ['2023年，我们提出了“三年行动”，全市地区生产总值增长6%。', '今年，全市地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2024);
  });

  it('is not one with no figure to reach after it (2019年提出，加快建设…)', () => {
    const text = ['2019年提出，加快建设某产业园。2019年，全市地区生产总值增长6%。', '今年，全市地区生产总值增长6%左右。'].join('\n');
    expect(yearOf(text)).toBe(2020);
  });

  it('is not a proposal named as a thing (2022年某县提出的目标全面完成)', () => {
    const text = ['2022年某县提出的目标全面完成，地区生产总值增长7%。', '今年，全县地区生产总值增长6%左右。'].join('\n');
    expect(yearOf(text)).toBe(2023);
  });

  it('is not a proposal older than the results the text gives (2021年提出，“十四五”时期…)', () => {
    const text = ['2021年提出，“十四五”时期地区生产总值年均增长6%。2023年，全市地区生产总值增长5%。', '今年，全市地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2024);
  });

  it('is not a year whose undertaking is reported (2023年全市明确了…, 2023年，市委提出的…成效明显)', () => {
    const settled = ['2023年全市明确了“三个一百”工程，新开工项目增长10%。', '今年，全市新开工项目力争增长8%。'].join('\n');
    expect(yearOf(settled)).toBe(2024);
    const named = ['2023年，市委提出的“强工业”行动成效明显，规上工业增加值增长9%。', '今年，规上工业增加值增长7%左右。'].join('\n');
    expect(yearOf(named)).toBe(2024);
  });
});
