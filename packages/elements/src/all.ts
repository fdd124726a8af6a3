/**
 * The single-file entry (`dist/mubiao-elements.js`): registers every element under its default
 * tag, makes the themes available to `data-mb-theme`/`.mb-theme-*` attributes on the page, and
 * exports everything the package exports (so `import { applyTheme } from './mubiao-elements.js'`
 * works from a portal's own module).
 */
import './define/target-gauge.ts';
import './define/ranking-table.ts';
import './define/task-matrix.ts';
import './define/findings-list.ts';
import { installThemes } from './shared/tokens.ts';

export * from './index.ts';

// A constructable stylesheet: no request and allowed under `default-src 'self'`.
installThemes(document);
