/**
 * Short labels of the finding codes for lists and filters (低于目标 / Below target). Kept apart
 * from the code table (codes.ts, with its long explanations) so an element that shows labels
 * does not ship the explanations. A test keeps the two lists in step.
 */
import type { FindingCode } from '../model.ts';
import type { Locale } from '../vocab/locale.ts';

export const CODE_LABELS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  shortfall: { 'zh-CN': '低于目标', en: 'Below target' },
  'weaker-comparator': { 'zh-CN': '表述弱于目标', en: 'Weaker wording' },
  'missing-target': { 'zh-CN': '缺少目标', en: 'Missing target' },
  'allocation-shortfall': { 'zh-CN': '分解合计不足', en: 'Allocation short' },
  'behind-schedule': { 'zh-CN': '进度滞后', en: 'Behind schedule' },
  'unit-mismatch': { 'zh-CN': '单位不一致', en: 'Unit mismatch' },
  placeholder: { 'zh-CN': '目标待定', en: 'Target pending' },
  'lead-mismatch': { 'zh-CN': '牵头单位不一致', en: 'Lead mismatch' },
  unparsed: { 'zh-CN': '无法识别', en: 'Not understood' },
  'ambiguous-match': { 'zh-CN': '匹配不唯一', en: 'Ambiguous match' },
  'below-previous-year': { 'zh-CN': '低于上年', en: 'Below last year' },
  'plan-mismatch': { 'zh-CN': '计划与本表不符', en: 'Plan does not fit' },
  'no-header': { 'zh-CN': '缺少表头', en: 'No header row' },
};

/** The short label of a code, or the slug itself for a code without one. */
export function codeLabel(code: FindingCode, locale: Locale): string {
  return CODE_LABELS[code]?.[locale] ?? code;
}
