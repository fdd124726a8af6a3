/// <reference types="node" />
/**
 * `npx tsx scripts/size-modules.ts`: what the bytes of the single file are. Builds
 * mubiao-elements.js as `pnpm size` does, with a source map, and attributes every byte of the
 * minified file to the source module it came from. Prints, per module and per group (lit, d3,
 * core's verdict code, each element with its styles, strings and model, shared), the minified
 * bytes and the marginal gzip bytes: how much smaller the gzipped file is without those bytes
 * (gzip is not additive, so the groups' figures overlap a little; their sum is close to the
 * whole). Writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { baseConfig, packageDir } from './bundle.ts';
import { gzipSize } from './size-report.ts';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of source-map mappings into [generated column, source index] pairs. */
function decodeLine(line: string, state: { source: number }): [number, number][] {
  const segments: [number, number][] = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += fields[0]!;
    if (fields.length > 1) state.source += fields[1]!;
    segments.push([column, fields.length > 1 ? state.source : -1]);
  }
  return segments;
}

/** The source index of every character of `code` (-1: generated glue). */
function owners(code: string, map: Rolldown.SourceMap): Int32Array {
  const owner = new Int32Array(code.length).fill(-1);
  const lines = code.split('\n');
  const state = { source: 0 };
  let offset = 0;
  map.mappings.split(';').forEach((mapping, i) => {
    const segments = decodeLine(mapping, state);
    const length = lines[i]?.length ?? 0;
    segments.forEach(([column, source], j) => owner.fill(source, offset + column, offset + (segments[j + 1]?.[0] ?? length)));
    offset += length + 1;
  });
  return owner;
}

/** A source as the map names it (relative to the output), as a path from the repo or a package name. */
const name = (source: string) =>
  source
    .replace(/^.*?\/node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
    .replace(/^(\.\.\/)+(work\/[^/]+\/)?/, '')
    .replace(/^.*?(?=packages\/)/, '');

/** The group a module is counted in. */
function group(module: string): string {
  if (/^(lit|lit-html|lit-element|@lit)\//.test(module)) return 'lit';
  if (module.startsWith('d3-')) return 'd3';
  if (module.startsWith('packages/core/')) return `core: ${module.split('/')[3]}/`;
  const element = /^packages\/elements\/src\/(target-gauge|ranking-table|task-matrix|findings-list)\/[^.]+?(\.styles|\.strings)?\.ts$/.exec(module);
  if (element) return `${element[1]}${element[2] ?? ''}`;
  if (module.startsWith('packages/elements/src/shared/')) return 'elements: shared/';
  return module;
}

const outDir = mkdtempSync(join(tmpdir(), 'mubiao-modules-'));
try {
  const config = baseConfig(outDir, true);
  const result = (await build({
    ...config,
    build: {
      ...config.build,
      write: false,
      lib: { entry: { 'mubiao-elements': join(packageDir, 'src/all.ts') }, formats: ['es'], fileName: () => 'single.js' },
      rolldownOptions: {
        ...config.build!.rolldownOptions,
        output: { codeSplitting: false, minify: true, comments: { legal: true, annotation: false, jsdoc: false } },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = output!.output.find((item): item is Rolldown.OutputChunk => item.type === 'chunk')!;
  const code = chunk.code.replace(/\n\/\/# sourceMappingURL=.*$/, '');
  const owner = owners(code, chunk.map!);
  const sources = chunk.map!.sources.map(name);
  const total = gzipSize(code);
  /** Minified bytes and marginal gzip bytes of the characters whose source passes `keep`. */
  const measure = (drop: (source: number) => boolean) => {
    let kept = '';
    let bytes = 0;
    for (let i = 0; i < code.length; i++) {
      if (owner[i]! >= 0 && drop(owner[i]!)) bytes += 1;
      else kept += code[i];
    }
    return { bytes, gzip: total - gzipSize(kept) };
  };
  const print = (label: string, rows: { key: string; bytes: number; gzip: number }[]) => {
    console.log(`\n${label.padEnd(58)} ${'min B'.padStart(7)} ${'gzip B'.padStart(7)}`);
    for (const row of rows.sort((a, b) => b.gzip - a.gzip))
      console.log(`${row.key.padEnd(58)} ${String(row.bytes).padStart(7)} ${String(row.gzip).padStart(7)}`);
  };
  const groups = [...new Set(sources.map(group))];
  print(
    'group (marginal gzip: the file without it)',
    groups.map((key) => ({ key, ...measure((s) => group(sources[s]!) === key) })),
  );
  const unions: Record<string, (module: string) => boolean> = {
    'lit (all of it)': (m) => group(m) === 'lit',
    'core (the verdict code, vocab, units, departments)': (m) => m.startsWith('packages/core/'),
    'elements: components (.ts, models)': (m) => /^packages\/elements\/src\/[a-z-]+\/[a-z-]+\.ts$/.test(m) && !m.includes('/shared/'),
    'elements: CSS (*.styles.ts, base.styles.ts)': (m) => m.endsWith('.styles.ts'),
    'elements: zh-CN words (*.strings.ts)': (m) => m.endsWith('.strings.ts'),
    'elements: shared/ (format, locale, grid keys, virtual rows, task index, …)': (m) =>
      m.startsWith('packages/elements/src/shared/') && !m.endsWith('.styles.ts'),
  };
  print(
    'union',
    Object.entries(unions).map(([key, test]) => ({ key, ...measure((s) => test(sources[s]!)) })),
  );
  print(
    'module',
    sources.map((key, index) => ({ key, ...measure((s) => s === index) })).filter((row) => row.bytes > 0),
  );
  const unmapped = owner.filter((source) => source < 0).length;
  console.log(`\nsingle file: ${code.length} B min, ${total} B gzip (${unmapped} B not mapped to a source: the bundle's glue)`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
