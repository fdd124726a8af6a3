/** Words of the task pane and the web checker, Chinese first. */
import type { Locale } from '@mubiao/core';

export interface PaneStrings {
  title: string;
  subtitle: string;
  planLabel: string;
  planAuto: string;
  planPasted: string;
  pasteLabel: string;
  pasteHint: string;
  pasteRead: (targets: number, region: string, year: number) => string;
  pasteUse: string;
  pasteForget: string;
  asOfLabel: string;
  validate: string;
  validating: string;
  clear: string;
  clearing: string;
  cleared: string;
  findingsSheet: string;
  language: string;
  hostCannot: string;
  resultSummary: (errors: number, warnings: number, infos: number, cells: number) => string;
  valid: string;
  checkedAgainst: (plans: string) => string;
  gauges: string;
  matrix: string;
  findings: string;
  noGauges: string;
  notInExcel: string;
  wroteMarks: (cells: number, syncs: number) => string;
  skippedNotes: (n: number) => string;
  keptFills: (n: number) => string;
  overRecordLimit: (n: number) => string;
  headerless: (sheets: string) => string;
  lastCommandError: string;
  // Web checker
  webTitle: string;
  webIntro: string;
  dropHere: string;
  pickFiles: string;
  privacy: string;
  samples: string;
  download: string;
  downloadCsv: string;
  sheetGrid: (sheet: string) => string;
  fileError: (file: string) => string;
  removeFile: string;
  showAllRows: string;
  rowsShown: (shown: number, total: number) => string;
}

const zh: PaneStrings = {
  title: '目标 Mubiao',
  subtitle: '对照工作要点校验本工作簿',
  planLabel: '工作要点',
  planAuto: '自动（按表内地区和年份）',
  planPasted: '粘贴的工作要点',
  pasteLabel: '或粘贴工作要点原文',
  pasteHint: '粘贴后点击“读取”：目标值当场读出，并保存在本工作簿中。',
  pasteRead: (n, region, year) => `已读取：${region} ${year} 年，${n} 个目标值。`,
  pasteUse: '读取',
  pasteForget: '移除',
  asOfLabel: '截至日期',
  validate: '校验',
  validating: '正在校验…',
  clear: '清除标注',
  clearing: '正在清除…',
  cleared: '已清除全部标注，单元格恢复原有格式。',
  findingsSheet: '另建“校验结果”工作表',
  language: 'English',
  hostCannot: '此 Excel 无法做到的：',
  resultSummary: (e, w, i, cells) => `${e} 个错误，${w} 个警告，${i} 个提示；标注了 ${cells} 个单元格。`,
  valid: '校验通过：未发现错误。',
  checkedAgainst: (p) => `对照：${p}`,
  gauges: '目标对照',
  matrix: '任务 × 责任单位',
  findings: '问题列表',
  noGauges: '本表没有可与计划目标直接对照的数值。',
  notInExcel: '此页面需要在 Excel 中打开（插入 → 加载项）。不在 Excel 中？请使用网页校验器。',
  wroteMarks: (cells, syncs) => `已在 ${cells} 个单元格上写入标注（${syncs} 次同步）。`,
  skippedNotes: (n) => `${n} 个单元格已有用户自己的备注或批注，未覆盖。`,
  keptFills: (n) => `${n} 个单元格的填充色已被用户修改，保留用户的设置。`,
  overRecordLimit: (n) => `另有 ${n} 处标注（备注或填充色）未写入：工作簿能保存的标注记录已满，再写将无法用“清除标注”清除。全部问题见下方列表，或勾选“另建‘校验结果’工作表”。`,
  headerless: (s) => `未找到可识别表头、未校验的工作表：${s}。`,
  lastCommandError: '上次“清除标注”未完成：',
  webTitle: '目标 Mubiao 网页校验器',
  webIntro: '选择或拖入任务分解表 / 进度表（.xlsx、.xls、WPS .et、.xlsb、.ods、.csv），对照工作要点逐格校验，并下载带标注的副本。',
  dropHere: '把文件拖到这里',
  pickFiles: '选择文件…',
  privacy: '文件只在本机浏览器中处理，不会上传。',
  samples: '示例表格',
  download: '下载带标注的副本',
  downloadCsv: 'CSV 文件无法标注，请另存为 .xlsx 后再试',
  sheetGrid: (s) => `工作表“${s}”`,
  fileError: (f) => `无法读取“${f}”：`,
  removeFile: '移除',
  showAllRows: '显示全部行',
  rowsShown: (a, b) => `显示 ${a} / ${b} 行`,
};

