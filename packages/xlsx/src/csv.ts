import type { Cell, Grid } from '@mubiao/core';
import { cellAddress } from '@mubiao/core/sheet/address';
import { decodeTextInPieces, nulNote, SNIFF_CHARS, type DecodedBytes, type TextEncodingName, type TextSink } from '@mubiao/core/text/decode';
import { WorkbookError, workbookErrors } from './errors.ts';
import { DEFAULT_LIMITS, EXCEL_CELL_CHARS, EXCEL_COLS as MAX_COLS, EXCEL_ROWS as MAX_ROWS, overLimit } from './limits.ts';

export interface CsvOptions {
  fileName: string;
  /** Force a delimiter instead of sniffing one. */
  delimiter?: ',' | '\t' | ';';
  /** Sheet name for the grid; defaults to the file name without its extension. */
  sheetName?: string;
  maxCells?: number;
  /** Bytes decoded and parsed at a time (default 64 kB); the reading is the same whatever it is (tests cut fields across pieces with it). */
  pieceBytes?: number;
}

export interface CsvResult {
  grid: Grid;
  encoding: TextEncodingName;
  delimiter: string;
  warnings: string[];
}

/**
 * Reads CSV (RFC 4180 quoting, any line ending) into one Grid. Cell values stay strings, as the
 * user typed them: a CSV carries no types, and "15%" or "0012" must not be silently rewritten.
 */
export function readCsv(input: string | Uint8Array, opts: CsvOptions): Grid {
  return readCsvDetailed(input, opts).grid;
}

/** Excel's grid: a CSV line or file past it is cut there, as Excel cuts it, with a warning. */

/**
 * readCsv plus what was detected (encoding, delimiter) and any warnings. Bytes are decoded and
 * parsed a piece at a time (decodeTextInPieces), so the file's whole text is never held: a CSV
 * of one 190 MB line held its bytes and its text at once.
 */
export function readCsvDetailed(input: string | Uint8Array, opts: CsvOptions): CsvResult {
  if (typeof input === 'string') {
    const text = input.replace(/^\ufeff/, '');
    const sink = csvSink(text, 'utf-8', opts);
    sink.push(text);
    return sink.end();
  }
  const decoded = decodeTextInPieces(input, (first, encoding) => csvSink(first, encoding, opts), {
    head: SNIFF_CHARS,
    ...(opts.pieceBytes ? { pieceBytes: opts.pieceBytes } : {}),
  });
  if (decoded.ok) return decoded.result;
  throw csvDecodeError(decoded, opts.fileName);
}

/** The CSV reader over a text given piece by piece: `first` (the text's first SNIFF_CHARS characters, or all of it) chooses the delimiter. */
function csvSink(first: string, encoding: TextEncodingName, opts: CsvOptions): TextSink<CsvResult> {
  const delimiter = opts.delimiter ?? sniffDelimiter(first);
  const warnings: string[] = [];
  const maxCells = opts.maxCells ?? DEFAULT_LIMITS.maxCells;
  const cells: (Cell | undefined)[][] = [];
  let used = 0;
  let colCount = 0;
  let rowCount = 0;
  let cut = false;
  // Fields come row by row; each row is built here and kept as an exact-size copy (an array grown
  // from empty reserves 17 slots, which a million one-cell lines turn into 150 MB of nothing).
  const row: (Cell | undefined)[] = [];
  let building = -1;
  const nulCells: string[] = [];
  const longCells: string[] = [];
  // Only filled fields are kept, so a line of a million commas costs nothing but the scan.
  const parser = new CsvParser(delimiter, opts.fileName, warnings, (r, c, value, fullLength) => {
    if (r >= MAX_ROWS || c >= MAX_COLS) {
      cut = true;
      return;
    }
    if (++used > maxCells) throw overLimit(opts.fileName, 'maxCells', undefined, `more than ${maxCells.toLocaleString('en-US')} filled cells`);
    if (r !== building) {
      if (building >= 0) cells[building] = row.slice();
      building = r;
      row.length = 0;
    }
    const address = cellAddress(r, c);
    if (value.includes('\u0000')) {
      // A stray NUL byte (the decoder lets a NUL or two through as text) is no character anyone
      // typed: it is left out, and a note names the cell.
      nulCells.push(address);
      value = value.replace(/\u0000/g, '');
      if (value === '') return;
    }
    const cell: Cell = { address, row: r, col: c, value, text: value };
    if (fullLength !== undefined) {
      cell.fullLength = fullLength;
      longCells.push(`${address} (${fullLength.toLocaleString('en-US')} characters)`);
    }
    row[c] = cell;
    if (c + 1 > colCount) colCount = c + 1;
    if (r + 1 > rowCount) rowCount = r + 1;
  });
  return {
    push: (piece) => parser.push(piece),
    end: () => {
      parser.end();
      if (building >= 0) cells[building] = row.slice();
      if (nulCells.length > 0) warnings.push(nulNote(opts.fileName, 'cell', nulCells));
      if (longCells.length > 0) {
        const named = longCells.slice(0, 3).join(', ') + (longCells.length > 3 ? ` and ${(longCells.length - 3).toLocaleString('en-US')} more` : '');
        warnings.push(
          `${opts.fileName}: only the first ${EXCEL_CELL_CHARS.toLocaleString('en-US')} characters (what an Excel cell holds) of ${named} were read`,
        );
      }
      if (cut) warnings.push(`${opts.fileName}: fields past Excel's grid (row 1,048,576 or column XFD) were left out, as Excel leaves them out`);
      for (let r = 0; r < rowCount; r++) cells[r] ??= [];
      cells.length = rowCount;
      const sheet = opts.sheetName ?? sheetNameFor(opts.fileName);
      return {
        grid: { sheet, rowCount, colCount, cells, merges: [], hiddenRows: [], hiddenCols: [] },
        encoding,
        delimiter,
        warnings,
      };
    },
  };
}

