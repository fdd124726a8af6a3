/** Byte-level edits of a zip made by fflate's zipSync (no data descriptors), for damaged-file tests. */
import { openZip } from '../src/zip.ts';

/** Replaces every occurrence of `from` with `to` (same byte length) in local and central headers. */
export function renameEntry(bytes: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('renameEntry: names must have the same length');
  const out = bytes.slice();
  const needle = new TextEncoder().encode(from);
  const replacement = new TextEncoder().encode(to);
  for (let i = 0; i + needle.length <= out.length; i++) {
    let match = true;
    for (let j = 0; j < needle.length && match; j++) if (out[i + j] !== needle[j]) match = false;
    if (match) out.set(replacement, i);
  }
  return out;
}

/** Absolute offset of an entry's central directory record. */
export function centralOffset(bytes: Uint8Array, name: string): number {
  const entry = openZip(bytes, 'x.xlsx').byName.get(name);
  if (!entry) throw new Error(`no entry ${name}`);
  return entry.central.byteOffset - bytes.byteOffset;
}

/** Flips the stored CRC-32 of one entry (central record and local header), so its data fails the check. */
export function breakChecksum(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const zip = openZip(out, 'x.xlsx');
  const entry = zip.byName.get(name)!;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const central = centralOffset(out, name);
  view.setUint32(central + 16, view.getUint32(central + 16, true) ^ 0xffff, true);
  view.setUint32(entry.localHeaderOffset + 14, view.getUint32(entry.localHeaderOffset + 14, true) ^ 0xffff, true);
  return out;
}
