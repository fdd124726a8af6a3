import { LitElement, html, nothing, svg, type PropertyDeclaration, type SVGTemplateResult } from 'lit';
import type { Comparator, Gauge, GaugeStatus, TargetKind } from '@mubiao/core';
import { unitInfo } from '@mubiao/core/grammar/units';
import { formatDue } from '@mubiao/core/validate/format';
import { gaugeDelta } from '@mubiao/core/validate/gauge-text';
import { shareBetween } from '@mubiao/core/validate/schedule';
import { isAmount, judgePromise, judgeResult, metBound, type Elapsed } from '@mubiao/core/validate/verdict';
import { STATUS_ICON, statusWord } from '@mubiao/core/vocab/status';
import { LocaleController, wordsFor, type Locale } from '../shared/locale.ts';
import { formatTarget, formatValue } from '../shared/format.ts';
import { arcPath, linearScale, niceDomain } from './geometry.ts';
import { gaugeStrings } from './target-gauge.strings.ts';
import { targetGaugeStyles } from './target-gauge.styles.ts';

export type GaugeVariant = 'bullet' | 'arc';

const COMPARATORS: readonly Comparator[] = ['>=', '>', '~', 'range', '<=', '=', 'placeholder'];
const KINDS: readonly TargetKind[] = ['growth', 'level', 'increment', 'share', 'count'];

/**
 * Attribute text → number: empty and "**" (a placeholder) are null; thousands separators and a
 * trailing % are allowed ("1,234", "7.3%"); anything else is NaN, which the gauge reports.
 */
const optionalNumber: PropertyDeclaration['converter'] = {
  fromAttribute(text: string | null): number | null {
    if (text === null) return null;
    const trimmed = text
      .trim()
      .replace(/[,，]/g, '')
      .replace(/[%％]$/, '');
    if (trimmed === '' || trimmed === '**') return null;
    const n = Number(trimmed);
    return Number.isFinite(n) ? n : Number.NaN;
  },
  toAttribute(value: number | null): string | null {
    return value === null ? null : String(value);
  },
};

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** A band of the bullet graph's qualitative background (Few): which status a value there has. */
interface Band {
  from: number;
  to: number;
  status: 'short' | 'at-risk' | 'met';
}

/** Everything render() draws, computed once per update from the properties. */
/** What the drawing needs, from a report's gauge or from the attributes. */
interface GaugeInputs {
  value: number | null;
  valueComparator: Comparator;
  comparator: Comparator;
  target: number | null;
  max: number | null;
  unit: string;
  decline: boolean;
  status: GaugeStatus;
  /** The pace marker: an amount due by now, in the unit. */
  due: number | null;
  paceShare: number | null;
  /** Where the target is met on the scale (core's metBound); null without a target. */
  bound: number | null;
  ceiling: boolean;
  /** A date or period says how far the year has gone: a result below target can be behind. */
  paced: boolean;
  /** The target accrues over the year (an amount), so its pace is a share of it. */
  amount: boolean;
}

interface GaugeModel {
  locale: Locale;
  /** Checked inputs: NaN from a bad attribute is null here. */
  value: number | null;
  target: number | null;
  max: number | null;
  reference: number | null;
  status: GaugeStatus;
  domain: [number, number];
  bands: Band[];
  expected: number | null;
  paceShare: number | null;
  valueText: string;
  targetText: string;
  deltaText: string;
  /** The due value as people write it (whole firms, rounded up). */
  dueText: string;
  sentence: string;
  name: string;
}

