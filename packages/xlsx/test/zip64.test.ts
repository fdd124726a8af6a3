import { describe, expect, it } from 'vitest';
import { annotateWorkbook } from '../src/annotate.ts';
import { readWorkbook } from '../src/read-workbook.ts';
import { writeWorkbook } from '../src/write-workbook.ts';
import { openZip, readEntry } from '../src/zip.ts';
import { loadWithExcelJs } from './fixtures.ts';

/**
 * Rewrites an archive's directory the way ZIP64 writers do even for small files: 32-bit sizes and
 * offsets set to 0xFFFFFFFF with the real values in a ZIP64 extra, plus a ZIP64 end record.
 */
function toZip64(bytes: Uint8Array): Uint8Array {
  const zip = openZip(bytes, 'z');
  const centrals: Uint8Array[] = [];
  for (const e of zip.entries) {
    const c = e.central;
    const v = new DataView(c.buffer, c.byteOffset, c.byteLength);
    const nameLength = v.getUint16(28, true);
    const extraLength = v.getUint16(30, true);
    const extra = new Uint8Array(28);
    const ev = new DataView(extra.buffer);
    ev.setUint16(0, 1, true);
    ev.setUint16(2, 24, true);
    ev.setBigUint64(4, BigInt(e.size), true);
    ev.setBigUint64(12, BigInt(e.compressedSize), true);
    ev.setBigUint64(20, BigInt(e.localHeaderOffset), true);
    const out = new Uint8Array(c.length + extra.length);
    out.set(c.subarray(0, 46 + nameLength), 0);
    out.set(extra, 46 + nameLength);
    out.set(c.subarray(46 + nameLength), 46 + nameLength + extra.length);
    const ov = new DataView(out.buffer);
    ov.setUint32(20, 0xffffffff, true);
    ov.setUint32(24, 0xffffffff, true);
    ov.setUint32(42, 0xffffffff, true);
    ov.setUint16(30, extraLength + extra.length, true);
    centrals.push(out);
  }
  const cdOffset = zip.entries.reduce((max, e) => Math.max(max, e.recordEnd), 0);
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const tail = new Uint8Array(56 + 20 + 22);
  const t = new DataView(tail.buffer);
  t.setUint32(0, 0x06064b50, true);
  t.setBigUint64(4, 44n, true);
  t.setUint16(12, 45, true);
  t.setUint16(14, 45, true);
  t.setBigUint64(24, BigInt(centrals.length), true);
  t.setBigUint64(32, BigInt(centrals.length), true);
  t.setBigUint64(40, BigInt(cdSize), true);
  t.setBigUint64(48, BigInt(cdOffset), true);
  t.setUint32(56, 0x07064b50, true);
  t.setBigUint64(64, BigInt(cdOffset + cdSize), true);
  t.setUint32(72, 1, true);
  t.setUint32(76, 0x06054b50, true);
  t.setUint16(84, 0xffff, true);
  t.setUint16(86, 0xffff, true);
  t.setUint32(88, 0xffffffff, true);
  t.setUint32(92, 0xffffffff, true);
  const out = new Uint8Array(cdOffset + cdSize + tail.length);
  out.set(bytes.subarray(0, cdOffset), 0);
  let p = cdOffset;
  for (const c of centrals) {
    out.set(c, p);
    p += c.length;
  }
  out.set(tail, p);
  return out;
}

describe('ZIP64 directories', () => {
  const plain = writeWorkbook([
    {
      name: '表',
      rows: [
        ['指标', '目标值'],
        ['技改投资', 0.2],
      ],
    },
  ]);
  const zip64 = toZip64(plain);

  it('are read', () => {
    const zip = openZip(zip64, 'z');
    expect(zip.entries.every((e) => e.zip64OffsetAt > 0)).toBe(true);
    expect(readWorkbook(zip64, { fileName: 'z.xlsx' }).sheets[0]!.cells[1]![1]!.value).toBe(0.2);
  });

  it('are annotated: copied entries keep their ZIP64 records, with the offset updated', async () => {
    const out = annotateWorkbook(zip64, [{ sheet: '表', cell: 'B2', severity: 'error', note: '低于计划' }]);
    const zip = openZip(out, 'out');
    const copied = zip.entries.filter((e) => e.zip64OffsetAt > 0);
    expect(copied.length).toBeGreaterThan(3);
    for (const e of zip.entries) expect(readEntry(zip, e).length).toBe(e.size);
    expect(readWorkbook(out, { fileName: 'out.xlsx' }).sheets[0]!.cells[1]![1]!.value).toBe(0.2);
    const wb = await loadWithExcelJs(out);
    expect(wb.getWorksheet('表')!.getCell('B2').note).toBeTruthy();
  });
});
