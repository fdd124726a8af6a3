export { validate, type ValidateOptions } from './validate.ts';
export { targetRef } from './findings.ts';
export { validatePlan, type ValidatePlanOptions } from './validate-plan.ts';
export { FINDING_CODES, severityOf, codeInfo, type CodeInfo } from './codes.ts';
export { CODE_LABELS, codeLabel } from './code-labels.ts';
export { compareToPlan, APPROX_TOLERANCE, type Quantity, type Verdict } from './compare.ts';
export { departmentCore, leadsAgree } from '../text/departments.ts';
export { regionLevel, planRelation, type PlanRelation } from './regions.ts';
export { elapsedShare, parseAsOf } from './schedule.ts';
