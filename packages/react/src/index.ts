/**
 * @mubiao/react: the four Mubiao elements as React components (made with @lit/react). Importing
 * one registers its element under the default tag. Data goes in as props (set as properties on
 * the element, so objects and arrays need no JSON), events come out as `on…` props with typed
 * `event.detail`. Each component is also its own module (`@mubiao/react/target-gauge.js`, …).
 */
export { MbTargetGauge } from './target-gauge.ts';
export { MbRankingTable } from './ranking-table.ts';
export { MbTaskMatrix } from './task-matrix.ts';
export { MbFindingsList } from './findings-list.ts';
export type { RankingRowSelectDetail, RankingSortDetail } from '@mubiao/elements/ranking-table/ranking-table.js';
export type { DepartmentChangeDetail, TaskSelectDetail } from '@mubiao/elements/task-matrix/task-matrix.js';
export type { FindingFilterDetail, FindingSelectDetail } from '@mubiao/elements/findings-list/findings-list.js';
