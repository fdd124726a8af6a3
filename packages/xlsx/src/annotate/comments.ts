import { PartError } from './part-error.ts';
import { cellAddress, parseCellAddress } from '@mubiao/core/sheet/address';
import { LEGACY_NOTE_MARKERS, NOTE_MARKER } from '@mubiao/core/vocab/marker';
import { CLOSE, OPEN, XmlScanner, decodeEntities, escapeText } from '../xml.ts';
import type { MergedMark } from './marks.ts';
import { applyEdits, type Edit } from './styles-patch.ts';
import { setAttr } from './tag.ts';

/**
 * Legacy cell comments ("notes"), which Excel, WPS and LibreOffice all show. Our comments have the
 * author "Mubiao"; when a cell already has someone else's comment we keep it and append our text
 * as runs that start with a fixed marker, so a later run can find and replace exactly our part.
 */

export const MUBIAO_AUTHOR = 'Mubiao';
export { NOTE_MARKER };

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_MAIN_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const RUN_PROPS = '<rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr>';
const BOLD_RUN_PROPS = '<rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr>';

export const cellKey = (row: number, col: number) => `${row}:${col}`;

export interface CommentsPatch {
  /** The new comments part, or null when no comment is left (the part should go). */
  xml: string | null;
  /** Cells whose Mubiao comment was taken out (their drawing shapes must go too). */
  removedOwn: Set<string>;
  /** Marks that got a new Mubiao comment (they need drawing shapes). */
  added: MergedMark[];
  /** Whether anything changed. */
  changed: boolean;
}

interface ParsedComment {
  start: number;
  end: number;
  ref: string;
  authorId: number;
  raw: string;
}

function markerRuns(mark: MergedMark, leadingNewline: boolean): string {
  const who = mark.authors.length ? `（${mark.authors.join('、')}）` : '';
  return (
    `<r>${BOLD_RUN_PROPS}<t xml:space="preserve">${leadingNewline ? '\n' : ''}${escapeText(NOTE_MARKER + who)}</t></r>` +
    `<r>${RUN_PROPS}<t xml:space="preserve">\n${escapeText(noteText(mark.notes))}</t></r>`
  );
}

/** Excel caps a cell's text at 32,767 characters; leave room for the heading and someone else's comment. */
export const MAX_NOTE_CHARS = 8000;

function noteText(notes: string[]): string {
  let text = '';
  for (let i = 0; i < notes.length; i++) {
    const next = text ? `${text}\n${notes[i]}` : notes[i]!;
    if (next.length > MAX_NOTE_CHARS) return `${text || notes[i]!.slice(0, MAX_NOTE_CHARS)}\n…（另有 ${notes.length - i - (text ? 0 : 1)} 条，见检查报告）`;
    text = next;
  }
  return text;
}

