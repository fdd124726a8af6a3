/**
 * @mubiao/elements: the element classes (not registered: import `./define/<name>.ts` or
 * `./all.ts` for that, or call customElements.define with a tag of your own), shared tokens,
 * themes and locales.
 */
// elements-B
export { MbTaskMatrix } from './task-matrix/task-matrix.ts';
export type { MatrixTask, TaskSelectDetail, DepartmentChangeDetail } from './task-matrix/task-matrix.ts';
export { MbFindingsList } from './findings-list/findings-list.ts';
export type { FindingFilterDetail, FindingSelectDetail } from './findings-list/findings-list.ts';
export * from './shared/tokens.ts';
export * from './shared/themes.ts';
export * from './shared/token-descriptions.ts';
export * from './shared/locale.ts';
export { registerLocale, registeredLocales, type LocaleWords } from '@mubiao/core/vocab/words';
export * from './task-matrix/task-matrix.strings.ts';
export * from './findings-list/findings-list.strings.ts';
// elements-A
export { MbTargetGauge } from './target-gauge/target-gauge.ts';
export type { GaugeVariant } from './target-gauge/target-gauge.ts';
export { MbRankingTable, RANK_KEY, TIER_KEY, CHANGE_KEY } from './ranking-table/ranking-table.ts';
export type { RankingSortDetail, RankingRowSelectDetail } from './ranking-table/ranking-table.ts';
export * from './ranking-table/ranking.ts';
export { formatValue, formatRange, formatNumber, formatTarget, isPercentUnit, trimNumber } from './shared/format.ts';
export type { TargetSpec, FormatWords, NumberScale } from './shared/format.ts';
export type { GaugeStatus } from '@mubiao/core';
