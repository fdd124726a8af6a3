import type { ExtractOptions, Plan, RegionLevel, UnreadFigure } from '@mubiao/core';
import { describeActual, describeTarget, extractPlan, figureInSentence, levelUnknown, offsetBeforeNulsLeftOut, unreadFigures } from '@mubiao/core';
import { flag, has, parseArgs } from '../args.ts';
import type { Command, Io } from '../command.ts';
import { UserError } from '../errors.ts';
import { formatTable } from '../format-table.ts';
import { readTextFile } from '../read-text.ts';

const usage = `Usage: mubiao extract FILE [--json] [--region R] [--year Y] [--level L] [--part body|table]

Reads a plan document (工作要点, 行动计划; UTF-8 or GB18030 text) and lists its numeric targets:
metric, requirement, kind, lead and partner departments, and where each stands in the file.

  --json              print the plan as JSON: { targets: [...], actuals: [...], tasks: [...], ... };
                      each target has metric, kind, comparator, value, max, unit, span ([start, end)
                      offsets into FILE), leads, partners, quote, and text (FILE sliced at span);
                      unreadFigures: the figures read as no target or result ({ span, text, sentence })
  --region R          the issuing region (e.g. 六安市) when the text does not make it plain
  --year Y            the plan year, overriding the year the text names
  --level L           national, province, city or district
  --part body|table   body (default): the plan prose; table: the attached 重点任务分解表

Example:
  mubiao extract seeds/documents/000_4a0b2518f3081329.txt --json`;

const LEVELS: readonly RegionLevel[] = ['national', 'province', 'city', 'district'];

export const extract: Command = {
  name: 'extract',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const args = parseArgs(argv, { valued: ['region', 'year', 'level', 'part'], boolean: ['json'] }, 'extract');
    if (args.positionals.length !== 1) {
      throw new UserError(
        args.positionals.length === 0
          ? 'mubiao extract: which plan document? (mubiao extract FILE [--json])'
          : `mubiao extract: one file at a time (got ${args.positionals.length})`,
      );
    }
    const file = args.positionals[0]!;
    const options = readOptions(args);
    const { text, notes, nulOffsets } = await readTextFile(file, io.cwd);
    for (const line of notes) io.stderr(`note: ${line}\n`);
    const plan = extractPlan(text, { ...options, file });
    if (options.part === 'table' && plan.tasks.length === 0) {
      throw new UserError(`${file}: no decomposition table (序号 / 重点任务 / 内容和要求 / 牵头单位 / 配合单位) found`);
    }
    const unread = unreadFigures(text, plan);
    io.stdout(has(args, 'json') ? planJson(plan, text, nulOffsets, unread) : planText(plan, text, file, unread));
    return 0;
  },
};

