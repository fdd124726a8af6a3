/**
 * Where the words of every locale but zh-CN come from. Chinese is built into the modules that
 * speak (severity.ts, status.ts, code-labels.ts, …), so a bundle that imports only those modules
 * (the elements' zh-CN single file) carries no other language. Any other locale is a module that
 * registers its words here: core's `locales/en.ts`, which the package index imports so that Node
 * hosts (the CLI, the add-in) speak English by default, and `@mubiao/elements/locales/en.js`,
 * which adds the elements' own words. A word a locale does not give reads in zh-CN.
 *
 * The registry lives on `globalThis` under a `Symbol.for` key: a locale script loaded beside a
 * self-contained bundle carries its own copy of this module, and both copies must fill and read
 * the same registry.
 */
import type { FindingCode, GaugeStatus, RegionLevel, Severity, TargetKind } from '../model.ts';
import type { Locale } from './locale.ts';

/** A locale's tag: one core ships words for, or any BCP 47 tag a locale module registers. */
export type LocaleTag = Locale | (string & {});

/** Severity words: 错误 / Error, and a count of findings as people write it. */
export interface SeverityWords {
  words: Readonly<Record<Severity, string>>;
  /** "1 个错误" / "1 error", "2 errors". */
  count: (severity: Severity, n: number) => string;
  /** Between the counts of severityCounts: "，" / ", ". */
  countsSeparator: string;
}

/** How a plan is named to people, by region and year. */
export interface PlanLabelWords {
  unnamedRegion: string;
  /**
   * "六安市 2023 年计划" / "六安市 2023 plan"; year null: "六安市计划（年份不详）"; `levelUnknown` (the plan
   * does not say whether it is a province's, a city's or a county's): "某某新区 2023 年计划（层级不详）".
   */
  label: (region: string, year: number | null, levelUnknown?: boolean) => string;
}

/** Which reference a gauge's gap is measured from. */
export type DeltaSide = 'target' | 'ceiling' | 'lower' | 'upper';

/** The phrases of gaugeDelta (validate/gauge-text.ts); `gap` is already written (formatGap). */
export interface GaugeDeltaWords {
  /** Appended when a promise is worded more weakly than the target: "，表述弱于目标". */
  weaker: string;
  withinRange: string;
  atCeiling: string;
  /** A strict target (突破/超过) reached but not passed. */
  levelNotAbove: string;
  /** The target's number with weaker wording (before `weaker` would repeat it). */
  sameNumberWeaker: string;
  onTarget: string;
  /** The gap against a side: "高于目标上限2家" / "2 家 above the upper bound". */
  gap: (gap: string, above: boolean, side: DeltaSide) => string;
  /** The gap of a decline target: "降幅高于目标0.2个百分点". */
  declineGap: (gap: string, above: boolean, side: DeltaSide) => string;
}

/** How quantities are written in gaps and paces (validate/format.ts). */
export interface QuantityWords {
  /** A difference of rates: "5个百分点" / "5 percentage points". */
  points: (n: string) => string;
  /** Money units, largest first, each with the base-unit amount it stands for. */
  money: readonly (readonly [factor: number, unit: string])[];
  /** A number with the unit as written: "16户" / "16 户" ("%" stays attached). */
  withUnit: (n: string, unit: string) => string;
}

/** Why a plan was, or was not, applied to a sheet (core/check/plan-choice.ts decides which). */
export type ChoiceReason =
  | 'same'
  | 'upper'
  | 'previous-year'
  | 'region-unknown'
  | 'region-unverified'
  | 'plan-region-unknown'
  | 'sheet-year-unknown'
  | 'other-region'
  | 'lower-region'
  | 'other-year'
  | 'plan-year-unknown';

/** What a reason's words may name: the plan's region and year, the sheet's (when it says them). */
export interface ChoiceFacts {
  planRegion: string;
  planYear: number | null;
  sheetRegion: string;
  sheetYear: number | undefined;
}

/**
 * The words of plan applicability (core/check/why.ts). `place` is the sheet's region and year as
 * written by `place`; `plans` are plan labels already joined with `planSeparator`.
 */
export interface PlanChoiceWords {
  /** "金安区 2023 年" / "金安区, 2023"; a part the sheet does not give is said as not stated. */
  place: (region: string | undefined, year: number | undefined) => string;
  /** One line on why a plan was (or was not) applied. */
  reasons: Readonly<Record<ChoiceReason, (facts: ChoiceFacts) => string>>;
  /** A chosen plan that does not fit: its label, the sheet's place and the reason's line. */
  misfit: (plan: string, place: string, why: string) => string;
  /** A chosen plan whose text gives no year. */
  planYearUnknown: (plan: string, place: string) => string;
  noCurrentPlan: (place: string) => string;
  /** No plan picked: the sheet does not say its region, its year, or either. */
  cannotPick: (missing: 'region' | 'year' | 'both', place: string) => string;
  noPlanFor: (place: string, available: string) => string;
  /** Nothing was read on the sheet. */
  nothingRead: (place: string, plans: string) => string;
  /** Too few of the sheet's targets matched. */
  fewMatched: (place: string, plans: string, matched: number, claims: number) => string;
  /** Follows a misfit when some available plan would fit. */
  suggestion: (plans: string) => string;
  /** The year the user stated for a plan is not the one its title gives (Plan.titleYear). */
  yearContradicted: (stated: number, title: number) => string;
  /**
   * Follows the reason of a plan applied though its region could not be placed against the sheet's and its level is
   * unknown: its amounts are compared whole, not taken as parts of an upper total.
   */
  levelUnknown: string;
  planSeparator: string;
}

