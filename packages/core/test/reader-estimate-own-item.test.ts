/**
 * 预计实现…；完成…: an estimate word set on the first item's verb of result, in a ；-list whose later item opens with a verb of
 * its own unmarked, estimates that first item only — the later items are results as given (invented texts).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const actuals = (review: string) => {
  const text = ['2月3日上午，某县十八届人大五次会议开幕，县长向大会作政府工作报告。', '报告回顾了2023年的工作。', review].join('\n');
  return extractPlan(text).actuals.map((a) => `${a.value}${a.unit ?? ''}${a.estimate ? ' est' : ''}`);
};

describe('an estimate word on the first item’s verb', () => {
  it('stops at a later item that opens with its own verb of result', () => {
    const got = actuals('2023年，预计实现地区生产总值126亿元，增长5.3%；完成一般公共预算收入8.4亿元，增长3.2%；规模以上工业增加值增长6.1%。');
    expect(got).toEqual(['126亿元 est', '5.3% est', '8.4亿元', '3.2%', '6.1%']);
  });
});

describe('must not fire', () => {
  it('keeps a list with no verb after the word estimated throughout (Decisions 10)', () => {
    const got = actuals('2023年，预计地区生产总值增长5.3%；一般公共预算收入增长3.2%；规模以上工业增加值增长6.1%。');
    expect(got).toEqual(['5.3% est', '3.2% est', '6.1% est']);
  });

  it('keeps a list whose later items write no verb of their own estimated', () => {
    const got = actuals('2023年，预计实现地区生产总值126亿元，增长5.3%；社会消费品零售总额41亿元，增长4.4%。');
    expect(got).toEqual(['126亿元 est', '5.3% est', '41亿元 est', '4.4% est']);
  });

  it('keeps a later item that marks its own verb an estimate', () => {
    const got = actuals('2023年，预计实现地区生产总值126亿元；预计完成一般公共预算收入8.4亿元。');
    expect(got).toEqual(['126亿元 est', '8.4亿元 est']);
  });

  it('keeps a word that is not set on a verb governing the list (预计全县…)', () => {
    const got = actuals('2023年，预计全县地区生产总值增长5.3%；完成一般公共预算收入8.4亿元。');
    expect(got).toEqual(['5.3% est', '8.4亿元 est']);
  });
});
