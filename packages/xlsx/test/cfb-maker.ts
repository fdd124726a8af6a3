/** The fixed part of a version-3 CFB header (magic, 512-byte sectors, one FAT sector). */
function header(sectors: number): { out: Uint8Array; v: DataView } {
  const out = new Uint8Array(512 * sectors);
  const v = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, 3, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true);
  v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, 1, true); // one FAT sector
  return { out, v };
}

/** A minimal Compound File (one FAT sector, one directory sector) holding empty streams with the given names. */
export function makeCfb(streamNames: string[]): Uint8Array {
  if (streamNames.length > 3) throw new Error('makeCfb: at most 3 streams');
  const { out, v } = header(3);
  v.setUint32(0x30, 1, true); // directory starts at sector 1
  v.setUint32(0x38, 4096, true);
  v.setUint32(0x3c, 0xfffffffe, true);
  v.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) v.setUint32(fat + i * 4, 0xffffffff, true);
  v.setUint32(fat, 0xfffffffd, true); // sector 0 is the FAT
  v.setUint32(fat + 4, 0xfffffffe, true); // sector 1: end of the directory chain
  const dir = 1024;
  const entry = (index: number, name: string, type: number) => {
    const base = dir + index * 128;
    for (let i = 0; i < name.length; i++) v.setUint16(base + i * 2, name.charCodeAt(i), true);
    v.setUint16(base + 0x40, (name.length + 1) * 2, true);
    out[base + 0x42] = type;
    v.setUint32(base + 0x44, 0xffffffff, true);
    v.setUint32(base + 0x48, 0xffffffff, true);
    v.setUint32(base + 0x4c, index === 0 && streamNames.length ? 1 : 0xffffffff, true);
    v.setUint32(base + 0x74, 0xfffffffe, true);
  };
  entry(0, 'Root Entry', 5);
  streamNames.forEach((name, i) => entry(i + 1, name, 2));
  return out;
}

/**
 * A 1 KB OLE2 file whose DIFAT chain points at itself: the header's DIFAT starts at sector 0,
 * and sector 0 lists FAT sector 0 127 times and then names itself as the next DIFAT sector.
 */
export function loopingDifatCfb(): Uint8Array {
  const { out, v } = header(2);
  v.setUint32(0x30, 0xfffffffe, true);
  v.setUint32(0x3c, 0xfffffffe, true);
  v.setUint32(0x44, 0, true); // DIFAT starts at sector 0 …
  v.setUint32(0x48, 1, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, 0xffffffff, true);
  for (let i = 0; i < 127; i++) v.setUint32(512 + i * 4, 0, true);
  v.setUint32(512 + 127 * 4, 0, true); // … and sector 0 says the next DIFAT sector is sector 0
  return out;
}

/** makeCfb with the directory's FAT entry pointing back at the directory sector: a directory chain loop. */
export function loopingDirectoryCfb(): Uint8Array {
  const out = makeCfb(['Workbook']);
  new DataView(out.buffer).setUint32(512 + 4, 1, true);
  return out;
}
