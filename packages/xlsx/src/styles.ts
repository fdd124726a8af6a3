import { builtinFormatCode, GENERAL, makeFormat, type NumberFormat } from './numfmt.ts';
import { OPEN, CLOSE, XmlScanner } from './xml.ts';

/** What the reader needs from styles.xml: the number format behind each cell style index. */
export interface CellFormats {
  byXf: NumberFormat[];
}

export function readCellFormats(xml: string | undefined): CellFormats {
  if (!xml) return { byXf: [] };
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  const s = new XmlScanner(xml);
  let inCellXfs = false;
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === OPEN) {
      if (s.name === 'numFmt') {
        const id = Number(s.attr('numFmtId'));
        const code = s.attr('formatCode');
        if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
      } else if (s.name === 'cellXfs') {
        inCellXfs = !s.selfClosing;
      } else if (s.name === 'xf' && inCellXfs) {
        xfFormatIds.push(Number(s.attr('numFmtId') ?? 0));
        s.skipElement();
      }
    } else if (kind === CLOSE && s.name === 'cellXfs') inCellXfs = false;
  }
  const cache = new Map<number, NumberFormat>();
  const byXf = xfFormatIds.map((id) => {
    let format = cache.get(id);
    if (!format) {
      const code = custom.get(id) ?? builtinFormatCode(id);
      format = code === undefined ? GENERAL : makeFormat(code);
      cache.set(id, format);
    }
    return format;
  });
  return { byXf };
}
