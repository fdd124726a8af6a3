/**
 * The plan and report model every Mubiao package speaks. Pure data: JSON-serialisable, no
 * classes, so plans can be committed as seeds and reports can cross from a worker or the CLI
 * into a web component unchanged.
 */

/** [start, end) JavaScript string offsets (UTF-16 code units) into the original document text. */
export type Span = [start: number, end: number];

/**
 * How a target binds its number.
 * `>=` 以上/不低于/不少于/达到/至少 · `>` 突破/超过/超 · `~` 左右/约 · `range` 3-5 (value..max)
 * · `<=` 以下/不超过/控制在…以内 · `=` a bare number after 力争/实现/完成 · `placeholder` "**" (value null).
 */
export type Comparator = '>=' | '>' | '~' | 'range' | '<=' | '=' | 'placeholder';

/**
 * growth: a rate of change (增长11%); level: a stock to reach (达到1400户, 突破200亿元);
 * increment: an addition (新增150户); share: 占比/比重, or a 百分点 change of one;
 * count: things to cultivate or build (培育…10个).
 */
export type TargetKind = 'growth' | 'level' | 'increment' | 'share' | 'count';

/** Administrative level of the issuing region. */
export type RegionLevel = 'national' | 'province' | 'city' | 'district';

/**
 * A unit as written plus what it measures. `dimension` groups units that convert into each
 * other (`money`: 元/万元/亿元; `percent`; `percentage-point`; `enterprise`: 户/家; …) and
 * `factor` scales the written value to the dimension's base unit (万元 → 1e4 元). Two values
 * compare only when their dimensions are equal: % never silently meets 百分点.
 */
export interface UnitInfo {
  unit: string;
  dimension: string;
  factor: number;
}

/** A numeric target read from plan prose (or a sheet cell), traceable to its source. */
export interface Target extends UnitInfo {
  /** Stable within its plan, e.g. "t017". */
  id: string;
  /** Metric as written in the document, e.g. "技改投资". */
  metric: string;
  /** Normalised metric key shared across documents, e.g. "技术改造投资" (lexicon in core). */
  metricKey: string;
  kind: TargetKind;
  comparator: Comparator;
  /** The written number (lower bound of a range); null for placeholders. */
  value: number | null;
  /** Upper bound of a range, else null. */
  max: number | null;
  /** 下降/降低/减少: the written number is a decrease. */
  decline: boolean;
  /** 力争/争取: an aspirational ("strive for") target rather than a firm one. */
  aspirational?: boolean;
  /** The characters that state this target (metric through number and unit). */
  span: Span;
  /**
   * The sentence or table cell the target comes from, for quoting in findings; in a sentence
   * longer than 240 characters, the clauses around the target, capped (reader/extract.ts).
   */
  quote: string;
  quoteSpan: Span;
  /** Lead departments (牵头) and partners (配合). */
  leads: string[];
  partners: string[];
  /** Year the target is due; null when neither the sentence nor the plan says. */
  year: number | null;
  /**
   * A five-year plan indicator's attribute, where the plan's indicator table gives one:
   * 预期性 (expected, a guide) or 约束性 (binding). Absent elsewhere.
   */
  attribute?: '预期性' | '约束性';
  /** Section path, e.g. "一、(三)" or "表 12" for a decomposition-table row. */
  section?: string;
  /** The task (item or table row) this target belongs to. */
  taskId?: string;
}

/** Period an actual result covers, e.g. 2023 months 1–11. */
export interface Period {
  /** null when neither the sentence nor the document dates the result (the plan's year unknown too). */
  year: number | null;
  fromMonth?: number;
  toMonth?: number;
  /** As written: "1—11月", "全年", "上半年". */
  label: string;
}

