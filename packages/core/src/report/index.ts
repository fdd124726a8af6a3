export { renderReportText, countsText, type TextReportOptions } from './text.ts';
export { renderReportHtml, escapeHtml, HTML_REPORT_GENERATOR, type HtmlReportMeta, type PlanSummary } from './html.ts';
export { renderSummaryText, type FileReport } from './summary.ts';
export { cellMarks, quoteExcerpt, type CellMark } from './marks.ts';
export { groupBySheet, compareCells, countBySeverity, type SheetFindings } from './group.ts';
export { reportLabels, type ReportLabels } from './labels.ts';
export { displayWidth, padEndWidth, truncateWidth, wrapWidth, stripAnsi } from './text-width.ts';
export { sheetContext, planNotesHeading, type SheetContextLine } from './sheet-context.ts';
