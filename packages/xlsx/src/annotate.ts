import { isCfb, listCfbNames } from './cfb.ts';
import { WorkbookError, workbookErrors } from './errors.ts';
import { readLimits, type ReadLimits } from './limits.ts';
import {
  actualPartName,
  readRelationships,
  relativeTarget,
  relsPathFor,
  relTypeIs,
  resolvePartPath,
  readWorkbookInfo,
  xmlProblemPolicy,
} from './package-parts.ts';
import { lineAt, XmlError, XmlScanner, type XmlProblem } from './xml.ts';
import { PartError } from './annotate/part-error.ts';
import { findEntry, isZip, openZip, readEntryText, rewriteZip, type DeflateRaw, type InflateRaw, type NewEntry, type ZipArchive } from './zip.ts';
import { cellKey, MUBIAO_AUTHOR, patchComments } from './annotate/comments.ts';
import { worse } from '@mubiao/core/vocab/severity';
import { mergeMarks, type CellMark, type MergedMark } from './annotate/marks.ts';
import {
  addOverride,
  addRelationship,
  CT_COMMENTS,
  CT_STYLES,
  CT_VML,
  EMPTY_RELS,
  ensureDefault,
  relTypes,
  removeOverride,
  removeRelationship,
} from './annotate/package-patch.ts';
import { anchorInMerge, coverDimension, patchSheetCells, readSheetLayout, setLegacyDrawing } from './annotate/sheet-patch.ts';
import { StylesPatch } from './annotate/styles-patch.ts';
import { newVml, patchVml, vmlIdBlocks } from './annotate/vml.ts';

export interface AnnotateOptions {
  /** Named in error messages. */
  fileName?: string;
  /** Budgets for reading the input (limits.ts). */
  limits?: Partial<ReadLimits>;
  /**
   * Raw DEFLATE for the parts that are rewritten (default fflate's, level 6). Node's hosts pass
   * zlib's (`writeAnnotatedCopy`): 4× faster on a big sheet. Parts that do not change are copied
   * as their stored bytes either way, never re-deflated.
   */
  deflate?: DeflateRaw;
  /** A faster raw inflate for the parts read (the Node entry passes zlib's); fflate's otherwise. */
  inflate?: InflateRaw;
}

export interface AnnotateResult {
  bytes: Uint8Array;
  /** Zip entries written anew (everything else was copied byte for byte). */
  changedParts: string[];
  /** Marks placed, after merging marks on the same cell. */
  markedCells: number;
  /** What the copy had to do beyond the marked parts, or read leniently, one line each. */
  warnings: string[];
}

/**
 * Returns a copy of the workbook in which each marked cell has a severity fill and a note, and
 * marks from an earlier run that are not repeated are gone. Only the sheet, styles, comments,
 * VML, relationship and content-type parts that must change are rewritten; every other zip
 * entry is copied byte for byte. No cell value or formula changes.
 */
export function annotateWorkbook(bytes: Uint8Array, marks: CellMark[], opts: AnnotateOptions = {}): Uint8Array {
  return annotateWorkbookDetailed(bytes, marks, opts).bytes;
}

/** Removes every Mubiao fill and note (annotating with no marks). */
export function clearAnnotations(bytes: Uint8Array, opts: AnnotateOptions = {}): Uint8Array {
  return annotateWorkbook(bytes, [], opts);
}

export function annotateWorkbookDetailed(bytes: Uint8Array, marks: CellMark[], opts: AnnotateOptions = {}): AnnotateResult {
  const fileName = opts.fileName ?? 'workbook.xlsx';
  let part = '';
  try {
    return annotateParts(bytes, marks, fileName, readLimits(opts.limits), (name) => (part = name), opts.deflate, opts.inflate);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    // A part the patcher could not make sense of: say which, as for any damaged file.
    if (error instanceof XmlError) throw workbookErrors.corrupt(fileName, `part ${part}: ${error.reason}`, part);
    if (error instanceof PartError) throw workbookErrors.corrupt(fileName, `part ${part}: ${error.message}`, part);
    throw error;
  }
}

