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
  /** `undatedResults`: results core left out because the text writes no year (Plan.undatedResultsLeftOut). */
  /** What a paste read: its targets, the results left out, NUL lines, and how many figures were read as nothing (unreadFigures). */
  pasteRead: (targets: number, plan: string, undatedResults: number, nulLines?: readonly number[], unread?: number) => string;
  /** The summary of the list of figures core read as no target or result (unreadFigures). */
  unreadFigures: (n: number) => string;
  /** Screen-reader text opening an unread figure's item: the figure the marked sentence is about. */
  unreadFigureNamed: (figure: string) => string;
  /** Figures past the list's cap. */
  unreadMore: (n: number) => string;
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
  /** The verdict before the counts: 校验通过 / 未通过. */
  valid: string;
  invalid: string;
  /** After the counts, in the task pane: "；标注了 3 个单元格". */
  cellsMarked: (cells: number) => string;
  planDoesNotFit: string;
  planNotes: (n: number) => string;
  gauges: string;
  gaugesShown: (shown: number, total: number) => string;
  asOfHint: string;
  pasteYearLabel: string;
  pasteYearHint: string;
  matrix: string;
  findings: string;
  noGauges: string;
  notInExcel: string;
  wroteMarks: (cells: number) => string;
  skippedNotes: (n: number) => string;
  keptFills: (n: number) => string;
  overRecordLimit: (n: number) => string;
  headerless: (sheets: string) => string;
  lastCommandError: string;
  /** The pasted plan kept in the workbook no longer reads; the reason follows. */
  keptPasteUnreadable: string;
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
  // Progress and cancel (both hosts)
  progressReading: (megabytes: string) => string;
  progressChecking: (rows: number) => string;
  progressShowing: (items: number) => string;
  progressWriting: (cells: number) => string;
  progressLabel: string;
  cancel: string;
  cancelled: string;
  cancelledAfterWrite: string;
  checkAgain: string;
  // Export and print
  exportXlsx: string;
  exportCsv: string;
  print: string;
  printShown: (shown: number, total: number) => string;
  rowsWindow: (from: number, to: number, total: number) => string;
  previousRows: (n: number) => string;
  nextRows: (n: number) => string;
  showMatrix: (tasks: number) => string;
}

