import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlans, planPath } from '../../../seeds/build-plans.ts';

/**
 * seeds/plans/*.json must be exactly what the reader plus seeds/corrections.json produce from the
 * seed documents. When this fails after a reader or grammar change, run `pnpm seeds:build`,
 * review the diff (it is the change in what Mubiao believes the plans say) and commit it.
 */
describe('committed seed plans', () => {
  const built = buildPlans();

  it.each(built.map((b) => [b.entry.name, b] as const))('%s matches reader + corrections', (name, b) => {
    const path = planPath(name);
    expect(existsSync(path), `${path} is missing: run pnpm seeds:build`).toBe(true);
    const committed = readFileSync(path, 'utf8');
    if (committed !== b.json) {
      // Compare parsed plans for a readable diff, then insist on the exact text.
      expect(JSON.parse(committed), `${name}: committed plan is stale — run pnpm seeds:build and review`).toEqual(b.plan);
    }
    expect(committed).toBe(b.json);
  });

  it('has no stale corrections', () => {
    expect(built.flatMap((b) => b.unmatched)).toEqual([]);
  });
});
