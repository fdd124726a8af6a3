/// <reference types="node" />
/**
 * `npx tsx scripts/size-modules.ts`: which source modules make up the single file. Builds
 * mubiao-elements.js as `pnpm size` does and lists every module with its rendered length
 * (after tree-shaking, before minification; rolldown's chunk.modules), and for each, the gzip
 * bytes the single file saves without that module's rendered code, minified alone (a guide:
 * gzip is not additive). Writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, minify, type Rolldown } from 'vite';
import { baseConfig, packageDir } from './bundle.ts';
import { gzipSize } from './size-report.ts';

const outDir = mkdtempSync(join(tmpdir(), 'mubiao-modules-'));
try {
  const config = baseConfig(outDir);
  const result = (await build({
    ...config,
    build: {
      ...config.build,
      write: false,
      lib: { entry: { 'mubiao-elements': join(packageDir, 'src/all.ts') }, formats: ['es'], fileName: () => 'single.js' },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = output!.output.find((item): item is Rolldown.OutputChunk => item.type === 'chunk')!;
  const total = gzipSize(chunk.code);
  const rows = await Promise.all(
    Object.entries(chunk.modules).map(async ([id, info]) => {
      const code = info.code ?? '';
      const min = code ? (await minify('m.js', code, { compress: true, mangle: true })).code : '';
      return { id, rendered: info.renderedLength, min: min.length, gzip: min ? gzipSize(min) : 0 };
    }),
  );
  rows.sort((a, b) => b.rendered - a.rendered);
  const name = (id: string) => {
    const rel = relative(join(packageDir, '..', '..'), id.replace(/^\0/, ''));
    return rel.replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
  };
  console.log(`${'module'.padEnd(60)} ${'rendered'.padStart(9)} ${'min'.padStart(7)} ${'gz alone'.padStart(8)}`);
  for (const row of rows.filter((r) => r.rendered > 0)) {
    console.log(`${name(row.id).padEnd(60)} ${String(row.rendered).padStart(9)} ${String(row.min).padStart(7)} ${String(row.gzip).padStart(8)}`);
  }
  console.log(`single file: ${chunk.code.length} B min, ${total} B gzip`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
