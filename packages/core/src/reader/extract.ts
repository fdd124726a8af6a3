import { readStatements } from '../grammar/index.ts';
import type { Statement } from '../grammar/types.ts';
import type { Actual, Plan, PlanYearSource, RegionLevel, Target, Task } from '../model.ts';
import { cleanText } from './clean.ts';
import { trailingDepartments, type DepartmentMention } from './departments.ts';
import { readDocumentInfo } from './document-info.ts';
import { findRegion } from './regions.ts';
import { originalSpan, sliceMapped, type MappedText } from './mapped-text.ts';
import { splitSentences } from './sentences.ts';
import { readOutline, type Block, type Outline, type Part } from './structure.ts';
import { readMappedTable, type MappedRow } from './table.ts';

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
  const info = readDocumentInfo(clean.text);
  const outline = readOutline(clean.text);
  const table = options.part === 'table' ? readMappedTable(clean) : null;
  const tableYear = options.part === 'table' ? (table?.year ?? null) : null;
  const year = options.year ?? tableYear ?? info.year;
  const yearSource: PlanYearSource = options.year !== undefined ? 'option' : tableYear !== null ? 'table' : info.yearSource;
  // A region given by the caller brings its full name, level and parent when the gazetteer knows it.
  const known = options.region ? findRegion(options.region) : undefined;
  const region = known?.name ?? options.region ?? info.region ?? '';
  const collected = new Collector();

  if (options.part === 'table') {
    for (const row of table?.rows ?? []) readRow(row, year, collected);
  } else {
    readBody(clean, outline, year, collected);
  }

  const level = options.level ?? known?.level ?? info.level ?? 'city';
  const parentRegion = options.parentRegion ?? (options.region ? known?.parent : info.parentRegion);
  return {
    name: options.name ?? `${region || 'plan'}-${year ?? 'undated'}`,
    region,
    level,
    ...(parentRegion ? { parentRegion } : {}),
    year,
    yearSource,
    title: options.title ?? (options.part === 'table' && table?.title ? table.title : info.title),
    source: { file: options.file ?? '', chars: text.length },
    targets: collected.targets,
    actuals: collected.actuals,
    tasks: collected.tasks,
  };
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

/** A sentence without a digit, ** or Chinese numeral states no number: the grammar is skipped. */
const MAY_HOLD_NUMBER = /[0-9*〇零一二两三四五六七八九十百千万亿]/;

/** What one sentence is read with. */
interface Reading {
  /** The plan's year; null when the document does not say. */
  year: number | null;
  role: 'target' | 'actual';
  section?: string;
  taskId?: string;
  leads: string[];
  partners: string[];
}

class Collector {
  targets: Target[] = [];
  actuals: Actual[] = [];
  tasks: Task[] = [];

  /** Runs the grammar on one sentence and keeps what it states, spans mapped to the original. */
  read(sentence: MappedText, readable: number, reading: Reading): string[] {
    let statements: Statement[];
    try {
      statements = readStatements(sentence.text.slice(0, readable), { ...(reading.year !== null ? { year: reading.year } : {}), defaultRole: reading.role });
    } catch {
      return []; // a grammar failure on one sentence must not lose the rest of the plan
    }
    const whole = { quote: sentence.text, quoteSpan: originalSpan(sentence, 0, sentence.text.length) };
    const quoteOf = (span: [number, number]) => {
      if (sentence.text.length <= MAX_QUOTE) return whole;
      const [from, to] = quoteWindow(sentence.text, span);
      return { quote: sentence.text.slice(from, to), quoteSpan: originalSpan(sentence, from, to) };
    };
    const ids: string[] = [];
    // A review part reports results: whatever cue a phrase has (创建…37家), it is an actual —
    // unless the sentence names a later year ("2024年力争…"), which makes it a plan after all.
    const laterYear = Math.max(0, ...[...sentence.text.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])));
    const namesLaterYear = reading.year !== null && laterYear > reading.year;
    // Targets read in a review part belong to the later year they name.
    const targetYear = reading.role === 'actual' && namesLaterYear ? laterYear : reading.year;
    for (const s of statements) {
      if (reading.role === 'actual' && s.role === 'target' && s.value !== null && !namesLaterYear) {
        s.role = 'actual';
        s.period ??= undatedPeriod(reading.year);
      }
      const span = originalSpan(sentence, s.span[0], s.span[1]);
      const unit = { unit: s.unit, dimension: s.dimension, factor: s.factor };
      if (s.role === 'actual') {
        if (s.value === null) continue;
        this.actuals.push({
          id: `a${String(this.actuals.length + 1).padStart(3, '0')}`,
          metric: s.metric,
          metricKey: s.metricKey,
          kind: s.kind,
          value: s.value,
          decline: s.decline,
          ...unit,
          period: s.period ?? undatedPeriod(reading.year),
          ...(s.rankScope ? { rankScope: s.rankScope } : {}),
          span,
          ...quoteOf(s.span),
        });
        continue;
      }
      if (s.kind === 'rank') continue; // a rank to reach is not a numeric target the model holds
      const id = `t${String(this.targets.length + 1).padStart(3, '0')}`;
      ids.push(id);
      this.targets.push({
        id,
        metric: s.metric,
        metricKey: s.metricKey,
        kind: s.kind,
        comparator: s.comparator,
        value: s.value,
        max: s.max,
        decline: s.decline,
        ...(s.aspirational ? { aspirational: true } : {}),
        ...unit,
        span,
        ...quoteOf(s.span),
        leads: [...reading.leads],
        partners: [...reading.partners],
        year: targetYear,
        ...(reading.section ? { section: reading.section } : {}),
        ...(reading.taskId ? { taskId: reading.taskId } : {}),
      });
    }
    return ids;
  }
}