/** Rewrites (or creates) a comments part so it carries exactly the given marks. */
export function patchComments(xml: string | undefined, marks: MergedMark[], strict = false): CommentsPatch {
  const marked = new Map(marks.map((m) => [cellKey(m.row, m.col), m]));
  const source =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${strict ? NS_MAIN_STRICT : NS_MAIN}"><authors></authors><commentList></commentList></comments>`;
  const s = new XmlScanner(source);
  const authors: string[] = [];
  const authorSpans: { start: number; end: number }[] = [];
  let authorsClose = -1;
  let listClose = -1;
  let listSelfClosing: { start: number; end: number } | undefined;
  let prefix = '';
  const comments: ParsedComment[] = [];
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === OPEN) {
      if (s.name === 'comments') prefix = s.qname.slice(0, s.qname.length - s.name.length);
      else if (s.name === 'author') {
        const start = s.tagStart;
        authors.push(s.readText());
        authorSpans.push({ start, end: s.tagEnd });
      } else if (s.name === 'commentList' && s.selfClosing) listSelfClosing = { start: s.tagStart, end: s.tagEnd };
      else if (s.name === 'comment') {
        const start = s.tagStart;
        const ref = s.attr('ref') ?? '';
        const authorId = Number(s.attr('authorId') ?? -1);
        s.skipElement();
        comments.push({ start, end: s.tagEnd, ref, authorId, raw: source.slice(start, s.tagEnd) });
      }
    } else if (kind === CLOSE) {
      if (s.name === 'authors') authorsClose = s.tagStart;
      else if (s.name === 'commentList') listClose = s.tagStart;
    }
  }
  const edits: Edit[] = [];
  let ownId = authors.indexOf(MUBIAO_AUTHOR);
  const isOwn = (c: ParsedComment) => ownId >= 0 && c.authorId === ownId;
  const keyOf = (c: ParsedComment) => {
    const pos = parseCellAddress(c.ref);
    return pos ? cellKey(pos.row, pos.col) : c.ref;
  };
  const covered = new Set(comments.filter((c) => !isOwn(c)).map(keyOf));
  const added = marks.filter((m) => !covered.has(cellKey(m.row, m.col))).sort((a, b) => a.row - b.row || a.col - b.col);
  // With no Mubiao comment left, the "Mubiao" author goes too, and later author ids move down one.
  const dropAuthor = ownId >= 0 && added.length === 0;
  const removedOwn = new Set<string>();
  let kept = 0;
  for (const c of comments) {
    const key = keyOf(c);
    if (isOwn(c)) {
      edits.push({ start: c.start, end: c.end, text: '' });
      removedOwn.add(key);
      continue;
    }
    kept++;
    const mark = marked.get(key);
    let next = stripOurRuns(c.raw);
    if (mark) next = appendRuns(next, mark);
    if (dropAuthor && c.authorId > ownId) {
      const head = next.slice(0, next.indexOf('>') + 1);
      next = setAttr(head, 'authorId', String(c.authorId - 1)) + next.slice(head.length);
    }
    if (next !== c.raw) edits.push({ start: c.start, end: c.end, text: next });
  }
  if (dropAuthor) {
    const span = authorSpans[ownId]!;
    edits.push({ start: span.start, end: span.end, text: '' });
    ownId = -1;
  }
  if (added.length > 0) {
    if (ownId < 0) {
      ownId = authors.length;
      if (authorsClose < 0) throw new PartError('the comments part has no <authors> list');
      edits.push({ start: authorsClose, end: authorsClose, text: `<${prefix}author>${MUBIAO_AUTHOR}</${prefix}author>` });
    }
    const body = added
      .map((m) => qualify(`<comment ref="${cellAddress(m.row, m.col)}" authorId="${ownId}" shapeId="0"><text>${markerRuns(m, false)}</text></comment>`, prefix))
      .join('');
    if (listSelfClosing) edits.push({ start: listSelfClosing.start, end: listSelfClosing.end, text: `<${prefix}commentList>${body}</${prefix}commentList>` });
    else if (listClose >= 0) edits.push({ start: listClose, end: listClose, text: body });
    else throw new PartError('the comments part has no <commentList>');
  }
  const out = applyEdits(source, edits);
  const total = kept + added.length;
  return {
    xml: total === 0 ? null : out,
    removedOwn,
    added,
    changed: xml === undefined ? total > 0 : total === 0 || out !== xml,
  };
}

/** Removes our marker runs (and everything after them) from a comment someone else wrote. */
function stripOurRuns(comment: string): string {
  // Our marker, or the one an earlier version wrote: either way the runs from there on are ours.
  const found = [NOTE_MARKER, ...LEGACY_NOTE_MARKERS].map((m) => comment.indexOf(escapeText(m))).filter((i) => i >= 0);
  if (found.length === 0) return comment;
  const at = Math.min(...found);
  const runOpen = /<(\w+:)?r>/g;
  let runStart = -1;
  for (let m = runOpen.exec(comment); m && m.index < at; m = runOpen.exec(comment)) runStart = m.index;
  const textClose = comment.search(/<\/(\w+:)?text>/);
  if (runStart < 0 || textClose < runStart) return comment;
  // Drop the newline we put between their text and ours.
  return comment.slice(0, runStart) + comment.slice(textClose);
}

/** Appends our runs after the existing text; a plain <t> becomes a run so runs never follow bare text. */
function appendRuns(comment: string, mark: MergedMark): string {
  const textOpen = /<(\w+:)?text>/.exec(comment);
  if (!textOpen) return comment;
  const p = textOpen[1] ?? '';
  let inner = comment.slice(textOpen.index + textOpen[0].length);
  const closeAt = inner.search(/<\/(\w+:)?text>/);
  const tail = inner.slice(closeAt);
  inner = inner.slice(0, closeAt);
  const bare = new RegExp(`^\\s*(<${p}t(?:\\s[^>]*)?>[\\s\\S]*?</${p}t>|<${p}t\\s*/>)`).exec(inner);
  if (bare) inner = `<${p}r>${bare[1]}</${p}r>${inner.slice(bare[0].length)}`;
  const phonetic = inner.search(new RegExp(`<${p}(rPh|phoneticPr)\\b`));
  const hasText = decodeEntities(inner.replace(/<[^>]*>/g, '')).trim() !== '';
  const ours = qualify(markerRuns(mark, hasText), p);
  const merged = phonetic < 0 ? inner + ours : inner.slice(0, phonetic) + ours + inner.slice(phonetic);
  return comment.slice(0, textOpen.index + textOpen[0].length) + merged + tail;
}

function qualify(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)(\w+)/g, `<$1${prefix}$2`) : fragment;
}