/**
 * @summary An actual result against a plan target, as a bullet graph or an arc, with the status
 * in words and shape (✓ 达标, ! 有风险, ✕ 未达标, – 目标待定, ? 暂无数据) and the gap in 百分点 or
 * in the unit with 万/亿 scaling.
 *
 * @tag mb-target-gauge
 *
 * The status is core's verdict (validate/verdict.ts), the one the findings list uses: a result
 * (`value-comparator` "=", the default) is met at the target, `~` (左右) within 5% of it; below the
 * target it is at risk while on pace (时间过半、任务过半: `period-start`, `period-end` and `as-of`,
 * or `expected`) or while no date says how far the year has gone, and short once behind the pace;
 * a rate is short below its target as soon as a date is given; an amount over a ceiling (以内) is
 * short. A promise (`value-comparator` 以上 etc., e.g. a district's 15%以上 against the city's
 * 20%以上) is short below the target and at risk when weaker-worded. Given `.gauge` (a gauge of a
 * core report), the element draws that verdict as it stands.
 *
 * @attr {number} value - The actual result (完成值). Empty or absent: no data yet.
 * @attr {number} target - The target number (lower bound of a range). Empty or "**": placeholder.
 * @attr {number} max - Upper bound of a `range` target (3-5家 → target 3, max 5).
 * @attr {'>='|'>'|'~'|'range'|'<='|'='|'placeholder'} comparator - How the target binds. Default `>=`.
 * @attr {string} unit - Unit as written: %, 户, 家, 亿元, 万元, 百分点 …
 * @attr {string} label - The metric, e.g. 规上工业增加值增速. Rendered as text.
 * @attr {number} reference - A comparison value drawn as a marker, e.g. last year's actual.
 * @attr {string} reference-label - Name of the reference marker (default 上年 / last year).
 * @attr {number} expected - Pace marker: the value due by now (an amount's share of the year is expected ÷ target). Overrides the period.
 * @attr {string} period-start - Start of the target period, YYYY-MM-DD (with period-end and as-of → pace).
 * @attr {string} period-end - End of the target period, YYYY-MM-DD.
 * @attr {string} as-of - Date of the value, YYYY-MM-DD. No default: without it there is no pace (never today).
 * @attr {'growth'|'level'|'increment'|'share'|'count'} kind - Target kind; rates (growth, share) pace at the target itself.
 * @attr {boolean} decline - The numbers are decreases (下降/降低/减少).
 * @attr {'>='|'>'|'~'|'range'|'<='|'='} value-comparator - How the value binds: "=" for a result (default), or the comparator of a promise.
 * @attr {number} scale-min - Lower end of the scale (default: 0 or the lowest value drawn).
 * @attr {number} scale-max - Upper end of the scale (default: a little past the highest value drawn).
 * @attr {'bullet'|'arc'} variant - Bullet graph (default) or a half-circle arc.
 * @attr {string} lang - zh-CN (default) or en; else the closest ancestor's lang, else the document's.
 *
 * @prop {Gauge | null} gauge - A gauge of a core report (report.gauges): value, target, status, pace and gap as core judged them; attributes are then ignored.
 * @prop {GaugeStatus} status - Read-only: the status shown.
 *
 * @csspart base - The meter wrapper.
 * @csspart label - The metric label.
 * @csspart status - The status word with its icon.
 * @csspart value - The actual value text.
 * @csspart target-text - The target text (目标 7%左右).
 * @csspart delta - The gap text (高于目标0.3个百分点).
 * @csspart legend - Reference and pace marker legend.
 * @csspart graphic - The SVG.
 * @csspart track - The scale's background track.
 * @csspart band - Each qualitative band (also classed band-short / band-at-risk / band-met).
 * @csspart bar - The bar or arc of the actual value.
 * @csspart target - The target tick(s).
 * @csspart reference - The reference marker.
 * @csspart pace - The pace marker.
 *
 * @cssproperty --mb-gauge-height - Height of the bullet graph (default 1.75em).
 * @cssproperty --mb-gauge-arc-width - Width of the arc variant (default 12em).
 * @cssproperty --mb-gauge-band-short - Fill of the short band (default: 24% text colour on the background, so every theme gets its own greys).
 * @cssproperty --mb-gauge-band-at-risk - Fill of the at-risk band (default: 14% text on background).
 * @cssproperty --mb-gauge-band-met - Fill of the met band (default: 6% text on background).
 * @cssproperty --mb-color-met - Bar colour when met (status also shown by ✓ and text).
 * @cssproperty --mb-color-at-risk - Bar colour when at risk.
 * @cssproperty --mb-color-short - Bar colour when short.
 * @cssproperty --mb-color-text - Text, target tick and markers.
 */
export class MbTargetGauge extends LitElement {
  static override styles = targetGaugeStyles;

