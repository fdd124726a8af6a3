/**
 * The seeded plans: read from seeds/documents by the plan reader plus reviewed corrections
 * (seeds/build.ts), committed as plans/*.json. Pure data, usable in Node and in the browser.
 */
import type { Plan } from '@mubiao/core';
import manifest from './manifest.json' with { type: 'json' };
import anhui2024 from './plans/anhui-2024.json' with { type: 'json' };
import jinan2023 from './plans/jinan-2023.json' with { type: 'json' };
import jinan2024 from './plans/jinan-2024.json' with { type: 'json' };
import luan2019 from './plans/luan-2019.json' with { type: 'json' };
import luan2023 from './plans/luan-2023.json' with { type: 'json' };
import suzhou2023 from './plans/suzhou-2023.json' with { type: 'json' };

/** JSON imports type their string unions as plain strings; the build wrote them from Plan objects. */
const asPlan = (json: unknown): Plan => json as Plan;

/** Every seeded plan, in manifest order. */
export const seededPlans: readonly Plan[] = [luan2023, suzhou2023, anhui2024, luan2019, jinan2024, jinan2023].map(asPlan);

/** Manifest entries: which document and part each plan is read from. */
export const seedManifest: readonly {
  name: string;
  file: string;
  region: string;
  level: string;
  parentRegion?: string;
  year: number;
  part: string;
  title?: string;
}[] = manifest.plans;

/** A seeded plan by name ("luan-2023"), or undefined. */
export function seededPlan(name: string): Plan | undefined {
  return seededPlans.find((p) => p.name === name);
}

/** The seeded plans of a region (full name "六安市" or short "六安"), optionally for one year. */
export function seededPlansFor(region: string, year?: number): Plan[] {
  return seededPlans.filter((p) => (p.region === region || p.region.replace(/[省市区县]$/, '') === region) && (year === undefined || p.year === year));
}
