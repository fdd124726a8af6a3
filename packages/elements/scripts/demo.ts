/// <reference types="node" />
/**
 * `pnpm demo`: builds dist/mubiao-elements.js, locales/en.js, the demo's own script and its data
 * (from the seeds), then serves it with the theme files; demo/index.html on http://127.0.0.1:4321/ (PORT or --port to change)
 * under `Content-Security-Policy: default-src 'self'`. Ctrl+C stops it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { buildLocales, buildSingleFile, packageDir, singleFileName, themeFiles } from './bundle.ts';
import { buildDemoData } from './demo-data.ts';
import { close, createDemoServer, listen, type DemoRoutes } from './demo-server.ts';

const seedsDir = join(packageDir, '..', '..', 'seeds');

/** Builds everything the page needs into `outDir` and returns the server's routes. */
export async function prepareDemo(outDir: string): Promise<DemoRoutes> {
  mkdirSync(outDir, { recursive: true });
  await buildSingleFile(outDir);
  await buildLocales(outDir);
  await build({
    root: packageDir,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: join(packageDir, 'demo', 'main.ts'), formats: ['es'], fileName: () => 'main.js' },
    },
  });
  writeFileSync(join(outDir, 'data.json'), JSON.stringify(buildDemoData(seedsDir)));
  return {
    '/index.html': join(packageDir, 'demo', 'index.html'),
    '/demo.css': join(packageDir, 'demo', 'demo.css'),
    '/main.js': join(outDir, 'main.js'),
    [`/${singleFileName}`]: join(outDir, singleFileName),
    '/data.json': join(outDir, 'data.json'),
    '/locales/en.js': join(outDir, 'locales', 'en.js'),
    ...Object.fromEntries(themeFiles().map((file) => [`/themes/${file}`, join(packageDir, 'src', 'themes', file)])),
  };
}

function portFromArgs(argv: readonly string[]): number {
  const flag = argv.indexOf('--port');
  const raw = flag >= 0 ? argv[flag + 1] : process.env['PORT'];
  if (raw === undefined || raw === '') return 4321;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`demo: invalid port "${raw}" (use a number from 0 to 65535)`);
    process.exit(2);
  }
  return port;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = portFromArgs(process.argv.slice(2));
  let routes: DemoRoutes;
  try {
    routes = await prepareDemo(join(packageDir, 'dist', 'demo'));
  } catch (error) {
    console.error(`demo: cannot build the demo page: ${(error as Error).message}`);
    process.exit(2);
  }
  const server = createDemoServer(routes);
  let url: string;
  try {
    url = await listen(server, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE' ? `demo: port ${port} is in use; try PORT=4322 pnpm demo` : `demo: cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`,
    );
    process.exit(2);
  }
  console.log(`Mubiao portal demo on ${url}  (Content-Security-Policy: default-src 'self'; Ctrl+C to stop)`);
  const stop = () => {
    console.log('\nstopping the demo server');
    void close(server).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
