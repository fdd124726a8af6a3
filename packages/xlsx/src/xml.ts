/**
 * A small forward-only XML scanner for OOXML parts. No DOM, no tree: the readers walk tags in
 * document order and pull attributes and text on demand, which keeps a 100k-row sheet to one pass
 * over one string. Positions (`tagStart`, `tagEnd`) are exposed so the annotator can patch the
 * original text in place instead of re-serialising it.
 */

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export type TagKind = typeof END | typeof OPEN | typeof CLOSE;

/** The first thing that makes a part not well-formed XML, with where it is. */
export interface XmlProblem {
  message: string;
  offset: number;
  /**
   * outside: stray text or a second root around the document (every tag inside is where it
   * seems); structure: tags that do not nest (something was cut or lost inside).
   */
  kind: 'outside' | 'structure';
}

export interface ScanOptions {
  /**
   * Check well-formedness as the scan goes (end tags match start tags, nothing left open, no text
   * outside the root) and stop past `maxDepth` open elements. The first problem is kept in
   * `problem`; the scan goes on, so a reader can decide between a warning and an error.
   */
  track?: boolean;
  maxDepth?: number;
}

export class XmlScanner {
  readonly xml: string;
  /** Where the next call to `next()` starts looking. */
  pos: number;
  kind: TagKind = END;
  /** Local name of the current tag (namespace prefix removed). */
  name = '';
  /** Name as written, prefix included. */
  qname = '';
  /** Index of the current tag's `<` and one past its `>`. */
  tagStart = 0;
  tagEnd = 0;
  selfClosing = false;
  /** The current start tag's attribute text spans [attrStart, attrEnd). */
  attrStart = 0;
  attrEnd = 0;

  /** Open elements, outermost first (only when tracking). */
  private readonly open: string[] | undefined;
  private readonly maxDepth: number;
  private rootClosed = false;
  /** The first well-formedness problem met (only when tracking). */
  problem: XmlProblem | undefined;

  constructor(xml: string, start = 0, options: ScanOptions = {}) {
    this.xml = xml;
    this.pos = start;
    this.open = options.track ? [] : undefined;
    this.maxDepth = options.maxDepth ?? Infinity;
  }

  /** Open elements right now (tracking scanners only; 0 otherwise). */
  get depth(): number {
    return this.open?.length ?? 0;
  }

