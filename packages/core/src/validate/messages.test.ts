import { describe, expect, it } from 'vitest';
import { unitInfo } from '../grammar/units.ts';
import { formatGap, formatShare } from './format.ts';
import * as msg from './messages.ts';
import '../locales/en.ts'; // English words register on import, as the package index does
import '../locales/en-check.ts';

describe('messages', () => {
  it('zh-CN and en for every code, each a full sentence', () => {
    const all = (locale: 'zh-CN' | 'en') => [
      msg.shortfallMessage(
        { metric: '技改投资', kind: 'growth', plan: locale === 'en' ? 'the city plan' : '市级', expected: 'a', actual: 'b', gap: 'c', ceiling: false },
        locale,
      ),
      msg.shortfallMessage({ metric: '能耗', plan: 'x', expected: 'a', actual: 'b', gap: 'c', ceiling: true }, locale),
      msg.weakerMessage({ metric: 'm', plan: 'p', expected: 'a', actual: 'b' }, locale),
      msg.missingTargetMessage({ metric: 'm', expected: 'a', plan: 'p' }, locale),
      msg.allocationMessage({ metric: 'm', sum: 's', expected: 'e', gap: 'g', parts: 3, against: 'plan' }, locale),
      msg.behindAmountMessage({ metric: 'm', elapsed: '50%', period: '1-6月', due: 'd', actual: 'a', done: '30%', expected: 'e' }, locale),
      msg.behindRateMessage({ metric: 'm', period: 'p', expected: 'e', actual: 'a', gap: 'g', ceiling: false }, locale),
      msg.behindRateMessage({ metric: 'm', period: 'p', expected: 'e', actual: 'a', gap: 'g', ceiling: true }, locale),
      msg.unitMismatchMessage({ metric: 'm', planUnit: '百分点', sheetUnit: '%' }, locale),
      msg.sheetPlaceholderMessage({ metric: 'm' }, locale),
      msg.planPlaceholderMessage({ metric: 'm', plan: 'p' }, locale),
      msg.leadMismatchMessage({ metric: 'm', leads: 'l', departments: 'd' }, locale),
      msg.unparsedMessage({ text: 't' }, locale),
      msg.ambiguousMessage({ metric: 'm', options: 'o' }, locale),
      msg.belowPreviousYearMessage({ metric: 'm', actual: 'a', expected: 'e', year: 2023 }, locale),
      msg.noHeaderMessage({ sheet: 's' }, locale),
    ];
    for (const m of all('zh-CN')) expect(m).toMatch(/。$/);
    for (const m of all('en')) expect(m).toMatch(/\.$/);
    expect(all('zh-CN')[0]).toBe('技改投资增长目标低于市级要求：计划要求a，本表为b，差c。');
    expect(all('en')[8]).toContain('% and percentage points never mix');
    expect(all('zh-CN')[7]).toBe('m已超出目标上限（p）：目标e，实际a，超出g。');
  });

  it('gaps in 百分点, money by size, others in the plan unit', () => {
    expect(formatGap(5, unitInfo('%'), 'zh-CN')).toBe('5个百分点');
    expect(formatGap(0.30000000000000004, unitInfo('%'), 'en')).toBe('0.3 percentage points');
    expect(formatGap(3.5e8, unitInfo('亿元'), 'zh-CN')).toBe('3.5亿元');
    expect(formatGap(2e7, unitInfo('亿元'), 'zh-CN')).toBe('2000万元');
    expect(formatGap(10, unitInfo('户'), 'zh-CN')).toBe('10户');
    expect(formatShare(6 / 11)).toBe('54.5%');
  });
});

describe('planWord', () => {
  it('names a plan above by its level, national included, in both locales', () => {
    expect((['national', 'province', 'city', 'district', undefined] as const).map((l) => msg.planWord(l, 'zh-CN'))).toEqual([
      '国家级',
      '省级',
      '市级',
      '区级',
      '计划',
    ]);
    expect(msg.planWord('national', 'en')).toBe('the national plan');
    expect(msg.planWord(undefined, 'en')).toBe('the plan');
  });
});
