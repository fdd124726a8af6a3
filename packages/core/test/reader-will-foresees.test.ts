/**
 * A sentence whose only word of the future is a bare 将 (…游客将突破800万人次) inside a paragraph of results foresees its own
 * figure; it does not turn the paragraph's later sentences into targets. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''}`)].sort();
};

const lede = '某市第九届人民代表大会第三次会议1月9日开幕，市长某某作政府工作报告。\n';
const aims = '报告指出，2024年某市主要预期目标是：地区生产总值增长6%左右。\n';

describe('a bare 将 inside a paragraph of results', () => {
  it('leaves the next sentence a result of the year reviewed', () => {
    const text = `${lede}报告提到，2023年某市文旅市场回暖，接待游客人次增长25%。冬季接待游客将突破800万人次。旅游总收入达到96亿元、增长18%。\n${aims}`;
    const plan = extractPlan(text);
    const income = plan.actuals.find((a) => a.value === 96);
    expect(income?.period.year).toBe(2023);
    expect(roles(text)).toContain('A 18%');
    expect(roles(text)).toContain('T 6%');
  });
});

describe('must not fire', () => {
  it('a 将 with 力争 sets aims for the sentences after it', () => {
    const text = `${lede}报告提到，2023年某市旅游总收入达到96亿元。今年将力争游客突破900万人次。旅游总收入增长10%。\n`;
    expect(roles(text)).toContain('T 10%');
  });

  it('a 将 in a paragraph of aims keeps them aims', () => {
    const text = `${lede}${aims}某市将新建口袋公园12个。改造老旧小区30个。\n`;
    const got = roles(text);
    expect(got).toContain('T 12个');
    expect(got).toContain('T 30个');
  });

  it('a 将 with a year of its own (2024年将…) plans on', () => {
    const text = `${lede}报告提到，2023年某市旅游总收入达到96亿元。2024年将新建景区5个。改造游客中心8个。\n`;
    expect(roles(text)).toContain('T 8个');
  });

  it('a 将 with 今年 plans on', () => {
    const text = `${lede}报告提到，2023年某市旅游总收入达到96亿元。今年将新建景区5个。改造游客中心8个。\n`;
    expect(roles(text)).toContain('T 8个');
  });

  it('a 将 with 要 plans on', () => {
    const text = `${lede}报告提到，2023年某市旅游总收入达到96亿元。下步将要新建景区5个。改造游客中心8个。\n`;
    expect(roles(text)).toContain('T 8个');
  });
});
