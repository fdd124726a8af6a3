/**
 * <mb-taskpane>: the add-in's pane. Pick a seeded plan (or paste one), an as-of date, press
 * 校验; the workbook is read, checked and marked in place; the findings, gauges and matrix show
 * below, and choosing a finding selects its cell in Excel.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Plan, Report, Locale, UnreadFigure } from '@mubiao/core';
import { limitations } from '../excel/capabilities.ts';
import { FINDINGS_SHEET_NAMES } from '../excel/read.ts';
import { errorText, NOTHING_WRITTEN, protectedSheet } from '../excel/errors.ts';
import type { WriteResult } from '../excel/write.ts';
import { CheckCancelled, CheckClient } from '../shared/check-client.ts';
import type { CheckProgress } from '../shared/check-protocol.ts';
import { loadPastedPlan, readPastedPlanDetailed, savePastedText } from '../shared/pasted-plan.ts';
import { seedPlans } from '../shared/seed-plans.ts';
import { LAST_ERROR_KEY } from '../excel/mark-state.ts';
import '../ui/check-progress.ts';
import '../ui/check-results.ts';
import { planLabel, planLabelWithTitle } from '@mubiao/core';
import { excelTextValue, findingsTable, type FindingsTable } from '../shared/findings-table.ts';
import { STRINGS } from '../ui/strings.ts';
import { unreadFiguresDetails, unreadFiguresStyles } from '../ui/unread-figures.ts';
import { srStyles } from '../ui/sr.ts';
import type { PaneHost } from './excel-host.ts';

type Status = { kind: 'info' | 'ok' | 'error'; text: string } | null;

/** The findings sheet's rows, each text as Excel's range.values keeps it text (never a formula). */
export function findingsSheetRows(report: Report, locale: Locale): FindingsTable {
  const { header, rows } = findingsTable(report.findings, locale);
  return { header, rows: rows.map((row) => row.map(excelTextValue)) };
}

export class MbTaskpane extends LitElement {
  static override styles = [
    css`
    :host { display: block; font: 14px/1.5 system-ui, 'Microsoft YaHei', 'PingFang SC', sans-serif; color: var(--mb-color-text, #1f2328); padding: 0.75rem; }
    header { display: flex; align-items: baseline; justify-content: space-between; gap: 0.5rem; }
    h1 { font-size: 1.25rem; margin: 0; }
    .sub { margin: 0.125rem 0 0.75rem; color: var(--mb-color-muted, #57606a); }
    label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
    select, input[type='date'], textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 0.3rem; border: 1px solid #8c959f; border-radius: 4px; }
    textarea { min-height: 5rem; resize: vertical; }
    .hint { font-size: 0.8125rem; color: var(--mb-color-muted, #57606a); margin: 0.25rem 0; }
    .row { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: center; margin-top: 0.75rem; }
    .check { font-weight: normal; display: flex; gap: 0.375rem; align-items: center; margin: 0.5rem 0 0; }
    button { font: inherit; padding: 0.375rem 0.875rem; border-radius: 4px; border: 1px solid #8c959f; background: #f6f8fa; cursor: pointer; }
    button.primary { background: #b22222; border-color: #8f1b1b; color: #fff; font-weight: 600; }
    button:disabled { opacity: 0.6; cursor: progress; }
    button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
    .lang { padding: 0.125rem 0.5rem; font-size: 0.8125rem; }
    .status { margin: 0.75rem 0 0; padding: 0.5rem 0.625rem; border-radius: 4px; border-left: 4px solid; }
    .status.info { border-color: #0969da; background: #ddf4ff; }
    .status.ok { border-color: #1a7f37; background: #dafbe1; }
    .status.error { border-color: #b42318; background: #ffebe9; }
    details { margin-top: 0.75rem; font-size: 0.875rem; }
    details li { margin: 0.25rem 0; }
    details.paste > summary { font-weight: 600; cursor: pointer; }
  `,
    unreadFiguresStyles,
    srStyles,
  ];

