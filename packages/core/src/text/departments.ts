/**
 * Department names compared across levels. A district's 区经信局 does the job the city's 市经信局
 * does, so departments compare by their level-free core: the leading level word (省/市/区/县) or
 * region name (六安市, 金安区) is dropped, 厅 reads as 局, and the long official names meet their
 * usual short forms (经济和信息化局 → 经信局, 发展和改革委员会 → 发改委).
 */

const ALIASES: [RegExp, string][] = [
  [/经济和信息化(局|厅|委员会|委)|经济信息化(局|厅|委)|经信(厅|委)/, '经信局'],
  [/发展和改革委员会|发展改革委员会|发展改革委|发展和改革委|发改局/, '发改委'],
  [/科学技术(局|厅)|科技厅/, '科技局'],
  [/市场监督管理局|市场监管厅/, '市场监管局'],
  [/数据资源管理局|数据资源局|数据局/, '数管局'],
  [/人力资源和社会保障(局|厅)|人社厅/, '人社局'],
  [/生态环境(分局|厅)/, '生态环境局'],
  [/自然资源和规划局|自然资源(厅|和规划厅)/, '自然资源局'],
  [/财政厅/, '财政局'],
  [/统计厅/, '统计局'],
  [/商务厅/, '商务局'],
  [/投资促进中心|投资促进局|投创中心|招商创业中心|招商中心/, '招商中心'],
];

const REGION_PREFIX = /^[\u4e00-\u9fa5]{1,4}?(省|市|区|县)(?=[\u4e00-\u9fa5]{2,})/;
const LEVEL_PREFIX = /^(省|市|区|县)(?=[\u4e00-\u9fa5]{2,})/;

const cores = new Map<string, string>();

/** Level-free core of a department name: "区经信局" → "经信局", "六安市发展改革委" → "发改委". */
export function departmentCore(name: string): string {
  // Sheets and plans repeat a few dozen department names: each is reduced once.
  let core = cores.get(name);
  if (core === undefined) {
    core = coreOf(name);
    if (cores.size >= 10_000) cores.clear();
    cores.set(name, core);
  }
  return core;
}

function coreOf(name: string): string {
  let n = name.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  for (const [pattern, short] of ALIASES) n = n.replace(pattern, short);
  const level = LEVEL_PREFIX.exec(n);
  if (level) n = n.slice(level[0].length);
  else {
    const region = REGION_PREFIX.exec(n);
    if (region && /(局|委|厅|办|中心|公司)$/.test(n)) n = n.slice(region[0].length);
  }
  return n;
}

/** Plan departments that accept any lower-level unit (各县区政府…为落实主体). */
const ANY_LOCAL = /各县区|县区政府|各区县|各县\(市、?区\)|各地/;

/**
 * Is one of the row's leads among the plan target's departments (leads and partners)?
 * Undefined when either side names no department: nothing to compare.
 */
export function leadsAgree(rowLeads: readonly string[], planDepartments: readonly string[]): boolean | undefined {
  if (rowLeads.length === 0 || planDepartments.length === 0) return undefined;
  if (planDepartments.some((d) => ANY_LOCAL.test(d))) return true;
  const plan = new Set(planDepartments.map(departmentCore));
  return rowLeads.some((l) => plan.has(departmentCore(l)));
}

/** Splits a 牵头单位 cell into department names: "区经信局、区科技局" → two names. */
export function splitDepartments(text: string): string[] {
  return text
    .split(/[、，,；;/\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
