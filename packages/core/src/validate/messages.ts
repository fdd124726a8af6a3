import type { RegionLevel, TargetKind } from '../model.ts';
import {
  localeWords,
  type AllocationText,
  type BehindAmountText,
  type BehindRateText,
  type MessageWords,
  type ShortfallText,
  type UnparsedReason,
} from '../vocab/words.ts';
import type { Locale } from './format.ts';

export type { ShortfallText };

/**
 * Finding messages, one function per finding code; each takes the already formatted pieces
 * (expected, actual, gap…) so wording lives here and arithmetic in the validator. Chinese is built
 * in; other locales come from the registry (vocab/words.ts; English in locales/en-check.ts).
 * zh-CN sentences end with "。", en sentences with ".".
 */

/** A metric name that says growth itself (营收增速) takes no added 增长 / "growth". */
const SAYS_GROWTH = /增长|增速|增幅/;

// Findings name the same few metrics thousands of times: each Chinese name is made once.
const targetNames = new Map<string, string>();
const growthTargetNames = new Map<string, string>();

const ZH: MessageWords = {
  targetName: (metric, kind) => {
    const names = kind === 'growth' ? growthTargetNames : targetNames;
    let name = names.get(metric);
    if (name === undefined) {
      name = `${metric}${kind === 'growth' && !SAYS_GROWTH.test(metric) ? '增长' : ''}目标`;
      if (names.size >= 10_000) names.clear();
      names.set(metric, name);
    }
    return name;
  },
  shortfall: (name, t) =>
    t.ceiling
      ? `${name}超出${t.plan}要求：计划要求${t.expected}，本表为${t.actual}，超出${t.gap}。`
      : `${name}低于${t.plan}要求：计划要求${t.expected}，本表为${t.actual}，差${t.gap}。`,
  weaker: (name, t) => `${name}的约束弱于${t.plan}要求：计划要求${t.expected}，本表为${t.actual}。`,
  missingTarget: (t) => `${t.plan}目标“${t.metric}${t.growth ? '增长' : ''}${t.expected}”未在本表中分解落实。`,
  allocation: (t) => `${t.metric}分解到${t.parts}个单位合计${t.sum}，低于${t.against === 'plan' ? '计划目标' : '本表合计'}${t.expected}，差${t.gap}。`,
  behindAmount: (t) =>
    `${t.metric}进度滞后：时间已过${t.elapsed}（${t.period}），按进度应完成${t.due}（全年目标${t.expected}），实际完成${t.actual}，仅完成全年目标的${t.done}。`,
  behindRate: (t) =>
    t.ceiling
      ? `${t.metric}已超出目标上限（${t.period}）：目标${t.expected}，实际${t.actual}，超出${t.gap}。`
      : `${t.metric}未达目标进度（${t.period}）：目标${t.expected}，实际${t.actual}，差${t.gap}。`,
  unitMismatch: (t, pointNote) =>
    `${t.metric}的单位与计划不一致：计划为“${t.planUnit || '无单位'}”，本表为“${t.sheetUnit || '无单位'}”，无法比较${pointNote ? '（% 与 百分点 不能混用）' : ''}。`,
  sheetPlaceholder: (metric) => `${metric}的数值仍为“**”，尚未填写。`,
  planPlaceholder: (metric, plan) => `${plan}目标“${metric}”仍为“**”占位，无法核对。`,
  noHeader: (sheet) => `工作表“${sheet}”中未找到表头（如 序号、重点任务、内容和要求、指标、目标值、完成值、牵头单位、县区），未作检查。`,
  leadMismatch: (t) => `${t.metric}的牵头单位“${t.leads}”不在计划所列责任单位（${t.departments}）之中。`,
  unparsed: {
    'formula-without-value': (text) => `公式 ${text} 没有保存计算结果，无法核对；请在 Excel 或 WPS 中打开并保存后再检查。`,
    'error-value': (text) => `单元格显示错误值 ${text}，无法核对。`,
    'no-metric': (text) => `“${text}”给出了数值，但本行内容中没有唯一对应的指标。`,
    'damaged-cell': () => '单元格指向文件中不存在的共享字符串（文件已损坏），其内容无法读取，无法核对；请用 Excel 或 WPS 修复或重新保存后再检查。',
    unreadable: (text) => `此处疑似目标，但无法识别：“${text}”。`,
  },
  ambiguous: (t) => `${t.metric}同时匹配计划中的多个目标（${t.options}），未自动判定，请人工核对。`,
  belowPreviousYear: (name, t) => `${name}${t.actual}低于${t.year}年目标${t.expected}。`,
  unplaced: (t) =>
    t.own
      ? `${t.metric}未与${t.plans}对照：本计划层级不详，无法判断其是否为本计划的上级计划。`
      : `${t.metric}未与${t.plans}对照：无法判断其是否为本计划的上级计划。`,
  planWords: { national: '国家级', province: '省级', city: '市级', district: '区级', plan: '计划' },
};

