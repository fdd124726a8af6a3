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

/** Splits the built index.html's JavaScript into what loads with the page and what loads on demand. */
export function webCheckerSize(dist: string): WebCheckerSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\.\//, ''));
  const initial = new Set<string>();
  const pending = [...assets(/<script[^>]+src="([^"]+\.js)"/g), ...assets(/<link rel="modulepreload"[^>]+href="([^"]+\.js)"/g)];
  while (pending.length) {
    const file = pending.pop()!;
    if (initial.has(file)) continue;
    initial.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const dep of staticImports(code)) pending.push(join(dirname(file), dep));
  }
  const lazy = new Set<string>();
  const seen = new Set<string>(initial);
  const queue = [...initial];
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
  const initialSizes = [...initial].sort().map((f) => sizeOf(dist, f));
  return {
    initial: initialSizes,
    lazy: [...lazy].sort().map((f) => sizeOf(dist, f)),
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
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--dist');
  const dist = i > 0 ? resolve(process.argv[i + 1]!) : mkdtempSync(join(tmpdir(), 'mubiao-web-size-'));
  if (i < 0) await buildAddin(dist);
  console.log(formatWebCheckerSize(webCheckerSize(dist)));
  if (i < 0) rmSync(dist, { recursive: true, force: true });
}
