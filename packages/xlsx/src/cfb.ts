/**
 * Compound File Binary (OLE2) directory listing: enough to tell a password-protected .xlsx
 * (which Office wraps in a CFB with "EncryptionInfo" and "EncryptedPackage" streams) from an
 * old .xls (a "Workbook" or "Book" stream) without reading either.
 */

import { WorkbookError, workbookErrors } from './errors.ts';

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_ENTRIES = 109;

/**
 * Names of the streams and storages in the file's directory; falls back to a raw scan when the
 * header is damaged. A chain (DIFAT, FAT, directory) that loops or points past the end of the
 * file is a `corrupt` WorkbookError naming the chain: every chain is walked at most once per
 * sector the file actually has, so a 1 KB file can cost no more than a 1 KB file.
 */
export function listCfbNames(bytes: Uint8Array, fileName = 'the file'): string[] {
  try {
    return readDirectory(bytes, fileName);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    return scanForNames(bytes);
  }
}

function readDirectory(bytes: Uint8Array, fileName: string): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) throw new Error('bad sector size');
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.ceil(Math.max(0, bytes.length - sectorSize) / sectorSize);
  const idsPerSector = sectorSize / 4;
  const sectorOffset = (id: number) => (id + 1) * sectorSize;
  const broken = (chain: string, detail: string) => workbookErrors.corrupt(fileName, `its OLE2 ${chain} chain ${detail}`, `CFB ${chain} chain`);
  /** Follows a chain one sector at a time; a sector met twice is a loop. */
  const walker = (chain: string) => {
    const seen = new Uint8Array(sectorCount);
    return (id: number) => {
      if (id >= sectorCount) throw broken(chain, `points at sector ${id}, past the end of the file`);
      if (seen[id]) throw broken(chain, `loops back to sector ${id}`);
      seen[id] = 1;
    };
  };
  const fatSectorIds: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
    const id = view.getUint32(0x4c + i * 4, true);
    if (id < END_OF_CHAIN) fatSectorIds.push(id);
  }
  const visitDifat = walker('DIFAT');
  for (let difat = view.getUint32(0x44, true); difat < END_OF_CHAIN;) {
    visitDifat(difat);
    const base = sectorOffset(difat);
    if (base + sectorSize > bytes.length) throw broken('DIFAT', 'is cut short');
    for (let i = 0; i < idsPerSector - 1 && fatSectorIds.length < sectorCount; i++) {
      const id = view.getUint32(base + i * 4, true);
      if (id < END_OF_CHAIN) fatSectorIds.push(id);
    }
    difat = view.getUint32(base + (idsPerSector - 1) * 4, true);
  }
  // The FAT needs one entry per sector of the file; more FAT sectors than that add nothing.
  const fat = new Uint32Array(sectorCount).fill(END_OF_CHAIN);
  let filled = 0;
  for (const id of fatSectorIds) {
    if (filled >= sectorCount) break;
    if (id >= sectorCount) throw broken('FAT', `points at sector ${id}, past the end of the file`);
    const base = sectorOffset(id);
    for (let i = 0; i < idsPerSector && filled < sectorCount && base + i * 4 + 4 <= bytes.length; i++) fat[filled++] = view.getUint32(base + i * 4, true);
  }
  const names: string[] = [];
  const decoder = new TextDecoder('utf-16le');
  const visitDirectory = walker('directory');
  for (let dir = view.getUint32(0x30, true); dir < END_OF_CHAIN; dir = fat[dir] ?? END_OF_CHAIN) {
    visitDirectory(dir);
    const base = sectorOffset(dir);
    if (base + sectorSize > bytes.length) throw new Error('directory past end of file');
    for (let e = 0; e < sectorSize / 128; e++) {
      const entry = base + e * 128;
      const nameLength = view.getUint16(entry + 0x40, true);
      const type = bytes[entry + 0x42];
      if (type === 0 || nameLength < 2 || nameLength > 64) continue;
      names.push(decoder.decode(bytes.subarray(entry, entry + nameLength - 2)));
    }
  }
  if (names.length === 0) throw new Error('empty directory');
  return names;
}

const KNOWN = ['EncryptionInfo', 'EncryptedPackage', 'Workbook', 'Book', 'WordDocument', 'PowerPoint Document'];

function scanForNames(bytes: Uint8Array): string[] {
  const found: string[] = [];
  for (const name of KNOWN) {
    const needle = new Uint8Array(name.length * 2);
    for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
    if (indexOfBytes(bytes, needle) >= 0) found.push(name);
  }
  return found;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