function annotateParts(
  bytes: Uint8Array,
  marks: CellMark[],
  fileName: string,
  limits: ReadLimits,
  working: (part: string) => void,
  deflate: DeflateRaw | undefined,
  inflate: InflateRaw | undefined,
): AnnotateResult {
  if (!isZip(bytes)) {
    if (isCfb(bytes)) {
      const names = listCfbNames(bytes, fileName);
      throw names.includes('EncryptedPackage') ? workbookErrors.encrypted(fileName) : workbookErrors.legacyXls(fileName);
    }
    throw workbookErrors.notAWorkbook(fileName, 'only .xlsx files can be annotated');
  }
  const zip = openZip(bytes, fileName, limits, inflate);
  const warnings: string[] = [];
  const info = readWorkbookInfo(zip, xmlProblemPolicy(zip, warnings));
  const bySheet = mergeMarks(marks);
  for (const name of bySheet.keys()) {
    const sheet = info.sheets.find((s) => s.name === name);
    if (!sheet) throw workbookErrors.missingSheet(fileName, name);
    if (sheet.kind !== 'worksheet' || !sheet.path || !zip.byName.has(sheet.path)) {
      throw workbookErrors.unsupported(fileName, `sheet "${name}" is not a worksheet with cells`);
    }
  }

  const parts = new PartWriter(zip);
  // Strict OOXML packages get strict relationship types and namespaces in what we add.
  const strict = isStrictPackage(parts.text(relsPathFor(info.workbookPath)) ?? '');
  const rel = relTypes(strict);
  working('[Content_Types].xml');
  let contentTypes = parts.text('[Content_Types].xml');
  if (contentTypes === undefined) throw workbookErrors.corrupt(fileName, '[Content_Types].xml is missing');
  const stylesPath = info.stylesPath ?? 'xl/styles.xml';
  const minimalStyles = strict
    ? MINIMAL_STYLES.replace('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main')
    : MINIMAL_STYLES;
  const stylesXml = (info.stylesPath && parts.text(info.stylesPath)) || minimalStyles;
  const styles = new StylesPatch(stylesXml);
  let nextVmlBlock = Math.max(0, ...zip.entries.filter((e) => e.name.endsWith('.vml')).flatMap((e) => vmlIdBlocks(parts.text(e.name) ?? ''))) + 1;
  let markedCells = 0;

  for (const sheet of info.sheets) {
    if (sheet.kind !== 'worksheet' || !sheet.path || !zip.byName.has(sheet.path)) continue;
    const sheetMarks = bySheet.get(sheet.name);
    const relsPath = relsPathFor(sheet.path);
    const relsXml = parts.text(relsPath);
    const rels = readRelationships(relsXml);
    const commentsRel = rels.find((r) => relTypeIs(r, 'comments'));
    const commentsPath = commentsRel ? resolvePartPath(sheet.path, commentsRel.target) : undefined;
    const commentsXml = commentsPath ? parts.text(commentsPath) : undefined;
    const hasOurComments = commentsXml?.includes(`>${MUBIAO_AUTHOR}<`) ?? false;
    // A sheet with no marks now and no trace of an earlier run is left alone entirely.
    if (!sheetMarks && styles.ours.size === 0 && !hasOurComments) continue;

    working(sheet.path);
    let sheetXml = parts.text(sheet.path)!;
    const layout = readSheetLayout(sheetXml);
    const cells = anchorMarks([...(sheetMarks?.values() ?? [])], layout.merges);
    markedCells += cells.length;
    const patched = patchSheetCells(sheetXml, cells, styles);
    if (patched.problem?.kind === 'structure') {
      // Tags that do not nest could put a patch inside a value: refuse instead.
      throw workbookErrors.corrupt(
        fileName,
        `part ${sheet.path} is not well-formed XML at line ${lineAt(sheetXml, patched.problem.offset)} (${patched.problem.message}), so it cannot be marked safely`,
        sheet.path,
      );
    }
    if (patched.problem)
      warnings.push(
        `${fileName}: ${sheet.path} line ${lineAt(sheetXml, patched.problem.offset)} is not well-formed XML (${patched.problem.message}); its cells were marked where they stand`,
      );
    sheetXml = coverDimension(patched.xml, cells);

    let rels2 = relsXml ?? EMPTY_RELS;
    working(commentsPath ?? relsPath);
    const comments = patchComments(commentsXml, cells, strict);
    if (comments.changed) {
      if (comments.xml === null) {
        if (commentsPath && commentsRel) {
          parts.remove(commentsPath);
          rels2 = removeRelationship(rels2, commentsRel.id);
          working('[Content_Types].xml');
          contentTypes = removeOverride(contentTypes, commentsPath);
        }
      } else if (commentsPath) parts.set(commentsPath, comments.xml);
      else {
        const path = parts.freshName('xl/comments', '.xml');
        working(relsPath);
        const added = addRelationship(rels2, rel.comments, relativeTarget(sheet.path, path));
        rels2 = added.xml;
        parts.set(path, comments.xml);
        working('[Content_Types].xml');
        contentTypes = addOverride(contentTypes, path, CT_COMMENTS);
      }
    }

    const vmlRel = layout.legacyDrawingRId ? rels.find((r) => r.id === layout.legacyDrawingRId) : undefined;
    const vmlPath = vmlRel ? resolvePartPath(sheet.path, vmlRel.target) : undefined;
    const vmlXml = vmlPath ? parts.text(vmlPath) : undefined;
    working(vmlPath ?? relsPath);
    if (comments.removedOwn.size > 0 || comments.added.length > 0) {
      if (vmlPath && vmlXml !== undefined && vmlRel) {
        const patched = patchVml(vmlXml, comments.removedOwn, comments.added);
        if (patched === null) {
          parts.remove(vmlPath);
          rels2 = removeRelationship(rels2, vmlRel.id);
          sheetXml = setLegacyDrawing(sheetXml, null);
        } else parts.set(vmlPath, patched);
      } else if (comments.added.length > 0) {
        const path = parts.freshName('xl/drawings/vmlDrawing', '.vml');
        const vml = patchVml(newVml(nextVmlBlock++), new Set(), comments.added)!;
        working(relsPath);
        const added = addRelationship(rels2, rel.vmlDrawing, relativeTarget(sheet.path, path));
        rels2 = added.xml;
        parts.set(path, vml);
        working('[Content_Types].xml');
        contentTypes = ensureDefault(contentTypes, 'vml', CT_VML);
        working(sheet.path);
        sheetXml = setLegacyDrawing(sheetXml, added.id);
      }
    }

    working(relsPath);
    parts.set(sheet.path, sheetXml);
    const relCount = readRelationships(rels2).length;
    if (relCount > 0) parts.set(relsPath, rels2);
    else if (relsXml !== undefined && readRelationships(relsXml).length > 0) parts.remove(relsPath);
  }

  working(stylesPath);
  if (styles.changed && !info.stylesPath) {
    // A package without styles (some generators omit it): add one so our fills have a home.
    const wbRelsPath = relsPathFor(info.workbookPath);
    working(wbRelsPath);
    warnings.push(`${fileName}: the workbook had no styles part; the copy adds ${stylesPath} and a relationship to it in ${actualPartName(zip, wbRelsPath)}`);
    parts.set(wbRelsPath, addRelationship(parts.text(wbRelsPath) ?? EMPTY_RELS, rel.styles, relativeTarget(info.workbookPath, stylesPath)).xml);
    working('[Content_Types].xml');
    contentTypes = addOverride(contentTypes, stylesPath, CT_STYLES);
  }
  if (styles.changed) {
    // Number formats live in styles.xml: a patch into tags that do not nest could move a cell
    // onto another format (a date read back as a number). Refuse, as for a sheet.
    const problem = structureProblem(stylesXml);
    if (problem)
      throw workbookErrors.corrupt(
        fileName,
        `part ${stylesPath} is not well-formed XML at line ${lineAt(stylesXml, problem.offset)} (${problem.message}), so it cannot be marked safely`,
        stylesPath,
      );
    parts.set(stylesPath, styles.toXml());
  }
  parts.set('[Content_Types].xml', contentTypes);
  return { ...parts.finish(deflate), markedCells, warnings: [...zip.warnings, ...warnings] };
}