/**
 * The sheet name a CSV gets: its file name without the extension, made a name Excel accepts
 * (no [ ] : * ? / \, no leading or trailing apostrophe, at most 31 characters), so an
 * annotated copy of it can be written.
 */
export function sheetNameFor(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const clean = [...base.replace(/[[\]:*?/\\\u0000-\u001f\u007f]/g, '_').replace(/^'+|'+$/g, '')].slice(0, 31).join('').trim();
  return clean || 'Sheet1';
}

/** Why bytes are not a CSV Mubiao reads, in one line naming the file. */
function csvDecodeError(decoded: Exclude<DecodedBytes, { ok: true }>, fileName: string): WorkbookError {
  if (decoded.problem === 'binary') return workbookErrors.notAWorkbook(fileName, 'binary data that is neither .xlsx nor text');
  if (decoded.problem === 'unsupported-encoding')
    return new WorkbookError(
      'not-a-workbook',
      fileName,
      `${fileName} is text saved as ${decoded.encoding}, which Mubiao does not read; save it as "CSV UTF-8" and try again`,
    );
  if (decoded.problem === 'broken-utf16')
    return new WorkbookError(
      'not-a-workbook',
      fileName,
      `${fileName} is ${decoded.encoding} text with a broken character (half of a surrogate pair) on line ${decoded.line}; save it as "CSV UTF-8" and try again`,
    );
  const where = decoded.utf8Line && decoded.utf8Line > 1 ? ` (line ${decoded.utf8Line} is not UTF-8 as the lines before it are: mixed encodings?)` : '';
  return new WorkbookError('not-a-workbook', fileName, `${fileName} is not valid UTF-8 or GB18030 text${where}; save it as "CSV UTF-8" and try again`);
}

/** Picks the delimiter that splits the first lines most consistently (outside quotes). */
export function sniffDelimiter(text: string): ',' | '\t' | ';' {
  const sample = text.slice(0, SNIFF_CHARS);
  const candidates = [',', '\t', ';'] as const;
  let best: ',' | '\t' | ';' = ',';
  let bestScore = -1;
  for (const d of candidates) {
    const counts = countPerLine(sample, d, 20).filter((n) => n > 0);
    if (counts.length === 0) continue;
    const mode = Math.max(...counts);
    const consistent = counts.filter((n) => n === mode).length;
    const score = consistent * 1000 + mode;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function countPerLine(text: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = [];
  let quoted = false;
  let count = 0;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === delimiter) count++;
    else if (!quoted && c === '\n') {
      counts.push(count);
      count = 0;
    }
  }
  if (count > 0) counts.push(count);
  return counts;
}

const START = 0; // before a field
const UNQUOTED = 1;
const QUOTED = 2; // inside quotes
const QUOTE = 3; // a quote inside quotes, the character after it not seen yet
const AFTER = 4; // after the closing quote: text up to the delimiter is kept (malformed but common)
const CR = 5; // a line ended on \r at the end of a piece: a \n starting the next belongs to it

