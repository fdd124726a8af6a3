import type { CellRange } from '@mubiao/core';
import { cellAddress, parseRange, rangeRef } from '@mubiao/core/sheet/address';
import { escapeAttr, escapeText } from './xml.ts';
import { concatBytes, createZip, type NewEntry } from './zip.ts';
import { WorkbookError } from './errors.ts';
import { EXCEL_CELL_CHARS, tooLongForXlsx } from './limits.ts';

export type WritableValue = string | number | boolean | null | undefined;

/** A cell with more than a value: its formula (the value is then its cached result), number format or error. */
export interface WritableCell {
  value: WritableValue;
  /** As the formula bar shows it, with or without the leading "=". */
  formula?: string;
  /** A number format code such as `0.0%` or `yyyy-mm-dd`, applied to a numeric value. */
  numFmt?: string;
  /** An error value such as `#DIV/0!` (the cell's value is then ignored). */
  error?: string;
}

/** Rows made one at a time, when the caller's sheet is big and already held in another shape. */
export interface RowSource {
  count: number;
  /** Row `r` (0-based); it is written before the next is asked for, so it may be made anew each time. */
  row(r: number): readonly (WritableValue | WritableCell)[] | undefined;
}

export interface SheetSpec {
  name: string;
  rows: (WritableValue | WritableCell)[][];
  /** "A1:C1" strings or ranges. */
  merges?: (string | CellRange)[];
  /** Widths in characters, by 0-based column; null leaves a column at the default. */
  columnWidths?: (number | null | undefined)[];
  /** Freeze the first row so the header stays visible while scrolling. */
  freezeHeader?: boolean;
  /** Wrap text: true for every column, or the 0-based columns to wrap. */
  wrap?: boolean | number[];
  /** Bold the first row (default true). */
  boldHeader?: boolean;
}

/** A sheet whose rows are made as they are written (see RowSource). */
export type SheetFromRows = Omit<SheetSpec, 'rows'> & { rows: RowSource };

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Style indexes in the cellXfs written below.
const XF_PLAIN = 0;
const XF_BOLD = 1;
const XF_WRAP = 2;
const XF_BOLD_WRAP = 3;

/**
 * Writes a new .xlsx from plain rows: shared strings, merges, column widths, wrapped text, a bold
 * (optionally frozen) header row. Numbers stay numbers; text that looks like a formula stays text.
 * For sample and benchmark sheets — not for editing existing files (see annotateWorkbook).
 */
export function writeWorkbook(sheets: (SheetSpec | SheetFromRows)[]): Uint8Array {
  if (sheets.length === 0) throw new WorkbookError('unsupported', 'workbook', 'writeWorkbook: a workbook needs at least one sheet');
  const seen = new Set<string>();
  for (const sheet of sheets) {
    checkSheetName(sheet.name);
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) throw new WorkbookError('unsupported', sheet.name, `writeWorkbook: two sheets are named "${sheet.name}"; sheet names must be unique`);
    seen.add(key);
  }
  const strings = new SharedStrings();
  const styles = new NumberFormatStyles();
  const sheetXml = sheets.map((sheet, i) => writeSheet(sheet, i === 0, strings, styles));
  const encoder = new TextEncoder();
  const file = (name: string, text: string): NewEntry => ({ name, data: encoder.encode(text) });
  const files: NewEntry[] = [
    file('[Content_Types].xml', contentTypes(sheets.length)),
    file('_rels/.rels', rootRels()),
    file('docProps/app.xml', appProps(sheets)),
    file('docProps/core.xml', coreProps()),
    file('xl/workbook.xml', workbookXml(sheets)),
    file('xl/_rels/workbook.xml.rels', workbookRels(sheets.length)),
    file('xl/styles.xml', styles.toXml()),
    file('xl/sharedStrings.xml', strings.toXml()),
    ...sheetXml.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })),
  ];
  return createZip(files);
}

