import { matchesOf } from '../grammar/matches.ts';
import { BULLET_MARKS, largest } from '../grammar/chars.ts';
import { stopFinder } from '../grammar/stop-finder.ts';
import { LIST_OPENERS, readSentence } from '../grammar/statements.ts';
import { scanTokens } from '../grammar/scan.ts';
import { closingTense, type ClosingTense } from '../grammar/tense.ts';
import {
  AIM_YAO,
  AIMS_SET,
  TURNS_TO_PLAN,
  PERIOD_NAMES,
  PERIOD_YEARS,
  PLAN_CUES,
  withoutPlansNotSet,
  RUNNING_TOTAL_WORDS,
  holdsRank,
} from '../grammar/words.ts';
import type { Statement } from '../grammar/types.ts';
import type { Actual, Period, Plan, PlanLevelSource, PlanYearSource, RegionLevel, Span, Target, Task } from '../model.ts';
import { cleanText } from './clean.ts';
import { DUTY_CLAUSE_END, groupDepartments, trailingDepartments, type DepartmentMention } from './departments.ts';
import { readDocumentInfo, RESULTS_HEADLINE, summarizesWork, withoutHistory, type DocumentInfo } from './document-info.ts';
import { readTextStance, soleYearWithFigures, type TextStance } from './text-stance.ts';
import { findRegion } from './regions.ts';
import { levelFromRegion } from '../validate/regions.ts';
import { joinMapped, originalSpan, sliceMapped, type MappedText } from './mapped-text.ts';
import { splitSentences, type SentenceRange } from './sentences.ts';
import { figuresDeleted } from './deleted-figures.ts';
import { readIndicatorTables, type IndicatorCell, type IndicatorRow, type IndicatorTable } from './indicator-table.ts';
import { flattenedTables } from './table-cells.ts';
import { headlinesOfResults } from './headline-results.ts';
import { columnRole, placeNamed } from './table-columns.ts';
import { DEPARTMENTS_CLOSING, firstStartingAfter, readOutline, REVIEW, termAimsDue, type Block, type Outline, type Part } from './structure.ts';
import { classifyMetric } from '../grammar/metric.ts';
import { unitInfo } from '../grammar/units.ts';
import { lineEnd, readMappedTable, type MappedRow } from './table.ts';
import { LAST_YEAR_AS_TIME, seasonPlannedYear, withoutObtainedCounted } from './plan-year.ts';

export interface ExtractOptions {
  /** Plan identifier, e.g. "luan-2023"; defaults to region-year. */
  name?: string;
  /**
   * Override what the text says (or fill in what it does not). Without a year in the text or
   * the options the plan's year is null (unknown): it is never guessed.
   */
  region?: string;
  level?: RegionLevel;
  parentRegion?: string;
  year?: number;
  title?: string;
  /** 'body' (default): the plan prose; 'table': the attached decomposition table's rows. */
  part?: 'body' | 'table';
  /** File name recorded in Plan.source. */
  file?: string;
}

/**
 * Reads a plan document as received into a Plan: targets (with departments, section and task),
 * actuals (results of a review part such as seed 002's "2023年工作及成效"), and tasks (numbered
 * items, or table rows with `part: 'table'`). Never throws on odd text: what cannot be read is
 * left out. Every span points into `text` as given.
 */
export function extractPlan(text: string, options: ExtractOptions = {}): Plan {
  const clean = cleanText(text);
  const plan = readPlan(text, clean, options, null);
  if (plan.year !== null || options.year !== undefined || options.part === 'table') return plan;
  // (The deadlines are read on the cleaned text, as the quotes are: ２０２５年 and 到2025年 alike.)
  // Else a season planned (2023/2024榨季，…计划入榨…), of the year it ends — only when neither the text's words nor its targets'
  // own sentences give a year (a 2025 plan that also sets next season's target, 2025/2026榨季，计划…, stays of 2025: Decisions 33
  // makes the season the plan year when it is the text's own period).
  // (Last, the one year an indicator table's target columns write, 2020年目标值: a table copied under a title dating nothing.)
  // (Last of all, the one year the text writes with figures in its clause, whatever its stance: a report of that year's results
  // or progress, 2023年，我区完成…签约项目108个, or a plan of it, 2018年，…实现以下目标：接待游客超386万人次 — text-stance.ts.)
  const deadlines = deadlineYears(clean.text);
  const shared =
    yearTheTargetsShare(plan.targets, deadlines) ??
    seasonPlannedYear(clean.text) ??
    yearTheTablesAimAt(clean) ??
    // (Not the founding years an anniversary counts from: 1952年某县正式建县 dates nothing of the text, Decisions 42.)
    soleYearWithFigures(withoutHistory(clean.text), deadlines);
  return shared === null ? plan : readPlan(text, clean, options, shared);
}

/** The one year the headers of a text's indicator tables write over their target columns (2020年目标值), or null. */
function yearTheTablesAimAt(clean: MappedText): number | null {
  const years = new Set<number>();
  for (const table of readIndicatorTables(clean, { base: null, target: null }))
    for (const row of table.rows) for (const cell of row.cells) if (cell.column.role === 'target' && cell.column.year !== null) years.add(cell.column.year);
  return years.size === 1 ? [...years][0]! : null;
}

/**
 * The year most of a plan's targets are planned for in their own sentences (ties: the earliest), for a text whose words gave
 * no plan year and that does not give that year as a deadline elsewhere (目标：2025年… beside 到2025年): a sentence that writes
 * its year and plans (我市2026年交通运输项目计划完成投资21亿元; 2021年，要实现…的年度目标) says which year the text plans for.
 * A deadline (到2026年), a base (较2023年, 由2020年的) or a start (2019年以来) is no such year, nor is a year in a sentence
 * without a word that plans (2026年，全州牦牛存栏达到80万头 may report).
 */
