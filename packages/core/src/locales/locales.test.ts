/**
 * Core's small modules carry zh-CN only; English arrives with locales/en.ts, which the package
 * index imports so every Node host (the CLI, the add-in) speaks English when asked. This file
 * imports neither before its first test (each test file has a module graph of its own).
 */
import { describe, expect, it } from 'vitest';
import { codeLabel } from '../validate/code-labels.ts';
import { planLabel } from '../vocab/plan-label.ts';
import { severityCounts, severityWord } from '../vocab/severity.ts';
import { statusWord } from '../vocab/status.ts';
import { localeWords, registeredLocales } from '../vocab/words.ts';
import { cannotPickMessage, noPlanForMessage, ofChoice, suggestion } from '../check/why.ts';
import { missingTargetMessage, shortfallMessage } from '../validate/messages.ts';
import type { Plan } from '../model.ts';

const luan = { region: '六安市', year: 2023 } as Plan;
const jinan = { region: '金安区', year: 2023 };
const shortfall = { metric: '技改投资', kind: 'growth' as const, plan: '市级', expected: '20%以上', actual: '15%以上', gap: '5个百分点', ceiling: false };

describe('core locales', () => {
  it('the small modules alone speak zh-CN, whatever locale is asked for', () => {
    expect(registeredLocales()).toEqual([]);
    expect(severityWord('error', 'en')).toBe('错误');
    expect(statusWord('met', 'en')).toBe('达标');
    expect(codeLabel('shortfall', 'en')).toBe('低于目标');
    expect(ofChoice(jinan, luan, 'upper', 'en')).toBe('六安市是金安区的上级地区，年份同为 2023 年');
    expect(suggestion(['六安市 2023 年计划', '安徽省 2023 年计划'], 'en')).toBe('适用的计划：六安市 2023 年计划、安徽省 2023 年计划。');
    expect(localeWords('en', 'schedule')).toBeUndefined();
    expect(shortfallMessage(shortfall, 'en')).toBe('技改投资增长目标低于市级要求：计划要求20%以上，本表为15%以上，差5个百分点。');
  });

  it('importing the package index registers English for every module', async () => {
    await import('../index.ts');
    expect(registeredLocales()).toEqual(['en']);
    expect(severityWord('error', 'en')).toBe('Error');
    expect(severityCounts({ error: 1, warning: 2, info: 1 }, 'en')).toBe('1 error, 2 warnings, 1 info note');
    expect(statusWord('at-risk', 'en')).toBe('At risk');
    expect(codeLabel('shortfall', 'en')).toBe('Below target');
    expect(planLabel({ region: '六安市', year: null }, 'en')).toBe('六安市 plan (year not stated)');
    expect(severityWord('error', 'zh-CN')).toBe('错误');
  });

  it("the check's own words (which plans apply and why, the calendar) come from the registry too", () => {
    expect(registeredLocales()).toEqual(['en']);
    expect(ofChoice(jinan, luan, 'upper', 'en')).toBe('六安市 is above 金安区; same year 2023');
    expect(ofChoice(jinan, luan, 'upper', 'zh-CN')).toBe('六安市是金安区的上级地区，年份同为 2023 年');
    expect(suggestion(['六安市 2023 plan', '安徽省 2023 plan'], 'en')).toBe(' Plans that fit: 六安市 2023 plan; 安徽省 2023 plan.');
    expect(cannotPickMessage({ region: undefined, year: undefined }, 'en')).toBe(
      'The sheet does not say its region or year (region not stated, year not stated), so no plan was picked for it: choose a plan.',
    );
    expect(cannotPickMessage({ region: '金安区', year: undefined }, 'zh-CN')).toBe('本表未写明年份（金安区，未写明年份），无法自动选择计划，请选择一份计划。');
    expect(noPlanForMessage(jinan, [luan, { region: '安徽省', year: 2023 } as Plan], 'en')).toBe(
      'No plan for 金安区, 2023 or a region above it is available (available: 六安市 2023 plan; 安徽省 2023 plan): choose or paste its plan.',
    );
    expect(localeWords('en', 'schedule')?.soFar).toBe('so far');
    expect(shortfallMessage({ ...shortfall, plan: 'the city plan' }, 'en')).toBe(
      '技改投资 growth target falls short of the city plan: the plan asks 20%以上, this sheet says 15%以上, 5个百分点 short.',
    );
    expect(shortfallMessage(shortfall, 'zh-CN')).toBe('技改投资增长目标低于市级要求：计划要求20%以上，本表为15%以上，差5个百分点。');
    expect(missingTargetMessage({ metric: '营收增速', kind: 'growth', expected: '8%', plan: 'the city plan' }, 'en')).toBe(
      'No row takes on the target "营收增速 8%" of the city plan.',
    );
  });
});