/** Excel's rules for sheet names; a name it would refuse is a WorkbookError, not a broken file. */
function checkSheetName(name: string): void {
  const bad = (why: string) => new WorkbookError('unsupported', name, `writeWorkbook: sheet name "${name}" ${why}`);
  if (name.length === 0 || name.length > 31) throw bad('must be 1 to 31 characters');
  if (/[[\]:*?/\\]/.test(name)) throw bad('may not contain [ ] : * ? / \\');
  if (name.startsWith("'") || name.endsWith("'")) throw bad('may not start or end with an apostrophe');
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  toXml(): string {
    const items = this.list.map((t) => `<si><t${/^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : ''}>${escapeText(t)}</t></si>`);
    return `${XML_DECL}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

/** Cell formats for number formats, added after the four fixed ones as cells ask for them. */
class NumberFormatStyles {
  private readonly codes = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly extra: string[] = [];

  /** The cellXfs index of `base` (one of the fixed four) with number format `code`. */
  styleFor(base: number, code: string): number {
    const key = `${base}\u0000${code}`;
    let index = this.xfs.get(key);
    if (index === undefined) {
      let id = this.codes.get(code);
      if (id === undefined) this.codes.set(code, (id = 164 + this.codes.size));
      index = 4 + this.extra.length;
      this.extra.push(FIXED_XFS[base]!.replace('numFmtId="0"', `numFmtId="${id}"`).replace(' xfId="0"', ' xfId="0" applyNumberFormat="1"'));
      this.xfs.set(key, index);
    }
    return index;
  }

  toXml(): string {
    const numFmts = [...this.codes].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`).join('');
    return STYLES.replace('<fonts', numFmts ? `<numFmts count="${this.codes.size}">${numFmts}</numFmts><fonts` : '<fonts').replace(
      /<cellXfs count="4">([\s\S]*?)<\/cellXfs>/,
      (_, fixed: string) => `<cellXfs count="${4 + this.extra.length}">${fixed}${this.extra.join('')}</cellXfs>`,
    );
  }
}

function isWritableCell(value: WritableValue | WritableCell): value is WritableCell {
  return typeof value === 'object' && value !== null;
}

/**
 * UTF-8 bytes of a long text written piece by piece: pieces are encoded a few kB at a time, so a
 * sheet of a million rows is held once, as bytes, not as a million strings and then their join.
 */
class Utf8Chunks {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private pending = '';

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= 16384) this.flush();
  }

  /** The bytes of everything added, between `head` and `tail`, in one array. */
  between(head: string, tail: string): Uint8Array {
    this.flush();
    return concatBytes([this.encoder.encode(head), ...this.chunks, this.encoder.encode(tail)]);
  }

  private flush(): void {
    if (this.pending) this.chunks.push(this.encoder.encode(this.pending));
    this.pending = '';
  }
}

