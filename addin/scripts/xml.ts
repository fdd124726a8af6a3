/**
 * A small strict XML reader for checking our own manifest offline: elements, attributes, text,
 * comments, CDATA and the XML declaration. It rejects what a conforming parser rejects in files
 * like ours (mismatched or unclosed tags, unquoted or repeated attributes, stray `&`, `<` in
 * attribute values, more than one root) and reports the line and column of the first problem.
 * DTDs are not supported: an add-in manifest never has one.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element (entities decoded). */
  text: string;
  line: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = 'XmlError';
  }
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
const ENTITY = /^&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let pos = 0;
  const position = (at: number): [number, number] => {
    const before = source.slice(0, at);
    const line = before.split('\n').length;
    return [line, at - before.lastIndexOf('\n')];
  };
  const fail = (message: string, at = pos): never => {
    const [line, column] = position(at);
    throw new XmlError(message, line, column);
  };

  const decode = (raw: string, start: number): string => {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i]!;
      if (ch !== '&') {
        out += ch;
        continue;
      }
      const match = ENTITY.exec(raw.slice(i));
      if (!match) fail('stray "&" (write &amp;)', start + i);
      const body = match![1]!;
      out += body.startsWith('#x')
        ? String.fromCodePoint(parseInt(body.slice(2), 16))
        : body.startsWith('#')
          ? String.fromCodePoint(parseInt(body.slice(1), 10))
          : NAMED_ENTITIES[body]!;
      i += match![0].length - 1;
    }
    return out;
  };

  /** XML forbids "--" inside a comment (strict parsers, Office's among them, reject it). */
  const skipComment = (at: number): number => {
    const end = source.indexOf('-->', at + 4);
    if (end < 0) fail('unclosed comment', at);
    const dashes = source.indexOf('--', at + 4);
    if (dashes < end) fail('"--" inside a comment', dashes);
    return end + 3;
  };

  const skipMisc = (): void => {
    for (;;) {
      const ws = /^\s*/.exec(source.slice(pos))![0];
      pos += ws.length;
      if (source.startsWith('<!--', pos)) {
        pos = skipComment(pos);
      } else if (source.startsWith('<?', pos)) {
        const end = source.indexOf('?>', pos + 2);
        if (end < 0) fail('unclosed processing instruction');
        pos = end + 2;
      } else if (source.startsWith('<!DOCTYPE', pos)) {
        fail('DOCTYPE is not supported in a manifest');
      } else return;
    }
  };

  const readElement = (): XmlElement => {
    const start = pos;
    if (source[pos] !== '<') fail('expected "<"');
    pos++;
    const nameMatch = NAME.exec(source.slice(pos));
    if (!nameMatch) fail('expected an element name');
    const name = nameMatch![0];
    pos += name.length;
    const element: XmlElement = { name, attributes: {}, children: [], text: '', line: position(start)[0] };
    for (;;) {
      const ws = /^\s*/.exec(source.slice(pos))![0];
      pos += ws.length;
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return element;
      }
      if (source[pos] === '>') {
        pos++;
        break;
      }
      if (ws.length === 0) fail(`expected whitespace, ">" or "/>" in <${name}>`);
      const attr = NAME.exec(source.slice(pos));
      if (!attr) fail(`bad attribute in <${name}>`);
      const attrName = attr![0];
      pos += attrName.length;
      const eq = /^\s*=\s*/.exec(source.slice(pos));
      if (!eq) fail(`attribute ${attrName} needs "="`);
      pos += eq![0].length;
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attrName} value must be quoted`);
      const end = source.indexOf(quote!, pos + 1);
      if (end < 0) fail(`unclosed value of attribute ${attrName}`);
      const raw = source.slice(pos + 1, end);
      if (raw.includes('<')) fail(`"<" inside attribute ${attrName}`, pos + 1 + raw.indexOf('<'));
      if (attrName in element.attributes) fail(`attribute ${attrName} repeated in <${name}>`);
      element.attributes[attrName] = decode(raw, pos + 1);
      pos = end + 1;
    }
    // Content until the matching end tag.
    for (;;) {
      if (pos >= source.length) fail(`<${name}> is never closed`, start);
      if (source.startsWith('</', pos)) {
        pos += 2;
        const close = NAME.exec(source.slice(pos));
        if (!close || close[0] !== name) fail(`expected </${name}>, found </${close?.[0] ?? ''}>`);
        pos += name.length;
        const rest = /^\s*>/.exec(source.slice(pos));
        if (!rest) fail(`expected ">" to close </${name}>`);
        pos += rest![0].length;
        return element;
      }
      if (source.startsWith('<!--', pos)) {
        pos = skipComment(pos);
      } else if (source.startsWith('<![CDATA[', pos)) {
        const end = source.indexOf(']]>', pos);
        if (end < 0) fail('unclosed CDATA section');
        element.text += source.slice(pos + 9, end);
        pos = end + 3;
      } else if (source[pos] === '<') {
        element.children.push(readElement());
      } else {
        const next = source.indexOf('<', pos);
        const end = next < 0 ? source.length : next;
        element.text += decode(source.slice(pos, end), pos);
        pos = end;
      }
    }
  };

  if (source.charCodeAt(0) === 0xfeff) pos = 1;
  skipMisc();
  if (pos >= source.length) fail('no root element');
  const root = readElement();
  skipMisc();
  if (pos < source.length) fail('content after the root element');
  return root;
}

/** Direct children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** Every element below (and including) `element`, depth first. */
export function walk(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(walk)];
}
