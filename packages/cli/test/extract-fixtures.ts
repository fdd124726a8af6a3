/** Helpers for the extract/plans tests: an in-process CLI run and a GB18030 encoder. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../src/command.ts';
import { runCli } from '../src/main.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, isTTY: false };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

export const REPO = join(import.meta.dirname, '../../..');
export const SEED_000 = 'seeds/documents/000_4a0b2518f3081329.txt';
export const SEED_004 = 'seeds/documents/004_6c17aed7528460c1.txt';

export const tempDir = () => mkdtemp(join(tmpdir(), 'mubiao-extract-'));

let gbTable: Map<string, number[]> | undefined;

/**
 * Encodes text as GB18030 using only the platform decoder: every two-byte GBK code is decoded once
 * to build the reverse table. Throws on a character outside ASCII and the two-byte range, which
 * plan documents do not use.
 */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbTable.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${JSON.stringify(ch)}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
