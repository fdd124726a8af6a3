import { describe, expect, it } from 'vitest';
import { choosePlans, pickPlans } from '../src/check/plan-choice.ts';
import { extractPlan } from '../src/reader/extract.ts';

// What the region a plan is read as costs when a sheet is checked: a county-level city read as its
// prefecture would be applied to the county's sheet as the plan above it; a region the reader cannot
// name must be reported as unverified, never matched as the sheet's own.
describe('the region a plan is read as, in plan matching', () => {
  const countyCity = extractPlan(
    '——在市十八届人大四次会议上\n代市长 某某\n现在，我代表宜兴市人民政府向大会报告工作。2025年主要预期目标：地区生产总值增长6%左右，增速居无锡前列。',
  );

  it('a county-level city’s report is its own plan, not one above it', () => {
    expect(countyCity).toMatchObject({ region: '宜兴市', level: 'district' });
    const own = choosePlans({ region: '宜兴市', year: 2025 }, [countyCity], [countyCity], 'zh-CN');
    expect(own.choices[0]).toMatchObject({ relation: 'same', applied: true });
  });

  it('a plan whose issuer the text never names is unverified for a sheet, and never picked by itself', () => {
    const unnamed = extractPlan('现在，我代表县人民政府向大会报告工作。2025年主要预期目标：全县地区生产总值增长6%左右。');
    expect(unnamed.region).toBeFalsy();
    const chosen = choosePlans({ region: '沁县', year: 2025 }, [unnamed], [unnamed], 'zh-CN');
    expect(chosen.choices[0]).toMatchObject({ relation: 'unknown', applied: true });
    expect(pickPlans({ region: '沁县', year: 2025 }, [unnamed], 'zh-CN').current).toHaveLength(0);
  });
});
