import type { TargetKind } from '../model.ts';
import type { Locale } from './format.ts';

/**
 * Finding messages, zh-CN (default) and en. One function per finding code; each takes the
 * already formatted pieces (expected, actual, gap…) so wording lives here and arithmetic in the
 * validator. zh-CN sentences end with "。", en sentences with ".".
 */

/** "技改投资增长目标" / "技改投资 growth target": how a message names a metric's target. */
function targetName(metric: string, kind: TargetKind | undefined, locale: Locale): string {
  if (locale === 'en') return `${metric} ${kind === 'growth' ? 'growth ' : ''}target`;
  // Findings name the same few metrics thousands of times: each name is made once.
  const names = kind === 'growth' ? growthTargetNames : targetNames;
  let name = names.get(metric);
  if (name === undefined) {
    name = `${metric}${kind === 'growth' && !/增长|增速|增幅/.test(metric) ? '增长' : ''}目标`;
    if (names.size >= 10_000) names.clear();
    names.set(metric, name);
  }
  return name;
}

const targetNames = new Map<string, string>();
const growthTargetNames = new Map<string, string>();

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

export function shortfallMessage(t: ShortfallText, locale: Locale): string {
  const name = targetName(t.metric, t.kind, locale);
  if (locale === 'en') {
    const verb = t.ceiling ? 'exceeds the limit of' : 'falls short of';
    return `${name} ${verb} ${t.plan}: the plan asks ${t.expected}, this sheet says ${t.actual}, ${t.gap} ${t.ceiling ? 'over' : 'short'}.`;
  }
  if (t.ceiling) return `${name}超出${t.plan}要求：计划要求${t.expected}，本表为${t.actual}，超出${t.gap}。`;
  return `${name}低于${t.plan}要求：计划要求${t.expected}，本表为${t.actual}，差${t.gap}。`;
}

export function weakerMessage(t: Omit<ShortfallText, 'gap' | 'ceiling'>, locale: Locale): string {
  const name = targetName(t.metric, t.kind, locale);
  if (locale === 'en') return `${name} is a weaker promise than ${t.plan}: the plan asks ${t.expected}, this sheet says ${t.actual}.`;
  return `${name}的约束弱于${t.plan}要求：计划要求${t.expected}，本表为${t.actual}。`;
}

export function missingTargetMessage(t: { metric: string; kind?: TargetKind; expected: string; plan: string }, locale: Locale): string {
  const growth = t.kind === 'growth' && !/增长|增速|增幅/.test(t.metric);
  if (locale === 'en') return `No row takes on the target "${t.metric}${growth ? ' growth' : ''} ${t.expected}" of ${t.plan}.`;
  return `${t.plan}目标“${t.metric}${growth ? '增长' : ''}${t.expected}”未在本表中分解落实。`;
}

export function allocationMessage(
  t: { metric: string; sum: string; expected: string; gap: string; parts: number; against: 'plan' | 'total' },
  locale: Locale,
): string {
  if (locale === 'en') {
    const against = t.against === 'plan' ? 'the plan target' : "the sheet's own total";
    return `${t.metric}: the ${t.parts} allocated parts add up to ${t.sum}, below ${against} ${t.expected} by ${t.gap}.`;
  }
  const against = t.against === 'plan' ? '计划目标' : '本表合计';
  return `${t.metric}分解到${t.parts}个单位合计${t.sum}，低于${against}${t.expected}，差${t.gap}。`;
}

export function behindAmountMessage(
  t: { metric: string; elapsed: string; period: string; due: string; actual: string; done: string; expected: string },
  locale: Locale,
): string {
  if (locale === 'en') {
    return `${t.metric} is behind schedule: ${t.elapsed} of the year is gone (${t.period}), so ${t.due} of ${t.expected} were due; reported ${t.actual} (${t.done} of the annual target).`;
  }
  return `${t.metric}进度滞后：时间已过${t.elapsed}（${t.period}），按进度应完成${t.due}（全年目标${t.expected}），实际完成${t.actual}，仅完成全年目标的${t.done}。`;
}

