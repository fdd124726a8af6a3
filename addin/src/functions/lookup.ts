/**
 * Finds the plan target a custom function asks for: metric matched through core's metricKey
 * (so 技改投资 finds 技术改造投资), region by name (六安 finds 六安市), year exactly.
 * Pure, so it is tested without Excel.
 */
import type { Plan, Target, TargetKind } from '@mubiao/core';
import { metricKey } from '@mubiao/core';

export type LookupResult =
  { ok: true; plan: Plan; target: Target } | { ok: false; reason: 'bad-input' | 'no-plan' | 'not-found' | 'ambiguous' | 'placeholder'; message: string };

/** Region names compare without their level suffix: 六安 = 六安市, 安徽 = 安徽省. */
export function regionMatches(planRegion: string, asked: string): boolean {
  const bare = (s: string): string => s.trim().replace(/(省|市|区|县)$/u, '');
  return planRegion === asked.trim() || bare(planRegion) === bare(asked);
}

function sameRequirement(a: Target, b: Target): boolean {
  return a.comparator === b.comparator && a.value === b.value && a.max === b.max && a.unit === b.unit && a.decline === b.decline;
}

/** Verbs written before a metric that say which kind of target is meant: 新增X户 is an increment. */
const KIND_PREFIXES: [RegExp, TargetKind[]][] = [
  [/^(新增|新培育|新认定|新建|新引进)/u, ['increment', 'count']],
  [/^(培育|认定|建设|打造|引进)/u, ['count', 'increment']],
];

/** The metric key to look up and, when the words say so, the kinds of target meant. */
export function askedMetric(metric: string): { key: string; kinds: TargetKind[] | null } {
  for (const [prefix, kinds] of KIND_PREFIXES) {
    const rest = metric.replace(prefix, '');
    if (rest !== metric && rest.length > 0) return { key: metricKey(rest), kinds };
  }
  return { key: metricKey(metric), kinds: null };
}

export function findTarget(plans: readonly Plan[], metric: unknown, region: unknown, year: unknown): LookupResult {
  const m = typeof metric === 'string' ? metric.trim() : '';
  const r = typeof region === 'string' ? region.trim() : '';
  const y = typeof year === 'number' ? year : typeof year === 'string' ? Number(year.trim()) : NaN;
  if (!m) return { ok: false, reason: 'bad-input', message: '指标名为空 / metric is empty' };
  if (!r) return { ok: false, reason: 'bad-input', message: '地区为空 / region is empty' };
  if (!Number.isInteger(y) || y < 1990 || y > 2100)
    return { ok: false, reason: 'bad-input', message: `年份无效 / bad year: ${typeof year === 'string' ? year : typeof year}` };
  const candidates = plans.filter((p) => regionMatches(p.region, r));
  if (!candidates.length) {
    const known = [...new Set(plans.map((p) => p.region))].join('、');
    return { ok: false, reason: 'no-plan', message: `没有“${r}”的工作要点（已有：${known}）/ no plan for ${r}` };
  }
  const { key, kinds } = askedMetric(m);
  let matches: { plan: Plan; target: Target }[] = [];
  for (const plan of candidates) {
    for (const target of plan.targets) if (target.year === y && (target.metricKey === key || target.metricKey === metricKey(m))) matches.push({ plan, target });
  }
  // 新增规上工业企业 asks for the increment, not the stock of 规上工业企业.
  if (kinds && matches.some((x) => kinds.includes(x.target.kind))) matches = matches.filter((x) => kinds.includes(x.target.kind));
  if (!matches.length) {
    const years = [...new Set(candidates.flatMap((p) => p.targets.filter((t) => t.metricKey === key).map((t) => t.year)))].sort();
    const hint = years.length ? `（该指标只有 ${years.join('、')} 年的目标）` : '';
    return { ok: false, reason: 'not-found', message: `${r} ${y} 年没有“${m}”的目标${hint} / no ${y} target for ${m} in ${r}` };
  }
  // The same requirement stated twice (e.g. in the body and in the attached table) is one target.
  const distinct = matches.filter((a, i) => matches.findIndex((b) => sameRequirement(a.target, b.target)) === i);
  if (distinct.length > 1) {
    const list = distinct.map((d) => d.target.quote.slice(0, 30)).join(' | ');
    return { ok: false, reason: 'ambiguous', message: `“${m}”在 ${r} ${y} 年有 ${distinct.length} 个不同目标：${list} / ambiguous` };
  }
  const found = distinct[0]!;
  if (found.target.comparator === 'placeholder' || found.target.value === null) {
    return { ok: false, reason: 'placeholder', message: `“${m}”的目标尚待确定（原文为 **）/ target not set yet` };
  }
  return { ok: true, ...found };
}
