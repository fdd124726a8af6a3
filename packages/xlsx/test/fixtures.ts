/** Test workbooks: made with exceljs (dev-only), then extended by hand with parts exceljs cannot write. */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough, zlibSync } from 'fflate';
import { crc32 } from '../src/crc32.ts';
import { concatBytes } from '../src/zip.ts';

export async function excelBytes(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export type Parts = Record<string, Uint8Array>;

export function unzipParts(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

/**
 * Zips parts with fflate's streaming writer, which emits data descriptors (flag bit 3): the
 * annotator must copy those records through intact. Entries named in `stored` are not compressed.
 */
export function zipParts(parts: Parts, stored: string[] = []): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(parts)) {
    if (name.endsWith('/')) continue;
    const file = stored.includes(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  return concatBytes(chunks);
}

export const text = (parts: Parts, name: string) => strFromU8(parts[name]!);
export const setText = (parts: Parts, name: string, value: string) => {
  parts[name] = strToU8(value);
};

/** A valid 2×2 red PNG, encoded here so image decoders (LibreOffice's libpng) accept it. */
export const PNG = (() => {
  const chunk = (type: string, data: Uint8Array) => {
    const body = new Uint8Array(4 + data.length);
    body.set(strToU8(type), 0);
    body.set(data, 4);
    const out = new Uint8Array(12 + data.length);
    const v = new DataView(out.buffer);
    v.setUint32(0, data.length);
    out.set(body, 4);
    v.setUint32(8 + data.length, crc32(body));
    return out;
  };
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, 2);
  hv.setUint32(4, 2);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = new Uint8Array([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(rows)),
    chunk('IEND', new Uint8Array(0)),
  ];
  return concatBytes(parts);
})();

const CHART_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
  '<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>任务表!$C$2:$C$4</c:f></c:numRef></c:val></c:ser>' +
  '<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>';

const CHART_ANCHOR =
  '<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="完成情况图"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';

const THREADED =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<threadedComment ref="B3" dT="2024-03-01T08:00:00.00" personId="{6A1B2C3D-0000-4000-8000-000000000001}" id="{0D1E2F30-0000-4000-8000-000000000002}"><text>请经信局确认口径</text></threadedComment></ThreadedComments>';

const PERSONS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<person displayName="王科长" id="{6A1B2C3D-0000-4000-8000-000000000001}" userId="wang" providerId="None"/></personList>';

/**
 * The round-trip workbook: custom styles (fonts, borders, fills, number formats), merged cells,
 * formulas with cached values, a legacy note, a threaded comment (with its legacy fallback), a
 * picture and a chart in one drawing, a customXml part, and a second sheet.
 */
export async function richWorkbook(): Promise<Uint8Array> {
  const base = await excelBytes((wb) => {
    const ws = wb.addWorksheet('任务表');
    ws.columns = [{ width: 8 }, { width: 30 }, { width: 14 }, { width: 16 }];
    ws.addRow(['序号', '重点任务', '目标值', '牵头单位']);
    ws.addRow([1, '技改投资增长', 0.15, '经信局']);
    ws.addRow([2, '新增规上工业企业', 120, '经信局']);
    ws.addRow([3, '合计', { formula: 'C2+C3', result: 120.15 }, null]);
    ws.getRow(1).font = { bold: true, color: { argb: 'FF1F4E79' }, name: '黑体', size: 12 };
    ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    ws.getCell('C2').numFmt = '0%';
    ws.getCell('C3').numFmt = '#,##0"户"';
    ws.getCell('C3').border = { top: { style: 'thin' }, bottom: { style: 'double', color: { argb: 'FFFF0000' } } };
    ws.getCell('C3').alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };
    ws.mergeCells('A6:D6');
    ws.getCell('A6').value = '注：数据截至6月底';
    ws.getCell('D2').note = '王科长：请核实';
    const image = wb.addImage({ buffer: Buffer.from(PNG) as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, { tl: { col: 5, row: 8 }, ext: { width: 40, height: 40 } });
    const second = wb.addWorksheet('说明');
    second.getCell('A1').value = '本表由各县区填报';
  });
  const parts = unzipParts(base);
  // Chart inside the picture's drawing.
  const drawing = Object.keys(parts).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
  const drawingRels = drawing.replace('drawings/', 'drawings/_rels/') + '.rels';
  setText(parts, drawing, text(parts, drawing).replace('</xdr:wsDr>', `${CHART_ANCHOR}</xdr:wsDr>`));
  setText(
    parts,
    drawingRels,
    text(parts, drawingRels).replace(
      '</Relationships>',
      '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
    ),
  );
  setText(parts, 'xl/charts/chart1.xml', CHART_XML);
  // Threaded comment on B3 plus the legacy fallback Excel writes beside it.
  setText(parts, 'xl/threadedComments/threadedComment1.xml', THREADED);
  setText(parts, 'xl/persons/person.xml', PERSONS);
  const sheetRels = 'xl/worksheets/_rels/sheet1.xml.rels';
  setText(
    parts,
    sheetRels,
    text(parts, sheetRels).replace(
      '</Relationships>',
      '<Relationship Id="rIdTc1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
    ),
  );
  setText(
    parts,
    'xl/_rels/workbook.xml.rels',
    text(parts, 'xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="rIdPerson" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>',
    ),
  );
  const commentsName = Object.keys(parts).find((n) => /^xl\/comments\d*\.xml$/.test(n))!;
  setText(
    parts,
    commentsName,
    text(parts, commentsName)
      .replace('</authors>', '<author>tc={0D1E2F30-0000-4000-8000-000000000002}</author></authors>')
      .replace(
        '</commentList>',
        '<comment ref="B3" authorId="1" shapeId="0"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment.\n\nComment:\n    请经信局确认口径</t></text></comment></commentList>',
      ),
  );
  setText(parts, 'customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8"?><mb:review xmlns:mb="urn:example:review" round="2"/>');
  setText(
    parts,
    '[Content_Types].xml',
    text(parts, '[Content_Types].xml').replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
        '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>',
    ),
  );
  return zipParts(parts, ['xl/media/image1.png']);
}
