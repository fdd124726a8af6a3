export { renderReportText, countsText, type TextReportOptions } from './text.ts';
export { renderReportHtml, escapeHtml, HTML_REPORT_GENERATOR, type HtmlReportMeta, type PlanSummary } from './html.ts';
export { renderSummaryText, type FileReport } from './summary.ts';
export { cellMarks, quoteExcerpt, type CellMark } from './marks.ts';
export { groupBySheet, parseA1, compareCells, countBySeverity, worse, type SheetFindings } from './group.ts';
export { reportLabels, parseReportLocale, type ReportLocale, type ReportLabels } from './labels.ts';
export { displayWidth, padEndWidth, truncateWidth, wrapWidth, stripAnsi } from './text-width.ts';