const zh: PaneStrings = {
  title: '目标 Mubiao',
  subtitle: '对照工作要点校验本工作簿',
  planLabel: '工作要点',
  planAuto: '自动（按表中写明的地区和年份）',
  planPasted: '粘贴的工作要点',
  pasteLabel: '或粘贴工作要点原文',
  pasteHint: '粘贴后点击“读取”：目标值当场读出，并保存在本工作簿中。',
  pasteRead: (n, plan, undated, nulLines = [], unread = 0) =>
    `已读取：${plan}，${n} 个目标值。` +
    (undated > 0 ? `另有 ${undated} 项结果因原文未写年份未计入。` : '') +
    (nulLines.length ? `第 ${nulLines.join('、')} 行含空字符（NUL），已略去，请核对。` : '') +
    (unread > 0 ? `${unread} 个数字未读作目标值或结果。` : ''),
  unreadFigures: (n) => `${n} 个数字未读作目标值或结果：请核对有无漏读的目标`,
  unreadFigureNamed: (figure) => `${figure}：`,
  unreadMore: (n) => `另有 ${n} 个未列出。`,
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
  valid: '校验通过',
  invalid: '未通过',
  cellsMarked: (cells) => `；标注了 ${cells} 个单元格`,
  planDoesNotFit: '计划与本表不符，本表未经核对：',
  planNotes: (n) => `关于计划本身（${n} 项，不属于本表问题）`,
  gauges: '目标对照',
  gaugesShown: (shown, total) => `显示最需关注的 ${shown} 项，共 ${total} 项。`,
  asOfHint: '留空则按表中列名所写期间（如“1-9月”）核对进度。',
  pasteYearLabel: '计划年份',
  pasteYearHint: '原文未写明年份，请填写计划所属年份。',
  matrix: '任务 × 责任单位',
  findings: '问题列表',
  noGauges: '本表没有可与计划目标直接对照的数值。',
  notInExcel: '此页面需要在 Excel 中打开（插入 → 加载项）。不在 Excel 中？请使用网页校验器。',
  wroteMarks: (cells) => `已在 ${cells} 个单元格上写入标注。`,
  skippedNotes: (n) => `${n} 个单元格已有用户自己的备注或批注，未覆盖。`,
  keptFills: (n) => `${n} 个单元格的填充色已被用户修改，保留用户的设置。`,
  overRecordLimit: (n) =>
    `另有 ${n} 处标注（备注或填充色）未写入：工作簿能保存的标注记录已满，再写将无法用“清除标注”清除。全部问题见下方列表，或勾选“另建‘校验结果’工作表”。`,
  headerless: (s) => `未找到可识别表头、未校验的工作表：${s}。`,
  lastCommandError: '上次“清除标注”未完成：',
  keptPasteUnreadable: '此工作簿保存的粘贴计划已无法读取，现改为自动选择计划（原文仍在“或粘贴工作要点原文”框中，可修改后重新读取）：',
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
  progressReading: (mb) => `正在读取工作簿（${mb} MB）…`,
  progressChecking: (rows) => `正在校验 ${rows.toLocaleString('zh-CN')} 行…`,
  progressShowing: (items) => `正在标注并列出结果（${items.toLocaleString('zh-CN')} 项）…`,
  progressWriting: (cells) => `正在写入标注（${cells.toLocaleString('zh-CN')} 个单元格）…`,
  progressLabel: '进度',
  cancel: '取消',
  cancelled: '已取消校验，工作簿未作任何改动。',
  cancelledAfterWrite: '已取消：本次写入的标注已全部清除，单元格恢复原有格式。',
  checkAgain: '重新校验',
  exportXlsx: '导出问题列表（.xlsx）',
  exportCsv: '导出问题列表（.csv）',
  print: '打印问题列表',
  printShown: (a, b) => `打印前 ${a.toLocaleString('zh-CN')} 项，共 ${b.toLocaleString('zh-CN')} 项；完整列表请导出 .xlsx。`,
  rowsWindow: (a, b, n) => `第 ${a.toLocaleString('zh-CN')}–${b.toLocaleString('zh-CN')} 行，共 ${n.toLocaleString('zh-CN')} 行`,
  previousRows: (n) => `◀ 前 ${n} 行`,
  nextRows: (n) => `后 ${n} 行 ▶`,
  showMatrix: (n) => `显示任务矩阵（${n.toLocaleString('zh-CN')} 项任务）`,
};