  @property({ attribute: false }) host: PaneHost | null = null;
  @property({ reflect: true }) override lang: Locale = 'zh-CN';
  @state() private planChoice = 'auto';
  @state() private pastedText = '';
  @state() private pastedPlan: Plan | null = null;
  /** The pasted text's figures read as no target or result (core's unreadFigures), listed under the paste. */
  @state() private pastedUnread: UnreadFigure[] = [];
  /** Empty: each sheet's own period columns decide (never today). */
  @state() private asOf = '';
  @state() private withFindingsSheet = false;
  @state() private busy: 'validate' | 'clear' | null = null;
  @state() private status: Status = null;
  @state() private notes: string[] = [];
  @state() private report: Report | null = null;
  @state() private marked = 0;
  @state() private gaugeCount = -1;
  /** While a pass runs: how far it is. */
  @state() private progress: CheckProgress | null = null;
  /** Cancel was pressed during the pass running now. */
  private cancelRequested = false;
  private session: CheckClient | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('mb-finding-select', (e) => {
      const f = (e as CustomEvent<{ finding: { sheet: string; cell: string } }>).detail.finding;
      void this.select(f.sheet, f.cell);
    });
    this.addEventListener('mb-cell-select', (e) => {
      const d = (e as CustomEvent<{ sheet: string; cell: string }>).detail;
      void this.select(d.sheet, d.cell);
    });
  }

  protected override firstUpdated(): void {
    const settings = this.host?.settings;
    if (!settings) return;
    const kept = loadPastedPlan(settings);
    if (kept && 'unreadable' in kept) {
      // Said, not dropped: the text stays in the box to be mended, and the plan choice falls back to auto.
      this.pastedText = kept.text;
      this.status = { kind: 'error', text: `${this.t.keptPasteUnreadable} ${errorText(kept.unreadable, this.lang)}` };
    } else if (kept) {
      this.pastedPlan = kept.plan;
      this.pastedUnread = kept.unread;
      this.pastedText = kept.text;
      this.planChoice = 'pasted';
      // What the reader said when the text was pasted, said again when it has something to tell (it was lost on reopening):
      // stray NULs left out, or figures read as no target or result.
      if (kept.nulLines.length > 0 || kept.unread.length > 0) {
        this.status = {
          kind: 'ok',
          text: this.t.pasteRead(
            kept.plan.targets.length,
            planLabel(kept.plan, this.lang),
            kept.plan.undatedResultsLeftOut ?? 0,
            kept.nulLines,
            kept.unread.length,
          ),
        };
      }
    }
    const lastError = settings.get(LAST_ERROR_KEY);
    if (typeof lastError === 'string') {
      try {
        const e = JSON.parse(lastError) as { zh: string; en: string };
        if (this.status) this.notes = [this.status.text];
        this.status = { kind: 'error', text: `${this.t.lastCommandError} ${this.lang === 'zh-CN' ? e.zh : e.en}` };
      } catch {
        /* ignore a malformed record */
      }
    }
  }

  private get t() {
    return STRINGS[this.lang];
  }

  private async select(sheet: string, cell: string): Promise<void> {
    try {
      await this.host?.selectCell(sheet, cell);
    } catch (error) {
      this.fail(error);
    }
  }

  /** A problem in words; `beforeWriting` adds that the workbook was left untouched. */
  private fail(error: unknown, beforeWriting = false): void {
    const text = errorText(error, this.lang);
    const untouched = beforeWriting ? ` ${this.lang === 'zh-CN' ? NOTHING_WRITTEN.zh : NOTHING_WRITTEN.en}` : '';
    this.status = { kind: 'error', text: text + untouched };
  }

  private plansChosen(): Plan[] | undefined {
    if (this.planChoice === 'auto') return undefined;
    if (this.planChoice === 'pasted') return this.pastedPlan ? [this.pastedPlan] : [];
    const plan = seedPlans().find((p) => p.name === this.planChoice);
    return plan ? [plan] : [];
  }

  private async readPasted(): Promise<void> {
    try {
      const { plan, nulLines, unread } = readPastedPlanDetailed(this.pastedText);
      this.pastedPlan = plan;
      this.pastedUnread = unread;
      this.planChoice = 'pasted';
      if (this.host) await savePastedText(this.host.settings, this.pastedText.trim());
      this.status = {
        kind: 'ok',
        text: this.t.pasteRead(plan.targets.length, planLabel(plan, this.lang), plan.undatedResultsLeftOut ?? 0, nulLines, unread.length),
      };
    } catch (error) {
      this.fail(error);
    }
  }

  private async forgetPasted(): Promise<void> {
    this.pastedPlan = null;
    this.pastedUnread = [];
    this.pastedText = '';
    if (this.planChoice === 'pasted') this.planChoice = 'auto';
    if (this.host) await savePastedText(this.host.settings, null);
  }

  /**
   * Read (Office.js, on this thread), check (in a worker where the host allows one), mark (Office.js).
   * Cancel before the marks are written leaves the workbook untouched; once writing has begun the
   * pass finishes and is taken back at once by Clear, which restores every cell it touched.
   */
  async validate(): Promise<void> {
    const host = this.host;
    if (!host || this.busy) return;
    this.busy = 'validate';
    this.cancelRequested = false;
    this.status = { kind: 'info', text: this.t.validating };
    this.notes = [];
    let writing = false;
    try {
      this.progress = { phase: 'reading', done: 0, total: 0, unit: 'rows' };
      const grids = await host.readGrids();
      if (this.cancelRequested) throw new CheckCancelled();
      const plans = this.plansChosen();
      const session = (this.session = CheckClient.open());
      await session.putGrids(grids);
      const { report, marks, gaugeCount } = await session.check(
        { locale: this.lang, ...(this.asOf ? { asOf: this.asOf } : {}), ...(plans ? { plans } : {}) },
        false,
        (p) => (this.progress = p),
      );
      session.cancel();
      // Say which sheet is protected before anything is written (the writer checks again).
      const locked = grids.find((g) => g.protected && marks.some((m) => m.sheet === g.sheet));
      if (locked) throw protectedSheet(locked.sheet);
      const sheet = this.withFindingsSheet ? { name: FINDINGS_SHEET_NAMES[this.lang], ...findingsSheetRows(report, this.lang) } : null;
      if (this.cancelRequested) throw new CheckCancelled();
      writing = true;
      this.progress = { phase: 'marking', done: 0, total: marks.length, unit: 'cells' };
      const written: WriteResult = await host.writeMarks(marks, { findingsSheet: sheet });
      if (this.cancelRequested) return await this.takeBack();
      this.report = report;
      this.gaugeCount = gaugeCount;
      this.marked = marks.length;
      this.status = { kind: report.valid ? 'ok' : 'info', text: this.t.wroteMarks(marks.length) };
      const notes: string[] = [];
      if (written.skippedExplanations.length) notes.push(this.t.skippedNotes(written.skippedExplanations.length));
      if (written.keptUserFills.length) notes.push(this.t.keptFills(written.keptUserFills.length));
      if (written.overRecordLimit) notes.push(this.t.overRecordLimit(written.overRecordLimit));
      const headerless = (report.sheets ?? []).filter((s) => s.shape === 'none').map((s) => s.sheet);
      if (headerless.length) notes.push(this.t.headerless(headerless.join(this.lang === 'zh-CN' ? '、' : ', ')));
      this.notes = notes;
    } catch (error) {
      if (error instanceof CheckCancelled) this.status = { kind: 'info', text: this.t.cancelled };
      else this.fail(error, !writing);
    } finally {
      this.session?.cancel();
      this.session = null;
      this.progress = null;
      this.busy = null;
    }
  }

  /** Cancel: stops the check at once (the worker is ended); a write under way is finished and then cleared. */
  cancel(): void {
    if (this.busy !== 'validate') return;
    this.cancelRequested = true;
    this.session?.cancel();
  }

  /** A pass cancelled while it wrote: Clear takes it back (the rollback journal and record know every touched cell). */
  private async takeBack(): Promise<void> {
    await this.host!.clearMarks();
    this.report = null;
    this.marked = 0;
    this.status = { kind: 'info', text: this.t.cancelledAfterWrite };
  }

  async clear(): Promise<void> {
    const host = this.host;
    if (!host || this.busy) return;
    this.busy = 'clear';
    try {
      await host.clearMarks();
      this.report = null;
      this.marked = 0;
      this.notes = [];
      this.status = { kind: 'ok', text: this.t.cleared };
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = null;
    }
  }

  override render() {
    const t = this.t;
    if (!this.host) return html`<p class="status error" role="alert">${t.notInExcel}</p>`;
    const cannot = limitations(this.host.capabilities);
    const plans = seedPlans();
    return html`
      <header>
        <h1>${t.title}</h1>
        <button class="lang" type="button" lang=${this.lang === 'zh-CN' ? 'en' : 'zh-CN'} @click=${() => (this.lang = this.lang === 'zh-CN' ? 'en' : 'zh-CN')}>${t.language}</button>
      </header>
      <p class="sub">${t.subtitle}</p>

      <label for="plan">${t.planLabel}</label>
      <select id="plan" .value=${this.planChoice} @change=${(e: Event) => (this.planChoice = (e.target as HTMLSelectElement).value)}>
        <option value="auto" ?selected=${this.planChoice === 'auto'}>${t.planAuto}</option>
        ${plans.map((p) => html`<option value=${p.name} ?selected=${this.planChoice === p.name}>${planLabelWithTitle(p, this.lang)}</option>`)}
        ${this.pastedPlan ? html`<option value="pasted" ?selected=${this.planChoice === 'pasted'}>${t.planPasted}: ${planLabelWithTitle(this.pastedPlan, this.lang)}</option>` : nothing}
      </select>

      <details class="paste" ?open=${this.pastedPlan !== null || this.pastedText !== ''}>
        <summary>${t.pasteLabel}</summary>
        <label for="paste" class="sr">${t.pasteLabel}</label>
        <textarea id="paste" .value=${this.pastedText} @input=${(e: Event) => (this.pastedText = (e.target as HTMLTextAreaElement).value)}></textarea>
        <p class="hint">${t.pasteHint}</p>
        <div class="row">
          <button type="button" @click=${() => this.readPasted()} ?disabled=${!this.pastedText.trim()}>${t.pasteUse}</button>
          ${this.pastedPlan ? html`<button type="button" @click=${() => this.forgetPasted()}>${t.pasteForget}</button>` : nothing}
        </div>
        ${this.pastedPlan ? unreadFiguresDetails(this.pastedUnread, t) : nothing}
      </details>

      <label for="as-of">${t.asOfLabel}</label>
      <input id="as-of" type="date" aria-describedby="as-of-hint" .value=${this.asOf} @change=${(e: Event) => (this.asOf = (e.target as HTMLInputElement).value)} />
      <p class="hint" id="as-of-hint">${t.asOfHint}</p>
      <label class="check"><input type="checkbox" .checked=${this.withFindingsSheet} @change=${(e: Event) => (this.withFindingsSheet = (e.target as HTMLInputElement).checked)} />${t.findingsSheet}</label>

      <div class="row">
        <button class="primary" type="button" @click=${() => this.validate()} ?disabled=${this.busy !== null}>${this.busy === 'validate' ? t.validating : t.validate}</button>
        <button type="button" @click=${() => this.clear()} ?disabled=${this.busy !== null}>${this.busy === 'clear' ? t.clearing : t.clear}</button>
      </div>

      <mb-check-progress .progress=${this.progress} lang=${this.lang} @mb-check-cancel=${() => this.cancel()}></mb-check-progress>
      ${this.status ? html`<p class="status ${this.status.kind}" role=${this.status.kind === 'error' ? 'alert' : 'status'}>${this.status.text}</p>` : nothing}
      ${this.notes.map((n) => html`<p class="hint">${n}</p>`)}
      ${
        cannot.length
          ? html`<details class="limits" ?open=${cannot.some((c) => c.requirement === 'ExcelApi 1.6')}>
            <summary>${t.hostCannot} ${cannot.length}</summary>
            <ul>${cannot.map((c) => html`<li>${this.lang === 'zh-CN' ? c.zh : c.en} <small>(${c.requirement})</small></li>`)}</ul>
          </details>`
          : nothing
      }

      <mb-check-results .report=${this.report} .locale=${this.lang} .marked=${this.marked} .gaugeCount=${this.gaugeCount}></mb-check-results>
    `;
  }
}

customElements.get('mb-taskpane') ?? customElements.define('mb-taskpane', MbTaskpane);

declare global {
  interface HTMLElementTagNameMap {
    'mb-taskpane': MbTaskpane;
  }
}
