/**
 * Short labels of the finding codes for lists and filters (低于目标 / Below target). Kept apart
 * from the code table (codes.ts, with its long explanations) so an element that shows labels
 * does not ship the explanations. A test keeps the two lists in step.
 */
import type { FindingCode } from '../model.ts';
import { localeWords, type LocaleTag } from '../vocab/words.ts';

/** The zh-CN labels (built in; other locales register theirs: vocab/words.ts). */
export const CODE_LABELS: Readonly<Record<FindingCode, string>> = {
  shortfall: '低于目标',
  'weaker-comparator': '表述弱于目标',
  'missing-target': '缺少目标',
  'allocation-shortfall': '分解合计不足',
  'behind-schedule': '进度滞后',
  'unit-mismatch': '单位不一致',
  placeholder: '目标待定',
  'lead-mismatch': '牵头单位不一致',
  unparsed: '无法识别',
  'ambiguous-match': '匹配不唯一',
  'below-previous-year': '低于上年',
  'plan-mismatch': '计划与本表不符',
  'no-header': '缺少表头',
};

/** The short label of a code, or the slug itself for a code without one. */
export function codeLabel(code: FindingCode, locale: LocaleTag): string {
  return (localeWords(locale, 'codeLabels') ?? CODE_LABELS)[code] ?? code;
}
