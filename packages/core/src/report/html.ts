import type { Finding, Severity } from '../model.ts';
import { collapseRuns, countBySeverity, groupBySheet } from './group.ts';
import { reportLabels, type ReportLabels } from './labels.ts';
import type { Locale } from '../vocab/locale.ts';
import { planLabel } from '../vocab/plan-label.ts';
import { quoteExcerpt } from './marks.ts';
import type { FileReport } from './summary.ts';

/** A plan the sheets were checked against, as the report's header lists it. */
export interface PlanSummary {
  name: string;
  region: string;
  year: number | null;
  title?: string;
}

export interface HtmlReportMeta {
  plans: readonly PlanSummary[];
  /** YYYY-MM-DD the progress was judged at, when given. */
  asOf?: string;
  locale?: Locale;
  /** Defaults to the locale's "check report" title. */
  title?: string;
  /** Timestamp shown in the header; passed in so the output is reproducible. */
  generatedAt?: string;
}

/** In every report's <head>, so a later run knows a file is an earlier report it may replace. */
export const HTML_REPORT_GENERATOR = '<meta name="generator" content="Mubiao check report">';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE = `
:root { --error: #b42318; --error-bg: #fdecea; --warning: #8a5a00; --warning-bg: #fff4d6; --info: #175cd3; --info-bg: #eaf2ff; --rule: #c9ced6; --muted: #555c66; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; font: 14px/1.55 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; color: #1d2329; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1d2329; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
dl.meta ul { margin: 0; padding-left: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f4; font-weight: 600; white-space: nowrap; }
ul.targets { margin: .3rem 0 0; padding-left: 1.1rem; columns: 2 18rem; column-gap: 1.5rem; }
ul.targets li { break-inside: avoid; margin-bottom: .2rem; }
ul.targets .q { color: var(--muted); font-size: .9em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.cell { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; white-space: nowrap; }
td.value { white-space: nowrap; }
td.code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: .9em; white-space: nowrap; }
.sev { display: inline-block; padding: 0 .4rem; border-radius: .25rem; border: 1px solid currentColor; font-weight: 600; white-space: nowrap; }
.sev-error { color: var(--error); background: var(--error-bg); }
.sev-warning { color: var(--warning); background: var(--warning-bg); }
.sev-info { color: var(--info); background: var(--info-bg); }
tr.row-error td:first-child { box-shadow: inset 4px 0 0 var(--error); }
tr.row-warning td:first-child { box-shadow: inset 4px 0 0 var(--warning); }
tr.row-info td:first-child { box-shadow: inset 4px 0 0 var(--info); }
blockquote { margin: .35rem 0 0; padding: .1rem .6rem; border-left: 3px solid var(--rule); color: var(--muted); font-size: .92em; }
blockquote cite { display: block; font-style: normal; font-size: .9em; }
.result-valid { color: #067647; font-weight: 600; }
.result-invalid, .result-unreadable { color: var(--error); font-weight: 600; }
p.stats, p.note, footer { color: var(--muted); }
p.unreadable { color: var(--error); font-weight: 600; }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: .5rem; font-size: .9em; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  section.file { break-before: page; }
  thead { display: table-header-group; }
  tr, blockquote { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .sev, thead th, tr td:first-child { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * The report as one self-contained HTML page to print for a meeting: title, plans used, as-of
 * date, a summary table of the files, then each file's findings grouped by sheet. Inline CSS
 * only (no scripts, no external requests); A4 print rules put each file on a new page and
 * repeat table headers across pages. Every piece of text from sheets and plans is escaped.
 */
export function renderReportHtml(files: readonly FileReport[], meta: HtmlReportMeta): string {
  const locale = meta.locale ?? 'zh-CN';
  const labels = reportLabels(locale);
  const title = meta.title ?? labels.defaultTitle;
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(
    '<!doctype html>',
    `<html lang="${locale === 'en' ? 'en' : 'zh-CN'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    HTML_REPORT_GENERATOR,
    `<title>${e(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${e(title)}</h1>`,
    '<dl class="meta">',
    `<dt>${e(labels.plansUsed)}</dt><dd>${plansList(meta.plans, locale)}</dd>`,
    `<dt>${e(labels.asOf)}</dt><dd>${e(meta.asOf ?? labels.asOfNone)}</dd>`,
    meta.generatedAt ? `<dt>${e(labels.generated)}</dt><dd>${e(meta.generatedAt)}</dd>` : '',
    '</dl>',
    '</header>',
    '<main>',
    `<h2>${e(labels.summary)}</h2>`,
    summaryTable(files, labels),
  );
  for (const file of files) parts.push(fileSection(file, labels, locale));
  parts.push('</main>', `<footer><p>${e(labels.legend)}</p><p>${e(labels.codesReference)}</p></footer>`, '</body>', '</html>');
  return parts.filter(Boolean).join('\n') + '\n';
}

