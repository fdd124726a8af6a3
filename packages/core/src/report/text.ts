import type { Finding, Report, Severity } from '../model.ts';
import { collapseRuns, countBySeverity, groupBySheet } from './group.ts';
import { reportLabels, type ReportLabels } from './labels.ts';
import type { Locale } from '../vocab/locale.ts';
import { planLabel } from '../vocab/plan-label.ts';
import { quoteExcerpt } from './marks.ts';
import { planNotesHeading, sheetContext } from './sheet-context.ts';
import { displayWidth, padEndWidth, wrapWidth } from './text-width.ts';
import { largest } from '../grammar/chars.ts';

export interface TextReportOptions {
  /** ANSI colours; the CLI turns them on only for a terminal. Text stays complete without. */
  color?: boolean;
  /** Terminal columns to wrap to (default 100, minimum 40). */
  width?: number;
  locale?: Locale;
  /** The file the report is about, shown as its heading. */
  file?: string;
}

const SGR = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36', green: '32' } as const;
type Style = keyof typeof SGR;
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

function painter(color: boolean) {
  return (style: Style, text: string) => (color && text ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
}

/**
 * The terminal report: findings grouped by sheet, one block per finding with the cell, severity,
 * code, expected vs actual, the message and the plan quote. Columns align for CJK text;
 * severity is spelled out so the report reads the same without colour.
 */
export function renderReportText(report: Report, options: TextReportOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const labels = reportLabels(locale);
  const width = Math.max(40, options.width ?? 100);
  const paint = painter(options.color ?? false);
  const out: string[] = [];
  if (options.file) out.push(paint('bold', `${labels.file}: ${options.file}`));

  const groups = groupBySheet(report);
  // Every checked sheet gets its heading and what it was checked against, findings or not.
  const checked = (report.sheets ?? []).filter((s) => sheetContext(s, locale).length > 0);
  const order = [...checked.map((s) => s.sheet), ...groups.map((g) => g.sheet).filter((s) => !checked.some((c) => c.sheet === s))];
  for (const sheet of order) {
    const group = groups.find((g) => g.sheet === sheet) ?? { sheet, findings: [], counts: { error: 0, warning: 0, info: 0 } };
    out.push('');
    // Plan-against-plan findings stand on a plan, not a sheet.
    const isPlan = group.findings.length > 0 && group.findings.every((f) => f.subject);
    const heading = `${isPlan ? labels.plan : labels.sheet} ${quoted(group.sheet, locale)}`;
    const counts = countsText(group.counts, labels, locale);
    if (displayWidth(heading) + 3 + displayWidth(counts) <= width) out.push(`${paint('bold', heading)} — ${counts}`);
    else out.push(...wrapWidth(heading, width).map((l) => paint('bold', l)), ...wrapWidth(counts, width));
    const context = checked.find((s) => s.sheet === sheet);
    for (const line of context ? sheetContext(context, locale) : []) {
      for (const l of wrapWidth(`${line.label}${locale === 'en' ? ': ' : '：'}${line.text}`, width - 2)) out.push(`  ${paint('dim', l)}`);
    }
    if (group.findings.length === 0) continue;
    const cellWidth = largest(group.findings.map((f) => displayWidth(cellLabel(f, labels))));
    const sevWidth = largest(group.findings.map((f) => displayWidth(labels.severity[f.severity])));
    const codeWidth = largest(group.findings.map((f) => displayWidth(f.code)));
    const indent = 2 + cellWidth + 2;
    const pad = ' '.repeat(indent);
    let previousQuote = '';
    for (const item of collapseRuns(group.findings)) {
      if (Array.isArray(item)) {
        const f = item[0]!;
        const sev = paint(SEVERITY_STYLE[f.severity], padEndWidth(labels.severity[f.severity], sevWidth));
        out.push(
          `  ${paint('bold', padEndWidth(cellLabel(f, labels), cellWidth))}  ${sev}  ${padEndWidth(f.code, codeWidth)}  ${labels.collapsed(item.length)}`,
        );
        const list = item.map((g) => `${g.target?.metric ?? g.metricKey ?? ''} ${g.expected}`.trim()).join(locale === 'en' ? '; ' : '；');
        for (const line of wrapWidth(list, width - indent)) out.push(pad + line);
        previousQuote = '';
        continue;
      }
      const f = item;
      const sev = paint(SEVERITY_STYLE[f.severity], padEndWidth(labels.severity[f.severity], sevWidth));
      const head = `  ${paint('bold', padEndWidth(cellLabel(f, labels), cellWidth))}  ${sev}  ${padEndWidth(f.code, codeWidth)}`;
      const compare = compareText(f, labels);
      if (compare && displayWidth(head) + 2 + displayWidth(compare) <= width) {
        out.push(`${head}  ${compare}`);
      } else {
        out.push(head.trimEnd());
        if (compare) for (const line of wrapWidth(compare, width - indent)) out.push(pad + line);
      }
      for (const line of wrapWidth(f.message, width - indent)) out.push(pad + line);
      if (f.subject?.quote) {
        const own = `${labels.subjectQuote}: “${quoteExcerpt(f.subject.quote, f.subject.metric, 160)}”`;
        for (const line of wrapWidth(own, width - indent)) out.push(pad + paint('dim', line));
      }
      if (f.target?.quote) {
        const ref = planLabel(f.target, locale);
        const key = `${ref}\u0000${f.target.quote}`;
        // Several targets of one sentence: quote it once, then point back to it.
        const quote =
          key === previousQuote ? `${labels.quote}: ${labels.sameQuote}` : `${labels.quote} · ${ref}: “${quoteExcerpt(f.target.quote, f.target.metric, 160)}”`;
        previousQuote = key;
        for (const line of wrapWidth(quote, width - indent)) out.push(pad + paint('dim', line));
      } else {
        previousQuote = '';
      }
    }
  }
  if (groups.length === 0) {
    out.push('');
    out.push(paint(report.valid ? 'green' : 'red', labels.noFindings));
  }
  if (report.planNotes?.length) {
    out.push('');
    out.push(paint('bold', planNotesHeading(report.planNotes, locale)));
    for (const note of report.planNotes) for (const line of wrapWidth(`- ${note.message}`, width - 2)) out.push(`  ${line}`);
  }
  out.push('');
  out.push(...summaryLines(report, labels, locale, paint, width));
  return out.join('\n') + '\n';
}

function quoted(text: string, locale: Locale): string {
  return locale === 'en' ? `"${text}"` : `“${text}”`;
}

function cellLabel(f: Finding, labels: ReportLabels): string {
  return f.cell.trim() || (f.subject ? f.subject.targetId : labels.wholeSheet);
}

function compareText(f: Finding, labels: ReportLabels): string {
  const parts: string[] = [];
  if (f.expected) parts.push(`${labels.expected} ${f.expected}`);
  if (f.actual) parts.push(`${labels.actual} ${f.actual}`);
  return parts.join('  ');
}

export function countsText(counts: Record<Severity, number>, labels: ReportLabels, locale: Locale): string {
  const total = counts.error + counts.warning + counts.info;
  const parts = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => labels.count(s, counts[s]));
  const sep = locale === 'en' ? ', ' : '，';
  return parts.length ? `${labels.findings(total)}${locale === 'en' ? ': ' : '：'}${parts.join(sep)}` : labels.findings(0);
}

function summaryLines(report: Report, labels: ReportLabels, locale: Locale, paint: ReturnType<typeof painter>, width: number): string[] {
  const counts = countBySeverity(report.findings);
  const { rows, claims, matched } = report.stats;
  const verdict = report.valid ? paint('green', labels.valid) : paint('red', labels.invalid);
  const sep = locale === 'en' ? ', ' : '，';
  const stats = [`${labels.rows} ${rows}`, `${labels.claims} ${claims}`, `${labels.matched} ${matched}`].join(sep);
  const head = `${paint('bold', `${labels.status}: `)}${verdict}`;
  const tail = [countsText(counts, labels, locale), stats];
  const one = `${head} · ${tail.join(' · ')}`;
  return displayWidth(one) <= width ? [one] : [head, ...tail.flatMap((t) => wrapWidth(t, width))];
}
