/**
 * The legacy workbooks of a public spreadsheet library's test suite (tests/fixtures/legacy-peer,
 * sources in its SOURCES.md): each is read, or refused with a named WorkbookError — never a
 * crash — and nothing SheetJS prints on the way reaches the console. The only refusals are the
 * password-protected files, and `mubiao check` on the folder reports every file on its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '@mubiao/cli';
import { LEGACY_EXTENSIONS, isWorkbookError, readSpreadsheet } from '@mubiao/xlsx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Public test data is not committed here: the project's steering repository keeps it in shared/
// (its list, repository and licence: tests/fixtures/legacy-peer/SOURCES.md).
const folder = join(root, '../shared/fixtures/legacy-peer/files');
const present = existsSync(folder);
if (!present) console.log(`[legacy peer suite] ${folder} is not here: the peer-suite test does not run (see tests/fixtures/legacy-peer/SOURCES.md)`);
const names = present ? readdirSync(folder).sort() : [];

afterEach(() => vi.restoreAllMocks());

/** Everything written to the console or the process's streams while `run` runs. */
async function captureOutput(run: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const record = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) vi.spyOn(console, method).mockImplementation(record);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (record(chunk), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (record(chunk), true));
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  return said;
}

describe.runIf(present)(`the peer suite's ${names.length} legacy workbooks`, () => {
  it('each reads or gives a named error; only the password-protected ones are refused; the console stays silent', async () => {
    const read: string[] = [];
    const refused: { name: string; code: string; message: string }[] = [];
    const crashed: string[] = [];
    const formats = new Map<string, number>();
    const said = await captureOutput(async () => {
      for (const name of names) {
        try {
          const result = await readSpreadsheet(new Uint8Array(readFileSync(join(folder, name))), name);
          read.push(name);
          formats.set(result.format, (formats.get(result.format) ?? 0) + 1);
        } catch (error) {
          if (isWorkbookError(error)) refused.push({ name, code: error.code, message: error.message });
          else crashed.push(`${name}: ${(error as Error)?.stack ?? String(error)}`);
        }
      }
    });
    expect(said).toEqual([]);
    expect(crashed).toEqual([]);
    for (const r of refused) expect(r.message.includes('\n'), r.name).toBe(false);
    expect(refused.map((r) => `${r.name} ${r.code}`)).toEqual(names.filter((n) => /password/.test(n)).map((n) => `${n} encrypted`));
    expect(read.length + refused.length).toBe(names.length);
    console.log(
      `[legacy peer suite] ${names.length} files: ${read.length} read (${[...formats].map(([f, n]) => `${f} ${n}`).join(', ')}), ${refused.length} refused as password-protected, 0 crashes`,
    );
  });

  it('mubiao check on the folder reports every file on its own and exits 2 for the refused ones', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['check', folder, '--plan', 'luan-2023', '--json', '--quiet'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: root,
      isTTY: false,
    });
    expect(code).toBe(2);
    const json = JSON.parse(stdout) as { files: { file: string; error?: string }[] };
    // A folder run takes the workbook extensions but .xml (most .xml files are not workbooks; .biff5 is the suite's own name).
    const taken = names.filter((n) => (LEGACY_EXTENSIONS as readonly string[]).includes(n.slice(n.lastIndexOf('.')).toLowerCase()) && !n.endsWith('.xml'));
    expect(json.files.map((f) => f.file.slice(f.file.lastIndexOf('/') + 1)).sort()).toEqual(taken);
    const failed = json.files.filter((f) => f.error).map((f) => f.file.slice(f.file.lastIndexOf('/') + 1));
    expect(failed.sort()).toEqual(taken.filter((n) => /password/.test(n)));
    expect(
      stderr
        .trim()
        .split('\n')
        .every((line) => / is password-protected; /.test(line)),
    ).toBe(true);
  });
});
