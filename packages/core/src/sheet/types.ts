import type { Comparator, Finding, Period, Span, TargetKind, UnitInfo } from '../model.ts';

/** What a header column means. `metric` is an indicator-named column of an allocation table. */
export type ColumnRole = 'index' | 'task' | 'content' | 'lead' | 'partner' | 'indicator' | 'unit' | 'target' | 'actual' | 'rate' | 'region' | 'note' | 'metric';

/** One recognised column of a table. */
export interface SheetColumn {
  col: number;
  role: ColumnRole;
  /** The header text as written (two-row headers joined with " / "). */
  header: string;
  /** A1 address of the header cell (the lowest header row's cell). */
  address: string;
  /** Unit written in the header, e.g. "亿元" from "目标值（亿元）". */
  unit?: string;
  /** For `metric` columns: the indicator name; `valueRole` says whether cells are targets or results. */
  metric?: string;
  valueRole?: 'target' | 'actual';
  /** A 完成 column's period (1-6月完成) or a target column's year (2024年目标). */
  period?: Period;
  year?: number;
}

/** The shapes of table the reader knows. */
export type TableShape = 'tasks' | 'indicators' | 'allocation';

/**
 * What one cell says about one metric: a target the row takes on or a result it reports.
 * Plain data, so claims can cross a worker boundary or be built by hand in tests.
 */
export interface Claim extends UnitInfo {
  /** Unique within a reading: "Sheet!C3#0". */
  id: string;
  sheet: string;
  /** A1 address of the cell the claim is read from (where a finding about it stands). */
  cell: string;
  row: number;
  col: number;
  /** Logical table row (a row continued across page breaks keeps one key), for pairing targets with results. */
  rowKey: string;
  role: 'target' | 'actual';
  metric: string;
  metricKey: string;
  kind: TargetKind;
  comparator: Comparator;
  value: number | null;
  max: number | null;
  decline: boolean;
  /** The text the claim was read from (the cell, or the row's joined 内容和要求 text). */
  text: string;
  /** Where in `text` the claim stands. */
  span: Span;
  leads: string[];
  partners: string[];
  /** District or department a row of an allocation table is for. */
  region?: string;
  /** A 合计/全市 row of an allocation table: the sheet's own total. */
  total?: boolean;
  year?: number;
  period?: Period;
  /** The row or column is hidden in the workbook. */
  hidden?: boolean;
}

/** A cell that looks like it states a target but could not be read. */
export interface UnparsedCell {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  /** The part of the text that looked like a target. */
  text: string;
  reason: string;
  hidden?: boolean;
}

/** One logical data row. */
export interface SheetRow {
  key: string;
  /** Grid rows (0-based) the logical row covers, first to last. */
  rows: number[];
  index?: string;
  task?: string;
  leads: string[];
  partners: string[];
  region?: string;
  hidden?: boolean;
}

/** A sheet read into a table of claims. */
export interface SheetTable {
  sheet: string;
  shape: TableShape | 'none';
  /** Title text above the header (joined), if any. */
  title?: string;
  /** Region and year the sheet is about, from options, the title or the header. */
  region?: string;
  year?: number;
  /** Where `region` and `year` were read: the caller's options, the title above the header, a header cell, the sheet's name. */
  regionSource?: 'option' | 'title' | 'sheet-name';
  yearSource?: 'option' | 'title' | 'header' | 'sheet-name';
  /** 0-based header rows [first, last]; null when no header was found. */
  headerRows: [number, number] | null;
  /** A1 address of the first header cell: where sheet-wide findings (missing-target) stand. */
  headerCell: string;
  columns: SheetColumn[];
  rows: SheetRow[];
  claims: Claim[];
  unparsed: UnparsedCell[];
  /** Findings the reader itself makes (no-header). */
  findings: Finding[];
}

export interface ReadSheetOptions {
  /** Region the sheet is about (overrides the title), e.g. "金安区". */
  region?: string;
  /** Year the sheet's targets are for (overrides the title). */
  year?: number;
  /** Rows searched for the header (default 40). */
  headerSearchRows?: number;
  /** Locale of the reader's own findings. */
  locale?: 'zh-CN' | 'en';
}
