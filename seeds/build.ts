/**
 * Regenerates seeds/plans/<name>.json from the seed documents (reader + corrections.json).
 * Run after changing the reader or the corrections: `npx tsx seeds/build.ts` (or `pnpm seeds:build`).
 * Review the diff before committing: it is the change in what Mubiao believes the plans say.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildPlans, planPath } from './build-plans.ts';

let built: ReturnType<typeof buildPlans>;
try {
  built = buildPlans();
} catch (error) {
  // A broken manifest, corrections file or missing document: one line, no stack.
  console.error(`seeds/build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
let stale = 0;
for (const { entry, plan, json, applied, unmatched } of built) {
  const path = planPath(entry.name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json);
  console.log(
    `${entry.name.padEnd(12)} ${plan.region} ${plan.year}: ${plan.targets.length} targets, ${plan.actuals.length} actuals, ${plan.tasks.length} tasks` +
      (applied.length ? `, ${applied.length} corrections` : ''),
  );
  for (const c of unmatched) {
    stale++;
    console.error(`  correction matched nothing: ${c.plan} ${c.metric} "${c.text}" (${c.reason})`);
  }
}
if (stale > 0) {
  console.error(`${stale} stale correction(s) in seeds/corrections.json`);
  process.exitCode = 1;
}
