/**
 * Accuracy of the reader against the expectation lists, per seed plan: run with
 * `npx tsx packages/core/test/expectations/report.ts [--details]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlans, SEEDS_DIR } from '../../../../seeds/build-plans.ts';
import { loadExpectations, ratio, scoreActuals, scoreTargets } from './score.ts';

export function accuracyRows() {
  return buildPlans().map(({ entry, plan }) => {
    const original = readFileSync(join(SEEDS_DIR, entry.file), 'utf8');
    const expectations = loadExpectations(entry.name, original);
    return { name: entry.name, original, targets: scoreTargets(plan, expectations), actuals: scoreActuals(plan, expectations) };
  });
}

export function accuracyTable(rows: ReturnType<typeof accuracyRows>): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
  const lines = ['plan          expected reported  exact-P exact-R  number-P number-R  actuals(right/expected/reported)'];
  let e = 0,
    r = 0,
    x = 0,
    n = 0;
  for (const { name, targets: t, actuals: a } of rows) {
    e += t.expected;
    r += t.reported;
    x += t.exact;
    n += t.numbersRight;
    lines.push(
      `${name.padEnd(13)} ${String(t.expected).padStart(8)} ${String(t.reported).padStart(8)}  ${pct(ratio(t.exact, t.reported))}  ${pct(ratio(t.exact, t.expected))}   ${pct(ratio(t.numbersRight, t.reported))}   ${pct(ratio(t.numbersRight, t.expected))}  ` +
        (a.expected ? `${a.right}/${a.expected}/${a.reported}` : '-'),
    );
  }
  lines.push(
    `${'all'.padEnd(13)} ${String(e).padStart(8)} ${String(r).padStart(8)}  ${pct(ratio(x, r))}  ${pct(ratio(x, e))}   ${pct(ratio(n, r))}   ${pct(ratio(n, e))}`,
  );
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('report.ts')) {
  const rows = accuracyRows();
  console.log(accuracyTable(rows));
  if (process.argv.includes('--details')) {
    for (const { name, original, targets, actuals } of rows) {
      for (const v of targets.verdicts) {
        if (Object.keys(v.differences).length === 0) continue;
        const d = Object.entries(v.differences)
          .map(([k, [w, g]]) => `${k}: want ${JSON.stringify(w)} got ${JSON.stringify(g)}`)
          .join('; ');
        console.log(`${name}:${v.expected.line} ${v.expected.metric} — ${d}`);
      }
      for (const t of targets.extra) console.log(`${name}: EXTRA ${t.metric} ${t.kind} ${t.comparator} ${t.value} ${t.unit} "${original.slice(...t.span)}"`);
      for (const m of actuals.misses) console.log(`${name}:${m.expected.line} ACTUAL ${m.expected.metric} ${m.expected.value} — ${m.why}`);
    }
  }
}
