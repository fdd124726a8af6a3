import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeTextBytes, leaveOutNuls, nulNote, type TextEncodingName } from '@mubiao/core';
import { UserError } from './errors.ts';
import { regularFileSize } from './regular-file.ts';

/** Plan documents are a few hundred kB at most; anything past this is not a plan. */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export interface DecodedText {
  path: string;
  /** The text, stray NUL bytes left out (as a CSV's are). */
  text: string;
  encoding: TextEncodingName;
  /** Offsets of the NULs left out, in the text as decoded: spans are given back in the file's own offsets. */
  nulOffsets: number[];
  /** What the reading had to leave out, one line each (`note:` lines on stderr). */
  notes: string[];
}

/**
 * Reads a plan document and decodes it: UTF-8 (with or without BOM), UTF-16 (BOM or not), or
 * GB18030/GBK, which many government files still use. Fails with a one-line UserError naming
 * the file and the problem (missing, a folder, empty, too large, binary, undecodable).
 */
export async function readTextFile(file: string, cwd: string): Promise<DecodedText> {
  const path = resolve(cwd, file);
  const size = await regularFileSize(path, file, 'a text file');
  if (size === 0) throw new UserError(`${file}: the file is empty`);
  if (size > MAX_TEXT_BYTES) {
    throw new UserError(`${file}: ${(size / 1048576).toFixed(1)} MB is too large for a plan document (limit ${MAX_TEXT_BYTES / 1048576} MB)`);
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
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) {
    throw new UserError(
      decoded.problem === 'binary'
        ? `${label}: looks like a binary file, not plan text (expected UTF-8 or GB18030 text)`
        : decoded.problem === 'unsupported-encoding'
          ? `${label}: saved as ${decoded.encoding}, which Mubiao does not read; save it as UTF-8 and try again`
          : decoded.problem === 'broken-utf16'
            ? `${label}: ${decoded.encoding} text with a broken character (half of a surrogate pair) on line ${decoded.line}; save it as UTF-8 and try again`
            : `${label}: not valid UTF-8 or GB18030 text${decoded.utf8Line && decoded.utf8Line > 1 ? ` (line ${decoded.utf8Line} is not UTF-8 as the lines before it are: mixed encodings?)` : ''} (save it as UTF-8 and try again)`,
    );
  }
  // Almost any byte sequence decodes as GB18030: a plan read that way must hold Chinese text.
  if (decoded.encoding === 'gb18030' && !/[\u4e00-\u9fff]/.test(decoded.text)) {
    throw new UserError(`${label}: not valid UTF-8 or GB18030 text (save it as UTF-8 and try again)`);
  }
  // A stray NUL or two (more is binary) is left out, as the CSV reader leaves it out, with a note
  // naming the line: inside a figure ("1\u00005%") it would hide the figure from the reader.
  const nuls = leaveOutNuls(decoded.text);
  return { text: nuls.text, encoding: decoded.encoding, nulOffsets: nuls.offsets, notes: nuls.lines.length ? [nulNote(label, 'line', nuls.lines)] : [] };
}
