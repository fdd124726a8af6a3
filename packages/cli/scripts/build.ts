/**
 * `pnpm --filter @mubiao/cli build` (and `prepack`): the `mubiao` command compiled for Node into
 * dist/mubiao.js, with core, xlsx and the seeded plans bundled in, so the packed CLI has no
 * dependencies and starts without tsx. Modules reached only through `import()` become chunks that
 * load when a command needs them. Source maps (with sources) sit beside the files.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const cliDist = `${packageDir}dist`;

export async function buildCli(outDir = cliDist): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root: packageDir,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    // The seeded plans as JSON.parse('…') rather than object literals: faster to load.
    json: { stringify: true },
    ssr: { target: 'node', noExternal: true },
    build: {
      ssr: `${packageDir}src/main.ts`,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        output: { entryFileNames: 'mubiao.js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  await buildCli().catch((error: Error) => {
    console.error(`build: ${error.message}`);
    process.exit(2);
  });
  console.log(`@mubiao/cli: dist/mubiao.js built in ${Math.round(performance.now() - started)} ms`);
}
