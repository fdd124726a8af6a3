import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from './errors.ts';

/** Plan documents are a few hundred kB at most; anything past this is not a plan. */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export interface DecodedText {
  path: string;
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/**
 * Reads a plan document and decodes it: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030/GBK, which many government files still use. Fails with a one-line UserError naming
 * the file and the problem (missing, a folder, empty, too large, binary, undecodable).
 */
export async function readTextFile(file: string, cwd: string): Promise<DecodedText> {
  const path = resolve(cwd, file);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UserError(`${file}: is a folder, not a text file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? 'error'})`);
  }
  if (size === 0) throw new UserError(`${file}: the file is empty`);
  if (size > MAX_TEXT_BYTES) {
    throw new UserError(
      `${file}: ${(size / 1048576).toFixed(1)} MB is too large for a plan document (limit ${MAX_TEXT_BYTES / 1048576} MB)`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UserError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return { path, ...decodeText(bytes, file) };
}

/** Decodes document bytes; exported for tests and for callers that already hold the bytes. */
export function decodeText(bytes: Uint8Array, label: string): Omit<DecodedText, 'path'> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new UserError(`${label}: looks like a binary file, not plan text (expected UTF-8 or GB18030 text)`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: GB18030 is a superset of GBK and GB2312 and decodes any byte sequence those make.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    if (!/[\u4e00-\u9fff]/.test(text)) throw new Error('no CJK');
    return { text, encoding: 'gb18030' };
  } catch {
    throw new UserError(`${label}: not valid UTF-8 or GB18030 text (save it as UTF-8 and try again)`);
  }
}

/** NUL bytes, or many C0 controls other than tab/newline, mean a binary file (PDF, docx, image). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls > sample.length * 0.05;
}