/** A run of prose read together: the preamble, or one numbered item. */
interface Region {
  start: number;
  end: number;
  block?: Block;
}

function readBody(clean: MappedText, outline: Outline, planYear: number | null, out: Collector): void {
  const regions: Region[] = [];
  const firstBlock = outline.blocks[0]?.start ?? outline.bodyEnd;
  regions.push({ start: 0, end: firstBlock });
  for (const block of outline.blocks) {
    if (block.hasContent) regions.push({ start: block.contentStart, end: block.end, block });
  }
  let standing: string[] = [];
  for (const region of regions) {
    const part = partAt(outline.parts, region.start);
    const firstPart = outline.parts[0];
    // The preamble before a review part reviews too (seed 002 opens with 2023's results).
    const review = part ? part.review : Boolean(firstPart?.review && region.start < firstPart.start);
    const year = part ? (part.review ? part.year : planYear) : review ? firstPart!.year : planYear;
    const sentences = splitSentences(clean.text, region.start, region.end);
    const mentions = sentences.map((s) => trailingDepartments(clean.text.slice(s.start, s.end)));
    const block = region.block;
    const taskId = block ? `i${String(out.tasks.length + 1).padStart(2, '0')}` : undefined;
    const section = block ? sectionName(block, part) : part?.heading;
    const targetIds: string[] = [];
    sentences.forEach((sentence, i) => {
      const governing = mentions.slice(i).find((m): m is DepartmentMention => m !== null);
      const mention = mentions[i];
      const partners = unique([...(governing?.partners ?? []), ...standing]).filter((p) => !governing?.leads.includes(p));
      const readable = mention ? mention.start : sentence.end - sentence.start;
      if (MAY_HOLD_NUMBER.test(clean.text.slice(sentence.start, sentence.start + readable))) {
        const mapped = sliceMapped(clean, sentence.start, sentence.end);
        targetIds.push(
          ...out.read(mapped, readable, {
            year,
            role: review ? 'actual' : 'target',
            ...(section ? { section } : {}),
            ...(taskId ? { taskId } : {}),
            leads: governing?.leads ?? [],
            partners,
          }),
        );
      }
      if (mention?.standing.length) standing = unique([...standing, ...mention.standing]);
    });
    if (block && taskId) {
      const lists = mentions.filter((m): m is DepartmentMention => m !== null);
      const leads = unique(lists.flatMap((m) => m.leads));
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
    }
  }
}

function readRow(row: MappedRow, year: number | null, out: Collector): void {
  const taskId = `r${row.number.padStart(2, '0')}`;
  const section = `表 ${row.number}`;
  const targetIds: string[] = [];
  for (const sentence of splitSentences(row.contentMapped.text)) {
    const mapped = sliceMapped(row.contentMapped, sentence.start, sentence.end);
    targetIds.push(
      ...out.read(mapped, mapped.text.length, {
        year,
        role: 'target',
        section,
        taskId,
        leads: row.leads,
        partners: row.partners,
      }),
    );
  }
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

function partAt(parts: readonly Part[], offset: number): Part | undefined {
  return parts.find((p) => p.start <= offset && offset < p.end);
}

function sectionName(block: Block, part: Part | undefined): string {
  return part ? `${part.heading} ${block.section}` : block.section;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/** The period of a result the sentence gives no date for: the plan's year (0 when that is unknown too). */
function undatedPeriod(year: number | null): { year: number; label: string } {
  return year === null ? { year: 0, label: '' } : { year, label: `${year}年` };
}