/** The first problem with how a part's tags nest (stray text around the root does not count). */
function structureProblem(xml: string): XmlProblem | undefined {
  const s = new XmlScanner(xml, 0, { track: true });
  while (s.next()) if (s.problem?.kind === 'structure') return s.problem;
  return s.problem?.kind === 'structure' ? s.problem : undefined;
}

function isStrictPackage(workbookRels: string): boolean {
  return workbookRels.includes('http://purl.oclc.org/ooxml/officeDocument/relationships/');
}

/** Moves marks inside merged ranges to the range's anchor and merges marks that meet there. */
function anchorMarks(marks: MergedMark[], merges: ReturnType<typeof readSheetLayout>['merges']): MergedMark[] {
  const byCell = new Map<string, MergedMark>();
  for (const mark of marks) {
    const at = anchorInMerge(mark.row, mark.col, merges);
    const key = cellKey(at.row, at.col);
    const existing = byCell.get(key);
    if (!existing) {
      byCell.set(key, { ...mark, ...at, notes: [...mark.notes], authors: [...mark.authors] });
      continue;
    }
    existing.severity = worse(existing.severity, mark.severity);
    for (const n of mark.notes) if (!existing.notes.includes(n)) existing.notes.push(n);
    for (const a of mark.authors) if (!existing.authors.includes(a)) existing.authors.push(a);
  }
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Tracks new part contents; only parts whose text actually changed are rewritten. */
class PartWriter {
  private readonly originals = new Map<string, string | undefined>();
  private readonly replaced = new Map<string, string | null>();
  private readonly added = new Map<string, string>();

  constructor(private readonly zip: ZipArchive) {}

  private original(path: string): string | undefined {
    if (!this.originals.has(path)) this.originals.set(path, readEntryText(this.zip, path));
    return this.originals.get(path);
  }

  /** Current text of a part: as added or replaced in this run, else as in the input. */
  text(path: string): string | undefined {
    path = actualPartName(this.zip, path);
    if (this.added.has(path)) return this.added.get(path);
    if (this.replaced.has(path)) return this.replaced.get(path) ?? undefined;
    return this.original(path);
  }

  set(path: string, text: string): void {
    path = actualPartName(this.zip, path);
    if (!this.zip.byName.has(path)) this.added.set(path, text);
    else if (this.original(path) === text) this.replaced.delete(path);
    else this.replaced.set(path, text);
  }

  remove(path: string): void {
    path = actualPartName(this.zip, path);
    if (this.zip.byName.has(path)) this.replaced.set(path, null);
    else this.added.delete(path);
  }

  /** stem + the smallest number not in use + ext, e.g. xl/comments2.xml. */
  freshName(stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${ext}`;
      if (!findEntry(this.zip, name) && !this.added.has(name)) return name;
    }
  }

  finish(deflate: DeflateRaw | undefined): { bytes: Uint8Array; changedParts: string[] } {
    const encoder = new TextEncoder();
    const replace = new Map<string, Uint8Array | null>();
    for (const [path, text] of this.replaced) replace.set(path, text === null ? null : encoder.encode(text));
    const add: NewEntry[] = [...this.added].map(([name, text]) => ({ name, data: encoder.encode(text) }));
    return { bytes: rewriteZip(this.zip, replace, add, deflate), changedParts: [...replace.keys(), ...add.map((a) => a.name)] };
  }
}

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
