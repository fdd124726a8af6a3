import type { CellRange } from '@mubiao/core';
import { cellAddress, parseCellAddress, parseRange, rangeRef } from '@mubiao/core/sheet/address';
import { CLOSE, OPEN, XmlScanner, type XmlProblem } from '../xml.ts';
import type { MergedMark } from './marks.ts';
import { applyEdits, type Edit, type StylesPatch } from './styles-patch.ts';
import { setAttr } from './tag.ts';

/** What the annotator needs to know about a sheet before patching it. */
export interface SheetLayout {
  merges: CellRange[];
  /** r:id of an existing <legacyDrawing>, if any. */
  legacyDrawingRId: string | undefined;
}

export function readSheetLayout(xml: string): SheetLayout {
  const merges: CellRange[] = [];
  let legacyDrawingRId: string | undefined;
  const s = new XmlScanner(xml, afterSheetData(xml));
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind !== OPEN) continue;
    if (s.name === 'mergeCell') {
      const range = parseRange(s.attr('ref') ?? '');
      if (range) merges.push(range);
    } else if (s.name === 'legacyDrawing') legacyDrawingRId = s.attr('r:id') ?? s.attr('id');
  }
  return { merges, legacyDrawingRId };
}

/** Index just past the sheet's cell table, so the layout pass skips the (large) cell data. */
function afterSheetData(xml: string): number {
  const close = xml.lastIndexOf('sheetData>');
  return close < 0 ? 0 : close;
}

