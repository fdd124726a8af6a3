/**
 * A headline or a heading line that restates a figure the text below reports (`10个5000万元以上项目陆续开工` over a body
 * that reports `10个5000万元以上大项目陆续复工`; `全年实现68.7万贫困人口脱贫` over `…全年实现68.7万农村贫困人口脱贫`): a
 * headline sums up its body, so its figure is the body's result too, an entry of its own (corpus README "What is an entry":
 * an entry at every full statement, headline and body alike). Read alone, a headline has no cue of its own and took the
 * text's default tense, a target.
 */
import type { Actual, Target } from '../model.ts';
import { STRIVING, DEADLINE_YEAR } from '../grammar/words.ts';
import { SIMPLIFIED_CODE } from './traditional.ts';

/** `text` with its Traditional characters Simplified, one for one (positions kept): a Traditional headline's 力爭, 確保, 目標 aim too. */
function simplifiedChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = SIMPLIFIED_CODE[text.charCodeAt(i)]!;
    out += code !== 0 ? String.fromCharCode(code) : text[i]!;
  }
  return out;
}

/** The longest line a headline or a heading is (a line longer than this is prose). */
const HEADLINE_MAX = 80;
/** A sentence's end inside the line: a line of prose, no heading. */
const SENTENCE_END_IN_LINE = /[。！？；]/;
/** A tab, or two figures with only spaces between them (巩固率(%) 100% 100% 约束性): a table's row of cells, no heading. */
const CELLS_IN_LINE = /\t|[\d%][^\S\n]+[\d.]+[%万亿个家项名人元]?(?:左右|以上)?(?:[^\S\n]|$)/;
/** Words a headline says besides its figure: four Han characters (a table's cell, 100% or 增速8%左右, is no headline). */
const HEADLINE_WORDS = /\p{Script=Han}{4}/u;
/** A year written in the line (2026年): the headline is the body's only if the body's result is of that year. */
const YEAR_IN_LINE = /((?:19|20)\d{2})\s*年/g;
/** A word that aims before the figure in its line (力争, 确保, 将, 要, 目标, 预期, 到2025年…): the headline sets a goal. */
const AIMED_IN_LINE = new RegExp(`${STRIVING}|目标|预期|${DEADLINE_YEAR}`);
/** The year ahead or under way named (今年, 明年, 新的一年): the headline is the body's only if the body's result is of that year. */
const YEAR_NAMED_IN_LINE = /今年(?!以来)|明年|新的?一年/;

/**
 * The line holding `[start, end)` of `text`, when it is a headline or a heading (short, no sentence's end in it, words besides
 * its figure, no row of cells), else null. Read no further than a headline's length either side: a long line is prose.
 */
function headingLineAt(text: string, start: number, end: number): { start: number; end: number } | null {
  const back = Math.max(0, start - HEADLINE_MAX - 1);
  const backward = text.slice(back, start).lastIndexOf('\n');
  if (backward === -1 && back > 0) return null;
  const forward = text.slice(end, end + HEADLINE_MAX + 1).indexOf('\n');
  if (forward === -1 && end + HEADLINE_MAX < text.length) return null;
  const line = { start: back + backward + 1, end: forward === -1 ? text.length : end + forward };
  const words = text.slice(line.start, line.end);
  if (words.trim().length > HEADLINE_MAX || SENTENCE_END_IN_LINE.test(words) || CELLS_IN_LINE.test(words) || !HEADLINE_WORDS.test(words)) return null;
  return line;
}

/** Whether two metrics share a run of two characters (投资 in 重点项目今年累计投资 and 投资; 生产总值 in GDP's key and 某区生产总值). */
function shareWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/** How many results of one figure below a heading are looked at for its metric (a text may state one figure hundreds of times). */
const RESTATEMENTS_LOOKED_AT = 4;

/** The results by figure (value, unit, kind, decline), each list in text order: where a heading's figure is stated again. */
function resultsByFigure(actuals: readonly Actual[]): Map<string, Actual[]> {
  const byFigure = new Map<string, Actual[]>();
  for (const a of actuals) {
    const key = figureKey(a);
    const list = byFigure.get(key);
    if (list) list.push(a);
    else byFigure.set(key, [a]);
  }
  for (const list of byFigure.values()) list.sort((a, b) => a.span[0] - b.span[0]);
  return byFigure;
}

