import type { GridView } from './grid-view.ts';
import { cellAddress } from './address.ts';
import { classifyHeader, headerPeriod, isValueSubHeader, normaliseHeader, splitUnit, type HeaderMeaning } from './header-lexicon.ts';
import type { SheetColumn, TableShape } from './types.ts';

/** The header block of a table and what each of its columns means. */
export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: SheetColumn[];
  shape: TableShape;
}

/** Words that make an unrecognised header look like an indicator name (a metric column). */
const METRIC_WORDS = /增加值|产值|投资|企业|增速|增长|营收|收入|利润|税收|项目|数量|总量|占比|比重|个数|户数|家数|能耗|用电|出口|工业|指标|新增/;

/** Rows scored as header candidates: column words count 1, indicator names ½ (1 with a unit). */
function scoreRow(view: GridView, row: number): number {
  const roles = new Set<string>();
  let metrics = 0;
  const seen = new Set<string>();
  for (let c = 0; c < view.grid.colCount; c++) {
    const text = view.text(row, c);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    if (text.length > 30) continue; // prose, or a title merged across the row
    const meaning = classifyHeader(text);
    if (meaning && meaning.role !== 'note') roles.add(meaning.role);
    else if (!meaning && METRIC_WORDS.test(text) && !/表$/.test(normaliseHeader(text))) {
      // "新增规上企业(户)": an indicator with its unit is as good as a column word.
      metrics += splitUnit(text).unit ? 1 : 0.5;
    }
  }
  // Indicator names count beside a column that says what each row is (county, department, item).
  const anchor = roles.has('region') || roles.has('indicator') || roles.has('index') || roles.has('lead');
  return roles.size + (anchor ? Math.min(metrics, 3) : 0);
}

/** A row whose cells are all empty or numbers is data, never a header row. */
function looksLikeData(view: GridView, row: number, left: number, right: number): boolean {
  let filled = 0;
  for (let c = left; c <= right; c++) {
    const t = view.ownText(row, c);
    if (!t) continue;
    filled++;
    // A plain number is data; a year ("2024" over 目标 | 完成) is a header word.
    if (/^[-+]?\d+(\.\d+)?%?$/.test(t) && !/^(19|20)\d{2}$/.test(t)) return true;
  }
  return filled === 0;
}

/** True when a merge from the row above (or at) `upper` reaches down into `lower` inside the table. */
function mergeSpans(view: GridView, upper: number, lower: number, left: number, right: number): boolean {
  const width = right - left + 1;
  return view.grid.merges.some((m) => m.top <= upper && m.bottom >= lower && m.left >= left && m.right <= right && m.right - m.left + 1 < width);
}

/** Does `row` hold value sub-headers (目标/完成/1-6月) under a group row? */
function hasSubHeaders(view: GridView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const own = view.ownText(row, c);
    if (own && isValueSubHeader(classifyHeader(own))) return true;
  }
  return false;
}

/**
 * Finds the header row (or two rows) by meaning among the first `searchRows` rows: the row naming
 * the most distinct column roles, extended by one row up or down when merges or 目标/完成
 * sub-headers show a two-row header. Returns null when no row names at least two roles.
 */
