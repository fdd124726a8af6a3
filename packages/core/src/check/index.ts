export { checkWorkbook, MIN_MATCHED_SHARE, type CheckWorkbookOptions } from './check-workbook.ts';
export {
  regionRelation,
  canonicalRegion,
  ancestorsOf,
  planRole,
  planLevel,
  levelFromRegion,
  levelAsRead,
  levelUnknown,
  isPlanAbove,
  planAbove,
  type RegionRelation,
  type PlanRole,
} from './region-fit.ts';
export { sheetAsOf, type SheetAsOf } from './as-of.ts';
export { yearContradictedMessage } from './why.ts';
export { planShapeProblem } from './plan-shape.ts';