const figureKey = (e: Pick<Actual, 'value' | 'unit' | 'kind' | 'decline'>): string => `${e.value}|${e.unit}|${e.kind}|${e.decline}`;

/** The result below the heading line that states the target's figure again, with a metric in common. */
function restatedBelow(target: Target, lineEnd: number, byFigure: ReadonlyMap<string, readonly Actual[]>): Actual | undefined {
  const same = byFigure.get(figureKey({ ...target, value: target.value ?? Number.NaN }));
  if (!same) return undefined;
  let lo = 0;
  let hi = same.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (same[mid]!.span[0] >= lineEnd) hi = mid;
    else lo = mid + 1;
  }
  return same.slice(lo, lo + RESTATEMENTS_LOOKED_AT).find((a) => shareWord(target.metricKey, a.metricKey));
}

/** Whether the years the headline's words name (2024年; 今年, the plan's) are the result's, when they name any. */
function sameYearNamed(words: string, resultYear: number | null, planYear: number | null): boolean {
  if (YEAR_NAMED_IN_LINE.test(words) && resultYear !== planYear) return false;
  return [...words.matchAll(YEAR_IN_LINE)].every((m) => Number(m[1]) === resultYear);
}

/** A heading naming goals (一、工作目标, 主要预期指标, （二）年度目标任务): the lines under it state them. */
const GOALS_HEADING = /目标|指标/;
/** How many heading lines above a line are read back through for a heading naming goals (一、工作目标 / 城镇新增就业1.2万人 / 粮食产量…). */
const LINES_BACK = 6;

/**
 * Whether the line starting at `lineStart` sits in a run of heading lines (no sentence's end in them) under one naming goals:
 * a plan's list of goals, each line a target, whatever a later review states with the same figure.
 */
function underGoalsHeading(text: string, lineStart: number): boolean {
  const lines = text
    .slice(Math.max(0, lineStart - HEADLINE_MAX * LINES_BACK), lineStart)
    .split('\n')
    .reverse();
  let read = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (++read > LINES_BACK || line.length > HEADLINE_MAX || SENTENCE_END_IN_LINE.test(line)) return false;
    if (GOALS_HEADING.test(line)) return true;
  }
  return false;
}

/**
 * The plan's targets and actuals with each headline target the body below reports as a result turned into that result (the
 * body's period; an estimate only where 预计 governs the words, which a headline's do not). Not a heading that aims before its figure (力争…, …目标, 到2025年), nor one naming the year
 * under way or ahead when the body's result is of another year.
 */
export function headlinesOfResults(
  text: string,
  targets: readonly Target[],
  actuals: readonly Actual[],
  planYear: number | null,
): { targets: Target[]; actuals: Actual[]; restated: ReadonlySet<string> } {
  const kept: Target[] = [];
  const added: Actual[] = [];
  const restated = new Set<string>();
  let byFigure: Map<string, Actual[]> | undefined;
  let plain: string | undefined;
  for (const t of targets) {
    const line = t.value === null ? null : headingLineAt(text, t.span[0], t.span[1]);
    // (The words up to the figure's end: a goal's name inside the statement's own span, 地区生产总值预期目标增长6%, aims too.)
    const words = line ? (plain ??= simplifiedChars(text)).slice(line.start, t.span[1]) : '';
    const result =
      line && !AIMED_IN_LINE.test(words) && !underGoalsHeading(plain!, line.start)
        ? restatedBelow(t, line.end, (byFigure ??= resultsByFigure(actuals)))
        : undefined;
    if (!result || !sameYearNamed(words, result.period.year, planYear)) {
      kept.push(t);
      continue;
    }
    restated.add(t.id);
    added.push({
      id: `a${String(actuals.length + added.length + 1).padStart(3, '0')}`,
      metric: t.metric,
      metricKey: t.metricKey,
      kind: t.kind,
      value: t.value!,
      decline: t.decline,
      unit: t.unit,
      dimension: t.dimension,
      factor: t.factor,
      // (Its period, not its estimate: no 预计 governs the headline's words, corpus Decisions 3.)
      period: result.period,
      span: t.span,
      quote: t.quote,
      quoteSpan: t.quoteSpan,
    });
  }
  return { targets: kept, actuals: [...actuals, ...added], restated };
}
