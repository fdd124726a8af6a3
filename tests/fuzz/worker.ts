/**
 * One fuzz worker (a child process of harness.ts, with a heap limit): runs each case through the
 * real command — `mubiao check CASE --plan luan-2023 --json --annotate COPY --html REPORT` — and,
 * when a copy was written, reads input and copy again and compares every sheet, value and
 * formula. Reports the exit status, what stderr said first, and any value changes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@mubiao/cli';
import { readAny } from '@mubiao/xlsx';
import { compareGrids } from './compare.ts';

export interface CaseMessage {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export interface CaseResult {
  id: number;
  code: number;
  firstError: string;
  copied: boolean;
  valueChanges: number;
  firstChange: string;
  rssMb: number;
}

const dir = mkdtempSync(join(tmpdir(), 'mubiao-fuzz-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

async function runCase(message: CaseMessage): Promise<CaseResult> {
  const input = join(dir, message.name);
  const copy = join(dir, 'copy.xlsx');
  const report = join(dir, 'report.html');
  rmSync(copy, { force: true });
  rmSync(report, { force: true });
  writeFileSync(input, message.bytes);
  let stderr = '';
  const code = await runCli(['check', message.name, '--plan', 'luan-2023', '--json', '--quiet', '--annotate', 'copy.xlsx', '--html', 'report.html'], {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    cwd: dir,
    isTTY: false,
  });
  const copied = existsSync(copy);
  let changes: string[] = [];
  if (copied) {
    try {
      changes = compareGrids(readAny(message.bytes, message.name).sheets, readAny(new Uint8Array(readFileSync(copy)), 'copy.xlsx').sheets);
    } catch (error) {
      changes = [`the copy cannot be read again: ${(error as Error).message}`];
    }
  }
  rmSync(input, { force: true });
  return {
    id: message.id,
    code,
    firstError: stderr.split('\n').find((l) => l && !l.startsWith('note:')) ?? '',
    copied,
    valueChanges: changes.length,
    firstChange: changes[0] ?? '',
    rssMb: Math.round(process.memoryUsage().rss / 1048576),
  };
}

process.on('message', (message: CaseMessage) => {
  void runCase(message).then((result) => process.send!(result));
});
process.send!({ ready: true });
