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
import { registeredLocales } from '../vocab/words.ts';

describe('core locales', () => {
  it('the small modules alone speak zh-CN, whatever locale is asked for', () => {
    expect(registeredLocales()).toEqual([]);
    expect(severityWord('error', 'en')).toBe('错误');
    expect(statusWord('met', 'en')).toBe('达标');
    expect(codeLabel('shortfall', 'en')).toBe('低于目标');
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
});
