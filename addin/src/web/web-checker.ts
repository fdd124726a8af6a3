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
import { reportLabels, type Grid, type Plan, type Report } from '@mubiao/core';
import { LEGACY_EXTENSIONS, LEGACY_FORMAT_NAMES, annotateWorkbook, readSpreadsheet, type LegacyFormat, type SpreadsheetRead } from '@mubiao/xlsx';
import { HostError } from '../excel/errors.ts';
import { runCheck } from '../shared/check.ts';
import type { Locale } from '@mubiao/core';
import { marksFromReport, type CellMark } from '../shared/marks.ts';
import { readPastedPlan } from '../shared/pasted-plan.ts';
import { seedPlans } from '../shared/seed-plans.ts';
import '../ui/check-results.ts';
import { planLabel, planLabelWithTitle } from '@mubiao/core';
import { STRINGS } from '../ui/strings.ts';
import './sheet-grid.ts';
import { annotatedName } from './web-checker-names.ts';
import type { MbSheetGrid } from './sheet-grid.ts';

export interface CheckedFile {
  id: string;
  name: string;
  bytes: Uint8Array;
  format: SpreadsheetRead['format'] | null;
  grids: Grid[];
  /** Column widths of a legacy file, for its converted copy. */
  columnWidths?: SpreadsheetRead['columnWidths'];
  warnings: string[];
  report: Report | null;
  marks: CellMark[];
  error: string | null;
  sample: boolean;
}

let nextId = 1;

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

function errorText(error: unknown, locale: Locale): string {
  if (error instanceof HostError) return error.text(locale);
  return (error as Error)?.message ?? String(error);
}

/** The legacy format's name when the file's annotated copy must be a new .xlsx (not for CSV, which gets none). */
function legacyFormatName(file: CheckedFile): string | undefined {
  return file.format && file.format in LEGACY_FORMAT_NAMES ? LEGACY_FORMAT_NAMES[file.format as LegacyFormat] : undefined;
}

function hasData(grid: Grid): boolean {
  return grid.cells.some((row) => row?.some((c) => c && (c.text !== '' || c.value !== null)));
}

export class MbWebChecker extends LitElement {
  static override styles = css`
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
  `;

