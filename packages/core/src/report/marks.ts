import type { Report, Severity } from '../model.ts';
import { compareCells } from './group.ts';
import { SEVERITY_RANK, worse } from '../vocab/severity.ts';
import { reportLabels } from './labels.ts';
import type { Locale } from '../vocab/locale.ts';

/** One annotation to put on a workbook cell: a fill by severity and a note. */
export interface CellMark {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** The worst severity among the cell's findings (drives the fill colour). */
  severity: Severity;
  /** Plain text for the cell's note/comment; one paragraph per finding. */
  note: string;
}

/**
 * The marks to annotate a workbook with: one per cell, several findings on one cell merged into
 * one note (Excel shows one note per cell), worst finding first. Findings without a cell
 * address are left out: there is nowhere in the sheet to put them.
 */
export function cellMarks(report: Pick<Report, 'findings'>, locale: Locale = 'zh-CN'): CellMark[] {
  const labels = reportLabels(locale);
  const byCell = new Map<string, { sheet: string; cell: string; findings: Report['findings'] }>();
  for (const f of report.findings) {
    const cell = f.cell.trim().replace(/\$/g, '').toUpperCase();
    if (!cell) continue;
    const key = `${f.sheet}\u0000${cell}`;
    const entry = byCell.get(key);
    if (entry) entry.findings.push(f);
    else byCell.set(key, { sheet: f.sheet, cell, findings: [f] });
  }
  const marks: CellMark[] = [];
  for (const { sheet, cell, findings } of byCell.values()) {
    const ordered = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const severity = ordered.map((f) => f.severity).reduce(worse);
    const seen = new Set<string>();
    const paragraphs: string[] = [];
    for (const f of ordered) {
      const lines = [`[${labels.severity[f.severity]}] ${f.code}: ${f.message}`];
      const compare = [f.expected ? `${labels.expected}: ${f.expected}` : '', f.actual ? `${labels.actual}: ${f.actual}` : ''].filter(Boolean);
      if (compare.length) lines.push(compare.join(locale === 'en' ? '; ' : '；'));
      if (f.target?.quote) lines.push(`${labels.quote}: ${quoteExcerpt(f.target.quote, f.target.metric, 120)}`);
      const text = lines.join('\n');
      // The validator may report the same problem twice on one cell (e.g. two plans): say it once.
      if (!seen.has(text)) paragraphs.push(text);
      seen.add(text);
    }
    marks.push({ sheet, cell, severity, note: paragraphs.join('\n\n') });
  }
  const sheetOrder = new Map<string, number>();
  for (const m of marks) if (!sheetOrder.has(m.sheet)) sheetOrder.set(m.sheet, sheetOrder.size);
  return marks.sort((a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || compareCells(a.cell, b.cell));
}

/**
 * A plan sentence shortened to about `max` characters around the metric it is about, so a
 * long paragraph still shows the part that matters.
 */
export function quoteExcerpt(quote: string, metric: string | undefined, max: number): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const at = metric ? text.indexOf(metric) : -1;
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - Math.floor(max / 3), text.length - max));
  const end = Math.min(text.length, start + max);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
