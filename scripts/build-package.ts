/**
 * How a library package of the workspace builds what `pnpm pack` ships: `tsc -p
 * tsconfig.build.json` writes ES modules, declarations and source maps (sources inlined) from
 * src/ into dist/, and the declarations' relative `./x.ts` specifiers become `./x.js`.
 *
 *   tsx ../../scripts/build-package.ts      (a package's `build`; `prepack` runs it)
 *
 * In the workspace every package exports its TypeScript sources; `publishConfig.exports` points
 * the packed package.json at dist/ (see .pnpmfile.cjs for `sideEffects`).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * tsc rewrites `.ts` specifiers in the JavaScript it emits (rewriteRelativeImportExtensions) but
 * keeps them in declarations, where a consumer's TypeScript would look for sources that are not
 * shipped. Covers `from './x.ts'` and the `import('./x.ts')` of inferred types.
 */
export function rewriteDeclarationImports(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rewriteDeclarationImports(path);
    else if (entry.name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const rewritten = text.replace(/((?:from\s+|import\()['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2');
      if (rewritten !== text) writeFileSync(path, rewritten);
    }
  }
}

/** Runs tsc on one config of a package, then fixes the declarations under its outDir. */
export function emitWithTsc(packageDir: string, config: string, outDir: string): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(packageDir, config)], { stdio: 'inherit' });
  rewriteDeclarationImports(outDir);
}

/** A fresh dist/ for the package in `packageDir`, from its tsconfig.build.json. */
export function buildPackage(packageDir: string): void {
  const dist = join(packageDir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  emitWithTsc(packageDir, 'tsconfig.build.json', dist);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const dir = resolve(process.argv[2] ?? process.cwd());
  try {
    buildPackage(dir);
  } catch {
    console.error(`build-package: tsc failed for ${dir}`);
    process.exit(2);
  }
  const name = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }).name;
  console.log(`${name}: dist/ built in ${Math.round(performance.now() - started)} ms`);
}