  @property({ reflect: true }) override lang: Locale = 'zh-CN';
  /** URLs of sample workbooks to load at start (the seeded sheets). */
  @property({ attribute: false }) samples: { name: string; url: string }[] = [];
  @state() files: CheckedFile[] = [];
  @state() private planChoice = 'auto';
  @state() private pastedText = '';
  @state() private pastedPlan: Plan | null = null;
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
        await this.addFile(sample.name, new Uint8Array(await response.arrayBuffer()), true);
      } catch (error) {
        this.files = [...this.files, this.failed(sample.name, new Uint8Array(), error, true)];
      }
    }
  }

  private failed(name: string, bytes: Uint8Array, error: unknown, sample: boolean): CheckedFile {
    return { id: `f${nextId++}`, name, bytes, format: null, grids: [], warnings: [], report: null, marks: [], error: errorText(error, this.lang), sample };
  }

  /** Reads and checks one file; a bad file shows its reason and never stops the others. */
  async addFile(name: string, bytes: Uint8Array, sample = false): Promise<CheckedFile> {
    let file: CheckedFile;
    try {
      const read = await readSpreadsheet(bytes, name);
      file = { id: `f${nextId++}`, name, bytes, format: read.format, grids: read.sheets, warnings: read.warnings, report: null, marks: [], error: null, sample };
      if (read.columnWidths) file.columnWidths = read.columnWidths;
      this.check(file);
    } catch (error) {
      file = this.failed(name, bytes, error, sample);
    }
    this.files = [...this.files.filter((f) => !(f.sample && f.name === name && !sample)), file];
    return file;
  }

  private plansChosen(): Plan[] | undefined {
    if (this.planChoice === 'auto') return undefined;
    if (this.planChoice === 'pasted') return this.pastedPlan ? [this.pastedPlan] : [];
    const plan = seedPlans().find((p) => p.name === this.planChoice);
    return plan ? [plan] : [];
  }

  private check(file: CheckedFile): void {
    if (!file.grids.length) return;
    try {
      const plans = this.plansChosen();
      file.report = runCheck(file.grids, seedPlans(), { locale: this.lang, ...(this.asOf ? { asOf: this.asOf } : {}), ...(plans ? { plans } : {}) });
      file.marks = marksFromReport(file.report, this.lang);
      file.error = null;
    } catch (error) {
      file.report = null;
      file.marks = [];
      file.error = errorText(error, this.lang);
    }
  }

  private recheck(): void {
    this.files = this.files.map((f) => {
      const copy = { ...f };
      this.check(copy);
      return copy;
    });
  }

  private async onFiles(list: FileList | null): Promise<void> {
    if (!list) return;
    for (const f of Array.from(list)) {
      try {
        await this.addFile(f.name, new Uint8Array(await f.arrayBuffer()));
      } catch (error) {
        this.files = [...this.files, this.failed(f.name, new Uint8Array(), error, false)];
      }
    }
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    void this.onFiles(e.dataTransfer?.files ?? null);
  }

  private async download(file: CheckedFile): Promise<void> {
    const converted = legacyFormatName(file) !== undefined;
    // The writer of new workbooks is fetched with the legacy reader's files, not on the first load.
    const bytes = converted
      ? (await import('@mubiao/xlsx/converted-copy')).convertedCopy({ sheets: file.grids, ...(file.columnWidths ? { columnWidths: file.columnWidths } : {}) }, file.marks, file.name)
      : annotateWorkbook(file.bytes, file.marks, { fileName: file.name });
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = annotatedName(file.name, converted);
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async focusFinding(file: CheckedFile, sheet: string, cell: string): Promise<void> {
    const grid = this.renderRoot.querySelector<MbSheetGrid>(`mb-sheet-grid[data-file="${file.id}"][data-sheet="${CSS.escape(sheet)}"]`);
    await grid?.focusCell(cell);
  }

  private readPasted(): void {
    try {
      const year = /^\d{4}$/.test(this.pastedYear) ? Number(this.pastedYear) : undefined;
      this.pastedPlan = readPastedPlan(this.pastedText, year);
      this.pasteError = '';
      this.planChoice = 'pasted';
      this.recheck();
    } catch (error) {
      this.pasteError = errorText(error, this.lang);
    }
  }

  private renderFile(file: CheckedFile) {
    const t = this.t;
    const marksBySheet = (sheet: string) => file.marks.filter((m) => m.sheet === sheet);
    const legacy = legacyFormatName(file);
    return html`<section
      class="file"
      aria-labelledby=${`${file.id}-h`}
      @mb-finding-select=${(e: CustomEvent<{ finding: { sheet: string; cell: string } }>) => this.focusFinding(file, e.detail.finding.sheet, e.detail.finding.cell)}
      @mb-cell-select=${(e: CustomEvent<{ sheet: string; cell: string }>) => this.focusFinding(file, e.detail.sheet, e.detail.cell)}
    >
      <header>
        <h2 id=${`${file.id}-h`}>${file.name}${file.sample ? html`<span class="tag">${t.samples}</span>` : nothing}</h2>
        <div class="actions">
          ${file.report && (file.format === 'xlsx' || legacy)
            ? html`<button class="primary" type="button" @click=${() => void this.download(file)}>${t.download}</button>`
            : file.format === 'csv'
              ? html`<span class="hint">${t.downloadCsv}</span>`
              : nothing}
          <button type="button" @click=${() => (this.files = this.files.filter((f) => f !== file))} aria-label=${`${t.removeFile} ${file.name}`}>${t.removeFile}</button>
        </div>
      </header>
      ${file.report && legacy ? html`<p class="converted">${reportLabels(this.lang).convertedCopy(legacy)}</p>` : nothing}
      ${file.error ? html`<p class="error" role="alert">${t.fileError(file.name)}${file.error}</p>` : nothing}
      ${file.warnings.map((w) => html`<p class="warn">${w}</p>`)}
      ${file.grids.length
        ? html`<div class="layout">
            <div>
              ${file.grids.filter(hasData).map(
                (g) => html`<h3>${t.sheetGrid(g.sheet)}</h3>
                  <mb-sheet-grid data-file=${file.id} data-sheet=${g.sheet} .grid=${g} .marks=${marksBySheet(g.sheet)} lang=${this.lang}></mb-sheet-grid>`,
              )}
            </div>
            <div>
              <mb-check-results .report=${file.report} .locale=${this.lang} heading-level="3"></mb-check-results>
            </div>
          </div>`
        : nothing}
    </section>`;
  }

  override render() {
    const t = this.t;
    const plans = seedPlans();
    return html`
      <header>
        <h1>${t.webTitle}</h1>
        <button type="button" lang=${this.lang === 'zh-CN' ? 'en' : 'zh-CN'} @click=${() => { this.lang = this.lang === 'zh-CN' ? 'en' : 'zh-CN'; this.recheck(); }}>${t.language}</button>
      </header>
      <p class="intro">${t.webIntro}</p>
      <p class="privacy">${t.privacy}</p>
      <div
        class="drop ${this.dragging ? 'over' : ''}"
        @dragover=${(e: DragEvent) => { e.preventDefault(); this.dragging = true; }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <p>${t.dropHere}</p>
        <label for="file-input">${t.pickFiles}</label>
        <input id="file-input" type="file" multiple accept=${ACCEPT} @change=${(e: Event) => { const input = e.target as HTMLInputElement; void this.onFiles(input.files).then(() => (input.value = '')); }} />
      </div>
      <div class="controls">
        <div>
          <label for="plan">${t.planLabel}</label>
          <select id="plan" @change=${(e: Event) => { this.planChoice = (e.target as HTMLSelectElement).value; this.recheck(); }}>
            <option value="auto" ?selected=${this.planChoice === 'auto'}>${t.planAuto}</option>
            ${plans.map((p) => html`<option value=${p.name} ?selected=${this.planChoice === p.name}>${planLabelWithTitle(p, this.lang)}</option>`)}
            ${this.pastedPlan ? html`<option value="pasted" ?selected=${this.planChoice === 'pasted'}>${t.planPasted}：${planLabel(this.pastedPlan, this.lang)}</option>` : nothing}
          </select>
        </div>
        <div>
          <label for="as-of">${t.asOfLabel}</label>
          <input id="as-of" type="date" aria-describedby="as-of-hint" .value=${this.asOf} @change=${(e: Event) => { this.asOf = (e.target as HTMLInputElement).value; this.recheck(); }} />
          <p class="hint" id="as-of-hint">${t.asOfHint}</p>
        </div>
        <div>
          <label for="paste">${t.pasteLabel}</label>
          <textarea id="paste" .value=${this.pastedText} @input=${(e: Event) => (this.pastedText = (e.target as HTMLTextAreaElement).value)}></textarea>
          <button type="button" @click=${() => this.readPasted()} ?disabled=${!this.pastedText.trim()}>${t.pasteUse}</button>
          ${this.pasteError ? html`<p class="error" role="alert">${this.pasteError}</p>` : this.pastedPlan ? html`<p class="hint">${t.pasteRead(this.pastedPlan.targets.length, planLabel(this.pastedPlan, this.lang))}</p>` : nothing}
          ${this.pastedPlan && (this.pastedPlan.year === null || this.pastedYear)
            ? html`<label for="paste-year">${t.pasteYearLabel}</label>
                <input id="paste-year" inputmode="numeric" maxlength="4" aria-describedby="paste-year-hint" .value=${this.pastedYear}
                  @change=${(e: Event) => { this.pastedYear = (e.target as HTMLInputElement).value.trim(); this.readPasted(); }} />
                <p class="hint" id="paste-year-hint">${t.pasteYearHint}</p>`
            : nothing}
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