/** A result already achieved (增长7.3%, 新增2753户, 居全国第七位): not a target. */
export interface Actual extends UnitInfo {
  id: string;
  metric: string;
  metricKey: string;
  kind: TargetKind | 'rank';
  value: number;
  decline: boolean;
  period: Period;
  /** For ranks: the scope (全国, 全省, 中部) the rank is in. */
  rankScope?: string;
  /** Given as an estimate (预计, 初步预计, 预估, 估计, 有望; a 预计值 column): absent when the figure is reported as known. */
  estimate?: boolean;
  span: Span;
  quote: string;
  quoteSpan: Span;
}

/** A numbered item of the plan body or a row of an attached decomposition table. */
export interface Task {
  id: string;
  /** Number as written: "(三)", "12", "1." */
  number: string;
  /** Section path this task sits in. */
  section?: string;
  title: string;
  /** The task's full text (内容和要求), as cleaned for reading. */
  content: string;
  leads: string[];
  partners: string[];
  span: Span;
  targetIds: string[];
  year: number | null;
  source: 'body' | 'table';
}

/**
 * Where a plan's year came from: `option` (the caller said), `title` (2024年工作要点), `date` (an
 * issue date such as 2022-02-27 or 2022年2月27日, for a plan about 今年/本年), `text` (the year a plan
 * phrase names, 2024年工作安排), `table` (an attached table's title), or `unknown`.
 */
export type PlanYearSource = 'option' | 'title' | 'date' | 'text' | 'table' | 'unknown';

/**
 * Where a plan's level came from: `option` (the caller said: ExtractOptions.level, a seed's
 * manifest), `gazetteer` (its region, which the gazetteer knows), `text` (the document: its
 * issuer, its scope words 全市/全县, the region it names), `name` (its region's name ends in a
 * level's word: 某某县 → district, 某某市 → city), or `unknown`: nothing said it, and every verdict
 * and label says so (check/plan-level.ts `levelUnknown`).
 */
export type PlanLevelSource = 'option' | 'gazetteer' | 'text' | 'name' | 'unknown';

