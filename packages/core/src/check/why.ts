/**
 * The words of plan applicability (zh-CN default, en): why a plan was applied to a sheet or not,
 * and the plan-mismatch messages. Each names the plan as people do (region and year) and the
 * sheet's own region and year, or says that the sheet does not give them.
 */
import type { Plan } from '../model.ts';
import type { Locale } from '../vocab/locale.ts';
import { planLabel } from '../vocab/plan-label.ts';
import type { Reason, SheetPlace } from './plan-choice.ts';

/** "金安区 2023 年" / "金安区, 2023"; unknown parts said as unknown. */
export function placeText(place: SheetPlace, locale: Locale): string {
  if (locale === 'en') {
    const region = place.region ?? 'region not stated';
    return place.year ? `${region}, ${place.year}` : `${region}, year not stated`;
  }
  const region = place.region ?? '未写明地区';
  return place.year ? `${region} ${place.year} 年` : `${region}，未写明年份`;
}

/** One line on why a plan was (or was not) applied to the sheet. */
export function ofChoice(place: SheetPlace, plan: Plan, reason: Reason, locale: Locale): string {
  const p = plan.region;
  const s = place.region ?? '';
  const en = locale === 'en';
  switch (reason) {
    case 'same':
      return en ? `the sheet is about ${s}, ${place.year}: the plan's own region and year` : `本表为${s} ${place.year} 年，与计划地区、年份一致`;
    case 'upper':
      return en ? `${p} is above ${s}; same year ${place.year}` : `${p}是${s}的上级地区，年份同为 ${place.year} 年`;
    case 'previous-year':
      return en ? `${p}'s plan of the year before, to find targets lower than last year's` : `${p}上一年度计划，用于检查是否低于上年目标`;
    case 'region-unknown':
      return en ? 'the sheet names no region: checked against this plan as chosen' : '本表未写明地区，按所选计划核对';
    case 'region-unverified':
      return en ? `whether ${p} is above ${s} could not be verified` : `无法核实${p}与${s}的隶属关系，按所选计划核对`;
    case 'sheet-year-unknown':
      return en ? `the sheet names no year: read as the plan's year ${plan.year}` : `本表未写明年份，按计划年份 ${plan.year} 年核对`;
    case 'other-region':
      return en ? `${p} is neither ${s} nor a region above it` : `${p}既不是${s}，也不是其上级地区`;
    case 'lower-region':
      return en ? `${p} is below ${s}` : `${p}是${s}的下级地区`;
    case 'other-year':
      return en ? `the plan is for ${plan.year}, the sheet for ${place.year}` : `计划为 ${plan.year} 年，本表为 ${place.year} 年`;
    case 'plan-year-unknown':
      return en ? 'the plan text gives no year' : '计划原文未写明年份';
  }
}

/** The plan-mismatch message for a chosen plan that does not fit. */
export function misfitMessage(place: SheetPlace, plan: Plan, reason: Reason, locale: Locale): string {
  const label = planLabel(plan, locale);
  const sheet = placeText(place, locale);
  if (reason === 'plan-year-unknown') {
    return locale === 'en'
      ? `${label}: the plan text gives no year, so it cannot be matched to this sheet (${sheet}); state the year (--year, or the year box) and check again.`
      : `${label}：计划原文未写明年份，无法与本表（${sheet}）对应；请指明计划年份（--year 或“年份”框）后重新校验。`;
  }
  return locale === 'en'
    ? `${label} does not fit this sheet (${sheet}): ${ofChoice(place, plan, reason, locale)}. Nothing was checked against it.`
    : `${label}不适用于本表（${sheet}）：${ofChoice(place, plan, reason, locale)}，未据此核对。`;
}

export function noCurrentPlanMessage(place: SheetPlace, locale: Locale): string {
  return locale === 'en'
    ? `No chosen plan is for this sheet's year (${placeText(place, locale)}): nothing was checked.`
    : `所选计划中没有与本表年份对应的计划（本表：${placeText(place, locale)}），未作核对。`;
}

export function cannotPickMessage(place: SheetPlace, locale: Locale): string {
  return locale === 'en'
    ? `The sheet does not say its ${!place.region ? (place.year ? 'region' : 'region or year') : 'year'} (${placeText(place, locale)}), so no plan was picked for it: choose a plan.`
    : `本表未写明${!place.region ? (place.year ? '地区' : '地区和年份') : '年份'}（${placeText(place, locale)}），无法自动选择计划，请选择一份计划。`;
}

export function noPlanForMessage(place: SheetPlace, available: readonly Plan[], locale: Locale): string {
  const have = available.map((p) => planLabel(p, locale)).join(locale === 'en' ? '; ' : '、');
  return locale === 'en'
    ? `No plan for ${placeText(place, locale)} or a region above it is available${have ? ` (available: ${have})` : ''}: choose or paste its plan.`
    : `没有${placeText(place, locale)}或其上级地区的计划${have ? `（现有：${have}）` : ''}，请选择或粘贴对应的计划。`;
}

/** The sheet's targets matched none (or too few) of the applied plans' targets. */
export function unmatchedMessage(place: SheetPlace, plans: readonly Plan[], claims: number, matched: number, locale: Locale): string {
  const names = plans.map((p) => planLabel(p, locale)).join(locale === 'en' ? '; ' : '、');
  if (claims === 0) {
    return locale === 'en'
      ? `No target or result could be read on this sheet (${placeText(place, locale)}), so nothing was checked against ${names}.`
      : `本表（${placeText(place, locale)}）未读到任何目标值或完成值，无法对照${names}核对。`;
  }
  return locale === 'en'
    ? `Only ${matched} of the sheet's ${claims} targets match ${names} (${placeText(place, locale)}): the plan does not seem to fit this sheet.`
    : `本表（${placeText(place, locale)}）${claims} 项目标中仅 ${matched} 项与${names}对应，计划与本表不符。`;
}

/** "; plans that fit: …" — the suggestion that follows a misfit, when some available plan would fit. */
export function suggestion(fitting: readonly string[], locale: Locale): string {
  if (fitting.length === 0) return '';
  return locale === 'en' ? ` Plans that fit: ${fitting.join('; ')}.` : `适用的计划：${fitting.join('、')}。`;
}
