/// <reference types="node" />
/**
 * `pnpm --filter @mubiao/elements build`: per-entry ES modules with .d.ts types in dist/, and
 * the self-contained dist/mubiao-elements.js. Returns the built chunks for `size.ts`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModules, buildSingleFile, packageDir, type BuiltChunk } from './bundle.ts';

export const distDir = join(packageDir, 'dist');

/** Declarations keep our `./x.ts` import specifiers; published modules are `./x.js`. */
function rewriteDeclarationImports(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rewriteDeclarationImports(path);
    else if (entry.name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const rewritten = text.replace(/(from\s+['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2');
      if (rewritten !== text) writeFileSync(path, rewritten);
    }
  }
}

export function emitDeclarations(): void {
  const tsc = join(packageDir, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', join(packageDir, 'tsconfig.build.json')], { stdio: 'inherit' });
  rewriteDeclarationImports(distDir);
}

export async function buildAll(options: { declarations?: boolean } = {}): Promise<{
  modules: BuiltChunk[];
  single: BuiltChunk;
}> {
  rmSync(distDir, { recursive: true, force: true });
  const modules = await buildModules(distDir);
  const [single] = await buildSingleFile(distDir);
  if (options.declarations !== false) emitDeclarations();
  return { modules, single: single! };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const { modules } = await buildAll().catch((error: Error) => {
    console.error(`build: ${error.message}`);
    process.exit(2);
  });
  console.log(
    `built ${modules.filter((c) => c.isEntry).length} entry modules, ${modules.length} files, dist/mubiao-elements.js and .d.ts in ${Math.round(performance.now() - started)} ms`,
  );
}