function words(locale: Locale): MessageWords {
  return localeWords(locale, 'messages') ?? ZH;
}

export function shortfallMessage(t: ShortfallText, locale: Locale): string {
  const w = words(locale);
  return w.shortfall(w.targetName(t.metric, t.kind), t);
}

export function weakerMessage(t: Omit<ShortfallText, 'gap' | 'ceiling'>, locale: Locale): string {
  const w = words(locale);
  return w.weaker(w.targetName(t.metric, t.kind), t);
}

export function missingTargetMessage(t: { metric: string; kind?: TargetKind; expected: string; plan: string }, locale: Locale): string {
  const growth = t.kind === 'growth' && !SAYS_GROWTH.test(t.metric);
  return words(locale).missingTarget({ metric: t.metric, growth, expected: t.expected, plan: t.plan });
}

export function allocationMessage(t: AllocationText, locale: Locale): string {
  return words(locale).allocation(t);
}

export function behindAmountMessage(t: BehindAmountText, locale: Locale): string {
  return words(locale).behindAmount(t);
}

export function behindRateMessage(t: BehindRateText, locale: Locale): string {
  return words(locale).behindRate(t);
}

export function unitMismatchMessage(t: { metric: string; planUnit: string; sheetUnit: string }, locale: Locale): string {
  const rates = new Set([t.planUnit, t.sheetUnit]);
  return words(locale).unitMismatch(t, rates.has('%') && rates.has('百分点'));
}

export function sheetPlaceholderMessage(t: { metric: string }, locale: Locale): string {
  return words(locale).sheetPlaceholder(t.metric);
}

export function noHeaderMessage(t: { sheet: string }, locale: Locale): string {
  return words(locale).noHeader(t.sheet);
}

export function planPlaceholderMessage(t: { metric: string; plan: string }, locale: Locale): string {
  return words(locale).planPlaceholder(t.metric, t.plan);
}

export function leadMismatchMessage(t: { metric: string; leads: string; departments: string }, locale: Locale): string {
  return words(locale).leadMismatch(t);
}

export function unparsedMessage(t: { text: string; reason?: string }, locale: Locale): string {
  const r = t.reason;
  const reason: UnparsedReason = r === 'formula-without-value' || r === 'error-value' || r === 'no-metric' || r === 'damaged-cell' ? r : 'unreadable';
  return words(locale).unparsed[reason](t.text);
}

export function ambiguousMessage(t: { metric: string; options: string }, locale: Locale): string {
  return words(locale).ambiguous(t);
}

export function belowPreviousYearMessage(t: { metric: string; kind?: TargetKind; actual: string; expected: string; year: number }, locale: Locale): string {
  const w = words(locale);
  return w.belowPreviousYear(w.targetName(t.metric, t.kind), t);
}

/** A plan's target not compared with plans that could not be placed against it for an unknown level (validatePlan). */
export function unplacedMessage(t: { metric: string; plans: string; own: boolean; many: boolean }, locale: Locale): string {
  return words(locale).unplaced(t);
}

/** How a message names the plan compared against: 国家级/省级/市级/区级 when it is a level above, else 计划. */
export function planWord(level: RegionLevel | undefined, locale: Locale): string {
  const names = words(locale).planWords;
  return level === undefined ? names.plan : names[level];
}
