/**
 * Decodes the bytes of a text file the way Chinese government files come: UTF-8 (with or without
 * BOM), UTF-16 (with a BOM, or without one, told by its zero bytes), or GB18030 (a superset of
 * GBK and GB2312, still common for documents and for CSV saved by Excel and WPS). One
 * implementation for plan documents (cli) and CSV sheets (xlsx); each host words the problem for
 * its users. TextDecoder exists in browsers and Node.
 */
// A WHATWG API present in every runtime core runs in (browsers, Node, Office's webviews); core's
// lib has neither DOM nor Node types, so the little we use is declared here.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** NUL bytes a text may hold and still be text: a stray one or two, as damaged saves leave them. */
export const MAX_STRAY_NULS = 2;

export type DecodedBytes =
  /** `text` may hold up to MAX_STRAY_NULS NUL characters in its first 8 kB (more after): each host says where. */
  | { ok: true; text: string; encoding: TextEncodingName }
  /**
   * binary: NUL bytes or many control characters (a PDF, .docx or image); undecodable: neither
   * UTF-8 nor GB18030; unsupported-encoding: a known encoding this reader does not take (UTF-32),
   * named in `encoding`, so the user is told to re-save rather than handed an empty plan.
   */
  | { ok: false; problem: 'binary' }
  /** Neither UTF-8 nor GB18030: `utf8Line` is the 1-based line of the first byte that is not UTF-8 (mixed encodings show there). */
  | { ok: false; problem: 'undecodable'; utf8Line?: number }
  | { ok: false; problem: 'unsupported-encoding'; encoding: string }
  /** UTF-16 (it has a BOM) holding half a character, a lone surrogate, first on `line` (1-based). */
  | { ok: false; problem: 'broken-utf16'; encoding: 'UTF-16LE' | 'UTF-16BE'; line: number };

export function decodeTextBytes(bytes: Uint8Array): DecodedBytes {
  // The pieces joined: one decision order for the whole text and for a text read in pieces.
  const decoded = decodeTextInPieces(bytes, () => joinedText());
  return decoded.ok ? { ok: true, text: decoded.result, encoding: decoded.encoding } : decoded;
}

/** A sink that keeps every piece and joins them at the end. */
function joinedText(): TextSink<string> {
  const pieces: string[] = [];
  return { push: (piece) => pieces.push(piece), end: () => pieces.join('') };
}

/** What takes a decoded text piece by piece (decodeTextInPieces), and gives its result at the end. */
export interface TextSink<T> {
  push(piece: string): void;
  end(): T;
}

/** decodeTextBytes's answer, with the sink's result where it had the text. */
export type DecodedInPieces<T> = { ok: true; result: T; encoding: TextEncodingName } | Exclude<DecodedBytes, { ok: true }>;

/**
 * Bytes decoded at a time: a piece of text is at most this many characters. 64 kB keeps each
 * piece below V8's large-object size, so a piece read is freed by the young generation's cheap
 * collection (1 MB pieces: a CSV of one 190 MB line peaked 85 MB higher).
 */
const PIECE_BYTES = 1 << 16;

/** Characters a reader is given to sniff before the pieces come (a CSV's delimiter is chosen on them). */
export const SNIFF_CHARS = 1 << 16;

/**
 * The decoder itself, without ever holding the whole text: the encoding is decided (UTF-32
 * refused, BOMs, BOM-less UTF-16 by its zero bytes, binary, then UTF-8 before GB18030) and the
 * text handed to a sink a piece at a time (TextDecoder's `stream`), so a reader that keeps less
 * than the text (a CSV's cells) never holds the text and its bytes together; decodeTextBytes is
 * this with a sink that joins the pieces. `open(first, encoding)` gets the text's start (at
 * least `head` characters, or the whole text) to sniff, and returns the sink that then takes
 * every piece, that start included. An encoding is learnt to be wrong only where it breaks (a
 * GB18030 byte after megabytes of ASCII): that sink is dropped and a new one opened on the next
 * encoding. An error the sink throws is thrown only once the whole input is known to decode in
 * that encoding, so the answer (result or problem) never depends on where the pieces were cut.
 */
