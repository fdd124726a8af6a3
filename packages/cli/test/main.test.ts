import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.ts';
import { loadCommand } from '../src/commands/load.ts';
import { REPO, run } from './extract-fixtures.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('mubiao help and --version', () => {
  it('prints the package version for --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await run(REPO, flag);
      expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('lists every command with its summary, and says how to get the version', async () => {
    const r = await run(REPO, '--help');
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toMatch(new RegExp(`^  ${c.name} +${c.summary.replace(/[.()|]/g, '\\$&')}$`, 'm'));
    expect(r.stdout).toContain('mubiao --version');
  });

  it('loads each command for its usage, by `help NAME` and by `NAME --help`', async () => {
    for (const entry of commands) {
      const { usage, name } = await loadCommand(entry.name);
      expect(name).toBe(entry.name);
      expect(usage).toMatch(new RegExp(`^Usage: mubiao ${name}`));
      expect(await run(REPO, 'help', name)).toEqual({ code: 0, stdout: `${usage}\n`, stderr: '' });
      expect(await run(REPO, name, '--help')).toEqual({ code: 0, stdout: `${usage}\n`, stderr: '' });
    }
  });

  it('says which commands exist when the name is unknown (exit 2)', async () => {
    const r = await run(REPO, 'chekc');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mubiao: unknown command "chekc" (commands: extract, check, plans)\n');
  });
});
