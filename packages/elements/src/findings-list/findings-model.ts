/**
 * The data behind `<mb-findings-list>`, as pure functions built for 100,000 findings: one pass
 * over a report indexes it (clean findings, each finding's 牵头单位, reading order and lower-cased
 * search text), one sort per grouping orders it, and every filter or keystroke after that is a
 * single O(n) pass that yields the list's rows (group headings and findings) with their counts.
 */
import type { Finding, Severity, SheetTask } from '@mubiao/core';
import { parseCellAddress } from '@mubiao/core/sheet/address';
import { SEVERITIES } from '@mubiao/core/vocab/severity';
import { departmentList, mergedDepartmentKey, normaliseDepartment } from '../shared/departments.ts';
import { TaskIndex } from '../shared/task-index.ts';

export interface FindingFilter {
  /** '' for every severity. */
  severity: Severity | '';
  /** '' for every code. */
  code: string;
  /** A 牵头单位 as written ('' for every department); spellings of one department match. */
  department?: string;
  /** Text every word of which a finding must contain, case-insensitively ('' for all). */
  search?: string;
}

/** What a group heading is: a sheet (or a checked plan) or a finding code. */
export type GroupBy = 'sheet' | 'code';

export function isSeverity(value: unknown): value is Severity {
  return SEVERITIES.includes(value as Severity);
}

