/// <reference types="node" />
/**
 * `pnpm size`: builds the package, prints the gzip size of every entry point, the single file,
 * each locale module and each theme file, with ✓/✗ against issues 4 and 17's goals, and writes size-report.json (committed; tests/size.test.ts
 * fails when it is stale or a budget is broken). A missed goal is printed; exits 1 when a budget
 * (the goal where met, else a regression ceiling, see size-report.ts) is broken.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './bundle.ts';
import { buildAll } from './build.ts';
import { budgetFailures, formatReport, goalFailures, sizeReport } from './size-report.ts';

let built: Awaited<ReturnType<typeof buildAll>>;
try {
  built = await buildAll({ declarations: false });
} catch (error) {
  console.error(`size: the build failed: ${(error as Error).message}`);
  process.exit(2);
}
const { modules, single, locales, themes } = built;
const report = sizeReport(modules, single, locales, themes);
writeFileSync(join(packageDir, 'size-report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(formatReport(report));
console.log('wrote packages/elements/size-report.json');
for (const miss of goalFailures(report)) console.warn(`size goal missed: ${miss}`);
const failures = budgetFailures(report);
for (const failure of failures) console.error(`size budget broken: ${failure}`);
process.exitCode = failures.length ? 1 : 0;
