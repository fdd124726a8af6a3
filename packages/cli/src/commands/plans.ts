import { seededPlans, seedManifest } from '@mubiao/seeds';
import { has, parseArgs } from '../args.ts';
import type { Command, Io } from '../command.ts';
import { UserError } from '../errors.ts';
import { formatTable } from '../format-table.ts';

const usage = `Usage: mubiao plans [--json]

Lists the seeded plans (read from seeds/documents by the plan reader plus reviewed corrections):
name, region, level, year, and how many targets, actuals and tasks each holds. A name can be
given to \`mubiao check --plan\`.

  --json   print the list as JSON`;

export const plans: Command = {
  name: 'plans',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const args = parseArgs(argv, { valued: [], boolean: ['json'] }, 'plans');
    if (args.positionals.length > 0) throw new UserError(`mubiao plans: unexpected argument "${args.positionals[0]}"`);
    const rows = seededPlans.map((p) => {
      const entry = seedManifest.find((m) => m.name === p.name);
      return {
        name: p.name,
        region: p.region,
        level: p.level,
        ...(p.parentRegion ? { parentRegion: p.parentRegion } : {}),
        year: p.year,
        title: p.title,
        part: entry?.part ?? 'body',
        file: p.source.file,
        targets: p.targets.length,
        actuals: p.actuals.length,
        tasks: p.tasks.length,
      };
    });
    if (has(args, 'json')) {
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    const table = formatTable(
      [
        { header: 'name' },
        { header: 'region' },
        { header: 'level' },
        { header: 'year', align: 'right' },
        { header: 'targets', align: 'right' },
        { header: 'actuals', align: 'right' },
        { header: 'tasks', align: 'right' },
        { header: 'source' },
      ],
      rows.map((r) => [
        r.name,
        r.region,
        r.level,
        String(r.year),
        String(r.targets),
        String(r.actuals),
        String(r.tasks),
        `${r.file.replace(/^seeds\/documents\//, '')}${r.part === 'table' ? ' (table)' : ''}`,
      ]),
    );
    io.stdout(`${table}\n`);
    return 0;
  },
};
