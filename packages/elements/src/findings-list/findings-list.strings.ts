/** zh-CN and en strings of <mb-findings-list> (code labels and severity words come from core). */
import type { Locale } from '../shared/locale.ts';

export interface FindingsListStrings {
  noReport: string;
  empty: string;
  emptyFiltered: string;
  /** Before the counts: 校验通过 / 未通过校验. */
  valid: string;
  invalid: string;
  severityFilter: string;
  codeFilter: string;
  all: string;
  allCodes: string;
  cell: string;
  expected: string;
  actual: string;
  sheetHeading: (sheet: string) => string;
  /** Heading of plan-against-plan findings (sheet is the plan name, cells are empty). */
  metric: string;
  shown: (shown: number, total: number) => string;
  count: (count: number) => string;
  /** The 牵头单位 filter and its "all" option. */
  departmentFilter: string;
  allDepartments: string;
  groupBy: string;
  groupBySheet: string;
  groupByCode: string;
  search: string;
  /** Accessible name of the list (a one-column grid). */
  list: string;
}

export const findingsListStrings: Record<Locale, FindingsListStrings> = {
  'zh-CN': {
    noReport: '暂无校验结果',
    empty: '未发现问题',
    emptyFiltered: '没有符合筛选条件的问题',
    valid: '校验通过',
    invalid: '未通过校验',
    severityFilter: '按级别筛选',
    codeFilter: '按问题类型筛选',
    all: '全部',
    allCodes: '全部类型',
    cell: '单元格',
    expected: '计划要求',
    actual: '表中填写',
    sheetHeading: (s) => `工作表 ${s}`,
    metric: '指标',
    shown: (s, t) => `显示 ${s} 个问题，共 ${t} 个`,
    count: (n) => `${n} 个`,
    departmentFilter: '按牵头单位筛选',
    allDepartments: '全部单位',
    groupBy: '分组',
    groupBySheet: '按工作表',
    groupByCode: '按问题类型',
    search: '搜索问题',
    list: '问题列表',
  },
  en: {
    noReport: 'No validation report yet',
    empty: 'No findings',
    emptyFiltered: 'No findings match the filters',
    valid: 'Valid',
    invalid: 'Not valid',
    severityFilter: 'Filter by severity',
    codeFilter: 'Filter by finding type',
    all: 'All',
    allCodes: 'All types',
    cell: 'Cell',
    expected: 'Plan asks',
    actual: 'Sheet says',
    sheetHeading: (s) => `Sheet ${s}`,
    metric: 'Metric',
    shown: (s, t) => `Showing ${s} of ${t} findings`,
    count: (n) => String(n),
    departmentFilter: 'Filter by lead department',
    allDepartments: 'All departments',
    groupBy: 'Group by',
    groupBySheet: 'Sheet',
    groupByCode: 'Finding type',
    search: 'Search findings',
    list: 'Findings',
  },
};
