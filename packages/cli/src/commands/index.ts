import type { CommandEntry } from '../command.ts';

/**
 * Every subcommand, in the order `mubiao help` lists them. Each lives in its own module under
 * commands/, imported when it runs, and is added here with one entry.
 */
export const commands: CommandEntry[] = [
  {
    name: 'extract',
    summary: 'read a plan document into its numeric targets (table, or --json)',
    load: async () => (await import('./extract.ts')).extract,
  },
  {
    name: 'check',
    summary: 'check sheets (.xlsx/.xls/.et/.xlsb/.ods/.csv, or a folder) against plan targets; mark shortfalls',
    load: async () => (await import('./check.ts')).check,
  },
  {
    name: 'plans',
    summary: 'list the seeded plans with their target counts',
    load: async () => (await import('./plans.ts')).plans,
  },
];