  // Reactive properties as a static table (smaller than decorators once built).
  static override properties = {
    // HTMLElement's own `lang`, made reactive so a change of the attribute re-renders.
    lang: { reflect: true },
    value: { converter: optionalNumber },
    target: { converter: optionalNumber },
    max: { converter: optionalNumber },
    comparator: {},
    unit: {},
    label: {},
    reference: { converter: optionalNumber },
    referenceLabel: { attribute: 'reference-label' },
    expected: { converter: optionalNumber },
    periodStart: { attribute: 'period-start' },
    periodEnd: { attribute: 'period-end' },
    asOf: { attribute: 'as-of' },
    kind: {},
    decline: { type: Boolean },
    valueComparator: { attribute: 'value-comparator' },
    gauge: { attribute: false },
    scaleMin: { attribute: 'scale-min', converter: optionalNumber },
    scaleMax: { attribute: 'scale-max', converter: optionalNumber },
    variant: { reflect: true },
  };

  /** Locale: zh-CN (default) or en; empty inherits from the closest ancestor's lang, then the document. */
  declare lang: string;

  value: number | null = null;
  target: number | null = null;
  max: number | null = null;
  comparator: Comparator = '>=';
  unit = '';
  label = '';
  reference: number | null = null;
  referenceLabel = '';
  expected: number | null = null;
  periodStart = '';
  periodEnd = '';
  asOf = '';
  kind: TargetKind | '' = '';
  decline = false;
  valueComparator: Comparator = '=';
  gauge: Gauge | null = null;
  scaleMin: number | null = null;
  scaleMax: number | null = null;
  variant: GaugeVariant = 'bullet';

  readonly #localeController = new LocaleController(this);
  #model: GaugeModel | undefined;
  #warned = new Set<string>();

  /** The computed status (met, at-risk, short, no-target, no-value). */
  get status(): GaugeStatus {
    return this.#computeModel().status;
  }

  override willUpdate(): void {
    this.#model = undefined;
  }

