import { deflateSync, Inflate } from 'fflate';
import { crc32 } from './crc32.ts';
import { WorkbookError, workbookErrors } from './errors.ts';
import { DEFAULT_LIMITS, megabytes, overLimit, unpackedBudget, type ReadLimits } from './limits.ts';

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
  limits: ReadLimits;
  /** Unpacked bytes so far, and the packed bytes they came from (the budget of limits.ts grows with these). */
  unpacked: { used: number; packed: number };
  /** What was read leniently (backslash names, a part failing its checksum), one line each. */
  warnings: string[];
  /** Parts that failed their checksum: read, but refused if their XML does not parse. */
  damaged: Set<string>;
  /** Parts whose data unpack to more than their header declares (cut there): a reader that unpacks them again itself refuses them. */
  overran: Set<string>;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  /** Lower-cased names, because OPC part names are case-insensitive. */
  byLowerName: Map<string, ZipEntry>;
  comment: Uint8Array;
  /** A host's faster inflate (Node's zlib), tried before fflate's; see InflateRaw. */
  inflate?: InflateRaw;
}

/**
 * Raw DEFLATE unpacked by a host's own library (Node's zlib: 3–4× fflate's speed), given the size
 * the entry declares. It throws when the data is damaged or unpacks to more than that size; the
 * entry is then unpacked again by fflate's bounded inflate, which decides what is read and what
 * is said about it, so a damaged part reads the same with or without it.
 */
export type InflateRaw = (raw: Uint8Array, size: number) => Uint8Array;

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

/**
 * Parses the central directory; throws a `corrupt` WorkbookError when the archive is damaged or
 * cut short, and a `too-large` one past the entry budget. Entry names written with backslashes
 * (some Windows exporters) are read as the paths they mean, with a warning. Two entries with one
 * name, or records that overlap (the trick behind the worst zip bombs), are `corrupt`.
 */
export function openZip(bytes: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_LIMITS, inflate?: InflateRaw): ZipArchive {
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
  if (count > limits.maxEntries)
    throw overLimit(
      fileName,
      'maxEntries',
      'the zip directory',
      `${count.toLocaleString('en-US')} entries (at most ${limits.maxEntries.toLocaleString('en-US')})`,
    );
  // Each directory record takes at least 46 bytes: a count the directory cannot hold is damage.
  if (count * 46 > cdSize + 46) throw workbookErrors.corrupt(fileName, `the zip directory claims ${count} entries but holds fewer`, 'the zip directory');
  const warnings: string[] = [];
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
    const written = flags & 0x800 ? utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)) : latin1(bytes, p + 46, nameLength);
    const name = written.includes('\\') ? written.replace(/\\/g, '/') : written;
    if (name !== written && !warnings.some((w) => w.includes('backslashes'))) {
      warnings.push(`${fileName}: its zip entry names use backslashes (${written}); they were read as folder paths, as Excel does`);
    }
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
        if (size === 0xffffffff) {
          size = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(view.getBigUint64(q, true));
          q += 8;
        }
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
    if (byName.has(name)) throw workbookErrors.corrupt(fileName, `two zip entries are named ${name}`, name);
    entries.push(entry);
    byName.set(name, entry);
    p += recordLength;
  }
  checkNoOverlap(entries, fileName);
  const byLowerName = new Map<string, ZipEntry>();
  for (const e of entries) if (!byLowerName.has(e.name.toLowerCase())) byLowerName.set(e.name.toLowerCase(), e);
  const unpacked = { used: 0, packed: 0 };
  return {
    bytes,
    fileName,
    limits,
    unpacked,
    warnings,
    damaged: new Set(),
    overran: new Set(),
    entries,
    byName,
    byLowerName,
    comment,
    ...(inflate ? { inflate } : {}),
  };
}

/** Entries whose data overlap another's are refused: a real writer never shares bytes between parts. */
function checkNoOverlap(entries: ZipEntry[], fileName: string): void {
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const before = byOffset[i - 1]!;
    const entry = byOffset[i]!;
    if (entry.localHeaderOffset < before.dataStart + before.compressedSize) {
      throw workbookErrors.corrupt(fileName, `zip entries ${before.name} and ${entry.name} overlap`, entry.name);
    }
  }
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