/** Zero-based row and column of an A1 address, for reading-order sorting; unknown sorts last. */
export function addressOrder(address: string): [row: number, col: number] {
  const at = parseCellAddress((address ?? '').trim());
  return at ? [at.row, at.col] : [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
}

const NO_KEYS: readonly string[] = [];

/** A report's findings prepared once, for any filter, search and grouping. */
export interface FindingsIndex {
  /** The report's findings that are objects, an unknown severity read as info. */
  findings: Finding[];
  /** Per finding: the keys of its tasks' 牵头单位 (none where it belongs to no task). */
  departments: (readonly string[])[];
  /** Department key → name as first written, in the tasks' order; only departments with findings. */
  departmentNames: Map<string, string>;
  /** Every code, in order of first appearance. */
  codes: string[];
  /** Findings per severity. */
  totals: Record<Severity, number>;
  /** Per finding: its text, lower-cased, that a search looks in (built by the first call). */
  searchText(): readonly string[];
  /** Builds the search text in slices of 2,000 findings until `stop()` says so; true when it is all built. */
  prepareSearch(stop: () => boolean): boolean;
}

/**
 * Indexes findings in one pass (plus one over the tasks). `label` gives a code's words in the
 * list's locale, so a search for "低于目标" finds shortfalls.
 */
export function indexFindings(raw: unknown, tasks: readonly SheetTask[] | undefined, label: (code: string) => string): FindingsIndex {
  const build = buildFindingsIndex(raw, tasks, label);
  build.step(() => false);
  return build.index;
}

/** A report's findings index made in slices: see buildFindingsIndex. */
export interface FindingsIndexBuild {
  /** The index so far: the first findings (without their 牵头单位) until `done`, then all of them. */
  readonly index: FindingsIndex;
  readonly done: boolean;
  /** Builds on, a slice at a time, until `stop()` says so or it is done; true when done. */
  step(stop: () => boolean): boolean;
}

/** Findings in the index shown before the build is done. */
const FIRST_FINDINGS = 5000;
/** Tasks or findings per step of the build between two looks at `stop()`: a few ms of work. */
const STEP = 1000;

/**
 * The index of indexFindings made in slices that a caller runs between other work: the tasks
 * (`taskIndex`, e.g. the report's shared one, else a new one), their 牵头单位 keys, then each
 * finding's. Until it is done, `index` holds the first FIRST_FINDINGS findings (totals and codes of
 * all), so a list can show its first rows at once.
 */
export function buildFindingsIndex(
  raw: unknown,
  tasks: readonly SheetTask[] | undefined,
  label: (code: string) => string,
  taskIndex?: TaskIndex,
): FindingsIndexBuild {
  const list = Array.isArray(raw) ? raw : [];
  const findings: Finding[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const finding = item as Finding;
    findings.push(isSeverity(finding.severity) ? finding : { ...finding, severity: 'info' });
  }
  const taskList: readonly SheetTask[] = Array.isArray(tasks) ? tasks : [];
  const index = taskIndex ?? new TaskIndex(taskList);
  const codes = codesOf(findings);
  const totals = severityTotals(findings);
  // Names as first written in the tasks; only departments with findings become options.
  const firstNames = new Map<string, string>();
  // A roll-up sheet names a few dozen departments over 100,000 rows: each name is keyed once, and
  // tasks led by the same departments share one key list.
  const keyOf = new Map<string, string>();
  const shared = new Map<string, readonly string[]>();
  const leadKeys: (readonly string[])[] = [];
  const leadKeysOf = (task: SheetTask): readonly string[] => {
    const keys: string[] = [];
    for (const name of departmentList(task.leads)) {
      let key = keyOf.get(name);
      if (key === undefined) keyOf.set(name, (key = departmentKey(name)));
      if (key && !firstNames.has(key)) firstNames.set(key, normaliseDepartment(name));
      if (key && !keys.includes(key)) keys.push(key);
    }
    const id = keys.join('\n');
    let same = shared.get(id);
    if (!same) shared.set(id, (same = keys));
    return same;
  };
  const departments: (readonly string[])[] = [];
  const used = new Set<readonly string[]>();
  const departmentsOf = (finding: Finding): readonly string[] => {
    const tasksOf = index.tasksOf(finding);
    // One task (the usual case): its key list, shared rather than copied.
    const keys = tasksOf.length === 1 ? leadKeys[tasksOf[0]!]! : tasksOf.length ? [...new Set(tasksOf.flatMap((p) => leadKeys[p] ?? []))] : NO_KEYS;
    used.add(keys);
    return keys;
  };
  const first = findings.length > FIRST_FINDINGS ? findings.slice(0, FIRST_FINDINGS) : findings;
  const build = {
    index: searchableIndex(first, new Array<readonly string[]>(first.length).fill(NO_KEYS), new Map(), codes, totals, label),
    done: false,
    step(stop: () => boolean): boolean {
      if (build.done || !index.build(stop)) return build.done;
      while (leadKeys.length < taskList.length && !stop()) {
        const end = Math.min(taskList.length, leadKeys.length + STEP);
        for (let p = leadKeys.length; p < end; p++) leadKeys.push(leadKeysOf(taskList[p]!));
      }
      while (leadKeys.length === taskList.length && departments.length < findings.length && !stop()) {
        const end = Math.min(findings.length, departments.length + STEP);
        for (let i = departments.length; i < end; i++) departments.push(departmentsOf(findings[i]!));
      }
      if (departments.length < findings.length || leadKeys.length < taskList.length) return false;
      const usedKeys = new Set([...used].flat());
      const departmentNames = new Map([...firstNames].filter(([key]) => usedKeys.has(key)));
      build.index = searchableIndex(findings, departments, departmentNames, codes, totals, label);
      build.done = true;
      return true;
    },
  };
  return build;
}

/** The index of findings whose 牵头单位 are known, with its search text made on demand. */
function searchableIndex(
  findings: Finding[],
  departments: (readonly string[])[],
  departmentNames: Map<string, string>,
  codes: string[],
  totals: Record<Severity, number>,
  label: (code: string) => string,
): FindingsIndex {
  // The search text is built in slices (prepareSearch, when the page is idle) or at once when a
  // search needs it before then: a few hundred ms at 100,000 findings, never one long task unasked.
  const labels = new Map<string, string>();
  const searchText: string[] = new Array<string>(findings.length);
  let built = 0;
  const buildTo = (end: number): void => {
    for (; built < end; built++) {
      const finding = findings[built]!;
      const code = String(finding.code ?? '');
      let text = labels.get(code);
      if (text === undefined) labels.set(code, (text = `${code}\n${label(code)}`));
      for (const part of [
        finding.sheet,
        finding.cell,
        finding.expected,
        finding.actual,
        finding.message,
        finding.target?.metric,
        finding.target?.quote,
        finding.subject?.metric,
      ]) {
        if (typeof part === 'string' && part) text += `\n${part}`;
      }
      for (const key of departments[built]!) text += `\n${departmentNames.get(key)}`;
      searchText[built] = text.toLowerCase();
    }
  };
  return {
    findings,
    departments,
    departmentNames,
    codes,
    totals,
    searchText: () => {
      buildTo(findings.length);
      return searchText;
    },
    prepareSearch: (until: () => boolean) => {
      while (built < findings.length && !until()) buildTo(Math.min(findings.length, built + 2000));
      return built === findings.length;
    },
  };
}

/**
 * Finding positions in display order for a grouping: groups in order of first appearance (sheets,
 * or codes); within a group error, warning, info; then by sheet (code grouping) and top-to-bottom,
 * left-to-right by cell; ties keep report order. One sort, done once per report and grouping.
 */
export function displayOrder(findings: readonly Finding[], groupBy: GroupBy): number[] {
  const n = findings.length;
  // Typed keys, not an array per finding: at 100,000 findings the garbage costs more than the sort.
  const group = new Float64Array(n);
  const sheet = new Float64Array(n);
  const row = new Float64Array(n);
  const col = new Float64Array(n);
  const groupSeen = new Map<string, number>();
  const sheetSeen = new Map<string, number>();
  const seen = (map: Map<string, number>, key: string) => {
    let at = map.get(key);
    if (at === undefined) map.set(key, (at = map.size));
    return at;
  };
  findings.forEach((finding, i) => {
    group[i] = seen(groupSeen, String((groupBy === 'code' ? finding.code : finding.sheet) ?? '')) * 4 + SEVERITIES.indexOf(finding.severity);
    sheet[i] = seen(sheetSeen, String(finding.sheet ?? ''));
    [row[i], col[i]] = addressOrder(finding.cell);
  });
  return findings.map((_, i) => i).sort((a, b) => group[a]! - group[b]! || sheet[a]! - sheet[b]! || row[a]! - row[b]! || col[a]! - col[b]! || a - b);
}

/** A group heading of the list: a sheet or code (level 1), or a severity within it (level 2). */
export interface GroupHeading {
  level: 1 | 2;
  /** The sheet or code (level 1), the severity (level 2). */
  key: string;
  count: number;
  /** A finding of the group, for headings that name a checked plan. */
  first: Finding;
  /** Level 1: its first severity's heading, shown in the same row (a row apart would be blank space). */
  severity?: GroupHeading;
}

/** The list as rows: a number ≥ 0 is a finding's position in the index, a heading is an object. */
export type ListRow = number | GroupHeading;

/** The text search as lower-cased words. */
export function searchWords(search: string | undefined): string[] {
  return (search ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
}

/** The key a department name is compared by ('' for none): spellings of one department share it. */
export function departmentKey(name: string): string {
  const normalised = normaliseDepartment(name ?? '');
  return normalised ? mergedDepartmentKey(normalised) : '';
}

/** Per finding, whether each filter passes: severity, code, department, search (bit 0…3). */
function filterBits(index: FindingsIndex, filter: FindingFilter): Uint8Array {
  const words = searchWords(filter.search);
  const wanted = departmentKey(filter.department ?? '');
  const text = words.length ? index.searchText() : [];
  const bits = new Uint8Array(index.findings.length);
  const { findings, departments } = index;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    let b = 0;
    if (!filter.severity || finding.severity === filter.severity) b |= 1;
    if (!filter.code || finding.code === filter.code) b |= 2;
    if (!wanted || departments[i]!.includes(wanted)) b |= 4;
    let found = true;
    for (let w = 0; w < words.length && found; w++) found = text[i]!.includes(words[w]!);
    if (found) b |= 8;
    bits[i] = b;
  }
  return bits;
}

const ALL = 15;

export interface FilterCounts {
  /** Per severity ('' = any), under the other filters. */
  severity: Record<Severity | '', number>;
  /** Per code, under the other filters; codeTotal: any code. */
  code: Map<string, number>;
  codeTotal: number;
  /** Per department key, under the other filters; departmentTotal: any department. */
  department: Map<string, number>;
  departmentTotal: number;
  /** Findings every filter leaves. */
  shown: number;
}

export interface FindingsView {
  rows: ListRow[];
  /** Finding positions in the order shown. */
  shown: number[];
  counts: FilterCounts;
}

/**
 * One pass over the ordered findings: the rows shown (headings with the count under them, then
 * findings) and, for each filter control, how many findings choosing an option would leave.
 */
export function findingsView(index: FindingsIndex, order: readonly number[], filter: FindingFilter, groupBy: GroupBy): FindingsView {
  const bits = filterBits(index, filter);
  const counts: FilterCounts = {
    severity: { '': 0, error: 0, warning: 0, info: 0 },
    code: new Map(),
    codeTotal: 0,
    department: new Map(),
    departmentTotal: 0,
    shown: 0,
  };
  const shown: number[] = [];
  for (const i of order) {
    const b = bits[i]!;
    const finding = index.findings[i]!;
    if ((b | 1) === ALL) {
      counts.severity[''] += 1;
      counts.severity[finding.severity] += 1;
    }
    if ((b | 2) === ALL) {
      counts.code.set(finding.code, (counts.code.get(finding.code) ?? 0) + 1);
      counts.codeTotal += 1;
    }
    if ((b | 4) === ALL) {
      for (const key of index.departments[i]!) counts.department.set(key, (counts.department.get(key) ?? 0) + 1);
      counts.departmentTotal += 1;
    }
    if (b === ALL) shown.push(i);
  }
  counts.shown = shown.length;
  return { rows: groupRows(index.findings, shown, groupBy), shown, counts };
}

/**
 * Headings inserted before each run of one group and of one severity within it, with the run's
 * size; a group's first severity heading shares the group heading's row.
 */
function groupRows(findings: readonly Finding[], shown: readonly number[], groupBy: GroupBy): ListRow[] {
  const rows: ListRow[] = [];
  let group: GroupHeading | null = null;
  let severity: GroupHeading | null = null;
  for (const i of shown) {
    const finding = findings[i]!;
    const key = String((groupBy === 'code' ? finding.code : finding.sheet) ?? '');
    if (!group || group.key !== key) {
      group = { level: 1, key, count: 0, first: finding };
      severity = null;
      rows.push(group);
    }
    if (!severity || severity.key !== finding.severity) {
      severity = { level: 2, key: finding.severity, count: 0, first: finding };
      if (rows[rows.length - 1] === group) group.severity = severity;
      else rows.push(severity);
    }
    group.count += 1;
    severity.count += 1;
    rows.push(i);
  }
  return rows;
}

/** Every code in the findings, in order of first appearance. */
export function codesOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.code))];
}

/** Counts by severity, from the findings themselves (a report's stats may be absent). */
export function severityTotals(findings: readonly Finding[]): Record<Severity, number> {
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (isSeverity(finding.severity)) totals[finding.severity] += 1;
  return totals;
}
