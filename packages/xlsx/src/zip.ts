import { deflateSync, inflateSync } from 'fflate';
import { crc32 } from './crc32.ts';
import { WorkbookError, workbookErrors } from './errors.ts';

/**
 * Just enough zip to read an .xlsx and write a patched copy: entries we do not change are copied
 * through as their original bytes (local header, compressed data, data descriptor, central record),
 * so a chart or an image comes out exactly as it went in. fflate does the (de)compression.
 */

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** DOS time and date as stored, reused when the entry is rewritten. */
  dosTime: number;
  dosDate: number;
  localHeaderOffset: number;
  dataStart: number;
  /** The whole local record: header, data and data descriptor. */
  recordEnd: number;
  /** The raw central directory record. */
  central: Uint8Array;
  /** Where, inside `central`, a ZIP64 extra stores the local header offset (else -1). */
  zip64OffsetAt: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  fileName: string;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  /** Lower-cased names, because OPC part names are case-insensitive. */
  byLowerName: Map<string, ZipEntry>;
  comment: Uint8Array;
}

/** The entry for a part name, matched exactly or, failing that, ignoring case (as OPC says). */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  return zip.byName.get(name) ?? zip.byLowerName.get(name.toLowerCase());
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

/** Parses the central directory; throws a `corrupt` WorkbookError when the archive is damaged or cut short. */
export function openZip(bytes: Uint8Array, fileName: string): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes, view);
  if (eocd < 0) throw workbookErrors.corrupt(fileName, 'the zip directory at the end of the file is missing');
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  const commentLength = view.getUint16(eocd + 20, true);
  const comment = bytes.slice(eocd + 22, eocd + 22 + commentLength);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== SIG_ZIP64_LOCATOR) throw workbookErrors.corrupt(fileName, 'ZIP64 locator missing');
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== SIG_ZIP64_EOCD) throw workbookErrors.corrupt(fileName, 'ZIP64 directory missing');
    count = Number(view.getBigUint64(record + 32, true));
    cdSize = Number(view.getBigUint64(record + 40, true));
    cdOffset = Number(view.getBigUint64(record + 48, true));
  }
  if (cdOffset + cdSize > bytes.length) throw workbookErrors.corrupt(fileName, 'the file is cut short');
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset;
  const utf8 = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) throw workbookErrors.corrupt(fileName, 'bad zip directory record');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const dosTime = view.getUint16(p + 12, true);
    const dosDate = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const entryCommentLength = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const recordLength = 46 + nameLength + extraLength + entryCommentLength;
    if (p + recordLength > bytes.length) throw workbookErrors.corrupt(fileName, 'bad zip directory record');
    const name = flags & 0x800 ? utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)) : latin1(bytes, p + 46, nameLength);
    let zip64OffsetAt = -1;
    let zip64 = false;
    // ZIP64 extra: 8-byte values for whichever of the 32-bit fields overflowed, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      if (id === 1) {
        zip64 = true;
        let q = e + 4;
        if (size === 0xffffffff) (size = Number(view.getBigUint64(q, true))), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = Number(view.getBigUint64(q, true))), (q += 8);
        if (localHeaderOffset === 0xffffffff) {
          localHeaderOffset = Number(view.getBigUint64(q, true));
          zip64OffsetAt = q - p;
        }
      }
      e += 4 + len;
    }
    const local = localHeaderOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== SIG_LOCAL) throw workbookErrors.corrupt(fileName, `zip entry ${name} is missing`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    let recordEnd = dataStart + compressedSize;
    if (recordEnd > bytes.length) throw workbookErrors.corrupt(fileName, `zip entry ${name} is cut short`);
    if (flags & 8) {
      const hasSignature = recordEnd + 4 <= bytes.length && view.getUint32(recordEnd, true) === SIG_DESCRIPTOR;
      recordEnd += (hasSignature ? 4 : 0) + 4 + (zip64 ? 16 : 8);
      if (recordEnd > bytes.length) throw workbookErrors.corrupt(fileName, `zip entry ${name} is cut short`);
    }
    const entry: ZipEntry = {
      name,
      flags,
      method,
      crc32: crc,
      compressedSize,
      size,
      dosTime,
      dosDate,
      localHeaderOffset,
      dataStart,
      recordEnd,
      central: bytes.subarray(p, p + recordLength),
      zip64OffsetAt,
    };
    entries.push(entry);
    byName.set(name, entry);
    p += recordLength;
  }
  const byLowerName = new Map<string, ZipEntry>();
  for (const e of entries) if (!byLowerName.has(e.name.toLowerCase())) byLowerName.set(e.name.toLowerCase(), e);
  return { bytes, fileName, entries, byName, byLowerName, comment };
}

function findEocd(bytes: Uint8Array, view: DataView): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && view.getUint32(i, true) === SIG_EOCD) return i;
  }
  return -1;
}

function latin1(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(bytes[start + i]!);
  return s;
}

