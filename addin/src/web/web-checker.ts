/**
 * <mb-web-checker>: the task pane for people without Excel. Drop or pick workbooks (.xlsx, and
 * .xls/.et/.xlsb/.ods, whose reader is fetched only when such a file comes) or .csv files; each
 * is read in the browser (@mubiao/xlsx), checked against the seeded plans (or a chosen or pasted
 * plan), shown sheet by sheet with the findings marked in place, and can be downloaded as an
 * annotated copy made in the browser (a new .xlsx for the formats that cannot be marked in
 * place). Nothing leaves the machine.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { reportLabels, planLabel, planLabelWithTitle } from '@mubiao/core';
import { LEGACY_EXTENSIONS } from '@mubiao/xlsx';
import { errorText } from '../excel/errors.ts';
import { CheckCancelled, CheckClient } from '../shared/check-client.ts';
import type { CheckProgress, MadeFile, SheetView } from '../shared/check-protocol.ts';
import type { Locale, Plan, Report, UnreadFigure } from '@mubiao/core';
import { marksBySheet, type CellMark } from '../shared/marks.ts';
import { readPastedPlanDetailed } from '../shared/pasted-plan.ts';
import { unreadFiguresDetails, unreadFiguresStyles } from '../ui/unread-figures.ts';
import { srStyles } from '../ui/sr.ts';
import { seedPlans } from '../shared/seed-plans.ts';
import '../ui/check-progress.ts';
import '../ui/check-results.ts';
import { STRINGS } from '../ui/strings.ts';
import './sheet-grid.ts';
import { annotatedName, findingsName } from './web-checker-names.ts';
import type { MbSheetGrid } from './sheet-grid.ts';

export interface CheckedFile {
  id: string;
  name: string;
  /** The file as chosen: read again for each check (its bytes go to the check's worker). */
  source: Blob;
  format: string | null;
  views: SheetView[];
  warnings: string[];
  report: Report | null;
  /** How many gauges core made (the report holds those to draw). */
  gaugeCount: number;
  /** Marks by sheet, for the grids. */
  marks: Map<string, CellMark[]>;
  /** The legacy format's name when the annotated copy is a new .xlsx. */
  legacyName?: string | undefined;
  error: string | null;
  sample: boolean;
  /** While a check runs: how far it is. */
  progress: CheckProgress | null;
  cancelled: boolean;
  /** The session that checked the file; it makes the copy and the exports. */
  session: CheckClient | null;
}

let nextId = 1;
const NO_MARKS: CellMark[] = [];

/** What the picker offers: the workbook extensions (the reader itself decides by content) and their MIME types. */
const ACCEPT = [
  '.xlsx',
  '.xlsm',
  '.csv',
  ...LEGACY_EXTENSIONS,
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.12',
  'application/vnd.oasis.opendocument.spreadsheet',
].join(',');

