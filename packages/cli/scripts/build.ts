/**
 * `pnpm --filter @mubiao/cli build` (and `prepack`): the `mubiao` command compiled for Node, with
 * core, xlsx and the seeded plans bundled in, so the packed CLI has no dependencies and starts
 * without tsx. Two builds:
 * - dist/mubiao.cjs, the `bin`: main.ts alone (help, --version, the command table) as CommonJS.
 *   A CommonJS entry spares Node its ES module loader at start-up, about 9 ms of a `--help`
 *   (measured with `pnpm bench:startup`); it `import()`s run.js only when a command is named.
 * - dist/run.js (an ES module) running the commands; modules reached only through `import()`
 *   become chunks that load when a command needs them.
 * Source maps (with sources) sit beside the files.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const cliDist = `${packageDir}dist`;

const runModule = `${packageDir}src/run.ts`;

function nodeBuild(entry: string, outDir: string, rolldownOptions: NonNullable<NonNullable<InlineConfig['build']>['rolldownOptions']>): InlineConfig {
  return {
    root: packageDir,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    // The seeded plans as JSON.parse('…') rather than object literals: faster to load.
    json: { stringify: true },
    ssr: { target: 'node', noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions,
    },
  };
}

export async function buildCli(outDir = cliDist): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build(nodeBuild(runModule, outDir, { output: { entryFileNames: 'run.js', chunkFileNames: 'chunks/[name]-[hash].js' } }));
  await build(
    nodeBuild(`${packageDir}src/main.ts`, outDir, {
      external: (id) => id === runModule || id.endsWith('/run.ts'),
      output: { format: 'cjs', entryFileNames: 'mubiao.cjs', paths: (id) => (id === runModule || id.endsWith('/run.ts') ? './run.js' : id) },
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  await buildCli().catch((error: Error) => {
    console.error(`build: ${error.message}`);
    process.exit(2);
  });
  console.log(`@mubiao/cli: dist/mubiao.cjs and dist/run.js built in ${Math.round(performance.now() - started)} ms`);
}
