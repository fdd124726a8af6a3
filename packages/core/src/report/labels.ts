import type { Severity } from '../model.ts';
import type { Locale } from '../vocab/locale.ts';
import { severityCount, severityWord } from '../vocab/severity.ts';

/** The words a rendered report needs, per locale (finding messages come from the validator). */
export interface ReportLabels {
  severity: Record<Severity, string>;
  /** Plural-aware counts, e.g. "2 errors" / "2 个错误". */
  count: (severity: Severity, n: number) => string;
  findings: (n: number) => string;
  sheet: string;
  /** Heading word for findings about a checked plan (plan against plan). */
  plan: string;
  /** Label of the checked plan's own sentence. */
  subjectQuote: string;
  /** Column heading for severity. */
  level: string;
  cell: string;
  code: string;
  expected: string;
  actual: string;
  message: string;
  quote: string;
  /** Said instead of repeating the previous finding's plan quote. */
  sameQuote: string;
  /** Heading of a run of like findings printed as one list. */
  collapsed: (n: number) => string;
  /** Heading of the same run in the HTML report. */
  runHeading: (n: number, code: string) => string;
  file: string;
  rows: string;
  claims: string;
  matched: string;
  total: string;
  status: string;
  valid: string;
  invalid: string;
  unreadable: string;
  noFindings: string;
  plansUsed: string;
  /** Said instead of a plan list when each sheet's plans were picked by its region and year. */
  plansAuto: string;
  asOf: string;
  asOfNone: string;
  generated: string;
  summary: string;
  defaultTitle: string;
  /** Label for a finding that stands on the sheet as a whole (no cell). */
  wholeSheet: string;
  codesReference: string;
  /** Footnote explaining the statuses. */
  legend: string;
  /** Said of a workbook whose format cannot be marked in place (.xls, .et, .xlsb, .ods…): its copy is a new .xlsx. */
  convertedCopy: (format: string) => string;
}

const zh: ReportLabels = {
  severity: severityWords('zh-CN'),
  count: (s, n) => severityCount(s, n, 'zh-CN'),
  findings: (n) => `${n} 项发现`,
  sheet: '工作表',
  plan: '计划',
  subjectQuote: '本计划原文',
  level: '等级',
  cell: '单元格',
  code: '类型',
  expected: '计划要求',
  actual: '表中填报',
  message: '说明',
  quote: '计划原文',
  sameQuote: '同上',
  collapsed: (n) => `共 ${n} 项（全文见 --html 或 --json）：`,
  runHeading: (n, code) =>
    code === 'missing-target' ? `${n} 项计划目标未在本表中分解落实：` : code === 'placeholder' ? `${n} 项计划目标仍为“**”占位，无法核对：` : `共 ${n} 项：`,
  file: '文件',
  rows: '行数',
  claims: '目标项',
  matched: '已对应',
  total: '合计',
  status: '结论',
  valid: '通过',
  invalid: '未通过',
  unreadable: '无法读取',
  noFindings: '未发现问题。',
  plansUsed: '依据计划',
  plansAuto: '按各表的地区和年份从已收录计划中选择（见各表说明）',
  asOf: '进度截止日期',
  asOfNone: '未指定（不检查进度）',
  generated: '生成时间',
  summary: '汇总',
  defaultTitle: '目标分解表核查报告',
  wholeSheet: '整表',
  codesReference: '类型代码说明见 README “Finding codes”。',
  legend: '“错误”表示低于计划要求，须在会前改正；“警告”须核实；“提示”仅供参考。',
  convertedCopy: (format) => `${format} 格式无法在原文件上标注：标注副本是新的 .xlsx 文件，字体、颜色、边框等格式可能与原文件不同；原文件未作任何改动。`,
};

const en: ReportLabels = {
  // Read when used: the English words are registered by locales/en.ts, maybe after this module loads.
  get severity() {
    return severityWords('en');
  },
  count: (s, n) => severityCount(s, n, 'en'),
  findings: (n) => `${n} finding${n === 1 ? '' : 's'}`,
  sheet: 'Sheet',
  plan: 'Plan',
  subjectQuote: 'This plan says',
  level: 'Severity',
  cell: 'Cell',
  code: 'Code',
  expected: 'Plan asks',
  actual: 'Sheet says',
  message: 'Message',
  quote: 'Plan text',
  sameQuote: 'as above',
  collapsed: (n) => `${n} findings (full text: --html or --json):`,
  runHeading: (n, code) =>
    code === 'missing-target'
      ? `${n} plan targets no row of this sheet takes on:`
      : code === 'placeholder'
        ? `${n} plan targets still "**" placeholders, not checkable:`
        : `${n} findings:`,
  file: 'File',
  rows: 'Rows',
  claims: 'Claims',
  matched: 'Matched',
  total: 'Total',
  status: 'Result',
  valid: 'passed',
  invalid: 'failed',
  unreadable: 'unreadable',
  noFindings: 'No findings.',
  plansUsed: 'Plans used',
  plansAuto: 'picked for each sheet by its region and year from the seeded plans (see each sheet)',
  asOf: 'Progress as of',
  asOfNone: 'not given (progress not checked)',
  generated: 'Generated',
  summary: 'Summary',
  defaultTitle: 'Decomposition sheet check report',
  wholeSheet: 'sheet',
  codesReference: 'Finding codes are explained in the README, "Finding codes".',
  legend: '"error": promises less than the plan, fix before the meeting; "warning": needs a look; "info": for reference.',
  convertedCopy: (format) =>
    `${format} cannot be marked in place: the annotated copy is a new .xlsx whose formatting (fonts, colours, borders) may differ from the original; the original is not changed.`,
};

function severityWords(locale: Locale): Record<Severity, string> {
  return { error: severityWord('error', locale), warning: severityWord('warning', locale), info: severityWord('info', locale) };
}

export function reportLabels(locale: Locale = 'zh-CN'): ReportLabels {
  return locale === 'en' ? en : zh;
}
