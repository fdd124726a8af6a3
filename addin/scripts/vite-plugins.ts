/**
 * Two Vite plugins the add-in needs:
 *  - officeJs: serves office.js (and the Excel files it loads next to itself) from
 *    node_modules/@microsoft/office-js in dev, and copies them into the build, so no page
 *    loads anything from a CDN at run time.
 *  - functionsScript: functions.js, the custom-functions entry, as one classic script (Excel's
 *    JavaScript-only runtime does not load ES modules), built on request in dev and into dist.
 */
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

export function officeJsDir(): string {
  return join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
}

/** What Excel needs from office-js/dist: the loader, Excel host scripts, strings of our two locales. */
export function isOfficeFileWeShip(path: string): boolean {
  const p = path.split(sep).join('/');
  if (p.includes('.debug.')) return false;
  if (/^(zh-cn|en-us|telemetry|ariatelemetry)\//i.test(p)) return true;
  return /^(office\.js|custom-functions-runtime\.js|o15apptofilemappingtable\.js|es6-promise\.js|excel[-a-z0-9.]*\.js)$/i.test(p);
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [relative(base, full)];
  });
}

export function officeJs(): Plugin {
  let outDir = 'dist';
  return {
    name: 'mubiao-office-js',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      const dir = officeJsDir();
      server.middlewares.use('/office-js/', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\/+/, ''));
        const file = resolve(dir, path);
        if (!file.startsWith(dir + sep) || !isOfficeFileWeShip(relative(dir, file)) || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      const dir = officeJsDir();
      for (const file of listFiles(dir).filter(isOfficeFileWeShip)) {
        const target = join(outDir, 'office-js', file);
        mkdirSync(dirname(target), { recursive: true });
        cpSync(join(dir, file), target);
      }
    },
  };
}

const FUNCTIONS_ENTRY = 'src/functions/register.ts';

async function bundleFunctions(root: string, write: boolean, outDir: string): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: write,
      lib: { entry: resolve(root, FUNCTIONS_ENTRY), formats: ['iife'], name: 'MubiaoFunctions', fileName: () => 'functions.js' },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const o of outputs) {
    if ('output' in o) {
      const chunk = o.output.find((c) => c.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  return '';
}

export function functionsScript(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let isBuild = false;
  return {
    name: 'mubiao-functions-script',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      isBuild = config.command === 'build';
    },
    configureServer(server) {
      let cached: Promise<string> | null = null;
      server.watcher.on('change', (file) => {
        if (file.includes(`${sep}src${sep}`) || file.includes(`${sep}seeds${sep}`)) cached = null;
      });
      server.middlewares.use('/functions.js', (_req, res, next) => {
        cached ??= bundleFunctions(root, false, outDir);
        cached.then(
          (code) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.end(code);
          },
          (error: unknown) => {
            cached = null;
            next(error);
          },
        );
      });
    },
    async closeBundle() {
      if (isBuild) await bundleFunctions(root, true, outDir);
    },
  };
}