/**
 * Decompresses one entry within the part and total budgets, checked on the declared size before
 * anything is unpacked: the total may grow past `unpackedFloor` only in proportion to the packed
 * bytes of the parts read (limits.ts), so padding a bomb with a big stored image buys it nothing.
 * The inflate then runs under a running budget: it stops as soon as the output passes the
 * declared size, so a header that lies small costs no more than what it declares (it used to be
 * inflated to its end into a buffer that dropped the excess: seconds of CPU per part).
 * A checksum failure (or a part that is longer or shorter than declared) is a warning naming the
 * part, as Excel repairs such files; the part is remembered in `zip.damaged` so a reader can
 * refuse it when its XML does not parse either.
 */
export function readEntry(zip: ZipArchive, entry: ZipEntry, maxBytes = zip.limits.maxPartBytes): Uint8Array {
  if (entry.flags & 1) throw workbookErrors.encrypted(zip.fileName);
  if (entry.size > maxBytes) {
    throw overLimit(zip.fileName, 'maxPartBytes', entry.name, `part ${entry.name} unpacks to ${megabytes(entry.size)} (at most ${megabytes(maxBytes)})`);
  }
  const used = zip.unpacked.used + entry.size;
  const packed = zip.unpacked.packed + entry.compressedSize;
  const max = unpackedBudget(zip.limits, packed);
  if (used > max) {
    throw overLimit(
      zip.fileName,
      'maxUnpackedBytes',
      entry.name,
      `its parts unpack to more than ${megabytes(max)} in all (${megabytes(used)} from ${megabytes(packed)} packed; the budget is ${megabytes(zip.limits.unpackedFloor)}, or ${zip.limits.unpackedRatio}× the packed size when more)`,
    );
  }
  zip.unpacked.used = used;
  zip.unpacked.packed = packed;
  const raw = zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let data: Uint8Array;
  let overrun = false;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    const fast = zip.inflate ? inflatedBy(zip.inflate, raw, entry.size) : undefined;
    if (fast) data = fast;
    else {
      try {
        ({ data, overrun } = inflateWithin(raw, entry.size));
      } catch {
        throw workbookErrors.corrupt(zip.fileName, `part ${entry.name} cannot be unpacked`);
      }
    }
  } else throw workbookErrors.unsupported(zip.fileName, `zip compression method ${entry.method} in ${entry.name}`);
  if (overrun) zip.overran.add(entry.name);
  if (overrun || data.length !== entry.size || crc32(data) !== entry.crc32) {
    if (!zip.damaged.has(entry.name)) {
      zip.damaged.add(entry.name);
      zip.warnings.push(`${zip.fileName}: part ${entry.name} fails its checksum; it was read as stored (Excel repairs such files) — check what it shows`);
    }
  }
  return data;
}

