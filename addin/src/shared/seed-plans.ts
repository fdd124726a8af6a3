/**
 * The seeded plans (@mubiao/seeds), bundled into the pane, the web checker and functions.js at
 * build time so nothing is fetched at run time.
 */
import type { Plan } from '@mubiao/core';
import { seededPlans } from '@mubiao/seeds';

export function seedPlans(): readonly Plan[] {
  return seededPlans;
}
