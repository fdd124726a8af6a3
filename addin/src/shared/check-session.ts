/**
 * The check's side of the protocol (check-protocol.ts), free of any host: it runs inside the
 * check worker, or on the page's thread where no worker can be had. A session holds one workbook
 * (its bytes, or the grids a host sent) and, after a check, core's report and marks, so the
 * annotated copy and the findings export are made where the data already is.
 */
import { LEGACY_FORMAT_NAMES, annotateWorkbook, readSpreadsheet, type LegacyFormat } from '@mubiao/xlsx';
import type { Finding, Grid, Locale, TargetRef } from '@mubiao/core';
import { errorText } from '../excel/errors.ts';
import { runCheck, type CheckOptions } from './check.ts';
import {
  CheckCancelled,
  OUTCOME_PARTS,
  PART_SIZE,
  getPath,
  setPath,
  type CheckOutcome,
  type CheckProgress,
  type MadeFile,
  type SessionMessage,
  type SessionRequest,
  type SheetView,
} from './check-protocol.ts';
import { findingsCsv, findingsXlsx } from './export-findings.ts';
import { findingsTable } from './findings-table.ts';
import { gaugesToShow } from './gauges-shown.ts';
import { marksFromReport } from './marks.ts';
import { seedPlans } from './seed-plans.ts';

export type Post = (message: SessionMessage, transfer?: Transferable[]) => void;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FINDINGS_SHEET = { 'zh-CN': '校验结果', en: 'Findings' } as const;

/** What the web checker draws of a grid: each cell's text (or error value). */
export function sheetView(grid: Grid): SheetView {
  let hasData = false;
  const texts = Array.from({ length: grid.rowCount }, (_, r) => {
    const row = grid.cells[r];
    return Array.from({ length: grid.colCount }, (_, c) => {
      const cell = row?.[c];
      if (!cell) return '';
      if (cell.text !== '' || cell.value !== null) hasData = true;
      return cell.error ?? cell.text;
    });
  });
  return { sheet: grid.sheet, rowCount: grid.rowCount, colCount: grid.colCount, texts, merges: grid.merges, hiddenRows: grid.hiddenRows, hasData };
}

/**
 * The findings with one object per plan target (core makes one per finding): a part of 2,000
 * findings then carries each target's sentence once, not once per finding.
 */
function sharedTargets(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, TargetRef>();
  const shared = (t: TargetRef): TargetRef => {
    const key = `${t.plan}\u0000${t.targetId}\u0000${t.span.join(':')}\u0000${t.metric}`;
    const known = byKey.get(key);
    if (known && known.quote === t.quote) return known;
    byKey.set(key, t);
    return t;
  };
  return findings.map((f) => (f.target ? { ...f, target: shared(f.target) } : f));
}

