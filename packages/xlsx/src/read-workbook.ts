import type { Grid } from '@mubiao/core';
import { isCfb, listCfbNames } from './cfb.ts';
import { readCsvDetailed } from './csv.ts';
import { type WorkbookError, workbookErrors } from './errors.ts';
import { classifyCfbNames, xmlLegacyFormat } from './legacy/sniff.ts';
import { DEFAULT_LIMITS, overLimit, readLimits, type ReadLimits } from './limits.ts';
import { inPart, readWorkbookInfo, xmlProblemPolicy } from './package-parts.ts';
import { readSharedStrings } from './shared-strings.ts';
import { readSheetXml } from './sheet-reader.ts';
import { readCellFormats } from './styles.ts';
import { isZip, openZip, readEntryText, type InflateRaw, type ZipArchive } from './zip.ts';

export interface ReadOptions {
  fileName: string;
  /** Most filled cells read from one workbook before giving up with a `too-large` error. */
  maxCells?: number;
  /** Largest unpacked part (a sheet's XML) accepted, in bytes. */
  maxPartBytes?: number;
  /** Any other budget of limits.ts (entries, unpacked bytes, merges, nesting…). */
  limits?: Partial<ReadLimits>;
  /** Read only these sheets (by name); default all worksheets. */
  sheets?: string[];
  /** A faster raw inflate of the host's (the Node entry passes zlib's); fflate's otherwise. */
  inflate?: InflateRaw;
}

export interface WorkbookRead {
  sheets: Grid[];
  warnings: string[];
}

export const DEFAULT_MAX_CELLS = DEFAULT_LIMITS.maxCells;
export const DEFAULT_MAX_PART_BYTES = DEFAULT_LIMITS.maxPartBytes;

function limitsOf(opts: Omit<ReadOptions, 'fileName'>): ReadLimits {
  return readLimits({
    ...opts.limits,
    ...(opts.maxCells !== undefined ? { maxCells: opts.maxCells } : {}),
    ...(opts.maxPartBytes !== undefined ? { maxPartBytes: opts.maxPartBytes } : {}),
  });
}

/** A part's text, decoded once; undefined when the package has no such part. */
function partText(zip: ZipArchive, name: string | undefined): string | undefined {
  return name ? readEntryText(zip, name) : undefined;
}

/**
 * Reads every worksheet of an .xlsx into Grids. Chart sheets have no cells and are skipped.
 * Every budget of limits.ts holds; XML that is not well-formed is read with a warning naming
 * the part and line (refused when the part also fails its checksum).
 */
