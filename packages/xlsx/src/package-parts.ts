import { workbookErrors } from './errors.ts';
import { overLimit } from './limits.ts';
import { lineAt, OPEN, XmlError, XmlScanner, type XmlProblem } from './xml.ts';
import { findEntry, readEntryText, type ZipArchive } from './zip.ts';

/** Relationship types are matched by their last segment so transitional and strict OOXML both work. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Told of a part whose XML is not well-formed (the reader carried on). */
export type XmlProblemHandler = (part: string, xml: string, problem: XmlProblem) => void;

/**
 * The rule for XML that is not well-formed, as lenient as Excel and never silent: a part that
 * also failed its checksum is refused (its bytes cannot be trusted); otherwise the reader keeps
 * what it read and a warning names the part and the line.
 */
export function xmlProblemPolicy(zip: ZipArchive, warnings: string[]): XmlProblemHandler {
  return (part, xml, problem) => {
    const where = `${part} line ${lineAt(xml, problem.offset)}`;
    if (zip.damaged.has(part))
      throw workbookErrors.corrupt(
        zip.fileName,
        `part ${part} fails its checksum and its XML is broken at line ${lineAt(xml, problem.offset)}: ${problem.message}`,
        part,
      );
    warnings.push(`${zip.fileName}: ${where} is not well-formed XML (${problem.message}); what could be read was read — check it in Excel/WPS`);
  };
}

/** Runs a reader over one part, turning a scanner failure into a `corrupt` error naming the part and line. */
export function inPart<T>(zip: ZipArchive, part: string, xml: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof XmlError) throw workbookErrors.corrupt(zip.fileName, `part ${part} line ${lineAt(xml, error.offset)}: ${error.reason}`, part);
    throw error;
  }
}

/** A scanner that checks well-formedness, within the depth budget. */
export function trackingScanner(xml: string, maxDepth = 256): XmlScanner {
  return new XmlScanner(xml, 0, { track: true, maxDepth });
}

export function readRelationships(xml: string | undefined, part = '', onProblem?: XmlProblemHandler): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  const s = trackingScanner(xml);
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === OPEN && s.name === 'Relationship') {
      out.push({
        id: s.attr('Id') ?? '',
        type: s.attr('Type') ?? '',
        target: s.attr('Target') ?? '',
        external: s.attr('TargetMode') === 'External',
      });
    }
  }
  if (s.problem && onProblem) onProblem(part, xml, s.problem);
  return out;
}

export function relTypeIs(rel: Relationship, last: string): boolean {
  return rel.type.endsWith(`/${last}`);
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolvePartPath(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = fromPart.slice(0, fromPart.lastIndexOf('/') + 1);
  const parts = (base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return decodeURIComponentSafe(out.join('/'));
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Target written relative to `fromPart`'s folder, as Excel does for sheet-level relationships. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInfo {
  name: string;
  sheetId: string;
  state: SheetState;
  /** Path of the sheet part inside the package; undefined for chart sheets and dialogs. */
  path: string | undefined;
  kind: 'worksheet' | 'chartsheet' | 'other';
}

export interface WorkbookInfo {
  workbookPath: string;
  sheets: SheetInfo[];
  date1904: boolean;
  sharedStringsPath: string | undefined;
  stylesPath: string | undefined;
  /** Workbook-level protection (structure locked). */
  protectedStructure: boolean;
}

/** Finds the workbook part, its sheets and the shared parts, following relationships. */
export function readWorkbookInfo(zip: ZipArchive, onProblem?: XmlProblemHandler): WorkbookInfo {
  const relsOf = (path: string) => {
    const name = actualPartName(zip, path);
    const xml = readEntryText(zip, name);
    return xml === undefined ? [] : inPart(zip, name, xml, () => readRelationships(xml, name, onProblem));
  };
  const rootRels = relsOf('_rels/.rels');
  const officeDoc = rootRels.find((r) => relTypeIs(r, 'officeDocument'));
  const workbookPath = actualPartName(zip, officeDoc ? resolvePartPath('', officeDoc.target) : 'xl/workbook.xml');
  if (/\.bin$/i.test(workbookPath)) throw workbookErrors.binaryWorkbook(zip.fileName);
  const workbookXml = readEntryText(zip, workbookPath);
  if (workbookXml === undefined) {
    const hint = zip.byName.has('word/document.xml')
      ? 'a Word document'
      : zip.byName.has('ppt/presentation.xml')
        ? 'a PowerPoint file'
        : zip.byName.has('content.xml')
          ? 'an OpenDocument file; save it as .xlsx'
          : 'a zip file without a workbook inside';
    throw workbookErrors.notAWorkbook(zip.fileName, hint);
  }
  const rels = relsOf(relsPathFor(workbookPath));
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetInfo[] = [];
  let date1904 = false;
  let protectedStructure = false;
  const s = trackingScanner(workbookXml, zip.limits.maxXmlDepth);
  const nextTag = () => inPart(zip, workbookPath, workbookXml, () => s.next());
  for (let kind = nextTag(); kind; kind = nextTag()) {
    if (kind !== OPEN) continue;
    if (s.name === 'workbookPr') {
      const v = s.attr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (s.name === 'workbookProtection') {
      const v = s.attr('lockStructure');
      protectedStructure = v === '1' || v === 'true';
    } else if (s.name === 'sheet') {
      if (sheets.length >= zip.limits.maxSheets)
        throw overLimit(zip.fileName, 'maxSheets', workbookPath, `more than ${zip.limits.maxSheets.toLocaleString('en-US')} sheets`);
      const rel = relById.get(s.attr('r:id') ?? s.attr('id') ?? '');
      const state = s.attr('state');
      const kindOf = rel && relTypeIs(rel, 'worksheet') ? 'worksheet' : rel && relTypeIs(rel, 'chartsheet') ? 'chartsheet' : 'other';
      sheets.push({
        name: s.attr('name') ?? `Sheet${sheets.length + 1}`,
        sheetId: s.attr('sheetId') ?? '',
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        path: rel && !rel.external ? actualPartName(zip, resolvePartPath(workbookPath, rel.target)) : undefined,
        kind: kindOf,
      });
    }
  }
  if (s.problem && onProblem) onProblem(workbookPath, workbookXml, s.problem);
  const find = (type: string) => {
    const rel = rels.find((r) => relTypeIs(r, type));
    return rel ? actualPartName(zip, resolvePartPath(workbookPath, rel.target)) : undefined;
  };
  return { workbookPath, sheets, date1904, sharedStringsPath: find('sharedStrings'), stylesPath: find('styles'), protectedStructure };
}

/** The zip entry name for a part path, spelled as the archive spells it. */
export function actualPartName(zip: ZipArchive, path: string): string {
  return findEntry(zip, path)?.name ?? path;
}
