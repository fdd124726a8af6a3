import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { FileReport } from '@mubiao/core';
import { renderReportHtml, validatePlan } from '@mubiao/core';
import type { Command, Io } from '../command.ts';
import { UserError } from '../errors.ts';
import { writeAnnotated } from '../check/annotate.ts';
import { checkWorkbook } from '../check/engine.ts';
import { collectInputs } from '../check/inputs.ts';
import { parseCheckOptions } from '../check/options.ts';
import { splitInputs } from '../check/plan-inputs.ts';
import { checkHtmlTarget, planAnnotatedCopies } from '../check/outputs.ts';
import { loadPlans } from '../check/plans.ts';
import { checkJson, checkText, errorCount } from '../check/render.ts';
import { loadWorkbook } from '../check/workbook.ts';

const usage = `Usage: mubiao check SHEET.xlsx|SHEET.csv|FOLDER|PLAN … --plan PLAN [--plan PLAN …] [options]

Checks task-decomposition and progress sheets against plan targets and reports every cell that
promises less than the plan, every plan target nobody took on, and progress behind schedule.

  SHEET / FOLDER        an .xlsx or .csv file, or a folder: every .xlsx/.csv directly in it
  PLAN (as input)       a plan (.txt, .json or seeded name) to check against the --plan plans of
                        the levels above and the previous year (plan against plan)
  --plan PLAN           a plan document (.txt, UTF-8 or GB18030), a plan .json (mubiao extract
                        --json), or a seeded plan name (mubiao plans); repeat for several plans
  --as-of YYYY-MM-DD    judge progress (完成值) against the share of the year elapsed
  --json                print the report as JSON (findings[] with code, severity, sheet, cell,
                        expected, actual, message, target quote)
  --html REPORT.html    also write a printable one-file HTML report
  --annotate OUT.xlsx   write a copy with every finding's cell coloured and noted; for a folder
                        or several files, OUT is a folder; inputs and existing files are never
                        overwritten
  --locale zh-CN|en     language of messages and labels (default zh-CN, or MUBIAO_LOCALE)
  --quiet               no progress lines on stderr

Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input.

Examples:
  mubiao check seeds/sheets/jinan-2023-tasks.xlsx --plan luan-2023
  mubiao check seeds/sheets/luan-2023-progress.xlsx --plan luan-2023 --as-of 2023-09-30
  mubiao check jinan-2024 --plan anhui-2024`;

export const check: Command = {
  name: 'check',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const options = parseCheckOptions(argv, process.env);
    const plans = await loadPlans(options.plans, io.cwd);
    const split = await splitInputs(options.inputs, io.cwd);
    const { files, fromFolder } = split.sheets.length ? await collectInputs(split.sheets, io.cwd) : { files: [], fromFolder: false };
    const many = fromFolder || files.length + split.plans.length > 1;
    if (options.annotate && files.length === 0) {
      throw new UserError(`--annotate marks workbooks; ${split.plans.join(', ')} ${split.plans.length > 1 ? 'are plans' : 'is a plan'}, not a sheet`);
    }
    const copies = options.annotate ? await planAnnotatedCopies(files, options.annotate, fromFolder || files.length > 1, io.cwd) : null;
    const htmlPath = options.html ? await checkHtmlTarget(options.html, files, io.cwd) : null;
    const progress = (text: string) => {
      if (many && !options.quiet) io.stderr(text + '\n');
    };

    const results: FileReport[] = [];
    const total = files.length + split.plans.length;
    for (const [i, spec] of split.plans.entries()) {
      progress(`[${i + 1}/${total}] ${spec}`);
      const [plan] = await loadPlans([spec], io.cwd);
      results.push({ file: spec, report: validatePlan(plan!, plans, { locale: options.locale }) });
    }
    let copiesFailed = 0;
    for (const [i, input] of files.entries()) {
      progress(`[${split.plans.length + i + 1}/${total}] ${input.display}`);
      let workbook: Awaited<ReturnType<typeof loadWorkbook>>;
      try {
        workbook = await loadWorkbook(input);
      } catch (error) {
        // One file cannot be read: alone that is the whole answer; in a folder, the others go on.
        if (!(error instanceof UserError) || !many) throw error;
        io.stderr(`${error.message}\n`);
        results.push({ file: input.display, error: error.message });
        continue;
      }
      for (const warning of workbook.warnings) {
        io.stderr(`note: ${warning.startsWith(input.display) ? warning : `${input.display}: ${warning}`}\n`);
      }
      const report = checkWorkbook(workbook.sheets, plans, { asOf: options.asOf, locale: options.locale });
      results.push({ file: input.display, report, warnings: workbook.warnings });
      const out = copies?.get(input.path);
      if (!out) continue;
      try {
        await mkdir(dirname(out), { recursive: true });
        const marked = await writeAnnotated(input, workbook, report, out, options.locale);
        io.stderr(`${input.display}: annotated copy (${marked} cell${marked === 1 ? '' : 's'} marked) written to ${relative(io.cwd, out) || out}\n`);
      } catch (error) {
        // The report still stands; the missing copy is said and makes the exit status 2.
        if (!(error instanceof UserError) || !many) throw error;
        io.stderr(`${error.message}\n`);
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
      await mkdir(dirname(htmlPath), { recursive: true });
      await writeFile(htmlPath, html);
      io.stderr(`HTML report written to ${relative(io.cwd, htmlPath) || htmlPath}\n`);
    }

    if (copiesFailed > 0 || results.some((r) => !r.report)) return 2;
    return errorCount(results) > 0 ? 1 : 0;
  },
};