/** Moves a mark that lands inside a merged range onto the range's top-left cell, where Excel shows it. */
export function anchorInMerge(row: number, col: number, merges: CellRange[]): { row: number; col: number } {
  for (const m of merges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return { row: m.top, col: m.left };
  return { row, col };
}

interface ColStyle {
  min: number;
  max: number;
  style: number;
}

/**
 * Gives every marked cell its severity style and puts cells marked by an earlier run (and not
 * marked now) back on their original style. Cells that do not exist are inserted, empty, in
 * row/column order. Nothing else in the sheet changes: no value, no formula, no other attribute.
 */
export function patchSheetCells(xml: string, marks: MergedMark[], styles: StylesPatch): { xml: string; problem: XmlProblem | undefined } {
  const byRow = new Map<number, MergedMark[]>();
  for (const m of marks) {
    const list = byRow.get(m.row);
    if (list) list.push(m);
    else byRow.set(m.row, [m]);
  }
  for (const list of byRow.values()) list.sort((a, b) => a.col - b.col);
  const pendingRows = [...byRow.keys()].sort((a, b) => a - b);
  let nextPendingRow = 0;
  const edits: Edit[] = [];
  const colStyles: ColStyle[] = [];
  const s = new XmlScanner(xml, 0, { track: true });
  let prefix = '';
  let row = -1;
  let rowStyle: number | null = null;
  let rowMarks: MergedMark[] = [];
  let nextRowMark = 0;
  let nextCol = 0;
  let inSheetData = false;

  const newCell = (r: number, m: MergedMark) => {
    const origin = styles.originOf(rowStyle ?? baseStyleForRow(m.col, colStyles));
    return `<${prefix}c r="${cellAddress(r, m.col)}" s="${styles.styleFor(origin, m.severity)}"/>`;
  };
  const newRows = (untilRow: number): string => {
    let text = '';
    while (nextPendingRow < pendingRows.length && pendingRows[nextPendingRow]! < untilRow) {
      const r = pendingRows[nextPendingRow++]!;
      const cells = byRow
        .get(r)!
        .map((m) => `<${prefix}c r="${cellAddress(r, m.col)}" s="${styles.styleFor(styles.originOf(baseStyleForRow(m.col, colStyles)), m.severity)}"/>`);
      text += `<${prefix}row r="${r + 1}">${cells.join('')}</${prefix}row>`;
    }
    return text;
  };
  const flushRowMarks = (beforeCol: number): string => {
    let text = '';
    while (nextRowMark < rowMarks.length && rowMarks[nextRowMark]!.col < beforeCol) text += newCell(row, rowMarks[nextRowMark++]!);
    return text;
  };

  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === OPEN) {
      switch (s.name) {
        case 'col': {
          const style = s.attr('style');
          if (style !== undefined) colStyles.push({ min: Number(s.attr('min') ?? 1) - 1, max: Number(s.attr('max') ?? 1) - 1, style: Number(style) });
          break;
        }
        case 'sheetData': {
          prefix = s.qname.slice(0, s.qname.length - s.name.length);
          if (s.selfClosing) {
            const rows = newRows(Infinity);
            if (rows)
              edits.push({ start: s.tagStart, end: s.tagEnd, text: `${xml.slice(s.tagStart, s.tagEnd).replace(/\s*\/>$/, '>')}${rows}</${prefix}sheetData>` });
          } else inSheetData = true;
          break;
        }
        case 'row': {
          if (!inSheetData) break;
          const r = s.attr('r');
          row = r ? Number(r) - 1 : row + 1;
          nextCol = 0;
          const before = newRows(row);
          if (before) edits.push({ start: s.tagStart, end: s.tagStart, text: before });
          if (pendingRows[nextPendingRow] === row) nextPendingRow++;
          const custom = s.attr('customFormat');
          rowStyle = custom === '1' || custom === 'true' ? Number(s.attr('s') ?? 0) : null;
          rowMarks = byRow.get(row) ?? [];
          nextRowMark = 0;
          const tag = xml.slice(s.tagStart, s.tagEnd);
          if (s.selfClosing) {
            if (rowMarks.length)
              edits.push({
                start: s.tagStart,
                end: s.tagEnd,
                text: `${setAttr(tag, 'spans', null).replace(/\s*\/>$/, '>')}${flushRowMarks(Infinity)}</${prefix}row>`,
              });
          } else if (rowMarks.length && /\sspans="/.test(tag)) {
            // spans is an optional hint; drop it rather than let it contradict an inserted cell.
            edits.push({ start: s.tagStart, end: s.tagEnd, text: setAttr(tag, 'spans', null) });
          }
          break;
        }
        case 'c': {
          if (!inSheetData) break;
          const ref = s.attr('r');
          const col = ref ? (parseCellAddress(ref)?.col ?? nextCol) : nextCol;
          nextCol = col + 1;
          const inserted = flushRowMarks(col);
          if (inserted) edits.push({ start: s.tagStart, end: s.tagStart, text: inserted });
          const current = Number(s.attr('s') ?? 0);
          const mark = rowMarks[nextRowMark];
          const tag = xml.slice(s.tagStart, s.tagEnd);
          if (mark && mark.col === col) {
            nextRowMark++;
            const wanted = styles.styleFor(styles.originOf(current), mark.severity);
            if (wanted !== current) edits.push({ start: s.tagStart, end: s.tagEnd, text: setAttr(tag, 's', String(wanted)) });
          } else if (styles.ours.has(current)) {
            const origin = styles.originOf(current);
            edits.push({ start: s.tagStart, end: s.tagEnd, text: setAttr(tag, 's', origin === 0 ? null : String(origin)) });
          }
          s.skipElement();
          break;
        }
      }
    } else if (kind === CLOSE) {
      if (s.name === 'row' && inSheetData) {
        const rest = flushRowMarks(Infinity);
        if (rest) edits.push({ start: s.tagStart, end: s.tagStart, text: rest });
        rowMarks = [];
        rowStyle = null;
      } else if (s.name === 'sheetData') {
        const rows = newRows(Infinity);
        if (rows) edits.push({ start: s.tagStart, end: s.tagStart, text: rows });
        inSheetData = false;
      }
    }
  }
  return { xml: applyEdits(xml, edits), problem: s.problem };
}

