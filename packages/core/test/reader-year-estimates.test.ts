/**
 * News late in a year or at a five-year plan's end, on invented texts: an estimate of the year under way
 * (预计今年将超过, 今年有望达到, 今年预计可以达到, 预计将超过) is a result, not a target, when nothing else in the text
 * plans (Decisions 3 and 16); a press conference on a plan's 实施成效 reviews its period; a change to a year's
 * figure (增加到2024年的…) sets no deadline. Texts that plan keep their targets.
 */
import { describe, expect, it } from 'vitest';
import { summarisePlan } from './plan-summary.ts';

const read = summarisePlan;

describe('an estimate of the year under way in news is a result', () => {
  it('reads 今年有望达到 and 预计今年将超过 as results', () => {
    const text = [
      '发布时间：2025-11-20',
      '某市旅游总收入从2020年的120亿元增长到2024年的210亿元，预计今年将超过230亿元。',
      '全市省级工业园区由5个增加到7个，今年有望达到8个。',
    ].join('\n');
    const { targets, actuals } = read(text);
    expect(targets).toEqual([]);
    expect(actuals.some((a) => a.includes(' 230亿元 2025'))).toBe(true);
    expect(actuals.some((a) => a.includes(' 8个'))).toBe(true);
  });

  it('reads 今年预计可以达到 and 预计将超过 in a press conference as results', () => {
    const text = [
      '发布时间：2025-08-05',
      '某省召开新闻发布会，介绍“十四五”时期发展成就。全省粮食产量连续跨越几个台阶，今年预计可以达到320亿斤左右。',
      '五年新增城镇就业预计将超过300万人。',
    ].join('\n');
    const { targets, actuals } = read(text);
    expect(targets).toEqual([]);
    expect(actuals.some((a) => a.includes('320亿斤'))).toBe(true);
    expect(actuals.some((a) => a.includes('300万人'))).toBe(true);
  });

  it('reads a Traditional repost of such an estimate as a result', () => {
    const text = '發佈時間：2023-12-20\n某省政府今天舉行記者會表示，預計今年全省地區生產總值達到3.1萬億元左右，連續跨過兩個萬億台階。';
    const { targets, actuals } = read(text);
    expect(targets).toEqual([]);
    expect(actuals.some((a) => a.includes('3.1万亿元'))).toBe(true);
  });

  it('dates a press conference on a plan’s 实施成效 by the period’s last year', () => {
    const text = [
      '会上首先介绍了某省“十四五”规划的实施成效',
      '全省森林覆盖率从2020年的58.2%提高到2024年的60.1%，城乡居民收入比从2020年的2.3降低至2024年的2.1。',
    ].join('\n');
    const { year, targets } = read(text);
    expect(year).toBe(2025);
    expect(targets).toEqual([]);
  });
});

describe('texts that plan keep their targets (must not fire)', () => {
  it('keeps a year plan whose 预计 is the goal of a plan being set', () => {
    const text = '某市2024年重点项目计划\n今年预计安排重点项目120个，总投资超过900亿元，年度计划投资300亿元。';
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('300亿元 2024'))).toBe(true);
  });

  it('keeps 力争 beside an estimate of the year', () => {
    const text = '发布时间：2024-11-10\n全市外贸进出口今年有望突破500亿元，力争明年达到560亿元。';
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('560亿元'))).toBe(true);
  });

  it('keeps a work report’s 今年 targets beside a 预计将 of a project', () => {
    const text = '某县2024年政府工作报告\n今年全县地区生产总值增长6%左右。新材料产业园建成后预计将实现年产值50亿元。';
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('6%'))).toBe(true);
  });

  it('keeps a deadline 到2027年 as a target year', () => {
    const text = '某市制造业发展行动方案\n到2027年，全市规上工业企业达到800家。预计将新增就业岗位2万个。';
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('800家 2027'))).toBe(true);
  });

  it('keeps the 将 of a plan that is not an estimate', () => {
    const text = '发布时间：2025-03-01\n今年全市将新建5G基站1200个。';
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('1200个'))).toBe(true);
  });

  it('keeps a period that is not reviewed as planned (实施方案 of “十四五”)', () => {
    const text = '某市“十四五”规划实施方案\n到2025年，全市常住人口城镇化率达到65%。';
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('65% 2025'))).toBe(true);
  });
});