function readOptions(args: ReturnType<typeof parseArgs>): Pick<ExtractOptions, 'region' | 'year' | 'level' | 'part'> {
  const region = flag(args, 'region');
  const year = flag(args, 'year');
  const level = flag(args, 'level');
  const part = flag(args, 'part');
  if (region !== undefined && region.trim() === '') throw new UserError('mubiao extract: --region needs a region name');
  if (year !== undefined && !/^(19|20|21)\d\d$/.test(year)) {
    throw new UserError(`mubiao extract: --year ${year} is not a year (expected e.g. 2024)`);
  }
  if (level !== undefined && !LEVELS.includes(level as RegionLevel)) {
    throw new UserError(`mubiao extract: --level ${level} is not one of ${LEVELS.join(', ')}`);
  }
  if (part !== undefined && part !== 'body' && part !== 'table') {
    throw new UserError(`mubiao extract: --part ${part} is not body or table`);
  }
  return {
    ...(region ? { region: region.trim() } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(level ? { level: level as RegionLevel } : {}),
    ...(part ? { part } : {}),
  };
}

/**
 * The plan with each target's original words added, as the DESIGN.md contract describes. Spans
 * are offsets into FILE as decoded: where stray NULs were left out, they are moved back over them.
 */
function planJson(plan: Plan, text: string, nulOffsets: readonly number[], unread: readonly UnreadFigure[]): string {
  const inFile = (span: [number, number]): [number, number] =>
    nulOffsets.length ? [offsetBeforeNulsLeftOut(span[0], nulOffsets), offsetBeforeNulsLeftOut(span[1], nulOffsets)] : span;
  const withText = <T extends { span: [number, number] }>(x: T) => ({ ...x, span: inFile(x.span), text: text.slice(x.span[0], x.span[1]) });
  const unreadFigures = unread.map((f) => ({ span: inFile(f.span), text: f.text, sentence: { span: inFile(f.sentence.span), text: f.sentence.text } }));
  const out = { ...plan, targets: plan.targets.map(withText), actuals: plan.actuals.map(withText), unreadFigures };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function planText(plan: Plan, text: string, file: string, unread: readonly UnreadFigure[]): string {
  const lineOf = lineFinder(text);
  // What the text does not say is said as unknown, never filled in: region, year, level (core's levelUnknown, the test
  // every check and label uses: a level the region's name gives, 某某县, is known).
  const unknownLevel = levelUnknown(plan) ? '层级不详 level unknown' : '';
  const heading = `${plan.title || file} — ${[plan.region || '地区不详 region unknown', plan.year ?? '年份不详 year unknown', unknownLevel].filter(Boolean).join(' ')}`;
  const counts = `${plan.targets.length} targets · ${plan.actuals.length} actuals · ${plan.tasks.length} tasks`;
  const parts = [heading, counts, ''];
  if (plan.undatedResultsLeftOut)
    parts.push(`${plan.undatedResultsLeftOut} results left out: the text writes no year, so they have none to be checked against.`, '');
  const years = [...new Set(plan.targets.map((t) => t.year))].sort((a, b) => (a ?? 0) - (b ?? 0));
  if (plan.targets.length === 0) {
    parts.push(
      plan.actuals.length > 0
        ? `No numeric targets found: the text reports ${plan.actuals.length} results (below) and sets no target.`
        : plan.undatedResultsLeftOut
          ? 'No numeric targets found: the text sets no target.'
          : 'No numeric targets found: the text states no figure to reach (a notice, or prose without numbers).',
    );
  } else {
    // A document with targets for several years (到2022年…到2025年) lists each year's apart.
    if (years.length > 1) {
      const perYear = years.map((y) => `${y ?? '年份不详'}: ${plan.targets.filter((t) => t.year === y).length}`);
      parts.push(`Targets for ${years.length} years — ${perYear.join(' · ')}`, '');
    }
    parts.push(
      formatTable(
        [
          { header: 'id' },
          { header: '指标 metric', max: 28 },
          { header: '目标 target', max: 18 },
          { header: 'kind' },
          { header: 'year', align: 'right' },
          { header: '牵头 leads', max: 22 },
          { header: '配合 partners', max: 30 },
          { header: 'line', align: 'right' },
        ],
        [...plan.targets]
          .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
          .map((t) => [
            t.id,
            t.metric,
            describeTarget(t) + (t.aspirational ? ' (力争)' : '') + (t.attribute ? ` ${t.attribute}` : ''),
            t.kind,
            t.year === null ? '–' : String(t.year),
            t.leads.join('、') || '–',
            t.partners.join('、') || '–',
            String(lineOf(t.span[0])),
          ]),
      ),
    );
  }
  if (plan.actuals.length > 0) {
    parts.push(
      '',
      'Results already achieved (actuals):',
      formatTable(
        [
          { header: 'id' },
          { header: '指标 metric', max: 28 },
          { header: '结果 value', max: 18 },
          { header: 'kind' },
          { header: 'period' },
          { header: 'line', align: 'right' },
        ],
        plan.actuals.map((a) => [
          a.id,
          a.metric,
          describeActual(a),
          a.kind,
          // Year 0: the text dates the result nowhere (no plan year either) — shown as unknown, never as 0.
          a.period.label || (a.period.year ? String(a.period.year) : '–'),
          String(lineOf(a.span[0])),
        ]),
      ),
    );
  }
  if (unread.length > 0) parts.push('', ...unreadLines(unread, lineOf));
  return `${parts.join('\n')}\n`;
}

/** "N figure(s) not read as a target or result": extract's heading and check --plan's note say it alike. */
export function figuresNotRead(n: number): string {
  return `${n} figure${n === 1 ? '' : 's'} not read as a target or result`;
}

/** The figures read as no target or result (core's unreadFigures): line and sentence, the figure marked 【】. */
function unreadLines(unread: readonly UnreadFigure[], lineOf: (offset: number) => number): string[] {
  const heading = `${figuresNotRead(unread.length)}:`;
  return [
    heading,
    ...unread.map((f) => {
      // 36 characters: Chinese ones take two columns, so a line stays near 80.
      const { before, figure, after } = figureInSentence(f, 36);
      return `  line ${String(lineOf(f.span[0])).padStart(4)}  ${before}【${figure}】${after}`;
    }),
  ];
}

/** 1-based line number of an offset. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
