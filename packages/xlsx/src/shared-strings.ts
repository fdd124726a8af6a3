import { CLOSE, OPEN, XmlScanner, decodeOoxmlEscapes } from './xml.ts';

/**
 * Reads the shared string table. Rich text runs are flattened into one string; phonetic runs
 * (<rPh>, furigana-style readings) are not part of what the user sees and are left out.
 */
export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  const s = new XmlScanner(xml);
  let current: string | null = null;
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === OPEN) {
      if (s.name === 'si') {
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
