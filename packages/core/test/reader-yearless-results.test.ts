/**
 * Results in a text that writes no year anywhere (corpus Decisions 21, c344): they have no period year to give, so they are
 * left out, while the year's targets stay with `year` null. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => extractPlan(text);
const actuals = (text: string) => read(text).actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`);

describe('results in a text that writes no year', () => {
  it('are left out: a bureau’s summary with only 今年 and 较去年', () => {
    const text = [
      '今年以来，我局较好地完成了各项目标任务。',
      '全年完成道路建设里程52.3公里，完成投资4.1亿元。',
      '桥梁养护合格率91%，较去年提高2.5个百分点。',
    ].join('\n');
    const plan = read(text);
    expect(plan.year).toBeNull();
    expect(plan.actuals).toEqual([]);
    // Counted, so no host passes over them in silence.
    expect(plan.undatedResultsLeftOut).toBe(4);
  });

  it('leaves the year’s targets with year null', () => {
    const text = ['今年以来，某区经济运行平稳，规上工业增加值增长6.2%。', '全年力争新签约项目20个，确保固定资产投资增长8%。'].join('\n');
    const plan = read(text);
    expect(plan.actuals).toEqual([]);
    expect(plan.targets.map((t) => `${t.value}${t.unit ?? ''} ${t.year}`)).toEqual(expect.arrayContaining(['20个 null', '8% null']));
  });

  it('are left out though an amount holds four digits that look like a year (20871亿元, 1986.5万吨)', () => {
    const text = [
      '统计部门发布前四个月经济数据。4月份，全国规模以上工业增加值同比增长4.8%。',
      '1—3月份，全国规模以上工业企业实现利润总额20871亿元，同比增长3.9%。',
      '4月份，粮食调入1986.5万吨，发电量7012亿千瓦时。',
    ].join('\n');
    expect(read(text).actuals).toEqual([]);
  });
});

describe('must not fire', () => {
  it('keeps results dated by a year the text writes', () => {
    expect(actuals('2022年，某县地区生产总值增长5.1%，社会消费品零售总额增长4%。')).toEqual(['某县地区生产总值 5.1% 2022', '社会消费品零售总额 4% 2022']);
  });

  it('keeps results of a text dated only by a date line (2019-03-02)', () => {
    expect(read('某市政府工作报告\n2019-03-02 来源：某市政府网\n过去一年，全市地区生产总值增长6.5%，城镇新增就业3.2万人。').actuals).not.toEqual([]);
  });

  it('keeps results of a text that writes a year beside other digits (2024年, (2019), 2021-05-06)', () => {
    expect(actuals('2024年1—4月，全市规上工业增加值增长6.1%。')).toEqual(['规上工业增加值 6.1% 2024']);
    expect(read('某县统计月报(2019)\n1—4月，全县规上工业增加值增长6.1%，利润总额12.3亿元。').actuals).not.toEqual([]);
    expect(read('发布时间：2021-05-06\n1—4月，全县规上工业增加值增长6.1%，利润总额12.3亿元。').actuals).not.toEqual([]);
  });

  it('keeps results of a text dated by a year in Chinese numerals (二〇二一年)', () => {
    expect(read('二〇二一年，某市地区生产总值增长7%，一般公共预算收入增长6%。').actuals).not.toEqual([]);
  });

  it('keeps results of a year the text writes in a title only', () => {
    expect(read('某区2023年上半年经济运行情况\n上半年，全区地区生产总值增长5.5%。').actuals).not.toEqual([]);
  });

  it('keeps results when a year is written far from them (a closing 2024年3月)', () => {
    expect(read('今年以来，某镇完成造林面积1200亩，新建村道15公里。\n（某镇人民政府 2024年3月）').actuals).not.toEqual([]);
  });
});
