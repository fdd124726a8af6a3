import type { CommandEntry } from '../command.ts';

/**
 * Every subcommand, in the order `mubiao help` lists them, with its line of help. Each command
 * lives in its own module under commands/, loaded by `load.ts` when it runs, so `mubiao --help`
 * and `--version` load none of them (nor core, xlsx or the seeded plans). A new command is an
 * entry here and one in `load.ts` (the compiler asks for it).
 */
export const commands = [
  {
    name: 'extract',
    summary: 'read a plan document into its numeric targets (table, or --json)',
  },
  {
    name: 'check',
    summary: 'check sheets (.xlsx/.xls/.et/.xlsb/.ods/.csv, or a folder) against plan targets; mark shortfalls',
  },
  {
    name: 'plans',
    summary: 'list the seeded plans with their target counts',
  },
] as const satisfies readonly CommandEntry[];

export type CommandName = (typeof commands)[number]['name'];
