/**
 * Department names as the elements compare them: the task matrix's columns and the findings
 * list's 牵头单位 filter use the same keys, so one department is one column and one option.
 */
// A small pure module (no imports of its own), so the elements stay free of core's reader.
import { departmentCore } from '@mubiao/core/text/departments';

/** Trims and removes inner whitespace (PDF extraction splits "市经信局" into "市经 信局"). */
export function normaliseDepartment(name: string): string {
  return name.replace(/\s+/gu, '').trim();
}

/**
 * A task's department list as given: an array of names, or one string as a sheet cell writes it
 * ("市经信局、市科技局"), split on 、，,；; and line breaks. Anything else is no department.
 */
export function departmentList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return value.split(/[、，,；;\n]/u);
  return [];
}

/** How department names are compared when they become columns. */
export type DepartmentKey = (name: string) => string;

/** Exact names (after whitespace normalisation). */
export const exactDepartmentKey: DepartmentKey = normaliseDepartment;

/**
 * Core's normaliser: long official names meet their short forms and the level word goes
 * (市经济和信息化局 and 市经信局 are one column). Collective entries such as 各县区人民政府 keep
 * their own column.
 */
export const mergedDepartmentKey: DepartmentKey = (name) => departmentCore(name) || normaliseDepartment(name);