  /** Advances to the next start or end tag, skipping declarations, comments and text. */
  next(): TagKind {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      if (this.open && this.open.length === 0) this.checkOutsideText(this.pos, lt < 0 ? xml.length : lt);
      if (lt < 0) {
        this.pos = xml.length;
        this.kind = END;
        if (this.open && this.open.length > 0) this.note(`<${this.open[this.open.length - 1]}> is never closed (the part ends early)`, xml.length);
        return END;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = xml.indexOf('>', lt + 2);
        if (gt < 0) throw new XmlError('unterminated end tag', lt);
        this.setName(xml.slice(lt + 2, gt).trim());
        this.tagStart = lt;
        this.tagEnd = gt + 1;
        this.pos = gt + 1;
        this.selfClosing = false;
        this.attrStart = this.attrEnd = gt;
        this.kind = CLOSE;
        if (this.open) this.closeTracked(lt);
        return CLOSE;
      }
      if (c === 63 /* ? */) {
        const end = xml.indexOf('?>', lt + 2);
        if (end < 0) throw new XmlError('unterminated processing instruction', lt);
        this.pos = end + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        this.pos = skipBang(xml, lt);
        continue;
      }
      // Start tag: the name runs to whitespace, '/' or '>'.
      let i = lt + 1;
      const n = xml.length;
      while (i < n) {
        const d = xml.charCodeAt(i);
        if (d === 62 || d === 47 || d === 32 || d === 10 || d === 13 || d === 9) break;
        i++;
      }
      this.setName(xml.slice(lt + 1, i));
      this.attrStart = i;
      // Attribute values may legally contain '>', so honour quotes while looking for the end.
      let quote = 0;
      while (i < n) {
        const d = xml.charCodeAt(i);
        if (quote) {
          if (d === quote) quote = 0;
        } else if (d === 34 || d === 39) quote = d;
        else if (d === 62) break;
        i++;
      }
      if (i >= n) throw new XmlError(`unterminated <${this.qname}> tag`, lt);
      this.selfClosing = xml.charCodeAt(i - 1) === 47;
      this.attrEnd = this.selfClosing ? i - 1 : i;
      this.tagStart = lt;
      this.tagEnd = i + 1;
      this.pos = i + 1;
      this.kind = OPEN;
      if (this.open) this.openTracked(lt);
      return OPEN;
    }
  }

  /**
   * The reader consumed the current element's end tag itself (a fast path that jumps over
   * `<v>…</v></c>`): keep the open-element stack in step.
   */
  closedCurrent(): void {
    this.open?.pop();
  }

  private openTracked(at: number): void {
    const open = this.open!;
    if (open.length === 0 && this.rootClosed) this.note(`a second root element <${this.qname}>`, at, 'outside');
    if (this.selfClosing) {
      if (open.length === 0) this.rootClosed = true;
      return;
    }
    open.push(this.qname);
    if (open.length > this.maxDepth) throw new XmlError(`elements nested deeper than ${this.maxDepth} levels`, at);
  }

  private closeTracked(at: number): void {
    const open = this.open!;
    const top = open[open.length - 1];
    if (top === this.qname) open.pop();
    else {
      this.note(top === undefined ? `</${this.qname}> closes nothing` : `</${this.qname}> where </${top}> was expected`, at);
      // Recover as a lenient reader would: close up to the matching element, if any is open.
      const match = open.lastIndexOf(this.qname);
      if (match >= 0) open.length = match;
    }
    if (open.length === 0) this.rootClosed = true;
  }

  private checkOutsideText(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const d = this.xml.charCodeAt(i);
      if (d !== 32 && d !== 10 && d !== 13 && d !== 9 && d !== 0xfeff) {
        this.note('text outside the root element', i, 'outside');
        return;
      }
    }
  }

  private note(message: string, offset: number, kind: XmlProblem['kind'] = 'structure'): void {
    this.problem ??= { message, offset, kind };
  }

  private setName(qname: string): void {
    this.qname = qname;
    const colon = qname.indexOf(':');
    this.name = colon < 0 ? qname : qname.slice(colon + 1);
  }

  /** Value of an attribute of the current start tag (entities decoded), matched by qualified or local name. */
  attr(name: string): string | undefined {
    const xml = this.xml;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      let d = xml.charCodeAt(i);
      while (i < end && (d === 32 || d === 10 || d === 13 || d === 9)) d = xml.charCodeAt(++i);
      if (i >= end) break;
      const nameStart = i;
      while (i < end && xml.charCodeAt(i) !== 61 /* = */ && xml.charCodeAt(i) > 32) i++;
      const nameEnd = i;
      while (i < end && xml.charCodeAt(i) !== 61) i++;
      i++;
      while (i < end && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
      const quote = xml.charCodeAt(i);
      const valueStart = i + 1;
      const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
      if (valueEnd < 0 || valueEnd > end) return undefined;
      i = valueEnd + 1;
      if (attrNameMatches(xml, nameStart, nameEnd, name)) return decodeEntities(xml.slice(valueStart, valueEnd));
    }
    return undefined;
  }

  /** All attributes of the current start tag, for the few places that need more than one lookup. */
  attributes(): Record<string, string> {
    return parseAttributes(this.xml.slice(this.attrStart, this.attrEnd));
  }

  /**
   * Text content of the current element (entities and CDATA decoded), nested elements' text
   * included; leaves the scanner after the element's end tag.
   */
  readText(): string {
    if (this.kind !== OPEN || this.selfClosing) return '';
    const xml = this.xml;
    // Fast path: plain text directly followed by the end tag.
    const lt = xml.indexOf('<', this.pos);
    if (lt < 0) throw new XmlError(`unterminated <${this.qname}>`, this.tagStart);
    if (xml.charCodeAt(lt + 1) === 47) {
      const raw = xml.slice(this.pos, lt);
      this.next();
      return decodeEntities(raw);
    }
    let text = '';
    let depth = 1;
    let cursor = this.pos;
    while (depth > 0) {
      const next = xml.indexOf('<', cursor);
      if (next < 0) throw new XmlError(`unterminated <${this.qname}>`, this.tagStart);
      text += decodeEntities(xml.slice(cursor, next));
      if (xml.startsWith('<![CDATA[', next)) {
        const end = xml.indexOf(']]>', next + 9);
        if (end < 0) throw new XmlError('unterminated CDATA section', next);
        text += xml.slice(next + 9, end);
        cursor = end + 3;
        continue;
      }
      this.pos = next;
      const kind = this.next();
      if (kind === OPEN && !this.selfClosing) depth++;
      else if (kind === CLOSE) depth--;
      cursor = this.pos;
    }
    return text;
  }

  /** Skips past the end of the current element (no-op for a self-closing tag). */
  skipElement(): void {
    if (this.kind !== OPEN || this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const kind = this.next();
      if (kind === END) throw new XmlError(`unterminated <${this.qname}>`, this.tagStart);
      if (kind === OPEN && !this.selfClosing) depth++;
      else if (kind === CLOSE) depth--;
    }
  }
}

export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(`${reason} at character ${offset}`);
  }
}

/** 1-based line of a character offset, for messages that point into a part. */
export function lineAt(xml: string, offset: number): number {
  let line = 1;
  for (let i = xml.indexOf('\n'); i >= 0 && i < offset; i = xml.indexOf('\n', i + 1)) line++;
  return line;
}

function skipBang(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    if (end < 0) throw new XmlError('unterminated comment', lt);
    return end + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = xml.indexOf(']]>', lt + 9);
    if (end < 0) throw new XmlError('unterminated CDATA section', lt);
    return end + 3;
  }
  const end = xml.indexOf('>', lt);
  if (end < 0) throw new XmlError('unterminated declaration', lt);
  return end + 1;
}

function attrNameMatches(xml: string, start: number, end: number, name: string): boolean {
  const len = end - start;
  if (len === name.length) return xml.startsWith(name, start);
  // Local-name match for prefixed attributes when asked for the bare name.
  if (len > name.length && xml.charCodeAt(end - name.length - 1) === 58 && name.indexOf(':') < 0) {
    return xml.startsWith(name, end - name.length);
  }
  return false;
}

export function parseAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (e.g. `_x000D_` for a carriage return). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Escapes text for element content. Text that itself reads like an OOXML escape ("_x0041_") gets
 * its underscore escaped (_x005F_), so a reader decodes it back to what was written, not to "A".
 */
export function escapeText(text: string): string {
  const literal = text.indexOf('_x') >= 0 ? text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_') : text;
  return literal
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(
      // Control characters XML 1.0 cannot carry, written the OOXML way.
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"\n\r\t]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : `&#${c.charCodeAt(0)};`));
}