/** The host's inflate of an entry, or undefined when it failed or unpacked more than declared (fflate's decides then). */
function inflatedBy(inflate: InflateRaw, raw: Uint8Array, size: number): Uint8Array | undefined {
  try {
    const data = inflate(raw, size);
    return data.length <= size ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Packed bytes handed to the inflater at a time: at most ~32 MB of output (deflate's 1032:1) before the budget is looked at again. */
const INFLATE_STEP = 32 * 1024;

/**
 * Inflates raw deflate data into a buffer of the declared size, a step at a time, and stops as
 * soon as the output would pass it (`overrun`): the excess is neither kept nor computed.
 */
function inflateWithin(raw: Uint8Array, size: number): { data: Uint8Array; overrun: boolean } {
  const out = new Uint8Array(size);
  let at = 0;
  let overrun = false;
  const inflater = new Inflate((chunk) => {
    if (at + chunk.length > size) {
      out.set(chunk.subarray(0, size - at), at);
      at = size;
      overrun = true;
      return;
    }
    out.set(chunk, at);
    at += chunk.length;
  });
  for (let i = 0; i < raw.length && !overrun; i += INFLATE_STEP) inflater.push(raw.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= raw.length);
  if (raw.length === 0) inflater.push(raw, true);
  return { data: at === size ? out : out.subarray(0, at), overrun };
}

export function readEntryText(zip: ZipArchive, name: string, maxBytes?: number): string | undefined {
  const entry = findEntry(zip, name);
  if (!entry) return undefined;
  const text = xmlText(readEntry(zip, entry, maxBytes));
  // OOXML forbids a DTD (ECMA-376 Part 2, 8.1.4) and Excel refuses one. Its entities are never
  // expanded here (a billion-laughs part cost nothing), but the part's content was then read as
  // "text outside the root element" and the sheet passed as empty: refuse it by name instead.
  if (DOCTYPE_FIRST.test(text.slice(0, 65536))) {
    throw workbookErrors.corrupt(
      zip.fileName,
      `part ${entry.name} declares a DTD (<!DOCTYPE …>), which Office files never hold; its entities are not read`,
      entry.name,
    );
  }
  return text;
}

/** A document type declaration in a part's prolog (after any BOM, declaration, comments and processing instructions). */
const DOCTYPE_FIRST = /^\uFEFF?\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)\s*)*<!DOCTYPE/i;

/**
 * A part's XML as text. XML may be UTF-8 or UTF-16, told by a BOM or by how `<?` is spelled
 * (XML 1.0, appendix F), and Excel reads both; a UTF-16 part read as UTF-8 lost every sheet.
 * A UTF-16 declaration is made to say UTF-8, since a part written back is encoded as UTF-8.
 */
export function xmlText(bytes: Uint8Array): string {
  const [a, b, c, d] = bytes;
  const le = (a === 0xff && b === 0xfe) || (a === 0x3c && b === 0 && c === 0x3f && d === 0);
  const be = (a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c && c === 0 && d === 0x3f);
  if (!le && !be) return new TextDecoder('utf-8').decode(bytes);
  const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes);
  return text.replace(/^(<\?xml[^>]*?\bencoding\s*=\s*["'])utf-16(?:le|be)?(?=["'])/i, '$1UTF-8');
}

export interface NewEntry {
  name: string;
  data: Uint8Array;
}

/**
 * Writes a copy of `zip` where entries named in `replace` get new contents (null deletes them),
 * `add` entries are appended, and every other entry is copied byte for byte.
 */
/** Raw DEFLATE of one part's bytes (fflate's, level 6, unless a host brings a faster one: Node's zlib). */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

const fflateDeflate: DeflateRaw = (data) => deflateSync(data, { level: 6 });

export function rewriteZip(zip: ZipArchive, replace: Map<string, Uint8Array | null>, add: NewEntry[], deflate: DeflateRaw = fflateDeflate): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const stamp = zip.entries[0] ?? { dosTime: 0, dosDate: 0x21 };
  for (const entry of zip.entries) {
    const replacement = replace.get(entry.name);
    if (replacement === null) continue;
    if (replacement !== undefined) {
      const written = encodeEntry(entry.name, replacement, entry.dosTime, entry.dosDate, offset, deflate);
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
    const written = encodeEntry(entry.name, entry.data, stamp.dosTime, stamp.dosDate, offset, deflate);
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
    const written = encodeEntry(file.name, file.data, 0, dosDate, offset, fflateDeflate);
    chunks.push(written.local);
    centrals.push(written.central);
    offset += written.local.length;
  }
  return finish(chunks, centrals, offset, new Uint8Array(0), 'workbook');
}

function encodeEntry(name: string, data: Uint8Array, dosTime: number, dosDate: number, offset: number, deflate: DeflateRaw) {
  const nameBytes = new TextEncoder().encode(name);
  const utf8Flag = nameBytes.length !== name.length ? 0x800 : 0;
  const compressed = data.length > 64 ? deflate(data) : data;
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

/** The byte arrays one after another, in one new array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function finish(chunks: Uint8Array[], centrals: Uint8Array[], cdOffset: number, comment: Uint8Array, fileName: string): Uint8Array {
  const cdSize = centrals.reduce((sum, c) => sum + c.length, 0);
  if (centrals.length > 0xfffe || cdOffset + cdSize > 0xfffffffe) {
    throw new WorkbookError(
      'unsupported',
      fileName,
      `${fileName}: the annotated copy would need ZIP64 (over 65 534 parts or 4 GB), which Mubiao does not write`,
    );
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
  return concatBytes([...chunks, ...centrals, eocd]);
}