/** Decompresses one entry and checks its CRC. `maxBytes` guards against zip bombs. */
export function readEntry(zip: ZipArchive, entry: ZipEntry, maxBytes = 1 << 30): Uint8Array {
  if (entry.flags & 1) throw workbookErrors.encrypted(zip.fileName);
  if (entry.size > maxBytes) {
    throw workbookErrors.tooLarge(zip.fileName, `part ${entry.name} unpacks to ${(entry.size / 1048576).toFixed(0)} MB (limit ${(maxBytes / 1048576).toFixed(0)} MB)`);
  }
  const raw = zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = inflateSync(raw, { out: new Uint8Array(entry.size) });
    } catch {
      throw workbookErrors.corrupt(zip.fileName, `part ${entry.name} cannot be unpacked`);
    }
  } else throw workbookErrors.unsupported(zip.fileName, `zip compression method ${entry.method} in ${entry.name}`);
  if (data.length !== entry.size || crc32(data) !== entry.crc32) throw workbookErrors.corrupt(zip.fileName, `part ${entry.name} fails its checksum`);
  return data;
}

export function readEntryText(zip: ZipArchive, name: string, maxBytes?: number): string | undefined {
  const entry = findEntry(zip, name);
  if (!entry) return undefined;
  return new TextDecoder('utf-8').decode(readEntry(zip, entry, maxBytes));
}

export interface NewEntry {
  name: string;
  data: Uint8Array;
}

/**
 * Writes a copy of `zip` where entries named in `replace` get new contents (null deletes them),
 * `add` entries are appended, and every other entry is copied byte for byte.
 */
export function rewriteZip(zip: ZipArchive, replace: Map<string, Uint8Array | null>, add: NewEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const stamp = zip.entries[0] ?? { dosTime: 0, dosDate: 0x21 };
  for (const entry of zip.entries) {
    const replacement = replace.get(entry.name);
    if (replacement === null) continue;
    if (replacement !== undefined) {
      const written = encodeEntry(entry.name, replacement, entry.dosTime, entry.dosDate, offset);
      chunks.push(written.local);
      centrals.push(written.central);
      offset += written.local.length;
      continue;
    }
    if (offset > 0xfffffffe) throw workbookErrors.unsupported(zip.fileName, 'an output over 4 GB');
    const record = zip.bytes.subarray(entry.localHeaderOffset, entry.recordEnd);
    const central = entry.central.slice();
    const view = new DataView(central.buffer, central.byteOffset, central.byteLength);
    if (entry.zip64OffsetAt >= 0) view.setBigUint64(entry.zip64OffsetAt, BigInt(offset), true);
    else view.setUint32(42, offset, true);
    chunks.push(record);
    centrals.push(central);
    offset += record.length;
  }
  for (const entry of add) {
    const written = encodeEntry(entry.name, entry.data, stamp.dosTime, stamp.dosDate, offset);
    chunks.push(written.local);
    centrals.push(written.central);
    offset += written.local.length;
  }
  return finish(chunks, centrals, offset, zip.comment, zip.fileName);
}

/** Builds a new archive from scratch (used by `writeWorkbook`). */
export function createZip(files: NewEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  // 2024-01-01 00:00: a fixed stamp keeps generated files reproducible.
  const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 1;
  for (const file of files) {
    const written = encodeEntry(file.name, file.data, 0, dosDate, offset);
    chunks.push(written.local);
    centrals.push(written.central);
    offset += written.local.length;
  }
  return finish(chunks, centrals, offset, new Uint8Array(0), 'workbook');
}

function encodeEntry(name: string, data: Uint8Array, dosTime: number, dosDate: number, offset: number) {
  const nameBytes = new TextEncoder().encode(name);
  const utf8Flag = nameBytes.length !== name.length ? 0x800 : 0;
  const compressed = data.length > 64 ? deflateSync(data, { level: 6 }) : data;
  const method = compressed === data ? 0 : 8;
  const crc = crc32(data);
  const local = new Uint8Array(30 + nameBytes.length + compressed.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, SIG_LOCAL, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, utf8Flag, true);
  lv.setUint16(8, method, true);
  lv.setUint16(10, dosTime, true);
  lv.setUint16(12, dosDate, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, compressed.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, nameBytes.length, true);
  lv.setUint16(28, 0, true);
  local.set(nameBytes, 30);
  local.set(compressed, 30 + nameBytes.length);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, SIG_CENTRAL, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, utf8Flag, true);
  cv.setUint16(10, method, true);
  cv.setUint16(12, dosTime, true);
  cv.setUint16(14, dosDate, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, compressed.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, offset, true);
  central.set(nameBytes, 46);
  return { local, central };
}

function finish(chunks: Uint8Array[], centrals: Uint8Array[], cdOffset: number, comment: Uint8Array, fileName: string): Uint8Array {
  const cdSize = centrals.reduce((sum, c) => sum + c.length, 0);
  if (centrals.length > 0xfffe || cdOffset + cdSize > 0xfffffffe) {
    throw new WorkbookError('unsupported', fileName, `${fileName}: the annotated copy would need ZIP64 (over 65 534 parts or 4 GB), which Mubiao does not write`);
  }
  const eocd = new Uint8Array(22 + comment.length);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, SIG_EOCD, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, cdOffset, true);
  ev.setUint16(20, comment.length, true);
  eocd.set(comment, 22);
  const out = new Uint8Array(cdOffset + cdSize + eocd.length);
  let p = 0;
  for (const chunk of chunks) (out.set(chunk, p), (p += chunk.length));
  for (const c of centrals) (out.set(c, p), (p += c.length));
  out.set(eocd, p);
  return out;
}