export function decodeTextInPieces<T>(
  bytes: Uint8Array,
  open: (first: string, encoding: TextEncodingName) => TextSink<T>,
  { head = SNIFF_CHARS, pieceBytes = PIECE_BYTES }: { head?: number; pieceBytes?: number } = {},
): DecodedInPieces<T> {
  // A piece of no bytes would never move on.
  pieceBytes = Math.max(1, Math.floor(pieceBytes) || PIECE_BYTES);
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { ok: false, problem: 'unsupported-encoding', encoding: 'UTF-32LE' };
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { ok: false, problem: 'unsupported-encoding', encoding: 'UTF-32BE' };
  for (const [bom, encoding] of [
    [0xfffe, 'utf-16le'],
    [0xfeff, 'utf-16be'],
  ] as const) {
    if (bytes[0] !== bom >> 8 || bytes[1] !== (bom & 0xff)) continue;
    const body = bytes.subarray(2);
    const read = inPieces(body, encoding, open, head, pieceBytes, true);
    if (read.ok) return { ok: true, result: read.result, encoding };
    if (read.problem === 'binary') return { ok: false, problem: 'binary' };
    return {
      ok: false,
      problem: 'broken-utf16',
      encoding: encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE',
      line: loneSurrogateLine(body, encoding === 'utf-16le'),
    };
  }
  const bomless = utf16ByZeroBytes(bytes);
  if (bomless) {
    const read = inPieces(bytes, bomless, open, head, pieceBytes, true);
    if (read.ok) return { ok: true, result: read.result, encoding: bomless };
  }
  if (looksBinary(bytes)) return { ok: false, problem: 'binary' };
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const read = inPieces(bytes, encoding, open, head, pieceBytes, false);
    if (read.ok) return { ok: true, result: read.result, encoding };
  }
  return { ok: false, problem: 'undecodable', utf8Line: firstNonUtf8Line(bytes) };
}

/** One encoding tried on the whole input, piece by piece: the sink's result, or why the encoding does not hold. */
function inPieces<T>(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  open: (first: string, encoding: TextEncodingName) => TextSink<T>,
  head: number,
  pieceBytes: number,
  checkText: boolean,
): { ok: true; result: T } | { ok: false; problem: 'undecodable' | 'binary' } {
  let sink: TextSink<T> | undefined;
  const heads: string[] = [];
  let headLength = 0;
  let binary = false;
  let thrown: { error: unknown } | undefined;
  const give = (piece: string, last: boolean) => {
    if (binary || thrown) return;
    try {
      if (sink) {
        sink.push(piece);
        return;
      }
      heads.push(piece);
      headLength += piece.length;
      if (headLength < head && !last) return;
      const first = heads.join('');
      // UTF-16 whose start is not text (controls, NULs) is binary (said once the whole decodes).
      if (checkText && notText(first.slice(0, 4096))) {
        binary = true;
        return;
      }
      sink = open(first, encoding);
      // The pieces as they came: the sink's reading does not depend on where they were cut.
      for (const each of heads.splice(0)) sink.push(each);
    } catch (error) {
      thrown = { error };
    }
  };
  try {
    // A UTF-8 BOM is dropped (ignoreBOM: false). Built inside the try: a runtime without the
    // gb18030 label (small-ICU builds) then says the file does not decode, not a RangeError.
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
    for (let at = 0; at < bytes.length; at += pieceBytes) give(decoder.decode(bytes.subarray(at, at + pieceBytes), { stream: true }), false);
    give(decoder.decode(), true);
  } catch {
    return { ok: false, problem: 'undecodable' };
  }
  if (binary) return { ok: false, problem: 'binary' };
  if (thrown) throw thrown.error;
  return { ok: true, result: sink!.end() };
}

/** The 1-based line of the first byte sequence that is not UTF-8 (a line saved in GBK among UTF-8 ones). */
function firstNonUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 10) line++;
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return line;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return line;
    i += length;
  }
  return line;
}

