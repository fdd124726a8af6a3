/**
 * What a file is, by its bytes (never by its name): the formats Mubiao reads with its own reader
 * (.xlsx/.xlsm, CSV) and those it hands to SheetJS. Cheap: it looks at the first bytes, the zip
 * or CFB directory, and the start of a text file; nothing here loads SheetJS.
 */
import { listCfbNames } from '../cfb.ts';
import { findEntry, type ZipArchive } from '../zip.ts';

/** The formats read through SheetJS. `xls` covers BIFF2–BIFF8; `et` is WPS's BIFF8 with its own streams. */
export type LegacyFormat = 'xls' | 'et' | 'xlsb' | 'ods' | 'fods' | 'xml2003';

/** How each legacy format is named to the user. */
export const LEGACY_FORMAT_NAMES: Record<LegacyFormat, string> = {
  xls: 'Excel 97-2003 (.xls)',
  et: 'WPS 表格 (.et, BIFF8)',
  xlsb: 'Excel binary (.xlsb)',
  ods: 'OpenDocument (.ods)',
  fods: 'flat OpenDocument (.fods)',
  xml2003: 'Excel 2003 XML (.xml)',
};

/** File extensions the hosts offer for the legacy formats (detection itself ignores them). */
export const LEGACY_EXTENSIONS = ['.xls', '.xlt', '.et', '.ett', '.xlsb', '.ods', '.ots', '.fods', '.xml'] as const;

export type CfbKind = { kind: 'legacy'; format: 'xls' | 'et' } | { kind: 'encrypted' } | { kind: 'word' } | { kind: 'other' };

/** An OLE2 container: a BIFF workbook (WPS's when it carries ETExtData), an encrypted .xlsx, or something else. */
export function classifyCfbNames(names: readonly string[]): CfbKind {
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) return { kind: 'encrypted' };
  if (names.includes('Workbook') || names.includes('Book') || names.includes('WORKBOOK') || names.includes('BOOK')) {
    return { kind: 'legacy', format: names.includes('ETExtData') ? 'et' : 'xls' };
  }
  if (names.includes('WordDocument')) return { kind: 'word' };
  return { kind: 'other' };
}

export function classifyCfb(bytes: Uint8Array, fileName = 'workbook'): CfbKind {
  return classifyCfbNames(listCfbNames(bytes, fileName));
}

/**
 * A BIFF2–BIFF4 worksheet saved as a bare record stream (no OLE2 container): it opens with a BOF
 * record (0x0009, 0x0209, 0x0409 or 0x0809) whose length is 4 to 16 bytes.
 */
export function isBareBiff(bytes: Uint8Array): boolean {
  if (bytes.length < 8 || bytes[0] !== 0x09 || ![0x00, 0x02, 0x04, 0x08].includes(bytes[1]!)) return false;
  const length = bytes[2]! | (bytes[3]! << 8);
  return length >= 4 && length <= 16 && bytes.length >= 4 + length;
}

/** The zip's own format: OOXML with a binary workbook part, OpenDocument, or (undefined) anything else. */
export function zipLegacyFormat(zip: ZipArchive): 'xlsb' | 'ods' | undefined {
  if (zip.entries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name))) return 'xlsb';
  const mimetype = findEntry(zip, 'mimetype');
  if (mimetype && mimetype.method === 0) {
    const text = new TextDecoder().decode(zip.bytes.subarray(mimetype.dataStart, mimetype.dataStart + Math.min(mimetype.compressedSize, 100)));
    if (text.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  }
  if (findEntry(zip, 'content.xml') && !findEntry(zip, '[Content_Types].xml')) return 'ods';
  return undefined;
}

/** Text that is one of the XML spreadsheet formats: Excel 2003 XML or a flat OpenDocument file. */
export function xmlLegacyFormat(bytes: Uint8Array): 'xml2003' | 'fods' | undefined {
  const head = textHead(bytes, 4096);
  if (!/^\s*<(\?xml|\?mso-application|Workbook|office:document)\b/.test(head)) return undefined;
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml2003';
  if (head.includes('<office:document') && /opendocument\.spreadsheet/.test(head)) return 'fods';
  return undefined;
}

function textHead(bytes: Uint8Array, length: number): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, 2 + length * 2));
  }
  return new TextDecoder('utf-8').decode(bytes.subarray(start, start + length));
}