const en: PaneStrings = {
  title: 'Mubiao',
  subtitle: 'Check this workbook against a plan',
  planLabel: 'Plan',
  planAuto: 'Automatic (by the sheet’s region and year)',
  planPasted: 'Pasted plan',
  pasteLabel: 'Or paste a plan’s text',
  pasteHint: 'Paste, then press Read: the targets are read on the spot and kept in this workbook.',
  pasteRead: (n, plan, undated, nulLines = [], unread = 0) =>
    `Read: ${plan}, ${n} target${n === 1 ? '' : 's'}.` +
    (undated > 0 ? ` ${undated} result${undated === 1 ? ' was' : 's were'} left out because the text writes no year.` : '') +
    (nulLines.length
      ? ` NUL characters were left out of line${nulLines.length === 1 ? '' : 's'} ${nulLines.join(', ')}; check ${nulLines.length === 1 ? 'it' : 'them'}.`
      : '') +
    (unread > 0 ? ` ${unread} figure${unread === 1 ? ' was' : 's were'} not read as a target or result.` : ''),
  unreadFigures: (n) => `${n} figure${n === 1 ? ' was' : 's were'} not read as a target or result: check that no target was missed`,
  unreadFigureNamed: (figure) => `${figure}: `,
  unreadMore: (n) => `${n} more not listed.`,
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
  valid: 'Passed',
  invalid: 'Not passed',
  cellsMarked: (cells) => `; ${cells} cell${cells === 1 ? '' : 's'} marked`,
  planDoesNotFit: 'The plan does not fit this sheet, which was not checked:',
  planNotes: (n) => `About the plans themselves (${n}; not findings against the sheet)`,
  gauges: 'Targets',
  gaugesShown: (shown, total) => `Showing the ${shown} that need attention most, of ${total}.`,
  asOfHint: 'Leave empty to judge progress by the period the sheet’s columns name (e.g. 1-9月).',
  pasteYearLabel: 'Plan year',
  pasteYearHint: 'The text does not say its year: enter the year the plan is for.',
  matrix: 'Tasks × departments',
  findings: 'Findings',
  noGauges: 'No value in this sheet compares directly with a plan target.',
  notInExcel: 'This page runs inside Excel (Insert → Add-ins). Not in Excel? Use the web checker.',
  wroteMarks: (cells) => `Marked ${cells} cell${cells === 1 ? '' : 's'}.`,
  skippedNotes: (n) => `${n} cells already have the user’s own note or comment: left alone.`,
  keptFills: (n) => `${n} cells were recoloured by the user: their colour is kept.`,
  overRecordLimit: (n) =>
    `${n} more marks (notes or fills) were not written: the record the workbook can keep of our marks is full, and Clear could not remove more. Every finding is in the list below; tick “Add a findings sheet” to keep them in the workbook.`,
  headerless: (s) => `Not checked (no recognisable header): ${s}.`,
  lastCommandError: 'The last Clear did not finish:',
  keptPasteUnreadable:
    'The pasted plan kept in this workbook no longer reads, so the plan is chosen automatically (its text is still in the paste box, to mend and read again):',
  webTitle: 'Mubiao web checker',
  webIntro:
    'Pick or drop task-decomposition / progress sheets (.xlsx, .xls, WPS .et, .xlsb, .ods, .csv) to check every cell against a plan, and download an annotated copy.',
  dropHere: 'Drop files here',
  pickFiles: 'Choose files…',
  privacy: 'Files are processed in this browser only; nothing is uploaded.',
  samples: 'Sample sheets',
  download: 'Download annotated copy',
  downloadCsv: 'CSV files cannot be annotated: save as .xlsx and try again',
  sheetGrid: (s) => `Sheet “${s}”`,
  fileError: (f) => `Could not read “${f}”: `,
  removeFile: 'Remove',
  progressReading: (mb) => `Reading the workbook (${mb} MB)…`,
  progressChecking: (rows) => `Checking ${rows.toLocaleString('en')} rows…`,
  progressShowing: (items) => `Marking and listing the results (${items.toLocaleString('en')} items)…`,
  progressWriting: (cells) => `Writing marks (${cells.toLocaleString('en')} cells)…`,
  progressLabel: 'Progress',
  cancel: 'Cancel',
  cancelled: 'Check cancelled; the workbook was not changed.',
  cancelledAfterWrite: 'Cancelled: the marks this pass wrote have all been removed and the cells are as they were.',
  checkAgain: 'Check again',
  exportXlsx: 'Export findings (.xlsx)',
  exportCsv: 'Export findings (.csv)',
  print: 'Print findings',
  printShown: (a, b) => `Printing the first ${a.toLocaleString('en')} of ${b.toLocaleString('en')} findings; export .xlsx for the full list.`,
  rowsWindow: (a, b, n) => `Rows ${a.toLocaleString('en')}–${b.toLocaleString('en')} of ${n.toLocaleString('en')}`,
  previousRows: (n) => `◀ Previous ${n}`,
  nextRows: (n) => `Next ${n} ▶`,
  showMatrix: (n) => `Show the task matrix (${n.toLocaleString('en')} tasks)`,
};

export const STRINGS: Record<Locale, PaneStrings> = { 'zh-CN': zh, en };