export function behindRateMessage(
  t: { metric: string; period: string; expected: string; actual: string; gap: string; ceiling: boolean },
  locale: Locale,
): string {
  if (t.ceiling) {
    if (locale === 'en') return `${t.metric} is already over its limit (${t.period}): ${t.actual} against ${t.expected}, ${t.gap} over.`;
    return `${t.metric}已超出目标上限（${t.period}）：目标${t.expected}，实际${t.actual}，超出${t.gap}。`;
  }
  if (locale === 'en') return `${t.metric} is behind its target (${t.period}): ${t.actual} against ${t.expected}, ${t.gap} short.`;
  return `${t.metric}未达目标进度（${t.period}）：目标${t.expected}，实际${t.actual}，差${t.gap}。`;
}

export function unitMismatchMessage(t: { metric: string; planUnit: string; sheetUnit: string }, locale: Locale): string {
  const rates = new Set([t.planUnit, t.sheetUnit]);
  const pointNote = rates.has('%') && rates.has('百分点');
  if (locale === 'en') {
    return `${t.metric}: the plan states it in ${t.planUnit || '(no unit)'}, this sheet in ${t.sheetUnit || '(no unit)'}; the two do not compare${pointNote ? ' (% and percentage points never mix)' : ''}.`;
  }
  return `${t.metric}的单位与计划不一致：计划为“${t.planUnit || '无单位'}”，本表为“${t.sheetUnit || '无单位'}”，无法比较${pointNote ? '（% 与 百分点 不能混用）' : ''}。`;
}

export function sheetPlaceholderMessage(t: { metric: string }, locale: Locale): string {
  if (locale === 'en') return `${t.metric}: the value is still "**", not filled in.`;
  return `${t.metric}的数值仍为“**”，尚未填写。`;
}

export function planPlaceholderMessage(t: { metric: string; plan: string }, locale: Locale): string {
  if (locale === 'en') return `The target "${t.metric}" of ${t.plan} is still "**"; it cannot be checked.`;
  return `${t.plan}目标“${t.metric}”仍为“**”占位，无法核对。`;
}

export function leadMismatchMessage(t: { metric: string; leads: string; departments: string }, locale: Locale): string {
  if (locale === 'en') return `${t.metric}: lead unit "${t.leads}" is not among the plan's departments for this target (${t.departments}).`;
  return `${t.metric}的牵头单位“${t.leads}”不在计划所列责任单位（${t.departments}）之中。`;
}

export function unparsedMessage(t: { text: string; reason?: string }, locale: Locale): string {
  if (t.reason === 'formula-without-value') {
    if (locale === 'en') return `The formula ${t.text} has no saved result; open and save the workbook in Excel or WPS so its value can be checked.`;
    return `公式 ${t.text} 没有保存计算结果，无法核对；请在 Excel 或 WPS 中打开并保存后再检查。`;
  }
  if (t.reason === 'error-value') {
    if (locale === 'en') return `The cell shows the error ${t.text}; it cannot be checked.`;
    return `单元格显示错误值 ${t.text}，无法核对。`;
  }
  if (t.reason === 'no-metric') {
    if (locale === 'en') return `"${t.text}" gives a number but the row's text names no single metric it belongs to.`;
    return `“${t.text}”给出了数值，但本行内容中没有唯一对应的指标。`;
  }
  if (locale === 'en') return `This looks like a target but could not be read: "${t.text}".`;
  return `此处疑似目标，但无法识别：“${t.text}”。`;
}

export function ambiguousMessage(t: { metric: string; options: string }, locale: Locale): string {
  if (locale === 'en') return `${t.metric} matches several plan targets equally well (${t.options}); not guessed, please check by hand.`;
  return `${t.metric}同时匹配计划中的多个目标（${t.options}），未自动判定，请人工核对。`;
}

export function belowPreviousYearMessage(t: { metric: string; kind?: TargetKind; actual: string; expected: string; year: number }, locale: Locale): string {
  const name = targetName(t.metric, t.kind, locale);
  if (locale === 'en') return `${name} ${t.actual} is below the ${t.year} target ${t.expected}.`;
  return `${name}${t.actual}低于${t.year}年目标${t.expected}。`;
}
