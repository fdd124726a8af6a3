/**
 * `pnpm bench:elements`: the ranking table against a plain <table> in headless Chromium, at
 * 1,000 / 22,434 (安徽 规上工业企业) / 100,000 rows. Builds page.ts with vite into memory, serves
 * nothing: the bundle goes into the page as an inline module (the page has no CSP). Prints the
 * median of several runs of each figure next to the goals; it asserts nothing (timings depend on
 * the machine), so it never fails a build.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { RunResult } from './page.ts';
import { chromiumLaunchOptions } from '../../../scripts/chromium-launch.ts';
import { bundlePage } from '../bundle-page.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const SIZES = (process.env['MB_BENCH_SIZES'] ?? '1000,22434,100000').split(',').map(Number);
const RUNS = Number(process.env['MB_BENCH_RUNS'] ?? 3);
const GOAL_FIRST_FRAME = 50;
const GOAL_SORT = 100;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function summarise(runs: RunResult[]): RunResult {
  const keys = Object.keys(runs[0]!) as (keyof RunResult)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as RunResult;
}

const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);

async function main(): Promise<void> {
  const started = performance.now();
  const code = await bundlePage(`${here}page.ts`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => 'mbBench' in window);

    const rows: string[][] = [];
    const results: Record<string, RunResult> = {};
    for (const n of SIZES) {
      for (const kind of ['virtual', 'plain'] as const) {
        const runs: RunResult[] = [];
        // The plain table at 100k rows takes ~30 s a run; one run says enough.
        const runCount = kind === 'plain' && n > 50000 ? 1 : RUNS;
        for (let r = 0; r < runCount; r++) {
          runs.push(
            await page.evaluate(([k, size]) => (k === 'virtual' ? window.mbBench.runVirtual(size) : window.mbBench.runPlain(size)), [kind, n] as const),
          );
        }
        const s = summarise(runs);
        results[`${kind}:${n}`] = s;
        rows.push([
          `${n.toLocaleString('en')}`.padStart(8),
          (kind === 'virtual' ? '<mb-ranking-table>' : 'plain <table>').padEnd(19),
          ms(s.firstRender),
          ms(s.firstFrame),
          ms(s.sortNumber),
          ms(s.sortText),
          // A plain table scrolls without script, so there is nothing to time.
          kind === 'plain' ? '—'.padStart(27) : `${ms(s.scrollMedian)} /${ms(s.scrollMax)}`,
          String(s.domRows).padStart(8),
        ]);
        process.stderr.write('.');
      }
    }
    process.stderr.write('\n');
    const header = ['    rows', 'renderer           ', '    render', 'first frame', '  sort num', ' sort text', ' scroll update median / max', 'DOM rows'];
    console.log(`Ranking table benchmark — headless Chromium, median of ${RUNS} runs (plain table at 100k: 1 run)`);
    console.log(header.join('  '));
    for (const r of rows) console.log(r.join('  '));
    console.log('');
    console.log(`Script time of the pure ranking functions (no DOM), median of ${RUNS} runs:`);
    for (const n of SIZES) {
      const computeRuns: Record<string, number>[] = [];
      for (let r = 0; r < RUNS; r++) computeRuns.push(await page.evaluate((size) => window.mbBench.runCompute(size), n));
      const c = Object.fromEntries(Object.keys(computeRuns[0]!).map((k) => [k, median(computeRuns.map((x) => x[k]!))]));
      console.log(
        `${n.toLocaleString('en').padStart(8)}  ${Object.entries(c)
          .map(([k, t]) => `${k} ${t.toFixed(1)} ms`)
          .join(', ')}`,
      );
    }
    const v = results['virtual:22434'];
    const p = results['plain:22434'];
    if (!v || !p) return;
    console.log('');
    console.log(
      `Goals at 22,434 rows: first frame < ${GOAL_FIRST_FRAME} ms → ${v.firstFrame.toFixed(1)} ms ${v.firstFrame < GOAL_FIRST_FRAME ? 'met' : 'NOT met'}; ` +
        `sort < ${GOAL_SORT} ms → numeric ${v.sortNumber.toFixed(1)} ms ${v.sortNumber < GOAL_SORT ? 'met' : 'NOT met'}, ` +
        `pinyin text ${v.sortText.toFixed(1)} ms ${v.sortText < GOAL_SORT ? 'met' : 'NOT met'}.`,
    );
    console.log(
      `Baseline plain <table> at 22,434 rows: first frame ${p.firstFrame.toFixed(1)} ms, numeric sort ${p.sortNumber.toFixed(1)} ms, ${p.domRows} DOM rows (virtualised: ${v.domRows}).`,
    );
    console.log(
      `(render = update + layout; first frame = until the next animation frame; sort = header sort through re-render and layout; total ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:elements failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
