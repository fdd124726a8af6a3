/**
 * The text before a review part reviews too — unless it names a later year than the one reviewed as its time: a news lede
 * retelling the plan (报告明确，2025年…) above the report's `一、2024年工作回顾` speaks of the plan, and its undated figures
 * are targets of the plan year, not results of the year reviewed. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [
    ...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} y${t.year}`),
    ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`),
  ].sort();
};

const report =
  '2025年1月10日在某市第七届人民代表大会第四次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n一、2024年工作回顾\n一年来，我们咬定发展目标，全市地区生产总值增长6.1%，新增规上工业企业85家。\n';

describe('a preamble that names the year after the review', () => {
  it('reads a news lede retelling the plan year as targets of that year', () => {
    const lede =
      '某市：2025年加快建设现代物流枢纽\n1月15日，某市政府办公室发布2025年政府工作报告。\n报告明确，2025年做强物流产业，打造区域物流中心。\n节能降碳。推进园区循环化改造，创建省级节水型企业3家，培育绿色工厂6个，光伏装机容量超200万千瓦。\n原文如下：\n';
    const got = roles(lede + report);
    expect(got).toContain('T 3家 y2025');
    expect(got).toContain('T 6个 y2025');
    expect(got).toContain('T 200万千瓦 y2025');
    // The review part itself still reports.
    expect(got).toContain('A 6.1% 2024');
    expect(got).toContain('A 85家 2024');
  });
});

describe('must not fire', () => {
  it('keeps a preamble of results that names no year a review (it opens with the year’s results)', () => {
    const lede = '今年以来，全市工业稳中有进。1—11月，规上工业增加值同比增长7.3%，新增高新技术企业120家。\n';
    const text = `${lede}2024年工作及成效\n（一）工业经济加力振作。全年新增规上工业企业85家。\n2025年工作安排\n（一）力争新增规上工业企业90家。\n`;
    const got = roles(text);
    expect(got).toContain('A 7.3% 2024');
    expect(got).toContain('A 120家 2024');
  });

  it('does not count the date the report was given (2025年1月10日) as a later year', () => {
    const lede = '某市政府工作报告\n2025年1月10日在某市第七届人民代表大会第四次会议上\n全市新增市场主体1.2万户。\n';
    const text = `${lede}一、2024年工作回顾\n一年来，全市地区生产总值增长6.1%。\n`;
    expect(roles(text)).not.toContain('T 12000户 y2025');
  });

  it('does not count a later year that is only a base or a start (比2025年, 2025年以来)', () => {
    const lede = '2025年以来，某市多次召开调度会。新增市场主体1.2万户。\n';
    const text = `${lede}一、2024年工作回顾\n一年来，全市地区生产总值增长6.1%。\n`;
    expect(roles(text).some((r) => r.startsWith('T 12000'))).toBe(false);
  });

  it('leaves a preamble naming only the year reviewed a review', () => {
    const lede = '2024年，某市经济运行稳中向好，新增市场主体1.2万户。\n';
    const text = `${lede}一、2024年工作回顾\n一年来，全市地区生产总值增长6.1%。\n`;
    expect(roles(text)).toContain('A 12000户 2024');
  });
});
