import type { PlanLevelSource, RegionLevel } from '../model.ts';
import { findRegion, levelOfName } from '../reader/regions.ts';

/** Level of a region from its name (安徽省 → province, 六安市 → city, 仙桃市/金安区 → district): the reader's levelOfName. */
export function regionLevel(name: string | undefined): RegionLevel | undefined {
  return (name && levelOfName(name.trim())) || undefined;
}

/**
 * The level a plan's region gives, as Plan fields: the gazetteer's (六安 → city), else its name's (某某县 → district,
 * levelSource `name`); else unknown, with the placeholder level nothing reads. The reader takes it when neither the
 * caller nor the text gives a level, and plan JSON read back when its file gives none (check/region-fit.ts
 * `levelAsRead`): decided once, where the plan is made, so that every verdict and label reads the same levelSource.
 */
export function levelFromRegion(region: string): { level: RegionLevel; levelSource: PlanLevelSource } {
  const name = region.trim();
  const known = name ? findRegion(name)?.level : undefined;
  if (known) return { level: known, levelSource: 'gazetteer' };
  const named = regionLevel(name);
  return named ? { level: named, levelSource: 'name' } : { level: 'city', levelSource: 'unknown' };
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
  const counts: Record<RegionLevel, number> = { national: 0, province: 0, city: 0, district: 0 };
  const perList = new Map<readonly string[], Record<RegionLevel, number>>();
  let last: readonly string[] | undefined;
  let lastCounts: Record<RegionLevel, number> | undefined;
  // An index loop: a for-of here ran unoptimised (once per report) and made a result object per claim.
  for (let i = 0; i < count; i++) {
    const leads = leadsOf(i);
    if (leads.length === 0) continue;
    let own = leads === last ? lastCounts : perList.get(leads);
    if (!own) {
      own = { national: 0, province: 0, city: 0, district: 0 };
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
