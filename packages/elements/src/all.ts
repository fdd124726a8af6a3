/**
 * The single-file entry (`dist/mubiao-elements.js`): the zh-CN kit with the default theme.
 * Registers every element under its default tag and exports the classes and `applyTheme` (so
 * `import { applyTheme } from './mubiao-elements.js'` works from a portal's own module). Only
 * these, so that the bundle can drop what no element uses (the package index exports more).
 * English is `locales/en.js`, a second script; the other themes are CSS files (`themes/<name>.css`)
 * linked by the page. Neither is in this file.
 */
import './define/target-gauge.ts';
import './define/ranking-table.ts';
import './define/task-matrix.ts';
import './define/findings-list.ts';

export { MbTargetGauge } from './target-gauge/target-gauge.ts';
export { MbRankingTable } from './ranking-table/ranking-table.ts';
export { MbTaskMatrix } from './task-matrix/task-matrix.ts';
export { MbFindingsList } from './findings-list/findings-list.ts';
export { applyTheme, isThemeName, themeNames, type ThemeName } from './shared/tokens.ts';
export { resolveLocale, type Locale } from './shared/locale.ts';
