/// <reference types="node" />
/**
 * `pnpm --filter @mubiao/elements build`: per-entry ES modules with .d.ts types in dist/, and
 * the self-contained dist/mubiao-elements.js. Returns the built chunks for `size.ts`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitWithTsc } from '../../../scripts/build-package.ts';
import { buildModules, buildSingleFile, packageDir, type BuiltChunk } from './bundle.ts';

export const distDir = join(packageDir, 'dist');

export async function buildAll(options: { declarations?: boolean; sourcemap?: boolean } = {}): Promise<{
  modules: BuiltChunk[];
  single: BuiltChunk;
}> {
  rmSync(distDir, { recursive: true, force: true });
  const modules = await buildModules(distDir, options.sourcemap);
  const [single] = await buildSingleFile(distDir, options.sourcemap);
  if (options.declarations !== false) emitWithTsc(packageDir, 'tsconfig.build.json', distDir);
  return { modules, single: single! };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const { modules } = await buildAll({ sourcemap: true }).catch((error: Error) => {
    console.error(`build: ${error.message}`);
    process.exit(2);
  });
  console.log(
    `built ${modules.filter((c) => c.isEntry).length} entry modules, ${modules.length} files, dist/mubiao-elements.js and .d.ts in ${Math.round(performance.now() - started)} ms`,
  );
}
