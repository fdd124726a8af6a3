/**
 * News of a project programme's progress (N个…项目已开工M个), on invented text: the programme's count is the year's
 * target, in the headline and the body alike, and what is done is a result of the months reported.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const entries = (text: string) => {
  const plan = extractPlan(text);
  return [
    ...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} ${t.year}`),
    ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period.year} ${a.period.label}`),
  ];
};

describe('a programme counted with its progress in news', () => {
  it('reads the programme as the year’s target and the count done as a result, headline and body', () => {
    const text = [
      '52个市级重大项目开工47个',
      '来源:某市日报',
      '记者从市发展改革委获悉，截至2023年5月底，52个市级重大项目开工47个，完成投资210.6亿元，年度投资完成率46.2%。',
    ].join('\n');
    const got = entries(text);
    expect(got.filter((e) => e.startsWith('T'))).toEqual(['T 52个 2023', 'T 52个 2023']);
    expect(got.filter((e) => e.startsWith('A 47个'))).toHaveLength(2);
    expect(got).toContain('A 210.6亿元 2023 截至2023年5月底');
  });
});

describe('must not fire', () => {
  it('leaves projects singled out by 的 and counted among results', () => {
    const text = '截至2023年5月底，已开工建设的60个重大项目中，45个完成年度投资计划的一半以上。';
    expect(entries(text).some((e) => e.startsWith('T'))).toBe(false);
  });

  it('leaves a programme named with no count of progress as the results’ scope', () => {
    const text = '2023年1-5月，全市52个市级重大项目完成投资210.6亿元，年度投资完成率46.2%。';
    expect(entries(text).some((e) => e.startsWith('T'))).toBe(false);
  });
});
