import { mkdir, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { writeFileSafely } from '@mubiao/xlsx/node';
import type { FileReport } from '@mubiao/core';
import { renderReportHtml, reportLabels, validatePlan } from '@mubiao/core';
import { seededPlan, seededPlans } from '@mubiao/seeds';
import { LEGACY_FORMAT_NAMES, type LegacyFormat } from '@mubiao/xlsx';
import type { Command, Io } from '../command.ts';
import { UserError } from '../errors.ts';
import { regularFileSize } from '../regular-file.ts';
import { writeAnnotated } from '../check/annotate.ts';
import { checkSheets } from '../check/engine.ts';
import { collectInputs } from '../check/inputs.ts';
import { parseCheckOptions } from '../check/options.ts';
import { splitInputs } from '../check/plan-inputs.ts';
import { checkCopiesAvoidPlans, checkDistinctOutputs, checkHtmlTarget, convertedCopyPath, planAnnotatedCopies } from '../check/outputs.ts';
import { loadPlans } from '../check/plans.ts';
import { checkJson, checkText, errorCount } from '../check/render.ts';
import { loadWorkbook } from '../check/workbook.ts';

const usage = `Usage: mubiao check SHEET|FOLDER|PLAN … [--plan PLAN …] [options]

Checks task-decomposition and progress sheets against plan targets and reports every cell that
promises less than the plan, every plan target nobody took on, and progress behind schedule.

  SHEET / FOLDER        a workbook (.xlsx, .xlsm, .xls, .et, .xlsb, .ods, .fods, Excel 2003 .xml;
                        the format is read from the content) or .csv, or a folder: every such
                        file directly in it
  PLAN (as input)       a plan (.txt, .json or seeded name) to check against the --plan plans of
                        the levels above and the previous year (plan against plan)
  --plan PLAN           a plan document (.txt, UTF-8 or GB18030), a plan .json (mubiao extract
                        --json), or a seeded plan name (mubiao plans); repeat for several plans.
                        Without --plan each sheet is checked against the seeded plans of its own
                        region and the regions above it for its year (its title must say both)
  --year YYYY           the year of a plan given as text, when its text does not say
  --region NAME         the region of a plan given as text, when its text does not say
  --as-of YYYY-MM-DD    judge progress (完成值) at this date (default: the period the sheet's
                        columns name, e.g. 1-9月 → Sept 30; never today)
  --json                print the report as JSON (findings[] with code, severity, sheet, cell,
                        expected, actual, message, target quote)
  --html REPORT.html    also write a printable one-file HTML report
  --annotate OUT.xlsx   write a copy with every finding's cell coloured and noted; for a folder
                        or several files, OUT is a folder; inputs and existing files are never
                        overwritten. A single .xls/.et/.xlsb/.ods cannot be marked in place: its
                        copy is a new .xlsx, NAME.checked.xlsx beside it unless OUT is given
  --locale zh-CN|en     language of messages and labels (default zh-CN, or MUBIAO_LOCALE)
  --quiet               no progress lines on stderr

Exit status: 0 passed (no errors, and checked against a plan that fits), 1 errors found or the
plan does not fit the sheet, 2 bad usage or unreadable input.

Examples:
  mubiao check seeds/sheets/jinan-2023-tasks.xlsx --plan luan-2023
  mubiao check seeds/sheets/luan-2023-progress.xlsx --plan luan-2023 --as-of 2023-09-30
  mubiao check jinan-2024 --plan anhui-2024`;

export const check: Command = {
  name: 'check',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const options = parseCheckOptions(argv, process.env);
    await refuseUnreadablePlans(options.plans, io.cwd);
    const note = (line: string) => io.stderr(`note: ${line}\n`);
    const plans = await loadPlans(options.plans, io.cwd, { year: options.year, region: options.region }, note);
    const split = await splitInputs(options.inputs, io.cwd);
    const { files, fromFolder, skippedCopies } = split.sheets.length
      ? await collectInputs(split.sheets, io.cwd)
      : { files: [], fromFolder: false, skippedCopies: [] };
    const many = fromFolder || files.length + split.plans.length > 1;
    if (options.annotate && files.length === 0) {
      throw new UserError(`--annotate marks workbooks; ${split.plans.join(', ')} ${split.plans.length > 1 ? 'are plans' : 'is a plan'}, not a sheet`);
    }
    const copies = options.annotate ? await planAnnotatedCopies(files, options.annotate, fromFolder || files.length > 1, io.cwd) : null;
    const htmlPath = options.html ? await checkHtmlTarget(options.html, files, io.cwd) : null;
    const planFiles = await existingFiles([...options.plans, ...split.plans], io.cwd);
    await checkCopiesAvoidPlans(copies, planFiles, options.annotate);
    await checkDistinctOutputs(copies, htmlPath, planFiles, options.html);
    const progress = (text: string) => {
      if (many && !options.quiet) io.stderr(text + '\n');
    };

    for (const copy of skippedCopies) io.stderr(`note: ${copy} skipped: it is the annotated copy of a workbook beside it\n`);
    const results: FileReport[] = [];
    const total = files.length + split.plans.length;
    for (const [i, spec] of split.plans.entries()) {
      progress(`[${i + 1}/${total}] ${spec}`);
      const [plan] = await loadPlans([spec], io.cwd, {}, note);
      results.push({ file: spec, report: validatePlan(plan!, plans.length ? plans : seededPlans, { locale: options.locale }) });
    }
    let copiesFailed = 0;
    let internalErrors = 0;
    /** One file's failure: alone it is the whole answer; in a folder it is said and the others go on. */
    const fileFailed = (display: string, error: unknown): string => {
      if (!many) throw error;
      if (error instanceof UserError) {
        io.stderr(`${error.message}\n`);
        return error.message;
      }
      internalErrors++;
      const message = `${display}: internal error: ${error instanceof Error ? error.message : String(error)} (set MUBIAO_DEBUG=1 for details)`;
      io.stderr(`${message}\n`);
      if (process.env.MUBIAO_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
      return message;
    };
    for (const [i, input] of files.entries()) {
      progress(`[${split.plans.length + i + 1}/${total}] ${input.display}`);
      let workbook: Awaited<ReturnType<typeof loadWorkbook>>;
      let report: ReturnType<typeof checkSheets>;
      try {
        workbook = await loadWorkbook(input);
        report = checkSheets(workbook.sheets, { asOf: options.asOf, locale: options.locale, plans });
      } catch (error) {
        results.push({ file: input.display, error: fileFailed(input.display, error) });
        continue;
      }
      for (const warning of workbook.warnings) {
        io.stderr(`note: ${warning.startsWith(input.display) ? warning : `${input.display}: ${warning}`}\n`);
      }
      const legacy = workbook.format in LEGACY_FORMAT_NAMES ? LEGACY_FORMAT_NAMES[workbook.format as LegacyFormat] : undefined;
      // A single legacy workbook always gets its copy (the only way to see the marks), beside it unless named.
      let out = copies?.get(input.path);
      let replace = false;
      if (!out && !copies && !many && legacy) {
        const planned = await convertedCopyPath(input);
        if ('skipped' in planned) io.stderr(`note: ${planned.skipped}\n`);
        else ({ path: out, replace } = planned);
      }
      const notice = legacy && out ? reportLabels(options.locale).convertedCopy(legacy) : undefined;
      results.push({ file: input.display, report, warnings: notice ? [...workbook.warnings, notice] : workbook.warnings });
      if (!out) continue;
      try {
        await makeFolderFor(out, `--annotate: ${relative(io.cwd, out) || out}`);
        const written = await writeAnnotated(input, workbook, report, out, options.locale, replace);
        for (const warning of written.warnings) io.stderr(`note: ${warning}\n`);
        io.stderr(
          `${input.display}: annotated copy (${written.marked} cell${written.marked === 1 ? '' : 's'} marked) written to ${relative(io.cwd, out) || out}\n`,
        );
        if (notice) io.stderr(`note: ${notice}\n`);
      } catch (error) {
        // The report still stands, for a single file too: the missing copy is said and makes the exit status 2.
        if (error instanceof UserError) io.stderr(`${error.message}\n`);
        else fileFailed(input.display, error);
        copiesFailed++;
      }
    }

    if (options.json) {
      io.stdout(JSON.stringify(checkJson(results, plans, options.asOf, options.locale), null, 2) + '\n');
    } else {
      const color = io.isTTY && !process.env.NO_COLOR;
      // A terminal's own width; piped or saved output wraps at a fixed 100 columns.
      const width = (io.isTTY ? process.stdout.columns || Number(process.env.COLUMNS) : 0) || 100;
      io.stdout(checkText(results, { color, width, locale: options.locale, many, plans, asOf: options.asOf }));
    }

    if (htmlPath) {
      const html = renderReportHtml(results, {
        plans,
        locale: options.locale,
        generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        ...(options.asOf ? { asOf: options.asOf } : {}),
      });
      await makeFolderFor(htmlPath, `--html ${options.html}`);
      // Through a temporary file: an interrupted run never leaves half a report.
      await writeFileSafely(htmlPath, html, { overwrite: true }).catch((error: unknown) => {
        throw new UserError(`--html ${options.html}: ${error instanceof Error ? error.message : String(error)}`);
      });
      io.stderr(`HTML report written to ${relative(io.cwd, htmlPath) || htmlPath}\n`);
    }

    if (internalErrors > 0) return 70;
    if (copiesFailed > 0 || results.some((r) => !r.report)) return 2;
    return errorCount(results) > 0 ? 1 : 0;
  },
};

/** Creates the folder an output goes in; a path through a file or a folder we may not write is the user's to fix. */
async function makeFolderFor(path: string, label: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true }).catch(async (error: NodeJS.ErrnoException) => {
    throw new UserError(`${label}: ${await whyNoFolder(dirname(path), error)}`);
  });
}