/** Everything read from one plan document for one region and year. */
export interface Plan {
  /** Seed name / identifier, e.g. "luan-2023". */
  name: string;
  region: string;
  /**
   * The plan's level. When `levelSource` is `unknown` it is only a placeholder ('city', kept so
   * older readers of plan JSON still find a level): no verdict or label reads it then — core
   * says the level is unknown (check/plan-level.ts `planLevel`, `levelUnknown`).
   */
  level: RegionLevel;
  /**
   * How the level was found (see PlanLevelSource). Absent in plan JSON written before it was
   * recorded: the level is then taken as stated. Plan JSON written before `name` existed says
   * `unknown` where its region's name gave the level: read back, it is taken from the region
   * again (check/region-fit.ts `levelAsRead`).
   */
  levelSource?: PlanLevelSource;
  /** Region one level up (六安市 for 金安区). */
  parentRegion?: string;
  /** The year the plan is for; null when the text does not say (never guessed). */
  year: number | null;
  /** How the year was found: the title, a date in the text, the caller, … (see reader/document-info.ts). */
  yearSource?: PlanYearSource;
  /**
   * The year the title gives when the caller stated another (ExtractOptions.year: --year, the
   * year box): the plan is read as stated, and hosts refuse it with yearContradictedMessage.
   */
  titleYear?: number;
  title: string;
  /** Where the text came from, for tracing spans. */
  source: { file: string; sha256?: string; chars: number };
  targets: Target[];
  actuals: Actual[];
  tasks: Task[];
  /**
   * Results the text gives without writing any year at all (corpus Decisions 21): they have no year to be checked
   * against, so they are left out of `actuals` and counted here, for hosts to say so.
   */
  undatedResultsLeftOut?: number;
  /**
   * The parts of the text this reading passed over, as [start, end) spans into the text given: in body mode (the
   * default) an attached 分解表 of another year (seed 004's 2023 table under its 2024 body), read with `part: 'table'`;
   * in table mode everything outside the attached table (the whole text when there is none). Absent when the whole text
   * was read. Hosts leave these parts out of what they say was not read (unreadFigures).
   */
  partsNotRead?: Span[];
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** A cell as the user sees it. Row and column are 0-based; `address` is A1 style. */
export interface Cell {
  address: string;
  row: number;
  col: number;
  /** Typed value: cached formula results, numbers, booleans, dates as ISO strings (YYYY-MM-DD). */
  value: string | number | boolean | null;
  /** The displayed text (number format applied where we can, rich text flattened). */
  text: string;
  formula?: string;
  /** Excel error value such as "#DIV/0!". */
  error?: string;
  /**
   * Why the file's cell could not be read at all (a damaged file): it points at a shared string the file lacks. Its text
   * is empty, but it is not an empty cell: the check reports it as unreadable, never passes over it.
   */
  unreadable?: 'missing-shared-string';
  /**
   * A CSV field longer than a cell holds (32,767 characters): its whole length in the file. `value` and `text` are its
   * first 32,767 characters, as read; a copy of the file is never written with the field cut.
   */
  fullLength?: number;
  numFmt?: string;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet's used range. `cells[row][col]` is undefined where the sheet is empty. */
export interface Grid {
  sheet: string;
  rowCount: number;
  colCount: number;
  cells: (Cell | undefined)[][];
  /** Merged ranges; the value sits in the top-left cell and belongs to the whole range. */
  merges: CellRange[];
  hiddenRows: number[];
  hiddenCols: number[];
  /** Protected sheets can be read but not annotated in place. */
  protected?: boolean;
  /** Sheet visibility from workbook.xml; absent means visible. */
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** The used range the file declares (<dimension ref>), as written; may be stale. */
  dimension?: string;
  /** The cells marked `unreadable`, in the order read, so a check finds them without walking the grid. */
  unreadable?: Cell[];
}

// ---------------------------------------------------------------------------------------------
// Reports

export type Severity = 'error' | 'warning' | 'info';

/** Stable finding codes; documented in README (finding codes table) and messages.ts. */
export type FindingCode =
  | 'shortfall'
  | 'weaker-comparator'
  | 'missing-target'
  | 'allocation-shortfall'
  | 'behind-schedule'
  | 'unit-mismatch'
  | 'placeholder'
  | 'lead-mismatch'
  | 'unparsed'
  | 'ambiguous-match'
  | 'below-previous-year'
  | 'no-header'
  | 'plan-mismatch'
  | (string & {});

/** The plan target a finding refers to, with its sentence so the finding can quote it. */
export interface TargetRef {
  plan: string;
  region: string;
  year: number | null;
  /** Present when nothing gives the plan's level (levelUnknown): its label says so (planLabel), as the report's plan lines do. */
  levelSource?: 'unknown';
  targetId: string;
  metric: string;
  quote: string;
  span: Span;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding stands on. */
  cell: string;
  /** Human text of what the plan asks, e.g. "≥ 20%". */
  expected: string;
  /** Human text of what the sheet says, e.g. "≥ 15%". */
  actual: string;
  /** Explanation in the report's locale (zh-CN by default). */
  message: string;
  metricKey?: string;
  target?: TargetRef;
  /**
   * Plan-against-plan findings: the checked plan's own target, i.e. where the finding stands
   * (`sheet` is then the plan's name and `cell` is "").
   */
  subject?: TargetRef;
}

export interface ReportStats {
  rows: number;
  claims: number;
  matched: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * A gauge's status (see validate/verdict.ts): met; at-risk (not yet, or a weaker promise);
 * short; no-target (the target is "**"); no-value (the sheet gives no number).
 */
export type GaugeStatus = 'met' | 'at-risk' | 'short' | 'no-target' | 'no-value';

/** What a gauge measures a sheet value against: a plan target or the row's own target. */
export interface GaugeTarget extends UnitInfo {
  comparator: Comparator;
  value: number | null;
  max: number | null;
  kind: TargetKind;
  decline: boolean;
  year?: number;
}

/**
 * One sheet value against the target it is measured by, with the verdict the findings were made
 * from: a host draws it and never compares anything itself.
 */
export interface Gauge {
  sheet: string;
  /** A1 address of the sheet value. */
  cell: string;
  /** A promise the sheet makes (15%以上) or a result it reports (1-9月完成). */
  role: 'target' | 'actual';
  /** The metric as the sheet names it (新增 kept for increments). */
  label: string;
  metricKey: string;
  /** The sheet's number, in the target's written unit (万元 against 亿元 converted). */
  value: number;
  /** How the sheet binds its number: a promise's own comparator; "=" for a result. */
  valueComparator: Comparator;
  target: GaugeTarget;
  /** The plan target, when a plan's target is the reference. */
  ref?: TargetRef;
  /** The row's own target cell (A1), when the row's target is the reference. */
  targetCell?: string;
  status: GaugeStatus;
  /** The value due by now in the target's unit (the pace marker), or null. */
  due: number | null;
  /** Share of the year elapsed (0..1) and how it was decided ("1-9月", or the as-of date). */
  elapsed: { share: number; label: string } | null;
  /** The finding made from the same verdict on this cell, if there is one. */
  finding?: FindingCode;
  /** The gap in words, from the same verdict: "低于目标5个百分点" / "5 percentage points below target". */
  delta: string;
}

/** Where a sheet's year, region or as-of date came from. */
export type FactSource = 'option' | 'title' | 'header' | 'columns' | 'sheet-name' | 'plan' | 'unknown';

/** A plan considered for a sheet: applied or not, and why. */
export interface PlanChoice {
  plan: string;
  region: string;
  year: number | null;
  title: string;
  /** How the plan stands to the sheet. */
  relation: 'same' | 'upper' | 'previous-year' | 'lower' | 'other' | 'unknown';
  applied: boolean;
  /** Chosen by the user, or picked for the sheet by its region and year. */
  chosenBy: 'user' | 'auto';
  /** Why, in the report's locale: "本表为金安区 2023 年，六安市为其上级". */
  why: string;
  /** Present when nothing gives the plan's level (levelUnknown): its label says so (planLabel). */
  levelSource?: 'unknown';
}

/** What one sheet was checked against, and as of when. */
export interface SheetCheck {
  sheet: string;
  shape: 'tasks' | 'indicators' | 'allocation' | 'none' | 'empty';
  region: string | null;
  regionSource: FactSource;
  year: number | null;
  yearSource: FactSource;
  /** YYYY-MM-DD the progress was judged at, or null (not judged against the calendar). */
  asOf: string | null;
  asOfSource: FactSource;
  /** As the sheet writes its period ("1-9月"), when the as-of date came from its columns. */
  asOfLabel?: string;
  plans: PlanChoice[];
  rows: number;
  claims: number;
  matched: number;
  /** True when the sheet was checked against at least one plan that fits it and matched it. */
  fits: boolean;
}

/** A row of a decomposition sheet, as the task matrix shows it (1-based sheet rows). */
export interface SheetTask {
  id: string;
  sheet: string;
  number: string;
  title: string;
  leads: string[];
  partners: string[];
  /** 1-based row numbers of the sheet rows the task spans (first to last). */
  sheetRows: number[];
}

/** Something about a plan itself, not the sheet (an upper plan's own "**" blanks). */
export interface PlanNote {
  code: 'plan-placeholder';
  plan: string;
  region: string;
  year: number | null;
  target: TargetRef;
  message: string;
}

export interface Report {
  /**
   * True when there is no error-severity finding — and, for a workbook check, when every sheet
   * with data was checked against a plan that fits it and matched it (no false pass).
   */
  valid: boolean;
  stats: ReportStats;
  findings: Finding[];
  /** Workbook checks: each sheet with the plans considered for it and the as-of date used. */
  sheets?: SheetCheck[];
  /** Workbook checks: every sheet value measured against a target, with its verdict. */
  gauges?: Gauge[];
  /** Workbook checks: the decomposition rows, for the task matrix. */
  tasks?: SheetTask[];
  /** Notes about the plans themselves, not findings against the sheet. */
  planNotes?: PlanNote[];
}
