/** zh-CN and en strings of <mb-findings-list>, and the short labels of the finding codes. */
import type { FindingCode } from '@mubiao/core';
import type { Locale } from '../shared/locale.ts';

/** Short human labels of the stable finding codes (see core's finding codes table). */
export const findingCodeStrings: Record<Locale, Record<string, string>> = {
  'zh-CN': {
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
    'no-header': '缺少表头',
  },
  en: {
    shortfall: 'Below target',
    'weaker-comparator': 'Weaker wording',
    'missing-target': 'Missing target',
    'allocation-shortfall': 'Allocation short',
    'behind-schedule': 'Behind schedule',
    'unit-mismatch': 'Unit mismatch',
    placeholder: 'Target pending',
    'lead-mismatch': 'Lead mismatch',
    unparsed: 'Not understood',
    'ambiguous-match': 'Ambiguous match',
    'below-previous-year': 'Below last year',
    'no-header': 'No header row',
  },
};

/** The label of a code, or the slug itself for codes newer than this table. */
export function findingCodeLabel(locale: Locale, code: FindingCode): string {
  return findingCodeStrings[locale][code] ?? code;
}

export interface FindingsListStrings {
  noReport: string;
  empty: string;
  emptyFiltered: string;
  validSummary: (warnings: number, infos: number) => string;
  invalidSummary: (errors: number, warnings: number, infos: number) => string;
  severityFilter: string;
  codeFilter: string;
  all: string;
  allCodes: string;
  cell: string;
  expected: string;
  actual: string;
  planSource: (region: string, year: number, plan: string) => string;
  sheetHeading: (sheet: string) => string;
  /** Heading of plan-against-plan findings (sheet is the plan name, cells are empty). */
  planHeading: (region: string, year: number, plan: string) => string;
  metric: string;
  shown: (shown: number, total: number) => string;
  count: (count: number) => string;
}

export const findingsListStrings: Record<Locale, FindingsListStrings> = {
  'zh-CN': {
    noReport: '暂无校验结果',
    empty: '未发现问题',
    emptyFiltered: '没有符合筛选条件的问题',
    validSummary: (w, i) => `校验通过：0 个错误，${w} 个警告，${i} 条提示`,
    invalidSummary: (e, w, i) => `未通过校验：${e} 个错误，${w} 个警告，${i} 条提示`,
    severityFilter: '按级别筛选',
    codeFilter: '按问题类型筛选',
    all: '全部',
    allCodes: '全部类型',
    cell: '单元格',
    expected: '计划要求',
    actual: '表中填写',
    planSource: (region, year, plan) => `${region}${year}年计划（${plan}）`,
    sheetHeading: (s) => `工作表 ${s}`,
    planHeading: (region, year, plan) => `${region}${year}年计划（${plan}）`,
    metric: '指标',
    shown: (s, t) => `显示 ${s} 个问题，共 ${t} 个`,
    count: (n) => `${n} 个`,
  },
  en: {
    noReport: 'No validation report yet',
    empty: 'No findings',
    emptyFiltered: 'No findings match the filters',
    validSummary: (w, i) => `Valid: 0 errors, ${w} warning${w === 1 ? '' : 's'}, ${i} info`,
    invalidSummary: (e, w, i) =>
      `Not valid: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info`,
    severityFilter: 'Filter by severity',
    codeFilter: 'Filter by finding type',
    all: 'All',
    allCodes: 'All types',
    cell: 'Cell',
    expected: 'Plan asks',
    actual: 'Sheet says',
    planSource: (region, year, plan) => `${region} ${year} plan (${plan})`,
    sheetHeading: (s) => `Sheet ${s}`,
    planHeading: (region, year, plan) => `${region} ${year} plan (${plan})`,
    metric: 'Metric',
    shown: (s, t) => `Showing ${s} of ${t} findings`,
    count: (n) => String(n),
  },
};
