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
  /** Ranks: the scope the rank is in (全国, 全省, 中部…). */
  rankScope?: string;
}

export interface StatementContext {
  /** The year the text is about: targets are for it, and an undated actual's period is in it. */
  year?: number;
  /** What a statement with no cue is: the reader passes 'actual' inside a review section. */
  defaultRole?: 'target' | 'actual';
}
