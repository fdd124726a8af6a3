import { builtinFormatCode, GENERAL, makeFormat, type NumberFormat } from './numfmt.ts';
import type { PartReadOptions } from './shared-strings.ts';
import { OPEN, CLOSE, XmlScanner } from './xml.ts';

/** What the reader needs from styles.xml: the number format behind each cell style index. */
export interface CellFormats {
  byXf: NumberFormat[];
}

/** Excel keeps number format codes to 255 characters; a longer one is not a format anyone wrote. */
const MAX_FORMAT_CODE = 255;

export function readCellFormats(xml: string | undefined, opts: PartReadOptions = {}): CellFormats {
  if (!xml) return { byXf: [] };
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  const max = opts.maxItems ?? Infinity;
  const s = new XmlScanner(xml, 0, { track: true, maxDepth: opts.maxDepth ?? 256 });
  let inCellXfs = false;
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === OPEN) {
      if (s.name === 'numFmt') {
        const id = Number(s.attr('numFmtId'));
        const code = s.attr('formatCode');
        if (custom.size >= max) opts.overBudget?.(custom.size + 1);
        if (Number.isFinite(id) && code !== undefined && code.length <= MAX_FORMAT_CODE) custom.set(id, code);
      } else if (s.name === 'cellXfs') {
        inCellXfs = !s.selfClosing;
      } else if (s.name === 'xf' && inCellXfs) {
        if (xfFormatIds.length >= max) opts.overBudget?.(xfFormatIds.length + 1);
        xfFormatIds.push(Number(s.attr('numFmtId') ?? 0));
        s.skipElement();
      }
    } else if (kind === CLOSE && s.name === 'cellXfs') inCellXfs = false;
  }
  if (s.problem) opts.onProblem?.(s.problem);
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
