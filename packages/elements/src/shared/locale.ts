/**
 * Locales of the elements: zh-CN (default) and en. An element's locale is its own `lang`
 * attribute, else the closest ancestor's `lang` (crossing shadow roots), else the document's,
 * else zh-CN. Each element keeps its strings in a table here so translators find them in one file.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FindingCode, Severity } from '@mubiao/core';

export type Locale = 'zh-CN' | 'en';
export const locales: readonly Locale[] = ['zh-CN', 'en'];
export const defaultLocale: Locale = 'zh-CN';

/** Maps a BCP 47 tag to a supported locale: zh, zh-Hans, zh-TW → zh-CN; en-GB → en; else none. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}

/** The element itself or its nearest ancestor carrying a supported `lang`, across shadow roots. */
export function resolveLocale(element: Element): Locale {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) {
      const locale = matchLocale(lang);
      if (locale) return locale;
    }
    const parent: Element | null = node.parentElement;
    if (parent) {
      node = parent;
    } else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return matchLocale(element.ownerDocument?.documentElement.lang) ?? defaultLocale;
}

/**
 * Re-renders its host when the document's `lang` changes, so a portal's language switch reaches
 * every element; `locale` resolves afresh on each read.
 */
export class LocaleController implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get locale(): Locale {
    // The property first: Lit reflects a `lang` property to the attribute only after render.
    return matchLocale(this.host.lang) ?? resolveLocale(this.host);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/** Plural-free counted phrases: Chinese needs none and English gets its own function. */
export type Counted = (count: number) => string;

export function severityLabel(locale: Locale, severity: Severity): string {
  return severityStrings[locale][severity];
}

export const severityStrings: Record<Locale, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

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

export interface TaskMatrixStrings {
  caption: string;
  task: string;
  status: string;
  total: string;
  totalsRow: string;
  lead: string;
  partner: string;
  leadShort: string;
  partnerShort: string;
  department: string;
  allDepartments: string;
  legend: string;
  noTasks: string;
  noTasksForDepartment: (department: string) => string;
  departmentCounts: (leads: number, partners: number) => string;
  taskCounts: (leads: number, partners: number) => string;
  findingCount: (count: number) => string;
  checked: string;
  shown: (shown: number, total: number) => string;
}

export const taskMatrixStrings: Record<Locale, TaskMatrixStrings> = {
  'zh-CN': {
    caption: '重点任务分工',
    task: '重点任务',
    status: '校验',
    total: '合计',
    totalsRow: '各部门合计',
    lead: '牵头',
    partner: '配合',
    leadShort: '牵',
    partnerShort: '配',
    department: '部门',
    allDepartments: '全部部门',
    legend: '图例',
    noTasks: '暂无任务',
    noTasksForDepartment: (d) => `${d}暂无牵头或配合的任务`,
    departmentCounts: (l, p) => `牵头 ${l} 项，配合 ${p} 项`,
    taskCounts: (l, p) => `牵头 ${l} 个，配合 ${p} 个部门`,
    findingCount: (n) => `${n} 个问题`,
    checked: '无问题',
    shown: (s, t) => `显示 ${s} 项任务，共 ${t} 项`,
  },
  en: {
    caption: 'Key task assignments',
    task: 'Task',
    status: 'Check',
    total: 'Total',
    totalsRow: 'Department totals',
    lead: 'Lead',
    partner: 'Partner',
    leadShort: 'L',
    partnerShort: 'P',
    department: 'Department',
    allDepartments: 'All departments',
    legend: 'Legend',
    noTasks: 'No tasks',
    noTasksForDepartment: (d) => `${d} leads or supports no task`,
    departmentCounts: (l, p) => `leads ${l}, supports ${p}`,
    taskCounts: (l, p) => `${l} lead, ${p} partner departments`,
    findingCount: (n) => (n === 1 ? '1 finding' : `${n} findings`),
    checked: 'No findings',
    shown: (s, t) => `Showing ${s} of ${t} tasks`,
  },
};

export interface FindingsListStrings {
  heading: string;
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
    heading: '校验结果',
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
    heading: 'Validation results',
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