describe('progress measured against the year’s plan is a result', () => {
  it('reads 完成投资…，占年计划的…% in a paragraph with no cue as results', () => {
    const text = [
      '发布时间：2023-10-12',
      '截至9月底，某市重点项目完成投资820亿元。',
      '分领域看，交通工程完成投资210.5亿元，占年计划的71.2%；产业项目完成投资330亿元，达到年计划的80.4%。',
      '今年将新开工项目60个。',
    ].join('\n');
    const { targets, actuals } = read(text);
    expect(actuals.some((a) => a.includes('210.5亿元'))).toBe(true);
    expect(actuals.some((a) => a.includes('80.4%'))).toBe(true);
    expect(targets.some((t) => t.includes('210.5') || t.includes('80.4'))).toBe(false);
  });

  it('keeps 力争 in the clause a target (must not fire)', () => {
    const text = '某区2024年工作计划\n力争全年完成固定资产投资150亿元，达到年计划的110%。';
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('150亿元'))).toBe(true);
  });

  it('keeps a year programme without progress a target (must not fire)', () => {
    const text = '某市2024年重点项目计划\n安排重点项目200个，年度计划投资600亿元。';
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('600亿元'))).toBe(true);
  });
});

describe('the end of a period under way in news that sets nothing dates its estimate', () => {
  it('labels “十四五”末预计 with the period’s last year', () => {
    const text = '某市介绍“十四五”规划的实施成效\n全市经济总量由2020年的800亿元提升至2024年的1000亿元，“十四五”末预计将突破1100亿元。';
    const { targets, actuals } = read(text);
    expect(targets).toEqual([]);
    expect(actuals.some((a) => a.endsWith('1100亿元 2025'))).toBe(true);
  });

  it('keeps 到“十四五”末 in a plan a target (must not fire)', () => {
    const text = '某县2023年政府工作报告\n到“十四五”末，全县森林覆盖率达到62%。';
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('62% 2025'))).toBe(true);
  });
});

describe('a year opening a sentence whose scope 计划 a work verb is the year planned', () => {
  it('dates a news item on a bureau plan by its 2025年，全县计划… sentence, not the year after', () => {
    const text = [
      '3月2日，记者从县交通运输局获悉，今年全县将继续推进农村公路提质。',
      '2025年，全县计划新建农村公路120公里，预计投入资金8600万元；此外，今年计划完成危桥改造15座。',
    ].join('\n');
    const { year, targets, actuals } = read(text);
    expect(year).toBe(2025);
    expect(actuals).toEqual([]);
    expect(targets).toContain('农村公路 = 120公里 2025');
    expect(targets).toContain('危桥改造 = 15座 2025');
  });

  it.each([
    ['2023年，全市计划实施的86个项目全部开工，完成投资120亿元。今年，全市将继续抓好项目建设。', 2024],
    ['2023年，全市计划生育服务覆盖率达到98%。今年，继续优化服务。', 2024],
    ['2023年，全市完成计划投资150亿元。今年全市经济社会发展的主要预期目标是：地区生产总值增长6%。', 2024],
  ])('no planned year: %s', (text, want) => {
    expect(read(text).year).toBe(want);
  });
});

describe('a list of 实事 to do names a plan', () => {
  it('reads the items of a 2025年县政府十件民生实事 list as targets though no item says 力争 or 目标', () => {
    const text = ['2025年县政府十件民生实事', '一、建成12个社区食堂。', '二、新建农村公路45公里。', '三、改造8所农村学校。'].join('\n');
    const { targets, actuals } = read(text);
    expect(actuals).toEqual([]);
    expect(targets).toEqual(['社区食堂 = 12个 2025', '农村公路 = 45公里 2025', '农村学校 = 8所 2025']);
  });

  it.each([
    ['2024年全县统计公报', '一、全年建成社区食堂12个。', '二、全年地区生产总值增长5.2%。'],
    ['2024年县政府十件民生实事全部完成', '截至12月底，已建成社区食堂12个，已新建农村公路45公里。'],
    // Reported done without 已 or 截至 on the items: a report of the 实事, not the list of them.
    ['某县2023年十件民生实事完成情况', '2023年，县委县政府确定的十件民生实事全部完成。新建学校5所，改造老旧小区20个。'],
  ])('a text that reports keeps its results: %s', (...lines) => {
    expect(read(lines.join('\n')).targets).toEqual([]);
  });
});
