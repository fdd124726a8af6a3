import type { Plan, RegionLevel } from '../model.ts';

/** Province above city above district. */
const RANK: Record<RegionLevel, number> = { province: 0, city: 1, district: 2 };

/** Level of a region from its name: 安徽省 → province, 六安市/…州 → city, 金安区/…县 → district. */
export function regionLevel(name: string | undefined): RegionLevel | undefined {
  if (!name) return undefined;
  const n = name.trim();
  if (/省$|自治区$/.test(n)) return 'province';
  if (/(区|县|旗)$/.test(n)) return 'district';
  if (/(市|州|盟)$/.test(n)) return 'city';
  return undefined;
}

/**
 * Level of a sheet from its departments' prefixes: 区经信局, 县发改委 → district; 市经信局 →
 * city; 省经信厅 → province. The most frequent prefix wins; undefined when none has one.
 */
export function levelFromDepartments(departments: readonly string[]): RegionLevel | undefined {
  return levelFromLeads(1, () => departments);
}

/**
 * levelFromDepartments over every claim's leads, without joining them into one array. readSheet
 * shares one leads list per 牵头单位 text, so each distinct list is read once and then counted
 * by identity: a 200k-claim sheet has a handful of lists, and reading a first character that is
 * not Latin-1 (区, 市) makes a new one-character string every time.
 */
export function levelFromLeads(count: number, leadsOf: (i: number) => readonly string[]): RegionLevel | undefined {
  const counts: Record<RegionLevel, number> = { province: 0, city: 0, district: 0 };
  const perList = new Map<readonly string[], Record<RegionLevel, number>>();
  let last: readonly string[] | undefined;
  let lastCounts: Record<RegionLevel, number> | undefined;
  // An index loop: a for-of here ran unoptimised (once per report) and made a result object per claim.
  for (let i = 0; i < count; i++) {
    const leads = leadsOf(i);
    if (leads.length === 0) continue;
    let own = leads === last ? lastCounts : perList.get(leads);
    if (!own) {
      own = { province: 0, city: 0, district: 0 };
      for (const d of leads) {
        const first = d.trim()[0];
        if (first === '区' || first === '县') own.district++;
        else if (first === '市') own.city++;
        else if (first === '省') own.province++;
      }
      perList.set(leads, own);
    }
    last = leads;
    lastCounts = own;
    counts.district += own.district;
    counts.city += own.city;
    counts.province += own.province;
  }
  const best = (Object.keys(counts) as RegionLevel[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : undefined;
}

/**
 * How a plan stands to a sheet (or to another plan):
 * - `same`: the same region (or the sheet's region and level are unknown: the user chose the plan);
 * - `upper`: the plan is a level above (a district sheet against its city's plan);
 * - `lower`: the plan is a level below: not used to check the sheet;
 * - `other`: another region of the same level (宿州市 for a 六安市 sheet): not used.
 */
export type PlanRelation = 'same' | 'upper' | 'lower' | 'other';

export function planRelation(sheet: { region?: string | undefined; level?: RegionLevel | undefined }, plan: Pick<Plan, 'region' | 'level'>): PlanRelation {
  if (sheet.region && sheet.region === plan.region) return 'same';
  const level = sheet.level ?? regionLevel(sheet.region);
  if (!level) return 'same';
  const diff = RANK[level] - RANK[plan.level];
  if (diff > 0) return 'upper';
  if (diff < 0) return 'lower';
  return sheet.region ? 'other' : 'same';
}

/**
 * The regions above `region` that the plans know of, by level: 金安区 (parent 六安市 in its plan)
 * → { city: 六安市, province: 安徽省 } when 六安市's plan names 安徽省 as its parent. `parent`
 * overrides what the plans say about the first step.
 */
export function knownAncestors(
  region: string | undefined,
  plans: readonly Pick<Plan, 'region' | 'level' | 'parentRegion'>[],
  parent?: string,
): Map<RegionLevel, string> {
  const chain = new Map<RegionLevel, string>();
  let next = parent ?? plans.find((p) => p.region === region && p.parentRegion)?.parentRegion;
  const seen = new Set<string>();
  while (next && !seen.has(next)) {
    seen.add(next);
    const level = plans.find((p) => p.region === next)?.level ?? regionLevel(next);
    if (level && !chain.has(level)) chain.set(level, next);
    const current = next;
    next = plans.find((p) => p.region === current && p.parentRegion)?.parentRegion;
  }
  return chain;
}

/**
 * An upper plan applies when it is the known ancestor at its level, or when no ancestor at that
 * level is known (then the caller's choice of plans is trusted): 宿州市's plan never checks a
 * 金安区 sheet once 金安区's parent is known to be 六安市.
 */
export function isKnownAncestor(plan: Pick<Plan, 'region' | 'level'>, ancestors: ReadonlyMap<RegionLevel, string>): boolean {
  const known = ancestors.get(plan.level);
  return known === undefined || known === plan.region;
}