function baseStyleForRow(col: number, colStyles: ColStyle[]): number {
  for (const c of colStyles) if (col >= c.min && col <= c.max) return c.style;
  return 0;
}

/** Grows <dimension ref> to cover the marked cells, so readers that trust it see them. */
export function coverDimension(xml: string, marks: MergedMark[]): string {
  if (marks.length === 0) return xml;
  const s = new XmlScanner(xml);
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind !== OPEN) continue;
    if (s.name === 'sheetData') return xml;
    if (s.name !== 'dimension') continue;
    const range = parseRange(s.attr('ref') ?? '');
    if (!range) return xml;
    const grown = { ...range };
    for (const m of marks) {
      grown.top = Math.min(grown.top, m.row);
      grown.left = Math.min(grown.left, m.col);
      grown.bottom = Math.max(grown.bottom, m.row);
      grown.right = Math.max(grown.right, m.col);
    }
    if (rangeRef(grown) === rangeRef(range)) return xml;
    const tag = xml.slice(s.tagStart, s.tagEnd);
    return xml.slice(0, s.tagStart) + setAttr(tag, 'ref', rangeRef(grown)) + xml.slice(s.tagEnd);
  }
  return xml;
}

const REL_NAMESPACES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

/** Elements that must follow <legacyDrawing> in CT_Worksheet's sequence. */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** Adds `<legacyDrawing r:id>` in schema order, or removes it (rId null). */
export function setLegacyDrawing(xml: string, rId: string | null): string {
  const s = new XmlScanner(xml, 0);
  let depth = 0;
  let rootStart = -1;
  let rootEnd = -1;
  let rootQName = '';
  let insertAt = -1;
  let existing: { start: number; end: number } | undefined;
  let elementPrefix = '';
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === OPEN) {
      if (depth === 0) {
        rootStart = s.tagStart;
        rootEnd = s.tagEnd;
        rootQName = s.qname;
        elementPrefix = s.qname.slice(0, s.qname.length - s.name.length);
      } else if (depth === 1) {
        if (s.name === 'sheetData' && !s.selfClosing) {
          // Jump over the cell table: nothing in it matters here.
          const close = xml.lastIndexOf('sheetData>');
          s.pos = close + 'sheetData>'.length;
          continue;
        }
        if (s.name === 'legacyDrawing') {
          const start = s.tagStart;
          s.skipElement();
          existing = { start, end: s.tagEnd };
          continue;
        }
        if (insertAt < 0 && AFTER_LEGACY_DRAWING.includes(s.name)) insertAt = s.tagStart;
      }
      if (!s.selfClosing) depth++;
    } else if (kind === CLOSE) {
      depth--;
      if (depth === 0 && insertAt < 0) insertAt = s.tagStart;
    }
  }
  if (rId === null) return existing ? xml.slice(0, existing.start) + xml.slice(existing.end) : xml;
  const rootTag = xml.slice(rootStart, rootEnd);
  let relPrefix: string | undefined;
  for (const ns of REL_NAMESPACES) {
    const m = new RegExp(`\\sxmlns:([\\w.-]+)="${ns.replace(/[.]/g, '\\.')}"`).exec(rootTag);
    if (m) relPrefix = m[1];
  }
  let out = xml;
  let shift = 0;
  if (!relPrefix) {
    relPrefix = /\sxmlns:r="/.test(rootTag) ? 'mbr' : 'r';
    const patched = rootTag.replace(`<${rootQName}`, `<${rootQName} xmlns:${relPrefix}="${REL_NAMESPACES[0]}"`);
    out = xml.slice(0, rootStart) + patched + xml.slice(rootEnd);
    shift = patched.length - rootTag.length;
  }
  const element = `<${elementPrefix}legacyDrawing ${relPrefix}:id="${rId}"/>`;
  if (existing) return out.slice(0, existing.start + shift) + element + out.slice(existing.end + shift);
  return out.slice(0, insertAt + shift) + element + out.slice(insertAt + shift);
}
