/**
 * `pnpm corpus:stability`: the reader on reposts of the dev texts (reposts.ts) against its reading of
 * the texts themselves — the same plan must be read whatever wrapping it arrives in. No gold needed.
 *
 *   pnpm corpus:stability                  per transform: texts stable / total, entries kept, added
 *   pnpm corpus:stability --show NAME      also each text NAME changed, and how
 *   pnpm corpus:stability --only c007,c011 only these dev texts
 *   pnpm corpus:stability --write          write tests/corpus/stability.json (stability.test.ts holds the reader to it)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPlan } from '@mubiao/core';
import { CORPUS_DIR } from './scoring.ts';
import { devTexts, differenceOf, figuresOf, isStable, keyedEntries, readingOf, stabilityFile, TRANSFORMS, type Difference } from './reposts.ts';

const args = process.argv.slice(2);
const valueOf = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const show = valueOf('--show');
const only = valueOf('--only')?.split(',').filter(Boolean);
if (show && !TRANSFORMS.some((t) => t.name === show)) {
  console.error(`pnpm corpus:stability: no transform ${show} (${TRANSFORMS.map((t) => t.name).join(', ')})`);
  process.exit(2);
}
if (args.includes('--write') && only) {
  console.error('pnpm corpus:stability: --write needs every dev text');
  process.exit(2);
}

const texts = devTexts().filter((d) => !only || only.includes(d.id));
const readings = texts.map((d) => readingOf(extractPlan(d.text)));
const figures: Record<string, ReturnType<typeof figuresOf>> = {};
console.log(`The reader on reposts of ${texts.length} dev texts against its reading of the texts (no gold)\n`);
for (const transform of TRANSFORMS) {
  const diffs: Difference[] = texts.map((d, i) => differenceOf(readings[i]!, readingOf(extractPlan(transform.apply(d.text)))));
  const f = figuresOf(diffs, readings);
  figures[transform.name] = f;
  console.log(
    `${transform.name.padEnd(14)} stable ${String(f.stable).padStart(3)}/${f.texts}  entries kept ${String(f.kept).padStart(4)}/${f.entries}  added ${String(f.added).padStart(3)}  ` +
      `year ${String(f.year).padStart(2)}  region ${String(f.region).padStart(2)}  level ${String(f.level).padStart(2)}   ${transform.says}`,
  );
  if (transform.name !== show) continue;
  diffs.forEach((d, i) => {
    if (isStable(d)) return;
    const what = [
      d.year ? `year ${d.year[0]}→${d.year[1]}` : '',
      d.region ? `region ${d.region[0]}→${d.region[1]}` : '',
      d.level ? `level ${d.level[0]}→${d.level[1]}` : '',
      d.lost.length ? `lost ${d.lost.length}` : '',
      d.added.length ? `added ${d.added.length}` : '',
    ].filter(Boolean);
    console.log(`  ${texts[i]!.id}  ${what.join('  ')}`);
    const where = (text: string, key: string) => {
      const span = keyedEntries(extractPlan(text)).find((e) => e.key === key)?.span;
      return span
        ? `  ${`${text.slice(Math.max(0, span[0] - 16), span[0])}【${text.slice(span[0], span[1])}】${text.slice(span[1], span[1] + 8)}`.replace(/\n/g, '⏎')}`
        : '';
    };
    const repost = transform.apply(texts[i]!.text);
    for (const e of d.lost) console.log(`      - ${e.padEnd(34)}${where(texts[i]!.text, e)}`);
    for (const e of d.added) console.log(`      + ${e.padEnd(34)}${where(repost, e)}`);
  });
}

if (args.includes('--write')) {
  const file = join(CORPUS_DIR, 'stability.json');
  writeFileSync(file, `${JSON.stringify(stabilityFile(figures), null, 1)}\n`);
  console.log(`\nwrote ${file}`);
}
