/** What the grammar reports about one numeric statement in a sentence of plan prose. */
import type { Comparator, Period, Span, TargetKind, UnitInfo } from '../model.ts';

export interface Statement extends UnitInfo {
  /** A target to reach, or a result already achieved. */
  role: 'target' | 'actual';
  /** The metric as written, e.g. "技改投资", "规上工业增加值". */
  metric: string;
  /** Normalised through the lexicon, e.g. "技术改造投资". */
  metricKey: string;
  kind: TargetKind | 'rank';
  /** Actuals use '='. */
  comparator: Comparator;
  /** Null for placeholders (**). */
  value: number | null;
  /** Upper bound of a range, else null. */
  max: number | null;
  /** 下降/降低/减少: the written number is a decrease. */
  decline: boolean;
  /** 力争/争取/争创: a "strive for" target. */
  aspirational: boolean;
  /** [start, end) into the text passed in: from the metric through number, unit and comparator word. */
  span: Span;
  /** Actuals: the period the result covers ("1—11月" → {year, fromMonth: 1, toMonth: 11, label}). */
  period?: Period;
  /** Targets: the period the number would cover were it a result (a review part makes it one). */
  resultPeriod?: Period;
  /** Ranks: the scope the rank is in (全国, 全省, 中部…). */
  rankScope?: string;
  /**
   * Targets: the year the sentence says the target is due (到2025年, 今年, 2023年, “十四五”末),
   * when it says one; the reader fills in the passage's or the plan's year otherwise.
   */
  year?: number;
  /** A quota or plan figure named inside a report of results (完成年计划710亿元的89.4%). */
  quota?: boolean;
  /** Given as an estimate (预计, 初步预计, 预估, 估计, 有望): said of results; the reader keeps it on actuals. */
  estimate?: boolean;
}

export interface StatementContext {
  /** The year the text is about: targets are for it, and an undated actual's period is in it. */
  year?: number;
  /** The year 今年 means when it is not `year` (a plan for next year, issued this year). */
  thisYear?: number;
  /** The year a span of work ahead (未来五年) ends at when the text's year is its written horizon (TenseContext.spanEnd). */
  spanEnd?: number;
  /**
   * What a statement with no tense cue before it is: the reader passes the tense of the passage
   * ('actual' in a review section or after 初步统计/去年…, 'target' after 预期目标/今年…).
   */
  defaultRole?: 'target' | 'actual';
  /** Under a heading that names goals (二、主要预期目标, 一、工作目标): a record or streak closing a line there is aimed at. */
  underGoals?: boolean;
  /** The year the passage speaks of (results of 2022, targets for 2025), when it named one. */
  defaultYear?: number;
  /** The whole text reports results and sets no target: `year` itself is a year reported. */
  reportsOnly?: boolean;
  /** The passage reviews the year under way (一、今年以来工作情况): 今年 in it is the year reviewed, a result. */
  yearUnderWay?: boolean;
  /** The sentence goes on a paragraph of results (TenseContext.resultsGoOn): the plan's year written there may report. */
  resultsGoOn?: boolean;
  /**
   * The months an earlier sentence of the paragraph reported (上半年，… then 其中，…): the period of a
   * result whose own sentence dates it neither by months nor by a year.
   */
  defaultPeriod?: Period;
  /** The paragraph's lead-in gave its results as estimates (初步预计，…): so is a result with no cue of its own sentence. */
  defaultEstimate?: boolean;
  /**
   * How many years the passage's review covers (a five-year plan's chapter on the period before it: 5): a change
   * that writes no year of its own (从54%提高到61%) starts that many years before the passage's year.
   */
  reviewedYears?: number;
  /**
   * The next sentence opens a list (具体包括：, 分别是：, 一是…, （1）…): a count of lines of work closing this sentence
   * (接续办好15件重点民生实事。) only counts the items named there.
   */
  listFollows?: boolean;
  /** The last year of a plan period the text reviews in that year (TenseContext.periodClosed). */
  periodClosed?: number;
  /** The page's reposting site deleted its figures (years left as a bare 年): a unit left where a figure stood is a placeholder. */
  figuresDeleted?: boolean;
}
