import { describe, expect, it } from 'vitest';
import { decodeMarkState, encodeMarkState, noteHash, RECORD_CHAR_BUDGET } from '../src/excel/mark-record.ts';
import type { MarkState } from '../src/excel/mark-record.ts';

function state(): MarkState {
  return {
    version: 1,
    writtenAt: '2026-12-02T08:00:00.000Z',
    findingsSheet: 'Mubiao 校验结果',
    sheets: {
      任务分解: {
        overlayIds: ['{A1}', '{B2}'],
        // Out of order, in two columns and with a gap, so areas and hash order are exercised.
        notes: [
          { cell: 'D5', hash: noteHash('c') },
          { cell: 'C3', hash: noteHash('a') },
          { cell: 'C4', hash: noteHash('b') },
          { cell: 'D3', hash: noteHash('d') },
          { cell: 'C9', hash: noteHash('e') },
        ],
        noteChars: 5,
        commentIds: ['{C3}'],
        fills: [
          { cell: 'E2', original: null, applied: '#FFC7CE' },
          { cell: 'E3', original: null, applied: '#FFC7CE' },
          { cell: 'F2', original: '#00B050', applied: '#FFEB9C' },
        ],
      },
      "O'Brien 表": { overlayIds: [], notes: [], noteChars: 0, commentIds: [], fills: [] },
    },
  };
}

const byCell = <T extends { cell: string }>(list: T[]) => [...list].sort((a, b) => a.cell.localeCompare(b.cell));

describe('the saved record of our marks', () => {
  it('round-trips every mark: note hashes stay with their cells, fills with their colours', () => {
    const original = state();
    const decoded = decodeMarkState(encodeMarkState(original))!;
    expect(decoded.writtenAt).toBe(original.writtenAt);
    expect(decoded.findingsSheet).toBe('Mubiao 校验结果');
    const sheet = decoded.sheets['任务分解']!;
    expect(sheet.overlayIds).toEqual(['{A1}', '{B2}']);
    expect(sheet.commentIds).toEqual(['{C3}']);
    expect(sheet.noteChars).toBe(5);
    expect(byCell(sheet.notes)).toEqual(byCell(original.sheets['任务分解']!.notes));
    expect(byCell(sheet.fills)).toEqual(byCell(original.sheets['任务分解']!.fills));
    expect(decoded.sheets["O'Brien 表"]).toEqual({ overlayIds: [], notes: [], noteChars: 0, commentIds: [], fills: [] });
  });

  it('saves contiguous notes as areas: 12,000 notes take a few characters each', () => {
    const notes = Array.from({ length: 12_000 }, (_, i) => ({ cell: `F${i + 2}`, hash: noteHash(`低于目标 ${i}`) }));
    const big: MarkState = { version: 1, writtenAt: '', sheets: { S: { overlayIds: [], notes, noteChars: 0, commentIds: [], fills: [] } } };
    const text = encodeMarkState(big);
    expect(text.length).toBeLessThan(12_000 * 7);
    expect(text).toContain('"F2:F12001"');
    expect(byCell(decodeMarkState(text)!.sheets['S']!.notes)).toEqual(byCell(notes));
    // The budget holds more than 100,000 such notes.
    expect(RECORD_CHAR_BUDGET / 7).toBeGreaterThan(100_000);
  });

  it('reads a version 1 record, which kept the notes’ full texts', () => {
    const v1 = JSON.stringify({
      version: 1,
      writtenAt: 'x',
      sheets: {
        S: {
          overlayIds: ['{1}'],
          notes: [{ cell: 'C3', content: '【目标 Mubiao】\n低于目标' }],
          commentIds: [],
          fills: [{ cell: 'B2', original: null, applied: '#FFC7CE' }],
        },
      },
    });
    expect(decodeMarkState(v1)).toEqual({
      version: 1,
      writtenAt: 'x',
      sheets: {
        S: {
          overlayIds: ['{1}'],
          notes: [{ cell: 'C3', hash: noteHash('【目标 Mubiao】\n低于目标') }],
          noteChars: '【目标 Mubiao】\n低于目标'.length,
          commentIds: [],
          fills: [{ cell: 'B2', original: null, applied: '#FFC7CE' }],
        },
      },
    });
  });

  it('treats anything else as no record instead of throwing', () => {
    for (const raw of [null, undefined, '', '{', '42', '{"version":3,"sheets":{}}', { version: 2 }, { version: 2, sheets: { S: 5 } }]) {
      const decoded = decodeMarkState(raw);
      if (decoded) expect(decoded.sheets).toEqual({});
      else expect(decoded).toBeNull();
    }
    // Truncated hashes or odd fields lose only what they hold.
    const odd = decodeMarkState({ version: 2, writtenAt: 'x', sheets: { S: { n: ['C3:C4', 'abcdef12'], f: [[null, 5, 'A1']], o: [1, '{2}'] } } })!;
    expect(odd.sheets['S']).toEqual({ overlayIds: ['{2}'], notes: [{ cell: 'C3', hash: 'abcdef' }], noteChars: 0, commentIds: [], fills: [] });
  });

  it('hashes note texts to 6 characters that change with any edit', () => {
    const a = noteHash('【目标 Mubiao】\n[错误] 技改投资增长目标低于市级要求');
    expect(a).toMatch(/^[A-Za-z0-9_-]{6}$/);
    expect(noteHash('【目标 Mubiao】\n[错误] 技改投资增长目标低于市级要求')).toBe(a);
    expect(noteHash('【目标 Mubiao】\n[错误] 技改投资增长目标低于市级要求。')).not.toBe(a);
    expect(noteHash('')).toMatch(/^[A-Za-z0-9_-]{6}$/);
  });
});
