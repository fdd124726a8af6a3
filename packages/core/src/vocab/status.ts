/**
 * A gauge's status in words and shape, so it never rests on colour alone: ✓ 达标, ! 有风险,
 * ✕ 未达标, – 目标待定, ? 暂无数据.
 */
import type { GaugeStatus } from '../model.ts';
import { localeWords, type LocaleTag } from './words.ts';

/** Chinese: built in. Other locales: registered (words.ts). */
const ZH: Readonly<Record<GaugeStatus, string>> = { met: '达标', 'at-risk': '有风险', short: '未达标', 'no-target': '目标待定', 'no-value': '暂无数据' };

export const STATUS_ICON: Readonly<Record<GaugeStatus, string>> = { met: '✓', 'at-risk': '!', short: '✕', 'no-target': '–', 'no-value': '?' };

export function statusWord(status: GaugeStatus, locale: LocaleTag): string {
  return (localeWords(locale, 'status') ?? ZH)[status];
}