  /** Reports bad input once per attribute and value, naming the element and what was wrong. */
  #warn(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    const name = this.label ? ` label="${this.label}"` : this.id ? ` id="${this.id}"` : '';
    console.warn(`<${this.localName}${name}>: ${message}`);
  }

  #checked(name: string, x: number | null): number | null {
    if (x !== null && !Number.isFinite(x)) {
      this.#warn(`${name}:${String(x)}`, `${name} is not a number; it is ignored.`);
      return null;
    }
    return x;
  }

  #computeModel(): GaugeModel {
    if (this.#model) return this.#model;
    const locale = this.#localeController.locale;
    const t = wordsFor(locale, 'targetGauge', gaugeStrings['zh-CN']);
    const g = this.gauge ? this.#fromGauge(this.gauge) : this.#fromAttributes();
    const { value, target, max, unit, status } = g;
    const reference = this.#checked('reference', this.reference);
    const expected = g.due;
    const domain = this.#domainFor([value, target, max, reference, expected]);
    const bands = target === null ? [] : this.#bandsFor(domain, g);

    const shown = (x: number) => formatValue(x, unit, locale);
    const valueText = value === null ? statusWord('no-value', locale) : g.decline ? t.declined(shown(value)) : shown(value);
    const targetText = `${t.target}${formatTarget({ comparator: g.comparator, value: target, max, unit, decline: g.decline }, locale)}`;
    const deltaText =
      value !== null && target !== null
        ? gaugeDelta(
            {
              value,
              valueComparator: g.valueComparator,
              target: { comparator: g.comparator, value: target, max, decline: g.decline, ...unitInfo(unit) },
              status,
            },
            locale,
          )
        : '';
    // removeAttribute('label') sets null: treat as unset.
    const name = (this.label ?? '').trim() || t.unnamed;
    const parts = [valueText, targetText, deltaText, statusWord(status, locale)];
    if (reference !== null) parts.push(t.marker(this.referenceLabel || t.reference, shown(reference)));
    const dueText = expected === null ? '' : formatDue(expected, unitInfo(unit), locale);
    if (expected !== null && value !== null && target !== null) {
      parts.push(g.paceShare !== null ? t.paceShare(g.paceShare, dueText) : t.marker(t.pace, dueText));
    }
    const sentence = parts.filter(Boolean).join(t.comma);
    this.#model = {
      locale,
      value,
      target,
      max,
      reference,
      status,
      domain,
      bands,
      expected,
      paceShare: g.paceShare,
      valueText,
      targetText,
      deltaText,
      dueText,
      sentence,
      name,
    };
    return this.#model;
  }

  /** A gauge of a core report: drawn as core judged it. */
  #fromGauge(gauge: Gauge): GaugeInputs {
    const amount = isAmount(gauge.target);
    return {
      value: gauge.value,
      valueComparator: gauge.valueComparator,
      comparator: gauge.target.comparator,
      target: gauge.target.value,
      max: gauge.target.max,
      unit: gauge.target.unit,
      decline: gauge.target.decline,
      status: gauge.status,
      due: amount ? gauge.due : null,
      paceShare: amount && gauge.due !== null ? (gauge.elapsed?.share ?? null) : null,
      bound: gauge.target.value === null ? null : metBound(gauge.target),
      ceiling: gauge.target.comparator === '<=' && !gauge.target.decline,
      paced: gauge.elapsed !== null,
      amount,
    };
  }

  /** Attributes a portal set: judged by core's rule, the one behind every finding. */
  #fromAttributes(): GaugeInputs {
    let comparator = this.comparator;
    if (!COMPARATORS.includes(comparator)) {
      this.#warn(`comparator:${comparator}`, `comparator "${comparator}" is not one of ${COMPARATORS.join(' ')}; showing no target.`);
      comparator = 'placeholder';
    }
    let valueComparator = this.valueComparator || '=';
    if (!COMPARATORS.includes(valueComparator) || valueComparator === 'placeholder') {
      this.#warn(`value-comparator:${valueComparator}`, `value-comparator "${valueComparator}" is not one of >= > ~ range <= =; read as "=".`);
      valueComparator = '=';
    }
    const kind = KINDS.includes(this.kind as TargetKind) ? (this.kind as TargetKind) : undefined;
    if (this.kind && !kind) this.#warn(`kind:${this.kind}`, `kind "${this.kind}" is not one of ${KINDS.join(', ')}.`);
    const value = this.#checked('value', this.value);
    const target = comparator === 'placeholder' ? null : this.#checked('target', this.target);
    const max = comparator === 'range' ? this.#checked('max', this.max) : null;
    const unit = this.unit ?? '';
    const units = unitInfo(unit);
    // Without a kind, a rate is told by its unit; anything else accrues over the year.
    const targetQ = { comparator, value: target, max, decline: this.decline, kind: kind ?? (units.dimension === 'percent' ? 'growth' : 'level'), ...units };
    const amount = isAmount(targetQ);
    const elapsed = this.#elapsed(target, amount);
    const base = {
      value,
      valueComparator,
      comparator,
      target,
      max,
      unit,
      decline: this.decline,
      ceiling: comparator === '<=' && !this.decline,
      paced: elapsed !== null,
      amount,
    };
    if (target === null) return { ...base, status: 'no-target', due: null, paceShare: null, bound: null };
    const bound = metBound(targetQ);
    if (value === null) return { ...base, status: 'no-value', due: null, paceShare: null, bound };
    const valueQ = { comparator: valueComparator, value, max: null, decline: this.decline, ...units };
    if (valueComparator !== '=') return { ...base, status: judgePromise(valueQ, targetQ).status ?? 'no-target', due: null, paceShare: null, bound };
    const verdict = judgeResult(valueQ, targetQ, elapsed);
    const due = amount ? verdict.due : null;
    // A pace given as `expected` is shown as that value, not as a share of the year.
    const paceShare = due !== null && this.expected === null ? (elapsed?.share ?? null) : null;
    return { ...base, status: verdict.status ?? 'no-target', due, paceShare, bound };
  }

  /** How far the period has gone: `expected` (an amount's share is expected ÷ target), else period-start/end at as-of; none without a date. */
  #elapsed(target: number | null, amount: boolean): Elapsed | null {
    const expected = this.#checked('expected', this.expected);
    if (expected !== null && target) return { share: amount ? Math.min(1, Math.max(0, expected / target)) : 1, label: '' };
    if (!this.periodStart || !this.periodEnd) return null;
    // The period is checked even before a date comes, so a typo is reported where it is made.
    const share = shareBetween(this.periodStart, this.periodEnd, this.asOf || this.periodStart);
    if (share === null || (this.asOf && shareBetween(this.periodStart, this.periodEnd, this.asOf) === null)) {
      this.#warn(
        `period:${this.periodStart}:${this.periodEnd}:${this.asOf}`,
        'period-start/period-end/as-of must be YYYY-MM-DD with the end after the start; no pace marker.',
      );
      return null;
    }
    return this.asOf ? { share, label: this.asOf } : null;
  }

  /** Scale domain: zero (or the lowest value) to a little past the highest, unless set. */
  #domainFor(values: (number | null)[]): [number, number] {
    const xs = values.filter(finite);
    let lo = Math.min(0, ...xs);
    let hi = Math.max(0, ...xs);
    if (hi === lo) hi = lo + 1;
    hi += (hi - lo) * 0.15;
    [lo, hi] = niceDomain([lo, hi], 4);
    if (finite(this.scaleMin)) lo = this.scaleMin;
    if (finite(this.scaleMax)) hi = this.scaleMax;
    if (hi <= lo) hi = lo + 1;
    return [lo, hi];
  }

  /**
   * The qualitative bands: where on the scale a value would be short, at risk or met, drawn from
   * core's bound (metBound) and pace. A ceiling: met below it, short above. A floor: met from the
   * bound up; below it a result is at risk down to the pace (all of it when no pace is known) and
   * a promise is short.
   */
  #bandsFor([lo, hi]: [number, number], g: GaugeInputs): Band[] {
    if (g.bound === null) return [];
    const clamp = (x: number) => Math.min(hi, Math.max(lo, x));
    const bound = clamp(g.bound);
    if (g.ceiling) {
      return [
        { from: lo, to: bound, status: 'met' as const },
        { from: bound, to: hi, status: 'short' as const },
      ].filter((b) => b.to > b.from);
    }
    // Below the bound: a promise is short; a result is not yet met while nothing says how far the
    // year has gone, and once it does, a rate is short and an amount is at risk down to its pace.
    const riskFrom = g.valueComparator !== '=' ? bound : !g.paced ? lo : g.amount && g.due !== null ? clamp(Math.min(g.due, g.bound)) : bound;
    const bands: Band[] = [
      { from: lo, to: riskFrom, status: 'short' },
      { from: riskFrom, to: bound, status: 'at-risk' },
      { from: bound, to: hi, status: 'met' },
    ];
    // A range's upper bound is not a limit (above it is still met), so it adds no band.
    return bands.filter((b) => b.to > b.from);
  }

  override render() {
    const m = this.#computeModel();
    // A scale-min/scale-max narrower than the value must not put aria-valuenow outside the range.
    const lo = Math.min(m.domain[0], m.value ?? m.domain[0]);
    const hi = Math.max(m.domain[1], m.value ?? m.domain[1]);
    // A meter needs a current value; without one the whole sentence is an image's name.
    const meterAttrs = m.value !== null;
    return html`<div
      part="base"
      class="gauge status-${m.status}"
      role=${meterAttrs ? 'meter' : 'img'}
      aria-label=${meterAttrs ? m.name : `${m.name}${wordsFor(m.locale, 'targetGauge', gaugeStrings['zh-CN']).comma}${m.sentence}`}
      aria-valuenow=${meterAttrs ? String(m.value) : nothing}
      aria-valuemin=${meterAttrs ? String(lo) : nothing}
      aria-valuemax=${meterAttrs ? String(hi) : nothing}
      aria-valuetext=${meterAttrs ? m.sentence : nothing}
      lang=${m.locale}
    >
      <div class="head">
        <span part="label" class="label">${this.label}</span>
        <span part="status" class="status"
          ><span class="icon" aria-hidden="true">${STATUS_ICON[m.status]}</span>${statusWord(m.status, m.locale)}</span
        >
      </div>
      ${this.variant === 'arc' ? this.#renderArc(m) : this.#renderBullet(m)}
      <div class="figures">
        <span part="value" class="value">${m.valueText}</span>
        <span part="target-text" class="target-text">${m.targetText}</span>
        ${m.deltaText ? html`<span part="delta" class="delta">${m.deltaText}</span>` : nothing}
      </div>
      ${this.#renderLegend(m)}
    </div>`;
  }

  #renderLegend(m: GaugeModel) {
    const t = wordsFor(m.locale, 'targetGauge', gaugeStrings['zh-CN']);
    const items: ReturnType<typeof html>[] = [];
    const shown = (x: number) => formatValue(x, this.unit, m.locale);
    if (m.reference !== null) {
      items.push(html`<span class="key key-reference"
        ><span class="swatch" aria-hidden="true">┆</span>${t.marker(this.referenceLabel || t.reference, shown(m.reference))}</span
      >`);
    }
    if (m.expected !== null) {
      items.push(html`<span class="key key-pace"
        ><span class="swatch" aria-hidden="true">▾</span>${m.paceShare !== null ? t.paceShare(m.paceShare, m.dueText) : t.marker(t.pace, m.dueText)}</span
      >`);
    }
    return items.length ? html`<div part="legend" class="legend">${items}</div>` : nothing;
  }

  #renderBullet(m: GaugeModel) {
    const width = 300;
    const height = 30;
    const x = linearScale(m.domain, [0, width]);
    const { target, value, max, reference } = m;
    const zero = x(Math.max(m.domain[0], Math.min(0, m.domain[1])));
    const ticks: SVGTemplateResult[] = [];
    if (finite(target)) ticks.push(svg`<line part="target" class="target" x1=${x(target)} x2=${x(target)} y1="4" y2=${height - 4}></line>`);
    if (finite(max)) {
      ticks.push(svg`<line part="target" class="target target-max" x1=${x(max)} x2=${x(max)} y1="4" y2=${height - 4}></line>`);
    }
    return html`<svg
      part="graphic"
      class="bullet"
      viewBox="0 0 ${width} ${height}"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect part="track" class="track" x="0" y="0" width=${width} height=${height}></rect>
      ${m.bands.map(
        (b) => svg`<rect part="band" class="band band-${b.status}" x=${x(b.from)} y="0" width=${Math.max(0, x(b.to) - x(b.from))} height=${height}></rect>`,
      )}
      ${m.domain[0] < 0 ? svg`<line class="zero" x1=${zero} x2=${zero} y1="0" y2=${height}></line>` : nothing}
      ${
        finite(value)
          ? svg`<rect part="bar" class="bar" x=${Math.min(zero, x(value))} y=${height / 3} width=${Math.abs(x(value) - zero)} height=${height / 3}></rect>`
          : nothing
      }
      ${finite(reference) ? svg`<line part="reference" class="reference" x1=${x(reference)} x2=${x(reference)} y1="2" y2=${height - 2}></line>` : nothing}
      ${m.expected !== null ? svg`<line part="pace" class="pace" x1=${x(m.expected)} x2=${x(m.expected)} y1="0" y2=${height}></line>` : nothing}
      ${ticks}
    </svg>`;
  }

  #renderArc(m: GaugeModel) {
    const angle = linearScale(m.domain, [-Math.PI / 2, Math.PI / 2]);
    const outer = 90;
    const inner = 62;
    const path = (a0: number, a1: number, r0 = inner, r1 = outer) => arcPath(a0, a1, r0, r1);
    // A radial tick at scale value v, from radius r0 to r1 (angle 0 is 12 o'clock).
    const radial = (v: number, r0: number, r1: number) => {
      const a = angle(v);
      return { x1: r0 * Math.sin(a), y1: -r0 * Math.cos(a), x2: r1 * Math.sin(a), y2: -r1 * Math.cos(a) };
    };
    const { target, value, max, reference } = m;
    const base = angle(Math.max(m.domain[0], Math.min(0, m.domain[1])));
    const tick = (v: number, part: string, cls: string, r0: number, r1: number) => {
      const l = radial(v, r0, r1);
      return svg`<line part=${part} class=${cls} x1=${l.x1} y1=${l.y1} x2=${l.x2} y2=${l.y2}></line>`;
    };
    return html`<svg part="graphic" class="arc" viewBox="-100 -100 200 108" aria-hidden="true" focusable="false">
      <path part="track" class="track" d=${path(-Math.PI / 2, Math.PI / 2)}></path>
      ${m.bands.map((b) => svg`<path part="band" class="band band-${b.status}" d=${path(angle(b.from), angle(b.to))}></path>`)}
      ${
        finite(value)
          ? svg`<path part="bar" class="bar" d=${path(Math.min(base, angle(value)), Math.max(base, angle(value)), inner + 8, outer - 8)}></path>`
          : nothing
      }
      ${finite(reference) ? tick(reference, 'reference', 'reference', inner - 4, outer + 4) : nothing}
      ${m.expected !== null ? tick(m.expected, 'pace', 'pace', inner - 8, outer + 8) : nothing}
      ${finite(target) ? tick(target, 'target', 'target', inner - 6, outer + 6) : nothing}
      ${finite(max) ? tick(max, 'target', 'target target-max', inner - 6, outer + 6) : nothing}
    </svg>`;
  }
}
