import type { Period } from '../model.ts';
import type { ColumnRole } from './types.ts';

/**
 * The words decomposition and progress sheets use for their columns. Headers are compared
 * after `normaliseHeader`, so full-width forms, spaces and line breaks inside a cell do not
 * matter ("牵头\n单位", "目标值（亿元）", "序 号" all read).
 */

/** A header's meaning, its unit in parentheses and the period or year it names. */
export interface HeaderMeaning {
  role: ColumnRole;
  /** The header without its parenthesised unit, normalised. */
  label: string;
  unit?: string;
  year?: number;
  period?: Omit<Period, 'year'> & { year?: number };
}

/** NFKC (full-width → ASCII), no whitespace anywhere, dashes unified, trailing colon dropped. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[—–－~～至到]/g, '-')
    .replace(/[:：]$/, '');
}

// Checked in this order: the first matching role wins. `目标任务` is prose (内容) in task tables.
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['index', /^(序号|编号|序|No\.?|#)$/i],
  ['partner', /(配合|协办|协同|参与)(单位|部门)?$/],
  ['lead', /^(牵头责任单位|牵头单位|牵头部门|责任单位|责任部门|主要责任单位|主责单位|责任主体|牵头)$/],
  [
    'content',
    /(内容和要求|内容及要求|工作任务|目标任务|主要内容|工作内容|具体内容|任务内容|工作要求|目标要求|具体措施|工作措施|主要目标|工作目标|任务要求|具体任务|主要举措)$/,
  ],
  ['task', /^(重点任务|任务名称|重点工作|主要任务|任务事项|重点事项|工作事项|任务)$/],
  ['indicator', /^(主要)?(指标名称|指标|指标项|考核指标|主要指标|指标内容)$/],
  ['unit', /^(计量单位|单位)$/],
  ['rate', /(完成率|完成进度|完成比例|完成百分比|^进度)$/],
  ['actual', /(完成值|累计完成|实际完成|完成数|完成情况|完成额|完成量|已完成|实际值|实绩|完成|实际)$/],
  ['target', /(目标值|全年目标|年度目标|目标数|计划值|计划数|预期目标|年目标|任务数|目标)$/],
  ['note', /^(备注|说明|附注)$/],
];

/** Region columns: tested on the header with its parentheses, since "县(区)" is a name, not a unit. */
const REGION_PATTERN =
  /^(县区|县\(市、?区\)|县\(区\)|县市区|县\(市\)区|各县区|县区名称|地区|区域|地市|市州|设区市|乡镇|乡镇\(街道\)|乡镇街道|单位名称|部门|部门名称|责任单位名称)$/;

/** A bare period label under a 完成 group: "1-6月", "上半年", "一季度". */
const PERIOD_ONLY = /^(\d{1,2}-\d{1,2}月(份)?|\d{1,2}月(底|末)?|上半年|前三季度|[一二三四1-4]季度|全年)$/;

/** Parenthesised parts that are names rather than units ("县(区)", "(街道)"). */
const NOT_A_UNIT = /区|县|市|乡|镇|街道|名称|部门|含|注|说明|月|年/;

/**
 * The period a header names: "1-6月完成" → months 1–6, "上半年" → 1–6, "前三季度" → 1–9,
 * "截至9月底" → 1–9. Undefined when it names none.
 */
export function headerPeriod(text: string): HeaderMeaning['period'] | undefined {
  const t = normaliseHeader(text);
  const yearMatch = /(20\d{2})年/.exec(t);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const withYear = (p: Omit<Period, 'year'>) => (year ? { ...p, year } : p);
  let m = /(\d{1,2})-(\d{1,2})月/.exec(t);
  if (m) return withYear({ fromMonth: Number(m[1]), toMonth: Number(m[2]), label: m[0] });
  m = /(?:截至|截止|至)?(\d{1,2})月(?:底|末|份)?(?:累计)?完成/.exec(t) ?? /^(?:截至|截止)(\d{1,2})月/.exec(t);
  if (m) return withYear({ fromMonth: 1, toMonth: Number(m[1]), label: m[0] });
  if (t.includes('上半年')) return withYear({ fromMonth: 1, toMonth: 6, label: '上半年' });
  if (t.includes('前三季度')) return withYear({ fromMonth: 1, toMonth: 9, label: '前三季度' });
  m = /([一二三四1-4])季度/.exec(t);
  if (m) {
    const q = '一二三四'.indexOf(m[1]!) + 1 || Number(m[1]);
    return withYear({ fromMonth: q * 3 - 2, toMonth: q * 3, label: m[0] });
  }
  if (/全年/.test(t) && /完成|实际/.test(t)) return withYear({ fromMonth: 1, toMonth: 12, label: '全年' });
  return undefined;
}

/** Splits "目标值(亿元)" into label "目标值" and unit "亿元"; "单位:万元" style too. */
export function splitUnit(text: string): { label: string; unit?: string } {
  const t = normaliseHeader(text);
  let unit: string | undefined;
  const label = t.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    const u = inner.replace(/^单位[:：]?/, '');
    if (!unit && u.length > 0 && u.length <= 6 && !NOT_A_UNIT.test(u)) {
      unit = u;
      return '';
    }
    return whole;
  });
  const tail = /单位[:：]([^,，;；]+)$/.exec(label);
  if (tail && !unit) return { label: label.slice(0, tail.index).replace(/[,，]$/, ''), unit: tail[1] };
  return unit ? { label, unit } : { label };
}

/** The meaning of one header text, or undefined when it is not a column word (maybe a metric). */
export function classifyHeader(text: string): HeaderMeaning | undefined {
  const full = normaliseHeader(text);
  if (!full) return undefined;
  if (REGION_PATTERN.test(full)) return { role: 'region', label: full };
  const { label, unit } = splitUnit(full);
  const extra = (m: HeaderMeaning): HeaderMeaning => {
    if (unit) m.unit = unit;
    const period = headerPeriod(full);
    if (period && (m.role === 'actual' || m.role === 'rate')) m.period = period;
    const year = /(20\d{2})年/.exec(full);
    if (year) m.year = Number(year[1]);
    return m;
  };
  if (PERIOD_ONLY.test(label)) return extra({ role: 'actual', label });
  for (const [role, pattern] of ROLE_PATTERNS) {
    if (pattern.test(label)) return extra({ role, label });
  }
  return undefined;
}

/** Header words that name a value column under a metric group in a two-row header. */
export function isValueSubHeader(meaning: HeaderMeaning | undefined): boolean {
  return !!meaning && (meaning.role === 'target' || meaning.role === 'actual' || meaning.role === 'rate');
}
