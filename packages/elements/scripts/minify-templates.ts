/**
 * A build plugin that collapses whitespace in the static parts of html``, svg`` and css``
 * templates (the minifier leaves template text alone). Runs of whitespace become one space,
 * which renders the same in HTML and CSS outside <pre>, and CSS comments go. Edges next to
 * `${…}` keep their space, so `outline: ${w} solid` never becomes `…)solid`.
 */
import type { Plugin } from 'vite';

type Kind = 'html' | 'css';
interface Segment {
  start: number;
  end: number;
  kind: Kind;
  /** The template the segment belongs to (its static parts share the HTML tokenizer's state). */
  template: number;
}

/** Index just past a quoted string starting at `i` (the quote). */
function skipString(code: string, i: number): number {
  const quote = code[i];
  let j = i + 1;
  while (j < code.length && code[j] !== quote) j += code[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** Index just past the `}` closing an expression that starts at `i` (after `${`). */
function skipExpression(code: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < code.length) {
    const c = code[j]!;
    if (c === "'" || c === '"') j = skipString(code, j);
    else if (c === '`') j = scanTemplate(code, j + 1, null, []);
    else if (c === '/' && code[j + 1] === '/') j = code.indexOf('\n', j) === -1 ? code.length : code.indexOf('\n', j);
    else if (c === '/' && code[j + 1] === '*') j = code.indexOf('*/', j + 2) + 2;
    else if (c === '{') {
      depth += 1;
      j += 1;
    } else if (c === '}') {
      if (depth === 0) return j + 1;
      depth -= 1;
      j += 1;
    } else j += 1;
  }
  return j;
}

/**
 * Scans a template literal whose text starts at `i` (after the backtick); returns the index after
 * the closing backtick and, when `kind` is set, pushes the static text ranges onto `segments`.
 */
function scanTemplate(code: string, i: number, kind: Kind | null, segments: Segment[], template = -1): number {
  let start = i;
  let j = i;
  while (j < code.length) {
    const c = code[j];
    if (c === '\\') j += 2;
    else if (c === '`') {
      if (kind) segments.push({ start, end: j, kind, template });
      return j + 1;
    } else if (c === '$' && code[j + 1] === '{') {
      if (kind) segments.push({ start, end: j, kind, template });
      j = skipExpression(code, j + 2);
      start = j;
    } else j += 1;
  }
  return j;
}

export function collapseTemplateText(text: string, kind: Kind): string {
  const withoutComments = kind === 'css' ? text.replace(/\/\*[\s\S]*?\*\//g, ' ') : text;
  let collapsed = withoutComments.replace(/\s+/g, ' ');
  if (kind === 'css') {
    // Spaces that never matter in CSS: around braces and semicolons, after colons in
    // declarations and after commas. A lone space at an edge stays (it may touch an expression).
    collapsed = collapsed.replace(/(\S) ?([{};,]) ?(?=\S)/g, '$1$2').replace(/([;{]\s?[\w-]+):\s(?=\S)/g, '$1:');
    // A block's last declaration needs no semicolon, nothing needs a space after a block, and a
    // number below 1 needs no leading zero (0.25rem → .25rem). Strings and URLs are not told
    // apart: a quoted token value ("0.25rem") is a CSS value too, and no template writes a URL.
    collapsed = collapsed
      .replace(/;}/g, '}')
      .replace(/} (?=\S)/g, '}')
      .replace(/(?<![\w.#-])0\.(?=\d)/g, '.');
  }
  return collapsed;
}

/** Where the HTML tokenizer is between the static parts of one template. */
interface HtmlState {
  inTag: boolean;
  quote: string;
}

/**
 * Drops the whitespace before the `>` that closes a tag (`<span class="a" >`, `</span >`,
 * `lang=${x} >`): inside a tag it is never rendered. Text is left as it is. `state` carries the
 * tokenizer across the template's expressions (an expression inside a tag is an attribute value).
 */
export function trimTagEnds(text: string, state: HtmlState): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!state.inTag) {
      if (c === '<' && /[a-zA-Z/]/.test(text[i + 1] ?? '')) state.inTag = true;
    } else if (state.quote) {
      if (c === state.quote) state.quote = '';
    } else if (c === '"' || c === "'") {
      state.quote = c;
    } else if (c === '>') {
      state.inTag = false;
    } else if (c === ' ' && text[i + 1] === '>') {
      continue;
    }
    out += c;
  }
  return out;
}

/** Collapses the static text of every html``/svg``/css`` template in a module's code. */
export function minifyTemplates(code: string): string {
  const segments: Segment[] = [];
  const tag = /\b(html|svg|css)`/g;
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    const kind: Kind = match[1] === 'css' ? 'css' : 'html';
    scanTemplate(code, match.index + match[0].length, kind, segments, match.index);
  }
  if (segments.length === 0) return code;
  segments.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  const states = new Map<number, HtmlState>();
  for (const segment of segments) {
    if (segment.start < last) continue;
    let text = collapseTemplateText(code.slice(segment.start, segment.end), segment.kind);
    if (segment.kind === 'html') {
      let state = states.get(segment.template);
      if (!state) states.set(segment.template, (state = { inTag: false, quote: '' }));
      text = trimTagEnds(text, state);
    }
    out += code.slice(last, segment.start) + text;
    last = segment.end;
  }
  return out + code.slice(last);
}

export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'mubiao-minify-templates',
    transform(code, id) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
