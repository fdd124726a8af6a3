/**
 * The undated start of a structure's change in the review of one year (三次产业结构由A:B:C调整为D:E:F): the figures of the
 * year before the reviewed one; invented sentences (never corpus text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const years = (text: string, options: Parameters<typeof readStatements>[1]) =>
  readStatements(text, options).map((s) => `${s.value} ${s.role} ${s.period?.year ?? null}`);

describe('start ratio of a reviewed year', () => {
  it('dates the start ratio a year before the reviewed year, the end ratio in it', () => {
    expect(years('过去一年，三次产业结构由21.4:38.2:40.4优化为20.1:39.5:40.4。', { year: 2021 })).toEqual([
      '21.4 actual 2019',
      '38.2 actual 2019',
      '40.4 actual 2019',
      '20.1 actual 2020',
      '39.5 actual 2020',
      '40.4 actual 2020',
    ]);
  });

  it('leaves a lone start figure, a dated start, 由上年的, a span of years and this year alone', () => {
    // A lone rate with no ratio: the reviewed year, as before.
    expect(years('过去一年，城镇化率由55%提高到57%。', { year: 2021 })).toEqual(['55 actual 2020', '57 actual 2020']);
    // A start with its own year keeps it.
    expect(years('过去一年，三次产业结构由2015年的12:45:43调整为10:44:46。', { year: 2021 })[0]).toBe('12 actual 2015');
    // 由上年的 is read by its own rule.
    expect(years('过去一年，三次产业结构由上年的12:45:43调整为10:44:46。', { year: 2021 })[0]).toBe('12 actual 2020');
    // A review of several years dates the start by its span.
    expect(years('过去一年，三次产业结构由12:45:43调整为10:44:46。', { year: 2021, reviewedYears: 5 })[0]).toBe('12 actual 2015');
    // A change still to come: the start is where things stand now.
    expect(years('今年，三次产业结构由12:45:43调整为10:44:46。', { year: 2021 })[0]).toBe('12 actual 2021');
  });
});
