/// <reference types="node" />
/**
 * `pnpm --filter @mubiao/elements build`: per-entry ES modules with .d.ts types in dist/, the
 * self-contained dist/mubiao-elements.js (zh-CN, default theme), the self-contained locale
 * modules dist/locales/<tag>.js and the theme files dist/themes/<name>.css. Returns what it
 * built for `size.ts`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitWithTsc } from '../../../scripts/build-package.ts';
import { buildLocales, buildModules, buildSingleFile, copyThemes, packageDir, type BuiltChunk, type BuiltTheme } from './bundle.ts';

export const distDir = join(packageDir, 'dist');

export async function buildAll(options: { declarations?: boolean; sourcemap?: boolean } = {}): Promise<{
  modules: BuiltChunk[];
  single: BuiltChunk;
  locales: BuiltChunk[];
  themes: BuiltTheme[];
}> {
  rmSync(distDir, { recursive: true, force: true });
  const modules = await buildModules(distDir, options.sourcemap);
  const [single] = await buildSingleFile(distDir, options.sourcemap);
  const locales = await buildLocales(distDir, options.sourcemap);
  const themes = copyThemes(distDir);
  if (options.declarations !== false) emitWithTsc(packageDir, 'tsconfig.build.json', distDir);
  return { modules, single: single!, locales, themes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const { modules } = await buildAll({ sourcemap: true }).catch((error: Error) => {
    console.error(`build: ${error.message}`);
    process.exit(2);
  });
  console.log(
    `built ${modules.filter((c) => c.isEntry).length} entry modules, ${modules.length} files, dist/mubiao-elements.js, dist/locales/, dist/themes/ and .d.ts in ${Math.round(performance.now() - started)} ms`,
  );
}
