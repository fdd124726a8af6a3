import type { Locale } from '@mubiao/core';
import { parseLocale } from '@mubiao/core';
import { flag, flags, has, parseArgs } from '../args.ts';
import { UserError } from '../errors.ts';

/** What `mubiao check` was asked to do, validated. */
export interface CheckOptions {
  /** Sheets, CSV files or folders, as typed. */
  inputs: string[];
  /** Plan files or seeded plan names, as typed, in order; none: seeded plans picked per sheet. */
  plans: string[];
  /** Year and region of plans given as text, when the text does not say. */
  year?: number;
  region?: string;
  asOf?: string;
  json: boolean;
  html?: string;
  annotate?: string;
  locale: Locale;
  /** Suppress progress lines on stderr. */
  quiet: boolean;
}

export const CHECK_FLAGS = { valued: ['plan', 'as-of', 'html', 'annotate', 'locale', 'year', 'region'], boolean: ['json', 'quiet'] } as const;

/** Parses and validates the command line; every problem is a one-line UserError (exit 2). */
export function parseCheckOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): CheckOptions {
  const args = parseArgs(argv, CHECK_FLAGS, 'check');
  if (args.positionals.length === 0) {
    throw new UserError('mubiao check: name a sheet (.xlsx or .csv) or a folder of them, e.g. mubiao check sheet.xlsx --plan luan-2023');
  }
  const plans = flags(args, 'plan');
  const asOf = flag(args, 'as-of');
  if (asOf !== undefined) checkDate(asOf);
  const localeText = flag(args, 'locale') ?? env.MUBIAO_LOCALE;
  let locale: Locale = 'zh-CN';
  if (localeText !== undefined) {
    const parsed = parseLocale(localeText);
    if (!parsed) throw new UserError(`mubiao check: --locale must be zh-CN or en (got "${localeText}")`);
    locale = parsed;
  }
  const options: CheckOptions = { inputs: args.positionals, plans, json: has(args, 'json'), locale, quiet: has(args, 'quiet') };
  if (asOf !== undefined) options.asOf = asOf;
  const html = flag(args, 'html');
  if (html !== undefined) options.html = html;
  const annotate = flag(args, 'annotate');
  if (annotate !== undefined) options.annotate = annotate;
  const year = flag(args, 'year');
  if (year !== undefined) {
    if (!/^(19|20|21)\d{2}$/.test(year)) throw new UserError(`mubiao check: --year must be a year like 2023 (got "${year}")`);
    options.year = Number(year);
  }
  const region = flag(args, 'region');
  if (region !== undefined) {
    if (!region.trim()) throw new UserError('mubiao check: --region needs a region name, e.g. --region 六安市');
    options.region = region.trim();
  }
  return options;
}

/** A real calendar date in YYYY-MM-DD form (2023-02-30 is refused, not rolled over). */
export function checkDate(text: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const bad = () => new UserError(`mubiao check: --as-of must be a date like 2023-09-30 (got "${text}")`);
  if (!m) throw bad();
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) throw bad();
}
