/**
 * The seeded plans (seeds/plans/*.json), bundled into the pane, the web checker and functions.js
 * at build time so nothing is fetched at run time.
 */
import type { Plan } from '@mubiao/core';

const modules = import.meta.glob<Plan>('../../../seeds/plans/*.json', { eager: true, import: 'default' });

function isPlan(value: unknown): value is Plan {
  const p = value as Plan;
  return typeof p === 'object' && p !== null && typeof p.name === 'string' && typeof p.region === 'string' && Array.isArray(p.targets);
}

let cache: Plan[] | null = null;

export function seedPlans(): Plan[] {
  cache ??= Object.values(modules)
    .filter(isPlan)
    .sort((a, b) => a.name.localeCompare(b.name));
  return cache;
}
