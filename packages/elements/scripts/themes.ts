/// <reference types="node" />
/**
 * Writes src/themes/<name>.css from the theme values in src/shared/themes.ts, so a portal that
 * prefers a stylesheet link gets exactly what `applyTheme()` adopts. Run after changing tokens:
 * `pnpm --filter @mubiao/elements themes` (a test fails while the files are stale).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { themeNames } from '../src/shared/tokens.ts';
import { themeFileText } from './theme-files.ts';

const dir = fileURLToPath(new URL('../src/themes/', import.meta.url));
for (const name of themeNames) {
  writeFileSync(`${dir}${name}.css`, themeFileText(name));
  console.log(`wrote src/themes/${name}.css`);
}