export function readWorkbook(bytes: Uint8Array, opts: ReadOptions): WorkbookRead {
  const fileName = opts.fileName;
  if (!isZip(bytes)) {
    throw isCfb(bytes) ? classifyCfb(bytes, fileName) : workbookErrors.notAWorkbook(fileName, 'it does not start like an .xlsx file');
  }
  const limits = limitsOf(opts);
  const zip = openZip(bytes, fileName, limits, opts.inflate);
  const warnings: string[] = [];
  const onProblem = xmlProblemPolicy(zip, warnings);
  const info = readWorkbookInfo(zip, onProblem);
  const tableOptions = (part: string, what: string, limit: 'maxSharedStrings' | 'maxStyles', xml: string) => ({
    maxItems: limits[limit],
    maxDepth: limits.maxXmlDepth,
    onProblem: (problem: Parameters<typeof onProblem>[2]) => onProblem(part, xml, problem),
    overBudget: (count: number): never => {
      throw overLimit(fileName, limit, part, `more than ${(count - 1).toLocaleString('en-US')} ${what}`);
    },
  });
  const stringsXml = partText(zip, info.sharedStringsPath);
  const sharedStrings =
    stringsXml === undefined
      ? []
      : inPart(zip, info.sharedStringsPath!, stringsXml, () =>
          readSharedStrings(stringsXml, tableOptions(info.sharedStringsPath!, 'shared strings', 'maxSharedStrings', stringsXml)),
        );
  const stylesXml = partText(zip, info.stylesPath);
  const formats =
    stylesXml === undefined
      ? []
      : inPart(zip, info.stylesPath!, stylesXml, () => readCellFormats(stylesXml, tableOptions(info.stylesPath!, 'cell formats', 'maxStyles', stylesXml)).byXf);
  const budget = { used: 0, max: limits.maxCells };
  const sheets: Grid[] = [];
  const wanted = opts.sheets ? new Set(opts.sheets) : undefined;
  if (wanted) for (const name of wanted) if (!info.sheets.some((s) => s.name === name)) throw workbookErrors.missingSheet(fileName, name);
  for (const sheet of info.sheets) {
    if (wanted && !wanted.has(sheet.name)) continue;
    if (sheet.kind !== 'worksheet' || !sheet.path) continue;
    const part = sheet.path;
    const xml = partText(zip, part);
    if (xml === undefined) {
      warnings.push(`${fileName}: sheet "${sheet.name}" is listed but its part ${part} is missing; it was skipped`);
      continue;
    }
    const grid = inPart(zip, part, xml, () =>
      readSheetXml(xml, {
        fileName,
        sheetName: sheet.name,
        sharedStrings,
        formats,
        date1904: info.date1904,
        budget,
        warnings,
        part,
        limits,
        onProblem: (problem) => onProblem(part, xml, problem),
      }),
    );
    if (sheet.state !== 'visible') grid.state = sheet.state;
    sheets.push(grid);
  }
  if (info.sheets.length === 0) warnings.push(`${fileName}: the workbook has no sheets`);
  return { sheets, warnings: [...zip.warnings, ...warnings] };
}

function classifyCfb(bytes: Uint8Array, fileName: string): WorkbookError {
  const kind = classifyCfbNames(listCfbNames(bytes, fileName)).kind;
  if (kind === 'encrypted') return workbookErrors.encrypted(fileName);
  if (kind === 'legacy') return workbookErrors.legacyXls(fileName);
  if (kind === 'word') return workbookErrors.notAWorkbook(fileName, 'an old Word .doc document');
  return workbookErrors.notAWorkbook(fileName, 'an Office file without a workbook inside');
}

export interface AnyRead extends WorkbookRead {
  format: 'xlsx' | 'csv';
}

/**
 * Reads whatever the user handed us, deciding by content rather than by extension: zip → .xlsx,
 * OLE2 → encrypted or legacy workbook (a clear error), text → CSV.
 */
export function readAny(bytes: Uint8Array, fileName: string, opts: Omit<ReadOptions, 'fileName'> = {}): AnyRead {
  if (bytes.length === 0) throw workbookErrors.notAWorkbook(fileName, 'the file is empty');
  if (isZip(bytes)) return { format: 'xlsx', ...readWorkbook(bytes, { ...opts, fileName }) };
  if (isCfb(bytes)) throw classifyCfb(bytes, fileName);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw workbookErrors.corrupt(fileName, 'the zip header is broken');
  if (startsWith(bytes, '%PDF')) throw workbookErrors.notAWorkbook(fileName, 'a PDF document');
  // An XML workbook is not CSV; readSpreadsheet (legacy/index.ts) reads it.
  if (xmlLegacyFormat(bytes)) throw workbookErrors.legacyXls(fileName);
  if (/\.(xlsx|xlsm|xltx|xltm)$/i.test(fileName) && !looksLikeText(bytes)) throw workbookErrors.corrupt(fileName, 'it does not start like an .xlsx file');
  const csv = readCsvDetailed(bytes, { fileName, maxCells: limitsOf(opts).maxCells });
  // Some systems export text under a workbook's name: say how it was read, so a "no header"
  // finding on it is not a mystery.
  const misnamed = /\.(xlsx|xlsm|xltx|xltm|xls)$/i.test(fileName);
  const warnings = misnamed ? [`${fileName}: not an Excel workbook but plain text; it was read as CSV`, ...csv.warnings] : csv.warnings;
  return { format: 'csv', sheets: [csv.grid], warnings };
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  for (const b of sample) if (b === 0) return false;
  return true;
}
