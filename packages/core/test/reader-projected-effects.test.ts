/**
 * What one project brings once built (建成后, 建成达产后, 投产后 …): no goal for a period and no result — no entries (invented
 * texts). A year, 到, 力争 or 目标 after the cue dates it as an aim again.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const values = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => t.value), ...plan.actuals.map((a) => a.value)];
};
const dated = (sentence: string) => ['2023年3月1日，某市一批重大项目集中开工。', sentence, '今年，某市地区生产总值力争增长6%。'].join('\n');

describe('a project’s effects once built', () => {
  it('drops the figures after 建成达产后', () => {
    const got = values(dated('某新材料项目总投资18亿元，建成达产后，可实现年销售收入36亿元以上，上缴利税4亿元以上，提供就业岗位800个左右。'));
    expect(got).not.toContain(36);
    expect(got).not.toContain(4);
    expect(got).not.toContain(800);
  });

  it('drops the figures after 建成后…每年预计', () => {
    const got = values(dated('某抽水蓄能电站建成后，每年预计消纳新能源电量9.2亿千瓦时，节约标准煤约28万吨。'));
    expect(got).not.toContain(9.2);
    expect(got).not.toContain(28);
  });

  it('keeps the figures before the cue (the project’s investment)', () => {
    expect(values(dated('某新材料项目总投资18亿元，建成达产后，可实现年销售收入36亿元以上。'))).toContain(18);
  });
});

describe('must not fire', () => {
  it('keeps an aim dated after the cue (建成后到2025年)', () => {
    expect(values(dated('园区基础设施建成后，到2025年园区产值力争达到120亿元。'))).toContain(120);
  });

  it('keeps a 力争 after the cue', () => {
    expect(values(dated('项目投产后，力争全年新增产值15亿元。'))).toContain(15);
  });

  it('keeps 建成 as a verb of work done (建成项目12个)', () => {
    expect(values(dated('今年，某市计划建成重点项目12个，新开工项目30个。'))).toEqual(expect.arrayContaining([12, 30]));
  });

  it('keeps figures of the sentences after the one with the cue', () => {
    expect(values(dated('某项目建成后可带动就业500人。全年某市新增城镇就业1.1万人。'))).toContain(1.1);
  });

  it('keeps a result with 建成 in the past (已建成…)', () => {
    const text = '2022年，某市已建成5G基站3200个，新建改造农村公路120公里。今年，某市地区生产总值力争增长6%。';
    expect(values(text)).toEqual(expect.arrayContaining([3200, 120]));
  });
});
