import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Finding, Report, Severity } from '@mubiao/core';
import { SEVERITIES, SEVERITY_ICON, severityCounts, severityWord } from '@mubiao/core/vocab/severity';
import { LocaleController, wordsFor } from '../shared/locale.ts';
import { codeLabel } from '@mubiao/core/validate/code-labels';
import { planLabel } from '@mubiao/core/vocab/plan-label';
import { findingsListStrings, type FindingsListStrings } from './findings-list.strings.ts';
import {
  codesOf,
  filterCounts,
  groupFindings,
  isSeverity,
  matchesFilter,
  severityTotals,
  type FindingFilter,
  type SheetGroup,
} from './findings-model.ts';
import { describe, jsonAttribute, warnOnce } from '../shared/warn.ts';
import { findingsListStyles } from './findings-list.styles.ts';

export interface FindingSelectDetail {
  finding: Finding;
}


/**
 * @summary A validation report as a list: grouped by sheet, then error / warning / info, each
 * finding with its cell, type, what the plan asks against what the sheet says, the explanation and
 * the plan sentence it comes from. Choosing a finding emits `mb-finding-select`.
 *
 * @tag mb-findings-list
 *
 * @attr {'error'|'warning'|'info'|''} severity - Show only findings of this severity ('' = all).
 * @attr {string} code - Show only findings with this code, e.g. "shortfall" ('' = all).
 * @attr {number} heading-level - ARIA level of the sheet headings (severity headings are one
 *   deeper); default 3.
 * @attr {string} lang - Locale (zh-CN default, en); else inherited from ancestors or the document.
 *
 * @prop {Report | null} report - The validation report (model `Report`); also a JSON attribute,
 *   for pages without a script of their own. With no report the
 *   element says so; with an empty one it shows "未发现问题" and the valid summary.
 *
 * @event {CustomEvent<FindingSelectDetail>} mb-finding-select - A finding was chosen (click,
 *   Enter or Space); `detail.finding` is the finding, e.g. for a host to select its cell.
 * @event {CustomEvent<{ severity: string; code: string }>} mb-filter-change - The user changed a filter.
 *
 * @csspart summary - The one-line result ("校验通过…" / "未通过校验…").
 * @csspart filters - The row of filter controls.
 * @csspart severity-filter - Each severity filter button.
 * @csspart code-filter - The finding-type <select>.
 * @csspart sheet - One sheet's group.
 * @csspart finding - One finding (list item).
 * @csspart finding-button - The focusable button of a finding.
 * @csspart quote - The plan sentence (<blockquote>).
 * @csspart empty - The empty-state message.
 *
 * @cssproperty --mb-color-short - Error findings.
 * @cssproperty --mb-color-at-risk - Warnings.
 * @cssproperty --mb-color-none - Info findings.
 * @cssproperty --mb-color-met - The valid summary.
 */
export class MbFindingsList extends LitElement {
  static override styles = findingsListStyles;

  // Reactive properties as a static table: smaller than decorators once built.
  static override properties = {
    report: { converter: jsonAttribute('mb-findings-list', 'report', 'object') },
    severity: { reflect: true },
    code: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    lang: { reflect: true },
    activeIndex: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  report: Report | null = null;
  severity: Severity | '' = '';
  code = '';
  headingLevel = 3;
  /** Locale: 'zh-CN' (default) or 'en'; empty inherits from the closest ancestor's lang, then the document. */
  declare lang: string;

  /** Index (among the shown findings) of the one holding the roving tabindex. */
  private activeIndex = 0;
  private announcement = '';

  readonly #localeController = new LocaleController(this);
  #focusAfterRender = false;

  get #strings(): FindingsListStrings {
    return wordsFor(this.#localeController.locale, 'findingsList', findingsListStrings['zh-CN']);
  }

  get #filter(): FindingFilter {
    return { severity: isSeverity(this.severity) ? this.severity : '', code: this.code ?? '' };
  }

