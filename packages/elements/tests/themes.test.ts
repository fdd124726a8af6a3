/// <reference types="node" />
/** src/themes/*.css are generated from src/shared/themes.ts (`pnpm --filter @mubiao/elements themes`). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packageDir } from '../scripts/bundle.ts';
import { themeFileText } from '../scripts/theme-files.ts';
import { themeNames } from '../src/shared/tokens.ts';

const dir = join(packageDir, 'src', 'themes');

test('one CSS file per theme, and nothing else', () => {
  expect(readdirSync(dir).sort()).toEqual(themeNames.map((name) => `${name}.css`).sort());
});

test.each(themeNames)('src/themes/%s.css matches tokens.ts', (name) => {
  expect(readFileSync(join(dir, `${name}.css`), 'utf8')).toBe(themeFileText(name));
});

test('theme files fetch nothing (no @import, no url(), no web fonts)', () => {
  for (const name of themeNames) {
    expect(readFileSync(join(dir, `${name}.css`), 'utf8')).not.toMatch(/@import|url\(|@font-face/);
  }
});
