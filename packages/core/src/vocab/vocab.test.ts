import { describe, expect, it, vi } from 'vitest';
import type { GaugeStatus, Severity } from '../model.ts';
import { parseLocale } from './locale.ts';
import { isMubiaoNote, NOTE_MARKER } from './marker.ts';
import { planLabel } from './plan-label.ts';
import { SEVERITY_ICON, severityCount, severityCounts, severityWord, worse } from './severity.ts';
import { STATUS_ICON, statusWord } from './status.ts';
import { coreEnglish } from '../locales/en.ts'; // registers English on import, as the package index does
import { localeWords, onLocaleRegistered, registeredLocales, registerLocale } from './words.ts';

describe('one vocabulary', () => {
  it('reads locales as people write them', () => {
    expect(['zh', 'zh-CN', 'zh_CN', 'zh-Hant-TW', 'en', 'en-GB', 'fr', '', null].map(parseLocale)).toEqual([
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'en',
      'en',
      null,
      null,
      null,
    ]);
  });

  it('names severities with a word and a shape, and counts them as people do', () => {
    const all: Severity[] = ['error', 'warning', 'info'];
    expect(all.map((s) => severityWord(s, 'zh-CN'))).toEqual(['错误', '警告', '提示']);
    expect(new Set(all.map((s) => SEVERITY_ICON[s])).size).toBe(3);
    expect(worse('warning', 'error')).toBe('error');
    expect([severityCount('error', 1, 'en'), severityCount('error', 2, 'en'), severityCount('info', 1, 'en')]).toEqual(['1 error', '2 errors', '1 info note']);
    expect(severityCounts({ error: 1, warning: 0, info: 3 }, 'zh-CN')).toBe('1 个错误，0 个警告，3 个提示');
  });

  it('names statuses with a word and a distinct shape', () => {
    const all: GaugeStatus[] = ['met', 'at-risk', 'short', 'no-target', 'no-value'];
    expect(all.map((s) => statusWord(s, 'zh-CN'))).toEqual(['达标', '有风险', '未达标', '目标待定', '暂无数据']);
    expect(all.map((s) => statusWord(s, 'en'))).toEqual(['Met', 'At risk', 'Short', 'No target yet', 'No data']);
    expect(new Set(all.map((s) => STATUS_ICON[s])).size).toBe(5);
  });

  it('names plans by region and year, never by an internal identifier, and says an unknown year', () => {
    expect(planLabel({ region: '六安市', year: 2023 }, 'zh-CN')).toBe('六安市 2023 年计划');
    expect(planLabel({ region: '六安市', year: null }, 'en')).toBe('六安市 plan (year not stated)');
  });

  it("knows its own notes, this version's and the earlier marker", () => {
    expect(isMubiaoNote(`${NOTE_MARKER}\n低于目标`)).toBe(true);
    expect(isMubiaoNote('【Mubiao 校验】\n…')).toBe(true);
    expect(isMubiaoNote('王科长：请核实')).toBe(false);
  });
});

describe('locales other than zh-CN are registered', () => {
  it("reads a registered locale's words, and zh-CN for a locale or a part not registered", () => {
    expect(severityWord('error', 'en')).toBe('Error');
    expect(statusWord('met', 'ja')).toBe('达标');
    registerLocale('x-test', { status: { ...coreEnglish.status, met: 'OK' } });
    expect(statusWord('met', 'x-test')).toBe('OK');
    expect(severityWord('error', 'x-test')).toBe('错误');
    expect(localeWords('x-test', 'severity')).toBeUndefined();
    expect(registeredLocales()).toEqual(expect.arrayContaining(['en', 'x-test']));
  });

  it('tells listeners of each registration, until they stop listening', () => {
    const heard: string[] = [];
    const stop = onLocaleRegistered(() => heard.push(statusWord('short', 'x-listen')));
    registerLocale('x-listen', { status: { ...coreEnglish.status, short: 'Behind' } });
    stop();
    registerLocale('x-listen', { status: coreEnglish.status });
    expect(heard).toEqual(['Behind']);
  });

  it('keeps one registry for every copy of this module (a locale script beside a bundle)', async () => {
    vi.resetModules(); // the next import evaluates a second copy of words.ts
    const copy = await import('./words.ts');
    expect(copy.registerLocale).not.toBe(registerLocale);
    copy.registerLocale('x-copy', { listSeparator: ' / ' });
    expect(localeWords('x-copy', 'listSeparator')).toBe(' / ');
  });
});