function writeSheet(sheet: SheetSpec | SheetFromRows, first: boolean, strings: SharedStrings, styles: NumberFormatStyles): Uint8Array {
  const wrapAll = sheet.wrap === true;
  const wrapCols = new Set(Array.isArray(sheet.wrap) ? sheet.wrap : []);
  const bold = sheet.boldHeader !== false;
  let colCount = 0;
  // The rows go into their own chunks: the sheet's head (dimension) is known only after them.
  const rowsXml = new Utf8Chunks();
  const rows = sheet.rows;
  const rowCount = Array.isArray(rows) ? rows.length : rows.count;
  for (let r = 0; r < rowCount; r++) {
    const row = Array.isArray(rows) ? rows[r] : rows.row(r);
    if (!row) continue;
    let cellsXml = '';
    row.forEach((item, c) => {
      const wrap = wrapAll || wrapCols.has(c);
      const base = r === 0 && bold ? (wrap ? XF_BOLD_WRAP : XF_BOLD) : wrap ? XF_WRAP : XF_PLAIN;
      const ref = cellAddress(r, c);
      const full = isWritableCell(item) ? item : undefined;
      const value = full ? full.value : (item as WritableValue);
      const style = full?.numFmt && typeof value === 'number' ? styles.styleFor(base, full.numFmt) : base;
      const s = style === XF_PLAIN ? '' : ` s="${style}"`;
      const formula = full?.formula ? `<f>${escapeText(full.formula.replace(/^=/, ''))}</f>` : '';
      if (full?.error) {
        if (c + 1 > colCount) colCount = c + 1;
        cellsXml += `<c r="${ref}"${s} t="e">${formula}<v>${escapeText(full.error)}</v></c>`;
        return;
      }
      if (value === null || value === undefined || value === '') {
        if (formula) cellsXml += `<c r="${ref}"${s} t="str">${formula}<v></v></c>`;
        else if (style !== XF_PLAIN) cellsXml += `<c r="${ref}"${s}/>`;
        if (formula && c + 1 > colCount) colCount = c + 1;
        return;
      }
      if (c + 1 > colCount) colCount = c + 1;
      if (typeof value === 'number' && Number.isFinite(value)) cellsXml += `<c r="${ref}"${s}>${formula}<v>${numberText(value)}</v></c>`;
      else if (typeof value === 'boolean') cellsXml += `<c r="${ref}"${s} t="b">${formula}<v>${value ? 1 : 0}</v></c>`;
      else {
        const text = String(value);
        if (text.length > EXCEL_CELL_CHARS)
          throw new WorkbookError(
            'unsupported',
            sheet.name,
            // Reaches users (a CSV's converted copy): says what is wrong and where, not which function found it.
            `cell ${ref} of sheet "${sheet.name}" ${tooLongForXlsx(text.length)}`,
          );
        // A formula's text result is stored in the cell (t="str"), as Excel does; plain text is shared.
        cellsXml += formula ? `<c r="${ref}"${s} t="str">${formula}<v>${escapeText(text)}</v></c>` : `<c r="${ref}"${s} t="s"><v>${strings.add(text)}</v></c>`;
      }
    });
    if (cellsXml) rowsXml.add(`<row r="${r + 1}">${cellsXml}</row>`);
  }
  const merges = (sheet.merges ?? []).map((m) => {
    const range = typeof m === 'string' ? parseRange(m) : m;
    if (!range) throw new WorkbookError('unsupported', sheet.name, `writeWorkbook: sheet "${sheet.name}" has a bad merge range "${JSON.stringify(m)}"`);
    return range;
  });
  const dimension = rowCount === 0 || colCount === 0 ? 'A1' : rangeRef({ top: 0, left: 0, bottom: rowCount - 1, right: colCount - 1 });
  const pane = sheet.freezeHeader
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  const view = `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>`;
  const widths = (sheet.columnWidths ?? [])
    .map((w, c) => (typeof w === 'number' && w > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${Math.min(w, 255)}" customWidth="1"/>` : ''))
    .join('');
  return rowsXml.between(
    `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      `<dimension ref="${dimension}"/>${view}<sheetFormatPr defaultRowHeight="15"/>` +
      (widths ? `<cols>${widths}</cols>` : '') +
      '<sheetData>',
    '</sheetData>' +
      (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join('')}</mergeCells>` : '') +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
  );
}

/** Shortest text that round-trips the double, without exponent notation for ordinary magnitudes. */
function numberText(n: number): string {
  return String(n);
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

function rootRels(): string {
  return (
    `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

function appProps(sheets: readonly { name: string }[]): string {
  return (
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Mubiao</Application><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">` +
    sheets.map((s) => `<vt:lpstr>${escapeText(s.name)}</vt:lpstr>`).join('') +
    '</vt:vector></TitlesOfParts></Properties>'
  );
}

function coreProps(): string {
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    '<dc:creator>Mubiao</dc:creator></cp:coreProperties>'
  );
}

function workbookXml(sheets: readonly { name: string }[]): string {
  return (
    `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>'
  );
}

function workbookRels(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  return (
    `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">${sheets.join('')}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>'
  );
}

const FIXED_XFS = [
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
];

const STYLES =
  `${XML_DECL}<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="2">' +
  '<font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>' +
  '</fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  FIXED_XFS.join('') +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
