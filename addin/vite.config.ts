/**
 * One build for everything the add-in serves: the web checker (index.html), the task pane,
 * the ribbon commands page, the custom-functions page and script, office.js copied from
 * node_modules, icons and functions.json from public/. `vite build` writes dist/.
 */
import { defineConfig } from 'vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { functionsScript, officeJs } from './scripts/vite-plugins.ts';

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: 'public',
  plugins: [officeJs(), functionsScript()],
  // The legacy reader (SheetJS) is imported on demand; pre-bundle it at start so the dev server
  // does not discover it on the first .xls and reload the page.
  optimizeDeps: { include: ['@mubiao/xlsx > @e965/xlsx'] },
  // The check worker (src/shared/check.worker.ts) as an ES module, so it splits like the page: SheetJS
  // and the converted-copy writer stay chunks it fetches only for a file that needs them.
  worker: { format: 'es' },
  server: {
    // The seeded sheets and plans live outside addin/.
    fs: { allow: [resolve(root, '..')] },
    // No HMR socket: the pages' CSP allows no websocket, and users run this, not edit it.
    hmr: false,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        index: resolve(root, 'index.html'),
        taskpane: resolve(root, 'taskpane.html'),
        commands: resolve(root, 'commands.html'),
        functions: resolve(root, 'functions.html'),
      },
    },
  },
});