const en: PaneStrings = {
  title: 'Mubiao',
  subtitle: 'Check this workbook against a plan',
  planLabel: 'Plan',
  planAuto: 'Automatic (by the sheet’s region and year)',
  planPasted: 'Pasted plan',
  pasteLabel: 'Or paste a plan’s text',
  pasteHint: 'Paste, then press Read: the targets are read on the spot and kept in this workbook.',
  pasteRead: (n, region, year) => `Read: ${region} ${year}, ${n} targets.`,
  pasteUse: 'Read',
  pasteForget: 'Remove',
  asOfLabel: 'As of',
  validate: 'Validate',
  validating: 'Validating…',
  clear: 'Clear',
  clearing: 'Clearing…',
  cleared: 'All marks removed; cells are back to their own formatting.',
  findingsSheet: 'Add a findings sheet',
  language: '中文',
  hostCannot: 'What this Excel cannot do:',
  resultSummary: (e, w, i, cells) => `${e} errors, ${w} warnings, ${i} notes; ${cells} cells marked.`,
  valid: 'Valid: no errors found.',
  checkedAgainst: (p) => `Checked against: ${p}`,
  gauges: 'Targets',
  matrix: 'Tasks × departments',
  findings: 'Findings',
  noGauges: 'No value in this sheet compares directly with a plan target.',
  notInExcel: 'This page runs inside Excel (Insert → Add-ins). Not in Excel? Use the web checker.',
  wroteMarks: (cells, syncs) => `Marked ${cells} cells (${syncs} syncs).`,
  skippedNotes: (n) => `${n} cells already have the user’s own note or comment: left alone.`,
  keptFills: (n) => `${n} cells were recoloured by the user: their colour is kept.`,
  overRecordLimit: (n) => `${n} more marks (notes or fills) were not written: the record the workbook can keep of our marks is full, and Clear could not remove more. Every finding is in the list below; tick “Add a findings sheet” to keep them in the workbook.`,
  headerless: (s) => `Not checked (no recognisable header): ${s}.`,
  lastCommandError: 'The last Clear did not finish:',
  webTitle: 'Mubiao web checker',
  webIntro: 'Pick or drop task-decomposition / progress sheets (.xlsx, .xls, WPS .et, .xlsb, .ods, .csv) to check every cell against a plan, and download an annotated copy.',
  dropHere: 'Drop files here',
  pickFiles: 'Choose files…',
  privacy: 'Files are processed in this browser only; nothing is uploaded.',
  samples: 'Sample sheets',
  download: 'Download annotated copy',
  downloadCsv: 'CSV files cannot be annotated: save as .xlsx and try again',
  sheetGrid: (s) => `Sheet “${s}”`,
  fileError: (f) => `Could not read “${f}”: `,
  removeFile: 'Remove',
  showAllRows: 'Show all rows',
  rowsShown: (a, b) => `Showing ${a} of ${b} rows`,
};

export const STRINGS: Record<Locale, PaneStrings> = { 'zh-CN': zh, en };

export function planName(plan: { region: string; year: number; title: string; name: string }, locale: Locale): string {
  return locale === 'zh-CN' ? `${plan.region} ${plan.year} 年（${plan.name}）` : `${plan.region} ${plan.year} (${plan.name})`;
}
