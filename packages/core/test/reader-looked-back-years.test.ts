/**
 * A news item's line looking back on a named year (回顾过去的2025年，…交出了一份成绩单——) opens a review of that year for
 * the lines under it, as 回顾2025年， does. Invented texts, with cases where it must not open one.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [
    ...plan.targets.map((t) => `target ${t.value}${t.unit ?? ''} ${t.year}`),
    ...plan.actuals.map((a) => `actual ${a.value}${a.unit ?? ''} ${a.period.year}`),
  ];
};

const opening = ['1月10日，县委经济工作会议召开，总结2025年经济工作，部署2026年重点任务。', '站在新起点上，全县将把目光投向项目一线，埋头苦干。'];

describe('回顾过去的2025年 heading the lines under it', () => {
  it('reads the lines after it as that year’s results', () => {
    const text = [
      ...opening,
      '回顾过去的2025年，全县交出了一份稳中求进的成绩单——',
      '预计全县地区生产总值完成320亿元、增长5.5%；',
      '港口吞吐量跃升至1200万吨，工业总产值完成410亿元、增长7%；',
    ].join('\n');
    expect(roles(text)).toEqual(['actual 320亿元 2025', 'actual 5.5% 2025', 'actual 1200万吨 2025', 'actual 410亿元 2025', 'actual 7% 2025']);
  });

  it('reads 回顾刚刚过去的2025年， the same way', () => {
    const text = [...opening, '回顾刚刚过去的2025年，全县发展稳中有进。', '港口吞吐量跃升至1200万吨。'].join('\n');
    expect(roles(text)).toEqual(['actual 1200万吨 2025']);
  });
});

describe('where it opens no review', () => {
  it('a year not before the plan’s (回顾过去的2026年 in a 2026 text) opens none', () => {
    const text = ['2026年全县工作要点', '回顾过去的2026年，', '全县地区生产总值增长6%。'].join('\n');
    expect(roles(text)).toEqual(['target 6% 2026']);
  });

  it('a line turning to the plan after it still plans (2026年，全县力争…)', () => {
    const text = [...opening, '回顾过去的2025年，全县交出了一份成绩单——', '地区生产总值增长5.5%；', '2026年，全县力争地区生产总值增长6%。'].join('\n');
    expect(roles(text)).toEqual(['target 6% 2026', 'actual 5.5% 2025']);
  });
});
