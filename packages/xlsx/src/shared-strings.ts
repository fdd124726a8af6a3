import { CLOSE, OPEN, XmlScanner, decodeOoxmlEscapes, type XmlProblem } from './xml.ts';

/** How a table is read: the budget, and who hears of XML that is not well-formed. */
export interface PartReadOptions {
  maxItems?: number;
  maxDepth?: number;
  /** Called with the first well-formedness problem; may throw to refuse the part. */
  onProblem?: (problem: XmlProblem) => void;
  /** Called when `maxItems` is passed; must throw. */
  overBudget?: (count: number) => never;
}

/**
 * Reads the shared string table. Rich text runs are flattened into one string; phonetic runs
 * (<rPh>, furigana-style readings) are not part of what the user sees and are left out.
 */
export function readSharedStrings(xml: string | undefined, opts: PartReadOptions = {}): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  const max = opts.maxItems ?? Infinity;
  const s = new XmlScanner(xml, 0, { track: true, maxDepth: opts.maxDepth ?? 256 });
  let current: string | null = null;
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === OPEN) {
      if (s.name === 'si') {
        if (strings.length >= max) opts.overBudget?.(strings.length + 1);
        if (s.selfClosing) strings.push('');
        else current = '';
      } else if (current !== null) {
        if (s.name === 't') current += s.readText();
        else if (s.name === 'rPh' || s.name === 'phoneticPr') s.skipElement();
      }
    } else if (kind === CLOSE && s.name === 'si' && current !== null) {
      strings.push(decodeOoxmlEscapes(current));
      current = null;
    }
  }
  if (s.problem) opts.onProblem?.(s.problem);
  return strings;
}

/** Text of an inline string (<is>) element; the scanner sits on its start tag. */
export function readInlineString(s: XmlScanner): string {
  if (s.selfClosing) return '';
  let text = '';
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === CLOSE && s.name === 'is') break;
    if (kind === OPEN) {
      if (s.name === 't') text += s.readText();
      else if (s.name === 'rPh') s.skipElement();
    }
  }
  return decodeOoxmlEscapes(text);
}
