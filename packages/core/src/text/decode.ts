/**
 * Decodes the bytes of a text file the way Chinese government files come: UTF-8 (with or without
 * BOM), UTF-16 with a BOM, or GB18030 (a superset of GBK and GB2312, still common for documents
 * and for CSV saved by Excel and WPS). One implementation for plan documents (cli) and CSV sheets
 * (xlsx); each host words the problem for its users. TextDecoder exists in browsers and Node.
 */
// A WHATWG API present in every runtime core runs in (browsers, Node, Office's webviews); core's
// lib has neither DOM nor Node types, so the little we use is declared here.
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input: Uint8Array): string };

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedBytes =
  | { ok: true; text: string; encoding: TextEncodingName }
  /**
   * binary: NUL bytes or many control characters (a PDF, .docx or image); undecodable: neither
   * UTF-8 nor GB18030; unsupported-encoding: a known encoding this reader does not take (UTF-32),
   * named in `encoding`, so the user is told to re-save rather than handed an empty plan.
   */
  | { ok: false; problem: 'binary' | 'undecodable' }
  | { ok: false; problem: 'unsupported-encoding'; encoding: string };

export function decodeTextBytes(bytes: Uint8Array): DecodedBytes {
  // UTF-32's byte order marks start like UTF-16's: test them first.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { ok: false, problem: 'unsupported-encoding', encoding: 'UTF-32LE' };
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { ok: false, problem: 'unsupported-encoding', encoding: 'UTF-32BE' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, problem: 'binary' };
  try {
    // A UTF-8 BOM is dropped (ignoreBOM: false).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: try GB18030.
  }
  try {
    return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    return { ok: false, problem: 'undecodable' };
  }
}

/** UTF-16 after its BOM; text that still holds NULs or is not valid UTF-16 is not text. */
function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedBytes {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch {
    return { ok: false, problem: 'undecodable' };
  }
  return text.includes('\u0000') ? { ok: false, problem: 'binary' } : { ok: true, text, encoding };
}

/** NUL bytes, or more than 5% C0 controls other than tab/newline/CR in the first 8 kB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls > sample.length * 0.05;
}
