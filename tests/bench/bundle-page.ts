/**
 * The benchmarks that run in headless Chromium bundle their page module with vite, in memory and
 * into one file (no chunks to serve): the page gets it as an inline module script.
 */
import { dirname } from 'node:path';
import { build, type Rolldown } from 'vite';

export async function bundlePage(entry: string): Promise<string> {
  const result = await build({
    root: dirname(entry),
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'bench' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs[0]!.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error(`vite produced no bundle for ${entry}`);
  return chunk.code;
}