  /** The report's findings; a malformed report is reported once and shows as empty. */
  get #allFindings(): Finding[] {
    const findings: unknown = this.report?.findings;
    if (findings == null) return [];
    if (!Array.isArray(findings)) {
      warnOnce(this, 'report', `report.findings must be an array, got ${describe(findings)}`);
      return [];
    }
    return findings
      .filter((finding): finding is Finding => typeof finding === 'object' && finding !== null)
      .map((finding) => (isSeverity(finding.severity) ? finding : { ...finding, severity: 'info' }));
  }

  /** The findings the filters leave, in display order (the order arrow keys walk). */
  get shownFindings(): Finding[] {
    const filter = this.#filter;
    return groupFindings(this.#allFindings.filter((finding) => matchesFilter(finding, filter))).flatMap((sheet) =>
      sheet.severities.flatMap((group) => group.findings),
    );
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) this.activeIndex = 0;
  }

  override updated(): void {
    const select = this.renderRoot.querySelector('select');
    if (select && select.value !== this.#filter.code) select.value = this.#filter.code;
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      this.#findingButtons()[this.activeIndex]?.focus();
    }
  }

  override render(): TemplateResult {
    const s = this.#strings;
    if (!this.report) {
      return html`<p class="empty" part="empty">${s.noReport}</p>`;
    }
    const all = this.#allFindings;
    const filter = this.#filter;
    const shown = all.filter((finding) => matchesFilter(finding, filter));
    const groups = groupFindings(shown);
    const activeIndex = Math.min(this.activeIndex, Math.max(0, shown.length - 1));
    let position = 0;
    return html`
      ${this.#renderSummary(s, all)}
      ${all.length === 0
        ? html`<p class="empty" part="empty">${s.empty}</p>`
        : html`
            ${this.#renderFilters(s, all, filter)}
            ${shown.length === 0 ? html`<p class="empty" part="empty">${s.emptyFiltered}</p>` : nothing}
            ${groups.map((group) =>
              this.#renderSheet(s, group, () => {
                const index = position;
                position += 1;
                return index === activeIndex ? 0 : -1;
              }),
            )}
          `}
      <p class="sr-only" aria-live="polite">${this.announcement}</p>
    `;
  }

  #renderSummary(s: FindingsListStrings, all: Finding[]): TemplateResult {
    const totals = severityTotals(all);
    const valid = this.report?.valid ?? totals.error === 0;
    const locale = this.#localeController.locale;
    return html`<p class="summary ${valid ? 'valid' : 'invalid'}" part="summary">
      <span aria-hidden="true">${valid ? '✓' : '✕'}</span>
      ${valid ? s.valid : s.invalid}${s.colon}${severityCounts(totals, locale)}
    </p>`;
  }

  #renderFilters(s: FindingsListStrings, all: Finding[], filter: FindingFilter): TemplateResult {
    const locale = this.#localeController.locale;
    const counts = filterCounts(all, filter);
    const codes = codesOf(all);
    const options: (Severity | '')[] = ['', ...SEVERITIES];
    return html`<div class="filters" part="filters">
      <div class="severity-filter" role="group" aria-label=${s.severityFilter}>
        ${options.map(
          (option) =>
            html`<button
              type="button"
              part="severity-filter"
              class="chip ${option}"
              aria-pressed=${filter.severity === option ? 'true' : 'false'}
              data-severity=${option}
              @click=${() => this.#setFilter({ ...filter, severity: option })}
            >
              ${option ? html`<span aria-hidden="true">${SEVERITY_ICON[option]}</span> ` : nothing}${option
                ? severityWord(option, locale)
                : s.all}
              <span class="count">(${counts.severity[option]})</span>
            </button>`,
        )}
      </div>
      <label class="code-filter">
        <span>${s.codeFilter}</span>
        <select part="code-filter" @change=${this.#onCodeChange}>
          <option value="" ?selected=${!filter.code}>${s.allCodes} (${counts.codeTotal})</option>
          ${filter.code && !codes.includes(filter.code)
            ? html`<option value=${filter.code} selected>${codeLabel(filter.code, locale)} (0)</option>`
            : nothing}
          ${codes.map(
            (code) =>
              html`<option value=${code} ?selected=${filter.code === code}>
                ${codeLabel(code, locale)} (${counts.code.get(code) ?? 0})
              </option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  #renderSheet(s: FindingsListStrings, group: SheetGroup, nextTabindex: () => number): TemplateResult {
    const locale = this.#localeController.locale;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel || 3)));
    return html`<section class="sheet" part="sheet">
      <div role="heading" aria-level=${level} class="sheet-heading">
        ${this.#groupHeading(s, group)} <span class="count">(${s.count(group.count)})</span>
      </div>
      ${group.severities.map(
        (severityGroup) => html`
          <div role="heading" aria-level=${Math.min(6, level + 1)} class="severity-heading ${severityGroup.severity}">
            <span aria-hidden="true">${SEVERITY_ICON[severityGroup.severity]}</span>
            ${severityWord(severityGroup.severity, locale)}
            <span class="count">(${s.count(severityGroup.findings.length)})</span>
          </div>
          <ul class="findings">
            ${severityGroup.findings.map((finding) => this.#renderFinding(s, finding, nextTabindex()))}
          </ul>
        `,
      )}
    </section>`;
  }

  /** Plan-against-plan findings carry their plan as `sheet`, an empty cell and a `subject`. */
  #groupHeading(s: FindingsListStrings, group: SheetGroup): string {
    const first = group.severities[0]?.findings[0];
    const subject = first?.subject;
    if (subject && !first.cell && subject.plan === group.sheet) {
      return planLabel(subject, this.#localeController.locale);
    }
    return s.sheetHeading(group.sheet);
  }

  #renderFinding(s: FindingsListStrings, finding: Finding, tabindex: number): TemplateResult {
    const locale = this.#localeController.locale;
    const target = finding.target;
    return html`<li class="finding ${finding.severity}" part="finding" @click=${this.#onItemClick}>
      <button
        type="button"
        part="finding-button"
        class="finding-button"
        tabindex=${tabindex}
        @click=${(event: Event) => {
          event.stopPropagation();
          this.#select(finding, event.currentTarget as HTMLElement);
        }}
        @keydown=${this.#onKeydown}
      >
        <span class="severity-mark" aria-hidden="true">${SEVERITY_ICON[finding.severity]}</span>
        <span class="sr-only">${severityWord(finding.severity, locale)}</span>
        ${finding.cell
          ? html`<span class="cell"><span class="sr-only">${s.cell}</span>${finding.cell}</span>`
          : finding.subject
            ? html`<span class="subject"><span class="sr-only">${s.metric}</span>${finding.subject.metric}</span>`
            : nothing}
        <span class="code">${codeLabel(finding.code, locale)}</span>
        ${finding.expected || finding.actual
          ? html`<span class="values">
              ${finding.expected ? html`<span class="expected">${s.expected} ${finding.expected}</span>` : nothing}
              ${finding.actual ? html`<span class="actual">${s.actual} ${finding.actual}</span>` : nothing}
            </span>`
          : nothing}
      </button>
      ${finding.message ? html`<p class="message">${finding.message}</p>` : nothing}
      ${target?.quote
        ? html`<figure class="source">
            <blockquote part="quote">${target.quote}</blockquote>
            <figcaption>${planLabel(target, this.#localeController.locale)}</figcaption>
          </figure>`
        : nothing}
    </li>`;
  }

  #findingButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.finding-button')];
  }

  /** Clicking anywhere on a finding chooses it, like its button. */
  #onItemClick = (event: MouseEvent): void => {
    const item = event.currentTarget as HTMLElement;
    // Leave text selection in the quote alone.
    if (this.ownerDocument.getSelection()?.toString()) return;
    const button = item.querySelector<HTMLButtonElement>('.finding-button');
    button?.click();
    button?.focus();
  };

  #select(finding: Finding, button: HTMLElement): void {
    const index = this.#findingButtons().indexOf(button as HTMLButtonElement);
    if (index >= 0) this.activeIndex = index;
    this.dispatchEvent(
      new CustomEvent<FindingSelectDetail>('mb-finding-select', { detail: { finding }, bubbles: true, composed: true }),
    );
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const buttons = this.#findingButtons();
    const current = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    if (current < 0) return;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(buttons.length - 1, current + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = buttons.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.activeIndex = next;
    this.#focusAfterRender = true;
    // Focus now as well: when the index does not change there is no render to wait for.
    buttons[next]?.focus();
  };

  #onCodeChange = (event: Event): void => {
    this.#setFilter({ ...this.#filter, code: (event.target as HTMLSelectElement).value });
  };

  #setFilter(filter: FindingFilter): void {
    this.severity = filter.severity;
    this.code = filter.code;
    this.activeIndex = 0;
    const shown = this.#allFindings.filter((finding) => matchesFilter(finding, filter)).length;
    this.announcement = this.#strings.shown(shown, this.#allFindings.length);
    this.dispatchEvent(
      new CustomEvent('mb-filter-change', {
        detail: { severity: filter.severity, code: filter.code },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
