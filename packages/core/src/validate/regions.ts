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
  const counts: Record<RegionLevel, number> = { province: 0, city: 0, district: 0 };
  for (const d of departments) {
    const first = d.trim()[0];
    if (first === '区' || first === '县') counts.district++;
    else if (first === '市') counts.city++;
    else if (first === '省') counts.province++;
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