/** The words of the calendar checks (validate/check-schedule.ts). */
export interface ScheduleWords {
  /** The period of a result whose sheet gives none: "截至目前" / "so far". */
  soFar: string;
}

/** What a shortfall message says (validate/messages.ts); every value arrives formatted. */
export interface ShortfallText {
  metric: string;
  kind?: TargetKind;
  /** 省级/市级/计划 (zh) or "the city plan" (en), from planWord(). */
  plan: string;
  expected: string;
  actual: string;
  gap: string;
  ceiling: boolean;
}

export interface AllocationText {
  metric: string;
  sum: string;
  expected: string;
  gap: string;
  parts: number;
  against: 'plan' | 'total';
}

export interface BehindAmountText {
  metric: string;
  elapsed: string;
  period: string;
  due: string;
  actual: string;
  done: string;
  expected: string;
}

export interface BehindRateText {
  metric: string;
  period: string;
  expected: string;
  actual: string;
  gap: string;
  ceiling: boolean;
}

/**
 * Why a cell that looks like a target could not be read (`unreadable`: no reason given; `damaged-cell`: the file could
 * not give the cell at all, a shared string it lacks).
 */
export type UnparsedReason = 'formula-without-value' | 'error-value' | 'no-metric' | 'damaged-cell' | 'unreadable';

/**
 * The finding messages (validate/messages.ts), one per finding code, each a full sentence. They
 * take the pieces already formatted, and a target's name as `targetName` writes it.
 */
export interface MessageWords {
  /** How a message names a metric's target: "技改投资增长目标" / "技改投资 growth target". */
  targetName: (metric: string, kind: TargetKind | undefined) => string;
  shortfall: (name: string, t: ShortfallText) => string;
  weaker: (name: string, t: Pick<ShortfallText, 'plan' | 'expected' | 'actual'>) => string;
  /** `growth`: the metric's name does not say growth itself, so the message adds it. */
  missingTarget: (t: { metric: string; growth: boolean; expected: string; plan: string }) => string;
  allocation: (t: AllocationText) => string;
  behindAmount: (t: BehindAmountText) => string;
  behindRate: (t: BehindRateText) => string;
  /** `pointNote`: one side is % and the other 百分点, which never mix. */
  unitMismatch: (t: { metric: string; planUnit: string; sheetUnit: string }, pointNote: boolean) => string;
  sheetPlaceholder: (metric: string) => string;
  planPlaceholder: (metric: string, plan: string) => string;
  /** A sheet where no header row was found: it was not checked. */
  noHeader: (sheet: string) => string;
  leadMismatch: (t: { metric: string; leads: string; departments: string }) => string;
  unparsed: Readonly<Record<UnparsedReason, (text: string) => string>>;
  ambiguous: (t: { metric: string; options: string }) => string;
  belowPreviousYear: (name: string, t: { actual: string; expected: string; year: number }) => string;
  /**
   * Checking a plan against plans: a target not compared with the same metric of `plans` (labels, joined), which could
   * not be placed above or below it because a level is unknown: this plan's (`own`), else theirs (their labels say it).
   */
  unplaced: (t: { metric: string; plans: string; own: boolean; many: boolean }) => string;
  /** How a message names the plan compared against: by its level when it is a region above (省级), else `plan`. */
  planWords: Readonly<Record<RegionLevel | 'plan', string>>;
}

/**
 * A locale's words, by the module that reads them. Other packages add their own parts by
 * declaration merging (`declare module '@mubiao/core/vocab/words' { interface LocaleWords … }`),
 * so one registry, and one locale module per language, serves them all.
 */
export interface LocaleWords {
  severity: SeverityWords;
  status: Readonly<Record<GaugeStatus, string>>;
  codeLabels: Readonly<Partial<Record<FindingCode, string>>>;
  planLabel: PlanLabelWords;
  gaugeDelta: GaugeDeltaWords;
  quantity: QuantityWords;
  /** Between the items of a list: "、" / ", ". */
  listSeparator: string;
  planChoice: PlanChoiceWords;
  schedule: ScheduleWords;
  messages: MessageWords;
}

/** The parts core's elements-facing modules read (what core's locales/en.ts gives). */
export type CoreWords = Pick<LocaleWords, 'severity' | 'status' | 'codeLabels' | 'planLabel' | 'gaugeDelta' | 'quantity' | 'listSeparator'>;

/** The parts only the check reads (core's locales/en-check.ts): hosts need them, the elements do not. */
export type CheckWords = Pick<LocaleWords, 'planChoice' | 'schedule' | 'messages'>;

interface Registry {
  words: Map<string, Partial<LocaleWords>>;
  listeners: Set<() => void>;
}

const KEY = Symbol.for('mubiao.locales');

function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  return (holder[KEY] ??= { words: new Map(), listeners: new Set() });
}

/** Adds (or replaces) parts of a locale's words and tells every listener (elements re-render). */
export function registerLocale(tag: string, words: Partial<LocaleWords>): void {
  const { words: all, listeners } = registry();
  all.set(tag, { ...all.get(tag), ...words });
  for (const listener of listeners) listener();
}

/** One part of a registered locale's words; undefined when that locale or part is not registered. */
export function localeWords<K extends keyof LocaleWords>(tag: LocaleTag, part: K): LocaleWords[K] | undefined {
  return registry().words.get(tag)?.[part];
}

/** The tags registered so far (zh-CN is built in and not listed unless a module registers it). */
export function registeredLocales(): string[] {
  return [...registry().words.keys()];
}

/** Calls `listener` after every registration; returns the function that stops it. */
export function onLocaleRegistered(listener: () => void): () => void {
  const { listeners } = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
