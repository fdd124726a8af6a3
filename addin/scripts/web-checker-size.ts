/**
 * What the built web checker (index.html) makes a browser load, split in two: the initial
 * JavaScript (the page's module script and every chunk it imports statically or preloads) and
 * the chunks only an `import()` reaches (the legacy reader with SheetJS, the converted-copy
 * writer). `pnpm size` prints it; the build test holds SheetJS out of the initial part.
 *
 *   tsx addin/scripts/web-checker-size.ts [--dist DIR]   (builds into a temporary folder without --dist)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface WebCheckerSize {
  initial: ChunkSize[];
  lazy: ChunkSize[];
  /** The check worker: its script and what it imports statically, loaded with the first check. */
  worker: ChunkSize[];
  /** Chunks the worker fetches with import() only for a file that needs them. */
  workerLazy: ChunkSize[];
  initialBytes: number;
  initialGzip: number;
}

const addinDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sizeOf(dist: string, file: string): ChunkSize {
  const bytes = readFileSync(join(dist, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Chunks a chunk imports with `import … from "./x.js"` / `import "./x.js"` (not `import()`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!.slice(2));
}

/** Chunks named in `import("./x.js")` calls and vite's preload map: loaded on demand. */
function dynamicImports(code: string): string[] {
  const names = [...code.matchAll(/import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!.slice(2));
  const map = /__vite__mapDeps=[^[]*\[([^\]]*)\]/.exec(code);
  if (map) for (const m of map[1]!.matchAll(/["'`]\.\/([^"'`]+\.js)["'`]/g)) names.push(m[1]!);
  return names;
}

/** Worker scripts a chunk starts: `new Worker(new URL("x.js", import.meta.url))` as vite writes it. */
function workerScripts(code: string): string[] {
  return [...code.matchAll(/new Worker\(new URL\(new URL\(\s*["'`]\.?\/?([^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
}

/** `roots` and every chunk they import statically. */
function staticClosure(dist: string, roots: string[]): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  while (pending.length) {
    const file = pending.pop()!;
    if (found.has(file)) continue;
    found.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const dep of staticImports(code)) pending.push(join(dirname(file), dep));
  }
  return found;
}

/** Chunks reached from `roots` only through import() (and what those import), not already in `known`. */
function lazyClosure(dist: string, roots: Set<string>, known: Set<string>): Set<string> {
  const lazy = new Set<string>();
  const seen = new Set<string>([...known, ...roots]);
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop()!;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const dep of [...dynamicImports(code), ...(lazy.has(file) ? staticImports(code) : [])]) {
      const path = join(dirname(file), dep);
      if (seen.has(path)) continue;
      seen.add(path);
      lazy.add(path);
      queue.push(path);
    }
  }
  return lazy;
}

/** Splits the built index.html's JavaScript into what loads with the page, on demand, and in the check worker. */
export function webCheckerSize(dist: string): WebCheckerSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\.\//, ''));
  const initial = staticClosure(dist, [...assets(/<script[^>]+src="([^"]+\.js)"/g), ...assets(/<link rel="modulepreload"[^>]+href="([^"]+\.js)"/g)]);
  const lazy = lazyClosure(dist, initial, new Set());
  const workerRoots = [...initial, ...lazy].flatMap((file) => workerScripts(readFileSync(join(dist, file), 'utf8')).map((w) => join(dirname(file), w)));
  const worker = staticClosure(dist, workerRoots);
  const workerLazy = lazyClosure(dist, worker, new Set());
  const sizes = (files: Set<string>) => [...files].sort().map((f) => sizeOf(dist, f));
  const initialSizes = sizes(initial);
  return {
    initial: initialSizes,
    lazy: sizes(lazy),
    worker: sizes(worker),
    workerLazy: sizes(workerLazy),
    initialBytes: initialSizes.reduce((n, c) => n + c.bytes, 0),
    initialGzip: initialSizes.reduce((n, c) => n + c.gzip, 0),
  };
}

/** Builds the add-in into `outDir` with vite (quietly). */
export async function buildAddin(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ root: addinDir, configFile: join(addinDir, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

const kb = (n: number) => `${(n / 1024).toFixed(2)} kB`;

export function formatWebCheckerSize(size: WebCheckerSize): string {
  const row = (c: ChunkSize) => `  ${c.file.padEnd(44)} ${kb(c.bytes).padStart(11)}  gzip ${kb(c.gzip).padStart(10)}`;
  return [
    'web checker (addin/index.html), loaded with the page:',
    ...size.initial.map(row),
    `  ${'total'.padEnd(44)} ${kb(size.initialBytes).padStart(11)}  gzip ${kb(size.initialGzip).padStart(10)}`,
    'loaded only when a file needs it (import()):',
    ...size.lazy.map(row),
    'the check worker, loaded with the first check:',
    ...size.worker.map(row),
    'loaded by the worker only when a file needs it (import()):',
    ...size.workerLazy.map(row),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--dist');
  const dist = i > 0 ? resolve(process.argv[i + 1]!) : mkdtempSync(join(tmpdir(), 'mubiao-web-size-'));
  if (i < 0) await buildAddin(dist);
  console.log(formatWebCheckerSize(webCheckerSize(dist)));
  if (i < 0) rmSync(dist, { recursive: true, force: true });
}
