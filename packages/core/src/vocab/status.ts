/**
 * A gauge's status in words and shape, so it never rests on colour alone: ✓ 达标, ! 有风险,
 * ✕ 未达标, – 目标待定, ? 暂无数据.
 */
import type { GaugeStatus } from '../model.ts';
import type { Locale } from './locale.ts';

const WORDS: Readonly<Record<Locale, Readonly<Record<GaugeStatus, string>>>> = {
  'zh-CN': { met: '达标', 'at-risk': '有风险', short: '未达标', 'no-target': '目标待定', 'no-value': '暂无数据' },
  en: { met: 'Met', 'at-risk': 'At risk', short: 'Short', 'no-target': 'No target yet', 'no-value': 'No data' },
};

export const STATUS_ICON: Readonly<Record<GaugeStatus, string>> = { met: '✓', 'at-risk': '!', short: '✕', 'no-target': '–', 'no-value': '?' };

export function statusWord(status: GaugeStatus, locale: Locale): string {
  return WORDS[locale][status];
}