/** Gives the page a turn, on its thread (to paint progress, to take a Cancel); costs a worker nothing that matters. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
}

export class CheckSession {
  private bytes: Uint8Array | null = null;
  private name = '';
  private grids: Grid[] = [];
  private outcome: CheckOutcome | null = null;
  private locale: Locale = 'zh-CN';
  private cancelled = false;

  constructor(private readonly post: Post) {}

  /** Stops a session on the page's thread at its next step; it posts nothing more. */
  cancel(): void {
    this.cancelled = true;
  }

  async handle(request: SessionRequest): Promise<void> {
    try {
      const made = await this.run(request);
      if (this.cancelled) return;
      if (made) this.post({ id: request.id, type: 'done', value: made }, [made.bytes]);
      else if (request.kind !== 'check') this.post({ id: request.id, type: 'done', value: null });
    } catch (error) {
      if (!this.cancelled) this.post({ id: request.id, type: 'failed', message: errorText(error, this.locale) });
    }
  }

  private async run(request: SessionRequest): Promise<MadeFile | null> {
    switch (request.kind) {
      case 'open':
        this.bytes = new Uint8Array(request.bytes);
        this.name = request.name;
        return null;
      case 'grid':
        this.grids.push({ ...request.shape, cells: [] });
        return null;
      case 'grid-rows':
        this.grids.at(-1)?.cells.push(...request.rows);
        return null;
      case 'check':
        await this.check(request.id, request.options, request.views);
        return null;
      case 'annotate':
        return this.annotate();
      case 'export':
        return this.exportFindings(request.format);
    }
  }

  private async step(id: number, progress: CheckProgress): Promise<void> {
    this.post({ id, type: 'progress', progress });
    await pause();
    if (this.cancelled) throw new CheckCancelled();
  }

  private async check(id: number, options: CheckOptions, views: boolean): Promise<void> {
    this.locale = options.locale;
    let grids = this.grids;
    let format: string | null = null;
    const warnings: string[] = [];
    if (this.bytes) {
      await this.step(id, { phase: 'reading', done: 0, total: this.bytes.length, unit: 'bytes' });
      const read = await readSpreadsheet(this.bytes, this.name);
      ({ format } = read);
      grids = read.sheets;
      warnings.push(...read.warnings);
    }
    const rows = grids.reduce((n, g) => n + g.rowCount, 0);
    await this.step(id, { phase: 'checking', done: 0, total: rows, unit: 'rows' });
    const report = runCheck(grids, seedPlans(), options);
    const marks = marksFromReport(report, options.locale);
    const legacyName = format && format in LEGACY_FORMAT_NAMES ? LEGACY_FORMAT_NAMES[format as LegacyFormat] : undefined;
    this.grids = [];
    this.outcome = {
      report,
      gaugeCount: report.gauges?.length ?? 0,
      marks,
      views: views ? grids.map(sheetView) : [],
      format,
      warnings,
      ...(legacyName ? { legacyName } : {}),
    };
    await this.send(id, this.outcome);
    // Kept: the report and marks (for the copy and the export), not the views the page now holds.
    this.outcome.views = [];
  }

  /** Posts the outcome's large arrays as parts, then the rest with those arrays empty: the receiver puts them back. */
  private async send(id: number, outcome: CheckOutcome): Promise<void> {
    const paths = [...OUTCOME_PARTS, ...outcome.views.map((_, i) => `views.${i}.texts`)];
    const report = {
      ...outcome.report,
      findings: sharedTargets(outcome.report.findings),
      ...(outcome.report.gauges ? { gauges: gaugesToShow(outcome.report.gauges) } : {}),
    };
    const shell = { ...outcome, report, views: outcome.views.map((v) => ({ ...v })) };
    const arrays = paths.map((path) => (getPath(shell, path) as unknown[] | undefined) ?? []);
    const total = arrays.reduce((n, a) => n + a.length, 0);
    await this.step(id, { phase: 'marking', done: 0, total, unit: 'items' });
    paths.forEach((path, i) => {
      const items = arrays[i]!;
      for (let at = 0; at < items.length; at += PART_SIZE) this.post({ id, type: 'part', path, items: items.slice(at, at + PART_SIZE) });
      if (getPath(shell, path) !== undefined) setPath(shell, path, []);
    });
    if (!this.cancelled) this.post({ id, type: 'done', value: shell });
  }

  private async annotate(): Promise<MadeFile> {
    const { bytes, outcome } = this;
    if (!bytes || !outcome) throw new Error('nothing to annotate: no workbook has been checked');
    if (!outcome.legacyName) return { bytes: bufferOf(annotateWorkbook(bytes, outcome.marks, { fileName: this.name })), mime: XLSX_MIME };
    // A legacy file is read again: its full grids are not kept between the check and the copy.
    const read = await readSpreadsheet(bytes, this.name);
    // The writer of new workbooks is fetched with the legacy reader's files, not with the check.
    const { convertedCopy } = await import('@mubiao/xlsx/converted-copy');
    const copy = convertedCopy({ sheets: read.sheets, ...(read.columnWidths ? { columnWidths: read.columnWidths } : {}) }, outcome.marks, this.name);
    return { bytes: bufferOf(copy), mime: XLSX_MIME };
  }

  private exportFindings(format: 'csv' | 'xlsx'): MadeFile {
    if (!this.outcome) throw new Error('nothing to export: no workbook has been checked');
    const table = findingsTable(this.outcome.report.findings, this.locale);
    if (format === 'csv') return { bytes: bufferOf(new TextEncoder().encode(findingsCsv(table))), mime: 'text/csv;charset=utf-8' };
    return { bytes: bufferOf(findingsXlsx(table, FINDINGS_SHEET[this.locale])), mime: XLSX_MIME };
  }
}