/**
 * Splits CSV text, given a piece at a time, into fields and hands each non-empty one over with
 * its 0-based row and column. Its state (where it is in a field, row, column, line) carries from
 * piece to piece, so a field may span pieces. A field longer than a cell holds is handed over as
 * its first EXCEL_CELL_CHARS characters, copied, with its whole length: it is measured as it is
 * scanned, never joined or kept whole (a CSV of one 190 MB field held it twice over).
 */
class CsvParser {
  private state = START;
  private line = 1;
  private row = 0;
  private col = 0;
  private startLine = 0;
  private readonly delim: number;
  private readonly field = new FieldParts();

  constructor(
    delimiter: string,
    private readonly fileName: string,
    private readonly warnings: string[],
    private readonly emit: (row: number, col: number, value: string, fullLength?: number) => void,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  push(t: string): void {
    const n = t.length;
    const delim = this.delim;
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case CR:
          if (t.charCodeAt(i) === 10) i++;
          this.state = START;
          break;
        case START:
          if (t.charCodeAt(i) === 34 /* " */) {
            // Quoted field: "" is a literal quote; it may span lines.
            this.state = QUOTED;
            this.startLine = this.line;
            i++;
          } else this.state = UNQUOTED;
          break;
        case QUOTED: {
          const quote = t.indexOf('"', i);
          const end = quote < 0 ? n : quote;
          this.field.add(t, i, end);
          // Lines are counted in the file, so a newline in the part of a long field left out counts too.
          for (let k = i; k < end; k++) if (t.charCodeAt(k) === 10) this.line++;
          i = end;
          if (quote >= 0) {
            i++;
            this.state = QUOTE;
          }
          break;
        }
        case QUOTE:
          if (t.charCodeAt(i) === 34) {
            this.field.add(t, i, i + 1);
            i++;
            this.state = QUOTED;
          } else this.state = AFTER;
          break;
        default: {
          // UNQUOTED or AFTER: up to the delimiter or the line's end.
          const start = i;
          while (i < n) {
            const c = t.charCodeAt(i);
            if (c === delim || c === 10 || c === 13) break;
            i++;
          }
          this.field.add(t, start, i);
          if (i < n) i = this.fieldEnds(t, i);
        }
      }
    }
  }

  /** The end of the text: the last field, and the note on a quote never closed. */
  end(): void {
    if (this.state === QUOTED)
      this.warnings.push(`${this.fileName}: a quoted field starting on line ${this.startLine} is never closed; read to the end of the file`);
    if (this.state !== START && this.state !== CR) this.handOver();
  }

  /** The field ends at t[i], a delimiter or a line end; returns where the next starts. */
  private fieldEnds(t: string, i: number): number {
    this.handOver();
    this.state = START;
    const c = t.charCodeAt(i);
    if (c === this.delim) {
      this.col++;
      return i + 1;
    }
    // Line end: \r\n, \n or \r.
    this.line++;
    this.row++;
    this.col = 0;
    if (c === 13) {
      if (i + 1 === t.length) this.state = CR;
      else if (t.charCodeAt(i + 1) === 10) return i + 2;
    }
    return i + 1;
  }

  private handOver(): void {
    const value = this.field.value();
    const fullLength = this.field.length;
    this.field.clear();
    if (value !== '') this.emit(this.row, this.col, value, fullLength > EXCEL_CELL_CHARS ? fullLength : undefined);
  }
}

/**
 * What is kept of a field longer than a cell holds, as a string of its own: a slice would keep the
 * whole text alive as long as the cell. A surrogate pair cut in half at the end is left out whole.
 */
function ownCopy(kept: string): string {
  const last = kept.charCodeAt(kept.length - 1);
  const whole = last >= 0xd800 && last <= 0xdbff ? kept.slice(0, -1) : kept;
  return whole.split('').join('');
}

/**
 * A field's pieces (of one text piece or several; for a quoted field the text between escaped
 * quotes, each quote, text after the closing quote), kept up to what a cell holds; past that they
 * are only counted, never joined.
 */
class FieldParts {
  private readonly parts: string[] = [];
  private kept = 0;
  /** The field's length as read (an escaped quote counted once). */
  length = 0;

  add(text: string, start: number, end: number): void {
    if (end <= start) return;
    this.length += end - start;
    if (this.kept >= EXCEL_CELL_CHARS) return;
    const take = Math.min(end, start + EXCEL_CELL_CHARS - this.kept);
    this.parts.push(text.slice(start, take));
    this.kept += take - start;
  }

  value(): string {
    const joined = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    return this.length > EXCEL_CELL_CHARS ? ownCopy(joined) : joined;
  }

  clear(): void {
    this.parts.length = 0;
    this.kept = 0;
    this.length = 0;
  }
}
