/**
 * Limits checked before a file reaches SheetJS, whose readers trust the file: a few hundred bytes
 * of OpenDocument can ask for billions of repeated cells, a SpreadsheetML column span loops as
 * often as it says, and SheetJS inflates zip entries without a ceiling. Each check is linear in
 * the input, and the input itself is bounded first, so what SheetJS then does is bounded too.
 */
import { workbookErrors } from '../errors.ts';
import { EXCEL_COLS as MAX_COLS, EXCEL_ROWS as MAX_ROWS } from '../limits.ts';
import { OPEN, XmlError, XmlScanner } from '../xml.ts';
import { openZip, readEntry, type InflateRaw } from '../zip.ts';
import type { LegacyFormat } from './sniff.ts';

export interface LegacyLimits {
  /** Largest legacy file handed to SheetJS, in bytes (SheetJS holds several copies while reading). */
  maxInputBytes: number;
  /** Most bytes all entries of a zipped format (.xlsb, .ods) may unpack to. */
  maxUnpackedBytes: number;
  /** Most filled cells in the workbook (the same limit as for .xlsx). */
  maxCells: number;
}

/** Excel's own grid: anything a file places beyond it is damage or an attack. */
const MAX_ZIP_ENTRIES = 10_000;

const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

/**
 * Throws a `too-large` or `corrupt` WorkbookError when the file would make SheetJS do unbounded work.
 * `inflate` is the host's (Node's zlib), tried within each entry's declared size before fflate's
 * bounded inflate, as for .xlsx (zip.ts readEntry).
 */
export function checkLegacyInput(bytes: Uint8Array, format: LegacyFormat, fileName: string, limits: LegacyLimits, inflate?: InflateRaw): void {
  if (bytes.length > limits.maxInputBytes) {
    throw workbookErrors.tooLarge(fileName, `${mb(bytes.length)} in the ${format} format (limit ${mb(limits.maxInputBytes)})`);
  }
  if (format === 'xlsb' || format === 'ods') checkZip(bytes, format, fileName, limits, inflate);
  else if (format === 'fods') checkOpenDocumentRepeats(decodeText(bytes), fileName, limits.maxCells);
  else if (format === 'xml2003') checkSpreadsheetMlIndexes(decodeText(bytes), fileName);
}

/**
 * Every entry is unpacked here first (CRC checked, size bounded), so SheetJS's own inflate meets
 * only what passed: an entry whose data run past the size its header declares (a zip bomb that
 * lies small) is refused here, since SheetJS would unpack it to its end (600 MB: 5–7 s).
 */
function checkZip(bytes: Uint8Array, format: 'xlsb' | 'ods', fileName: string, limits: LegacyLimits, inflate: InflateRaw | undefined): void {
  const zip = openZip(bytes, fileName, undefined, inflate);
  if (zip.entries.length > MAX_ZIP_ENTRIES) throw workbookErrors.tooLarge(fileName, `${zip.entries.length} zip entries (limit ${MAX_ZIP_ENTRIES})`);
  let total = 0;
  for (const entry of zip.entries) {
    total += entry.size;
    if (total > limits.maxUnpackedBytes) throw workbookErrors.tooLarge(fileName, `its parts unpack to more than ${mb(limits.maxUnpackedBytes)}`);
  }
  for (const entry of zip.entries) {
    if (entry.name.endsWith('/')) continue;
    const data = readEntry(zip, entry, limits.maxUnpackedBytes);
    // Cut at its declared size here, but SheetJS would unpack it to its end, without a ceiling.
    if (zip.overran.has(entry.name)) {
      throw workbookErrors.corrupt(
        fileName,
        `part ${entry.name} unpacks to more than the ${entry.size.toLocaleString('en-US')} bytes its zip header declares`,
        entry.name,
      );
    }
    if (format === 'ods' && /(^|\/)content\.xml$/i.test(entry.name)) checkOpenDocumentRepeats(new TextDecoder().decode(data), fileName, limits.maxCells);
  }
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * OpenDocument compresses runs with table:number-rows-repeated and table:number-columns-repeated,
 * and SheetJS writes out every repeated cell that has content. Counts those cells (rows × columns
 * of each run) before SheetJS does; empty repeated cells (LibreOffice pads every sheet with them)
 * cost nothing and are not counted.
 */
export function checkOpenDocumentRepeats(xml: string, fileName: string, maxCells: number): void {
  const s = new XmlScanner(xml);
  let rowRepeat = 1;
  let cells = 0;
  try {
    for (let kind = s.next(); kind; kind = s.next()) {
      if (kind !== OPEN) continue;
      if (s.name === 'table-row') rowRepeat = repeatCount(s.attr('table:number-rows-repeated'), MAX_ROWS, fileName);
      else if (s.name === 'table-cell' || s.name === 'covered-table-cell') {
        const colRepeat = repeatCount(s.attr('table:number-columns-repeated'), MAX_COLS, fileName);
        const hasContent = !s.selfClosing || s.attr('office:value-type') !== undefined || s.attr('table:formula') !== undefined;
        if (!hasContent) continue;
        cells += rowRepeat * colRepeat;
        if (cells > maxCells) {
          throw workbookErrors.tooLarge(fileName, `more than ${maxCells.toLocaleString('en-US')} filled cells once its repeated cells are expanded`);
        }
      }
    }
  } catch (error) {
    if (error instanceof XmlError) throw workbookErrors.corrupt(fileName, `content.xml: ${error.message}`);
    throw error;
  }
}

function repeatCount(value: string | undefined, limit: number, fileName: string): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > limit) throw workbookErrors.corrupt(fileName, `a repeat count of ${value.slice(0, 20)} is outside the sheet`);
  return n;
}

/** SpreadsheetML places rows and cells by ss:Index and repeats columns by ss:Span; both must stay inside Excel's grid. */
export function checkSpreadsheetMlIndexes(xml: string, fileName: string): void {
  const pattern = /[\s:](Index|Span|MergeAcross|MergeDown)\s*=\s*["']\s*(-?\d+)/g;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    const n = Number(m[2]);
    const limit = m[1] === 'Span' || m[1] === 'MergeAcross' ? MAX_COLS : MAX_ROWS;
    if (n < 0 || n > limit) throw workbookErrors.corrupt(fileName, `ss:${m[1]}="${m[2]!.slice(0, 20)}" is outside the sheet`);
  }
}
