import type { Report } from '../model.ts';
import { countBySeverity } from './group.ts';
import { reportLabels } from './labels.ts';
import type { Locale } from '../vocab/locale.ts';
import { displayWidth, padEndWidth, truncateWidth } from './text-width.ts';

/** One checked file in a folder run: its report, or why it could not be read. */
export interface FileReport {
  /** The file as the user named it (relative path). */
  file: string;
  report?: Report;
  /** One-line reason the file could not be read; then there is no report. */
  error?: string;
  /** Non-fatal notes from reading the workbook (skipped sheets, formulas without values). */
  warnings?: string[];
}

/**
 * The per-file summary table printed after a folder run: file, rows, findings by severity,
 * result. Plain text with CJK-aware alignment; file names longer than a third of the width
 * are shortened from the left so the distinguishing end stays visible.
 */
export function renderSummaryText(files: readonly FileReport[], options: { width?: number; locale?: Locale } = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const labels = reportLabels(locale);
  const width = Math.max(60, options.width ?? 100);
  const header = [labels.file, labels.rows, labels.severity.error, labels.severity.warning, labels.severity.info, labels.status];
  const rows = files.map((f) => {
    if (!f.report) return [f.file, '–', '–', '–', '–', labels.unreadable];
    const c = countBySeverity(f.report.findings);
    return [f.file, String(f.report.stats.rows), String(c.error), String(c.warning), String(c.info), f.report.valid ? labels.valid : labels.invalid];
  });
  const totals = files.reduce(
    (t, f) => {
      if (!f.report) return t;
      const c = countBySeverity(f.report.findings);
      return [t[0]! + f.report.stats.rows, t[1]! + c.error, t[2]! + c.warning, t[3]! + c.info];
    },
    [0, 0, 0, 0],
  );
  const failed = files.filter((f) => !f.report || !f.report.valid).length;
  rows.push([labels.total, ...totals.map(String), `${files.length - failed}/${files.length} ${labels.valid}`]);

  const maxFile = Math.floor(width / 2);
  for (const row of rows) row[0] = shortenLeft(row[0]!, maxFile);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 1 && i <= 4 ? ' '.repeat(widths[i]! - displayWidth(c)) + c : padEndWidth(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows.at(-1)!)].join('\n') + '\n';
}

function shortenLeft(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const reversed = [...text].reverse().join('');
  return '…' + [...truncateWidth(reversed, width).slice(0, -1)].reverse().join('');
}
