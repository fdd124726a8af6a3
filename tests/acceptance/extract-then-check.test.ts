/**
 * The two CLI contracts meet: a plan read with `mubiao extract --json` and saved as a file
 * checks a sheet exactly as the seeded plan of the same document does.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runCli } from '@mubiao/cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, isTTY: false });
  return { code, stdout, stderr };
}

it('mubiao extract --json output is a plan mubiao check accepts', async () => {
  const extracted = await run(['extract', 'seeds/documents/000_4a0b2518f3081329.txt', '--json']);
  expect(extracted.code, extracted.stderr).toBe(0);
  const planFile = join(await mkdtemp(join(tmpdir(), 'mubiao-extract-')), 'luan-2023-extracted.json');
  await writeFile(planFile, extracted.stdout);
  const checked = await run(['check', 'seeds/sheets/jinan-2023-tasks.xlsx', '--plan', planFile, '--json']);
  expect(checked.code, checked.stderr).toBe(1);
  const findings = JSON.parse(checked.stdout).findings as { code: string; severity: string; cell: string; expected: string; actual: string }[];
  expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell} ${f.expected} / ${f.actual}`)).toEqual([
    'shortfall D3 20%以上 / 15%以上',
  ]);
});
