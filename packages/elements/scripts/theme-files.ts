import { themeCss } from '../src/shared/themes.ts';
import type { ThemeName } from '../src/shared/tokens.ts';

/** The text of src/themes/<name>.css: the theme on :root and under its selector. */
export function themeFileText(name: ThemeName): string {
  return `/* Mubiao elements theme "${name}". Generated from src/shared/themes.ts by scripts/themes.ts: do not edit. */\n` + themeCss(name, { root: true });
}
