/**
 * Round 24 mend (m24a) of two plan-year rules, review24 items 1 and 6. Invented passages built from the review's probes:
 * - a five-year plan issued before the page dates the page to the period's first year only when that plan is the page's
 *   subject (headline or first paragraph) and the page gives no figure of this year (今年/全年);
 * - a headline year restating a deadline is dropped only for a 到Y年 deadline (not 到Y年底, not 截至), and not when the
 *   page is dated the year before (a plan for the coming year).
 * Each entry is `role metric comparator value+unit year` (an actual: `role metric value+unit` and its period's year).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    year: plan.year,
    entries: [
      ...plan.targets.map((t) => `target ${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year ?? ''}`),
      ...plan.actuals.map((a) => `actual ${a.metric} ${a.value}${a.unit ?? ''} ${a.period?.year ?? ''}`),
    ],
  };
};

describe('m24a: a plan issued before the page sets the plan year only as the page’s subject (review24 item 1)', () => {
  it('must not fire: a yearly report mentions 出台“十四五”专项规划 in passing and sets 今年’s figures', () => {
    expect(
      read(
        '青禾市人民政府工作报告\n2023-01-10\n过去一年，我们出台“十四五”专项规划，地区生产总值增长6.1%。今年全市地区生产总值增长6%左右，一般公共预算收入增长5%。',
      ),
    ).toEqual({
      year: 2023,
      entries: ['target 地区生产总值 ~ 6% 2023', 'target 一般公共预算收入 = 5% 2023', 'actual 地区生产总值 6.1% 2022'],
    });
  });

  it('must not fire: a meeting’s news recalls 印发《…“十四五”…规划》 and sets 全年 figures', () => {
    expect(
      read(
        '青禾市发改委召开工作会议\n2023-02-15\n会议回顾了印发《青禾市“十四五”现代服务业发展规划》等工作。会议强调，确保全年固定资产投资增长8%以上，新开工项目120个。',
      ),
    ).toEqual({ year: 2023, entries: ['target 固定资产投资 >= 8% 2023', 'target 新开工项目 = 120个 2023'] });
  });

  it('must not fire: a plan issued named past the first paragraph', () => {
    expect(
      read(
        '青禾县文旅局召开座谈会\n2023-04-10\n座谈会上，各乡镇交流了文旅工作经验。\n据介绍，近年来县里先后出台“十四五”文旅专项规划等文件。\n下一步，全县力争接待游客突破500万人次。',
      ),
    ).toEqual({ year: 2023, entries: ['target 接待游客 > 500万人次 2023'] });
  });

  it('fires: news of a 十四五 plan issued, in the first paragraph, whose 今年 gives no figure', () => {
    expect(
      read(
        '青禾市文旅发展迎来新蓝图\n2023-03-01\n近日，青禾市文旅局发布了“十四五”期间青禾市文旅发展规划，迎来今年旅游“开门红”。规划提出，到2025年，全市接待游客达到5000万人次。',
      ),
    ).toEqual({ year: 2021, entries: ['target 接待游客 >= 5000万人次 2025'] });
  });
});

describe('m24a: a headline restating a deadline (review24 item 6)', () => {
  it('must not fire: 计划2024年 over 到2024年 on a page posted in December 2023 (next year’s plan)', () => {
    expect(read('青禾县计划2024年完成投资100亿元\n2023-12-25\n县发改委表示，到2024年，全县固定资产投资完成100亿元，新开工项目50个。')).toEqual({
      year: 2024,
      entries: ['target 投资 = 100亿元 2024', 'target 固定资产投资 = 100亿元 2024', 'target 新开工项目 = 50个 2024'],
    });
  });

  it('must not fire: 2024年将建成 over 到2024年底, a yearly plan’s own deadline', () => {
    expect(read('青禾县2024年将建成10个口袋公园\n2023-10-28\n记者从县住建局获悉，到2024年底，全县建成口袋公园10个，新增绿地20公顷。')).toEqual({
      year: 2024,
      entries: ['target 口袋公园 = 10个 2024', 'target 口袋公园 = 10个 2024', 'target 绿地 = 20公顷 2024'],
    });
  });

  it('must not fire: 截至2023年 is a count’s date, no deadline restated', () => {
    const plan = extractPlan('青禾县2023年新建学校突破10所\n2024-01-05\n截至2023年，全县累计新建学校12所，新增学位5000个。');
    expect({ year: plan.year, source: plan.yearSource }).toEqual({ year: 2023, source: 'title' });
  });

  it('fires: 2026年…或达 over 力争到2026年 on a page dated years before', () => {
    expect(read('青禾茶叶产值2026年或达20亿\n发布时间:2022-05-26\n日前，青禾市出台茶产业新政，力争到2026年，全市茶叶产值达到20亿元。')).toEqual({
      year: 2022,
      entries: ['target 茶叶产值 >= 20亿元 2026'],
    });
  });
});
