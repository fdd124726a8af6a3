import type { Cell, Grid } from '@mubiao/core';
import { cellAddress } from '@mubiao/core/sheet/address';
import { decodeTextBytes, nulNote, type TextEncodingName } from '@mubiao/core/text/decode';
import { WorkbookError, workbookErrors } from './errors.ts';
import { DEFAULT_LIMITS, EXCEL_CELL_CHARS, EXCEL_COLS as MAX_COLS, EXCEL_ROWS as MAX_ROWS, overLimit } from './limits.ts';

export interface CsvOptions {
  fileName: string;
  /** Force a delimiter instead of sniffing one. */
  delimiter?: ',' | '\t' | ';';
  /** Sheet name for the grid; defaults to the file name without its extension. */
  sheetName?: string;
  maxCells?: number;
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

/** readCsv plus what was detected (encoding, delimiter) and any warnings. */
export function readCsvDetailed(input: string | Uint8Array, opts: CsvOptions): CsvResult {
  const decoded = typeof input === 'string' ? { text: input.replace(/^\ufeff/, ''), encoding: 'utf-8' as const } : decodeCsvBytes(input, opts.fileName);
  const text = decoded.text;
  const delimiter = opts.delimiter ?? sniffDelimiter(text);
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
  parseCsv(text, delimiter, opts.fileName, warnings, (r, c, value, fullLength) => {
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
  if (building >= 0) cells[building] = row.slice();
  if (nulCells.length > 0) warnings.push(nulNote(opts.fileName, 'cell', nulCells));
  if (longCells.length > 0) {
    const named = longCells.slice(0, 3).join(', ') + (longCells.length > 3 ? ` and ${(longCells.length - 3).toLocaleString('en-US')} more` : '');
    warnings.push(`${opts.fileName}: only the first 32,767 characters (what an Excel cell holds) of ${named} were read`);
  }
  if (cut) warnings.push(`${opts.fileName}: fields past Excel's grid (row 1,048,576 or column XFD) were left out, as Excel leaves them out`);
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  cells.length = rowCount;
  const sheet = opts.sheetName ?? sheetNameFor(opts.fileName);
  return {
    grid: { sheet, rowCount, colCount, cells, merges: [], hiddenRows: [], hiddenCols: [] },
    encoding: decoded.encoding,
    delimiter,
    warnings,
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

/** UTF-8 (BOM or not), UTF-16 (BOM or not), else GB18030 — what Excel and WPS in China export. */
export function decodeCsvBytes(bytes: Uint8Array, fileName: string): { text: string; encoding: CsvResult['encoding'] } {
  const decoded = decodeTextBytes(bytes);
  if (decoded.ok) return { text: decoded.text, encoding: decoded.encoding };
  if (decoded.problem === 'binary') throw workbookErrors.notAWorkbook(fileName, 'binary data that is neither .xlsx nor text');
  if (decoded.problem === 'unsupported-encoding')
    throw new WorkbookError(
      'not-a-workbook',
      fileName,
      `${fileName} is text saved as ${decoded.encoding}, which Mubiao does not read; save it as "CSV UTF-8" and try again`,
    );
  if (decoded.problem === 'broken-utf16')
    throw new WorkbookError(
      'not-a-workbook',
      fileName,
      `${fileName} is ${decoded.encoding} text with a broken character (half of a surrogate pair) on line ${decoded.line}; save it as "CSV UTF-8" and try again`,
    );
  const where = decoded.utf8Line && decoded.utf8Line > 1 ? ` (line ${decoded.utf8Line} is not UTF-8 as the lines before it are: mixed encodings?)` : '';
  throw new WorkbookError('not-a-workbook', fileName, `${fileName} is not valid UTF-8 or GB18030 text${where}; save it as "CSV UTF-8" and try again`);
}

/** Picks the delimiter that splits the first lines most consistently (outside quotes). */
export function sniffDelimiter(text: string): ',' | '\t' | ';' {
  const sample = text.slice(0, 64 * 1024);
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

/**
 * Splits CSV text into fields and hands each non-empty one over with its 0-based row and column. A
 * field longer than a cell holds is handed over as its first EXCEL_CELL_CHARS characters, copied
 * out of the text, with its whole length: it is measured as it is scanned, never joined or kept
 * whole (a CSV of one 190 MB field held it twice over).
 */
function parseCsv(
  text: string,
  delimiter: string,
  fileName: string,
  warnings: string[],
  field: (row: number, col: number, value: string, fullLength?: number) => void,
): void {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;
  let row = 0;
  let col = 0;
  while (i < n) {
    let value: string;
    let fullLength: number;
    if (text.charCodeAt(i) === 34 /* " */) {
      // Quoted field: "" is a literal quote; it may span lines.
      const startLine = line;
      const kept = new FieldParts(text);
      const opening = i;
      let from = i + 1;
      let closed = false;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          kept.add(from, n);
          i = n;
          break;
        }
        kept.add(from, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          kept.add(quote, quote + 1);
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        closed = true;
        break;
      }
      // Lines are counted in the file, so a newline in the part of a long field left out counts too.
      for (let k = opening + 1; k < i; k++) if (text.charCodeAt(k) === 10) line++;
      if (!closed) warnings.push(`${fileName}: a quoted field starting on line ${startLine} is never closed; read to the end of the file`);
      // Text after the closing quote (malformed but common) is kept.
      const rest = i;
      while (i < n && text.charCodeAt(i) !== delim && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      kept.add(rest, i);
      value = kept.value();
      fullLength = kept.length;
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === 10 || c === 13) break;
        i++;
      }
      fullLength = i - start;
      value = fullLength > EXCEL_CELL_CHARS ? ownCopy(text.slice(start, start + EXCEL_CELL_CHARS)) : text.slice(start, i);
    }
    if (value !== '') field(row, col, value, fullLength > EXCEL_CELL_CHARS ? fullLength : undefined);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      col++;
      continue;
    }
    // Line end: \r\n, \n or \r.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    line++;
    row++;
    col = 0;
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
 * A quoted field's pieces (text between escaped quotes, each quote, text after the closing quote),
 * kept up to what a cell holds; past that they are only counted, never joined.
 */
class FieldParts {
  private readonly parts: string[] = [];
  private kept = 0;
  /** The field's length as read (an escaped quote counted once). */
  length = 0;
  constructor(private readonly text: string) {}

  add(start: number, end: number): void {
    if (end <= start) return;
    this.length += end - start;
    if (this.kept >= EXCEL_CELL_CHARS) return;
    const take = Math.min(end, start + EXCEL_CELL_CHARS - this.kept);
    this.parts.push(this.text.slice(start, take));
    this.kept += take - start;
  }

  value(): string {
    const joined = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    return this.length > EXCEL_CELL_CHARS ? ownCopy(joined) : joined;
  }
}
