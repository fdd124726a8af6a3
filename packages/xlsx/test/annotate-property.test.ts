import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strFromU8 } from 'fflate';
import type { Severity } from '@mubiao/core';
import { annotateWorkbook, clearAnnotations } from '../src/annotate.ts';
import type { CellMark } from '../src/annotate/marks.ts';
import { cellAddress } from '@mubiao/core/sheet/address';
import { readWorkbook } from '../src/read-workbook.ts';
import { XmlScanner, OPEN } from '../src/xml.ts';
import { StylesPatch } from '../src/annotate/styles-patch.ts';
import { openZip, readEntryText } from '../src/zip.ts';
import { excelBytes, unzipParts } from './fixtures.ts';
import { handWorkbook, sheetXml } from './hand-made.ts';

/** Every cell's style index, by sheet part and address, as written in the XML. */
function styleIndexes(bytes: Uint8Array): Record<string, string> {
  const zip = openZip(bytes, 'x');
  const out: Record<string, string> = {};
  for (const e of zip.entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))) {
    const s = new XmlScanner(readEntryText(zip, e.name)!);
    for (let k = s.next(); k; k = s.next()) if (k === OPEN && s.name === 'c') out[`${e.name}!${s.attr('r')}`] = s.attr('s') ?? '0';
  }
  return out;
}

/** Each cell's style as "original index|severity", decoded from our fills; empty placeholders dropped. */
function styleMeaning(bytes: Uint8Array): Record<string, string> {
  const zip = openZip(bytes, 'x');
  const styles = new StylesPatch(readEntryText(zip, 'xl/styles.xml')!);
  const out: Record<string, string> = {};
  for (const [cell, s] of Object.entries(styleIndexes(bytes))) {
    const ours = styles.ours.get(Number(s));
    const meaning = ours ? `${ours.origin}|${ours.severity}` : `${s}|`;
    if (meaning !== '0|') out[cell] = meaning;
  }
  return out;
}

/** Mubiao note text by cell, across all comment parts. */
function ourNotes(bytes: Uint8Array): string[] {
  return Object.entries(unzipParts(bytes))
    .filter(([n]) => /comments\d+\.xml$/.test(n))
    .flatMap(([, d]) => [...strFromU8(d).matchAll(/<comment ref="([A-Z]+\d+)"[\s\S]*?<\/comment>/g)].map((m) => `${m[1]}:${m[0].replace(/<[^>]+>/g, '')}`))
    .filter((t) => t.includes('Mubiao'))
    .sort();
}

const values = (bytes: Uint8Array) =>
  readWorkbook(bytes, { fileName: 'x' }).sheets.map((g) =>
    g.cells
      .flat()
      .filter(Boolean)
      .map((c) => [c!.address, c!.value, c!.formula ?? null]),
  );

describe('annotate properties', async () => {
  const base = await excelBytes((wb) => {
    for (const name of ['甲', '乙']) {
      const ws = wb.addWorksheet(name);
      for (let r = 1; r <= 6; r++) {
        ws.getRow(r).values = [r, `任务${r}`, r / 10, { formula: `A${r}*2`, result: r * 2 }];
        ws.getCell(`C${r}`).numFmt = r % 2 ? '0%' : '#,##0.00';
      }
      ws.getCell('B2').font = { italic: true };
      ws.getCell('B3').note = '原批注';
      ws.mergeCells('E1:F2');
    }
  });
  const mark = fc.record({
    sheet: fc.constantFrom('甲', '乙'),
    cell: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 7 })).map(([r, c]) => cellAddress(r, c)),
    severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
    note: fc.string({ minLength: 1, maxLength: 30 }),
  });

  it('never changes a value, is idempotent, and clears back to the original styles', () => {
    const originalStyles = styleIndexes(base);
    const originalValues = values(base);
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 12 }), fc.array(mark, { maxLength: 6 }), (first: CellMark[], second: CellMark[]) => {
        const once = annotateWorkbook(base, first);
        expect(values(once)).toEqual(originalValues);
        expect(Buffer.compare(Buffer.from(annotateWorkbook(once, first)), Buffer.from(once))).toBe(0);
        // Re-annotating with other marks means the same as annotating the original with them.
        const changed = annotateWorkbook(once, second);
        const fresh = annotateWorkbook(base, second);
        expect(styleMeaning(changed)).toEqual(styleMeaning(fresh));
        expect(ourNotes(changed)).toEqual(ourNotes(fresh));
        const cleared = clearAnnotations(changed);
        const styles = styleIndexes(cleared);
        for (const [cell, s] of Object.entries(originalStyles)) expect(styles[cell], cell).toBe(s);
        // Inserted placeholder cells fall back to the default style.
        for (const [cell, s] of Object.entries(styles)) if (!(cell in originalStyles)) expect(s, cell).toBe('0');
        const comments = Object.entries(unzipParts(cleared)).filter(([n]) => n.includes('comments'));
        for (const [, data] of comments) expect(strFromU8(data)).not.toContain('Mubiao');
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('a sheet whose VML drawing holds a form control', () => {
  const vml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shape id="_x0000_s1025" type="#_x0000_t201" style="position:absolute"><x:ClientData ObjectType="Button"><x:Anchor>1, 0, 1, 0, 3, 0, 3, 0</x:Anchor></x:ClientData></v:shape></xml>';
  const bytes = handWorkbook({
    sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', '', '<legacyDrawing r:id="rId9"/>') }],
    extra: {
      'xl/drawings/vmlDrawing1.vml': vml,
      'xl/worksheets/_rels/sheet1.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>',
    },
  });

  it('adds our note shape beside the button and keeps the button when cleared', () => {
    const out = annotateWorkbook(bytes, [{ sheet: 'S', cell: 'A1', severity: 'error', note: '低于计划' }]);
    const parts = unzipParts(out);
    const drawing = strFromU8(parts['xl/drawings/vmlDrawing1.vml']!);
    expect(drawing).toContain('ObjectType="Button"');
    expect(drawing).toContain('ObjectType="Note"');
    expect(drawing).toContain('_x0000_s1026');
    expect(strFromU8(parts['xl/worksheets/sheet1.xml']!).match(/<legacyDrawing/g)).toHaveLength(1);
    const cleared = unzipParts(clearAnnotations(out));
    expect(strFromU8(cleared['xl/drawings/vmlDrawing1.vml']!)).toContain('ObjectType="Button"');
    expect(strFromU8(cleared['xl/drawings/vmlDrawing1.vml']!)).not.toContain('ObjectType="Note"');
    expect(strFromU8(cleared['xl/worksheets/sheet1.xml']!)).toContain('<legacyDrawing r:id="rId9"/>');
    expect(cleared['xl/comments1.xml']).toBeUndefined();
  });
});
