/**
 * Compound File Binary (OLE2) directory listing: enough to tell a password-protected .xlsx
 * (which Office wraps in a CFB with "EncryptionInfo" and "EncryptedPackage" streams) from an
 * old .xls (a "Workbook" or "Book" stream) without reading either.
 */

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

const END_OF_CHAIN = 0xfffffffe;

/** Names of the streams and storages in the file's directory; falls back to a raw scan when the header is damaged. */
export function listCfbNames(bytes: Uint8Array): string[] {
  try {
    return readDirectory(bytes);
  } catch {
    return scanForNames(bytes);
  }
}

function readDirectory(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) throw new Error('bad sector size');
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (id: number) => (id + 1) * sectorSize;
  const fatSectorIds: number[] = [];
  for (let i = 0; i < 109; i++) {
    const id = view.getUint32(0x4c + i * 4, true);
    if (id < END_OF_CHAIN) fatSectorIds.push(id);
  }
  let difat = view.getUint32(0x44, true);
  let guard = 0;
  while (difat < END_OF_CHAIN && guard++ < 10000) {
    const base = sectorOffset(difat);
    const per = sectorSize / 4 - 1;
    for (let i = 0; i < per; i++) {
      const id = view.getUint32(base + i * 4, true);
      if (id < END_OF_CHAIN) fatSectorIds.push(id);
    }
    difat = view.getUint32(base + per * 4, true);
  }
  const fat: number[] = [];
  for (const id of fatSectorIds) {
    const base = sectorOffset(id);
    for (let i = 0; i < sectorSize / 4; i++) fat.push(view.getUint32(base + i * 4, true));
  }
  const names: string[] = [];
  let dir = view.getUint32(0x30, true);
  guard = 0;
  const decoder = new TextDecoder('utf-16le');
  while (dir < END_OF_CHAIN && guard++ < 100000) {
    const base = sectorOffset(dir);
    if (base + sectorSize > bytes.length) throw new Error('directory past end of file');
    for (let e = 0; e < sectorSize / 128; e++) {
      const entry = base + e * 128;
      const nameLength = view.getUint16(entry + 0x40, true);
      const type = bytes[entry + 0x42];
      if (type === 0 || nameLength < 2 || nameLength > 64) continue;
      names.push(decoder.decode(bytes.subarray(entry, entry + nameLength - 2)));
    }
    dir = fat[dir] ?? END_OF_CHAIN;
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