/** Why mkdir failed, in the user's words: the part of the path that is a file, or a folder we may not write in. */
async function whyNoFolder(folder: string, error: NodeJS.ErrnoException): Promise<string> {
  for (let part = folder; part !== dirname(part); part = dirname(part)) {
    const info = await stat(part).catch(() => null);
    if (info && !info.isDirectory()) return `${part} is a file, not a folder — put the output in a folder`;
    if (info) break;
  }
  if (error.code === 'EACCES' || error.code === 'EPERM') return `no permission to create the folder ${folder}`;
  return `cannot create the folder ${folder} (${error.code ?? 'error'})`;
}

/**
 * A --plan that names a device, pipe or socket (`--plan /dev/stdin`), or a folder that is no
 * seeded plan's name, is refused as any such input is, rather than called missing.
 */
async function refuseUnreadablePlans(specs: readonly string[], cwd: string): Promise<void> {
  for (const spec of specs) {
    const path = resolve(cwd, spec);
    const info = await stat(path).catch(() => null);
    if (info && !info.isFile() && !(info.isDirectory() && seededPlan(spec))) await regularFileSize(path, `--plan ${spec}`, 'a plan file');
  }
}

/** The plan arguments that are files (not seeded names), resolved: outputs must never land on one. */
async function existingFiles(specs: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const spec of specs) {
    const path = resolve(cwd, spec);
    if (
      await stat(path).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      out.push(path);
  }
  return out;
}