function plansList(plans: readonly PlanSummary[], locale: Locale): string {
  if (plans.length === 0) return '–';
  const items = plans.map((p) => {
    const ref = planLabel(p, locale);
    return `<li>${escapeHtml(p.title ? `${p.title} — ${ref}` : ref)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function summaryTable(files: readonly FileReport[], labels: ReportLabels): string {
  const e = escapeHtml;
  const head = `<thead><tr><th>${e(labels.file)}</th><th class="num">${e(labels.rows)}</th><th class="num">${e(labels.severity.error)}</th><th class="num">${e(labels.severity.warning)}</th><th class="num">${e(labels.severity.info)}</th><th>${e(labels.status)}</th></tr></thead>`;
  const rows = files.map((f) => {
    if (!f.report) {
      return `<tr><td>${e(f.file)}</td><td class="num">–</td><td class="num">–</td><td class="num">–</td><td class="num">–</td><td class="result-unreadable">${e(labels.unreadable)}</td></tr>`;
    }
    const c = countBySeverity(f.report.findings);
    const result = f.report.valid ? `<td class="result-valid">${e(labels.valid)}</td>` : `<td class="result-invalid">${e(labels.invalid)}</td>`;
    return `<tr><td>${e(f.file)}</td><td class="num">${f.report.stats.rows}</td><td class="num">${c.error}</td><td class="num">${c.warning}</td><td class="num">${c.info}</td>${result}</tr>`;
  });
  return `<table class="summary">${head}<tbody>${rows.join('')}</tbody></table>`;
}

function fileSection(file: FileReport, labels: ReportLabels, locale: Locale): string {
  const e = escapeHtml;
  const out: string[] = ['<section class="file">', `<h2>${e(file.file)}</h2>`];
  if (!file.report) {
    out.push(`<p class="unreadable">${e(labels.unreadable)}: ${e(file.error ?? '')}</p>`, '</section>');
    return out.join('\n');
  }
  const { stats } = file.report;
  const sep = locale === 'en' ? ', ' : '，';
  out.push(`<p class="stats">${e([`${labels.rows} ${stats.rows}`, `${labels.claims} ${stats.claims}`, `${labels.matched} ${stats.matched}`].join(sep))}</p>`);
  for (const warning of file.warnings ?? []) out.push(`<p class="note">${e(warning)}</p>`);
  const groups = groupBySheet(file.report);
  if (groups.length === 0) out.push(`<p class="result-valid">${e(labels.noFindings)}</p>`);
  for (const group of groups) {
    const isPlan = group.findings.every((f) => f.subject);
    out.push(`<h3>${e(isPlan ? labels.plan : labels.sheet)}: ${e(group.sheet)}</h3>`);
    out.push(
      '<table class="findings">',
      `<thead><tr><th>${e(labels.cell)}</th><th>${e(labels.level)}</th><th>${e(labels.code)}</th><th>${e(labels.expected)}</th><th>${e(labels.actual)}</th><th>${e(labels.message)}</th></tr></thead>`,
      '<tbody>',
      ...collapseRuns(group.findings).map((item) => (Array.isArray(item) ? runRow(item, labels) : findingRow(item, labels, locale))),
      '</tbody>',
      '</table>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function findingRow(f: Finding, labels: ReportLabels, locale: Locale): string {
  const e = escapeHtml;
  const sev: Severity = f.severity;
  const own = f.subject?.quote
    ? `<blockquote>${e(quoteExcerpt(f.subject.quote, f.subject.metric, 240))}<cite>${e(labels.subjectQuote)}</cite></blockquote>`
    : '';
  const quote = f.target?.quote
    ? `<blockquote>${e(quoteExcerpt(f.target.quote, f.target.metric, 240))}<cite>${e(labels.quote)} · ${e(planLabel(f.target, locale))}</cite></blockquote>`
    : '';
  return (
    `<tr class="row-${sev}">` +
    `<td class="cell">${e(f.cell || f.subject?.targetId || labels.wholeSheet)}</td>` +
    `<td><span class="sev sev-${sev}">${e(labels.severity[sev])}</span></td>` +
    `<td class="code">${e(f.code)}</td>` +
    `<td${valueClass(f.expected)}>${e(f.expected)}</td>` +
    `<td${valueClass(f.actual)}>${e(f.actual)}</td>` +
    `<td>${e(f.message)}${own}${quote}</td>` +
    '</tr>'
  );
}

/**
 * A run of sheet-wide findings (forty plan targets nobody took on) as one row listing each
 * target with a short quote, so the printed report stays about the sheet's real problems.
 */
function runRow(run: readonly Finding[], labels: ReportLabels): string {
  const e = escapeHtml;
  const f = run[0]!;
  const items = run.map((g) => {
    const metric = g.target?.metric ?? g.metricKey ?? '';
    const quote = g.target?.quote ? ` <span class="q">“${e(quoteExcerpt(g.target.quote, g.target.metric, 40))}”</span>` : '';
    return `<li><strong>${e(metric)}</strong> ${e(g.expected)}${quote}</li>`;
  });
  return (
    `<tr class="row-${f.severity}">` +
    `<td class="cell">${e(f.cell || labels.wholeSheet)}</td>` +
    `<td><span class="sev sev-${f.severity}">${e(labels.severity[f.severity])}</span></td>` +
    `<td class="code">${e(f.code)}</td>` +
    `<td colspan="3">${e(labels.runHeading(run.length, f.code))}<ul class="targets">${items.join('')}</ul></td>` +
    '</tr>'
  );
}

/** Short values ("≥ 20%", "2000人次以上") stay on one line; long ones may wrap. */
function valueClass(text: string): string {
  return text.length <= 14 ? ' class="value"' : '';
}
