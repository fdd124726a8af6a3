/**
 * @mubiao/elements: the element classes (not registered: import `./define/<name>.ts` or
 * `./all.ts` for that, or call customElements.define with a tag of your own), shared tokens,
 * themes and locales.
 */
// elements-B
export { MbTaskMatrix } from './task-matrix/task-matrix.ts';
export type { MatrixTask, TaskSelectDetail, DepartmentChangeDetail } from './task-matrix/task-matrix.ts';
export { MbFindingsList } from './findings-list/findings-list.ts';
export type { FindingSelectDetail } from './findings-list/findings-list.ts';
export * from './shared/tokens.ts';
export * from './shared/locale.ts';
// elements-A
