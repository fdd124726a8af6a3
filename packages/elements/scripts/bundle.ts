/// <reference types="node" />
/**
 * The builds of the package, as functions so the size test can run them into a scratch
 * directory:
 * - `buildModules`: one ES module per entry point (each element class, each tag-registering
 *   module, the index, tokens, locale), shared code split into chunks; lit and d3 stay external
 *   so a portal's bundler dedupes them.
 * - `buildSingleFile`: `mubiao-elements.js`, one self-contained module that registers every
 *   element (lit and the d3 bits bundled; nothing fetched at run time): the zh-CN kit with the
 *   default theme.
 * - `buildLocales`: `locales/<tag>.js` per file of src/locales/, each self-contained (core's
 *   registry and words bundled in), so the same file works as `import '@mubiao/elements/locales/en.js'`
 *   and as a second `<script type="module">` beside the single file: the registry lives on
 *   globalThis, so every copy of it fills the same one.
 * - `copyThemes`: `themes/<name>.css`, the theme files a portal links.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Rolldown } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.ts';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
const src = (path: string) => `${packageDir}src/${path}`;

/** Entry name (its path under dist/, without .js) → source file. */
export const moduleEntries: Record<string, string> = {
  index: src('index.ts'),
  all: src('all.ts'),
  'define/target-gauge': src('define/target-gauge.ts'),
  'define/ranking-table': src('define/ranking-table.ts'),
  'define/task-matrix': src('define/task-matrix.ts'),
  'define/findings-list': src('define/findings-list.ts'),
  'target-gauge/target-gauge': src('target-gauge/target-gauge.ts'),
  'ranking-table/ranking-table': src('ranking-table/ranking-table.ts'),
  'task-matrix/task-matrix': src('task-matrix/task-matrix.ts'),
  'findings-list/findings-list': src('findings-list/findings-list.ts'),
  'shared/tokens': src('shared/tokens.ts'),
  'shared/locale': src('shared/locale.ts'),
};

export const singleFileName = 'mubiao-elements.js';

/**
 * Output of a file that is run as it is, never bundled again (the single file, the locale
 * modules): one chunk, minified, without the `@__PURE__` notes meant for another bundler.
 */
const finalOutput = { codeSplitting: false, minify: true, comments: { legal: true, annotation: false, jsdoc: false } } as const;

/** The locale modules: every src/locales/<tag>.ts (tests aside). Adding a locale is adding a file there. */
export function localeTags(): string[] {
  return readdirSync(src('locales'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
}

/** The theme files (src/themes/<name>.css, generated from shared/themes.ts). */
export function themeFiles(): string[] {
  return readdirSync(src('themes'))
    .filter((file) => file.endsWith('.css'))
    .sort();
}

/** Bare imports left to the portal's bundler in the per-module build. */
const external = (id: string) => /^(lit|@lit\/[a-z-]+|lit-html|lit-element|@mubiao\/core|d3-[a-z]+)(\/|$)/.test(id);

export interface BuiltChunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  name: string;
  imports: string[];
}

/** `sourcemap`: .js.map files beside the modules (the packed package); the size report measures without. */
export function baseConfig(outDir: string, sourcemap = false): InlineConfig {
  return {
    root: packageDir,
    configFile: false,
    logLevel: 'warn',
    // Production build: lit's "development" export condition (with its dev-mode warnings) is not used.
    mode: 'production',
    plugins: [minifyTemplatesPlugin()],
    // Explicit, because Vite picks lit's "development" build whenever NODE_ENV is not
    // "production" (vitest sets it to "test"), and that build warns and is larger.
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        treeshake: {
          // d3-array ships one module whose top level calls bisector() and reads properties of
          // the results; nothing here uses the bisectors. Marking the call pure is not enough
          // while the reads stay, so unused property reads are dropped everywhere: no code in
          // the bundle reads a property only for a getter's side effect (offsetWidth and the
          // like are read for their values). −263 B gzip on the single file.
          manualPureFunctions: ['bisector'],
          propertyReadSideEffects: false,
        },
      },
    },
  };
}

function chunksOf(result: Awaited<ReturnType<typeof build>>): BuiltChunk[] {
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((output) =>
    output.output
      .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
      .map((chunk) => ({
        fileName: chunk.fileName,
        code: chunk.code,
        isEntry: chunk.isEntry,
        name: chunk.name,
        imports: chunk.imports,
      })),
  );
}

export async function buildModules(outDir: string, sourcemap = false): Promise<BuiltChunk[]> {
  const config = baseConfig(outDir, sourcemap);
  const result = await build({
    ...config,
    build: {
      ...config.build,
      lib: { entry: moduleEntries, formats: ['es'] },
      rolldownOptions: {
        ...config.build!.rolldownOptions,
        external,
        output: {
          // Vite keeps whitespace in ES library builds; portals serve these files as they are.
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  });
  return chunksOf(result);
}

export async function buildSingleFile(outDir: string, sourcemap = false): Promise<BuiltChunk[]> {
  const config = baseConfig(outDir, sourcemap);
  const result = await build({
    ...config,
    build: {
      ...config.build,
      lib: { entry: { 'mubiao-elements': src('all.ts') }, formats: ['es'], fileName: () => singleFileName },
      rolldownOptions: {
        ...config.build!.rolldownOptions,
        output: finalOutput,
      },
    },
  });
  const chunks = chunksOf(result);
  if (chunks.length !== 1) {
    throw new Error(`the single-file build produced ${chunks.length} chunks: ${chunks.map((c) => c.fileName).join(', ')}`);
  }
  return chunks;
}

/** Builds every locale module self-contained into `outDir/locales/<tag>.js`. */
export async function buildLocales(outDir: string, sourcemap = false): Promise<BuiltChunk[]> {
  const chunks: BuiltChunk[] = [];
  for (const tag of localeTags()) {
    const config = baseConfig(outDir, sourcemap);
    const result = await build({
      ...config,
      build: {
        ...config.build,
        lib: { entry: { [`locales/${tag}`]: src(`locales/${tag}.ts`) }, formats: ['es'], fileName: () => `locales/${tag}.js` },
        rolldownOptions: { ...config.build!.rolldownOptions, output: finalOutput },
      },
    });
    chunks.push(...chunksOf(result));
  }
  return chunks;
}

/** A theme file as a built asset: its path under dist/ and its text. */
export interface BuiltTheme {
  fileName: string;
  code: string;
}

/** Copies the theme files to `outDir/themes/` and returns them. */
export function copyThemes(outDir: string): BuiltTheme[] {
  mkdirSync(join(outDir, 'themes'), { recursive: true });
  return themeFiles().map((file) => {
    copyFileSync(src(`themes/${file}`), join(outDir, 'themes', file));
    return { fileName: `themes/${file}`, code: readFileSync(src(`themes/${file}`), 'utf8') };
  });
}
