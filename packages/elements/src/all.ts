/**
 * The single-file entry (`dist/mubiao-elements.js`): registers every element under its default
 * tag, makes the themes available to `data-mb-theme`/`.mb-theme-*` attributes on the page, and
 * exports the classes and the theme functions (so `import { applyTheme } from
 * './mubiao-elements.js'` works from a portal's own module). Only these, so that the bundle
 * can drop what no element uses (the package index exports more).
 */
import './define/target-gauge.ts';
import './define/ranking-table.ts';
import './define/task-matrix.ts';
import './define/findings-list.ts';
import { installThemes } from './shared/tokens.ts';

export { MbTargetGauge } from './target-gauge/target-gauge.ts';
export { MbRankingTable } from './ranking-table/ranking-table.ts';
export { MbTaskMatrix } from './task-matrix/task-matrix.ts';
export { MbFindingsList } from './findings-list/findings-list.ts';
export { applyTheme, installThemes, isThemeName, themeCss, themeNames, type ThemeName } from './shared/tokens.ts';
export { resolveLocale, type Locale } from './shared/locale.ts';

// A constructable stylesheet: no request and allowed under `default-src 'self'`.
installThemes(document);