export function yearTheTargetsShare(targets: readonly Pick<Target, 'year' | 'quote'>[], deadlines: ReadonlySet<number>): number | null {
  const counts = new Map<number, number>();
  for (const { year, quote } of targets) {
    if (year !== null && !deadlines.has(year) && plannedInOwnSentence(year, quote)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [year, n] of counts) if (!best || n > best[1] || (n === best[1] && year < best[0])) best = [year, n];
  return best ? best[0] : null;
}

/** The years a text gives as deadlines (到2025年, 至2027年): a horizon, not the year planned, wherever else they are written. */
function deadlineYears(text: string): ReadonlySet<number> {
  return new Set([...text.matchAll(/[到至]\s*((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1])));
}

/** A year written in a sentence as its own time (not after 到/至/截至, 较/比/由, nor before 以来/起). */
const OWN_YEAR_WRITTEN = /(?<![到至止较比由\d]\s*)((?:19|20)\d{2})\s*年(?!以来|起|[底末]前)/g;

function plannedInOwnSentence(year: number, quote: string): boolean {
  return PLANS_IN_OWN_SENTENCE.test(quote) && [...quote.matchAll(OWN_YEAR_WRITTEN)].some((m) => Number(m[1]) === year);
}

/** extractPlan's one reading; `targetsYear` is the plan year a first reading's targets share (yearTheTargetsShare). */
function readPlan(text: string, clean: MappedText, options: ExtractOptions, targetsYear: number | null): Plan {
  // Read once: the plan year and whether the text plans at all both look past plans it only names.
  const withoutNotSet = withoutPlansNotSet(clean.text);
  const info = readDocumentInfo(clean.text, withoutNotSet);
  const outline = readOutline(clean.text);
  const table = options.part === 'table' ? readMappedTable(clean, outline) : null;
  const tableYear = options.part === 'table' ? (table?.year ?? null) : null;
  const year = options.year ?? tableYear ?? info.year ?? targetsYear;
  const yearSource: PlanYearSource =
    options.year !== undefined ? 'option' : tableYear !== null ? 'table' : info.year === null && targetsYear !== null ? 'text' : info.yearSource;
  // A stated year never silently overrules a title's (the document's, or its attached table's):
  // the plan says which year that title gives.
  const titledYear = tableYear ?? (info.yearSource === 'title' ? info.year : null);
  const titleYear = options.year !== undefined && titledYear !== null && titledYear !== options.year ? titledYear : null;
  // A region given by the caller brings its full name, level and parent when the gazetteer knows it.
  const known = options.region ? findRegion(options.region) : undefined;
  const region = known?.name ?? options.region ?? info.region ?? '';
  const collected = new Collector();
  collected.figuresDeleted = figuresDeleted(clean.text);
  let partsNotRead: Span[] = [];

  // A multi-year plan's targets are due at the end of its period unless a sentence dates them.
  const period = options.year === undefined ? info.period : undefined;
  // (A summary of the work done, by its title: its own year heading reports, and the text reviews the year it is dated in.)
  const summary = summarizesWork(info.title, clean.text);
  const dates: PlanDates = {
    year,
    targetYear: period && year !== null && period.last > year ? period.last : (announcedHorizon(clean.text, year, yearSource) ?? year),
    ...(info.thisYear !== undefined && options.year === undefined ? { thisYear: info.thisYear } : {}),
    reportsOnly: readsOnlyResults(clean.text, withoutNotSet, info, year, summary),
    ...(PLAN_TITLE.test(info.title.trim()) ? { titledPlan: true } : {}),
    ...(summary ? { summaryTitle: true } : {}),
    ...(totalsReported(info.title, clean.text) ? { totalsReported: true } : {}),
    ...(yearSource === 'text' && PLAN_TITLE.test((info.title || /^[^\n]*/.exec(clean.text)![0]).trim()) ? { yearOfTargets: true } : {}),
    ...(period ? { periodYears: period.last - period.first + 1 } : {}),
    ...(yearSource === 'date' ? { dated: true } : {}),
    ...(namesPartGone(clean.text, year) ? { partGone: true } : {}),
    ...(info.horizon && options.year === undefined && year !== null ? { spanEnd: year } : {}),
    ...(period?.reviewed && year === period.last ? { periodClosed: year } : {}),
  };
  // A government work report dated by when it was given (十四届全国人大二次会议, 1月15日…开幕) that sets nothing is
  // its review: undated results are of the year before (一年来, 国内生产总值增长5.2%), while 今年/去年 count from its year.
  const read =
    dates.reportsOnly && info.delivered && year !== null && options.year === undefined ? { ...dates, year: year - 1, thisYear: dates.thisYear ?? year } : dates;
  if (options.part === 'table') {
    for (const row of table?.rows ?? []) readRow(row, year, collected);
    // Only the table is read: the body before it and anything after it are not.
    partsNotRead = table
      ? [
          [0, table.span[0]],
          [table.span[1], text.length],
        ]
      : [[0, text.length]];
  } else {
    // An attached 分解表 of the plan's own year is part of the plan (a notice whose whole content is
    // its table); one of another year (seed 004's 2023 table under its 2024 body) is read with part 'table'.
    const attached = outline.tableHeader === null ? null : readMappedTable(clean, outline);
    // A text that never says its year (a table copied without its notice) owns a table that names none either.
    const ownTable = attached && (attached.year ?? year) === year ? attached : null;
    const headerAt = outline.tableHeader ?? 0;
    const headerEnd = lineEnd(clean.text, headerAt);
    // A table read as the attached 分解表 is not read again as an indicator table (指标 | 权重 | 年度目标值 | 责任部门).
    // A table's base values are of the year before the plan's; in a text of results only (a 公报's 表1 2022年年末…), of its year.
    const baseYear = read.year === null ? null : read.reportsOnly ? read.year : (period?.first ?? read.year) - 1;
    const tables = readIndicatorTables(clean, {
      base: baseYear,
      target: dates.targetYear,
      ...(read.reportsOnly && read.year !== null ? { reportedTo: read.year } : {}),
    }).filter((t) => ownTable === null || !(t.start <= headerEnd && t.end > headerAt));
    readBody(clean, outline, read, collected, tables);
    for (const t of tables) readIndicatorTable(clean, t, collected);
    if (ownTable) for (const row of ownTable.rows) readRow(row, year, collected);
    else if (attached) partsNotRead = [attached.span];
  }
  partsNotRead = partsNotRead.filter(([s, e]) => e > s);
  // A headline restating a figure its body reports is that result too (headline-results.ts).
  const headlines = headlinesOfResults(text, collected.targets, collected.actuals, year);
  const tasks =
    headlines.restated.size === 0
      ? collected.tasks
      : collected.tasks.map((task) => ({ ...task, targetIds: task.targetIds.filter((id) => !headlines.restated.has(id)) }));

  // The level is decided here, once, with its source: the caller's, the gazetteer's for the caller's region, the
  // text's, else its region's (the gazetteer's, its name's: 某某县). Unknown: 'city' only fills the field older readers
  // of plan JSON expect; no verdict or label reads it (check/plan-level.ts).
  const { level, levelSource }: Pick<Plan, 'level'> & { levelSource: PlanLevelSource } = options.level
    ? { level: options.level, levelSource: 'option' }
    : known?.level
      ? { level: known.level, levelSource: 'gazetteer' }
      : info.level
        ? { level: info.level, levelSource: 'text' }
        : levelFromRegion(region);
  const parentRegion = options.parentRegion ?? (options.region ? known?.parent : info.parentRegion);
  return {
    name: options.name ?? `${region || 'plan'}-${year ?? 'undated'}`,
    region,
    level,
    levelSource,
    ...(parentRegion ? { parentRegion } : {}),
    year,
    yearSource,
    ...(titleYear !== null ? { titleYear } : {}),
    title: options.title ?? (options.part === 'table' && table?.title ? table.title : info.title),
    source: { file: options.file ?? '', chars: text.length },
    targets: headlines.targets,
    ...datedActuals(headlines.actuals, year === null && !info.period && !writesAYear(withoutHistory(clean.text))),
    tasks,
    ...(partsNotRead.length > 0 ? { partsNotRead } : {}),
  };
}

/**
 * Whether a text sets no goal anywhere (the `reports` stance, text-stance.ts): no word that plans and no year heading that aims;
 * news headlined by a year's results whose words that plan stand only in sentences without figures; or news whose figures
 * measure results on the year before with no word that aims (newsWithOwnResults).
 */
function readsOnlyResults(text: string, withoutNotSet: string, info: DocumentInfo, year: number | null, summary: boolean): boolean {
  return (
    !(plansSomething(withoutNotSet) || yearHeadingsAim(text, year, summary)) ||
    (RESULTS_HEADLINE.test(info.title) && !plansSomething(withoutAimsWithoutFigures(withoutNotSet)) && !headsTargetColumn(text)) ||
    newsWithOwnResults(withoutNotSet, info.title, info.delivered === true)
  );
}

/**
 * The stance of a text (plans, reports or both) with the years it reviews and plans, as extractPlan reads them: its plan year
 * and whether it sets any goal are the ones the reading uses (text-stance.ts). For hosts and the corpus's stance line; `planYear`
 * the year extractPlan read, when the caller has it (a year the targets' own sentences gave, where the words gave none).
 */
export function readStance(text: string, planYear?: number | null): TextStance {
  const clean = cleanText(text);
  const withoutNotSet = withoutPlansNotSet(clean.text);
  const info = readDocumentInfo(clean.text, withoutNotSet);
  const year = planYear === undefined ? info.year : planYear;
  return readTextStance(clean.text, year, readsOnlyResults(clean.text, withoutNotSet, info, year, summarizesWork(info.title, clean.text)));
}

/** The results a plan keeps: all, or, for a text that writes no year (`undated`), those dated anyway, with the count left out. */
function datedActuals(actuals: Actual[], undated: boolean): Pick<Plan, 'actuals' | 'undatedResultsLeftOut'> {
  if (!undated) return { actuals };
  const kept = actuals.filter((a) => a.period.year !== null);
  return kept.length < actuals.length ? { actuals: kept, undatedResultsLeftOut: actuals.length - kept.length } : { actuals };
}

/**
 * Any year the text writes (2023年, a date line 2018-06-23, 二〇二三年). A text that writes none, nor names a plan period, has results with no year to give
 * them (corpus Decisions 21): they are left out, while its targets stay with `year` null. A text that writes a year the reader
 * could not take as the plan's keeps its results: their year is missed, not absent. Four digits inside a longer number
 * (利润总额20947亿元, 2015.6万吨) are an amount, not a year; so are four digits the grammar reads as a figure with its unit or
 * measure word (总投资1922亿元, 侦破刑事案件2068起). The founding years an anniversary counts from (1954年成立某自治县 beside
 * 成立70周年) date nothing (Decisions 42): the caller leaves them out (withoutHistory).
 */
const YEAR_DIGITS = /(?<![\d.])(?:19|20)\d{2}(?!\d|\.\d)|[二〇零○][〇零○一二三四五六七八九]{3}\s*年/g;
/**
 * A year that only opens a span reaching the present (自2008年以来…已连续实施了15年, 1954年以来，人口从15万增长到40万): it
 * dates the span's start, not the text's present, so it gives no year to the results written after it (corpus Decisions 21,
 * c1189, c1480); results it dates itself keep it.
 */
const SPAN_OPENED_AFTER = /^\s*年?\s*以[来來]/;
function writesAYear(text: string): boolean {
  let figureStarts: Set<number> | undefined;
  for (const m of text.matchAll(YEAR_DIGITS)) {
    if (SPAN_OPENED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    if (!/^\d/.test(m[0])) return true;
    figureStarts ??= new Set(scanTokens(text).quantities.map((q) => q.start));
    if (!figureStarts.has(m.index)) return true;
  }
  return false;
}
/** The id of the next item of a list: a001, a002… for actuals, t001… for targets, in the order they are found. */
const nextId = (prefix: 'a' | 't', list: readonly unknown[]): string => `${prefix}${String(list.length + 1).padStart(3, '0')}`;

/** A paragraph opening that adds to the paragraph before (此外，…, 另外，…, 与此同时，…): it keeps that paragraph's results tense. */
const RESULTS_ADDED = /^[\s]*(?:此外|另外|与此同时|同时)[，,]/;
/**
 * 在对外开放方面，…, 从市场消费来看，…: a news report walking a review by aspect goes on with the year reviewed above — only
 * right after that paragraph (no heading between: 二、2025年工作安排 or 一、重点任务 opens a plan's tasks), when the paragraph
 * before reported a year, not months so far, and when the paragraph's opening sets no aim of its own (要, 将, 力争…).
 */
const ASPECT_OPENING = /^[\s]*(?:在[^，,。；！？\n\d]{1,16}?方面|从[^，,。；！？\n\d]{1,12}?来?看)[，,]/;
/** A line of its own between two paragraphs (a heading: 二、2025年工作安排), not a blank one. */
const HEADING_BETWEEN = /\n[^\S\n]*[^\s][^\n]*\n/;
const OWN_AIM = /力争|确保|争取|计划|(?<!即)将(?![乐军近])|(?<![主重需只必首])要(?![求素点])/;

/** Words that set an aim besides a bare 将 (AIMS_SET): with any of them a sentence plans for the sentences after it too. */
const SETS_AIMS = new RegExp(AIMS_SET);
/**
 * A pace or an effort described closing its clause, no aim set: 加快 after what quickens (转型升级步伐加快，, 进程明显加快,
 * 城乡信息化建设加快), 努力 of an effort made (经过全县上下共同努力，, 付出了不懈努力). Not a need or a will before it in its clause
 * (仍需加快, 步伐必须加快, 项目建设务必加快, 必须付出艰苦努力, 全县将继续努力), nor 推动 (合力推动，: the work to be done).
 */
const PACE_OR_EFFORT_DESCRIBED =
  /(?:步伐|进程|進程|进度|進度|速度|节奏|節奏|增速|建设|建設|转型|轉型)(?:明显|明顯|显著|顯著|进一步|進一步|全面|持续|持續|不断|不斷|逐步|逐季)?加快(?=[，,。；;！？\n]|$)|(?:经过|經過|了)[^，,。；;！？\n]{0,12}?努力(?=[，,。；;！？\n]|$)/g;
/** A need or a will in the clause before such a verb (仍需, 必须, 务必, 应当, 有待, 要, 将, 继续): the clause asks, it describes nothing. */
const ASKED_IN_CLAUSE = /[需須须要应應待将將]|务必|務必|继续|繼續|力争|确保|争取/;
/** The sentence without its clauses of a pace or an effort described (PACE_OR_EFFORT_DESCRIBED), for SETS_AIMS. */
function withoutPaceDescribed(sentence: string): string {
  if (!/加快|努力/.test(sentence)) return sentence;
  return sentence.replace(PACE_OR_EFFORT_DESCRIBED, (found: string, at: number) => {
    const clauseStart = Math.max(...['，', ',', '。', '；', ';', '！', '？', '\n'].map((c) => sentence.lastIndexOf(c, at)));
    return ASKED_IN_CLAUSE.test(sentence.slice(clauseStart + 1, at + found.length)) ? found : '';
  });
}
/** A sentence whose only word of the future is 将 (…将突破5000万人次): it foresees, it sets no aims for the next. */
function willOnlyAims(sentence: string): boolean {
  return sentence.includes('将') && !SETS_AIMS.test(withoutPaceDescribed(sentence));
}

/**
 * The year of results a paragraph adds (同时，…): the year of the results before it when that is a past year of the plan's
 * (2023年…工业稳中快进。⏎同时，…新车销量增长47.7% in news of the 2024 report) and no span's end, else its part's.
 */
function addedResultsYear(before: number | null, partYear: number | null, planYear: number | null, openingBefore: string): number | null {
  const yearOfResults = before !== null && planYear !== null && before < planYear && !YEAR_SPAN_WRITTEN.test(openingBefore);
  return yearOfResults ? before : partYear;
}
/** A span of years (2020年至2024年间, 2021—2025年): its last year is no year of the results after it. */
const YEAR_SPAN_WRITTEN = /\d{4}\s*年?\s*(?:至|到|—|–|-|~|～)\s*\d{4}\s*年/;

/**
 * A bound aimed at in the statement's own clause (确保地区生产总值增长7%以上, 力争…8%左右 in a 完成情况表's 内容与要求 cell): a
 * result is stated without 确保/力争 and without a bound (Comparators: actuals have none), so in a review it stays the
 * target the review names (corpus Conventions: a target named inside a review is still a target of its year).
 * (Not 争取: 争取上级资金3亿元以上 in a review is money obtained.)
 */
function boundAimInClause(sentence: string, s: Statement): boolean {
  if (s.comparator !== '>=' && s.comparator !== '~' && s.comparator !== '>') return false;
  // Back to the clause's start only: a break absent from the sentence once sent lastIndexOf over all of it, per statement.
  let from = s.span[0];
  while (from > 0 && !CLAUSE_BREAKS.has(sentence[from - 1]!)) from--;
  return /确保|力争/.test(sentence.slice(from, s.span[0]));
}
const CLAUSE_BREAKS = new Set('，,；;。：:');

/**
 * A review's list of goals going on after a bound aimed at (a 完成情况表's task cell: `确保地区生产总值增长7%以上。服务业增加值
 * 增长7%以上，…；固定资产投资增长8%左右；结构性指标增长10%。` before its `前三季度，…` results): a later sentence of the same
 * paragraph with no cue of result (the grammar still reads its figures as the aim's) that writes a bound itself, as results do
 * not (Comparators: actuals have none), names more of the goals — all its figures. A sentence with any result read in it
 * (a month period, 已, 完成了) is the review's own.
 */
function aimedListGoesOn(statements: readonly Statement[]): boolean {
  if (statements.length === 0 || statements.some((s) => s.role !== 'target')) return false;
  return statements.some((s) => s.comparator === '>=' || s.comparator === '~' || s.comparator === '>');
}

/**
 * What one project brings once built, in the clause after 建成后, 建成达产后, 投产后 (…总投资30亿元，建成达产后，可实现年销售收入60亿元
 * 以上，…提供就业岗位1100个左右): no goal the issuer sets for a period and no result either (corpus Decisions 19), unless a year or
 * 到 dates it (建成后到2025年…). Up to the end of its sentence: the project's effects run on in clauses of their own.
 */
function projectedEffect(cues: readonly BuiltCue[], at: number): boolean {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // (<=: a figure whose words open with the cue, 建成后预计带动…2万人就业, is after it too.)
    if (cues[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  const cue = cues[lo - 1];
  return cue !== undefined && cue.datedBy > at;
}
/** Where a sentence says a project is built (建成后, 建成达产后, 投产后, 运营后): found once per sentence, cheap when none. */
const PROJECT_BUILT = /(?:建成|达产|投产|运营)(?:达产|投产|运营)?后/g;
/** Words that date a project's effects (a year, 到, 力争, 目标). */
const PROJECT_DATED = /\d{4}\s*年|到|力争|目标/g;
/** A 建成后 cue and where the first dating word after it ends (Infinity when none): a figure after the cue is dated when that end comes first. */
type BuiltCue = { at: number; datedBy: number };
/**
 * A sentence's 建成后 cues, each with its first dating word found by one forward cursor: a word still ahead of the next cue is
 * that cue's too (no dating word can start inside another), so a long stretch is read once, not once per figure after it.
 */
function projectBuiltCues(sentence: string): BuiltCue[] {
  if (!sentence.includes('后')) return [];
  let dated: RegExpExecArray | null | undefined;
  return matchesOf(PROJECT_BUILT, sentence).map((m) => {
    if (dated === undefined || (dated !== null && dated.index < m.index)) {
      PROJECT_DATED.lastIndex = m.index;
      dated = PROJECT_DATED.exec(sentence);
    }
    return { at: m.index, datedBy: dated === null ? Infinity : dated.index + dated[0].length };
  });
}

/**
 * Longest quote a target keeps. A sentence up to this long is quoted whole (every seed sentence
 * is); a longer one (a run-on paragraph, a table cell of prose) gives each target the clauses
 * around it, cut to this length, so the plan JSON stays linear in the size of the document.
 */
export const MAX_QUOTE = 240;

const CLAUSE_BREAK = /[，,；;。！!？?：:\n]/;

/** [from, to) of the quote for a target at `span` of a long sentence: whole clauses while they fit, else a window. */
export function quoteWindow(text: string, span: [number, number]): [number, number] {
  let from = Math.max(0, Math.min(span[0], text.length));
  let to = Math.max(from, Math.min(span[1], text.length));
  if (to - from >= MAX_QUOTE) return [from, from + MAX_QUOTE];
  // Out to the clause boundaries on each side, as far as the cap allows.
  let start = from;
  while (start > 0 && to - start < MAX_QUOTE && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && end - start < MAX_QUOTE && !CLAUSE_BREAK.test(text[end]!)) end++;
  if (end < text.length && CLAUSE_BREAK.test(text[end]!) && end - start < MAX_QUOTE) end++;
  from = start;
  to = end;
  return [from, to];
}

/** A target's quote: the whole sentence when it is short, else the clauses around `span` (module-level: no closure per sentence). */
function quoteOf(
  sentence: MappedText,
  whole: { quote: string; quoteSpan: [number, number] },
  span: [number, number],
): { quote: string; quoteSpan: [number, number] } {
  if (sentence.text.length <= MAX_QUOTE) return whole;
  const [from, to] = quoteWindow(sentence.text, span);
  return { quote: sentence.text.slice(from, to), quoteSpan: originalSpan(sentence, from, to) };
}

/** How a sentence that lists the items a count before it counts opens: 具体包括：, 分别是：, 一是…, （1）…, 1、…, 一、…. */
const LIST_OPENING = new RegExp(`^\\s*(?:${LIST_OPENERS})`);

/** Whether the sentence `next` (of `text`) opens such a list. */
function opensList(next: { start: number } | undefined, text: string): boolean {
  return next !== undefined && LIST_OPENING.test(text.slice(next.start, next.start + 12));
}

/**
 * A completion ratio's key: the row's own measure and one fixed marker (固定资产投资 → …完成率), so each row's ratio keys
 * apart from the others' and from the row's own figures.
 */
function completionRatioKey(row: IndicatorRow): string {
  return `${classifyMetric(row.written, row.unit).metricKey}完成率`;
}

/** How far the line after a block's last sentence is read for a list's first item. */
const ITEM_LINE_REACH = 60;
/**
 * 全力办好10件民生实事。⏎1、新建学校3所。⏎2、…: items on their own numbered lines start blocks of their own, so the line after
 * a block's last sentence opens the list when it opens as one and states something (a 。 or ；) — an item, not a section's
 * heading (一、总体要求⏎, which a preface's count may stand before).
 */
function itemLineBelow(text: string, end: number): boolean {
  const line = text
    .slice(end, end + ITEM_LINE_REACH)
    .replace(/^\s+/, '')
    .split('\n', 1)[0]!;
  return LIST_OPENING.test(line) && /[。；;]/.test(line);
}

/** 今年 (not 今年以来, results to date): the plan's own year, whatever year the passage names. */
const THIS_YEAR = /今年(?!以来)/;

/** A sentence without a digit, ** or Chinese numeral states no number: the grammar is skipped. */
const MAY_HOLD_NUMBER = /[0-9*〇零一二两三四五六七八九十百千万亿]/;

/** What one sentence is read with. */
interface Reading {
  /** The plan's year (the reviewed year in a review part); null when the document does not say. */
  year: number | null;
  /** The year 今年 means, when it is not `year`. */
  thisYear?: number;
  /** A review part: whatever the grammar calls a target is a result, unless it names a later year. */
  review: boolean;
  /** A review opened by a paragraph (过去五年发展成就, 一年来，…) and not yet closed: masked figures state nothing. */
  reviewing?: boolean;
  /** The text sets no target at all. */
  reportsOnly?: boolean;
  /** The passage reviews the year under way (一、今年以来工作情况): its 今年 reports. */
  yearUnderWay?: boolean;
  /** Not the paragraph's first sentence, and the sentences before it in the paragraph report results (TenseContext.resultsGoOn). */
  resultsGoOn?: boolean;
  /** Under a heading that names goals (namesGoals): a record closing a line there is aimed at. */
  underGoals?: boolean;
  /** The passage's tense and year: what a number with no cue of its own is. */
  role: 'target' | 'actual';
  passageYear: number | null;
  /** The months an earlier sentence of the paragraph reported (上半年，…), for results its sentence leaves undated. */
  passageMonths?: Period;
  /** The paragraph's lead-in (初步预计，…) gave its results as estimates. */
  passageEstimate?: boolean;
  /** In a review, an earlier sentence of the paragraph kept a bound aimed at (确保…7%以上。): its list of goals may go on. */
  aimCarried?: boolean;
  /** Under a five-year plan's review heading (一、…成就, 第一章 发展基础): the review covers the five years before. */
  reviewedYears?: number;
  /** The year a target is due when neither its sentence nor its passage says (a plan's horizon). */
  targetYear: number | null;
  /** The year a span of work ahead (未来五年) ends at, when the plan's year is the text's written horizon. */
  spanEnd?: number;
  /** The last year of a plan period the text reviews in that year (TenseContext.periodClosed). */
  periodClosed?: number;
  /** The next sentence opens a list (具体包括：, 一是…): a count closing this one may only count its items. */
  listFollows?: boolean;
  section?: string;
  taskId?: string;
  leads: string[];
  partners: string[];
}

class Collector {
  /** The page's site deleted its figures (deleted-figures.ts): the grammar reads what the deletion left as placeholders. */
  figuresDeleted = false;
  targets: Target[] = [];
  /** The count targets of the sentences read so far, by count and unit (CountNouns). */
  private readonly countNouns = new CountNouns();
  actuals: Actual[] = [];
  tasks: Task[] = [];

  /** Runs the grammar on one sentence and keeps what it states, spans mapped to the original. */
  read(sentence: MappedText, readable: number, reading: Reading): string[] {
    return this.readWithTense(sentence, readable, reading).ids;
  }

  /** read(), and the tense the sentence closes in. */
  readWithTense(sentence: MappedText, readable: number, reading: Reading): { ids: string[]; closing: ClosingTense; aimKept: boolean } {
    let statements: Statement[];
    let closing: ClosingTense;
    try {
      // The grammar reads an absent field and an undefined one alike; a plain literal is much
      // cheaper per sentence than conditional spreads.
      ({ statements, closing } = readSentence(sentence.text.slice(0, readable), {
        year: reading.year ?? undefined,
        thisYear: reading.thisYear,
        spanEnd: reading.spanEnd,
        periodClosed: reading.periodClosed,
        defaultYear: reading.passageYear ?? undefined,
        reportsOnly: reading.reportsOnly === true,
        yearUnderWay: reading.yearUnderWay === true,
        resultsGoOn: reading.resultsGoOn === true,
        defaultPeriod: reading.passageMonths,
        defaultRole: reading.role,
        underGoals: reading.underGoals === true,
        defaultEstimate: reading.passageEstimate === true,
        reviewedYears: reading.reviewedYears,
        listFollows: reading.listFollows === true,
        figuresDeleted: this.figuresDeleted,
      }));
    } catch {
      return { ids: [], closing: null, aimKept: false }; // a grammar failure on one sentence must not lose the rest of the plan
    }
    const whole = { quote: sentence.text, quoteSpan: originalSpan(sentence, 0, sentence.text.length) };
    const ids: string[] = [];
    // A review part reports results: whatever cue a phrase has (创建…37家), it is an actual —
    // unless the sentence names a later year ("2024年力争…"), which makes it a plan after all.
    // Only a review part needs the latest year a sentence names.
    const laterYear = reading.review ? largest([0, ...matchesOf(/(\d{4})年/g, sentence.text).map((m) => Number(m[1]))]) : 0;
    const namesLaterYear = reading.year !== null && laterYear > reading.year;
    // 今年 in a text that never says its year dates nothing: not the year of the sentence before (2009年起…).
    // Once per sentence: a sentence may hold thousands of statements.
    const undatedThisYear = reading.year === null && reading.thisYear === undefined && THIS_YEAR.test(sentence.text);
    let metEarly: ((pos: number) => number) | undefined;
    const builtCues = projectBuiltCues(sentence.text);
    const aimGoesOn = reading.review && reading.aimCarried === true && aimedListGoesOn(statements);
    let aimKept = false;
    // The programme counts this sentence states alone (not with their progress): a later sentence may name them again.
    const statedAlone: Target[] = [];
    for (const s of statements) {
      if (builtCues.length > 0 && projectedEffect(builtCues, s.span[0])) continue;
      // A placeholder in a review is a result whose digits were masked: it states nothing.
      if ((reading.review || reading.reviewing) && s.value === null && !namesLaterYear) continue;
      // 今年…预期目标 before a review of last year (a digest's headline): its own cue dates it after the review.
      const dueLater = s.year !== undefined && reading.year !== null && s.year > reading.year;
      if (reading.review && s.role === 'target' && s.value !== null && !namesLaterYear && !dueLater && !s.quota) {
        if (aimGoesOn || boundAimInClause(sentence.text, s)) aimKept = true;
        else {
          s.role = 'actual';
          s.period ??= s.resultPeriod ?? undatedPeriod(reading.year);
        }
      }
      // Targets read in a review part belong to the later year they name.
      const passageYear = reading.role === 'target' && !undatedThisYear ? reading.passageYear : null;
      // (A target kept so is the later year's though the sentence also names the year reviewed: a lede's
      // `…2023年…执行情况与2024年…计划草案的报告，报告指出，新增…` before the review part.)
      const reviewedOwnYear = reading.review && namesLaterYear && s.year !== undefined && s.year <= reading.year!;
      const ownYear = (reviewedOwnYear ? laterYear : s.year) ?? (reading.review && namesLaterYear ? laterYear : null) ?? passageYear ?? reading.targetYear;
      // 提前一年实现三年引资1万亿元目标 in a review of 2024: a goal met N years early was due N years after the year reviewed.
      const early = reading.review && reading.year !== null && s.role === 'target' ? (metEarly ??= metEarlyIn(sentence.text))(s.span[0]) : 0;
      const targetYear = early > 0 ? reading.year! + early : ownYear;
      const span = originalSpan(sentence, s.span[0], s.span[1]);
      // Built by assignment, keys in the order the plan JSON lists them: conditional spreads cost
      // several microseconds per object, more than reading the sentence's numbers.
      if (s.role === 'actual') {
        if (s.value === null) continue;
        const quote = quoteOf(sentence, whole, s.span);
        const actual = {
          id: nextId('a', this.actuals),
          metric: s.metric,
          metricKey: s.metricKey,
          kind: s.kind,
          value: s.value,
          decline: s.decline,
          unit: s.unit,
          dimension: s.dimension,
          factor: s.factor,
          period: s.period ?? undatedPeriod(reading.year),
        } as Actual;
        if (s.rankScope) actual.rankScope = s.rankScope;
        if (s.estimate) actual.estimate = true;
        actual.span = span;
        actual.quote = quote.quote;
        actual.quoteSpan = quote.quoteSpan;
        this.actuals.push(actual);
        continue;
      }
      if (s.kind === 'rank') continue; // a rank to reach is not a numeric target the model holds
      if (s.quota && this.countNouns.namedAgain(s) && !placeNamedBefore(wordsBeforeCount(sentence.text, s))) continue;
      const id = nextId('t', this.targets);
      ids.push(id);
      const target = {
        id,
        metric: s.metric,
        metricKey: s.metricKey,
        kind: s.kind,
        comparator: s.comparator,
        value: s.value,
        max: s.max,
        decline: s.decline,
      } as Target;
      if (s.aspirational) target.aspirational = true;
      const quote = quoteOf(sentence, whole, s.span);
      target.unit = s.unit;
      target.dimension = s.dimension;
      target.factor = s.factor;
      target.span = span;
      target.quote = quote.quote;
      target.quoteSpan = quote.quoteSpan;
      target.leads = [...reading.leads];
      target.partners = [...reading.partners];
      target.year = targetYear;
      if (reading.section) target.section = reading.section;
      if (reading.taskId) target.taskId = reading.taskId;
      this.targets.push(target);
      if (!s.quota) statedAlone.push(target);
    }
    // Only now: a count is named again by a later sentence, not by its own.
    for (const target of statedAlone) this.countNouns.add(target);
    return { ids, closing, aimKept };
  }
}

/**
 * 今年实施重点项目76个。…1-4月，76个重点项目动工60个: a programme count an earlier sentence set, named again as the
 * subject of its progress, is a back-reference — no entry of its own (corpus Decisions 1, 15). Same count and unit as a
 * count target read before, and the noun that one counts (its last four characters: 百大项目, not 项目 alone, so
 * 续建项目30个 after 新开工项目30个 is a class of its own) in this one's metric. The earlier count is one stated alone (安排
 * 百大项目145个): a headline's programme with its progress (52个重大项目开工47个) stated again in the body is a full statement
 * again, an entry at each (corpus README "What is an entry"). Kept by count and unit, a few nouns each, so a text of thousands
 * of counts is still read in linear time.
 */
class CountNouns {
  private readonly nouns = new Map<string, string[]>();

  add(t: Target): void {
    if (t.kind !== 'count' || t.value === null || t.unit === null || t.metric.length < 2) return;
    const key = `${t.value}|${t.unit}`;
    const nouns = this.nouns.get(key) ?? [];
    const noun = t.metric.slice(-4);
    if (nouns.includes(noun)) return;
    nouns.push(noun);
    if (nouns.length > COUNT_NOUNS_KEPT) nouns.shift();
    this.nouns.set(key, nouns);
  }

  namedAgain(s: Statement): boolean {
    if (s.kind !== 'count' || s.value === null || s.unit === null) return false;
    return (this.nouns.get(`${s.value}|${s.unit}`) ?? []).some((noun) => s.metric.includes(noun));
  }
}
/**
 * 白石镇12个农田水利项目开工10个: a place named right before the count (not 全市, 本县, 各乡镇) may be another place's
 * programme of the same size, a full statement of its own — kept, as before round 28.
 */
function placeNamedBefore(before: string): boolean {
  if (before === '') return false;
  const place = PLACE_RIGHT_BEFORE.exec(before);
  return place !== null && !/[全本我该各]$/.test(place[1]!);
}
/** The few words of a count statement's sentence right before its figure (the count written within its span), else ''. */
function wordsBeforeCount(text: string, s: Statement): string {
  const at = text.indexOf(`${s.value}${s.unit ?? ''}`, s.span[0]);
  return at < 0 || at > s.span[1] ? '' : text.slice(Math.max(s.span[0], at - 12), at);
}
const PLACE_RIGHT_BEFORE = /([\u4e00-\u9fff]{1,4})(?:省|市|州|县|区|旗|镇|乡|村)$/;
/** How many nouns one count and unit keeps (the latest): a programme is named again within a few counts of the same size. */
const COUNT_NOUNS_KEPT = 8;

/** The plan's year, the year 今年 means when it differs, and the year an undated target is due. */
interface PlanDates {
  year: number | null;
  thisYear?: number;
  targetYear: number | null;
  /** No word of the text sets a target (a statistics note, a report of results). */
  reportsOnly: boolean;
  /** How many years the plan's period spans (5 for a five-year plan), when it names one. */
  periodYears?: number;
  /** The title names a kind of plan (2025年工作安排, …实施方案): text in no part is the plan's. */
  titledPlan?: boolean;
  /** The title (or first line) names no plan: a running total may be a sentence's own evidence of a result (totalsReported). */
  totalsReported?: boolean;
  /** The plan's year is the year of the page's own date: the year under way when it was written. */
  dated?: boolean;
  /** The text names the first months of its own year as reported (2022年1—6月, 2022年上半年): that year is under way. */
  partGone?: boolean;
  /** The title names a summary of the work done (2023年工作总结, 述职报告) and no plan: it reviews the year it is dated in. */
  summaryTitle?: boolean;
  /** A text titled a plan (…推进计划) whose year is only the one its targets share (yearTheTargetsShare): no word of it dates it. */
  yearOfTargets?: boolean;
  /** The plan's year is the text's one written horizon (DocumentInfo.horizon): a span of work ahead ends at it. */
  spanEnd?: number;
  /** The text looks back on a plan period in its last year (“十三五” reviewed in 2020): that year (TenseContext.periodClosed). */
  periodClosed?: number;
}

/**
 * Whether a text names the first months of `year` as a period reported on (2022年1—6月国民经济和社会发展计划执行情况,
 * 2024年上半年, 2023年前三季度): that year is the one under way, so 今年以来 reviews it, not the year before.
 */
function namesPartGone(text: string, year: number | null): boolean {
  if (year === null) return false;
  const part = new RegExp(`${year}\\s*年\\s*(?:1\\s*[-—–至~]\\s*\\d{1,2}\\s*月|上半年|前三季度|一季度|第一季度)`);
  return part.test(text);
}

/** A title that names a kind of plan: …工作安排, …工作要点, …实施方案, …行动计划（2023—2025年）. */
const PLAN_TITLE = /(?:安排|计划|要点|方案|规划|纲要|意见|措施|目标|任务)[”"》]?(?:[（(][^）)]*[）)])?$/;

/**
 * A year's outlook heading the text (2018年展望, 2025年工作展望, 展望2026年 in its first lines, before any sentence: a page that
 * looks ahead to the year): it plans, as 要点 does — a page headed so that words its tasks with no 力争 or 今年
 * (全年引进协同项目360个以上) sets that year's targets. Not an outlook joined to a review (…经济运行分析与2024年展望), nor a part
 * so headed after the results (三、2024年展望 closing a year's analysis: m28r).
 */
const OUTLOOK_HEADS_TEXT = /^(?:[^\n。]*\n){0,2}[^\n。]*?(?<![与及和])(?:\d{4}[ \t]*年(?:工作|发展)?展望|展望[ \t]*\d{4}[ \t]*年)/;

/**
 * Words that set targets somewhere in a text, or name a kind of plan (要点, 方案…); a text without
 * any of them only reports (a statistics note). 到2024年的4.08万亿元 is a change to a year's figure, no deadline;
 * 计划生育 is the name of a policy field (a 公报's 医疗卫生与计划生育支出), no plan.
 */
const PLANS_SOMETHING = new RegExp(
  `${PLAN_CUES.join('|')}|今年(?!以来|\\s*\\d{1,2}\\s*月份?[，,])|新的?一年|明年|到\\s*\\d{4}\\s*年(?!的\\s*\\d)|到[“"]?(?:${PERIOD_NAMES})[”"]?(?:规划)?末|\\d{4}\\s*年(?:前(?![一二三两1-3]\\s*季度|[一二三四五六七八九十\\d]{1,2}\\s*个?月)|底前)|要点|计划(?!生育|投资|完成投资)|方案|规划|纲要|安排|意见|措施|实事(?![^。\\n]{0,8}?(?:完成情况|落实情况|进展情况|全部完成|全面完成|已完成|(?:高质量|圆满|如期|顺利|按期)完成|办结))`,
);

/** Whether a text sets targets somewhere or names a kind of plan (PLANS_SOMETHING), or an outlook heads it (OUTLOOK_HEADS_TEXT). */
const plansSomething = (text: string): boolean => PLANS_SOMETHING.test(text) || OUTLOOK_HEADS_TEXT.test(text);

/**
 * The text without the sentences that aim at nothing measured, for news headlined by a year's results (2023年我国完成
 * 造林种草改良面积达1.25亿亩): there a sentence with no figure that is no lead into a list (…地区要以打好三大标志性
 * 战役为重点，努力成为…示范区。) sets no target, so it does not make the text a plan. (Elsewhere 今年要重点抓好以下工作。
 * heads targets that name no cue: the rule is for such news only.) The title and sentences with a figure or ending in
 * a colon (主要预期目标：) stay.
 */
/**
 * Whether a table flattened one cell a line heads a column of targets (年度目标 alone on its line, no figure beside it): a
 * plan's words, though the line holds no figure (a table's header on one line holds its years and months).
 */
function headsTargetColumn(text: string): boolean {
  return flattenedTables(text).some((t) => t.labels.some((label) => columnRole(label) === 'target'));
}

function withoutAimsWithoutFigures(text: string): string {
  const firstLine = text.indexOf('\n');
  const head = firstLine === -1 ? text : text.slice(0, firstLine);
  const body = firstLine === -1 ? '' : text.slice(firstLine);
  return head + body.replace(/[^。！？；\n]+[。！？；]?/g, (s) => (/\d|[：:]\s*$/.test(s) ? s : ''));
}

/**
 * The months a paragraph reports after a sentence: the first month period its results (from
 * `from` on) give, else — when it dates results by a year or 全年 of their own — none, else the
 * months it reported before.
 */
function monthsReported(actuals: readonly Actual[], from: number, before: Period | undefined): Period | undefined {
  if (actuals.length === from) return before;
  for (let k = from; k < actuals.length; k++) if (actuals[k]!.period.fromMonth !== undefined) return actuals[k]!.period;
  return actuals[from]!.period === before ? before : undefined;
}

/**
 * The span of the year so far a sentence names first (今年上半年, 2020年前三季度), dated by a year right before
 * it or else `year`; none when it is a base (比一季度) or a span of another kind (下半年, 4月).
 */
function monthsNamed(text: string, year: number | null | undefined): Period | undefined {
  const { periods, years } = scanTokens(text);
  const first = periods[0];
  if (!first || /[比较]\s*$/.test(text.slice(0, first.start))) return undefined;
  const own = years.find((y) => y.end <= first.start && /^\s*$/.test(text.slice(y.end, first.start)));
  const period: Period = { year: own?.year ?? year ?? null, fromMonth: first.fromMonth, toMonth: first.toMonth, label: first.label };
  return yearSoFar(period);
}

/** A span of the year so far (上半年, 前三季度, 1-10月): from January, not yet the whole year. */
function yearSoFar(period: Period | undefined): Period | undefined {
  return period?.fromMonth === 1 && period.toMonth !== undefined && period.toMonth < 12 ? period : undefined;
}

/** A news lede's opening words (本报讯, 3日，记者从…获悉): the lead of news, wherever a page's furniture puts it. */
const NEWS_LEDE = /^[^。\n]{0,12}?(?:本报讯|本台讯|记者[^。\n]{0,30}?(?:获悉|了解到))/;

/** A run of prose read together: the preamble, or one numbered item. */
interface Region {
  start: number;
  end: number;
  block?: Block;
}

/**
 * A news report's attribution before the words it reports (应勇指出，…, 报告指出，…, 市长在报告中说，…): a review
 * opening after it still opens its paragraph. Short, and ending in a verb of saying and its comma.
 */
const SPEAKER_SAID = '[^，,。；;！？\\n]{1,16}?(?:指出|表示|说|强调|介绍|提到)[，,：:]\\s*';
/** What may stand before a review's opening words: bullets, an attribution, and 回顾 before 过去 (回顾过去一年). */
const REVIEW_OPENING_LEAD = `^[\\s${BULLET_MARKS}]*(?:${SPEAKER_SAID})?(?:(?:回首|回望|回顾|纵观)(?=(?:刚刚|刚)?过去))?`;

/**
 * A decade or the years since a congress looked back on (这十年，…, 过去十年，…, 十年来，…, 党的十八大以来，…): a review
 * up to now, as 五年来 opens one — with its comma, so 这十年间的变化 or 十八大以来的成就 as a sentence's subject opens none.
 */
const DECADE_REVIEWED = '(?:这|过去的?|近)(?:十|10)年(?:来|里|间)?[，,]|(?:十|10)年来[，,]|(?:党的)?(?:十[七八九]|二十)大以来[，,]';
/**
 * Words that open a paragraph reviewing a past year: 一年来，过去一年，去年，今年以来，2019年，…; also a
 * digest's heading over its bullet lines (■ 2024年成绩单, ● 2023年工作回顾). Bullets before them are read past.
 */
const REVIEW_OPENING = new RegExp(
  `${REVIEW_OPENING_LEAD}(?:一年来|在?(?:刚刚|刚)?过去(?:的)?一年|过去(?:的)?[五5]年|五年来|${DECADE_REVIEWED}|去年|上年|今年以来|年初以来|(?:回首|回望|回顾|纵观)?(?:(?:刚刚|刚)?(?:过去|走过)的?)?(\\d{4})年(?:度|以来)?[，,]|(\\d{4})年(?:度)?[^，。\\n]{0,8}?(?:成绩单|工作回顾|成就|成绩)[：:]?\\s*$|[^，。\\n\\d]{2,10}的五年\\s*$)`,
);

/**
 * A paragraph opening that says what a past year was (2022年是…极不平凡的一年, 报告指出，2023年是…的开局之年): a review of that
 * year, as 2022年，… opens one — only of a year before the plan's (2025年是“十四五”收官之年 in a 2025 plan plans).
 */
const YEAR_WAS_OPENING = new RegExp(`${REVIEW_OPENING_LEAD}(\\d{4})\\s*年是[^。！？；\\n]{0,40}?(?:一年|之年)`);

/**
 * A paragraph opening with a past year and the place's own subject right after it, no comma between (会议指出，2023年全县
 * 农业农村系统…, 2023年我市…): the year is the time of the whole sentence, whose figures are that year's results once the
 * year is before the plan's (2024年全市要… in a 2024 plan is no review). A slogan's quoted name (“两确保”) says no aim.
 */
const PAST_YEAR_SUBJECT_OPENING = new RegExp(`${REVIEW_OPENING_LEAD}((?:19|20)\\d{2})\\s*年(?:度)?(?=(?:全|我)[省市县区镇乡旗州])`);
/**
 * Words that look like aims and are none in a year's review: a quoted name of a slogan or campaign (“两确保、三提升”), and
 * 争取 as the noun of funds or projects sought (项目资金争取再上台阶, 资金争取工作).
 */
const NAMES_NO_AIM = /[“"‘][^”"’\n]{1,24}[”"’]|(?:项目|资金)争取/g;

/** The past year a paragraph's opening names with its subject (PAST_YEAR_SUBJECT_OPENING), or null. */
function pastYearSubjectOpened(opening: string, year: number | null): number | null {
  const m = year === null ? null : PAST_YEAR_SUBJECT_OPENING.exec(opening);
  if (!m || Number(m[1]) >= year!) return null;
  const plain = withoutObtainedCounted(opening.replace(NAMES_NO_AIM, ''));
  return SENTENCE_TURNS_TO_PLAN.test(plain) || PLANS_IN_SENTENCE.test(plain) ? null : Number(m[1]);
}

/** A review opening of a span just past (一年来, 过去一年, 过去五年, 五年来), after an attribution or 回顾 as above. */
const SPAN_REVIEW_OPENING = new RegExp(`${REVIEW_OPENING_LEAD}(?:一年来|在?(?:刚刚|刚)?过去(?:的)?(?:一|[五5])年|[五5]年来)`);

/**
 * 过去5年 (五年来) in a text of a plan period's last year (a 2025 page on the “十四五” achieved): the period now closing,
 * so its results are of that year, not the year before.
 */
function closesPeriod(sentence: string, year: number | null): year is number {
  return year !== null && /过去(?:的)?[五5]年|[五5]年来/.test(sentence) && [...PERIOD_YEARS.values()].some((p) => p.last === year);
}

/** Words by which a sentence turns to aims (今年, 力争, 到2025年…): one opening a review with them opens none. */
const SENTENCE_TURNS_TO_PLAN = new RegExp(TURNS_TO_PLAN);

/**
 * A sentence saying a report showed a past year's results (报告展示了2024年…发展的成绩, 报告回顾了2024年工作): news of a
 * report whose review follows, wherever the sentence stands in its paragraph (after the lede's 1月13日，…开幕).
 */
const REPORT_SHOWED_YEAR = /报告[^。；\n]{0,6}?(?:展示|晒出|盘点|回顾(?:总结)?)了?(\d{4})\s*年[\u4e00-\u9fff]{0,16}?(?:成绩|成就|成效|工作)/;

/**
 * 这一年，… opening a paragraph: the year the text last wrote (2024年，淮北市在压力挑战中干得坚决。⏎这一年，淮北市召开…会54次),
 * looked back on — a review of that year, when it is no later than the plan's and the sentence does not turn to aims.
 */
const THAT_YEAR_OPENING = new RegExp(`^[\\s${BULLET_MARKS}]*这一年(?:里|来|中)?[，,]`);
/** The words before a year that make it no time a sentence tells of: a deadline (到2025年), a base (比2020年), a start (从2019年). */
const NOT_TIME_BEFORE = '到至比较从由';
/** The words after a year that make it no time either: a start (2019年以来, 2019年起) or a deadline (2025年前). */
const NOT_TIME_AFTER = '以来|起|前|底前|的';
/** A year written as the time of what a sentence tells (not a deadline 到2025年, a base 比2020年, nor a start 2019年以来). */
const YEAR_WRITTEN = new RegExp(`(?<![${NOT_TIME_BEFORE}])((?:19|20)\\d{2})\\s*年(?!${NOT_TIME_AFTER})`, 'g');
/** The last figure a sentence read when it is a result, null when it is a target, else (no figure) the one before. */
function lastFigureResult(out: Collector, actualsBefore: number, targetIds: readonly string[], before: Actual | null): Actual | null {
  const actual = out.actuals.length > actualsBefore ? out.actuals.at(-1)! : null;
  const target = targetIds.length > 0 ? out.targets.at(-1) : undefined; // (the sentence's targets were pushed last)
  if (!actual && !target) return before;
  if (!target) return actual;
  return actual && actual.span[0] > target.span[0] ? actual : null;
}

/**
 * Whether a 这一年，… opening reviews the year last written: one no later than the plan's, whose first clause after it plans
 * nothing (这一年，我们将… plans; 争取各类项目73个 further on is the sentence's own to read).
 */
function thatYearReviewed(opening: string, written: number | null, planYear: number | null): written is number {
  const clause = opening.replace(THAT_YEAR_OPENING, '').split(/[，,；;。]/, 1)[0]!;
  return written !== null && (planYear === null || written <= planYear) && !SENTENCE_TURNS_TO_PLAN.test(clause) && !PLANS_IN_SENTENCE.test(clause);
}
/** The last year a sentence writes as its time, or the one before when it writes none. */
function lastYearWritten(sentence: string, before: number | null): number | null {
  let last = before;
  for (const m of matchesOf(YEAR_WRITTEN, sentence)) last = Number(m[1]);
  return last;
}

/**
 * 其中，… opening a paragraph: a breakdown of the figures just read (…上半年完成投资86.97亿元，…。⏎其中，…项目完成35.19亿元):
 * when the last of them was a result, its parts are results of the same period.
 */
const BREAKDOWN_OPENING = /^[\s\u3000]*其中[，,：:]/;

/** Five years named as a span reviewed: 过去五年, 五年来, 这五年, “十四五”时期. */
const FIVE_YEAR_SPAN = /五年|5年|十[一二三四五六]五/;
/** 赶超发展的五年, 砥砺奋进的五年, 过去5年: a heading naming the five years past (its 五 or 5 is no figure). */
const FIVE_YEARS_PAST = /的五年\s*$|过去的?5年/;
/** Words a year heading ends on that say its lines report the year (2023年成绩单, 2025年亮点, 2022成绩单). */
const YEAR_HEADING_RESULTS = '成绩单|成绩|成就|成效|答卷|回顾|亮点|数据';
/** Words a year heading ends on that say its lines are aims (2024年展望, 2026年落点, 2024 新重庆 开新局, 2023新目标). */
const YEAR_HEADING_AIMS = '展望|目标|新局|落点|蓝图';
/** Words a year heading ends on that say neither (2024年看点): its year against the plan's says which. */
const YEAR_HEADING_EITHER = '看点|关键词';
/**
 * A digest's line that is a year alone or a year and a short label, heading the one-fact lines under it: groups 1 a lead
 * word (回顾2023年, 展望2024年), 2 the year, 3 年, 4 the label's words before 5 its closing word (2023年成绩单, 2025年亮点,
 * 2024 新重庆 开新局), 6 a closing dash or colon (2025年——, 2024年：). Without 年 the year needs its label (2022成绩单): a bare
 * 2020 is a table's column or a date a PDF split over lines.
 */
const YEAR_HEADING = new RegExp(
  // (Each optional word takes the spaces after it: spaces on both sides of a word that is not there were split two ways.)
  `^[\\s${BULLET_MARKS}]*(?:(回顾|回首|回望|盘点|展望)\\s*)?((?:19|20)\\d{2})\\s*(?:(年度?)\\s*)?` +
    `(?:([^\\d\\s。，,；;！？：:、|（(][^\\d。，,；;！？：:、|（(\\n]{0,7}?)\\s*)??(?:(${YEAR_HEADING_RESULTS}|${YEAR_HEADING_AIMS}|${YEAR_HEADING_EITHER})\\s*)?` +
    `(?:([—–－-]{1,2}|[：:])\\s*)?$`,
);
/** A year heading's reading: the role and year of the lines under it, and whether a label (not the year alone) gave the role. */
interface YearHeading {
  role: Passage['role'];
  year: number;
  labelled: boolean;
}
/**
 * Words of an aim before a heading's label (2024年要取得更大成就, 2025年将再创佳绩): a sentence that plans, not a heading. Not
 * 要 in 主要, 简要, 重要 (2019年主要预期目标：, 2025年政府工作简要回顾).
 */
const AIM_BEFORE_LABEL = /(?<![主简重])要|将|更|再|力争|争取|确保|努力/;
const AIMS_WORD = new RegExp(`^(?:展望|${YEAR_HEADING_AIMS})$`);
/** Words of a forecast or plan before a label of results (2025年预测数据, 2025年预期成效): the label no longer says results. */
const FORECAST_BEFORE_LABEL = /预测|预期|预计|计划/;
/**
 * The line under a year that shows it is no heading: a year (a table's columns 2020年⏎2025年), a month (a date split over
 * lines, 2024年⏎3月5日) or 年 (a year split from its 年).
 */
const NO_HEADING_UNDER = /^(?:(?:19|20)\d{2}|\d{1,2}\s*月|年)/;
/**
 * The line under a year that names the months of it gone (2025年⏎一季度…, 2025年⏎1—5月…, 2025年⏎上半年…): the year heads
 * news of its progress, its results so far, not its aims.
 */
const MONTHS_GONE_UNDER =
  /^(?:[一二三四1-4]季度|第[一二三四1-4]季度|前[两三二]季度|[上下]半年|\d{1,2}\s*[-—–－~～至]\s*\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月|今年以来|截至)/;
const RESULTS_WORD = new RegExp(`^(?:回顾|回首|回望|盘点|${YEAR_HEADING_RESULTS})$`);
/**
 * What a year heading line makes of the uncued lines under it: a lead or label of results or aims says so; a bare year
 * or one labelled neither reports when it is before `planYear` (a report of results only: whenever) and aims when it is
 * the plan's or later. Not a line with words before its label and no label word (2024年气势如虹 is read as before), nor
 * one the next line shows is no heading: a year or a month right under it (a table's columns 2020年⏎2025年, a date split
 * over lines 2024年⏎3月5日) or no line at all.
 */
function yearHeadingOf(
  line: string,
  text: string,
  start: number,
  end: number,
  planYear: number | null,
  reportsOnly: boolean,
  summary = false,
): YearHeading | null {
  const m = YEAR_HEADING.exec(line);
  // (Words with no label word after them are a sentence or a slogan, 2024年气势如虹, not a heading; nor is a bare 2020.)
  if (!m || (m[4] && !m[5]) || (!m[1] && !m[3] && !m[5]) || line.trim().length > 16) return null;
  // (2024年要取得更大成就： is an aim in a sentence's words, no heading of results.)
  if (m[4] && AIM_BEFORE_LABEL.test(m[4])) return null;
  const next = nextWordsLine(text, end);
  if (next === '' || NO_HEADING_UNDER.test(next)) return null;
  // (A year right under a year alone is the last of a table's year columns, 2023年⏎2024年⏎…, as the first is.)
  if (/^(?:19|20)\d{2}\s*年?$/.test(previousWordsLine(text, start))) return null;
  const year = Number(m[2]);
  // (2025年预测数据: a label of results after words of a forecast says neither; the year says which.)
  const labelled = m[5] && m[4] && FORECAST_BEFORE_LABEL.test(m[4]) ? undefined : (m[5] ?? m[1]);
  const aims = labelled !== undefined && AIMS_WORD.test(labelled);
  const results = labelled !== undefined && RESULTS_WORD.test(labelled);
  if (aims) return { role: 'target', year, labelled: true };
  if (results || reportsOnly) return { role: 'actual', year, labelled: results };
  // (2025年⏎一季度，…: news of the year's progress; the year's results so far.)
  if (MONTHS_GONE_UNDER.test(next)) return { role: 'actual', year, labelled: false };
  if (planYear === null) return null;
  // (A summary of the work done reviews the year it is dated in: 2024年 over its lines in 2024年工作总结 reports.)
  return { role: year < planYear || (summary && year === planYear) ? 'actual' : 'target', year, labelled: false };
}
/** A short line opening with a year (or a lead word and a year): the lines yearHeadingOf is asked about. */
const YEAR_HEADING_CANDIDATE = new RegExp(
  `(?<![^\\n])[^\\S\\n${BULLET_MARKS}]*(?:(?:回顾|回首|回望|盘点|展望)[^\\S\\n]*)?(?:19|20)\\d{2}[^\\n]{0,14}(?![^\\n])`,
  'g',
);
/**
 * Whether a text's year headings set aims: one labelled so (2025年目标, 2024 新重庆 开新局), or one of the plan year or later
 * after one of a year before it (2024年 over results, then 2025年 over lines with no 力争 or 目标 of their own) — a digest
 * of a report that plans, though no word of planning is left in it. One heading of a year alone (2022年 over a year's
 * results, dated by the year it reports) sets none.
 */
function yearHeadingsAim(text: string, planYear: number | null, summary: boolean): boolean {
  // (The years of the headings of results before: two or more are a timeline, 2022年 / 2023年 / 2024年 of a retrospective,
  // whose last year is no plan's.)
  const past = new Set<number>();
  for (const m of matchesOf(YEAR_HEADING_CANDIDATE, text)) {
    const heading = yearHeadingOf(m[0], text, m.index, m.index + m[0].length, planYear, false, summary);
    if (heading?.role === 'target' && (past.size === 1 || heading.labelled)) return true;
    if (heading?.role === 'actual') past.add(heading.year);
  }
  return false;
}
/** The last line before `start` with any words on it, trimmed: what a heading line stands under. */
function previousWordsLine(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 200), start).trimEnd();
  return before.slice(before.lastIndexOf('\n') + 1).trim();
}
/** The first line after `end` with any words on it (up to 40 characters of it): what a heading line stands over. */
function nextWordsLine(text: string, end: number): string {
  const at = text.slice(end, end + 200).search(/\S/);
  if (at < 0) return '';
  const from = end + at;
  const stop = text.indexOf('\n', from);
  return text.slice(from, stop < 0 || stop - from > 40 ? from + 40 : stop);
}
/** A digest's bullet line that opens with its year (●2023年广东地区生产总值达到…): dated, like 2023年，…. */
const BULLET_YEAR = new RegExp(`^\\s*[${BULLET_MARKS}]+\\s*(\\d{4})\\s*年`);

/** A paragraph opening with a plan period (“十四五”时期是…的五年, 十三五期间，…): a review once it is over. */
const PERIOD_OPENING = new RegExp(`^[\\s${BULLET_MARKS}]*[“"‘]?(${PERIOD_NAMES})[”"’]?(?:规划)?(?:时期|期间|以来|(?:发展|主要)?(?:成就|成绩)[：:]?\\s*$)`);

/**
 * The year a paragraph's first sentence opens a review of, or undefined when it opens none: a year
 * named must be before `year`, a plan period must have ended before it (the year is then its last); 今年以来 on a page
 * whose own date gave the plan year (`underWay`) reviews that year.
 */
function reviewOpened(sentence: string, year: number | null, underWay = false): number | null | undefined {
  const period = PERIOD_OPENING.exec(sentence);
  if (period) {
    const { last } = PERIOD_YEARS.get(period[1]!)!;
    return year !== null && last < year ? last : undefined;
  }
  const m = REVIEW_OPENING.exec(sentence) ?? BULLET_YEAR.exec(sentence) ?? YEAR_WAS_OPENING.exec(sentence);
  if (!m) return undefined;
  const named = m[1] ?? m[2];
  if (named !== undefined && (year === null || Number(named) >= year)) return undefined;
  // On a page dated in the year it speaks of, 今年以来 and 年初以来 review the year under way, the plan's own (2024-11-22:
  // 会议指出，今年以来，…。前三季度地区生产总值增长6%), not the one before. (A December session's 今年以来 is the year
  // before the one its report plans: the year read from the delivery keeps the year before.)
  if (underWay && /(?:今年|年初)以来$/.test(m[0])) return year;
  return year === null ? null : year - 1;
}

/**
 * A line that heads a plan period's goals (“十四五”目标：, 十五五时期主要指标): the lines under it are due at the period's end.
 * A line with no figure, so the heading of a list, not a sentence that states one.
 */
const PERIOD_GOALS_HEADING = new RegExp(
  `^[\\s${BULLET_MARKS}]*[“"‘]?(${PERIOD_NAMES})[”"’]?(?:规划)?(?:时期|期间|末)?的?(?:主要|发展|奋斗)?(?:目标|指标)(?:任务)?\\s*[：:]?\\s*$`,
);
/** Words of a paragraph's opening that name a time of its own (今年, 全年, 预期目标, 去年…): no longer a span's goals. */
const OWN_TIME = /今年|明年|全年|年内|当年|本年|新的?一年|年底|年末|年度|预期目标|去年|上年|过去|以来|年来/;
const YEAR_NAMED = /((?:19|20)\d{2})\s*年/g;
/**
 * 预计到2025年，… opening a paragraph of a plan whose own span ends earlier (三年方案2022—2024年): the deadline governs its
 * paragraph, so the sentences after it with no year of their own are due then too, not at the span's end (corpus Decisions 28).
 */
const DEADLINE_OPENS_PARAGRAPH = /^\s*(?:预计|力争|确保|争取|计划)?\s*到\s*\d{4}\s*年/;
/** 重点抓好以下工作：, 主要任务： — a paragraph turning from the span's goals to the work (of the plan year, as a rule). */
const TURNS_TO_WORK = /(?:以下|如下|下列)[^。！？\n]{0,8}(?:工作|任务|事项)|(?:工作|任务|举措|措施)\s*[：:]\s*$/;

/**
 * Whether a paragraph's opening leaves the goals of a span that runs to `horizon`: it names a time of its own
 * (2021年目标：, 今年…) — a year inside the span (力争2024年…) is one of its steps and stays in it.
 */
function leavesHorizon(opening: string, year: number | null, horizon: number): boolean {
  if (OWN_TIME.test(opening) || TURNS_TO_WORK.test(opening)) return true;
  for (const m of matchesOf(YEAR_NAMED, opening)) {
    const named = Number(m[1]);
    if (year === null || named <= year || named > horizon) return true;
  }
  return false;
}

/**
 * The year a paragraph's opening hands on to the paragraphs after it as the due year of their goals: a sentence
 * announcing the goals of a span ahead (对今后五年的发展提出了…具体目标) or a heading of a plan period's goals
 * (“十四五”目标：) later than the plan year. Null when it opens none.
 */
function goalsHorizonOpened(opening: string, closing: ClosingTense, year: number | null): number | null {
  if (year === null) return null;
  if (closing?.tense === 'plan' && closing.span && closing.year !== null && closing.year > year) return closing.year;
  const heading = PERIOD_GOALS_HEADING.exec(opening);
  const last = heading ? PERIOD_YEARS.get(heading[1]!)!.last : null;
  return last !== null && last > year ? last : null;
}

/**
 * A dated page with no plan year of its own that announces targets 到 one later year (力争到2025年),
 * or a page with no year at all that announces them 到 one year (a news item's 2月24日，…提出到2025年):
 * that year is its horizon, the year its undated targets are due. Null when it names none or several.
 */
function announcedHorizon(text: string, year: number | null, source: PlanYearSource): number | null {
  if (year !== null && source !== 'date') return null;
  const later = new Set(
    matchesOf(/到\s*(\d{4})\s*年/g, text)
      .map((m) => Number(m[1]))
      .filter((y) => year === null || y > year),
  );
  return later.size === 1 ? [...later][0]! : null;
}

/** Sentences split after each ，责任单位为X； that is not their end, so each list governs its own items. */
function splitAfterDutyClauses(text: string, sentences: SentenceRange[]): SentenceRange[] {
  if (!sentences.some((s) => text.slice(s.start, s.end).includes('单位'))) return sentences;
  const out: SentenceRange[] = [];
  for (const s of sentences) {
    let start = s.start;
    for (const m of matchesOf(DUTY_CLAUSE_END, text.slice(s.start, s.end))) {
      const end = s.start + m.index + m[0].length;
      if (end >= s.end) break;
      out.push({ start, end });
      start = end;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

/** A lede's opening on this year's goals: 报告指出，今年发展主要预期目标是：…, 今年的主要目标为…. */
const THIS_YEARS_GOALS = /^[^。；\n]{0,12}?(?:今年|新的一年)[^。；\n]{0,12}?(?:主要)?(?:预期)?目标(?:是|为)/;

/** What a paragraph says about the numbers with no cue of their own: results or targets, and of which year. */
interface Passage {
  role: 'target' | 'actual';
  year: number | null;
  /** A lead-in (初步预计，…) gave the paragraph's results as estimates. */
  estimate?: boolean;
  /** The role is only the default of text in no part, no cue or heading having said it. */
  byDefault?: boolean;
}

/**
 * A change measured against the same period a year before (同比增长25.6%), in a sentence with no cue of planning:
 * a result, though the text around it plans. Only where no cue or part set the paragraph's tense: 同比 in a
 * passage a plan cue opened (…力争实现两位数增长。…实现7590亿元，同比增长9%) is what it sets.
 */
// (A bound after the figure, 同比增长9%以上, 左右, sets one: no result.)
const YEAR_ON_YEAR = /同比(?:增长|下降|增加|减少|提高|上升|回落|降低)\s*-?\d[\d.]*\s*(?:%|个百分点)(?!\s*(?:以上|左右|以内|以下|上下))/;
const PLANS_IN_SENTENCE = new RegExp(`${PLAN_CUES.join('|')}|今年(?!以来)|明年|${AIM_YAO}|到\\s*\\d{4}\\s*年(?!的\\s*\\d)`);
/** The same words, and a programme's 计划 / 安排, in a target's sentence that writes its year (yearTheTargetsShare). */
const PLANS_IN_OWN_SENTENCE = new RegExp(`${PLANS_IN_SENTENCE.source}|计划(?!生育)|安排`);
/** 初步预计，… / 预计，全年…: an estimate word closed by its comma, a lead-in over the rest of its paragraph. */
const ESTIMATE_LEAD_IN = /(?:预计|预估|估计)[，,：:]/;
/** （预计，下同）: an aside saying the figures from here on are estimates. */
const ESTIMATES_BELOW = /[（(]\s*预计\s*(?:[，,、]\s*)?下同\s*[）)]/;

/**
 * A quotation of figures that the words right after it name as goals (“GDP增长5.5%左右，…”2025年赣州经济社会发展的
 * 主要预期目标已确定): targets, of the year named there (else the passage's), whatever the sentence before said
 * (号角已吹响，蓝图已绘就。 — an 已 of metaphor). Not goals said met (“…增长6.2%”，全年目标任务全面完成).
 * The quotation's digit is looked ahead for: [^”"]*\d[^”"]* read a quotation left open to its end once per digit in it.
 */
const QUOTED_GOALS =
  /^[“"](?=[^”"]*\d)([^”"]*)[”"]\s*(?:(\d{4})\s*年)?[^。！？，,；\n“"]{0,20}?(?:预期目标|主要目标|目标任务|目标)(?![^。！？，,；\n]{0,6}?(?:完成|实现|达成))/;
function goalsQuotedAhead(sentence: string, year: number | null): { year: number | null } | null {
  const m = QUOTED_GOALS.exec(sentence);
  return m ? { year: m[2] ? Number(m[2]) : year } : null;
}

/** A list item's close at the end of a line (…，增长9.2%；): the list runs on to the next line. */
const LIST_ITEM_END = /[；;]\s*$/;

/** 提前一年实现 / 提前2年完成 before a figure in its clause: a goal met that many years early. */
const MET_EARLY = /提前([一二两三四五1-5])年(?:实现|完成|达到|达成)/g;
const EARLY_YEARS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };
/** What ends the clause a MET_EARLY must share with the figure. */
const MET_EARLY_CLAUSE_BREAK = /[，,。；;！？\n]/g;

/**
 * How many years early the clause before a figure at `pos` of `sentence` says its goal was met (0 when it says none):
 * the first MET_EARLY of that clause that ends before the figure. Its words and the clause breaks are listed once per
 * sentence: MET_EARLY with its clause, 提前…年实现[^，,。；;！？\n]*$, searched the whole sentence before each figure.
 */
function metEarlyIn(sentence: string): (pos: number) => number {
  const said = matchesOf(MET_EARLY, sentence).map((m) => ({ start: m.index, end: m.index + m[0].length, years: m[1]! }));
  if (said.length === 0) return () => 0;
  const breaks = matchesOf(MET_EARLY_CLAUSE_BREAK, sentence).map((m) => ({ start: m.index }));
  return (pos) => {
    const clauseStart = (breaks[firstStartingAfter(breaks, pos - 1) - 1]?.start ?? -1) + 1;
    const words = said[firstStartingAfter(said, clauseStart - 1)];
    return words && words.end <= pos ? (EARLY_YEARS[words.years] ?? Number(words.years)) : 0;
  };
}

/**
 * A heading that names what follows as goals (一、行动目标, 二、主要目标, （一）发展目标): the lines under it set targets, so a
 * 同比 change there with no bound (技术合同成交额同比增长20%) is one too. Not goals reviewed (目标完成情况).
 */
const GOALS_HEADING = /^[^。，,；;]{0,8}目标(?:任务)?[:：]?$/;
const namesGoals = (block: Block | undefined): boolean => block !== undefined && GOALS_HEADING.test(block.title) && !REVIEW_HEADING.test(block.title);

const reportsYearOnYear = (sentence: string): boolean => YEAR_ON_YEAR.test(sentence) && !PLANS_IN_SENTENCE.test(sentence);

/**
 * A change on the year before stated exactly (比上年末增加0.1万人, 较去年提高0.75个百分点), as 同比 is: a sentence's own evidence of
 * a result, where no cue or part set the paragraph's tense. A bound after the change (比上年增长8%以上, 左右) sets one.
 */
const CHANGE_ON_LAST_YEAR =
  /(?:比|较)(?:上年|去年)(?:同期|年末|末|底)?(?:增长|下降|增加|减少|提高|上升|回落|降低)\s*-?\d[\d.]*(?![\d.])(?![^，,。；;！？\n]{0,6}?(?:以上|左右|以内|以下|上下))/;
/**
 * A structure's change from the parts it had to the parts it has (三次产业结构由12:45:43调整为9:41:50), no year on either: where
 * it started is known, so it is told, as 同比 is — the evidence of a result where no cue or part set the paragraph's tense.
 */
const STRUCTURE_CHANGED = /[从由]\s*\d[\d.]*(?:\s*[:：]\s*\d[\d.]*){2,}\s*(?:调整|优化|转变|演变|变)(?:为|到|至)\s*\d[\d.]*(?:\s*[:：]\s*\d[\d.]*){2,}/;
/**
 * A running total with the verb of the work done and its figure stated exactly (累计完成投资4300亿元, 累计承接…4万家; words.ts
 * RUNNING_TOTAL_WORDS): a bound in its clause (累计培训学员1000人以上, 不少于) sets a quota instead.
 */
const RUNNING_TOTAL = new RegExp(
  `(?:${RUNNING_TOTAL_WORDS.join('|')})(?:(?!不少于|不低于|不超过)[^，,。；;！？\\n]){0,24}?\\d[\\d.]*(?![\\d.])(?![^，,。；;！？\\n]{0,6}?(?:以上|左右|以内|以下|上下))`,
);
/**
 * A title (or, when none was read, the first line) naming a plan, a report or a list of works promised (…行动方案, …工作要点,
 * 2024年民生实事项目, 稳就业行动…): its running totals are the totals it sets (累计培训…, 累计签约项目100个), no evidence of a
 * result — mend m31r. News of a decade's results (河北晒出十年发展“成绩单”) names none of them.
 */
const TOTALS_PLANNED_TITLE = /报告|计划|规划|方案|要点|纲要|意见|措施|安排|任务|目标|实事|行动/;
/** Whether a text's running totals may be evidence of results: its title, or its first line when no title was read, names no plan. */
const totalsReported = (title: string, text: string): boolean => !TOTALS_PLANNED_TITLE.test(title.trim() || /^\s*([^\n]*)/.exec(text)![1]!);
const reportsOwnResult = (sentence: string, totals = false): boolean =>
  (YEAR_ON_YEAR.test(sentence) || CHANGE_ON_LAST_YEAR.test(sentence) || STRUCTURE_CHANGED.test(sentence) || (totals && RUNNING_TOTAL.test(sentence))) &&
  !PLANS_IN_SENTENCE.test(sentence);

/** 今年以来，… / 年初以来，… opening a paragraph: a review of the year under way, whose 今年 and own year report. */
const SO_FAR_OPENING = new RegExp(`${REVIEW_OPENING_LEAD}(?:今年|年初)以来`);

/**
 * A year written as the time of what a sentence says: not a date (2024年1月13日), a base (比2023年), a start (2023年以来) or
 * a deadline (2025年前). YEAR_WRITTEN, with a month after the year and a digit before it (12024年) left out too: a text's
 * lines are read here, where a date's year is no time its passage speaks of.
 */
const YEAR_AS_TIME = new RegExp(`(?<![${NOT_TIME_BEFORE}\\d])((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月|${NOT_TIME_AFTER})`, 'g');

/**
 * Whether a text's lines name a year after `year` as their time (报告明确，2024年做大做优… above 一、2023年工作回顾): they speak
 * of the plan the review leads to, not of the year reviewed.
 */
function namesYearAfter(text: string, year: number | null): boolean {
  if (year === null) return false;
  for (const m of matchesOf(YEAR_AS_TIME, text)) if (Number(m[1]) > year) return true;
  return false;
}

/** 今年 as a word (not 今年以来, a review's opening, which PLANS_IN_SENTENCE reads past already). */
const THIS_YEAR_WORD = /今年(?!以来)/g;
/** 今年 opening a part of the year gone (今年上半年, 今年一季度, 今年1-5月): the months a result is of. */
const THIS_YEAR_SO_FAR = /今年(?=\s*(?:上半年|前三季度|[一二三1-3]季度|1\s*[-—–至~]\s*\d{1,2}\s*月|前\s*\d{1,2}\s*个月))/g;
/** 争取到 not before a deadline year (争取到2025年…): got. */
const OBTAINED_TO = /争取到(?!\s*\d{4}\s*年|\s*[“"]?十[一二三四五六]五)/g;
/** A document's name in book-title marks (《某县2025年项目攻坚行动方案》). */
const DOCUMENT_NAMED = /《[^》\n]{1,60}》/g;
/** 已 before a verb of getting something done and a figure in its clause (已收秋粮1800多万亩, 已完成投资3.2亿元): done already. */
const DONE_ALREADY = /已(?:完成|收|收获|建成|实现|达到|达|累计|开工|投产|签约|引进|发放|销售|接待)[^，,。；;！？\n]{0,20}?\d/;

/** 。！？；; or a line break: where withoutSentences ends a sentence. */
const endsSentence = (code: number): boolean => code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b || code === 0x3b || code === 0x0a;

/**
 * `text` without the sentences (each up to and with the 。！？；; or line break that ends it) `drop` holds for — what a split
 * after each such mark, filtered and joined, gives, in one walk (the split's look-behind was tried at every character).
 */
function withoutSentences(text: string, drop: (sentence: string) => boolean): string {
  let kept = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!endsSentence(text.charCodeAt(i))) continue;
    const sentence = text.slice(start, i + 1);
    if (!drop(sentence)) kept += sentence;
    start = i + 1;
  }
  const last = text.slice(start);
  return start < text.length && drop(last) ? kept : kept + last;
}

/** A title that names a report or a plan of its own (…政府工作报告, …工作要点, …实施方案): no news of results. */
const REPORT_OR_PLAN_TITLE = /报告|计划|规划|方案|要点|纲要/;

/**
 * The text up to the end of the sentence holding its last figure (a digit that is no part of a year written with its 年: 2020年
 * is a time): the words of aim after it (…要确保到2020年与全国同步全面建成小康社会。) set nothing measured, for no figure follows
 * them. The whole text when it holds no figure. (Read back from the end: only the tail after the last figure is walked.)
 */
function throughLastFigure(text: string): string {
  let at = text.length - 1;
  while (at >= 0) {
    if (!isDigit(text.charCodeAt(at))) {
      at--;
      continue;
    }
    let start = at;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    const year = at - start === 3 && /^(?:19|20)/.test(text.slice(start, start + 2)) && /^\s*年/.test(text.slice(at + 1, at + 5));
    if (!year) {
      const stop = text.slice(at + 1).search(/[。！？；;\n]/);
      return stop < 0 ? text : text.slice(0, at + 2 + stop);
    }
    at = start - 1;
  }
  return text;
}
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * News whose sentences measure a result on the year before exactly (同比增长3.1%, 比上年增长8.4%: reportsOwnResult) and
 * whose title names no report or plan of its own (not a work report, whose delivery dates its review), with no word that
 * aims anywhere (力争, 目标, 要, 将, 今年, 到2025年: PLANS_IN_SENTENCE, once slogans are read past): when the plans it names
 * stand only in sentences without figures (大力实施制造业倍增计划), it reports results throughout.
 */
function newsWithOwnResults(text: string, title: string, delivered: boolean): boolean {
  if (delivered || REPORT_OR_PLAN_TITLE.test(title)) return false;
  // In news of results 今年 is the year it reports on (新疆今年夏粮总产量达655.2万吨, 这是今年上半年…的成绩单), no aim: the
  // words that aim are read without it. News that gives last year as a time (去年全市…同比增长5.2%。今年，…增长6%左右) sets
  // this year against it, as a plan meeting does: there only 今年 opening a part of the year gone is no aim.
  // 争取到…资金3.8亿元 (争取 with 到 right after, no deadline year) is money obtained; a document it names in book-title
  // marks (制定实施《某县2025年项目攻坚行动方案》，全年…) is a name; a sentence stating a rank held (争取项目数…均居全州首位)
  // measures what was done, as ranks only ever do: none of them aims.
  const unnamed = text
    .replace(LAST_YEAR_AS_TIME.test(text) ? THIS_YEAR_SO_FAR : THIS_YEAR_WORD, '')
    .replace(DOCUMENT_NAMED, '《》')
    .replace(OBTAINED_TO, '获得');
  // (Words of aim after the last figure, 要确保到2020年…全面建成小康社会 closing a page of results, govern no figure.)
  const aimsRead = throughLastFigure(withoutSentences(unnamed, holdsRank));
  if (PLANS_IN_SENTENCE.test(aimsRead) || plansSomething(withoutAimsWithoutFigures(aimsRead))) return false;
  // The evidence stands in a sentence of no aim, whose 今年 (if any) opens a part of the year gone (今年上半年): a bare
  // 今年 beside its figure (今年，…同比增长7%) is the year a meeting aims at.
  const totals = totalsReported(title, text);
  return text.split(/[。；;！？\n]/).some((sentence) => {
    const own = sentence.replace(THIS_YEAR_SO_FAR, '');
    return !PLANS_IN_SENTENCE.test(own) && (reportsOwnResult(own, totals) || holdsRank(own) || DONE_ALREADY.test(own));
  });
}

function readBody(clean: MappedText, outline: Outline, dates: PlanDates, out: Collector, tables: readonly IndicatorTable[]): void {
  const regions: Region[] = [];
  // The preamble runs to the first numbered block or year part, whichever comes first.
  const preambleEnd = Math.min(outline.blocks[0]?.start ?? outline.bodyEnd, outline.parts[0]?.start ?? outline.bodyEnd);
  regions.push({ start: 0, end: preambleEnd });
  // A page opening inside a new term's aims, before the part on the plan year: its targets are due at the term's end.
  const preambleDue = termAimsDue(clean.text, preambleEnd, dates.year);
  const blockRegions = outline.blocks.filter((b) => b.hasContent).map((block) => ({ start: block.contentStart, end: block.end, block }));
  for (const region of blockRegions) regions.push(region);
  // A part's heading and the text under it before its first numbered block are read too (an
  // attachment's title followed by its table's lines).
  for (const part of outline.parts) {
    const next = outline.blocks[firstStartingAfter(outline.blocks, part.start - 1)]?.start ?? outline.bodyEnd;
    const end = Math.min(next, part.end);
    if (!regionHolds(regions[0]!, blockRegions, regions.at(-1)!, part.start) && end > part.start) regions.push({ start: part.start, end });
  }
  const chapterSpans = reviewChapterSpans(clean.text, outline.bodyEnd);
  const cut = splitAtSpans(regions, chapterSpans);
  cut.sort((a, b) => a.start - b.start);
  // (Not splice with the regions spread: a text of some hundred thousand regions would overflow the stack.)
  regions.length = 0;
  for (const region of cut) regions.push(region);
  const foundSpans = [
    ...reviewHeadingSpans(outline.blocks, outline.bodyEnd, dates.year),
    ...(dates.titledPlan ? [] : workThenOutcomeSpans(clean.text, outline.blocks, outline.bodyEnd)),
    ...reviewLeadSpans(clean.text, outline.bodyEnd),
    ...reportLookedBackSpans(clean.text, outline.bodyEnd),
    ...pastYearHeadingSpans(clean.text, outline.bodyEnd, dates.year),
    ...reviewTailSpans(clean.text, outline, dates.year, preambleDue),
    ...chapterSpans,
  ];
  // A summary's spans all review the year under way; its own span comes last, so a heading's span, taken first, keeps its months.
  const reviewSpans = dates.summaryTitle
    ? [...foundSpans, summarySpan(clean.text, outline.bodyEnd)].map((span) => ({ ...span, yearUnderWay: true as const }))
    : foundSpans;
  const sheetMonths = progressSheetMonths(clean.text, dates.year);
  const reviewSpanAt = firstHoldingInOrder(reviewSpans);
  const firstReview = outline.parts[0];
  const preambleLooksAhead = firstReview?.review === true && namesYearAfter(clean.text.slice(0, firstReview.start), firstReview.year);
  let standing: string[] = [];
  let passage: Passage | null = null;
  // The year the sentences read so far last wrote as their time: the year a 这一年，… paragraph looks back on.
  let yearWritten: number | null = null;
  // The last figure read, when it was a result (null when it was a target): what a 其中，… paragraph breaks down.
  let lastResult: Actual | null = null;
  let lastEnd = 0;
  // The text's last sentence may end inside a bracket the excerpt cut off.
  const textEnd = clean.text.trimEnd().length;
  for (const region of regions) {
    const part = partAt(outline.parts, region.start);
    const firstPart = outline.parts[0];
    // The preamble before a review part reviews too (seed 002 opens with 2023's results) — unless it names a later year
    // than the one reviewed (PLAN_YEAR_AHEAD): a news lede retelling the plan above the report's review.
    const review = part ? part.review : Boolean(firstPart?.review && region.start < firstPart.start && !preambleLooksAhead);
    const reviewSpan = reviewSpanAt(region.start);
    // Under a heading reviewing the year under way (一、今年以来工作情况), 今年 names the year reviewed.
    const underWay = !part && reviewSpan?.yearUnderWay === true;
    const year = (part ? part.year : review ? firstPart!.year : dates.year) ?? dates.year;
    // The plan's year as this region's lines are read against it: a review part's year is the one before the plan's.
    const linesPlanYear = review && year !== null ? year + 1 : year;
    // A part sets the tense of its paragraphs until a cue says otherwise.
    const partPassage: Passage =
      part || review
        ? { role: review ? 'actual' : 'target', year: review ? year : (part?.due ?? year) }
        : reviewSpan
          ? { role: 'actual', year: reviewedYear(reviewSpan, dates) }
          : {
              role: dates.reportsOnly ? 'actual' : 'target',
              year: region.start < preambleEnd ? preambleDue : null,
              ...(dates.titledPlan || namesGoals(region.block) ? {} : { byDefault: true }),
            };
    const sentences = splitAfterDutyClauses(clean.text, splitSentences(clean.text, region.start, region.end));
    const mentions = sentences.map((s) => trailingDepartments(clean.text.slice(s.start, s.end), s.end >= textEnd));
    // The list that governs each sentence: the first at or after it (one pass from the end, so a
    // long item without any list stays linear).
    const block = region.block;
    // (Once per region: the lines under a heading that names goals aim at any record they close on.)
    const underGoals = namesGoals(block);
    // （一）加快工业发展（牵头单位：区发改局）⏎全年新增…: a heading closed by its departments answers for the lines under
    // it that no list of their own follows.
    const headingList = block && DEPARTMENTS_CLOSING.test(block.title) ? (mentions[0] ?? undefined) : undefined;
    const governingLists: (DepartmentMention | undefined)[] = [];
    for (let k = mentions.length - 1; k >= 0; k--) governingLists[k] = mentions[k] ?? governingLists[k + 1] ?? (k > 0 ? headingList : undefined);
    const taskId = block ? `i${String(out.tasks.length + 1).padStart(2, '0')}` : undefined;
    const section = block ? sectionName(block, part) : part?.heading;
    const targetIds: string[] = [];
    // A paragraph opening with a review (一年来，… / 2019年，… before the plan year) opens a review
    // that runs over the next paragraphs of its block until a cue of planning.
    let reviewOpen = false;
    // Whether the open review was opened by a five-year span (过去五年, 五年来, “十四五”时期): it covers five years.
    let reviewOfFive = false;
    // Whether the open review was opened by 今年以来 / 年初以来: it reports the year under way (SO_FAR_OPENING).
    let soFarOpen = false;
    // A preamble paragraph (a news lede) that opens on this year's goals plans, though a review part follows.
    let planLead = false;
    // The months the paragraph reports so far (上半年，…): 其中，… after it reports the same months.
    // (A review heading of the plan year's months so far gives its results those months.)
    let months: Period | undefined = part ? undefined : reviewSpan?.months;
    // A news report of results only whose lead reports a part of the year so far (上半年全国…增长3.4%) speaks of
    // those months throughout: its later paragraphs' undated results are theirs too.
    let leadMonths: Period | undefined = months;
    let paragraphs = 0;
    // Whether a paragraph that stated a figure has ended, and the first sentence of the paragraph being read.
    let figuresSeen = false;
    let paragraphOpening = '';
    // Whether the current paragraph has stated a figure yet.
    let paragraphStated = false;
    // Whether the last sentence read gave results, all estimates (预计完成…；): a list it heads may run on.
    let estimatedLine = false;
    // A bound aimed at kept in a review (确保…7%以上。) whose list of goals may go on in the paragraph's next sentences.
    let aimCarried = false;
    // (预计，下同): the review's results from here on are estimates, across its paragraphs, until the text turns to aims.
    let estimatesBelow = false;
    // The due year a paragraph announcing a span's goals (今后五年…目标, “十四五”目标：) hands on to the paragraphs after
    // it that name no time of their own.
    let horizon: number | null = null;
    // The role and year a year heading line gave the lines under it (yearHeadingOf), up to the next or the block's end.
    let headed: Passage | null = null;
    sentences.forEach((sentence, i) => {
      // A new paragraph starts from its part's tense; within one, each sentence's last cue carries on.
      const newParagraph = clean.text.slice(lastEnd, sentence.start).includes('\n');
      const listGoesOn = newParagraph && LIST_ITEM_END.test(clean.text.slice(Math.max(0, lastEnd - 2), lastEnd));
      // The sentence, sliced once: its cues of review, of years written and of a bare 将 are read from it.
      const whole = clean.text.slice(sentence.start, sentence.end);
      // Rows of an indicator table are read as a table, not as prose.
      // (A line inside one that is no row of cells is prose: t.prose.)
      const inTable = tables.some(
        (t) => t.start <= sentence.start && sentence.end <= t.end && !t.prose?.some(([start, end]) => start <= sentence.start && sentence.end <= end),
      );
      // A paragraph's first sentence: its goals, its news lede and its review opening are read from it.
      const opening = newParagraph || i === 0 ? whole : '';
      if (newParagraph || i === 0) planLead = !part && review && THIS_YEARS_GOALS.test(opening);
      if (newParagraph) {
        // The lead is the first paragraph, or — after lines of a page's furniture with no figure (通版阅读请点击:,
        // 展开通版) — a news lede (本报讯…, 记者…获悉) that is the first to state one.
        const ledeEnds = !figuresSeen && paragraphStated && NEWS_LEDE.test(paragraphOpening);
        const leadEnds = ++paragraphs === 1 || ledeEnds;
        figuresSeen ||= paragraphStated;
        if (leadEnds && dates.reportsOnly && leadMonths === undefined) leadMonths = yearSoFar(months);
      }
      // (The opening of the paragraph before, kept to tell a year of results from a span's end: 2020年至2024年间….)
      const openingBefore = paragraphOpening;
      if (newParagraph || i === 0) paragraphOpening = opening;
      const monthsBefore = months;
      if (newParagraph) months = leadMonths;
      if (newParagraph) aimCarried = false;
      // 此外，… / 另外，… opens a paragraph that adds to the one before: results after results (RESULTS_ADDED).
      const addsResults =
        newParagraph &&
        passage?.role === 'actual' &&
        (RESULTS_ADDED.test(opening) ||
          (ASPECT_OPENING.test(opening) &&
            i > 0 &&
            monthsBefore === undefined &&
            !OWN_AIM.test(opening) &&
            !HEADING_BETWEEN.test(clean.text.slice(lastEnd, sentence.start))));
      const backToPart = passage === null || (newParagraph && !(reviewOpen && passage.role === 'actual') && !addsResults);
      if (passage === null || backToPart) passage = partPassage;
      // (Under a year heading its role and year stand where the part's would. The two steps after it are taken only when the
      // paragraph did not go back to its part's tense, as before there were headings.)
      if (newParagraph && headed && passage === partPassage) {
        passage = { ...headed };
        reviewOpen = headed.role === 'actual';
      }
      // (Its tense, not the span the paragraph before named: 2020年至2024年间… then 此外，…存栏量达… is a stock of now.)
      else if (!backToPart && addsResults) passage = { role: 'actual', year: addedResultsYear(passage.year, partPassage.year, dates.year, openingBefore) };
      else if (!backToPart && newParagraph && passage.estimate && !listGoesOn && !estimatesBelow) passage = { role: passage.role, year: passage.year }; // a lead-in governs its paragraph
      // 预计完成地区生产总值277.8亿元，增长9.2%；⏎一般公共预算收入20.8亿元，增长10%；: a list of results run over lines
      // closed by ； is governed by the estimate word at its head, as one sentence's ；-list is.
      if (newParagraph && listGoesOn && estimatedLine && passage.role === 'actual') passage = { ...passage, estimate: true };
      if (estimatesBelow && passage.role === 'actual' && !passage.estimate) passage = { ...passage, estimate: true };
      if (planLead && (newParagraph || i === 0)) passage = { role: 'target', year: dates.year };
      if (newParagraph && horizon !== null && leavesHorizon(opening, year, horizon)) horizon = null;
      if (newParagraph && horizon !== null && passage.role === 'target' && passage.year === null) passage = { role: 'target', year: horizon };
      if (newParagraph || i === 0) {
        // In a review part the part names the year reviewed: an opening there (过去5年, 一年来) reviews that year.
        const reviewed = reviewOpened(opening, linesPlanYear, dates.dated || dates.partGone);
        if (reviewed !== undefined) {
          reviewOpen = true;
          reviewOfFive = FIVE_YEAR_SPAN.test(opening);
          soFarOpen = SO_FAR_OPENING.test(opening);
          // A heading line with no figure (过去五年发展成就) opens the review for the lines under it.
          if (!MAY_HOLD_NUMBER.test(opening.replace(FIVE_YEARS_PAST, ''))) passage = { role: 'actual', year: reviewed };
          // 报告指出，一年来，…谋划储备重大项目111个: a span's opening with figures of its own dates them by the span reviewed, as a
          // heading line's does the lines under it (not 今年以来, the year under way, nor a sentence that turns to aims, nor a passage
          // of results already, whose own heading or opening dates it).
          else if (
            passage.role === 'target' &&
            SPAN_REVIEW_OPENING.test(opening) &&
            !SENTENCE_TURNS_TO_PLAN.test(withoutObtainedCounted(opening)) &&
            reviewed !== null
          )
            passage = { role: passage.role, year: reviewed };
        }
      }
      // A year heading line (2023年, 2025年亮点, 2024 新重庆 开新局) sets the role and year of the lines under it until the next
      // one or the block's end; a heading of results gives way to a line that turns to the plan (今年…, 展望未来).
      const heading =
        (newParagraph || i === 0) && !inTable
          ? yearHeadingOf(opening, clean.text, sentence.start, sentence.end, dates.yearOfTargets ? null : linesPlanYear, dates.reportsOnly, dates.summaryTitle)
          : null;
      if (heading) {
        headed = { role: heading.role, year: heading.year };
        passage = { ...headed };
        reviewOpen = heading.role === 'actual';
        reviewOfFive = false;
        soFarOpen = false;
      } else if (newParagraph && headed?.role === 'actual' && turnsFromHeading(opening, linesPlanYear)) {
        // (The lines after the turn are the part's again, not the heading's year's results.)
        if (passage.role === headed.role && passage.year === headed.year) {
          passage = partPassage;
          reviewOpen = false;
        }
        headed = null;
      }
      const pastYear = newParagraph || i === 0 ? pastYearSubjectOpened(opening, linesPlanYear) : null;
      if (pastYear !== null) {
        reviewOpen = true;
        reviewOfFive = false;
        passage = { role: 'actual', year: pastYear };
      }
      if (newParagraph && lastResult && BREAKDOWN_OPENING.test(opening) && !PLANS_IN_SENTENCE.test(opening)) {
        passage = { role: 'actual', year: lastResult.period.year };
        if (lastResult.period.fromMonth !== undefined) months = lastResult.period;
      }
      if (newParagraph && THAT_YEAR_OPENING.test(opening) && thatYearReviewed(opening, yearWritten, dates.year)) {
        reviewOpen = true;
        reviewOfFive = false;
        passage = { role: 'actual', year: yearWritten };
      }
      const shown = part ? null : REPORT_SHOWED_YEAR.exec(whole);
      if (shown && dates.year !== null && Number(shown[1]) < dates.year) {
        reviewOpen = true;
        passage = { role: 'actual', year: Number(shown[1]) };
      }
      lastEnd = sentence.end;
      yearWritten = lastYearWritten(whole, yearWritten);
      const governing = governingLists[i];
      const mention = mentions[i];
      // Most sentences have no list and no standing partners: no arrays or Set built for them.
      const partners =
        governing === undefined && standing.length === 0
          ? []
          : unique([...(governing?.partners ?? []), ...standing]).filter((p) => !governing?.leads.includes(p));
      const readable = mention ? mention.start : sentence.end - sentence.start;
      const text = clean.text.slice(sentence.start, sentence.start + readable);
      let closing: ClosingTense;
      // Whether the sentence stated a figure (a target or a result).
      let stated = false;
      const reviewHere = review && !planLead;
      // In a review part (its year the one reviewed) 今年 and 去年 count from the plan's year, with or without figures.
      const thisYear = reviewHere ? (dates.thisYear ?? dates.year ?? undefined) : dates.thisYear; // undefined reads as absent
      if (!inTable && MAY_HOLD_NUMBER.test(text) && !isForeignProse(text)) {
        const mapped = sliceMapped(clean, sentence.start, sentence.end);
        const actualsBefore = out.actuals.length;
        const quotedGoals = goalsQuotedAhead(text, year);
        // A progress sheet's 同比 clause beside the target it reports on is a result of the sheet's months.
        const sheetResult = sheetMonths !== undefined && reportsYearOnYear(text);
        const read = out.readWithTense(mapped, readable, {
          year: planLead ? dates.year : year,
          thisYear, // (no spreads per sentence)
          review: reviewHere,
          // (So does a review heading's span, 一、上半年工作总结: a masked 完成投资XX亿元 there states nothing.)
          // (A boolean, not a spread of { reviewing: true }: a spread in the literal copies it slowly for every sentence.)
          reviewing: Boolean(reviewOpen || (reviewSpan && !part)) && passage.role === 'actual',
          reportsOnly: dates.reportsOnly,
          underGoals,
          yearUnderWay: underWay || (soFarOpen && reviewOpen && passage.role === 'actual' && !part && !review),
          // (A paragraph that has stated results: not one only a figureless review opened, 过去十年，…经验表明…。2025年，新签约…)
          // (Not in a text titled a plan, 2032年工作要点, whose own year states goals bare; nor after results of an earlier
          // year, 一年来，…新建…2万亩。2032年…新建…3万亩: a plan turning from last year to its own.)
          resultsGoOn:
            !newParagraph &&
            i > 0 &&
            passage.role === 'actual' &&
            paragraphStated &&
            lastResult !== null &&
            dates.titledPlan !== true &&
            (dates.year === null || (lastResult.period.year ?? 0) >= dates.year),
          role: quotedGoals ? 'target' : sheetResult || (passage.byDefault && reportsOwnResult(text, dates.totalsReported === true)) ? 'actual' : passage.role,
          passageYear: quotedGoals ? quotedGoals.year : sheetResult ? sheetMonths.year : passage.year,
          passageMonths: sheetResult ? sheetMonths : months,
          passageEstimate: passage.estimate === true,
          aimCarried,
          // (So does a review a paragraph opens with five years, 五年来，…, in a five-year plan: 由13.1:35.2:51.7调整为… starts before them.)
          reviewedYears: ((reviewSpan && !part) || (reviewOpen && reviewOfFive)) && passage.role === 'actual' && dates.periodYears === 5 ? 5 : undefined,
          targetYear: reviewHere ? year : dates.targetYear,
          spanEnd: dates.spanEnd,
          periodClosed: dates.periodClosed,
          listFollows: i + 1 < sentences.length ? opensList(sentences[i + 1], clean.text) : itemLineBelow(clean.text, sentence.end),
          section,
          taskId,
          leads: governing?.leads ?? [],
          partners,
        });
        for (const id of read.ids) targetIds.push(id);
        stated = read.ids.length > 0 || out.actuals.length > actualsBefore;
        closing = read.closing;
        aimCarried = read.aimKept || (aimCarried && out.actuals.length === actualsBefore && closing?.tense !== 'result');
        estimatedLine = out.actuals.length > actualsBefore && out.actuals.slice(actualsBefore).every((a) => a.estimate === true);
        months = monthsReported(out.actuals, actualsBefore, months);
        lastResult = lastFigureResult(out, actualsBefore, read.ids, lastResult);
        // 上半年，我市200个新增长点项目发展良好。: a sentence whose only figure is scope (no result read) dates the
        // paragraph as a figureless one does.
        const named = out.actuals.length === actualsBefore && closing?.tense === 'result' ? monthsNamed(text, thisYear ?? year) : undefined;
        if (named) months = named;
      } else {
        estimatedLine = false;
        // Undefined reads as absent: a plain literal, no spreads per sentence.
        closing = closingTense(text, {
          year: year ?? undefined,
          thisYear,
          reportsOnly: dates.reportsOnly,
          yearUnderWay: underWay,
          spanEnd: dates.spanEnd,
          periodClosed: dates.periodClosed,
        });
        if (closing?.tense === 'result') aimCarried = false;
        // 今年上半年，重工业恢复增长势头明显。: a figureless sentence of results that names the year so far dates the
        // paragraph's undated results after it, as a sentence of figures would.
        const named = closing?.tense === 'result' ? monthsNamed(text, thisYear ?? year) : undefined;
        if (named) months = named;
      }
      // 新雪季接待游客将突破5000万人次。 in a paragraph of results: a bare 将 foresees its own figure; the next sentence
      // (社会消费品零售总额达到2100亿元) is the paragraph's result still (willOnlyAims).
      const willOnly = closing?.tense !== 'result' && closing?.year === null && passage.role === 'actual' && willOnlyAims(whole);
      if (closing && !willOnly) {
        const role = closing.tense === 'result' ? 'actual' : 'target';
        // In a plan for one year, a later deadline (到2025年) dates its own sentence only: the next
        // sentence without a year of its own is the plan year's again.
        // 今后五年 opens a span the next sentences plan for (…主要目标是：。其中，地区生产总值年均增长5%).
        // So does a deadline past the horizon of a plan for several years (冀至2035年… in news of the 十五五 纲要, due 2030).
        const ownSentenceOnly =
          role === 'target' &&
          closing.year !== null &&
          year !== null &&
          closing.year > year &&
          dates.targetYear !== null &&
          closing.year > dates.targetYear &&
          !closing.span &&
          // (Only in a plan for several years and a year or two past its span: a yearly plan's 到2030年, and a vision year,
          // 到2035年 in a 十五五 纲要, date their own sentence whatever opens.)
          !(dates.targetYear > year && closing.year - dates.targetYear <= 2 && DEADLINE_OPENS_PARAGRAPH.test(opening));
        passage = {
          role,
          year: ownSentenceOnly ? (role === partPassage.role ? partPassage.year : null) : (closing.year ?? (role === passage.role ? passage.year : null)),
        };
        // Only a lead-in (初步预计，…) or a sentence of no figure under an estimate word gives its paragraph's later
        // results as estimates: 预计全省地区生产总值增长5.7%。新兴产业增长20%以上。 estimates the first only (Decisions 3).
        const leadIn = closing.estimate && (!stated || ESTIMATE_LEAD_IN.test(whole));
        if ((leadIn || estimatesBelow) && role === 'actual') passage.estimate = true;
        if (role === 'target') reviewOpen = false;
        if (role === 'target') estimatesBelow = false;
      }
      if ((newParagraph || i === 0) && !reviewHere) {
        const opened = goalsHorizonOpened(opening, closing, year);
        if (opened !== null) horizon = opened;
      }
      if (reviewOpen) horizon = null;
      // 过去五年是…的五年。五年来，…: a sentence inside a paragraph of no figures yet that opens a review of a span
      // (一年来, 过去一年, 过去五年, 五年来) and states none opens it for the paragraphs after it, as a paragraph's opening
      // does — its opening governs a 目标 named later in it (完善…建设目标体系). Not after a figure in its paragraph
      // (…增长7%。过去一年极不平凡。), nor a bare 去年 (去年受疫情影响较大), nor a sentence that turns to aims (…，今年要…).
      if (!newParagraph && i > 0 && !stated && !paragraphStated) {
        const opens = SPAN_REVIEW_OPENING.test(whole) && !SENTENCE_TURNS_TO_PLAN.test(whole);
        const reviewed = opens ? reviewOpened(whole, linesPlanYear, dates.dated || dates.partGone) : undefined;
        if (reviewed !== undefined) {
          reviewOpen = true;
          reviewOfFive = FIVE_YEAR_SPAN.test(whole);
          passage = { role: 'actual', year: closesPeriod(whole, year) ? year : reviewed };
        }
      }
      if (passage.role === 'actual' && ESTIMATES_BELOW.test(whole)) {
        estimatesBelow = true;
        passage = { ...passage, estimate: true };
      }
      paragraphStated = stated || (paragraphStated && !newParagraph);
      if (mention?.standing.length) standing = unique([...standing, ...mention.standing]);
    });
    if (block && taskId) {
      const lists = mentions.filter((m): m is DepartmentMention => m !== null);
      const leads = lists.length === 0 ? [] : unique(lists.flatMap((m) => m.leads)); // most items name no list
      const content = clean.text.slice(region.start, region.end).trim();
      const contentOffset = region.start + clean.text.slice(region.start, region.end).indexOf(content);
      out.tasks.push({
        id: taskId,
        number: block.number,
        section,
        title: block.title,
        content,
        leads,
        partners: unique([...lists.flatMap((m) => m.partners), ...standing]).filter((p) => !leads.includes(p)),
        span: originalSpan(clean, block.start, contentOffset + content.length),
        targetIds,
        year,
        source: 'body',
      });
      const named = groupDepartments(clean.text.slice(region.start, region.end));
      if (named) answerForLastItems(out, named.count, named.list);
    }
  }
}

/** 4项目标的责任单位均为X after a list of items: X answers for the targets of the last 4 items that name no one. */
function answerForLastItems(out: Collector, count: number, list: { leads: string[]; partners: string[] }): void {
  const items = out.tasks.filter((t) => t.source === 'body').slice(-count);
  const ids = new Set(items.flatMap((t) => t.targetIds));
  for (const target of out.targets) {
    if (!ids.has(target.id) || target.leads.length > 0) continue;
    target.leads = list.leads;
    target.partners = list.partners;
  }
  for (const task of items) {
    if (task.leads.length > 0) continue;
    task.leads = list.leads;
    task.partners = list.partners;
  }
}

/** Words of a row that names a rate or a proportion (利润率, 比重, 占比): a percentage of it is a level, minus or not. */
const RATE_OR_SHARE = /率|比重|占|比例|系数|指数|贡献/;
/**
 * 单位GDP能源消耗 | % | -3.92: a percentage written with a minus sign, in a row that names an amount and no rate or
 * proportion, is the amount's change (an amount in % cannot be below zero).
 */
function negativeChange(written: string, value: number, dimension: string): boolean {
  return value < 0 && dimension === 'percent' && !RATE_OR_SHARE.test(written);
}

/** A row name that ends on an amount (增加值, 总产值, 零售总额, 一般公共预算收入): a sum, never a percentage of itself. */
const AMOUNT_NAME = /(?:增加值|产值|生产总值|零售总额|零售额|总额|收入|营收|投资|利润|税收|出口|销售额)$/;
/**
 * 增加值 | 6%以上 | 16.7%: a percentage the cell writes itself, in a row that names an amount (no rate or proportion
 * word, no % unit of the row's own), is the amount's change — a monitoring table's 年度目标 and 上半年完成.
 */
function amountChange(row: IndicatorRow, cellUnit: string | null): boolean {
  const name = row.written.replace(/^#/, '');
  return cellUnit === '%' && unitInfo(row.unit).dimension !== 'percent' && AMOUNT_NAME.test(name) && !RATE_OR_SHARE.test(name);
}

/** A rank column's cell (全省排名 | 4): the place the row's measure reached, named as the row writes it (地区生产总值增长). */
function rankActual(id: string, row: IndicatorRow, cell: IndicatorCell, span: Span, where: { quote: string; quoteSpan: Span }): Actual {
  const year = cell.column.year;
  return {
    id,
    metric: row.written,
    metricKey: classifyMetric(row.written, '').metricKey,
    kind: 'rank',
    value: cell.value,
    decline: false,
    ...unitInfo('位'),
    period: { year, label: year ? `${year}年` : '' },
    ...(cell.column.rankScope ? { rankScope: cell.column.rankScope } : {}),
    span,
    ...where,
  };
}

/** A row whose name is itself a change in % (单位地区生产总值能耗降低, 碳排放下降): its 〔累计〕 cells are that change. */
const namesChange = (row: IndicatorRow): boolean => row.unit === '%' && classifyMetric(row.written, '%').kind === 'growth';

/**
 * A row whose name is a rate (城镇调查失业率, 森林覆盖率: no growth), that sets no level of its own in a year's column, and
 * whose cell under a growth column carries a bound sign (<5.5, ≥95): a ceiling or floor on the rate itself, not a yearly
 * growth of it. (A rate with its level in the 2025 column, 城镇化率 | 65 | >1, or a share not named a rate, 研发经费投入
 * 强度 | ≥0.1, or an amount in %, 地区生产总值 | >6: the cell is the yearly change.)
 */
const rateItself = (row: IndicatorRow, cell: IndicatorRow['cells'][number]): boolean =>
  row.unit === '%' &&
  cell.comparator !== '=' &&
  cell.comparator !== '~' &&
  RATE_NAME.test(row.metric) &&
  !row.cells.some((c) => c !== cell && c.column.role === 'target') &&
  classifyMetric(row.written, '%').kind === 'share';
/** A name ending in a rate's word (失业率, 覆盖率, 达标率): a level in %, never an amount. */
const RATE_NAME = /率$/;

/** A 〔累计〕 cell's kind (corpus Decisions 34): a rate's change in 百分点 is a share, an amount's an increment. */
const cumulativeKind = (dimension: string): Target['kind'] => (dimension === 'percentage-point' ? 'share' : 'increment');

/** An indicator table's cells: 目标值/年均增长 as targets (with the row's 属性), 基期值/预计值 as results. */
function readIndicatorTable(clean: MappedText, table: IndicatorTable, out: Collector): void {
  for (const row of table.rows) {
    const quoteSpan = originalSpan(clean, row.start, row.end);
    const quote = clean.text.slice(row.start, row.end);
    for (const cell of row.cells) {
      if (cell.column.role === 'rank') {
        const id = nextId('a', out.actuals);
        out.actuals.push(rankActual(id, row, cell, originalSpan(clean, cell.start, cell.end), { quote, quoteSpan }));
        continue;
      }
      // A 〔累计〕 cell is the change over the whole period, in the row's own unit (百分点 for a rate): no yearly growth.
      // (A rate that is no growth under 年均[累计], 城镇调查失业率 | <5.5, is a bound on the rate itself for each year.)
      // (A rate's row under a results table's 目标（%） beside its growth column: the rate's own level aimed at, 森林覆盖率 62.)
      const growth =
        cell.column.role === 'growth' && !cell.cumulative && !rateItself(row, cell) && !(cell.column.goalBesideGrowth && RATE_NAME.test(row.metric));
      // A growth column is in % unless a cell says 百分点; a cell's own unit wins over the row's, the row's over
      // the one its column's header writes (上半年完成(%)).
      // (A completion ratio's column writes its % for every row, whatever unit the row's own figures are in.)
      const cellUnit = cell.unit ?? (cell.column.completionRatio || row.unit === '' ? (cell.column.unit ?? null) : null);
      // (A rate's change over the period is in 百分点; a row that names a change, 能耗降低（%）, keeps its %.)
      const written = cellUnit ?? (growth ? '%' : cell.cumulative && row.unit === '%' && !namesChange(row) ? '百分点' : row.unit);
      // A 比重 column names what its cells measure (城镇 | 25 → 城镇比重: a share).
      const named = row.written + (cell.column.metricSuffix ?? '');
      const meaning = classifyMetric(growth ? `${row.metric}年均增长` : named, written);
      const unit = unitInfo(written);
      const change = growth ? unit.dimension === 'percent' : negativeChange(row.written, cell.value, unit.dimension) || amountChange(row, cellUnit);
      // (A completion ratio, 完成进度 52.9%, is the share of the target reached: no change of the metric.)
      const kind = cell.column.completionRatio
        ? 'share'
        : change
          ? 'growth'
          : cell.cumulative && !namesChange(row)
            ? cumulativeKind(unit.dimension)
            : meaning.kind;
      const span = originalSpan(clean, cell.start, cell.end);
      // (A table of results reports its changes, yearly or over the period: 五年累计 in 过去五年 is what was done — unless
      // its row has an attribute, 预期性/约束性, which only a plan's target has.)
      const reported =
        (table.results || cell.column.reported === true) && (growth || (cell.column.role === 'growth' && (!row.attribute || cell.column.periodOver === true)));
      const result = cell.column.role === 'base' || cell.column.role === 'estimate' || reported;
      // (A column of a table split among places names its place before the metric: 张家港地区生产总值, Decisions 29.)
      const metric = placeNamed(cell.column) + row.metric + (cell.metricSuffix ?? '');
      if (result) {
        const year = cell.column.year ?? null;
        out.actuals.push({
          id: nextId('a', out.actuals),
          metric,
          metricKey: cell.column.completionRatio ? completionRatioKey(row) : meaning.metricKey,
          kind,
          value: cell.value,
          decline: meaning.decline,
          unit: unit.unit,
          dimension: unit.dimension,
          factor: unit.factor,
          period: cell.column.months
            ? { year, fromMonth: cell.column.months.from, toMonth: cell.column.months.to, label: cell.column.months.label }
            : { year, label: year ? `${year}年` : '' },
          ...(cell.column.role === 'estimate' ? { estimate: true } : {}),
          span,
          quote,
          quoteSpan,
        });
        continue;
      }
      out.targets.push({
        id: nextId('t', out.targets),
        metric,
        metricKey: meaning.metricKey,
        kind,
        comparator: cell.comparator,
        value: cell.value,
        max: cell.max,
        decline: meaning.decline,
        unit: unit.unit,
        dimension: unit.dimension,
        factor: unit.factor,
        span,
        quote,
        quoteSpan,
        leads: row.leads ?? [],
        partners: row.partners ?? [],
        year: cell.column.year,
        ...(row.attribute ? { attribute: row.attribute } : {}),
      });
    }
  }
}

/** A target cell that names no measure of its own: a change or bound and its number (增长6%左右, ≥95%). */
const NAMELESS_CELL = /^(?:同比|年均)?(?:增长|下降|提高|降低|增速|达到|突破|超过|不低于|不少于|不高于|不超过|控制在|保持在|稳定在|[\d≥≤<>＞＜])/;

/** A target cell that is a figure and nothing else (186, 低于4.1, 95以上): no unit, no verb. */
const BARE_FIGURE = /^(低于|不高于|不超过|高于|超过|不低于|不少于|达到|≥|≤|>|<|约)?(-?\d+(?:\.\d+)?)(以上|以下|以内|左右)?$/;
const BARE_CUE: Readonly<Record<string, Target['comparator']>> = {
  低于: '<=',
  不高于: '<=',
  不超过: '<=',
  '≤': '<=',
  '<': '<=',
  以下: '<=',
  以内: '<=',
  高于: '>',
  超过: '>',
  '>': '>',
  不低于: '>=',
  不少于: '>=',
  达到: '>=',
  '≥': '>=',
  以上: '>=',
  约: '~',
  左右: '~',
};

/**
 * The kind of a figure without a unit, from its row's name: a rate or proportion (完成率, 失业率, 比重) is a
 * share, an addition (新增贷款额, 城镇新增就业人数) an increment, things counted (重大项目, 孵化载体) a count.
 */
function bareKind(name: string, fallback: Target['kind']): Target['kind'] {
  if (/(?:率|比重|占比|比例)$/.test(name)) return 'share';
  if (/新增|净增/.test(name)) return 'increment';
  if (/(?:项目|载体|企业|平台|中心|园区|基地)$/.test(name)) return 'count';
  return fallback;
}

/**
 * A row whose target cell is a bare figure (全社会固定资产投资额 | 186, a 考核 table whose columns
 * carry no unit): the row's name is what it measures, and the figure has no unit (a measure
 * given without one is still a target). Null for any cell with words or a unit of its own.
 */
function readBareFigure(row: MappedRow, year: number | null, section: string, taskId: string): Target | null {
  const written = row.contentMapped.text.replace(/\s+/g, '');
  const m = BARE_FIGURE.exec(written);
  if (!m) return null;
  const meaning = classifyMetric(row.taskMapped.text.replace(/\s+/g, ''));
  const unit = unitInfo(meaning.unit); // a unit in brackets after the name (…（亿元）), else none
  const at = row.contentMapped.text.indexOf(m[2]!);
  return {
    id: '',
    metric: meaning.metric,
    metricKey: meaning.metricKey,
    kind: bareKind(row.taskMapped.text, meaning.kind),
    comparator: BARE_CUE[m[3] ?? ''] ?? BARE_CUE[m[1] ?? ''] ?? '=',
    value: Number(m[2]),
    max: null,
    decline: meaning.decline,
    unit: unit.unit,
    dimension: unit.dimension,
    factor: unit.factor,
    span: originalSpan(row.contentMapped, at, at + m[2]!.length),
    quote: [row.task.text, row.content.text, row.leadText.text].filter(Boolean).join('\t'),
    quoteSpan: row.span,
    leads: row.leads,
    partners: row.partners,
    year,
    section,
    taskId,
  };
}

function readRow(row: MappedRow, year: number | null, out: Collector): void {
  const taskId = `r${row.number.padStart(2, '0')}`;
  const section = `表 ${row.number}`;
  const targetIds: string[] = [];
  // An indicator-style row (地区生产总值 | 增长6%左右 | 区发改局): the name cell is what the target cell measures.
  const named = NAMELESS_CELL.test(row.contentMapped.text) && row.taskMapped.text !== '';
  const content = named ? joinMapped([row.taskMapped, row.contentMapped]) : row.contentMapped;
  const bare = row.taskMapped.text === '' ? null : readBareFigure(row, year, section, taskId);
  if (bare) {
    out.targets.push({ ...bare, id: nextId('t', out.targets) });
    targetIds.push(bare.id);
  }
  for (const sentence of bare ? [] : splitSentences(content.text)) {
    const mapped = sliceMapped(content, sentence.start, sentence.end);
    targetIds.push(
      ...out.read(mapped, mapped.text.length, {
        year,
        review: false,
        role: 'target',
        passageYear: null,
        targetYear: year,
        section,
        taskId,
        leads: row.leads,
        partners: row.partners,
      }),
    );
  }
  if (row.resultsMapped) readRowResults(row.resultsMapped, year, section, taskId, out);
  out.tasks.push({
    id: taskId,
    number: row.number,
    section,
    title: row.group ? `${row.group} / ${row.task.text}` : row.task.text,
    content: row.content.text,
    leads: row.leads,
    partners: row.partners,
    span: row.span,
    targetIds,
    year,
    source: 'table',
  });
}

/**
 * A progress sheet's 完成情况 cell (全年GDP预计增长4.5%左右, 2020年新签约项目22个): what was done in the
 * table's year, read as a review is — its figures are results, not targets, whatever cue they carry.
 */
function readRowResults(results: MappedText, year: number | null, section: string, taskId: string, out: Collector): void {
  for (const sentence of splitSentences(results.text)) {
    const mapped = sliceMapped(results, sentence.start, sentence.end);
    out.read(mapped, mapped.text.length, {
      year,
      review: true,
      role: 'actual',
      passageYear: year,
      targetYear: year,
      section,
      taskId,
      leads: [],
      partners: [],
    });
  }
}

function partAt(parts: readonly Part[], offset: number): Part | undefined {
  // Parts are ordered by start and each ends at or before the next one's start: only the last one
  // starting at or before `offset` can hold it.
  const p = parts[firstStartingAfter(parts, offset) - 1];
  return p && offset < p.end ? p : undefined;
}

/**
 * The first of `spans` (in their order) holding each offset asked, for offsets asked in ascending
 * order: the spans that have started wait in a heap by their place in `spans`, and those that ended
 * are dropped as they reach its top — so many spans and many regions stay near linear, where a
 * search of all spans per region would be quadratic.
 */
function firstHoldingInOrder<S extends { start: number; end: number }>(spans: readonly S[]): (at: number) => S | undefined {
  const byStart = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const heap: number[] = [];
  let next = 0;
  return (at) => {
    for (; next < byStart.length && spans[byStart[next]!]!.start <= at; next++) heapPush(heap, byStart[next]!);
    while (heap.length > 0 && spans[heap[0]!]!.end <= at) heapPop(heap);
    return heap.length > 0 ? spans[heap[0]!] : undefined;
  };
}

/** Adds `value` to a binary min-heap of numbers. */
function heapPush(heap: number[], value: number): void {
  let i = heap.push(value) - 1;
  while (i > 0 && heap[(i - 1) >> 1]! > heap[i]!) {
    const up = (i - 1) >> 1;
    [heap[up], heap[i]] = [heap[i]!, heap[up]!];
    i = up;
  }
}

/** Removes the least number of a binary min-heap. */
function heapPop(heap: number[]): void {
  const last = heap.pop()!;
  if (heap.length === 0) return;
  heap[0] = last;
  for (let i = 0; ;) {
    const l = 2 * i + 1;
    const least = l + 1 < heap.length && heap[l + 1]! < heap[l]! ? l + 1 : l;
    if (least >= heap.length || heap[i]! <= heap[least]!) return;
    [heap[least], heap[i]] = [heap[i]!, heap[least]!];
    i = least;
  }
}

/**
 * Whether the preamble, a block's region (ordered, apart) or the last region added holds `at`: the
 * regions a part's own region would repeat. A binary search, so many parts stay linear.
 */
function regionHolds(preamble: Region, blockRegions: readonly Region[], last: Region, at: number): boolean {
  return holds(preamble, at) || holds(blockRegions[firstStartingAfter(blockRegions, at) - 1], at) || holds(last, at);
}
/** `r` holds `at`. (Module-level: regionHolds is asked per sentence, and a named closure costs under tsx's keepNames.) */
const holds = (r: Region | undefined, at: number): boolean => r !== undefined && r.start <= at && at < r.end;

/** A sentence of another language's prose: no Chinese character, and words of Latin letters (a page's English translation). */
function isForeignProse(text: string): boolean {
  return !/[\u4e00-\u9fff]/.test(text) && /[A-Za-z]{3,}(?:[\s,]+[A-Za-z]{2,}){3,}/.test(text);
}

/**
 * 一、发展基础, 一、产业发展现状, 一、发展基础与面临形势: a multi-year plan's chapter on what it builds on, which
 * reports results — not a task to lay one (夯实发展基础, 筑牢…基础), which plans.
 */
const GROUNDWORK =
  /^(?![^\n]*(?:夯实|筑牢|巩固|打牢|强化|厚植|奠定|提升|增强|打好|筑实))[\u4e00-\u9fff“”"]{0,8}?(?:发展|现实|工作)(?:基础|现状)(?:[与和及、][\u4e00-\u9fff]{1,10})?$/;
/** A top-level heading that reviews (一、认真总结成绩…, 一、过去一年的工作, 一、今年以来工作情况, 一、发展基础) and does not turn to the plan. */
const REVIEW_HEADING = new RegExp(`${REVIEW.source}|成绩|成就|过去(?:的)?一年|一年来|过去(?:的)?五年|五年来|(?:今年|年初)以来|${GROUNDWORK.source}`);
const PLAN_HEADING_WORDS = /安排|部署|打算|目标|任务|思路|要求|重点|措施|举措|意见|建议/;

/**
 * Where top-level headings that review stand, each to the next top-level heading: the blocks
 * there report results, as a review part's do, until a cue of planning.
 */
function reviewHeadingSpans(blocks: readonly Block[], bodyEnd: number, planYear: number | null): ReviewSpan[] {
  const tops = blocks.filter((b) => b.level === 1);
  const spans = tops.flatMap((b, i) => {
    if (!(REVIEW_HEADING.test(b.title) || namesPastYear(b.title, planYear)) || PLAN_HEADING_WORDS.test(b.title)) return [];
    const span: ReviewSpan = { start: b.start, end: tops[i + 1]?.start ?? bodyEnd };
    const months = monthsSoFarOfPlanYear(b.title, planYear);
    if (months) span.months = months;
    if (months || YEAR_SO_FAR_HEADING.test(b.title)) span.yearUnderWay = true;
    return [span];
  });
  return spans;
}

/**
 * A heading that names the work done, then what it brought, its subject before its verb (兜底线、解难题，民生福祉持续增进;
 * 抓项目、扩投资，发展动能显著增强): a work report's review of a field, at any level of heading. A plan heading puts the verb
 * first (持续增进民生福祉) or works toward the outcome (推动经济持续向好), and a five-year plan's goal names the outcome alone
 * (综合实力进一步增强), with no work before it.
 */
const WORK_THEN_OUTCOME =
  /[，,](?![^，,]{0,40}?(?:推动|推进|促进|实现|确保|力争|争取|加快|着力|努力|进一步|更加))[\u4e00-\u9fff“”"]{2,12}?(?:持续|显著|明显|不断|稳步|大幅|全面|日益|有效|稳定)(?:增进|提升|增强|改善|提高|优化|巩固|扩大|向好)$/;
/**
 * What turns a text to the work ahead before a heading (2025年，全市将重点抓好以下工作：, 二、2024年工作安排, 主要预期目标): the
 * headings after it are the plan's, whatever their shape.
 */
const PLAN_AHEAD_BEFORE =
  /(?:将|要)[^。！？\n]{0,12}?(?:以下|如下|下列)[^。！？\n]{0,8}(?:工作|任务|事项)|工作(?:安排|打算|计划|要点)|预期目标|总体要求|总体思路/;
/**
 * The blocks headed so (WORK_THEN_OUTCOME), each to the next heading of its level or above — not in a text titled a plan (the
 * caller's titledPlan: 某县2024年工作要点 heads its fields 抓项目、扩投资，发展后劲持续增强 too), nor under a heading of the plan
 * or after a line turning to the work ahead (PLAN_AHEAD_BEFORE).
 */
function workThenOutcomeSpans(text: string, blocks: readonly Block[], bodyEnd: number): ReviewSpan[] {
  return blocks.flatMap((b, i) => {
    if (!WORK_THEN_OUTCOME.test(b.title)) return [];
    if (PLAN_AHEAD_BEFORE.test(text.slice(0, b.start))) return [];
    const next = blocks.slice(i + 1).find((later) => later.level <= b.level);
    return [{ start: b.start, end: next?.start ?? bodyEnd }];
  });
}

/**
 * The months so far a heading names (1—6月, 1-9月, 上半年, 前三季度), after its year if it writes one. (The year takes the
 * spaces after it: spaces before the months, tried from each space of a long run, were read to the run's end from each.)
 */
const MONTHS_SO_FAR = /(?:(\d{4})\s*年\s*)?((?<!\d)1\s*[-—–~至]\s*(1?\d)\s*月|上半年|前三季度|一季度)/;
const MONTHS_OF_WORD: ReadonlyMap<string, number> = new Map([
  ['上半年', 6],
  ['前三季度', 9],
  ['一季度', 3],
]);

/**
 * 一、关于2007年1—6月国民经济和社会发展计划执行情况 in a 2007 report: a review of the plan year's months so
 * far (a mid-year report), not of the year before. Undefined for a heading of a past year or of no months.
 */
function monthsSoFarOfPlanYear(title: string, planYear: number | null): Period | undefined {
  const m = MONTHS_SO_FAR.exec(title);
  if (!m || planYear === null || (m[1] !== undefined && Number(m[1]) !== planYear)) return undefined;
  const toMonth = m[3] !== undefined ? Number(m[3]) : MONTHS_OF_WORD.get(m[2]!)!;
  if (toMonth < 1 || toMonth > 11) return undefined;
  return { year: planYear, fromMonth: 1, toMonth, label: m[2]!.replace(/\s+/g, '') };
}

/**
 * A sheet reporting progress on the plan year's targets over its months so far, named at its head
 * (2025年…目标任务上半年推进情况汇总表, 1-9月重点工作完成情况表): each row states a target and, beside it, what
 * those months brought.
 */
const PROGRESS_SHEET_TITLE =
  /(?:上半年|前三季度|[一二三]季度|(?<!\d)1\s*[-—–~至]\s*1?\d\s*月份?)[^。，\n]{0,6}?(?:推进|完成|落实|执行|进展)情况(?:汇总|统计|一览)?表/;
/** 同比增长2.9%, 同比下降3%: a change against the same months of last year, which only a result states. */

/** The months so far a progress sheet's head names, of the plan year; undefined for any other text. */
function progressSheetMonths(text: string, planYear: number | null): Period | undefined {
  const title = PROGRESS_SHEET_TITLE.exec(text.slice(0, 400));
  return title ? monthsSoFarOfPlanYear(title[0], planYear) : undefined;
}

/**
 * A span of text that reports results; `yearUnderWay`: its heading reviews part of the year under way (上半年工作总结);
 * `months`: the months of the plan year it names (1—6月), which date its results.
 */
interface ReviewSpan {
  start: number;
  end: number;
  yearUnderWay?: true;
  months?: Period;
}

/** 一、上半年工作总结, 一、前三季度工作情况: a review of the year so far, not of the year before. */
const YEAR_SO_FAR_HEADING = /上半年|前三季度|[一二三]季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|今年以来/;

/** The year a review span's results belong to: the year before the plan's, or the plan's own under 上半年工作总结. */
function reviewedYear(span: ReviewSpan, dates: PlanDates): number | null {
  if (dates.year === null || dates.reportsOnly) return dates.year;
  return span.yearUnderWay ? dates.year : dates.year - 1;
}

/**
 * A line that leads into the items of a review (一年来，主要做了八个方面工作：, 过去一年，我们重点抓了以下工作：, also
 * with a clause of praise before its colon: …做了以下七个方面的工作，交出一份…答卷：): the items under it report
 * results, up to a line that turns to the plan (今年, 2026年工作安排, 主要预期目标…).
 */
const REVIEW_LEAD =
  /^[ \t\u3000]*(?:一年来|(?:刚刚)?过去(?:的)?一年|\d{4}年以来)[，,][^。\n]{0,24}?(?:做了|抓了|开展了|推进了)[^。\n]{0,16}?工作(?:[，,][^。，,：:\n]{0,20})?[：:][ \t\u3000]*$/gm;
const TURN_TO_PLAN = /^[^\n]{0,30}?(?:今年|明年|新的一年|工作安排|预期目标|总体要求|总体思路是)/m;

function reviewLeadSpans(text: string, bodyEnd: number): ReviewSpan[] {
  // The turn is looked for once and shared by every lead before it: searched for from each lead in a copy of the rest,
  // leads line after line with no turn were read to the body's end from each.
  const nextTurn = stopFinder(text.slice(0, bodyEnd), new RegExp(TURN_TO_PLAN.source, 'gm'));
  return matchesOf(REVIEW_LEAD, text).map((m) => {
    const start = m.index + m[0].length;
    const turn = nextTurn(start);
    return { start, end: turn >= 0 ? turn : bodyEnd };
  });
}

/**
 * A line of news or a digest saying the report looked back on the year past (《政府工作报告》首先回顾了过去一年我国…取得的
 * 辉煌成就): the lines under it report that year's results, though the text names no year, up to a line that turns to
 * the plan (TURN_TO_PLAN, or a digest's 展望未来 / 新一年 / …目标 heading). Not a line that turns there itself
 * (报告回顾了过去一年的工作，提出今年…).
 */
const REPORT_LOOKED_BACK = /^[^\n]{0,20}?报告[^。；\n]{0,6}?回顾(?:总结)?了?(?:过去(?:的)?一年|一年来)[^。；\n]{0,30}?(?:成绩|成就|成效|工作)[^\n]*$/gm;
const DIGEST_TURNS_AHEAD = /^[^\n]{0,30}?(?:展望|新的?一年|目标[：:]?[ \t\u3000]*$)/m;
/**
 * A line that ends a year heading's results: one that turns to the plan (今年…, 展望未来, …目标：) or opens with a year of the
 * plan or later (2025年工作打算, 2025年全县上下要…).
 */
function turnsFromHeading(opening: string, planYear: number | null): boolean {
  if (TURN_TO_PLAN.test(opening) || DIGEST_TURNS_AHEAD.test(opening)) return true;
  const year = /^[\s\u3000]*((?:19|20)\d{2})\s*年/.exec(opening);
  return year !== null && planYear !== null && Number(year[1]) >= planYear;
}

function reportLookedBackSpans(text: string, bodyEnd: number): ReviewSpan[] {
  const body = text.slice(0, bodyEnd);
  // Each kind of turn is looked for once per stretch and shared by every line before it: a turn of one kind right
  // after each line once sent the other kind's search to the body's end from each line (and copied the rest each time).
  const nextTurns = [TURN_TO_PLAN, DIGEST_TURNS_AHEAD].map((turn) => stopFinder(body, new RegExp(turn.source, 'gm')));
  return matchesOf(REPORT_LOOKED_BACK, body).flatMap((m) => {
    if (SENTENCE_TURNS_TO_PLAN.test(m[0])) return [];
    const start = m.index + m[0].length;
    const turns = nextTurns.map((next) => next(start)).filter((at) => at >= 0);
    return [{ start, end: turns.length > 0 ? Math.min(...turns) : bodyEnd }];
  });
}

/**
 * A chapter title whose 成就 or 成绩 is the object of a task (巩固拓展脱贫攻坚成就, 让人民共享发展成就) or a verb itself
 * (成就出彩人生): the chapter sets work, it does not review.
 */
const ACHIEVEMENT_AS_TASK =
  /(?:巩固|拓展|共享|增进|推进|推动|加快|加强|建设|打造|激发|扩大|维护|保障|夯实|筑牢|厚植|提升|增强|奠定)[^\n]{0,12}?(?:成就|成绩)|(?:成就|成绩)(?![与和及、])[\u4e00-\u9fff]/;

/**
 * An unnumbered heading line of a year before the plan's and what it brought (2024年全市上下奋发进取 交出了一份…成绩单,
 * 2024年工作回顾 without 一、): the lines under it report that year's results, up to a line that turns to the plan.
 */
const PAST_YEAR_HEADING_WORDS = '成绩单|答卷|工作回顾';
const PAST_YEAR_HEADING = new RegExp(
  `^[ \\t\\u3000${BULLET_MARKS}]*((?:19|20)\\d{2})\\s*年[^。！？；;\\n]{0,40}?(?:${PAST_YEAR_HEADING_WORDS})[ \\t\\u3000]*$`,
  'gm',
);
/** Whether a text holds a word PAST_YEAR_HEADING ends on: most hold none, and the heading pattern is tried at every line. */
const PAST_YEAR_HEADING_WORD = new RegExp(PAST_YEAR_HEADING_WORDS);
/** Whether a text holds a word PAST_PERIOD_HEADING ends on, after a period's 五 (“十三五”…回顾). */
const PAST_PERIOD_HEADING_WORD = /五[^\n]{0,20}?(?:回顾|成就|成绩)/;

/**
 * An unnumbered heading line of a plan period and what it brought (“十三五”时期工作回顾, “十二五”时期经济社会发展回顾, “十四五”时期
 * 重大成就): like a past year's heading, once the period has ended before the plan's year, the lines under it — numbered fields
 * of the review too, （一）经济高质量发展成效显著 — report its results, up to a line that turns to the plan. (Numbered, 一、“十三五”
 * 主要成就, it is a top-level review heading already; a chapter's, 第一节 “十三五”发展成就, a review chapter.)
 */
const PAST_PERIOD_HEADING = new RegExp(
  `^[ \\t\\u3000${BULLET_MARKS}]*[“"‘]?(${PERIOD_NAMES})[”"’]?(?:规划)?(?:时期|期间)?[^。！？；;，,：:\\n\\d]{0,16}?(?:工作回顾|回顾|成就|成绩)[ \\t\\u3000]*$`,
  'gm',
);

/** The last year of the plan period a heading line names (PAST_PERIOD_HEADING's first group). */
const periodLast = (name: string): number => PERIOD_YEARS.get(name)!.last;

function pastYearHeadingSpans(text: string, bodyEnd: number, planYear: number | null): ReviewSpan[] {
  const yearHeadings = PAST_YEAR_HEADING_WORD.test(text);
  const periodHeadings = PAST_PERIOD_HEADING_WORD.test(text);
  if (planYear === null || !(yearHeadings || periodHeadings)) return [];
  const body = text.slice(0, bodyEnd);
  // (One search for the turn, shared by the headings before it: see reviewLeadSpans.)
  const nextTurn = stopFinder(body, new RegExp(TURN_TO_PLAN.source, 'gm'));
  const years = yearHeadings ? matchesOf(PAST_YEAR_HEADING, body).map((m) => ({ m, last: Number(m[1]) })) : [];
  const periods = periodHeadings ? matchesOf(PAST_PERIOD_HEADING, body).map((m) => ({ m, last: periodLast(m[1]!) })) : [];
  return [...years, ...periods].flatMap(({ m, last }) => {
    if (last >= planYear) return [];
    const start = m.index + m[0].length;
    const turn = nextTurn(start);
    return [{ start, end: turn >= 0 ? turn : bodyEnd }];
  });
}

/** A report's second top-level heading, on the plan year's work: 二、2024年工作安排, 二、今年重点工作 (not 二、2023年工作回顾). */
const SECOND_PART_ON_PLAN_YEAR = /^[ \t\u3000]*二、[ \t\u3000]*(?:(\d{4})\s*年|今年|新的一年)[^\n]{0,24}$/;

/**
 * A page of a report that opens inside its part one, the review, cut from its heading (…城镇居民人均可支配收入达到38500元，增长6.8%。⏎
 * 二、2024年工作安排): the text before 二、 on the plan year's work is that review's tail, and reports the year before the plan's.
 * Not a page opening inside the aims of a term or a period before that part (termAimsDue), nor one whose first heading is 一、,
 * 三、 (part two may be a term's aims) or a review, nor a text with no plan year.
 */
function reviewTailSpans(text: string, outline: Outline, planYear: number | null, preambleDue: number | null): ReviewSpan[] {
  if (planYear === null || preambleDue !== null) return [];
  const first = Math.min(outline.blocks[0]?.start ?? outline.bodyEnd, outline.parts[0]?.start ?? outline.bodyEnd);
  if (first <= 0 || first >= outline.bodyEnd) return [];
  const lineEnd = text.indexOf('\n', first);
  const heading = SECOND_PART_ON_PLAN_YEAR.exec(text.slice(first, lineEnd === -1 ? outline.bodyEnd : lineEnd));
  if (!heading || REVIEW.test(heading[0]) || (heading[1] !== undefined && Number(heading[1]) !== planYear)) return [];
  return [{ start: 0, end: first }];
}

/**
 * A plan's chapter or section heading on a line of its own: 第一章 发展基础, 第二节 “十三五”发展成就. Its title opens after
 * the spaces (a heading of spaces alone keeps the last of them as its title): a title that could open with them split a
 * long run of them three ways, before the title, in it and after it.
 */
const CHAPTER_LINE = /^[ \t\u3000]*第[一二三四五六七八九十]{1,3}([章节])[ \t\u3000]*([^ \t\u3000\n][^\n]{0,29}?|[ \t\u3000](?=$))[ \t\u3000]*$/gm;

/**
 * A chapter or section of a five-year or special plan whose heading reviews (第一章 发展基础, 第一节 发展成就), up
 * to the next heading of its rank or above (a section ends at the next 节 or 章, a chapter at the next 章): its
 * results are the year's before the plan, as under 一、发展基础.
 */
function reviewChapterSpans(text: string, bodyEnd: number): ReviewSpan[] {
  if (!text.includes('第')) return [];
  const headings = matchesOf(CHAPTER_LINE, text.slice(0, bodyEnd)).map((m) => ({ start: m.index, chapter: m[1] === '章', title: m[2]! }));
  return headings.flatMap((h, i) => {
    if (!REVIEW_HEADING.test(h.title) || PLAN_HEADING_WORDS.test(h.title) || ACHIEVEMENT_AS_TASK.test(h.title)) return [];
    // (A loop, not a slice of the headings after it: a copy per heading would be quadratic.)
    let end = bodyEnd;
    for (let k = i + 1; k < headings.length; k++) {
      if (!headings[k]!.chapter && h.chapter) continue;
      end = headings[k]!.start;
      break;
    }
    return [{ start: h.start, end }];
  });
}

/**
 * A summary's line that turns to what comes next (明年, 下一步, 2024年工作打算, 二、下半年工作计划, 预期目标): the end of
 * its review. Not 今年, which in a summary is the year reviewed.
 */
const SUMMARY_TURNS =
  /^[^\n]{0,30}?(?:明年|新的一年|下一步|下步|下阶段|下半年(?:工作|重点|主要|的?打算|计划)|\d{4}\s*年(?:度)?[^\n。，]{0,10}?(?:打算|计划|思路|安排|设想|要点)|工作(?:打算|计划|思路|安排|设想)|预期目标|总体要求)/m;

/** A text titled as a summary of work (SUMMARY_TITLE) reviews from its start up to the line that turns to what comes next. */
function summarySpan(text: string, bodyEnd: number): ReviewSpan {
  const turn = SUMMARY_TURNS.exec(text.slice(0, bodyEnd));
  return { start: 0, end: turn ? turn.index : bodyEnd };
}

/** Regions outside numbered blocks cut where a review chapter starts and ends, so each side takes its own tense. */
function splitAtSpans(regions: readonly Region[], spans: readonly ReviewSpan[]): Region[] {
  if (spans.length === 0) return [...regions];
  const cuts = [...new Set(spans.flatMap((sp) => [sp.start, sp.end]))].sort((a, b) => a - b).map((start) => ({ start }));
  return regions.flatMap((r) => {
    if (r.block) return [r];
    const inside: number[] = [];
    for (let k = firstStartingAfter(cuts, r.start); k < cuts.length && cuts[k]!.start < r.end; k++) inside.push(cuts[k]!.start);
    const bounds = [r.start, ...inside, r.end];
    return bounds.slice(1).map((end, k) => ({ start: bounds[k]!, end }));
  });
}

const HEEDED_MEETING = /会议|全会|精神/;

/** 一、奋发有为，2018年迈出铿锵步伐 in a 2019 report: a heading about a year before the plan's reviews it. */
function namesPastYear(title: string, planYear: number | null): boolean {
  // 一、…深入贯彻2024年中央经济工作会议精神: the year of a meeting heeded, not the year reviewed.
  if (HEEDED_MEETING.test(title)) return false;
  const named = /((?:19|20)\d{2})\s*年/.exec(title);
  return planYear !== null && named !== null && Number(named[1]) < planYear;
}

function sectionName(block: Block, part: Part | undefined): string {
  return part ? `${part.heading} ${block.section}` : block.section;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/** The period of a result the sentence gives no date for: the plan's year (null when that is unknown too). */
function undatedPeriod(year: number | null): { year: number | null; label: string } {
  return year === null ? { year: null, label: '' } : { year, label: `${year}年` };
}