export function findHeader(view: GridView, searchRows = 40): HeaderBlock | null {
  const limit = Math.min(view.grid.rowCount, searchRows);
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < limit; r++) {
    const s = scoreRow(view, r);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  if (best < 0 || bestScore < 2) return null;

  // Table width: the header row's filled columns.
  let left = Infinity;
  let right = -1;
  for (let c = 0; c < view.grid.colCount; c++) {
    if (view.text(best, c)) {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  let top = best;
  let bottom = best;
  if (
    top > 0 &&
    !looksLikeData(view, top - 1, left, right) &&
    (mergeSpans(view, top - 1, top, left, right) || hasSubHeaders(view, top, left, right)) &&
    scoreRow(view, top - 1) >= 1
  ) {
    top--;
  }
  if (
    bottom + 1 < view.grid.rowCount &&
    !looksLikeData(view, bottom + 1, left, right) &&
    (mergeSpans(view, bottom, bottom + 1, left, right) || hasSubHeaders(view, bottom + 1, left, right))
  ) {
    bottom++;
  }
  for (let c = 0; c < view.grid.colCount; c++) {
    if (view.text(bottom, c)) {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  const raw = describeColumns(view, top, bottom, left, right);
  return resolveColumns(raw, top, bottom, left, right);
}

interface RawColumn {
  col: number;
  header: string;
  address: string;
  meaning?: HeaderMeaning;
  /** Unrecognised header, or a metric group over a 目标/完成 sub-header. */
  metric?: { name: string; unit?: string; valueRole: 'target' | 'actual' | 'rate' };
}

function describeColumns(view: GridView, top: number, bottom: number, left: number, right: number): RawColumn[] {
  const out: RawColumn[] = [];
  for (let c = left; c <= right; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = view.text(r, c);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length === 0) continue;
    const column: RawColumn = { col: c, header: parts.join(' / '), address: cellAddress(bottom, c) };
    const upper = parts.length > 1 ? parts[0]! : undefined;
    const lower = parts[parts.length - 1]!;
    const lowerMeaning = classifyHeader(lower);
    const upperMeaning = upper ? classifyHeader(upper) : undefined;
    const upperYear = upper ? /^((?:19|20)\d{2})(?:年度?)?$/.exec(normaliseHeader(upper)) : null;
    if (upperYear && lowerMeaning) {
      // "2024" over 目标 | 完成: the year of the columns below, not an indicator.
      column.meaning = { ...lowerMeaning, year: Number(upperYear[1]) };
    } else if (upper && isValueSubHeader(lowerMeaning) && (!upperMeaning || upperMeaning.role === 'target' || upperMeaning.role === 'actual')) {
      if (!upperMeaning) {
        // "规上工业增加值增速(%)" over "目标" | "1-6月完成".
        const { label, unit } = splitUnit(upper);
        column.metric = { name: label, valueRole: lowerMeaning!.role as 'target' | 'actual' | 'rate', ...(unit ? { unit } : {}) };
        column.meaning = { ...lowerMeaning!, ...(unit && !lowerMeaning!.unit ? { unit } : {}) };
        const year = /(20\d{2})年/.exec(normaliseHeader(upper));
        if (year && !column.meaning.year) column.meaning.year = Number(year[1]);
      } else {
        // "完成情况" over "1-6月" | "完成率": the lower word is the precise one.
        const period = lowerMeaning!.period ?? headerPeriod(upper);
        column.meaning = { ...lowerMeaning!, ...(period ? { period } : {}), ...(upperMeaning.year && !lowerMeaning!.year ? { year: upperMeaning.year } : {}) };
      }
    } else if (lowerMeaning) {
      column.meaning = lowerMeaning;
    } else if (upperMeaning) {
      column.meaning = upperMeaning;
    } else {
      const name = parts.join('');
      const { label, unit } = splitUnit(name);
      const actual = /完成|实际/.test(label);
      column.metric = { name: label.replace(/(完成值?|实际值?)$/, ''), valueRole: actual ? 'actual' : 'target', ...(unit ? { unit } : {}) };
    }
    out.push(column);
  }
  return out;
}

function resolveColumns(raw: RawColumn[], top: number, bottom: number, left: number, right: number): HeaderBlock | null {
  const has = (role: string) => raw.some((c) => c.meaning?.role === role && !c.metric);
  const hasIndicator = has('indicator');
  // 责任单位 | 新增规上企业(户) | …: one row per department, the departments are the parts.
  const leadAsRegion = !has('region') && has('lead') && !has('content') && !hasIndicator && !has('task') && raw.some((c) => c.metric);
  if (leadAsRegion) for (const c of raw) if (c.meaning?.role === 'lead' && !c.metric) c.meaning = { ...c.meaning, role: 'region' };
  const hasRegion = has('region');
  const groupedMetrics = raw.some((c) => c.metric && c.meaning);
  const columns: SheetColumn[] = [];
  for (const c of raw) {
    const base = { col: c.col, header: c.header, address: c.address };
    if (c.metric && (hasRegion || (groupedMetrics && !hasIndicator))) {
      if (c.metric.valueRole === 'rate') continue; // a group's 完成率: derived, not a claim
      columns.push({
        ...base,
        role: 'metric',
        metric: c.metric.name,
        valueRole: c.metric.valueRole,
        ...((c.metric.unit ?? c.meaning?.unit) ? { unit: (c.metric.unit ?? c.meaning?.unit)! } : {}),
        ...periodAndYear(c.meaning),
      });
      continue;
    }
    if (!c.meaning) continue;
    let role = c.meaning.role;
    // "单位" names a unit of measure in an indicator table, the responsible unit in a task table,
    // and the organisation a row is for elsewhere.
    if (role === 'unit' && c.meaning.label === '单位' && !hasIndicator) {
      role = has('content') || has('task') ? (has('lead') ? 'partner' : 'lead') : hasRegion ? 'unit' : 'region';
    }
    columns.push({ ...base, role, ...(c.meaning.unit ? { unit: c.meaning.unit } : {}), ...periodAndYear(c.meaning) });
  }
  const roles = new Set(columns.map((c) => c.role));
  let shape: TableShape | null = null;
  if (roles.has('content')) shape = 'tasks';
  else if (roles.has('metric') && roles.has('region')) shape = 'allocation';
  else if (roles.has('indicator') && (roles.has('target') || roles.has('actual'))) shape = 'indicators';
  else if (roles.has('task') && (roles.has('target') || roles.has('actual'))) {
    // A task column holding indicator names.
    for (const c of columns) if (c.role === 'task') c.role = 'indicator';
    shape = 'indicators';
  } else if (roles.has('task') && (roles.has('lead') || roles.has('index'))) {
    // A task table without a separate content column: the task text is the content.
    for (const c of columns) if (c.role === 'task') c.role = 'content';
    shape = 'tasks';
  } else if (roles.has('metric')) shape = 'allocation';
  if (!shape) return null;
  return { top, bottom, left, right, columns, shape };
}

function periodAndYear(m: HeaderMeaning | undefined): Pick<SheetColumn, 'period' | 'year'> {
  if (!m) return {};
  const out: Pick<SheetColumn, 'period' | 'year'> = {};
  if (m.year) out.year = m.year;
  if (m.period) {
    const year = m.period.year ?? m.year;
    out.period = { ...m.period, year: year ?? null };
  }
  return out;
}
