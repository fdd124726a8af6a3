/**
 * The words of plan applicability: why a plan was applied to a sheet or not, and the
 * plan-mismatch messages. Each names the plan as people do (region and year) and the sheet's own
 * region and year, or says that the sheet does not give them. Chinese is built in; other locales
 * come from the registry (vocab/words.ts; English in locales/en-check.ts).
 */
import type { Plan } from '../model.ts';
import type { Locale } from '../vocab/locale.ts';
import { planLabel } from '../vocab/plan-label.ts';
import { localeWords, type ChoiceReason, type PlanChoiceWords } from '../vocab/words.ts';
import type { SheetPlace } from './plan-choice.ts';
import { levelUnknown } from './region-fit.ts';

const ZH: PlanChoiceWords = {
  place: (region, year) => (year ? `${region ?? '未写明地区'} ${year} 年` : `${region ?? '未写明地区'}，未写明年份`),
  reasons: {
    same: (f) => `本表为${f.sheetRegion} ${f.sheetYear} 年，与计划地区、年份一致`,
    upper: (f) => `${f.planRegion}是${f.sheetRegion}的上级地区，年份同为 ${f.sheetYear} 年`,
    'previous-year': (f) => `${f.planRegion}上一年度计划，用于检查是否低于上年目标`,
    'region-unknown': () => '本表未写明地区，按所选计划核对',
    'region-unverified': (f) => `无法核实${f.planRegion}与${f.sheetRegion}的隶属关系，按所选计划核对`,
    'plan-region-unknown': () => '计划原文未写明地区，按所选计划核对',
    'sheet-year-unknown': (f) => `本表未写明年份，按计划年份 ${f.planYear} 年核对`,
    'other-region': (f) => `${f.planRegion}既不是${f.sheetRegion}，也不是其上级地区`,
    'lower-region': (f) => `${f.planRegion}是${f.sheetRegion}的下级地区`,
    'other-year': (f) => `计划为 ${f.planYear} 年，本表为 ${f.sheetYear} 年`,
    'plan-year-unknown': () => '计划原文未写明年份',
  },
  misfit: (plan, place, why) => `${plan}不适用于本表（${place}）：${why}，未据此核对。`,
  planYearUnknown: (plan, place) => `${plan}：计划原文未写明年份，无法与本表（${place}）对应；请指明计划年份（--year 或“年份”框）后重新校验。`,
  noCurrentPlan: (place) => `所选计划中没有与本表年份对应的计划（本表：${place}），未作核对。`,
  cannotPick: (missing, place) => `本表未写明${{ region: '地区', year: '年份', both: '地区和年份' }[missing]}（${place}），无法自动选择计划，请选择一份计划。`,
  noPlanFor: (place, available) => `没有${place}或其上级地区的计划${available ? `（现有：${available}）` : ''}，请选择或粘贴对应的计划。`,
  nothingRead: (place, plans) => `本表（${place}）未读到任何目标值或完成值，无法对照${plans}核对。`,
  fewMatched: (place, plans, matched, claims) => `本表（${place}）${claims} 项目标中仅 ${matched} 项与${plans}对应，计划与本表不符。`,
  suggestion: (plans) => `适用的计划：${plans}。`,
  yearContradicted: (stated, title) => `所填年份 ${stated} 与计划标题中的 ${title} 年不符：请去掉或改正年份，或换用对应年份的计划。`,
  levelUnknown: '；计划层级不详，其中的数量按整体核对，不作上级总量的分解',
  planSeparator: '、',
};

function words(locale: Locale): PlanChoiceWords {
  return localeWords(locale, 'planChoice') ?? ZH;
}

function plansText(plans: readonly Plan[], locale: Locale): string {
  return plans.map((p) => planLabel(p, locale)).join(words(locale).planSeparator);
}

/** "金安区 2023 年" / "金安区, 2023"; unknown parts said as unknown. */
export function placeText(place: SheetPlace, locale: Locale): string {
  return words(locale).place(place.region, place.year);
}

/** One line on why a plan was (or was not) applied to the sheet; it says when the role rests on no known level (levelUnknown). */
export function ofChoice(place: SheetPlace, plan: Plan, reason: ChoiceReason, locale: Locale): string {
  const w = words(locale);
  const line = w.reasons[reason]({ planRegion: plan.region, planYear: plan.year, sheetRegion: place.region ?? '', sheetYear: place.year });
  const unplaced = reason === 'region-unknown' || reason === 'region-unverified' || reason === 'plan-region-unknown';
  return unplaced && levelUnknown(plan) ? line + w.levelUnknown : line;
}

/** The plan-mismatch message for a chosen plan that does not fit. */
export function misfitMessage(place: SheetPlace, plan: Plan, reason: ChoiceReason, locale: Locale): string {
  const w = words(locale);
  const label = planLabel(plan, locale);
  const sheet = placeText(place, locale);
  if (reason === 'plan-year-unknown') return w.planYearUnknown(label, sheet);
  return w.misfit(label, sheet, ofChoice(place, plan, reason, locale));
}

export function noCurrentPlanMessage(place: SheetPlace, locale: Locale): string {
  return words(locale).noCurrentPlan(placeText(place, locale));
}

export function cannotPickMessage(place: SheetPlace, locale: Locale): string {
  const missing = !place.region ? (place.year ? 'region' : 'both') : 'year';
  return words(locale).cannotPick(missing, placeText(place, locale));
}

export function noPlanForMessage(place: SheetPlace, available: readonly Plan[], locale: Locale): string {
  return words(locale).noPlanFor(placeText(place, locale), plansText(available, locale));
}

/** The sheet's targets matched none (or too few) of the applied plans' targets. */
export function unmatchedMessage(place: SheetPlace, plans: readonly Plan[], claims: number, matched: number, locale: Locale): string {
  const w = words(locale);
  const names = plansText(plans, locale);
  const sheet = placeText(place, locale);
  return claims === 0 ? w.nothingRead(sheet, names) : w.fewMatched(sheet, names, matched, claims);
}

/** "适用的计划：…" — the suggestion that follows a misfit, when some available plan would fit. */
export function suggestion(fitting: readonly string[], locale: Locale): string {
  if (fitting.length === 0) return '';
  const w = words(locale);
  return w.suggestion(fitting.join(w.planSeparator));
}

/** A plan whose title gives another year than the one stated for it (Plan.titleYear): the message, else null. */
export function yearContradictedMessage(plan: Pick<Plan, 'year' | 'titleYear'>, locale: Locale): string | null {
  if (plan.titleYear === undefined || plan.year === null) return null;
  return words(locale).yearContradicted(plan.year, plan.titleYear);
}