/** Saves bytes the session made under a name, through a temporary link. */
function saveFile(root: ParentNode & Node, made: MadeFile, name: string): void {
  const url = URL.createObjectURL(new Blob([made.bytes], { type: made.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export class MbWebChecker extends LitElement {
  static override styles = [
    css`
    :host { display: block; font: 15px/1.55 system-ui, 'Microsoft YaHei', 'PingFang SC', sans-serif; color: #1f2328; max-width: 76rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
    header { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; }
    h1 { font-size: 1.5rem; margin: 0; }
    .intro { margin: 0.25rem 0 0; }
    .privacy { color: #1a7f37; font-size: 0.875rem; margin: 0.25rem 0 1rem; }
    .drop { border: 2px dashed #8c959f; border-radius: 8px; padding: 1.25rem; text-align: center; background: #f6f8fa; }
    .drop.over { border-color: #0969da; background: #ddf4ff; }
    .controls { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0.75rem 1.25rem; margin: 1rem 0; align-items: end; }
    label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
    select, input[type='date'], input[inputmode], textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 0.3rem; border: 1px solid #8c959f; border-radius: 4px; }
    textarea { min-height: 3.5rem; }
    button, .button { font: inherit; padding: 0.375rem 0.875rem; border-radius: 4px; border: 1px solid #8c959f; background: #f6f8fa; cursor: pointer; color: inherit; text-decoration: none; display: inline-block; }
    .primary { background: #b22222; border-color: #8f1b1b; color: #fff; font-weight: 600; }
    button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible, .button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
    section.file { border-top: 1px solid #d0d7de; margin-top: 1.5rem; padding-top: 0.5rem; }
    section.file > header h2 { font-size: 1.2rem; margin: 0.25rem 0; }
    .tag { font-size: 0.75rem; background: #eaeef2; border-radius: 999px; padding: 0 0.5rem; margin-left: 0.5rem; font-weight: normal; }
    .error { border-left: 4px solid #b42318; background: #ffebe9; padding: 0.5rem 0.75rem; border-radius: 4px; }
    .warn { color: #7a4500; font-size: 0.875rem; }
    h3 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
    .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.25rem; align-items: start; }
    @media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
    .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: center; }
    .hint { font-size: 0.8125rem; color: #57606a; }
    .converted { font-size: 0.875rem; border-left: 4px solid #0969da; background: #ddf4ff; padding: 0.375rem 0.75rem; border-radius: 4px; }
    /* Paper: each file's name, summary and findings; not the upload box, the controls or a grid cut to its window. */
    @media print {
      :host { max-width: none; padding: 0; }
      .drop, .controls, .intro, .privacy, header > button, .actions, .sheets, mb-check-progress { display: none; }
      .layout { display: block; }
      section.file { border-top: none; break-inside: auto; }
      section.file + section.file { break-before: page; }
    }
  `,
    unreadFiguresStyles,
    srStyles,
  ];

  @property({ reflect: true }) override lang: Locale = 'zh-CN';
  /** URLs of sample workbooks to load at start (the seeded sheets). */
  @property({ attribute: false }) samples: { name: string; url: string }[] = [];
  @state() files: CheckedFile[] = [];
  @state() private planChoice = 'auto';
  @state() private pastedText = '';
  @state() private pastedPlan: Plan | null = null;
  /** Lines of the pasted text whose NUL characters were left out (said beside what was read). */
  @state() private pastedNulLines: number[] = [];
  /** The pasted text's figures read as no target or result (core's unreadFigures), listed under what was read. */
  @state() private pastedUnread: UnreadFigure[] = [];
  @state() private pasteError = '';
  /** The plan year the user states for a pasted text that gives none. */
  @state() private pastedYear = '';
  /** Empty: each sheet's own period columns decide (never today). */
  @state() private asOf = '';
  @state() private dragging = false;

  private get t() {
    return STRINGS[this.lang];
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('samples') && this.samples.length) void this.loadSamples();
  }

  private async loadSamples(): Promise<void> {
    for (const sample of this.samples) {
      try {
        const response = await fetch(sample.url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        await this.addFile(sample.name, await response.blob(), true);
      } catch (error) {
        this.files = [...this.files, this.failed(sample.name, new Blob(), error, true)];
      }
    }
  }

  private failed(name: string, source: Blob, error: unknown, sample: boolean): CheckedFile {
    const file = this.entry(name, source, sample);
    file.error = errorText(error, this.lang);
    return file;
  }

  private entry(name: string, source: Blob, sample: boolean): CheckedFile {
    return {
      id: `f${nextId++}`,
      name,
      source,
      format: null,
      views: [],
      warnings: [],
      report: null,
      gaugeCount: -1,
      marks: new Map(),
      error: null,
      sample,
      progress: null,
      cancelled: false,
      session: null,
    };
  }

  /** Adds a file and checks it (off the page's thread); a bad file shows its reason and never stops the others. */
  async addFile(name: string, source: Blob, sample = false): Promise<CheckedFile> {
    const file = this.entry(name, source, sample);
    const replaced = this.files.filter((f) => f.sample && f.name === name && !sample);
    for (const f of replaced) f.session?.cancel();
    this.files = [...this.files.filter((f) => !replaced.includes(f)), file];
    await this.check(file);
    return file;
  }

  private plansChosen(): Plan[] | undefined {
    if (this.planChoice === 'auto') return undefined;
    if (this.planChoice === 'pasted') return this.pastedPlan ? [this.pastedPlan] : [];
    const plan = seedPlans().find((p) => p.name === this.planChoice);
    return plan ? [plan] : [];
  }

  /** Changes a file's entry and shows it. */
  private change(file: CheckedFile, change: Partial<CheckedFile>): void {
    Object.assign(file, change);
    this.requestUpdate();
  }

  /** Reads and checks one file in a fresh session; a check already running for it is cancelled. */
  private async check(file: CheckedFile): Promise<void> {
    file.session?.cancel();
    const session = CheckClient.open();
    this.change(file, { session, cancelled: false, error: null, progress: { phase: 'reading', done: 0, total: file.source.size, unit: 'bytes' } });
    // Whatever comes back for a session that was replaced (a re-check) or cancelled is dropped.
    const live = () => file.session === session && this.files.includes(file);
    try {
      await session.openWorkbook(await file.source.arrayBuffer(), file.name);
      const plans = this.plansChosen();
      const options = { locale: this.lang, ...(this.asOf ? { asOf: this.asOf } : {}), ...(plans ? { plans } : {}) };
      const outcome = await session.check(options, true, (progress) => {
        if (live()) this.change(file, { progress });
      });
      if (!live()) return;
      this.change(file, {
        progress: null,
        report: outcome.report,
        gaugeCount: outcome.gaugeCount,
        marks: marksBySheet(outcome.marks),
        views: outcome.views,
        format: outcome.format,
        warnings: outcome.warnings,
        legacyName: outcome.legacyName,
      });
    } catch (error) {
      if (!live()) return;
      if (error instanceof CheckCancelled) this.change(file, { progress: null, cancelled: true, session: null });
      else this.change(file, { progress: null, report: null, marks: new Map(), views: [], error: errorText(error, this.lang), session: null });
    }
  }

  private cancel(file: CheckedFile): void {
    file.session?.cancel();
  }

  private removeFile(file: CheckedFile): void {
    file.session?.cancel();
    this.files = this.files.filter((f) => f.id !== file.id);
  }

  private recheck(): void {
    for (const f of this.files) if (f.source.size) void this.check(f);
  }

  private async onFiles(list: FileList | null): Promise<void> {
    if (!list) return;
    for (const f of Array.from(list)) await this.addFile(f.name, f);
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    void this.onFiles(e.dataTransfer?.files ?? null);
  }

  private async download(file: CheckedFile): Promise<void> {
    if (!file.session) return;
    try {
      saveFile(this.renderRoot, await file.session.annotate(), annotatedName(file.name, file.legacyName !== undefined));
    } catch (error) {
      this.change(file, { error: errorText(error, this.lang) });
    }
  }

  private async exportFindings(file: CheckedFile, format: 'csv' | 'xlsx'): Promise<void> {
    if (!file.session) return;
    try {
      saveFile(this.renderRoot, await file.session.exportFindings(format), findingsName(file.name, format));
    } catch (error) {
      this.change(file, { error: errorText(error, this.lang) });
    }
  }

  private async focusFinding(file: CheckedFile, sheet: string, cell: string): Promise<void> {
    const grid = this.renderRoot.querySelector<MbSheetGrid>(`mb-sheet-grid[data-file="${file.id}"][data-sheet="${CSS.escape(sheet)}"]`);
    await grid?.focusCell(cell);
  }

  private readPasted(): void {
    try {
      const year = /^\d{4}$/.test(this.pastedYear) ? Number(this.pastedYear) : undefined;
      ({ plan: this.pastedPlan, nulLines: this.pastedNulLines, unread: this.pastedUnread } = readPastedPlanDetailed(this.pastedText, year));
      this.pasteError = '';
      this.planChoice = 'pasted';
      this.recheck();
    } catch (error) {
      this.pasteError = errorText(error, this.lang);
    }
  }

  private renderFile(file: CheckedFile) {
    const t = this.t;
    const legacy = file.legacyName;
    const done = file.report !== null && file.progress === null;
    return html`<section
      class="file"
      aria-labelledby=${`${file.id}-h`}
      @mb-finding-select=${(e: CustomEvent<{ finding: { sheet: string; cell: string } }>) => this.focusFinding(file, e.detail.finding.sheet, e.detail.finding.cell)}
      @mb-cell-select=${(e: CustomEvent<{ sheet: string; cell: string }>) => this.focusFinding(file, e.detail.sheet, e.detail.cell)}
      @mb-check-cancel=${() => this.cancel(file)}
    >
      <header>
        <h2 id=${`${file.id}-h`}>${file.name}${file.sample ? html`<span class="tag">${t.samples}</span>` : nothing}</h2>
        <div class="actions">
          ${
            done && (file.format === 'xlsx' || legacy)
              ? html`<button class="primary" type="button" @click=${() => void this.download(file)}>${t.download}</button>`
              : done && file.format === 'csv'
                ? html`<span class="hint">${t.downloadCsv}</span>`
                : nothing
          }
          ${
            done && file.report!.findings.length
              ? html`<button type="button" data-export="xlsx" @click=${() => void this.exportFindings(file, 'xlsx')}>${t.exportXlsx}</button>
                <button type="button" data-export="csv" @click=${() => void this.exportFindings(file, 'csv')}>${t.exportCsv}</button>
                <button type="button" data-print @click=${() => window.print()}>${t.print}</button>`
              : nothing
          }
          ${file.cancelled ? html`<button type="button" @click=${() => void this.check(file)}>${t.checkAgain}</button>` : nothing}
          <button type="button" @click=${() => this.removeFile(file)} aria-label=${`${t.removeFile} ${file.name}`}>${t.removeFile}</button>
        </div>
      </header>
      <mb-check-progress .progress=${file.progress} lang=${this.lang}></mb-check-progress>
      ${file.cancelled ? html`<p class="hint" role="status">${t.cancelled}</p>` : nothing}
      ${done && legacy ? html`<p class="converted">${reportLabels(this.lang).convertedCopy(legacy)}</p>` : nothing}
      ${file.error ? html`<p class="error" role="alert">${t.fileError(file.name)}${file.error}</p>` : nothing}
      ${file.warnings.map((w) => html`<p class="warn">${w}</p>`)}
      ${
        file.views.length && file.progress === null
          ? html`<div class="layout">
            <div class="sheets">
              ${file.views
                .filter((v) => v.hasData)
                .map(
                  (v) => html`<h3>${t.sheetGrid(v.sheet)}</h3>
                  <mb-sheet-grid data-file=${file.id} data-sheet=${v.sheet} .view=${v} .marks=${file.marks.get(v.sheet) ?? NO_MARKS} lang=${this.lang}></mb-sheet-grid>`,
                )}
            </div>
            <div class="results">
              <mb-check-results .report=${file.report} .locale=${this.lang} .gaugeCount=${file.gaugeCount} heading-level="3"></mb-check-results>
            </div>
          </div>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const t = this.t;
    const plans = seedPlans();
    return html`
      <header>
        <h1>${t.webTitle}</h1>
        <button type="button" lang=${this.lang === 'zh-CN' ? 'en' : 'zh-CN'} @click=${() => {
          this.lang = this.lang === 'zh-CN' ? 'en' : 'zh-CN';
          this.recheck();
        }}>${t.language}</button>
      </header>
      <p class="intro">${t.webIntro}</p>
      <p class="privacy">${t.privacy}</p>
      <div
        class="drop ${this.dragging ? 'over' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = true;
        }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <p>${t.dropHere}</p>
        <label for="file-input">${t.pickFiles}</label>
        <input id="file-input" type="file" multiple accept=${ACCEPT} @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          void this.onFiles(input.files).then(() => (input.value = ''));
        }} />
      </div>
      <div class="controls">
        <div>
          <label for="plan">${t.planLabel}</label>
          <select id="plan" @change=${(e: Event) => {
            this.planChoice = (e.target as HTMLSelectElement).value;
            this.recheck();
          }}>
            <option value="auto" ?selected=${this.planChoice === 'auto'}>${t.planAuto}</option>
            ${plans.map((p) => html`<option value=${p.name} ?selected=${this.planChoice === p.name}>${planLabelWithTitle(p, this.lang)}</option>`)}
            ${this.pastedPlan ? html`<option value="pasted" ?selected=${this.planChoice === 'pasted'}>${t.planPasted}：${planLabel(this.pastedPlan, this.lang)}</option>` : nothing}
          </select>
        </div>
        <div>
          <label for="as-of">${t.asOfLabel}</label>
          <input id="as-of" type="date" aria-describedby="as-of-hint" .value=${this.asOf} @change=${(e: Event) => {
            this.asOf = (e.target as HTMLInputElement).value;
            this.recheck();
          }} />
          <p class="hint" id="as-of-hint">${t.asOfHint}</p>
        </div>
        <div>
          <label for="paste">${t.pasteLabel}</label>
          <textarea id="paste" .value=${this.pastedText} @input=${(e: Event) => (this.pastedText = (e.target as HTMLTextAreaElement).value)}></textarea>
          <button type="button" @click=${() => this.readPasted()} ?disabled=${!this.pastedText.trim()}>${t.pasteUse}</button>
          ${this.pasteError ? html`<p class="error" role="alert">${this.pasteError}</p>` : this.pastedPlan ? html`<p class="hint">${t.pasteRead(this.pastedPlan.targets.length, planLabel(this.pastedPlan, this.lang), this.pastedPlan.undatedResultsLeftOut ?? 0, this.pastedNulLines, this.pastedUnread.length)}</p>${unreadFiguresDetails(this.pastedUnread, t)}` : nothing}
          ${
            this.pastedPlan && (this.pastedPlan.year === null || this.pastedYear)
              ? html`<label for="paste-year">${t.pasteYearLabel}</label>
                <input id="paste-year" inputmode="numeric" maxlength="4" aria-describedby="paste-year-hint" .value=${this.pastedYear}
                  @change=${(e: Event) => {
                    this.pastedYear = (e.target as HTMLInputElement).value.trim();
                    this.readPasted();
                  }} />
                <p class="hint" id="paste-year-hint">${t.pasteYearHint}</p>`
              : nothing
          }
        </div>
      </div>
      ${this.files.map((f) => this.renderFile(f))}
    `;
  }
}

customElements.get('mb-web-checker') ?? customElements.define('mb-web-checker', MbWebChecker);

declare global {
  interface HTMLElementTagNameMap {
    'mb-web-checker': MbWebChecker;
  }
}