/**
 * UTF-16 without a BOM (Excel and WPS open it), told by its zero bytes: every ASCII character (a
 * delimiter, a digit, a line break) is a zero byte beside a printable one, so in text the zeros
 * fall on one side of each byte pair (odd offsets little-endian, even big-endian), beside ASCII,
 * for at least 5% of the characters. Binary data has zeros on both sides or beside anything, and
 * text with a few stray NULs has far fewer.
 */
function utf16ByZeroBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  const zeros = [0, 0];
  const besideAscii = [0, 0];
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    zeros[i % 2]!++;
    const partner = sample[i % 2 ? i - 1 : i + 1]!;
    if ((partner >= 0x20 && partner < 0x7f) || partner === 0x09 || partner === 0x0a || partner === 0x0d) besideAscii[i % 2]!++;
  }
  const enough = Math.max(MAX_STRAY_NULS + 1, sample.length / 40);
  // A few zeros on the other side are characters such as 一 (U+4E00), whose low byte is zero.
  const side = (high: number): boolean => zeros[high]! >= enough && zeros[1 - high]! * 4 <= zeros[high]! && besideAscii[high]! >= zeros[high]! * 0.9;
  return side(1) ? 'utf-16le' : side(0) ? 'utf-16be' : undefined;
}

/** The 1-based line of the first lone surrogate (or a dangling last byte) in UTF-16 bytes. */
function loneSurrogateLine(bytes: Uint8Array, le: boolean): number {
  let line = 1;
  const unit = (i: number) => (le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u === 10) line++;
    else if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return line;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return line;
  }
  return line;
}

/** More than MAX_STRAY_NULS NUL characters, or more than 5% other controls than tab/newline/CR. */
function notText(sample: Uint8Array | string): boolean {
  let nuls = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = typeof sample === 'string' ? sample.charCodeAt(i) : sample[i]!;
    if (b === 0) nuls++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return nuls > MAX_STRAY_NULS || controls > sample.length * 0.05;
}

/**
 * More than MAX_STRAY_NULS NUL bytes, or more than 5% C0 controls other than tab/newline/CR, in
 * the first 8 kB. A stray NUL or two is a damaged character in text, not a binary file: the text
 * is read and its host says where the NUL stood.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return notText(bytes.subarray(0, 8192));
}

/** A decoded text with its stray NULs left out, and where each stood. */
export interface NulsLeftOut {
  text: string;
  /** Offsets of the NULs in the text as decoded (ascending). */
  offsets: number[];
  /** 1-based line of each line that held one (ascending, each once). */
  lines: number[];
}

/**
 * Leaves stray NUL characters out of a decoded text, as Excel leaves them out of a CSV it opens:
 * a NUL is no character anyone typed, and inside a figure ("1\0 5%") or a name it would hide it
 * from the reader. One path for every text host: plan documents (CLI), pasted plans (web checker
 * and task pane); CSV leaves them out of each field and names the cell (nulNote).
 */
export function leaveOutNuls(text: string): NulsLeftOut {
  const first = text.indexOf('\u0000');
  if (first < 0) return { text, offsets: [], lines: [] };
  const offsets: number[] = [];
  const lines: number[] = [];
  let line = 1;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 0) {
      offsets.push(i);
      if (lines.at(-1) !== line) lines.push(line);
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return { text: out + text.slice(from), offsets, lines };
}

/** An offset into the text without its NULs, as an offset into the text as decoded (spans quote the file). */
export function offsetBeforeNulsLeftOut(offset: number, nulOffsets: readonly number[]): number {
  let at = offset;
  for (const nul of nulOffsets) {
    if (nul <= at) at++;
    else break;
  }
  return at;
}

/** The one note for NULs left out: where (the first few cells or lines by name, then how many more), and what to do. */
export function nulNote(label: string, where: 'cell' | 'line', places: readonly (string | number)[]): string {
  const named = places.slice(0, 3).join(', ') + (places.length > 3 ? ` and ${(places.length - 3).toLocaleString('en-US')} more` : '');
  return `${label}: NUL bytes (zero bytes, not characters) were left out of ${where}${places.length === 1 ? '' : 's'} ${named}; check ${places.length === 1 ? 'it' : 'them'}`;
}
